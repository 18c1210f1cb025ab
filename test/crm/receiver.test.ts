import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { CrmSender } from '../../src/adapters/case-tracking/crm-sender.ts';
import { signWebhook } from '../../src/adapters/case-tracking/standard-webhooks.ts';
import { createLogger } from '../../src/log.ts';
import { serverFor, type Server } from '../web/support.ts';
import { signedInStaff } from '../office/support.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { completedJointCase } from './support.ts';

let app: TestApp;
let server: Server;
let receiverUrl = '';
const cases: Record<'gent' | 'namur', { caseId: string; reference: string }> = {
  gent: { caseId: '', reference: '' }, namur: { caseId: '', reference: '' },
};

before(async () => {
  app = await createTestApp();
  server = await serverFor(app, 'test');
  await server.listen({ host: '127.0.0.1', port: 0 });
  const address = server.server.address();
  receiverUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
    + '/crm/events';
  for (const [town, couple] of [['gent', 'gentA'], ['namur', 'namur']] as const) {
    const caseId = await completedJointCase(app, couple);
    const listed = await app.db.selectFrom('case_list').select('reference')
      .where('case_id', '=', caseId).executeTakeFirstOrThrow();
    cases[town] = { caseId, reference: listed.reference };
  }
});
after(async () => {
  await server.close();
  await app.close();
});

function sender() {
  return new CrmSender(app.db, app.clock, {
    url: receiverUrl, secret: app.crm.secret, pollMs: 50, batch: 20, maxAttempts: 4,
    failedRetryMs: 30 * 60_000, leaseMs: 60_000, timeoutMs: 5000,
  }, createLogger('silent'));
}

/** A signed call to the embedded receiver, as a CRM sender would make it. */
function call(body: string, options: { id?: string; secret?: string; at?: Date;
  contentType?: string; headers?: Record<string, string> } = {}) {
  const id = options.id ?? (JSON.parse(body) as { id: string }).id;
  const signed = signWebhook(id, body, options.at ?? app.clock.now(),
    options.secret ?? app.crm.secret);
  return server.inject({ method: 'POST', url: '/crm/events', payload: body,
    headers: { 'content-type': options.contentType ?? 'application/cloudevents+json',
      ...(options.headers ?? signed) } });
}

function forgedEvent(id: string) {
  return JSON.stringify({ specversion: '1.0', id, source: 'https://forger.example/',
    type: 'be.beeindiging-wettelijke-samenwoning.case.status_changed', subject: 'X',
    data: { municipality: '44021', status: { code: 'completed', open: false } } });
}

test('without CRM_URL, changes go to the embedded receiver, which keeps each event once', async () => {
  assert.equal(app.crm.embedded, true);
  assert.equal(app.crm.url, `${app.config.publicUrl.replace(/\/$/, '')}/crm/events`);
  await sender().drain();
  const received = await app.db.selectFrom('crm_received_event').selectAll()
    .orderBy('id').execute();
  assert.equal(received.length, 8);
  assert.deepEqual(received.filter((r) => r.subject === cases.gent.reference)
    .map((r) => r.case_status), ['draft', 'awaiting_partner', 'registering', 'completed']);
  assert.ok(received.every((r) => r.times_received === 1));
  assert.deepEqual(new Set(received.map((r) => r.municipality)), new Set(['44021', '92094']));
  const queue = await app.db.selectFrom('crm_delivery').select('status').execute();
  assert.ok(queue.every((row) => row.status === 'delivered'));

  // The same events again (a sender that missed the answers): taken, not stored twice.
  await app.db.updateTable('crm_delivery').set({ status: 'pending',
    next_attempt_at: app.clock.now() }).execute();
  await sender().drain();
  const again = await app.db.selectFrom('crm_received_event').selectAll().execute();
  assert.equal(again.length, 8);
  assert.ok(again.every((r) => r.times_received === 2));
});

test('the embedded receiver refuses a forged signature and a stale timestamp (401)', async () => {
  const count = async () => Number((await app.db.selectFrom('crm_received_event')
    .select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const before = await count();
  const body = forgedEvent('forged-1');

  const forged = await call(body, { secret: 'not-the-secret-of-this-link' });
  assert.equal(forged.statusCode, 401);
  assert.equal(forged.json<{ error: string }>().error, 'bad_signature');

  const genuine = await call(body, { headers: {
    ...signWebhook('forged-1', body, app.clock.now(), app.crm.secret) } });
  assert.equal(genuine.statusCode, 200, 'the same body, rightly signed, is taken');
  const changed = body.replace('completed', 'withdrawn');
  const replayed = await call(changed, { headers: {
    ...signWebhook('forged-1', body, app.clock.now(), app.crm.secret) } });
  assert.equal(replayed.statusCode, 401, 'a changed body does not match its signature');

  const stale = await call(forgedEvent('stale-1'),
    { at: new Date(app.clock.now().getTime() - 6 * 60_000) });
  assert.equal(stale.statusCode, 401);
  assert.equal(stale.json<{ error: string }>().error, 'stale_timestamp');
  const future = await call(forgedEvent('future-1'),
    { at: new Date(app.clock.now().getTime() + 6 * 60_000) });
  assert.equal(future.statusCode, 401);

  const unsigned = await server.inject({ method: 'POST', url: '/crm/events',
    payload: forgedEvent('unsigned-1'), headers: { 'content-type': 'application/cloudevents+json' } });
  assert.equal(unsigned.statusCode, 401);
  const otherId = await call(forgedEvent('id-a'), { id: 'id-b' });
  assert.equal(otherId.statusCode, 400, 'the header id must be the event id');
  const plain = await call(forgedEvent('plain-1'), { contentType: 'text/plain' });
  assert.ok([400, 415].includes(plain.statusCode));

  assert.equal(await count(), before + 1, 'only the rightly signed event was stored');
  await app.db.deleteFrom('crm_received_event').where('event_id', '=', 'forged-1').execute();
});

test('the CRM page shows civil affairs only their own municipality\'s events and queue', async () => {
  const gent = await signedInStaff(server, 'gent', 'civil_affairs', '/office/crm');
  const page = await gent.get('/office/crm');
  assert.equal(page.statusCode, 200);
  assert.ok(page.body.includes(cases.gent.reference));
  assert.ok(!page.body.includes(cases.namur.reference), 'no event of Namur');
  assert.ok(page.body.includes(`${cases.gent.caseId}:1:status`), 'the event ids');
  assert.ok(!page.body.includes(cases.namur.caseId));
  assert.match(page.body, /<caption>[^<]+<\/caption>/);

  const namur = await signedInStaff(server, 'namur', 'administrator', '/office/crm');
  const other = await namur.get('/office/crm');
  assert.equal(other.statusCode, 200);
  assert.ok(other.body.includes(cases.namur.reference));
  assert.ok(!other.body.includes(cases.gent.reference), 'no event of Gent');
});

test('the CRM page shows a change that keeps failing', async () => {
  await app.db.updateTable('crm_delivery').set({ status: 'failed', attempts: 12,
    last_error: 'HTTP 503', next_attempt_at: app.clock.now() })
    .where('case_id', '=', cases.gent.caseId).where('sequence', '=', 6).execute();
  const gent = await signedInStaff(server, 'gent', 'administrator', '/office/crm');
  const page = await gent.get('/office/crm');
  assert.equal(page.statusCode, 200);
  assert.ok(page.body.includes('HTTP 503'));
  assert.ok(page.body.includes('crm-failed'));
  assert.ok(page.body.includes('role="status"'));
});

test('counter staff and registrars are refused the CRM page (403)', async () => {
  for (const role of ['counter', 'registrar'] as const) {
    const browser = await signedInStaff(server, 'gent', role, '/office');
    const page = await browser.get('/office/crm');
    assert.equal(page.statusCode, 403, role);
    assert.ok(!page.body.includes(cases.gent.reference));
  }
});
