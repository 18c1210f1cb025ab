import { z } from 'zod';
import type { Db } from '../db/database.ts';
import type { CaseEngine } from '../engine/case-engine.ts';
import type { CaseState } from '../process/index.ts';

/**
 * Why a citizen may not see or change a case. The web layer maps each code to a status in
 * one table; the first three answer 404 alike, so nobody learns whether a case exists.
 */
export const caseAccessCodes = {
  /** The id is not a UUID (a tampered address). */
  invalid_case_id: 'invalid_case_id',
  /** No case with this id. */
  case_not_found: 'case_not_found',
  /** The case exists, but the person is neither its declarant nor its partner. */
  not_a_party: 'not_a_party',
  /** The person is the case's partner; only the declarant may take this step. */
  declarant_only: 'declarant_only',
} as const;

export type CaseAccessCode = keyof typeof caseAccessCodes;

export class CaseAccessError extends Error {
  constructor(readonly code: CaseAccessCode) {
    super(`Case access refused: ${code}`);
    this.name = 'CaseAccessError';
  }
}

export type CaseRole = 'declarant' | 'partner';

/** A case as one of its two parties may see it. */
export interface CaseAccess {
  state: CaseState;
  version: number;
  role: CaseRole;
  /** The national number of the signed-in person. */
  person: string;
}

const caseId = z.string().uuid();

/** The case, when `person` is its declarant or its partner; refuses anyone else. */
export async function caseForPerson(
  engine: CaseEngine, id: string, person: string,
): Promise<CaseAccess> {
  if (!caseId.safeParse(id).success) throw new CaseAccessError('invalid_case_id');
  const loaded = await engine.load(id);
  if (!loaded) throw new CaseAccessError('case_not_found');
  const role = roleOf(loaded.state, person);
  if (!role) throw new CaseAccessError('not_a_party');
  return { ...loaded, role, person };
}

/** The same, for a step that only the declarant may take. */
export async function caseForDeclarant(
  engine: CaseEngine, id: string, person: string,
): Promise<CaseAccess> {
  const access = await caseForPerson(engine, id, person);
  if (access.role !== 'declarant') throw new CaseAccessError('declarant_only');
  return access;
}

export function roleOf(state: CaseState, person: string): CaseRole | null {
  if (state.declarant === person) return 'declarant';
  if (state.partner === person) return 'partner';
  return null;
}

export interface CaseSummary {
  caseId: string;
  reference: string;
  role: CaseRole;
  status: string;
  updatedAt: Date;
}

/** The person's own cases ("My cases"), the latest change first. */
export async function casesOfPerson(db: Db, person: string): Promise<CaseSummary[]> {
  const rows = await db.selectFrom('person_case')
    .innerJoin('case_list', 'case_list.case_id', 'person_case.case_id')
    .select(['person_case.case_id', 'case_list.reference', 'person_case.role',
      'person_case.status', 'person_case.updated_at'])
    .where('person_case.person_id', '=', person)
    .orderBy('person_case.updated_at', 'desc').execute();
  return rows.map((row) => ({
    caseId: row.case_id, reference: row.reference, role: row.role as CaseRole,
    status: row.status, updatedAt: row.updated_at,
  }));
}

/** The case's reference shown to people (WS-<year>-<number>). */
export async function caseReference(db: Db, id: string): Promise<string> {
  const row = await db.selectFrom('case_list').select('reference')
    .where('case_id', '=', id).executeTakeFirst();
  return row?.reference ?? id;
}
