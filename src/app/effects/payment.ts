import type { CaseEngine } from '../../engine/case-engine.ts';
import type { JobHandler } from '../../engine/worker.ts';
import { systemActor } from '../../process/index.ts';
import { ensurePaymentRequest } from '../payment-requests.ts';
import { PaymentProviderError, type PaymentsFor, type ProviderRefund } from '../payments.ts';
import { refundFailedReason } from '../sync-payment.ts';
import { caseState, effectOf } from './job-payload.ts';

export { structuredReference } from '../payment-requests.ts';

/**
 * Records the payment request (amount, structured reference, expiry), once per request;
 * the provider's payment is opened when the declarant presses "Pay".
 */
export const requestPayment: JobHandler = async (job, { trx, now }) => {
  const { caseId } = effectOf(job, 'request_payment');
  await ensurePaymentRequest(trx, await caseState(trx, caseId), now);
};

/** The case closed before payment: the open request, and its provider payment, are closed. */
export function cancelPayment(paymentsFor: PaymentsFor): JobHandler {
  return async (job, { trx, now }) => {
    const { caseId } = effectOf(job, 'cancel_payment');
    const open = await trx.updateTable('payment').set({ status: 'cancelled', updated_at: now })
      .where('case_id', '=', caseId).where('status', '=', 'open')
      .returning('provider_payment_id').execute();
    const provider = paymentsFor(trx);
    for (const row of open) {
      if (row.provider_payment_id !== null) await provider.cancel(row.provider_payment_id);
    }
  };
}

/**
 * Pays a deposit back through the provider (the idempotency key makes a retry the same
 * refund). The case records the refund when the provider confirms it: at once here when the
 * provider says so, otherwise when its webhook tells (see sync-payment.ts). A payment
 * recorded at the counter is paid back at the counter: the case records it at once.
 * A refund the provider refuses (its balance too low, the payment too old) is not retried:
 * civil affairs gets a follow-up task to pay it back another way. A provider that does not
 * answer is retried by the worker.
 */
export function refundPayment(engine: CaseEngine, paymentsFor: PaymentsFor): JobHandler {
  return async (job, { trx, now, log }) => {
    const { caseId, effect } = effectOf(job, 'refund_payment');
    const row = await trx.selectFrom('payment').selectAll()
      .where('id', '=', effect.paymentId).executeTakeFirst();
    if (row?.status === 'refunded') return;
    let confirmed = true;
    if (row?.provider_payment_id) {
      let refund: ProviderRefund;
      try {
        refund = await paymentsFor(trx).refund(row.provider_payment_id, effect.amountCents,
          job.idempotencyKey);
      } catch (error) {
        if (!(error instanceof PaymentProviderError) || error.code !== 'provider_refused') {
          throw error;
        }
        log.warn({ caseId, code: error.code }, 'refund refused by the payment provider');
        await engine.executeIn(trx, {
          type: 'RaiseFollowUp', caseId, actor: systemActor, channel: 'system', topic: 'other',
          reason: refundFailedReason(effect.amountCents),
        }, { idempotencyKey: `refund-failed:${job.idempotencyKey}`, now });
        return;
      }
      confirmed = refund.status === 'refunded';
      await trx.updateTable('payment').set({
        status: confirmed ? 'refunded' : 'refund_pending', refund_id: refund.id, updated_at: now,
        refunded_cents: effect.amountCents,
      }).where('id', '=', row.id).execute();
      log.info({ caseId, confirmed }, 'refund asked of the payment provider');
    } else if (row) {
      await trx.updateTable('payment').set({ status: 'refunded', updated_at: now,
        refunded_cents: effect.amountCents }).where('id', '=', row.id).execute();
    }
    if (!confirmed) return;
    await engine.executeIn(trx, {
      type: 'RecordRefund', caseId, actor: systemActor, channel: 'system',
      paymentId: effect.paymentId,
    }, { idempotencyKey: job.idempotencyKey, now });
  };
}
