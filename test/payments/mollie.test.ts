import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { mollieProvider } from '../../src/adapters/payments/mollie.ts';
import { PaymentProviderError, type PaymentProvider } from '../../src/app/payments.ts';
import { startFakeMollie, type FakeMollie } from './fake-mollie.ts';
import {
  count, eventTypes, paymentRows, settle, signedIn, unilateralCase, withListeningApp,
  type PaymentApp,
} from './support.ts';

const apiKey = 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM';
let fake: FakeMollie;
let env: PaymentApp;
withListeningApp((opened) => { env = opened; }, async () => {
  fake = await startFakeMollie(apiKey);
  return { PAYMENT_PROVIDER: 'mollie', MOLLIE_API_KEY: apiKey, MOLLIE_API_URL: fake.base };
});
after(async () => { await fake.close(); });

const request = {
  amountCents: 27_505, description: 'Voorschot gerechtsdeurwaarder WS-2026-000001',
  reference: '+++000/0000/10101+++', expiresAt: new Date('2026-04-01T00:00:00Z'),
  redirectUrl: 'https://portal.example/cases/x/payment',
  webhookUrl: 'https://portal.example/payments/webhook', metadata: { caseId: 'x' },
  idempotencyKey: 'provider-payment:abc',
};

describe('the Mollie adapter against the fake', () => {
  let mollie: PaymentProvider;
  before(() => { mollie = mollieProvider({ apiKey, apiUrl: fake.base, timeoutMs: 2000 }); });

  test('creates a payment with the amount as a decimal string and the bearer key', async () => {
    const created = await mollie.create(request);
    assert.match(created.id, /^tr_/);
    assert.equal(created.status, 'open');
    assert.equal(created.amountCents, 27_505);
    assert.equal(created.checkoutUrl, `${fake.base}/checkout/${created.id}`);
    const sent = fake.seen.at(-1);
    assert.equal(sent?.authorization, `Bearer ${apiKey}`);
    assert.equal(sent?.idempotencyKey, 'provider-payment:abc');
    const body = sent?.body as Record<string, unknown>;
    assert.deepEqual(body.amount, { currency: 'EUR', value: '275.05' });
    assert.equal(body.redirectUrl, request.redirectUrl);
    assert.equal(body.webhookUrl, request.webhookUrl);
    assert.deepEqual(body.metadata, { caseId: 'x', reference: request.reference });
    const again = await mollie.create(request);
    assert.equal(again.id, created.id, 'the same idempotency key is the same payment');
  });

  test('gets, refunds and cancels; unknown ids are null; refusals are typed errors', async () => {
    const { id } = await mollie.create({ ...request, idempotencyKey: 'k2' });
    assert.equal((await mollie.get(id))?.status, 'open');
    assert.equal(await mollie.get('tr_unknown1234'), null);
    assert.equal(await mollie.get('not-a-mollie-id'), null);
    await assert.rejects(mollie.refund(id, 27_505, 'r0'), (e: unknown) =>
      e instanceof PaymentProviderError && e.code === 'provider_refused');
    fake.setStatus(id, 'paid');
    const refund = await mollie.refund(id, 27_505, 'r1');
    assert.equal(refund.status, 'pending');
    assert.deepEqual((fake.seen.at(-1)?.body as { amount: unknown }).amount,
      { currency: 'EUR', value: '275.05' });
    assert.equal((await mollie.refund(id, 27_505, 'r1')).id, refund.id);
    fake.settleRefund(refund.id);
    assert.equal((await mollie.getRefund(id, refund.id)).status, 'refunded');
    const other = await mollie.create({ ...request, idempotencyKey: 'k3' });
    await mollie.cancel(other.id);
    assert.equal((await mollie.get(other.id))?.status, 'canceled');
    await mollie.cancel(other.id); // 422 from Mollie: nothing left to cancel
  });

  test('a wrong key is refused, an unreachable API is unavailable', async () => {
    const wrong = mollieProvider({ apiKey: 'test_wrongwrongwrongwrongwrong', apiUrl: fake.base,
      timeoutMs: 2000 });
    await assert.rejects(wrong.create(request), (e: unknown) =>
      e instanceof PaymentProviderError && e.code === 'provider_refused');
    const down = mollieProvider({ apiKey, apiUrl: 'http://127.0.0.1:1', timeoutMs: 2000 });
    await assert.rejects(down.get('tr_abcdefgh12'), (e: unknown) =>
      e instanceof PaymentProviderError && e.code === 'provider_unavailable');
  });

  test('the webhook names a payment only: form-encoded id=tr_...', () => {
    const call = (rawBody: string, contentType = 'application/x-www-form-urlencoded') =>
      mollie.webhookPaymentId({ rawBody, contentType, signature: undefined });
    assert.deepEqual(call('id=tr_d0b0E3EA3v'), { ok: true, providerPaymentId: 'tr_d0b0E3EA3v' });
    assert.equal(call('id=re_4qqhO89gsT').ok, false);
    assert.equal(call('{"id":"tr_d0b0E3EA3v"}', 'application/json').ok, false);
  });
});

describe('the product with Mollie: the webhook is never trusted by itself', () => {
  const JAN = '85073092113';
  const MATS = '03021492126';

  async function pay(person: string, name: string) {
    const caseId = await unilateralCase(env.app, person);
    const browser = await signedIn(env, name);
    const casePage = await browser.get(`/cases/${caseId}`);
    // The browser follows the Pay post to Mollie's checkout: the policy must allow it.
    assert.match(String(casePage.headers['content-security-policy']),
      new RegExp(`form-action 'self' https://www\\.mollie\\.com ${fake.base}(;|$)`));
    const csrf = parse(casePage.body).querySelector('form[action$="/pay"] input[name="_csrf"]')
      ?.getAttribute('value') ?? '';
    const posted = await browser.post(`/cases/${caseId}/pay`, { _csrf: csrf });
    assert.equal(posted.statusCode, 303, posted.body);
    const location = String(posted.headers.location);
    assert.ok(location.startsWith(`${fake.base}/checkout/tr_`), location);
    const id = location.split('/').at(-1) ?? '';
    return { caseId, id, browser };
  }

  test('a forged webhook for an open payment records nothing; the real one pays', async () => {
    const { caseId, id, browser } = await pay(JAN, 'Jan');
    const created = fake.payments.get(id);
    assert.deepEqual(created?.amount, { currency: 'EUR', value: '275.00' });
    assert.equal(created?.webhookUrl, `${env.base}/payments/webhook`);
    assert.equal(created?.redirectUrl, `${env.base}/cases/${caseId}/payment`);
    assert.equal(await fake.callWebhook(id), 200);
    assert.equal(count(await eventTypes(env.app, caseId), 'PaymentSucceeded'), 0);
    const unknown = await fetch(`${env.base}/payments/webhook`, { method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'id=tr_nobody1234' });
    assert.equal(unknown.status, 200);
    const malformed = await fetch(`${env.base}/payments/webhook`, { method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'id=hello' });
    assert.equal(malformed.status, 400);
    fake.setStatus(id, 'paid');
    assert.equal(await fake.callWebhook(id), 200);
    assert.equal(await fake.callWebhook(id), 200);
    await settle(env.app);
    const types = await eventTypes(env.app, caseId);
    assert.equal(count(types, 'PaymentSucceeded'), 1);
    assert.equal(count(types, 'BailiffEngaged'), 1);
    const result = await browser.get(`/cases/${caseId}/payment?lang=en`);
    assert.match(parse(result.body).querySelector('h1')?.textContent ?? '',
      /Your payment went through/);
  });

  test('a refund after withdrawal is recorded only when Mollie says it is refunded', async () => {
    const { caseId, id } = await pay(MATS, 'Mats');
    fake.setStatus(id, 'paid');
    await fake.callWebhook(id);
    await settle(env.app);
    await env.app.engine.execute({ type: 'Withdraw', caseId,
      actor: { role: 'declarant', id: MATS }, channel: 'online' });
    await settle(env.app);
    const refund = [...fake.refunds.values()].find((r) => r.paymentId === id);
    assert.equal(refund?.status, 'pending');
    assert.equal(count(await eventTypes(env.app, caseId), 'PaymentRefunded'), 0);
    assert.equal((await paymentRows(env.app, caseId))[0]?.status, 'refund_pending');
    fake.settleRefund(refund.id);
    await fake.callWebhook(id);
    await fake.callWebhook(id);
    const types = await eventTypes(env.app, caseId);
    assert.equal(count(types, 'PaymentRefunded'), 1);
    assert.equal([...fake.refunds.values()].filter((r) => r.paymentId === id).length, 1);
    assert.equal((await paymentRows(env.app, caseId))[0]?.status, 'refunded');
  });
});
