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

/**
 * Appends events after `version`, each chained to the one before. A second writer on the
 * same version meets the primary key (case, version) and gets a version conflict.
 */
export async function appendEvents(
  trx: Transaction<Database>,
  caseId: string,
  after: Appended,
  events: readonly StorableEvent[],
): Promise<Appended> {
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
  if (rows.length === 0) return after;
  try {
    await trx.insertInto('case_event').values(rows).execute();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new EngineError('version_conflict',
        `Case ${caseId} changed after version ${after.version}.`, caseId);
    }
    throw error;
  }
  return { version, lastHash };
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
