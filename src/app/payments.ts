import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/**
 * The payments port: a payment service provider with a hosted payment page and webhooks.
 * Amounts are integer cents everywhere; only the adapters write them as the provider wants.
 * The product never trusts a webhook's body or a return address: it asks the provider.
 */
export interface PaymentProvider {
  readonly name: 'embedded' | 'mollie';
  /** Opens a payment at the provider; the same idempotency key gives the same payment. */
  create(request: PaymentRequest): Promise<ProviderPayment>;
  /** The provider's view of a payment; null when the provider does not know it. */
  get(providerPaymentId: string): Promise<ProviderPayment | null>;
  /** Pays a paid payment back in full; the same idempotency key gives the same refund. */
  refund(providerPaymentId: string, amountCents: number, idempotencyKey: string):
    Promise<ProviderRefund>;
  getRefund(providerPaymentId: string, refundId: string): Promise<ProviderRefund>;
  /** Closes an open payment so that it can no longer be paid (nothing when it cannot). */
  cancel(providerPaymentId: string): Promise<void>;
  /** Which payment a webhook call names, or why the call is refused. */
  webhookPaymentId(call: WebhookCall): WebhookCheck;
}

export interface PaymentRequest {
  amountCents: number;
  description: string;
  /** The Belgian structured reference, +++123/4567/89012+++. */
  reference: string;
  expiresAt: Date;
  redirectUrl: string;
  webhookUrl: string;
  metadata: Record<string, string>;
  idempotencyKey: string;
}

export type ProviderStatus =
  'open' | 'pending' | 'authorized' | 'paid' | 'failed' | 'canceled' | 'expired';

export interface ProviderPayment {
  id: string;
  status: ProviderStatus;
  amountCents: number;
  /** The hosted page while the payment can still be paid. */
  checkoutUrl: string | null;
  method: string | null;
}

export type RefundStatus =
  'queued' | 'pending' | 'processing' | 'refunded' | 'failed' | 'canceled';

export interface ProviderRefund {
  id: string;
  status: RefundStatus;
}

export interface WebhookCall {
  rawBody: string;
  contentType: string;
  signature: string | undefined;
}

export type WebhookCheck =
  | { ok: true; providerPaymentId: string }
  | { ok: false; reason: 'bad_signature' | 'malformed' };

/** The provider as seen through a database executor (the embedded one keeps its tables). */
export type PaymentsFor = (db: Kysely<Database>) => PaymentProvider;

/** A provider said something the product cannot use (a wrong answer, a refused call). */
export class PaymentProviderError extends Error {
  constructor(readonly code: 'provider_unavailable' | 'provider_refused' | 'provider_answer',
    message: string) {
    super(message);
    this.name = 'PaymentProviderError';
  }
}

/** Integer cents as a decimal string with two places: 27500 -> "275.00". No floats. */
export function centsToValue(cents: number): string {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new RangeError('cents: a whole number');
  const whole = Math.trunc(cents / 100);
  return `${whole}.${String(cents % 100).padStart(2, '0')}`;
}

/** "275.00" -> 27500; anything but digits, a point and two decimals is refused. */
export function valueToCents(value: string): number {
  const match = /^(\d{1,9})\.(\d{2})$/.exec(value);
  if (!match) throw new PaymentProviderError('provider_answer', 'amount: not a value in cents');
  return Number(match[1]) * 100 + Number(match[2]);
}
