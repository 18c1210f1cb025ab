import type { Transaction } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import { EngineError, isUniqueViolation } from './errors.ts';
import { GENESIS_HASH, eventHash } from './hash-chain.ts';

export type Executor = Db | Transaction<Database>;

/** What the store needs of an event: its type and instant; the rest is kept as it is. */
export interface StorableEvent {
  type: string;
  at: string;
}

export interface Appended {
  version: number;
  lastHash: string;
}

/** The rows of `events` appended after `after`, each chained to the one before. */
export function chainRows(caseId: string, after: Appended, events: readonly StorableEvent[]) {
  let { version, lastHash } = after;
  const rows = events.map((event) => {
    version += 1;
    const hash = eventHash(lastHash, { caseId, version, event });
    const row = {
      case_id: caseId, version, type: event.type, event: JSON.stringify(event),
      occurred_at: event.at, previous_hash: lastHash, hash,
    };
    lastHash = hash;
    return row;
  });
  return { rows, appended: { version, lastHash } };
}

/**
 * Keys that only a second write of the same case version can meet: the event's (case,
 * version), the new case's snapshot, the outbox keys (case:version:index), a command key.
 */
const versionKeys = ['case_event_pkey', 'case_snapshot_pkey', 'outbox_idempotency_key_key',
  'command_key_pkey', 'case_list_pkey'];

/** A unique violation on one of those keys: another writer took this version first. */
export function versionConflict(error: unknown, caseId: string, version: number): unknown {
  if (!versionKeys.some((key) => isUniqueViolation(error, key))) return error;
  return new EngineError('version_conflict', `Case ${caseId} changed after version ${version}.`,
    caseId);
}

/**
 * Appends events after `version`. A second writer on the same version meets the primary
 * key (case, version) and gets a version conflict.
 */
export async function appendEvents(
  trx: Transaction<Database>,
  caseId: string,
  after: Appended,
  events: readonly StorableEvent[],
): Promise<Appended> {
  const { rows, appended } = chainRows(caseId, after, events);
  if (rows.length === 0) return after;
  try {
    await trx.insertInto('case_event').values(rows).execute();
  } catch (error) {
    throw versionConflict(error, caseId, after.version);
  }
  return appended;
}

export async function readEvents<E = Record<string, unknown>>(
  db: Executor, caseId: string,
): Promise<E[]> {
  const rows = await db.selectFrom('case_event').select('event')
    .where('case_id', '=', caseId).orderBy('version').execute();
  return rows.map((row) => row.event as E);
}

export type ChainCheck =
  | { ok: true; events: number; lastHash: string }
  | { ok: false; version: number; problem: 'version_gap' | 'previous_hash' | 'hash' };

/**
 * Recomputes a case's chain from its first event. Says the first version where it breaks:
 * a missing version, a previous hash that is not the hash before, or content that no longer
 * matches its hash (an edited event).
 */
export async function verifyChain(db: Executor, caseId: string): Promise<ChainCheck> {
  const rows = await db.selectFrom('case_event')
    .select(['version', 'event', 'previous_hash', 'hash'])
    .where('case_id', '=', caseId).orderBy('version').execute();
  let expectedPrevious = GENESIS_HASH;
  for (const [index, row] of rows.entries()) {
    if (row.version !== index + 1) return { ok: false, version: index + 1, problem: 'version_gap' };
    if (row.previous_hash !== expectedPrevious) {
      return { ok: false, version: row.version, problem: 'previous_hash' };
    }
    const hash = eventHash(row.previous_hash, { caseId, version: row.version, event: row.event });
    if (hash !== row.hash) return { ok: false, version: row.version, problem: 'hash' };
    expectedPrevious = row.hash;
  }
  return { ok: true, events: rows.length, lastHash: expectedPrevious };
}
