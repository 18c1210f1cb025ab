// A local fake of Mollie's Payments API v2, following its documented contract: bearer API
// key, amounts as {currency, value: "275.00"}, 201 on create with _links.checkout, 404 for an
// unknown payment, 422 for what cannot be done, Idempotency-Key on POST, and a webhook that
// posts only `id=tr_...` form-encoded to the payment's webhookUrl.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export interface FakePayment {
  resource: 'payment';
  id: string;
  mode: 'test';
  status: 'open' | 'pending' | 'authorized' | 'paid' | 'failed' | 'canceled' | 'expired';
  amount: { currency: string; value: string };
  description: string;
  redirectUrl: string;
  webhookUrl: string;
  metadata: unknown;
  createdAt: string;
  method: string | null;
  _links: Record<string, { href: string; type: string }>;
}

export interface FakeRefund {
  resource: 'refund';
  id: string;
  status: 'queued' | 'pending' | 'processing' | 'refunded' | 'failed' | 'canceled';
  amount: { currency: string; value: string };
  paymentId: string;
}

export interface SeenRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  idempotencyKey: string | undefined;
  body: unknown;
}

function alnum(n: number): string {
  return randomBytes(n * 2).toString('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, n);
}

export async function startFakeMollie(apiKey: string) {
  const payments = new Map<string, FakePayment>();
  const refunds = new Map<string, FakeRefund>();
  /** While set, every new refund is refused with this detail (as Mollie does, with 422). */
  let refusing: string | null = null;
  const byKey = new Map<string, { status: number; json: unknown }>();
  const seen: SeenRequest[] = [];
  let base = '';

  const send = (res: ServerResponse, status: number, json: unknown) => {
    res.writeHead(status, { 'content-type': 'application/hal+json' });
    res.end(JSON.stringify(json));
  };
  const problem = (res: ServerResponse, status: number, title: string, detail: string) =>
    send(res, status, { status, title, detail });

  async function readBody(req: IncomingMessage): Promise<unknown> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    return text === '' ? undefined : JSON.parse(text);
  }

  const validAmount = (a: unknown): a is { currency: string; value: string } =>
    typeof a === 'object' && a !== null && (a as { currency?: unknown }).currency === 'EUR'
    && typeof (a as { value?: unknown }).value === 'string'
    && /^\d+\.\d{2}$/.test((a as { value: string }).value);

  function create(body: Record<string, unknown>): { status: number; json: unknown } {
    const required = ['description', 'redirectUrl'];
    if (!validAmount(body.amount) || required.some((k) => typeof body[k] !== 'string')) {
      return { status: 422, json: { status: 422, title: 'Unprocessable Entity',
        detail: 'The amount or a required field is missing or invalid' } };
    }
    const id = `tr_${alnum(10)}`;
    const payment: FakePayment = {
      resource: 'payment', id, mode: 'test', status: 'open', amount: body.amount,
      description: String(body.description), redirectUrl: String(body.redirectUrl),
      webhookUrl: String(body.webhookUrl ?? ''), metadata: body.metadata ?? null,
      createdAt: new Date().toISOString(), method: null,
      _links: { self: { href: `${base}/v2/payments/${id}`, type: 'application/hal+json' },
        checkout: { href: `${base}/checkout/${id}`, type: 'text/html' } },
    };
    payments.set(id, payment);
    return { status: 201, json: payment };
  }

  function refund(payment: FakePayment, body: Record<string, unknown>) {
    if (refusing !== null) {
      return { status: 422, json: { status: 422, title: 'Unprocessable Entity', detail: refusing } };
    }
    if (payment.status !== 'paid' || !validAmount(body.amount)) {
      return { status: 422, json: { status: 422, title: 'Unprocessable Entity',
        detail: 'The payment cannot be refunded' } };
    }
    const item: FakeRefund = { resource: 'refund', id: `re_${alnum(10)}`, status: 'pending',
      amount: body.amount, paymentId: payment.id };
    refunds.set(item.id, item);
    return { status: 201, json: item };
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', base);
    const body = await readBody(req) as Record<string, unknown> | undefined;
    const idempotencyKey = req.headers['idempotency-key'] as string | undefined;
    seen.push({ method: req.method ?? '', path: url.pathname,
      authorization: req.headers.authorization, idempotencyKey, body });
    if (req.headers.authorization !== `Bearer ${apiKey}`) {
      return problem(res, 401, 'Unauthorized Request', 'Missing authentication, or failed to authenticate');
    }
    const parts = url.pathname.split('/').filter(Boolean);
    if (req.method === 'POST' && idempotencyKey && byKey.has(`${url.pathname} ${idempotencyKey}`)) {
      const earlier = byKey.get(`${url.pathname} ${idempotencyKey}`)!;
      return send(res, earlier.status, earlier.json);
    }
    const remember = (answer: { status: number; json: unknown }) => {
      if (req.method === 'POST' && idempotencyKey) byKey.set(`${url.pathname} ${idempotencyKey}`, answer);
      return send(res, answer.status, answer.json);
    };
    if (parts[0] !== 'v2' || parts[1] !== 'payments') return problem(res, 404, 'Not Found', 'No such route');
    if (parts.length === 2 && req.method === 'POST') return remember(create(body ?? {}));
    const payment = payments.get(parts[2] ?? '');
    if (!payment) return problem(res, 404, 'Not Found', 'No payment exists with token');
    if (parts.length === 3 && req.method === 'GET') return send(res, 200, payment);
    if (parts.length === 3 && req.method === 'DELETE') {
      if (payment.status !== 'open') return problem(res, 422, 'Unprocessable Entity', 'The payment cannot be canceled');
      payment.status = 'canceled';
      return send(res, 200, payment);
    }
    if (parts[3] === 'refunds' && parts.length === 4 && req.method === 'POST') {
      return remember(refund(payment, body ?? {}));
    }
    if (parts[3] === 'refunds' && parts.length === 5 && req.method === 'GET') {
      const item = refunds.get(parts[4] ?? '');
      return item && item.paymentId === payment.id ? send(res, 200, item)
        : problem(res, 404, 'Not Found', 'No refund exists with token');
    }
    return problem(res, 404, 'Not Found', 'No such route');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => problem(res, 500, 'Internal Server Error', 'fake failed'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  /** Mollie's webhook: only the id, form-encoded; the receiver must ask for the status. */
  async function callWebhook(id: string): Promise<number> {
    const payment = payments.get(id);
    if (!payment) throw new Error('unknown payment');
    const response = await fetch(payment.webhookUrl, { method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ id }).toString() });
    return response.status;
  }

  return {
    get base() { return base; },
    payments, refunds, seen, callWebhook,
    /** The customer's doing at the checkout, or the bank's. */
    setStatus(id: string, status: FakePayment['status'], method = 'bancontact') {
      const payment = payments.get(id);
      if (!payment) throw new Error('unknown payment');
      payment.status = status;
      payment.method = method;
    },
    settleRefund(id: string) {
      const item = refunds.get(id);
      if (!item) throw new Error('unknown refund');
      item.status = 'refunded';
    },
    /** The bank could not carry out the refund (Mollie's refund status "failed"). */
    failRefund(id: string) {
      const item = refunds.get(id);
      if (!item) throw new Error('unknown refund');
      item.status = 'failed';
    },
    /** Refuses new refunds, e.g. 'Insufficient balance to refund'; null: accepts them again. */
    refuseRefunds(detail: string | null) {
      refusing = detail;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type FakeMollie = Awaited<ReturnType<typeof startFakeMollie>>;
