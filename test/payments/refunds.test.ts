import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { recordCounterPayment } from '../../src/app/record-counter-payment.ts';
import { startPayment, PaymentStepError } from '../../src/app/start-payment.ts';
import type { EmbeddedProvider } from '../../src/adapters/payments/embedded.ts';
import {
  count, eventTypes, paymentRows, settle, unilateralCase, withListeningApp, type PaymentApp,
} from './support.ts';

let env: PaymentApp;
withListeningApp((opened) => { env = opened; });

const JAN = '85073092113';
const PIETER = '92011792123';
const JEAN = '75061492182';
const HANS = '70010592118';
const MATS = '03021492126';

function provider(): EmbeddedProvider {
  const embedded = env.app.payments.embedded;
  assert.ok(embedded);
  return embedded(env.app.db);
}

/** Opens the provider payment as the Pay button does; answers its id and token. */
async function open(caseId: string, person: string) {
  const hosted = await startPayment(env.app, { caseId, person });
  const [, id, token] = /\/pay\/([^/]+)\/([^/]+)$/.exec(hosted) ?? [];
  assert.ok(id && token, hosted);
  return { id, token };
}

async function refunds(providerPaymentId: string) {
  return env.app.db.selectFrom('embedded_psp_refund').selectAll()
    .where('payment_id', '=', providerPaymentId).execute();
}

describe('refunds', () => {
  test('a paid case withdrawn before service is paid back, and the case records it', async () => {
    const caseId = await unilateralCase(env.app, MATS);
    const { id, token } = await open(caseId, MATS);
    await provider().complete(id, token, 'paid', 'bancontact');
    await settle(env.app);
    assert.equal((await env.app.engine.load(caseId))?.state.status, 'awaiting_service');
    await env.app.engine.execute({ type: 'Withdraw', caseId,
      actor: { role: 'declarant', id: MATS }, channel: 'online' });
    await settle(env.app);
    const types = await eventTypes(env.app, caseId);
    assert.equal(count(types, 'PaymentRefunded'), 1);
    assert.equal((await refunds(id)).length, 1);
    const paid = (await paymentRows(env.app, caseId))[0];
    assert.equal((await refunds(id))[0]?.amount_cents, paid?.amount_cents);
    assert.equal((await paymentRows(env.app, caseId))[0]?.status, 'refunded');
    const state = (await env.app.engine.load(caseId))?.state;
    assert.equal(state?.payment?.status, 'refunded');
  });

  test('a success after the case was withdrawn becomes a refund and a follow-up', async () => {
    const caseId = await unilateralCase(env.app, JAN);
    const { id, token } = await open(caseId, JAN);
    await env.app.engine.execute({ type: 'Withdraw', caseId,
      actor: { role: 'declarant', id: JAN }, channel: 'online' });
    // The citizen was still on the hosted page and paid before the product closed it.
    await provider().complete(id, token, 'paid', 'card');
    await settle(env.app);
    const types = await eventTypes(env.app, caseId);
    assert.equal(count(types, 'PaymentSucceeded'), 1);
    assert.equal(count(types, 'PaymentRefunded'), 1);
    assert.equal(count(types, 'FollowUpRaised'), 1);
    assert.equal(count(types, 'BailiffEngaged'), 0);
    assert.equal((await refunds(id)).length, 1);
    const state = (await env.app.engine.load(caseId))?.state;
    assert.equal(state?.status, 'withdrawn');
    assert.equal(state?.followUps[0]?.topic, 'other');
  });

  test('a success the open case cannot take (staff moved it on) is paid back at once', async () => {
    const caseId = await unilateralCase(env.app, PIETER);
    const { id, token } = await open(caseId, PIETER);
    // The bank first reported a failure; staff then sent the declarant to the counter.
    const [row] = await paymentRows(env.app, caseId);
    await env.app.engine.execute({ type: 'RecordPaymentFailure', caseId, paymentId: row?.id ?? '',
      actor: { role: 'system', id: 'system' }, channel: 'system' });
    await env.app.engine.execute({ type: 'OverrideStatus', caseId, to: 'awaiting_counter_visit',
      actor: { role: 'registrar', id: 'registrar-1' }, channel: 'counter',
      reason: 'The declarant will pay at the counter.' });
    await provider().complete(id, token, 'paid', 'payconiq');
    await settle(env.app);
    const types = await eventTypes(env.app, caseId);
    assert.equal(count(types, 'PaymentSucceeded'), 0);
    assert.equal(count(types, 'FollowUpRaised'), 1);
    assert.equal((await refunds(id)).length, 1);
    assert.equal((await paymentRows(env.app, caseId))[0]?.status, 'refunded');
  });
});

describe('payment at the counter and expiry of the case', () => {
  test('counter staff record the payment: the open online payment is closed, one bailiff', async () => {
    const caseId = await unilateralCase(env.app, JEAN);
    const { id, token } = await open(caseId, JEAN);
    const amount = (await env.app.engine.load(caseId))?.state.payment?.amountCents ?? 0;
    const staff = { role: 'counter' as const, id: 'counter-namur-1' };
    await assert.rejects(recordCounterPayment(env.app, { caseId, staff, amountCents: amount - 1 }),
      (error: unknown) => error instanceof PaymentStepError && error.code === 'amount_mismatch');
    await assert.rejects(recordCounterPayment(env.app, { caseId, staff, amountCents: amount + 0.5 }),
      (error: unknown) => error instanceof PaymentStepError && error.code === 'amount_mismatch');
    const { paymentId } = await recordCounterPayment(env.app, { caseId, staff,
      amountCents: amount });
    await assert.rejects(recordCounterPayment(env.app, { caseId, staff, amountCents: amount }),
      (error: unknown) => error instanceof PaymentStepError && error.code === 'not_payable');
    await settle(env.app);
    const state = (await env.app.engine.load(caseId))?.state;
    assert.equal(state?.status, 'awaiting_service');
    assert.equal(state?.payment?.paymentId, paymentId);
    const types = await eventTypes(env.app, caseId);
    assert.equal(count(types, 'PaymentSucceeded'), 1);
    assert.equal(count(types, 'BailiffEngaged'), 1);
    assert.equal((await provider().get(id))?.status, 'canceled');
    assert.equal((await provider().complete(id, token, 'paid', 'card'))?.status, 'canceled');
    const rows = await paymentRows(env.app, caseId);
    assert.deepEqual(rows.map((r) => [r.status, r.provider]), [
      ['cancelled', 'embedded'], ['paid', 'counter']]);
  });

  test('a case that expires unpaid closes the provider payment; it can no longer be paid', async () => {
    const caseId = await unilateralCase(env.app, HANS);
    const { id } = await open(caseId, HANS);
    env.app.clock.advance(30 * 86_400_000);
    await settle(env.app);
    assert.equal((await env.app.engine.load(caseId))?.state.status, 'expired');
    const closed = await provider().get(id);
    assert.ok(closed?.status === 'canceled' || closed?.status === 'expired', closed?.status);
    assert.equal(closed.checkoutUrl, null);
    const tokenRow = await env.app.db.selectFrom('embedded_psp_payment').select('token')
      .where('id', '=', id).executeTakeFirstOrThrow();
    assert.notEqual((await provider().complete(id, tokenRow.token, 'paid', 'card'))?.status, 'paid');
    assert.deepEqual((await paymentRows(env.app, caseId)).map((r) => r.status).length, 1);
    assert.notEqual((await paymentRows(env.app, caseId))[0]?.status, 'open');
    const types = await eventTypes(env.app, caseId);
    assert.equal(count(types, 'PaymentSucceeded'), 0);
  });
});
