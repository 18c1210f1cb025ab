import { randomBytes } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Database, EmbeddedPspPaymentTable } from '../../db/schema.ts';
import type {
  PaymentProvider, PaymentRequest, ProviderPayment, ProviderRefund, ProviderStatus, WebhookCall,
  WebhookCheck,
} from '../../app/payments.ts';
import { PaymentProviderError } from '../../app/payments.ts';
import { validSignature } from './signature.ts';

export interface EmbeddedOptions {
  /** Where the product (and so the hosted page) is reached: PUBLIC_URL. */
  publicUrl: string;
  /** PAYMENT_WEBHOOK_SECRET: signs the webhooks. */
  secret: string;
  now: () => Date;
}

export const paymentMethods = ['bancontact', 'payconiq', 'card'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];
/** What the tester chooses on the hosted page. */
export type Outcome = 'paid' | 'failed' | 'canceled' | 'expired';

type Row = Selectable<EmbeddedPspPaymentTable>;

function newId(prefix: string): string {
  return `${prefix}_${randomBytes(9).toString('base64url')}`;
}

/**
 * The embedded payment provider: a simulation of a provider's side, with its own tables. It
 * follows the same contract as a real provider: a hosted page (`/pay/...`), statuses asked
 * for by id, refunds, and webhooks that only name the payment, signed with a shared secret
 * and sent by `EmbeddedWebhookSender` until the product takes them.
 */
export function embeddedProvider(db: Kysely<Database>, options: EmbeddedOptions) {
  const base = options.publicUrl.replace(/\/$/, '');

  const view = (row: Row): ProviderPayment => ({
    id: row.id, status: row.status as ProviderStatus, amountCents: row.amount_cents,
    checkoutUrl: row.status === 'open' ? `${base}/pay/${row.id}/${row.token}` : null,
    method: row.method,
  });

  async function queueWebhook(row: Row, now: Date): Promise<void> {
    const body = JSON.stringify({ id: row.id });
    await db.insertInto('embedded_psp_webhook').values({
      payment_id: row.id, url: row.webhook_url, body, status: 'queued', next_attempt_at: now,
      created_at: now, updated_at: now,
    }).execute();
  }

  async function load(id: string): Promise<Row | undefined> {
    const row = await db.selectFrom('embedded_psp_payment').selectAll().where('id', '=', id)
      .forUpdate().executeTakeFirst();
    if (!row || row.status !== 'open' || row.expires_at > options.now()) return row;
    return settle(row, 'expired', null);
  }

  /** Moves an open payment to its end status once, and owes the product a webhook. */
  async function settle(row: Row, status: Outcome, method: PaymentMethod | null): Promise<Row> {
    const now = options.now();
    const updated = await db.updateTable('embedded_psp_payment')
      .set({ status, updated_at: now, method: method ?? row.method,
        paid_at: status === 'paid' ? now : null })
      .where('id', '=', row.id).where('status', '=', 'open').returningAll().executeTakeFirst();
    if (!updated) return row;
    await queueWebhook(updated, now);
    return updated;
  }

  const provider: PaymentProvider & {
    page(id: string, token: string): Promise<Row | undefined>;
    complete(id: string, token: string, outcome: Outcome, method: PaymentMethod | null):
      Promise<Row | undefined>;
  } = {
    name: 'embedded',

    async create(request: PaymentRequest) {
      const earlier = await db.selectFrom('embedded_psp_payment').selectAll()
        .where('idempotency_key', '=', request.idempotencyKey).executeTakeFirst();
      if (earlier) return view(earlier);
      if (!Number.isSafeInteger(request.amountCents) || request.amountCents <= 0) {
        throw new PaymentProviderError('provider_refused', 'amount: whole cents above zero');
      }
      const now = options.now();
      const row = await db.insertInto('embedded_psp_payment').values({
        id: newId('emb'), token: randomBytes(18).toString('base64url'),
        amount_cents: request.amountCents, description: request.description,
        reference: request.reference, method: null, status: 'open',
        redirect_url: request.redirectUrl, webhook_url: request.webhookUrl,
        metadata: JSON.stringify(request.metadata), idempotency_key: request.idempotencyKey,
        expires_at: request.expiresAt, paid_at: null, created_at: now, updated_at: now,
      }).returningAll().executeTakeFirstOrThrow();
      return view(row);
    },

    async get(id) {
      const row = await load(id);
      return row ? view(row) : null;
    },

    async refund(id, amountCents, idempotencyKey): Promise<ProviderRefund> {
      const earlier = await db.selectFrom('embedded_psp_refund').select(['id', 'status'])
        .where((eb) => eb.or([eb('idempotency_key', '=', idempotencyKey),
          eb('payment_id', '=', id)])).executeTakeFirst();
      if (earlier) return { id: earlier.id, status: 'refunded' };
      const row = await load(id);
      if (!row || row.status !== 'paid' || amountCents !== row.amount_cents) {
        throw new PaymentProviderError('provider_refused',
          'refund: not a paid payment of that amount');
      }
      const now = options.now();
      const refundId = newId('emb_re');
      await db.insertInto('embedded_psp_refund').values({
        id: refundId, payment_id: id, amount_cents: amountCents, status: 'refunded',
        idempotency_key: idempotencyKey, created_at: now,
      }).execute();
      await queueWebhook(row, now);
      return { id: refundId, status: 'refunded' };
    },

    async getRefund(id, refundId) {
      const row = await db.selectFrom('embedded_psp_refund').select(['id', 'status'])
        .where('id', '=', refundId).where('payment_id', '=', id).executeTakeFirst();
      if (!row) throw new PaymentProviderError('provider_refused', 'refund: unknown');
      return { id: row.id, status: 'refunded' };
    },

    async cancel(id) {
      const row = await load(id);
      if (row?.status === 'open') await settle(row, 'canceled', null);
    },

    webhookPaymentId(call: WebhookCall): WebhookCheck {
      if (!validSignature(call.rawBody, call.signature, options.secret)) {
        return { ok: false, reason: 'bad_signature' };
      }
      try {
        const parsed = JSON.parse(call.rawBody) as { id?: unknown };
        if (typeof parsed.id === 'string' && /^emb_[\w-]{6,40}$/.test(parsed.id)) {
          return { ok: true, providerPaymentId: parsed.id };
        }
      } catch {
        // falls through: a signed body that is not ours
      }
      return { ok: false, reason: 'malformed' };
    },

    /** The hosted page's payment, when the address's token is right. */
    async page(id, token) {
      const row = await load(id);
      return row && row.token === token ? row : undefined;
    },

    /** The tester's choice on the hosted page. */
    async complete(id, token, outcome, method) {
      const row = await provider.page(id, token);
      if (!row || row.status !== 'open') return row;
      return settle(row, outcome, method);
    },
  };
  return provider;
}

export type EmbeddedProvider = ReturnType<typeof embeddedProvider>;
