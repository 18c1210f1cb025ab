import { randomInt, randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Database, PaymentTable } from '../db/schema.ts';
import { deadlines, type CaseState } from '../process/index.ts';

export type PaymentRow = Selectable<PaymentTable>;

/**
 * A Belgian structured reference (gestructureerde mededeling): ten digits and their
 * modulo-97 check, written +++123/4567/89012+++.
 */
export function structuredReference(base = randomInt(1, 10_000_000_000)): string {
  const digits = String(base).padStart(10, '0');
  const check = Number(BigInt(digits) % 97n) || 97;
  const all = `${digits}${String(check).padStart(2, '0')}`;
  return `+++${all.slice(0, 3)}/${all.slice(3, 7)}/${all.slice(7)}+++`;
}

/** The product's record of a case's current payment request, made once per request. */
export async function ensurePaymentRequest(
  db: Kysely<Database>, state: CaseState, now: Date,
): Promise<PaymentRow | undefined> {
  if (balanceRequested(state)) return ensureBalanceRequest(db, state, now);
  const payment = state.payment;
  if (payment?.status !== 'requested') return undefined;
  const key = `${state.caseId}:request:${payment.requestCount}`;
  const expiry = deadlines(state).find((d) => d.name === 'payment-expiry')?.dueAt;
  const days = state.settings.paymentDays + state.settings.paymentGraceDays;
  await db.insertInto('payment').values({
    id: randomUUID(), case_id: state.caseId, purpose: payment.purpose,
    amount_cents: payment.amountCents, status: 'open', reference: structuredReference(),
    idempotency_key: key, created_at: now, updated_at: now,
    expires_at: expiry ? new Date(expiry) : new Date(now.getTime() + days * 86_400_000),
  }).onConflict((oc) => oc.column('idempotency_key').doNothing()).execute();
  return db.selectFrom('payment').selectAll().where('idempotency_key', '=', key)
    .executeTakeFirstOrThrow();
}

/** The case's newest payment request, if any. */
export async function latestPayment(
  db: Kysely<Database>, caseId: string,
): Promise<PaymentRow | undefined> {
  return db.selectFrom('payment').selectAll().where('case_id', '=', caseId)
    .orderBy('created_at', 'desc').orderBy('idempotency_key', 'desc').limit(1)
    .executeTakeFirst();
}

/** An approved invoice above the deposit asks the declarant for the difference. */
export function balanceRequested(state: CaseState): boolean {
  const settlement = state.settlement ?? null;
  return settlement !== null && settlement.status === 'payment_requested'
    && settlement.differenceCents > 0;
}

/** A balance request that ended without the money: the declarant is asked again. */
export const endedStatuses = ['failed', 'cancelled', 'expired'] as const;

/**
 * The product's record of the balance request: one at a time, made once per attempt. After a
 * failed, cancelled or expired balance payment the next call makes a new request (a new
 * reference and expiry) for the same amount; the process keeps asking for the balance.
 */
async function ensureBalanceRequest(
  db: Kysely<Database>, state: CaseState, now: Date,
): Promise<PaymentRow> {
  const settlement = state.settlement;
  if (!settlement) throw new Error('No settlement to pay.');
  const first = `${state.caseId}:balance:${settlement.invoiceId}`;
  const ended = await db.selectFrom('payment').select((eb) => eb.fn.countAll<string>().as('count'))
    .where('case_id', '=', state.caseId).where('purpose', '=', 'invoice_balance')
    .where('status', 'in', [...endedStatuses])
    .where((eb) => eb.or([eb('idempotency_key', '=', first),
      eb('idempotency_key', 'like', `${first}:%`)]))
    .executeTakeFirstOrThrow();
  const attempt = Number(ended.count);
  const key = attempt === 0 ? first : `${first}:${attempt}`;
  const days = state.settings.paymentDays + state.settings.paymentGraceDays;
  await db.insertInto('payment').values({
    id: randomUUID(), case_id: state.caseId, purpose: 'invoice_balance',
    amount_cents: settlement.differenceCents, status: 'open', reference: structuredReference(),
    idempotency_key: key, created_at: now, updated_at: now,
    expires_at: new Date(now.getTime() + days * 86_400_000),
  }).onConflict((oc) => oc.column('idempotency_key').doNothing()).execute();
  return db.selectFrom('payment').selectAll().where('idempotency_key', '=', key)
    .executeTakeFirstOrThrow();
}
