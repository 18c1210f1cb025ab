import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildServer } from '../src/web/server.ts';
import { createTestApp, type TestApp } from './support/app.ts';

let app: TestApp;
let server: Awaited<ReturnType<typeof buildServer>>;
before(async () => {
  app = await createTestApp();
  server = await buildServer(app);
});
after(async () => {
  await server.close();
  await app.close();
});

test('liveness and readiness answer, readiness with the database kind', async () => {
  const live = await server.inject({ method: 'GET', url: '/health/live' });
  assert.equal(live.statusCode, 200);
  const ready = await server.inject({ method: 'GET', url: '/health/ready' });
  assert.equal(ready.statusCode, 200);
  assert.equal(ready.json().database, app.databaseKind);
});

test('metrics are in Prometheus text format with the outbox per status', async () => {
  await app.db.insertInto('outbox').values({ case_id: null, kind: 'notify',
    payload: JSON.stringify({}), idempotency_key: 'metrics-1', run_at: new Date(),
    status: 'incident' }).execute();
  const response = await server.inject({ method: 'GET', url: '/metrics' });
  assert.equal(response.statusCode, 200);
  assert.match(String(response.headers['content-type']), /^text\/plain/);
  assert.match(response.body, /^cohabitation_outbox_rows\{status="incident"\} 1$/m);
});

test('metrics count e-mail and SMS deliveries per status', async () => {
  const now = new Date();
  const message = await app.db.insertInto('message').values({
    case_id: '00000000-0000-4000-8000-000000000001', recipient: 'declarant', template: 'case_started',
    idempotency_key: 'metrics-message', created_at: now, person_id: 'x' }).returning('id')
    .executeTakeFirstOrThrow();
  await app.db.insertInto('delivery').values({ message_id: Number(message.id), channel: 'email',
    address: 'someone@example.be', language: 'nl', status: 'failed', next_attempt_at: now,
    created_at: now, updated_at: now }).execute();
  const response = await server.inject({ method: 'GET', url: '/metrics' });
  assert.match(response.body, /^cohabitation_deliveries\{status="failed"\} 1$/m);
});

test('readiness says not ready when the database is gone', async () => {
  const other = await createTestApp();
  const otherServer = await buildServer(other);
  await other.close();
  const ready = await otherServer.inject({ method: 'GET', url: '/health/ready' });
  assert.equal(ready.statusCode, 503);
  await otherServer.close();
});
