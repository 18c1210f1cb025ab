import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recordCounterPayment } from '../../src/app/record-counter-payment.ts';
import { settle, unilateralCase, withListeningApp, type PaymentApp } from './support.ts';

let env: PaymentApp;
withListeningApp((opened) => { env = opened; });

const MATS = '03021492126';
const KARIM = '90080892109';
const staff = { role: 'counter' as const, id: 'counter-antwerpen-1' };

async function paid(caseId: string): Promise<string | undefined> {
  const amount = (await env.app.engine.load(caseId))?.state.payment?.amountCents ?? 0;
  await recordCounterPayment(env.app, { caseId, staff, amountCents: amount });
  await settle(env.app);
  return (await env.app.engine.load(caseId))?.state.bailiff?.id;
}

test('on payment a bailiff of the district is engaged in turn, skipping the unavailable', async () => {
  await env.app.db.updateTable('bailiff').set({ available: false })
    .where('id', '=', 'bailiff-ant-2').execute();
  const first = await unilateralCase(env.app, MATS);
  const second = await unilateralCase(env.app, KARIM);
  assert.equal(await paid(first), 'bailiff-ant-1');
  env.app.clock.advance(60_000);
  assert.equal(await paid(second), 'bailiff-ant-3', 'ant-2 is unavailable');
  env.app.clock.advance(60_000);
  // ant-3 declines: the next in turn is ant-1 again (engaged longest ago), never ant-2.
  await env.app.engine.execute({ type: 'DeclineAssignment', caseId: second,
    actor: { role: 'bailiff', id: 'bailiff-ant-3' }, channel: 'bailiff',
    reason: 'Conflict of interest' });
  await settle(env.app);
  assert.equal((await env.app.engine.load(second))?.state.bailiff?.id, 'bailiff-ant-1');
  const engaged = await env.app.db.selectFrom('bailiff').select(['id', 'last_engaged_at'])
    .where('last_engaged_at', 'is not', null).orderBy('id').execute();
  assert.deepEqual(engaged.map((b) => b.id), ['bailiff-ant-1', 'bailiff-ant-3']);
});
