import { z } from 'zod';
import type { Db } from '../db/database.ts';
import type { CaseEngine } from '../engine/case-engine.ts';
import { caseForPerson, CaseAccessError } from './case-access.ts';

/** One signature as the document row keeps it (the salt is never printed or shown). */
export interface StoredSigner {
  by: 'declarant' | 'partner';
  name: string;
  assurance: 'low' | 'substantial' | 'high';
  signedAt: string;
  salt: string;
  hash: string;
}

const signersSchema = z.array(z.object({
  by: z.enum(['declarant', 'partner']), name: z.string(),
  assurance: z.enum(['low', 'substantial', 'high']), signedAt: z.string(), salt: z.string(),
  hash: z.string(),
}));

/** A document as a list shows it: no PDF bytes. */
export interface DocumentSummary {
  id: string;
  kind: 'joint_declaration' | 'unilateral_declaration';
  signatures: number;
  createdAt: Date;
}

/** The case's latest document, with its content and signers, or null before any signature. */
export async function latestDocument(db: Db, caseId: string) {
  const row = await db.selectFrom('document').select(['id', 'content', 'signers'])
    .where('case_id', '=', caseId).orderBy('created_at', 'desc').executeTakeFirst();
  if (!row) return null;
  return { id: row.id, content: row.content, signers: signersSchema.parse(row.signers) };
}

/** The case's documents, oldest first. */
export async function documentsOfCase(db: Db, caseId: string): Promise<DocumentSummary[]> {
  const rows = await db.selectFrom('document')
    .select(['id', 'kind', 'signers', 'created_at'])
    .where('case_id', '=', caseId).orderBy('created_at', 'asc').execute();
  return rows.map((row) => ({
    id: row.id, kind: row.kind, signatures: signersSchema.parse(row.signers).length,
    createdAt: row.created_at,
  }));
}

const documentId = z.string().uuid();

/** The PDF of a case's document, for either partner of the case only; anyone else: refused. */
export async function documentForPerson(
  db: Db, engine: CaseEngine, ids: { caseId: string; documentId: string }, person: string,
): Promise<{ pdf: Uint8Array; reference: string }> {
  const access = await caseForPerson(engine, ids.caseId, person);
  if (!documentId.safeParse(ids.documentId).success) throw new CaseAccessError('case_not_found');
  const row = await db.selectFrom('document').innerJoin('case_list', 'case_list.case_id',
    'document.case_id').select(['document.pdf', 'case_list.reference'])
    .where('document.id', '=', ids.documentId)
    .where('document.case_id', '=', access.state.caseId).executeTakeFirst();
  if (!row) throw new CaseAccessError('case_not_found');
  return { pdf: row.pdf, reference: row.reference };
}
