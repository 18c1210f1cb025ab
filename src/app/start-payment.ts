import { caseForDeclarant, caseReference } from './case-access.ts';
import { balanceRequested, ensurePaymentRequest } from './payment-requests.ts';
import { syncPayment, type PaymentDeps } from './sync-payment.ts';

export class PaymentStepError extends Error {
  /**
   * not_payable: the case does not wait for a payment (paid meanwhile, closed);
   * amount_mismatch: a counter payment of another amount than the one asked.
   */
  constructor(readonly code: 'not_payable' | 'amount_mismatch') {
    super(`Payment refused: ${code}`);
    this.name = 'PaymentStepError';
  }
}

export interface StartPaymentInput {
  caseId: string;
  /** The signed-in declarant's national number. */
  person: string;
}

/**
 * The declarant presses "Pay": opens the provider's payment for the current request, or
 * gives the one already open (a second press is not a second payment), and answers where to
 * send the browser: the hosted page, or the return page when nothing is left to pay there.
 * After a failed or expired payment it first asks the case for a new request.
 */
export async function startPayment(deps: PaymentDeps, input: StartPaymentInput):
  Promise<string> {
  const access = await caseForDeclarant(deps.engine, input.caseId, input.person);
  let state = access.state;
  const returnUrl = `${deps.payments.publicUrl}/cases/${state.caseId}/payment`;
  const balance = balanceRequested(state);
  if (!balance && (state.status !== 'awaiting_payment' || state.payment === null)) {
    throw new PaymentStepError('not_payable');
  }
  if (!balance && state.payment !== null
    && (state.payment.status === 'failed' || state.payment.status === 'expired')) {
    const again = await deps.engine.execute({
      type: 'RequestPayment', caseId: state.caseId,
      actor: { role: 'declarant', id: input.person }, channel: 'online',
    }, { idempotencyKey: `request-payment:${state.caseId}:${state.payment.requestCount}` });
    state = again.state;
  }
  const row = await ensurePaymentRequest(deps.db, state, deps.clock.now());
  if (!row) return returnUrl;
  const provider = deps.payments.providerFor(deps.db);
  if (row.provider_payment_id !== null) {
    const remote = await provider.get(row.provider_payment_id);
    if (remote?.status === 'open' && remote.checkoutUrl) return remote.checkoutUrl;
    await syncPayment(deps, row.provider_payment_id);
    return returnUrl;
  }
  const reference = await caseReference(deps.db, state.caseId);
  const created = await provider.create({
    amountCents: row.amount_cents, reference: row.reference,
    description: `Voorschot gerechtsdeurwaarder ${reference} ${row.reference}`,
    expiresAt: row.expires_at, redirectUrl: returnUrl, webhookUrl: deps.payments.webhookUrl,
    metadata: { caseId: state.caseId, paymentId: row.id },
    idempotencyKey: `provider-payment:${row.id}`,
  });
  await deps.db.updateTable('payment').set({
    provider: provider.name, provider_payment_id: created.id, checkout_url: created.checkoutUrl,
    updated_at: deps.clock.now(),
  }).where('id', '=', row.id).where('provider_payment_id', 'is', null).execute();
  return created.checkoutUrl ?? returnUrl;
}
