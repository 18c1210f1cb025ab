import { createHash } from 'node:crypto';
import type { Db } from '../db/database.ts';

/** The actions that are rate-limited, each counted on its own. */
export type LimitedAction = 'sign-in' | 'provider-login' | 'start-case';

/** Who tries: the client's address always, the person when known. Only hashes are kept. */
export interface LimitSubject {
  address: string;
  person?: string | undefined;
}

export interface LimitRule {
  windowMs: number;
  perAddress: number;
  perPerson: number;
}

export interface LimitVerdict {
  allowed: boolean;
  /** When the current window ends: the moment to try again. */
  retryAt: Date;
}

/**
 * Counts one try of `action` for the subject in the current fixed window and says whether it
 * is within the limits. The counters live in the database (`rate_limit`), one row per key and
 * window, raised by one atomic upsert, so every process on the same server shares them.
 * Refused tries count too: hammering keeps the door shut until the window ends.
 */
export async function hitRateLimit(
  db: Db, now: Date, action: LimitedAction, subject: LimitSubject, rule: LimitRule,
): Promise<LimitVerdict> {
  const start = Math.floor(now.getTime() / rule.windowMs) * rule.windowMs;
  const windowStart = new Date(start);
  const counts = [{ key: keyOf(action, 'address', subject.address), limit: rule.perAddress }];
  if (subject.person) {
    counts.push({ key: keyOf(action, 'person', subject.person), limit: rule.perPerson });
  }
  let allowed = true;
  for (const { key, limit } of counts) {
    const hits = await hit(db, key, windowStart);
    if (hits === 1) await sweep(db, new Date(start - rule.windowMs));
    if (hits > limit) allowed = false;
  }
  return { allowed, retryAt: new Date(start + rule.windowMs) };
}

function keyOf(action: LimitedAction, kind: 'address' | 'person', value: string): string {
  const hash = createHash('sha256').update(`${kind}:${value}`).digest('base64url');
  return `${action}:${kind}:${hash}`;
}

async function hit(db: Db, key: string, windowStart: Date): Promise<number> {
  const row = await db.insertInto('rate_limit').values({ key, window_start: windowStart, hits: 1 })
    .onConflict((oc) => oc.columns(['key', 'window_start'])
      .doUpdateSet((eb) => ({ hits: eb('rate_limit.hits', '+', 1) })))
    .returning('hits').executeTakeFirstOrThrow();
  return Number(row.hits);
}

/** Windows before the previous one are of no use any more. */
async function sweep(db: Db, before: Date): Promise<void> {
  await db.deleteFrom('rate_limit').where('window_start', '<', before).execute();
}
