import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import { parse } from 'node-html-parser';
import { signBody } from '../../src/adapters/payments/signature.ts';
import type { Browser } from '../login/browser.ts';
import {
  count, eventTypes, paymentRows, settle, signedIn, unilateralCase, withListeningApp,
  type PaymentApp,
} from './support.ts';

let env: PaymentApp;
withListeningApp((opened) => { env = opened; });

const JAN = '85073092113';
const PIETER = '92011792123';
const JEAN = '75061492182';
const HANS = '70010592118';

function page(response: LightMyRequestResponse) {
  return parse(response.body);
}

function mainText(response: LightMyRequestResponse): string {
  return page(response).querySelector('main')?.textContent.replace(/\s+/g, ' ') ?? '';
}

function csrfOf(response: LightMyRequestResponse): string {
  return page(response).querySelector('form[action$="/pay"] input[name="_csrf"]')
    ?.getAttribute('value') ?? '';
}

/** Presses "Pay" on the case page; answers the hosted page's address. */
async function pressPay(browser: Browser, caseId: string): Promise<string> {
  const casePage = await browser.get(`/cases/${caseId}?lang=en`);
  const posted = await browser.post(`/cases/${caseId}/pay`, { _csrf: csrfOf(casePage) });
  assert.equal(posted.statusCode, 303, posted.body);
  const location = String(posted.headers.location);
  assert.match(location, new RegExp(`^${env.base}/pay/emb_[\\w-]+/[\\w-]+$`));
  return location;
}

/** On the hosted page, the tester chooses a method and an outcome; answers the return address. */
async function choose(browser: Browser, hosted: string, outcome: string, method = 'bancontact') {
  const shown = await browser.get(`${hosted}?lang=en`);
  assert.equal(shown.statusCode, 200);
  assert.match(mainText(shown) + (page(shown).querySelector('header')?.textContent ?? ''),
    /Simulation: no real money is paid here/);
  const done = await browser.post(hosted, { method, outcome });
  assert.equal(done.statusCode, 303, done.body);
  return String(done.headers.location);
}

async function postWebhook(body: string, signature?: string) {
  return fetch(`${env.base}/payments/webhook`, {
    method: 'POST', body,
    headers: { 'content-type': 'application/json',
      ...(signature ? { 'x-payment-signature': signature } : {}) },
  });
}

const secret = 'development-only-payment-webhook-secret';

describe('Jan pays on the hosted page', () => {
  let jan: Browser;
  let caseId: string;

  test('the case page shows the amount, the reference, the last day and a Pay button', async () => {
    caseId = await unilateralCase(env.app, JAN);
    jan = await signedIn(env, 'Jan');
    const response = await jan.get(`/cases/${caseId}?lang=en`);
    const block = page(response).querySelector('section.payment');
    assert.ok(block, 'a payment block');
    const text = block.textContent.replace(/\s+/g, ' ');
    assert.match(text, /Amount\s?€\s?275/);
    assert.match(text, /Structured reference\s?\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+/);
    assert.match(text, /Pay by\s?\d+ March 2026/);
    assert.ok(block.querySelector(`form[action="/cases/${caseId}/pay"] button`));
  });

  test('a tampered hosted page address is not found, and a missing method is asked for', async () => {
    const hosted = await pressPay(jan, caseId);
    assert.equal((await jan.get(`${hosted}x`)).statusCode, 404);
    const invalid = await jan.post(`${hosted}?lang=en`, { outcome: 'paid' });
    assert.equal(invalid.statusCode, 422);
    const summary = page(invalid).querySelector('[role="alert"]');
    assert.match(summary?.textContent ?? '', /Choose how you pay/);
    assert.ok(summary?.querySelector('a[href="#method-bancontact"]'));
    assert.ok(page(invalid).querySelector('#method-bancontact'));
  });

  test('pressing Pay twice gives the same provider payment', async () => {
    const first = await pressPay(jan, caseId);
    const second = await pressPay(jan, caseId);
    assert.equal(first, second);
    const rows = await paymentRows(env.app, caseId);
    assert.equal(rows.length, 1);
    assert.equal(await env.app.db.selectFrom('embedded_psp_payment').select('id')
      .execute().then((r) => r.length), 1);
  });

  test('the return page asks the provider before the webhook and shows the success', async () => {
    const hosted = await pressPay(jan, caseId);
    const back = await choose(jan, hosted, 'paid');
    assert.equal(back, `${env.base}/cases/${caseId}/payment`);
    // No webhook delivered yet: the return page learns the status from the provider itself.
    const delivered = await env.app.db.selectFrom('embedded_psp_webhook').select('status')
      .where('status', '=', 'delivered').execute();
    assert.equal(delivered.length, 0);
    const result = await jan.get(`${back}?lang=en`);
    assert.equal(result.statusCode, 200);
    assert.match(page(result).querySelector('h1')?.textContent ?? '', /Your payment went through/);
    assert.match(mainText(result), /We received €\s?275/);
    const state = (await env.app.engine.load(caseId))?.state;
    assert.equal(state?.status, 'awaiting_service');
    assert.equal(state?.payment?.amountCents, 27_500);
  });

  test('the signed webhook arrives over HTTP and changes nothing more: one bailiff', async () => {
    await settle(env.app);
    const hooks = await env.app.db.selectFrom('embedded_psp_webhook').selectAll().execute();
    assert.equal(hooks.length, 1);
    assert.equal(hooks[0]?.status, 'delivered');
    const types = await eventTypes(env.app, caseId);
    assert.equal(count(types, 'PaymentSucceeded'), 1);
    assert.equal(count(types, 'DeclarationReceived'), 1);
    assert.equal(count(types, 'BailiffEngaged'), 1);
    const [row] = await paymentRows(env.app, caseId);
    assert.equal(row?.status, 'paid');
    assert.equal(row?.amount_cents, 27_500);
    assert.ok(Number.isInteger(row?.amount_cents));
  });

  test('a replayed webhook and a webhook sent twice change nothing', async () => {
    const [row] = await paymentRows(env.app, caseId);
    const body = JSON.stringify({ id: row?.provider_payment_id });
    const before = await eventTypes(env.app, caseId);
    const replayed = await postWebhook(body, signBody(body, secret));
    assert.equal(replayed.status, 200);
    await env.app.db.updateTable('embedded_psp_webhook')
      .set({ status: 'queued', next_attempt_at: env.app.clock.now() }).execute();
    await settle(env.app);
    const hooks = await env.app.db.selectFrom('embedded_psp_webhook').select('attempts').execute();
    assert.equal(hooks[0]?.attempts, 2, 'sent a second time');
    assert.deepEqual(await eventTypes(env.app, caseId), before);
    assert.equal(await env.app.db.selectFrom('embedded_psp_refund').select('id').execute()
      .then((r) => r.length), 0);
  });

  test('a wrong signature is refused (401); an unknown payment is ignored (200)', async () => {
    const [row] = await paymentRows(env.app, caseId);
    const body = JSON.stringify({ id: row?.provider_payment_id });
    const before = await eventTypes(env.app, caseId);
    assert.equal((await postWebhook(body, signBody(body, 'another-secret-of-16+'))).status, 401);
    assert.equal((await postWebhook(body)).status, 401);
    assert.equal((await postWebhook(body, signBody(`${body} `, secret))).status, 401);
    const unknown = JSON.stringify({ id: 'emb_unknownpayment1' });
    assert.equal((await postWebhook(unknown, signBody(unknown, secret))).status, 200);
    const garbage = '{"nothing":true}';
    assert.equal((await postWebhook(garbage, signBody(garbage, secret))).status, 400);
    assert.deepEqual(await eventTypes(env.app, caseId), before);
  });

  test('the timeline shows the request and the payment with its date', async () => {
    const response = await jan.get(`/cases/${caseId}?lang=en`);
    const done = page(response).querySelectorAll('ol.timeline li.done')
      .map((li) => li.textContent.replace(/\s+/g, ' '));
    assert.ok(done.some((t) => /Payment request sent: €\s?275/.test(t)));
    assert.ok(done.some((t) => /2 March 2026.*Payment received: €\s?275/.test(t)));
    assert.equal(page(response).querySelector('section.payment'), null, 'nothing left to pay');
    const csrf = page(response).querySelector('input[name="_csrf"]')?.getAttribute('value');
    const again = await jan.post(`/cases/${caseId}/pay`, { _csrf: csrf ?? '' });
    assert.equal(again.statusCode, 303, 'a paid case is not paid again');
    assert.equal(again.headers.location, `/cases/${caseId}`);
    assert.equal((await paymentRows(env.app, caseId)).length, 1);
  });
});

describe('Pieter\'s payment fails, then he pays', () => {
  let pieter: Browser;
  let caseId: string;

  test('a failed payment: the return page and the timeline say what to do', async () => {
    caseId = await unilateralCase(env.app, PIETER);
    pieter = await signedIn(env, 'Pieter');
    const back = await choose(pieter, await pressPay(pieter, caseId), 'failed', 'card');
    const result = await pieter.get(`${back}?lang=en`);
    assert.match(page(result).querySelector('h1')?.textContent ?? '', /did not go through/);
    assert.ok(page(result).querySelector(`form[action="/cases/${caseId}/pay"]`));
    await settle(env.app);
    const state = (await env.app.engine.load(caseId))?.state;
    assert.equal(state?.status, 'awaiting_payment');
    assert.equal(state?.payment?.status, 'failed');
    const casePage = await pieter.get(`/cases/${caseId}?lang=en`);
    assert.match(mainText(casePage), /The payment did not go through\. You can pay again\./);
    assert.match(page(casePage).querySelector('section.payment button')?.textContent ?? '',
      /Pay again/);
  });

  test('paying again makes a new request and a new provider payment; one bailiff', async () => {
    const hosted = await pressPay(pieter, caseId);
    await choose(pieter, hosted, 'paid', 'payconiq');
    await settle(env.app);
    const rows = await paymentRows(env.app, caseId);
    assert.deepEqual(rows.map((r) => r.status), ['failed', 'paid']);
    assert.notEqual(rows[0]?.provider_payment_id, rows[1]?.provider_payment_id);
    assert.notEqual(rows[0]?.reference, rows[1]?.reference);
    const types = await eventTypes(env.app, caseId);
    assert.equal(count(types, 'PaymentRequested'), 2);
    assert.equal(count(types, 'PaymentFailed'), 1);
    assert.equal(count(types, 'PaymentSucceeded'), 1);
    assert.equal(count(types, 'BailiffEngaged'), 1);
    assert.equal((await env.app.engine.load(caseId))?.state.status, 'awaiting_service');
  });
});

describe('Jean stops the payment; Hans lets it expire', () => {
  test('a cancelled payment is a failure the citizen can try again', async () => {
    const caseId = await unilateralCase(env.app, JEAN);
    const jean = await signedIn(env, 'Jean');
    const back = await choose(jean, await pressPay(jean, caseId), 'canceled');
    const result = await jean.get(`${back}?lang=en`);
    assert.match(page(result).querySelector('h1')?.textContent ?? '', /You stopped the payment/);
    await settle(env.app);
    const casePage = await jean.get(`/cases/${caseId}?lang=en`);
    assert.match(mainText(casePage), /You stopped the payment\. You can pay again\./);
    const types = await eventTypes(env.app, caseId);
    assert.equal(count(types, 'PaymentFailed'), 1);
    assert.equal(count(types, 'BailiffEngaged'), 0);
    assert.deepEqual((await paymentRows(env.app, caseId)).map((r) => r.status), ['cancelled']);
  });

  test('an expired payment: the case says so and offers to pay again', async () => {
    const caseId = await unilateralCase(env.app, HANS);
    const hans = await signedIn(env, 'Hans');
    const back = await choose(hans, await pressPay(hans, caseId), 'expired');
    await settle(env.app);
    const result = await hans.get(`${back}?lang=en`);
    assert.match(page(result).querySelector('h1')?.textContent ?? '', /The payment expired/);
    const state = (await env.app.engine.load(caseId))?.state;
    assert.equal(state?.payment?.status, 'expired');
    const casePage = await hans.get(`/cases/${caseId}?lang=en`);
    assert.match(mainText(casePage), /The payment expired\. You can pay again\./);
    assert.match(mainText(casePage), /The last payment expired/);
  });
});
