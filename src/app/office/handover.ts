// The hand-over link: counter staff give a citizen a one-time, short-lived link (and its QR
// code) to sign their case on their own phone, or on the counter's device in a fresh window.
// Only the hash of the link's token is kept; the token is shown once.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { CaseState } from '../../process/index.ts';
import type { App } from '../app.ts';
import { signingSteps, type SigningStep } from '../sign-declaration.ts';
import { checkOfCase, CounterError, recordAct, type CounterStaff } from './counter.ts';

/** How long a hand-over link can be used. */
export const handoverLifetimeMs = 30 * 60_000;

export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The signing step this person can take now, if any. */
export function stepFor(state: CaseState, person: string): SigningStep | undefined {
  const role = person === state.declarant ? 'declarant'
    : person === state.partner ? 'partner' : undefined;
  return (Object.keys(signingSteps) as SigningStep[]).find((step) =>
    signingSteps[step].role === role && signingSteps[step].status === state.status);
}

/**
 * Makes a hand-over link for the person of an identity check of this case, when that person
 * has something to sign now. Returns the token (shown once) and when it expires.
 */
export async function issueHandover(app: App, staff: CounterStaff, state: CaseState,
  checkId: string): Promise<{ token: string; expiresAt: Date; step: SigningStep }> {
  const check = await checkOfCase(app.db, state.caseId, checkId, app.clock.now());
  const step = stepFor(state, check.person_national_number);
  if (!step) throw new CounterError('person_not_in_case');
  const token = randomBytes(32).toString('base64url');
  const now = app.clock.now();
  const expiresAt = new Date(now.getTime() + handoverLifetimeMs);
  await withTransaction(app.db, async (trx) => {
    await trx.insertInto('handover_token').values({
      id: randomUUID(), token_hash: tokenHash(token), case_id: state.caseId,
      municipality: staff.municipality, person_national_number: check.person_national_number,
      step, identity_check_id: check.id, staff_subject: staff.subject, created_at: now,
      expires_at: expiresAt,
    }).execute();
    await recordAct(trx, staff, { caseId: state.caseId, act: 'handover_issued',
      person: check.person_national_number, checkId: check.id, detail: step, at: now });
  });
  return { token, expiresAt, step };
}

export type HandoverOutcome =
  | { kind: 'unknown' }
  | { kind: 'used' }
  | { kind: 'expired' }
  /** Signed in as someone else than the person the counter identified. */
  | { kind: 'wrong_person' }
  /** The link is good: the person goes to sign (the link is now used up). */
  | { kind: 'sign'; caseId: string; step: SigningStep };

/** Looks a token up without using it. */
export async function findHandover(db: Db, token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  return db.selectFrom('handover_token').selectAll()
    .where('token_hash', '=', tokenHash(token)).executeTakeFirst();
}

/**
 * The signed-in citizen opens the link: only the identified person may use it, once, before
 * it expires. Using it sends them to the case's signing page.
 */
export async function useHandover(app: App, token: string, person: string):
  Promise<HandoverOutcome> {
  const row = await findHandover(app.db, token);
  if (!row) return { kind: 'unknown' };
  const now = app.clock.now();
  if (row.used_at !== null) return { kind: 'used' };
  if (new Date(row.expires_at).getTime() <= now.getTime()) return { kind: 'expired' };
  if (row.person_national_number !== person) return { kind: 'wrong_person' };
  const used = await app.db.updateTable('handover_token').set({ used_at: now })
    .where('id', '=', row.id).where('used_at', 'is', null).where('expires_at', '>', now)
    .executeTakeFirst();
  if (Number(used.numUpdatedRows) !== 1) return { kind: 'used' };
  return { kind: 'sign', caseId: row.case_id, step: row.step };
}
