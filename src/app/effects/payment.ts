import { randomInt, randomUUID } from 'node:crypto';
import type { CaseEngine } from '../../engine/case-engine.ts';
import type { JobHandler } from '../../engine/worker.ts';
import { systemActor } from '../../process/index.ts';
import { caseState, effectOf } from './job-payload.ts';

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

/** Opens a payment request with the embedded payment adapter, once per effect. */
export const requestPayment: JobHandler = async (job, { trx, now }) => {
  const { caseId, effect } = effectOf(job, 'request_payment');
  const state = await caseState(trx, caseId);
  const days = state.settings.paymentDays + state.settings.paymentGraceDays;
  await trx.insertInto('payment').values({
    id: randomUUID(), case_id: caseId, purpose: effect.purpose, amount_cents: effect.amountCents,
    status: 'open', reference: structuredReference(), idempotency_key: job.idempotencyKey,
    expires_at: new Date(now.getTime() + days * 86_400_000), created_at: now, updated_at: now,
  }).onConflict((oc) => oc.column('idempotency_key').doNothing()).execute();
};

/** The case closed before payment: the open request can no longer be paid. */
export const cancelPayment: JobHandler = async (job, { trx, now }) => {
  const { caseId } = effectOf(job, 'cancel_payment');
  await trx.updateTable('payment').set({ status: 'cancelled', updated_at: now })
    .where('case_id', '=', caseId).where('status', '=', 'open').execute();
};

/** Pays a deposit back; the embedded adapter confirms at once, and the case records it. */
export function refundPayment(engine: CaseEngine): JobHandler {
  return async (job, { trx, now }) => {
    const { caseId, effect } = effectOf(job, 'refund_payment');
    await trx.updateTable('payment').set({ status: 'refunded', updated_at: now })
      .where('id', '=', effect.paymentId).where('status', '=', 'paid').execute();
    await engine.executeIn(trx, {
      type: 'RecordRefund', caseId, actor: systemActor, channel: 'system',
      paymentId: effect.paymentId,
    }, { idempotencyKey: job.idempotencyKey, now });
  };
}
