import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { SimulatedClock } from '../../src/engine/clock.ts';
import { Worker, backoffMs, type JobHandler } from '../../src/engine/worker.ts';
import { createLogger } from '../../src/log.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

let t: TestDatabase;
const log = createLogger('silent');
const clock = new SimulatedClock('2026-05-04T08:00:00Z');
const options = { pollMs: 20, batch: 10, maxAttempts: 3 };

before(async () => {
  t = await createTestDatabase();
  await sql`create table side_effect (key text not null, at timestamptz not null)`.execute(t.db);
});
after(async () => { await t.close(); });
beforeEach(async () => {
  await sql`delete from side_effect`.execute(t.db);
  await sql`delete from outbox`.execute(t.db);
});

const record: JobHandler = async (job, { trx, now }) => {
  await sql`insert into side_effect (key, at) values (${job.idempotencyKey}, ${now})`.execute(trx);
};

async function enqueue(kind: string, key: string, runAt = clock.now()) {
  await t.db.insertInto('outbox').values({
    case_id: null, kind, payload: JSON.stringify({}), idempotency_key: key, run_at: runAt,
  }).execute();
}

const noDeadlines = async () => { throw new Error('no deadlines in this test'); };

async function effects(): Promise<string[]> {
  const rows = await sql<{ key: string }>`select key from side_effect order by key`.execute(t.db);
  return rows.rows.map((r) => r.key);
}

test('a due row runs once and is marked done; a future row waits', async () => {
  await enqueue('record', 'a');
  await enqueue('record', 'later', new Date(clock.now().getTime() + 60_000));
  const worker = new Worker(t.db, clock, { record }, noDeadlines, options, log);
  assert.equal(await worker.drain(), 1);
  assert.deepEqual(await effects(), ['a']);
  const row = await t.db.selectFrom('outbox').selectAll().where('idempotency_key', '=', 'a')
    .executeTakeFirstOrThrow();
  assert.equal(row.status, 'done');
  assert.equal(row.attempts, 1);
  assert.equal(await worker.drain(), 0, 'nothing runs twice');
});

test('a failing handler leaves no writes, is retried with back-off, then becomes an incident',
  async () => {
    let calls = 0;
    const flaky: JobHandler = async (job, context) => {
      calls += 1;
      await record(job, context);
      throw new Error('gateway refused');
    };
    await enqueue('flaky', 'f');
    const worker = new Worker(t.db, clock, { flaky }, noDeadlines, options, log);
    await worker.runOnce();
    let row = await t.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    assert.equal(row.status, 'pending');
    assert.equal(row.attempts, 1);
    assert.match(row.last_error ?? '', /gateway refused/);
    assert.equal(row.run_at.getTime(), clock.now().getTime() + backoffMs(1));
    assert.equal(await worker.runOnce(), 0, 'not before its back-off');
    for (let i = 0; i < 5; i++) {
      clock.advance(60 * 60 * 1000);
      await worker.runOnce();
    }
    row = await t.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    assert.equal(row.status, 'incident');
    assert.equal(row.attempts, options.maxAttempts);
    assert.equal(calls, options.maxAttempts);
    assert.deepEqual(await effects(), [], 'the failed tries wrote nothing');
  });

test('a row without a handler becomes an incident rather than vanishing', async () => {
  await enqueue('unknown_kind', 'u');
  const worker = new Worker(t.db, clock, {}, noDeadlines, { ...options, maxAttempts: 1 }, log);
  await worker.runOnce();
  const row = await t.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
  assert.equal(row.status, 'incident');
  assert.match(row.last_error ?? '', /No handler/);
});

test('the running worker picks up new work by itself', async () => {
  const worker = new Worker(t.db, clock, { record }, noDeadlines, options, log);
  worker.start();
  try {
    await enqueue('record', 'live');
    worker.wake();
    for (let i = 0; i < 100 && (await effects()).length === 0; i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
    assert.deepEqual(await effects(), ['live']);
  } finally {
    await worker.stop();
  }
});
