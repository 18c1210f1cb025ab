// A refund that fails at Mollie (the local fake follows Mollie's documented contract): a
// refund refused when asked (HTTP 422) and a refund that the bank could not carry out
// (refund status "failed") each raise one follow-up task for civil affairs with a reason;
// the payment is the municipality's again in the product's record; nothing is recorded as
// refunded and the job is not retried into an incident.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startPayment } from '../../src/app/start-payment.ts';
import { readEvents } from '../../src/engine/event-store.ts';
import type { CaseEvent } from '../../src/process/index.ts';
import { startFakeMollie, type FakeMollie } from '../payments/fake-mollie.ts';
import {
  count, eventTypes, paymentRows, settle, unilateralCase, withListeningApp, type PaymentApp,
} from '../payments/support.ts';

const apiKey = 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM';
const JAN = '85073092113';
const MATS = '03021492126';
let fake: FakeMollie;
let env: PaymentApp;
withListeningApp((opened) => { env = opened; }, async () => {
  fake = await startFakeMollie(apiKey);
  return { PAYMENT_PROVIDER: 'mollie', MOLLIE_API_KEY: apiKey, MOLLIE_API_URL: fake.base };
});
after(async () => { await fake.close(); });

/** A unilateral case paid at Mollie, then withdrawn by the declarant before service. */
async function paidThenWithdrawn(person: string) {
  const caseId = await unilateralCase(env.app, person);
  const checkout = await startPayment(env.app, { caseId, person });
  const id = checkout.split('/').at(-1) ?? '';
  assert.match(id, /^tr_/);
  fake.setStatus(id, 'paid');
  assert.equal(await fake.callWebhook(id), 200);
  await settle(env.app);
  await env.app.engine.execute({ type: 'Withdraw', caseId,
    actor: { role: 'declarant', id: person }, channel: 'online' });
  await settle(env.app);
  return { caseId, id };
}

async function followUps(caseId: string) {
  const events = await readEvents<CaseEvent>(env.app.db, caseId);
  return events.filter((e) => e.type === 'FollowUpRaised') as
    (CaseEvent & { topic: string; assignee: string; reason?: string })[];
}

describe('a refund that fails at Mollie', () => {
  test('refused when asked: one follow-up task with a reason, no retry, nothing refunded', async () => {
    fake.refuseRefunds('Insufficient balance to refund this payment');
    try {
      const { caseId, id } = await paidThenWithdrawn(JAN);
      await settle(env.app);
      const raised = await followUps(caseId);
      assert.equal(raised.length, 1, JSON.stringify(raised));
      assert.equal(raised[0]?.topic, 'other');
      assert.equal(raised[0]?.assignee, 'municipality');
      assert.match(raised[0]?.reason ?? '', /refund of EUR 275\.00 .*failed.*pay it back/);
      assert.ok(!(raised[0]?.reason ?? '').includes(JAN), 'no national number in the reason');
      const state = (await env.app.engine.load(caseId))?.state;
      assert.equal(state?.followUps.filter((f) => f.resolvedAt === null).length, 1);
      assert.equal(count(await eventTypes(env.app, caseId), 'PaymentRefunded'), 0);
      assert.equal([...fake.refunds.values()].filter((r) => r.paymentId === id).length, 0);
      const [row] = await paymentRows(env.app, caseId);
      assert.equal(row?.status, 'paid');
      const incidents = await env.app.db.selectFrom('outbox').select('status')
        .where('case_id', '=', caseId).where('status', 'in', ['incident', 'pending']).execute();
      assert.deepEqual(incidents, [], 'the refund job ended; no retry, no incident');
    } finally {
      fake.refuseRefunds(null);
    }
  });

  test('failed after it was asked: one follow-up task, the payment is paid again', async () => {
    const { caseId, id } = await paidThenWithdrawn(MATS);
    const refund = [...fake.refunds.values()].find((r) => r.paymentId === id);
    assert.equal(refund?.status, 'pending');
    assert.equal((await paymentRows(env.app, caseId))[0]?.status, 'refund_pending');
    fake.failRefund(refund.id);
    assert.equal(await fake.callWebhook(id), 200);
    assert.equal(await fake.callWebhook(id), 200); // delivered twice: still one task
    await settle(env.app);
    const raised = await followUps(caseId);
    assert.equal(raised.length, 1, JSON.stringify(raised));
    assert.equal(raised[0]?.topic, 'other');
    assert.match(raised[0]?.reason ?? '', /refund of EUR \d+\.\d{2} .*failed/);
    assert.equal(count(await eventTypes(env.app, caseId), 'PaymentRefunded'), 0);
    const [row] = await paymentRows(env.app, caseId);
    assert.equal(row?.status, 'paid');
    assert.equal(row?.refund_id, null);
  });
});
