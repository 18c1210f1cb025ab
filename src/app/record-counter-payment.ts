import { randomUUID } from 'node:crypto';
import type { Actor } from '../process/index.ts';
import { ensurePaymentRequest, structuredReference } from './payment-requests.ts';
import { PaymentStepError } from './start-payment.ts';
import type { PaymentDeps } from './sync-payment.ts';

export interface CounterPaymentInput {
  caseId: string;
  /** The counter clerk who took the money. */
  staff: Actor & { role: 'counter' };
  /** What was paid, in cents; it must be the amount asked. */
  amountCents: number;
}

/**
 * Counter staff record a deposit paid at the counter (cash or card terminal): the case takes
 * it like an online payment (receipt, 8-day clock, bailiff). An open online payment is closed
 * at the provider; should it be paid all the same, that second payment is paid back (see
 * sync-payment.ts). Recording twice for the same request changes nothing.
 */
export async function recordCounterPayment(deps: PaymentDeps, input: CounterPaymentInput):
  Promise<{ paymentId: string }> {
  const loaded = await deps.engine.load(input.caseId);
  const state = loaded?.state;
  if (!state || state.status !== 'awaiting_payment' || state.payment === null) {
    throw new PaymentStepError('not_payable');
  }
  if (!Number.isSafeInteger(input.amountCents) || input.amountCents !== state.payment.amountCents) {
    throw new PaymentStepError('amount_mismatch');
  }
  const now = deps.clock.now();
  const request = await ensurePaymentRequest(deps.db, state, now);
  if (request?.provider_payment_id) {
    await deps.payments.providerFor(deps.db).cancel(request.provider_payment_id);
  }
  const key = `counter-payment:${state.caseId}:${state.payment.requestCount}`;
  if (request) {
    await deps.db.updateTable('payment').set({ status: 'cancelled', updated_at: now })
      .where('id', '=', request.id).where('status', '=', 'open').execute();
  }
  await deps.db.insertInto('payment').values({
    id: randomUUID(), case_id: state.caseId, purpose: state.payment.purpose,
    amount_cents: input.amountCents, status: 'paid', reference: structuredReference(),
    idempotency_key: key, expires_at: now, created_at: now, updated_at: now,
    provider: 'counter', paid_at: now,
  }).onConflict((oc) => oc.column('idempotency_key').doNothing()).execute();
  const { id: paymentId } = await deps.db.selectFrom('payment').select('id')
    .where('idempotency_key', '=', key).executeTakeFirstOrThrow();
  await deps.engine.execute({
    type: 'RecordPaymentSuccess', caseId: state.caseId, actor: input.staff, channel: 'counter',
    paymentId, amountCents: input.amountCents,
  }, { idempotencyKey: key });
  deps.log.info({ caseId: state.caseId }, 'counter payment recorded');
  return { paymentId };
}
