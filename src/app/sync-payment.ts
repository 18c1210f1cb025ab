import type { App } from './app.ts';
import { ProcessError, systemActor, type CaseCommand } from '../process/index.ts';
import {
  balanceRequested, ensurePaymentRequest, latestPayment, type PaymentRow,
} from './payment-requests.ts';
import type { ProviderPayment } from './payments.ts';

export type PaymentDeps = Pick<App, 'db' | 'engine' | 'clock' | 'log' | 'payments'>;

/** What the product made of a provider payment after asking the provider about it. */
export type SyncOutcome =
  | 'unknown' | 'open' | 'paid' | 'failed' | 'cancelled' | 'expired' | 'refunded';

/**
 * Learns a payment's status from the provider (never from a webhook's body or a return
 * address) and records it on the case through the engine, with the provider's payment id in
 * the idempotency key: a webhook sent twice, replayed, or a return after the webhook changes
 * nothing more. A success the case cannot take (it already has another payment, staff moved
 * it on) is paid back at once and the municipality gets a follow-up task; a success after
 * the case closed is paid back by the process itself, with the same task.
 */
export async function syncPayment(deps: PaymentDeps, providerPaymentId: string):
  Promise<SyncOutcome> {
  const row = await deps.db.selectFrom('payment').selectAll()
    .where('provider_payment_id', '=', providerPaymentId).executeTakeFirst();
  if (!row) return 'unknown';
  const remote = await deps.payments.providerFor(deps.db).get(providerPaymentId);
  if (!remote) return 'unknown';
  if (row.status === 'refund_pending') return confirmRefund(deps, row, providerPaymentId);
  if (row.status === 'refunded') return 'refunded';
  switch (remote.status) {
    case 'paid': return recordPaid(deps, row, remote);
    case 'failed': return recordEnd(deps, row, remote, 'failed');
    case 'canceled': return recordEnd(deps, row, remote, 'cancelled');
    case 'expired': return recordEnd(deps, row, remote, 'expired');
    default: return 'open';
  }
}

async function recordPaid(deps: PaymentDeps, row: PaymentRow, remote: ProviderPayment):
  Promise<SyncOutcome> {
  if (remote.amountCents !== row.amount_cents) {
    return refundOutside(deps, row, remote, 'amount_mismatch');
  }
  const now = deps.clock.now();
  await deps.db.updateTable('payment').set({ status: 'paid', paid_at: now, updated_at: now })
    .where('id', '=', row.id).where('status', 'in', ['open', 'failed', 'cancelled', 'expired'])
    .execute();
  try {
    const result = await deps.engine.execute({
      type: 'RecordPaymentSuccess', caseId: row.case_id, actor: systemActor, channel: 'system',
      paymentId: row.id, amountCents: row.amount_cents,
    }, { idempotencyKey: `payment:${remote.id}` });
    // Paid after the case closed; a payment recorded before (a webhook told again, after a
    // withdrawal whose refund failed, for instance) raises nothing more.
    if (result.state.closure !== null && !result.replayed) {
      await followUp(deps, row.case_id, `late-payment:${remote.id}`,
        'A payment arrived after the case closed; it is paid back automatically.');
    }
    return 'paid';
  } catch (error) {
    if (!(error instanceof ProcessError)) throw error;
    return refundOutside(deps, row, remote, error.code);
  }
}

/** A failed, cancelled or expired provider payment ends the current request only. */
async function recordEnd(deps: PaymentDeps, row: PaymentRow, remote: ProviderPayment,
  status: 'failed' | 'cancelled' | 'expired'): Promise<SyncOutcome> {
  const now = deps.clock.now();
  await deps.db.updateTable('payment').set({ status, updated_at: now })
    .where('id', '=', row.id).where('status', '=', 'open').execute();
  if (row.purpose !== 'invoice_balance') {
    const current = await latestPayment(deps.db, row.case_id);
    if (current?.id !== row.id) return status; // an older request: the case moved on
  }
  const command: CaseCommand = status === 'expired'
    ? { type: 'RecordPaymentExpiry', caseId: row.case_id, actor: systemActor,
      channel: 'system', paymentId: row.id }
    : { type: 'RecordPaymentFailure', caseId: row.case_id, actor: systemActor,
      channel: 'system', paymentId: row.id,
      ...(status === 'cancelled' ? { reason: 'cancelled' } : {}) };
  try {
    await deps.engine.execute(command, { idempotencyKey: `payment:${remote.id}` });
  } catch (error) {
    if (!(error instanceof ProcessError)) throw error;
    deps.log.info({ caseId: row.case_id, code: error.code }, 'payment end not taken by the case');
  }
  if (row.purpose === 'invoice_balance') return renewBalance(deps, row, status);
  return status;
}

/**
 * A balance payment that ended without the money: the process recorded the end (the
 * declarant is told) and still asks for the balance (its settlement stays
 * 'payment_requested'), so the declarant gets a new request at once, with a new reference,
 * which the case page shows with the "Pay" button.
 */
async function renewBalance(deps: PaymentDeps, row: PaymentRow,
  status: 'failed' | 'cancelled' | 'expired'): Promise<SyncOutcome> {
  const loaded = await deps.engine.load(row.case_id);
  if (!loaded || !balanceRequested(loaded.state)) return status;
  const renewed = await ensurePaymentRequest(deps.db, loaded.state, deps.clock.now());
  deps.log.info({ caseId: row.case_id, paymentId: renewed?.id, ended: status },
    'balance payment ended: asked again');
  return status;
}

/** Pays back a payment that the case cannot take, and tells the municipality. */
async function refundOutside(deps: PaymentDeps, row: PaymentRow, remote: ProviderPayment,
  code: string): Promise<SyncOutcome> {
  const refund = await deps.payments.providerFor(deps.db)
    .refund(remote.id, remote.amountCents, `refund:${remote.id}`);
  const now = deps.clock.now();
  const confirmed = refund.status === 'refunded';
  await deps.db.updateTable('payment').set({
    status: confirmed ? 'refunded' : 'refund_pending', refund_id: refund.id, updated_at: now,
  }).where('id', '=', row.id).execute();
  deps.log.warn({ caseId: row.case_id, paymentId: row.id, code },
    'payment the case cannot take: paid back');
  await followUp(deps, row.case_id, `payment-incident:${remote.id}`,
    `A payment could not be taken by the case (${code}); it is paid back automatically.`);
  return 'refunded';
}

/** A refund the provider had not finished: the case records it once the provider has. */
async function confirmRefund(deps: PaymentDeps, row: PaymentRow, providerPaymentId: string):
  Promise<SyncOutcome> {
  if (row.refund_id === null) return 'paid';
  const refund = await deps.payments.providerFor(deps.db).getRefund(providerPaymentId,
    row.refund_id);
  if (refund.status === 'failed' || refund.status === 'canceled') {
    return refundFailed(deps, row, refund.id);
  }
  if (refund.status !== 'refunded') return 'paid';
  await deps.db.updateTable('payment').set({ status: 'refunded', updated_at: deps.clock.now() })
    .where('id', '=', row.id).execute();
  try {
    await deps.engine.execute({
      type: 'RecordRefund', caseId: row.case_id, actor: systemActor, channel: 'system',
      paymentId: row.id,
    }, { idempotencyKey: `refund-confirmed:${refund.id}` });
  } catch (error) {
    // A refund outside the process (the case never took this payment): nothing to record.
    if (!(error instanceof ProcessError)) throw error;
  }
  return 'refunded';
}

/** Why civil affairs gets a task when a refund fails: what to do, no personal data. */
export function refundFailedReason(amountCents: number | null): string {
  const amount = amountCents === null ? '' : ` of EUR ${(amountCents / 100).toFixed(2)}`;
  return `The refund${amount} to the declarant failed at the payment provider; `
    + 'pay it back another way (bank transfer) and record it.';
}

/**
 * A refund the provider could not carry out (failed or cancelled after it was asked): the
 * money is still the municipality's, the payment is paid again in the product's record, and
 * civil affairs gets a follow-up task to pay it back another way. Once per refund.
 */
async function refundFailed(deps: PaymentDeps, row: PaymentRow, refundId: string):
  Promise<SyncOutcome> {
  await deps.db.updateTable('payment').set({
    status: 'paid', refund_id: null, refunded_cents: null, updated_at: deps.clock.now(),
  }).where('id', '=', row.id).where('status', '=', 'refund_pending').execute();
  deps.log.warn({ caseId: row.case_id, paymentId: row.id }, 'refund failed at the provider');
  await followUp(deps, row.case_id, `refund-failed:${refundId}`,
    refundFailedReason(row.refunded_cents ?? row.amount_cents));
  return 'paid';
}

async function followUp(deps: PaymentDeps, caseId: string, key: string, reason: string) {
  try {
    await deps.engine.execute({
      type: 'RaiseFollowUp', caseId, actor: systemActor, channel: 'system', topic: 'other', reason,
    }, { idempotencyKey: key });
  } catch (error) {
    if (!(error instanceof ProcessError)) throw error;
    deps.log.warn({ caseId, code: error.code }, 'payment follow-up not raised');
  }
}
