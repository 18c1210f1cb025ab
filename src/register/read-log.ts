/**
 * The log of National Register reads (rule 6): one row in `register_read` per read, with
 * who, in which role, when, whose data, for which case and why. It is audit data, not a log
 * line, so it does carry national numbers. Every adapter writes it through `logRegisterRead`
 * in the transaction that reads, so no data leaves without its row.
 */
import { sql, type Selectable } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import { RegisterError } from './errors.ts';
import type { NationalNumber, ReadContext, ReadOperation } from './port.ts';

export interface RegisterReadEntry {
  operation: ReadOperation;
  context: ReadContext;
  nationalNumber: NationalNumber;
  /** False when the register does not know the number asked for. */
  found: boolean;
  /** Everyone whose data the answer held; empty when nothing was found. */
  subjects: NationalNumber[];
}

export interface RegisterRead {
  id: number;
  operation: string;
  actor: { role: string; id: string };
  caseId: string | null;
  purpose: string;
  nationalNumber: NationalNumber;
  subjects: NationalNumber[];
  found: boolean;
  readAt: Date;
}

/** Throws `invalid_read_context` when the actor or the purpose is missing. */
export function assertReadContext(context: ReadContext): void {
  const { actor, purpose } = context;
  const filled = (s: unknown) => typeof s === 'string' && s.trim() !== '';
  if (!actor || !filled(actor.role) || !filled(actor.id) || !filled(purpose)) {
    throw new RegisterError('invalid_read_context');
  }
}

export async function logRegisterRead(db: Db, entry: RegisterReadEntry): Promise<void> {
  await db.insertInto('register_read').values(readRow(entry)).execute();
}

/** Several reads in one statement: a search of the office's case list that shows several cases. */
export async function logRegisterReads(db: Db, entries: RegisterReadEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.insertInto('register_read').values(entries.map(readRow)).execute();
}

/** The `register_read` row of one read. */
export function readRow(entry: RegisterReadEntry) {
  const { context } = entry;
  return {
    operation: entry.operation,
    actor_role: context.actor.role,
    actor_id: context.actor.id,
    case_id: context.caseId ?? null,
    purpose: context.purpose,
    national_number: entry.nationalNumber,
    subjects: entry.subjects,
    found: entry.found,
  };
}

/** The reads made for one case, oldest first. */
export async function readsForCase(db: Db, caseId: string): Promise<RegisterRead[]> {
  const rows = await db.selectFrom('register_read').selectAll()
    .where('case_id', '=', caseId).orderBy('id').execute();
  return rows.map(toRead);
}

/** The reads that asked for this person or whose answer held their data, oldest first. */
export async function readsOfPerson(db: Db, nationalNumber: string): Promise<RegisterRead[]> {
  const rows = await db.selectFrom('register_read').selectAll()
    .where((eb) => eb.or([
      eb('national_number', '=', nationalNumber),
      eb('subjects', '@>', sql<string[]>`array[${nationalNumber}]::text[]`),
    ]))
    .orderBy('id').execute();
  return rows.map(toRead);
}

function toRead(row: Selectable<Database['register_read']>): RegisterRead {
  return {
    id: row.id,
    operation: row.operation,
    actor: { role: row.actor_role, id: row.actor_id },
    caseId: row.case_id,
    purpose: row.purpose,
    nationalNumber: row.national_number,
    subjects: row.subjects,
    found: row.found,
    readAt: row.read_at,
  };
}
