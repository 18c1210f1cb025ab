import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { contentHash, newBindingSalt, signerHash } from '../adapters/documents/index.ts';
import { withTransaction } from '../db/transaction.ts';
import { brusselsDate, type CaseCommand, type CaseState } from '../process/index.ts';
import type { App } from './app.ts';
import { caseForPerson, CaseAccessError, type CaseAccess, type CaseRole } from './case-access.ts';
import { latestDocument, type StoredSigner } from './case-documents.ts';
import { declarationDetails, personName } from './declaration-content.ts';
import type {
  AssuranceLevel, DeclarationInput, DeclarationSigner, DocumentLanguage,
} from './documents.ts';

/** The three acts that sign a declaration: who may, in which status, with which command. */
export const signingSteps = {
  declaration: { role: 'declarant', status: 'draft', command: 'SignDeclaration' },
  answer: { role: 'partner', status: 'awaiting_partner', command: 'SignAsPartner' },
  choice: {
    role: 'declarant', status: 'awaiting_declarant_choice', command: 'ContinueUnilaterally',
  },
} as const;

export type SigningStep = keyof typeof signingSteps;

export interface SignInput {
  step: SigningStep;
  caseId: string;
  /** The signed-in person's national number. */
  person: string;
  /** The case version the person saw on the page they signed from. */
  version: number;
  language: DocumentLanguage;
  /** The level of the (fresh) sign-in with which the person signs. */
  assurance: AssuranceLevel;
}

export type Deps = Pick<App, 'db' | 'engine' | 'registerFor' | 'documents' | 'clock'>;

/** The case, when `person` is the party that takes this step; anyone else: refused. */
export async function caseForStep(
  deps: Deps, step: SigningStep, caseId: string, person: string,
): Promise<CaseAccess> {
  const access = await caseForPerson(deps.engine, caseId, person);
  const need: CaseRole = signingSteps[step].role;
  if (access.role !== need) throw new CaseAccessError('not_a_party');
  return access;
}

/**
 * Signs a declaration: renders the PDF with the new signature bound to the signer, seals it
 * with the municipality's certificate, then stores the document and carries out the command
 * in one transaction (a refused command leaves no document). Returns the document's id.
 */
export async function signDeclaration(deps: Deps, input: SignInput): Promise<string> {
  const access = await caseForStep(deps, input.step, input.caseId, input.person);
  const signedAt = deps.clock.now();
  const content = await contentFor(deps, access, input, signedAt);
  const earlier = input.step === 'answer' ? await earlierSigners(deps, access.state) : [];
  const signer = newSigner(input, personName(signerDetails(content, access.role)), signedAt);
  const signers = [...earlier.map((s) => s.signer), signer];
  const pdf = await sealed(deps, { ...content, signers });
  const hash = contentHash({ ...content, signers });
  const stored = [...earlier.map((s) => s.stored), storedSigner(access.role, signer, hash)];
  const id = randomUUID();
  await withTransaction(deps.db, async (trx) => {
    await trx.insertInto('document').values({
      id, case_id: access.state.caseId, kind: `${content.kind}_declaration`,
      language: content.language, pdf, content: JSON.stringify(content),
      content_hash: hash, signers: JSON.stringify(stored), created_at: signedAt,
    }).execute();
    await deps.engine.executeIn(trx, command(input, access), {
      expectedVersion: input.version, now: signedAt,
    });
  });
  return id;
}

type Content = Omit<DeclarationInput, 'signers'>;

/** A co-signature signs exactly what the declarant signed; otherwise the register is read. */
async function contentFor(
  deps: Deps, access: CaseAccess, input: SignInput, at: Date,
): Promise<Content> {
  if (input.step === 'answer') {
    const previous = await latestDocument(deps.db, access.state.caseId);
    if (previous) return contentSchema.parse(previous.content) as Content;
  }
  const reader = { role: access.role, id: access.person };
  const details = await declarationDetails(deps.db, deps.registerFor, access.state, reader);
  const reference = await caseReferenceOf(deps, access.state.caseId);
  return {
    language: input.language, caseReference: reference, declarationDate: brusselsDate(at),
    kind: input.step === 'choice' ? 'unilateral' : details.kind,
    municipality: { code: details.municipality.code,
      name: details.municipality.name[input.language] },
    declarant: details.declarant, partner: details.partner,
  };
}

async function caseReferenceOf(deps: Deps, caseId: string): Promise<string> {
  const row = await deps.db.selectFrom('case_list').select('reference')
    .where('case_id', '=', caseId).executeTakeFirst();
  return row?.reference ?? caseId;
}

function signerDetails(content: Content, role: CaseRole) {
  return role === 'declarant' ? content.declarant : content.partner;
}

function newSigner(input: SignInput, name: string, signedAt: Date): DeclarationSigner {
  return {
    nationalNumber: input.person, name, assurance: input.assurance, signedAt,
    salt: newBindingSalt(),
  };
}

function storedSigner(role: CaseRole, signer: DeclarationSigner, content: string): StoredSigner {
  return {
    by: role, name: signer.name, assurance: signer.assurance,
    signedAt: signer.signedAt.toISOString(), salt: signer.salt,
    hash: signerHash(content, signer),
  };
}

/** The declarant's signature on the document the partner co-signs. */
async function earlierSigners(deps: Deps, state: CaseState) {
  const previous = await latestDocument(deps.db, state.caseId);
  return (previous?.signers ?? []).filter((s) => s.by === 'declarant').map((stored) => ({
    stored,
    signer: {
      nationalNumber: state.declarant, name: stored.name, assurance: stored.assurance,
      signedAt: new Date(stored.signedAt), salt: stored.salt,
    } satisfies DeclarationSigner,
  }));
}

async function sealed(deps: Deps, input: DeclarationInput): Promise<Uint8Array> {
  const pdf = await deps.documents.renderDeclaration(input);
  const certificate = await deps.documents.certificateFor(input.municipality.code);
  return deps.documents.seal(pdf, certificate);
}

function command(input: SignInput, access: CaseAccess): CaseCommand {
  return {
    type: signingSteps[input.step].command, caseId: access.state.caseId,
    actor: { role: access.role, id: input.person }, channel: 'online',
  };
}

const partnerSchema = z.object({
  surname: z.string(), firstNames: z.string(), birthPlace: z.string(), birthDate: z.string(),
  domicile: z.array(z.string()),
});

/** The stored content, checked as it is read back from the database. */
const contentSchema = z.object({
  language: z.enum(['nl', 'fr', 'de', 'en']), caseReference: z.string(),
  declarationDate: z.string(), kind: z.enum(['joint', 'unilateral']),
  municipality: z.object({ code: z.string(), name: z.string() }),
  declarant: partnerSchema, partner: partnerSchema,
});
