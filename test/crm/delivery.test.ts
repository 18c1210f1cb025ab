import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { CrmSender, type CrmSenderOptions } from '../../src/adapters/case-tracking/crm-sender.ts';
import {
  cloudEventsContentType, statusChangedType,
} from '../../src/adapters/case-tracking/cloudevents.ts';
import { createCrm } from '../../src/app/crm-delivery.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { completedJointCase, deliveriesOf, testCrm, type Answer } from './support.ts';

let app: TestApp;
const secret = 'a-shared-secret-of-the-crm-link';

before(async () => {
  app = await createTestApp(undefined, {}, { CRM_SECRET: secret });
});
after(async () => {
  await app.close();
});

function sender(url: string, options: Partial<CrmSenderOptions> = {}) {
  return new CrmSender(app.db, app.clock, {
    url, secret, pollMs: 50, batch: 20, maxAttempts: 4, failedRetryMs: 30 * 60_000,
    leaseMs: 60_000, timeoutMs: 2000, ...options,
  }, createLogger(process.env.CRM_DEBUG ? 'warn' : 'silent'));
}

/** Passes of the sender with the clock moved on between them, until nothing is left. */
async function deliverAll(crm: CrmSender, stepMs = 61_000, passes = 60) {
  for (let i = 0; i < passes; i++) {
    await crm.runOnce();
    const left = await app.db.selectFrom('crm_delivery').select('id')
      .where('status', '<>', 'delivered').execute();
    if (left.length === 0) return i + 1;
    app.clock.advance(stepMs);
  }
  assert.fail('the queue did not empty');
}

test('a status change is queued as a CloudEvent without personal data', async () => {
  const caseId = await completedJointCase(app, 'gentA');
  const rows = await deliveriesOf(app, caseId);
  assert.deepEqual(rows.map((r) => r.case_status),
    ['draft', 'awaiting_partner', 'registering', 'completed']);
  assert.ok(rows.every((r) => r.status === 'pending' && r.municipality === '44021'));
  const reference = (await app.db.selectFrom('case_list').select('reference')
    .where('case_id', '=', caseId).executeTakeFirstOrThrow()).reference;
  const event = JSON.parse(rows[1]?.event ?? '{}') as Record<string, unknown>;
  assert.equal(event['specversion'], '1.0');
  assert.equal(event['type'], statusChangedType);
  assert.equal(event['subject'], reference);
  assert.equal(event['id'], rows[1]?.event_id);
  assert.equal(event['sequence'], String(rows[1]?.sequence));
  assert.match(String(event['source']), /\/municipalities\/44021$/);
  assert.equal(event['datacontenttype'], 'application/json');
  const data = event['data'] as Record<string, unknown>;
  assert.deepEqual(data['status'], { code: 'awaiting_partner', open: true });
  assert.deepEqual(data['actionNeeded'], { by: 'partner', action: 'answer_declaration' });
  const state = (await app.engine.load(caseId))?.state;
  assert.ok(state);
  for (const row of rows) {
    assert.ok(!row.event.includes(state.declarant), 'no national number of the declarant');
    assert.ok(!row.event.includes(state.partner), 'no national number of the partner');
    assert.ok(!/nationalNumber|actors/.test(row.event));
  }
  await app.worker.drain();
  assert.equal((await deliveriesOf(app, caseId)).length, 4, 'once per change');
});

test('a CRM that fails its first calls (500s, a time-out, a dropped connection) still gets every '
  + 'change of several cases exactly once, in order per case, signed', async () => {
  const plan: Answer[] = [500, 'hang', 'drop', 503, 500, 'drop', 'hang', 500];
  const crm = await testCrm(secret, plan, () => app.clock.now());
  try {
    const cases = [await completedJointCase(app, 'gentB'), await completedJointCase(app, 'namur')];
    const gentA = (await app.db.selectFrom('case_list').select('case_id')
      .where('municipality', '=', '44021').where('case_id', 'not in', cases).executeTakeFirst());
    if (gentA) cases.push(gentA.case_id);
    await deliverAll(sender(crm.url));

    assert.ok(crm.calls.some((c) => c.answer === 'hang'), 'a call timed out');
    assert.ok(crm.calls.some((c) => c.answer === 'drop'), 'a connection was dropped');
    assert.ok(crm.calls.every((c) => c.signatureValid), 'every call is signed validly');
    assert.ok(crm.calls.every((c) => c.contentType === cloudEventsContentType));
    const ids = crm.accepted.map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length, 'each event id accepted once');
    const queued = await app.db.selectFrom('crm_delivery').select(['event_id', 'status'])
      .execute();
    assert.deepEqual(new Set(ids), new Set(queued.map((q) => q.event_id)), 'every change');
    assert.ok(queued.every((q) => q.status === 'delivered'));
    for (const caseId of cases) {
      const tried = crm.calls.filter((c) => c.caseId === caseId).map((c) => c.sequence);
      assert.deepEqual(tried, [...tried].sort((a, b) => a - b),
        'a later change is never sent before an earlier one');
      const got = crm.accepted.filter((e) => e.data.caseId === caseId)
        .map((e) => e.data.status.code);
      assert.deepEqual(got, ['draft', 'awaiting_partner', 'registering', 'completed']);
    }
    const retried = await app.db.selectFrom('crm_delivery').select('attempts')
      .where('attempts', '>', 1).execute();
    assert.ok(retried.length > 0, 'some changes needed several tries');
  } finally {
    await crm.close();
  }
});

test('a case whose change is refused does not hold up the other cases', async () => {
  await requeueAll();
  const [stuck] = await app.db.selectFrom('crm_delivery').select('case_id')
    .orderBy('id').limit(1).execute();
  assert.ok(stuck);
  const crm = await testCrm(secret, [], () => app.clock.now(),
    (event) => (event.data.caseId === stuck.case_id ? 500 : undefined));
  try {
    const crmSender = sender(crm.url);
    for (let i = 0; i < 8; i++) {
      await crmSender.runOnce();
      app.clock.advance(61_000);
    }
    const rows = await app.db.selectFrom('crm_delivery').selectAll().orderBy('sequence').execute();
    assert.ok(rows.filter((r) => r.case_id !== stuck.case_id)
      .every((r) => r.status === 'delivered'), 'the other cases went on');
    const own = rows.filter((r) => r.case_id === stuck.case_id);
    assert.equal(own[0]?.status, 'failed', 'its first change failed (after 4 tries)');
    assert.equal(own[0]?.last_error, 'HTTP 500');
    assert.ok(own.slice(1).every((r) => r.status === 'pending' && r.attempts === 0),
      'its later changes wait, untried');
    assert.deepEqual([...new Set(crm.calls.filter((c) => c.caseId === stuck.case_id)
      .map((c) => c.sequence))], [own[0]?.sequence]);
  } finally {
    await crm.close();
  }
});

test('a CRM that refuses the signature gets nothing accepted; after many tries the change shows '
  + 'as failed and is still tried at the longest pause', async () => {
  await requeueAll();
  const crm = await testCrm('another-secret-than-ours-entirely', [], () => app.clock.now());
  try {
    const crmSender = sender(crm.url, { maxAttempts: 3 });
    const first = async () => (await app.db.selectFrom('crm_delivery').selectAll()
      .orderBy('id').limit(1).executeTakeFirstOrThrow());
    const firstId = (await first()).id;
    const tries = () => crm.calls.filter((c) => c.answer === 401).length;
    for (let i = 0; i < 3; i++) {
      await crmSender.runOnce();
      app.clock.advance(10 * 60_000);
    }
    let row = await first();
    assert.equal(row.id, firstId);
    assert.equal(row.status, 'failed');
    assert.equal(row.attempts, 3);
    assert.equal(row.last_error, 'HTTP 401');
    assert.ok(crm.calls.length > 0 && crm.calls.every((c) => !c.signatureValid));
    assert.equal(crm.accepted.length, 0);
    const before = tries();
    app.clock.advance(20 * 60_000);
    await crmSender.runOnce();
    row = await first();
    assert.equal(row.attempts, 4, 'tried again after the longest pause');
    assert.equal(row.status, 'failed');
    assert.equal(new Date(row.next_attempt_at).getTime(),
      app.clock.now().getTime() + 30 * 60_000);
    assert.ok(tries() > before);
    app.clock.advance(29 * 60_000);
    const seen = crm.calls.length;
    await crmSender.runOnce();
    assert.equal(crm.calls.length, seen, 'not before the longest pause');
  } finally {
    await crm.close();
  }
});

test('the CRM sender of the service takes its tries and its pause after failing from the configuration', async () => {
  await requeueAll();
  const crm = await testCrm('another-secret-than-ours-entirely', [], () => app.clock.now());
  const service = createCrm(loadConfig({ CRM_URL: crm.url, CRM_SECRET: secret,
    CRM_FAILED_AFTER_ATTEMPTS: '2', CRM_FAILED_RETRY_MINUTES: '7' }), app.db, app.clock,
  createLogger('silent'));
  try {
    const first = async () => (await app.db.selectFrom('crm_delivery').selectAll()
      .orderBy('id').limit(1).executeTakeFirstOrThrow());
    await service.sender.runOnce();
    assert.equal((await first()).status, 'pending', 'one try: not failed yet');
    app.clock.advance(10 * 60_000);
    await service.sender.runOnce();
    const row = await first();
    assert.equal(row.attempts, 2);
    assert.equal(row.status, 'failed', 'failed after the two configured tries');
    assert.equal(new Date(row.next_attempt_at).getTime(), app.clock.now().getTime() + 7 * 60_000);
  } finally {
    await crm.close();
  }
});

/** Every queued change owed again, as if none had gone out yet. */
async function requeueAll() {
  await app.db.updateTable('crm_delivery').set({ status: 'pending', attempts: 0,
    delivered_at: null, last_error: null, next_attempt_at: app.clock.now() }).execute();
}

test('a change waits while an earlier status change of its case is still in the outbox', async () => {
  await requeueAll();
  const [row] = await app.db.selectFrom('crm_delivery').select('case_id').orderBy('id').limit(1)
    .execute();
  assert.ok(row);
  const caseId = row.case_id;
  await app.db.updateTable('crm_delivery').set({ status: 'delivered' })
    .where('case_id', '<>', caseId).execute();
  // As if the job publishing the second change had not run yet (it failed once, say).
  const second = (await deliveriesOf(app, caseId))[1];
  assert.ok(second);
  await app.db.deleteFrom('crm_delivery').where('id', '=', second.id).execute();
  await app.db.updateTable('outbox').set({ status: 'pending', run_at: app.clock.now() })
    .where('case_id', '=', caseId).where('kind', '=', 'publish_status')
    .where('idempotency_key', '=', second.event_id).execute();
  const crm = await testCrm(secret, [], () => app.clock.now());
  try {
    const crmSender = sender(crm.url);
    await crmSender.drain();
    assert.deepEqual(crm.calls.map((c) => c.sequence), [1], 'only the change before the gap');
    await app.worker.drain();
    await crmSender.drain();
    const sequences = (await deliveriesOf(app, caseId)).map((r) => r.sequence);
    assert.equal(sequences.length, 4);
    assert.deepEqual(crm.calls.map((c) => c.sequence), sequences, 'then all, in order');
  } finally {
    await crm.close();
  }
});
