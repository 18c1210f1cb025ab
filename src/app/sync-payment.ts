import type { App } from './app.ts';
import { ProcessError, systemActor, type CaseCommand } from '../process/index.ts';
import { latestPayment, type PaymentRow } from './payment-requests.ts';
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
    if (result.state.closure !== null) {
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
  const current = await latestPayment(deps.db, row.case_id);
  if (current?.id !== row.id) return status; // an older request: the case moved on
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
