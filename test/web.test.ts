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

test('readiness says not ready when the database is gone', async () => {
  const other = await createTestApp();
  const otherServer = await buildServer(other);
  await other.close();
  const ready = await otherServer.inject({ method: 'GET', url: '/health/ready' });
  assert.equal(ready.statusCode, 503);
  await otherServer.close();
});
