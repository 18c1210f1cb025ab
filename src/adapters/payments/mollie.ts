import { z } from 'zod';
import type {
  PaymentProvider, PaymentRequest, ProviderPayment, ProviderRefund, WebhookCall, WebhookCheck,
} from '../../app/payments.ts';
import { PaymentProviderError, centsToValue, valueToCents } from '../../app/payments.ts';

export interface MollieOptions {
  apiKey: string;
  /** https://api.mollie.com, or a local fake in tests. */
  apiUrl: string;
  timeoutMs: number;
}

const amount = z.object({ currency: z.literal('EUR'), value: z.string() });

const paymentSchema = z.object({
  resource: z.literal('payment').optional(),
  id: z.string().min(1),
  status: z.enum(['open', 'pending', 'authorized', 'paid', 'failed', 'canceled', 'expired']),
  amount,
  method: z.string().nullable().optional(),
  _links: z.object({ checkout: z.object({ href: z.string().url() }).optional() }).passthrough()
    .optional(),
}).passthrough();

const refundSchema = z.object({
  id: z.string().min(1),
  status: z.enum(['queued', 'pending', 'processing', 'refunded', 'failed', 'canceled']),
}).passthrough();

/** Mollie's payment ids: tr_ and letters or digits. */
const paymentIdPattern = /^tr_[A-Za-z0-9]{4,40}$/;

/**
 * The production adapter: Mollie's Payments API v2 (`POST /v2/payments`, `GET
 * /v2/payments/:id`, `DELETE /v2/payments/:id`, `POST /v2/payments/:id/refunds`) with the
 * API key as a bearer token. Mollie's webhook posts only `id=tr_...` (form-encoded) and is
 * not signed: it is never trusted, the product always asks for the payment by its id.
 */
export function mollieProvider(options: MollieOptions): PaymentProvider {
  const base = options.apiUrl.replace(/\/$/, '');

  async function call(method: string, path: string, body?: unknown,
    idempotencyKey?: string): Promise<{ status: number; json: unknown }> {
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${options.apiKey}`, accept: 'application/hal+json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (error) {
      throw new PaymentProviderError('provider_unavailable',
        `Mollie ${method} ${path.split('/').slice(0, 3).join('/')}: ${(error as Error).name}`);
    }
    const text = await response.text();
    const json: unknown = text === '' ? null : JSON.parse(text);
    return { status: response.status, json };
  }

  function refusal(what: string, status: number, json: unknown): PaymentProviderError {
    const detail = typeof json === 'object' && json !== null && 'detail' in json
      ? String((json as { detail: unknown }).detail).slice(0, 200) : '';
    const code = status >= 500 || status === 429 ? 'provider_unavailable' : 'provider_refused';
    return new PaymentProviderError(code, `Mollie ${what}: HTTP ${status} ${detail}`.trim());
  }

  function payment(json: unknown): ProviderPayment {
    const parsed = paymentSchema.safeParse(json);
    if (!parsed.success) throw new PaymentProviderError('provider_answer', 'Mollie: not a payment');
    const p = parsed.data;
    return { id: p.id, status: p.status, amountCents: valueToCents(p.amount.value),
      checkoutUrl: p._links?.checkout?.href ?? null, method: p.method ?? null };
  }

  function refund(json: unknown): ProviderRefund {
    const parsed = refundSchema.safeParse(json);
    if (!parsed.success) throw new PaymentProviderError('provider_answer', 'Mollie: not a refund');
    return { id: parsed.data.id, status: parsed.data.status };
  }

  const checkId = (id: string) => {
    if (!paymentIdPattern.test(id)) {
      throw new PaymentProviderError('provider_refused', 'not a Mollie id');
    }
    return id;
  };

  return {
    name: 'mollie',

    async create(request: PaymentRequest) {
      const body = {
        amount: { currency: 'EUR', value: centsToValue(request.amountCents) },
        description: request.description.slice(0, 255),
        redirectUrl: request.redirectUrl,
        webhookUrl: request.webhookUrl,
        metadata: { ...request.metadata, reference: request.reference },
      };
      const answer = await call('POST', '/v2/payments', body, request.idempotencyKey);
      if (answer.status !== 201) throw refusal('create payment', answer.status, answer.json);
      return payment(answer.json);
    },

    async get(id) {
      if (!paymentIdPattern.test(id)) return null;
      const answer = await call('GET', `/v2/payments/${id}`);
      if (answer.status === 404) return null;
      if (answer.status !== 200) throw refusal('get payment', answer.status, answer.json);
      return payment(answer.json);
    },

    async refund(id, amountCents, idempotencyKey) {
      const body = { amount: { currency: 'EUR', value: centsToValue(amountCents) },
        description: 'Terugbetaling voorschot' };
      const answer = await call('POST', `/v2/payments/${checkId(id)}/refunds`, body,
        idempotencyKey);
      if (answer.status !== 201) throw refusal('create refund', answer.status, answer.json);
      return refund(answer.json);
    },

    async getRefund(id, refundId) {
      const answer = await call('GET',
        `/v2/payments/${checkId(id)}/refunds/${encodeURIComponent(refundId)}`);
      if (answer.status !== 200) throw refusal('get refund', answer.status, answer.json);
      return refund(answer.json);
    },

    async cancel(id) {
      const answer = await call('DELETE', `/v2/payments/${checkId(id)}`);
      // 422: Mollie says the payment can no longer be canceled (paid, expired...): nothing to do.
      if (answer.status !== 200 && answer.status !== 422 && answer.status !== 404) {
        throw refusal('cancel payment', answer.status, answer.json);
      }
    },

    webhookPaymentId(call: WebhookCall): WebhookCheck {
      if (!call.contentType.startsWith('application/x-www-form-urlencoded')) {
        return { ok: false, reason: 'malformed' };
      }
      const id = new URLSearchParams(call.rawBody).get('id') ?? '';
      return paymentIdPattern.test(id) ? { ok: true, providerPaymentId: id }
        : { ok: false, reason: 'malformed' };
    },
  };
}
