import type { Kysely, Transaction } from 'kysely';

/**
 * Runs `work` in a transaction: a new one, or the caller's when `db` already is one (a worker
 * handler, a use case that does several things at once). On the embedded database this also
 * matters for liveness: it has one session, so work inside a transaction must use it.
 */
export function withTransaction<DB, T>(
  db: Kysely<DB>, work: (trx: Transaction<DB>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) return work(db as Transaction<DB>);
  return db.transaction().execute(work);
}
