import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { addSyntheticCouples } from '../../src/adapters/register-simulator/synthetic.ts';
import { createApp } from '../../src/app/app.ts';
import { startCase } from '../../src/app/start-case.ts';
import { loadConfig } from '../../src/config.ts';
import { readEvents } from '../../src/engine/event-store.ts';
import { createLogger } from '../../src/log.ts';
import { SimulatedClock, type Clock } from '../../src/engine/clock.ts';
import type { CaseEvent } from '../../src/process/index.ts';
import { usingServer } from '../support/database.ts';
import { sharedDatabase, spawnEngine, type SharedDatabase } from '../support/processes.ts';

async function openShared(shared: SharedDatabase, clock?: Clock) {
  const config = loadConfig({ ...process.env, ...shared.env, SEED_DEMO: 'auto', NODE_ENV: 'test' });
  return createApp(config, { log: createLogger('silent'), ...(clock ? { clock } : {}) });
}

const JOBS = 400;
const CASES = 30;

/** Cases that started 30 days ago and wait for the partner: all their deadlines are due. */
async function prepare(shared: SharedDatabase): Promise<string[]> {
  const app = await openShared(shared, new SimulatedClock(new Date(Date.now() - 30 * 86_400_000)));
  try {
    await sql`create table counted_effect (key text not null, pid int not null)`.execute(app.db);
    const couples = await addSyntheticCouples(app.db, {
      count: CASES, municipality: '44021', postalCode: '9000', city: 'Gent' });
    const caseIds: string[] = [];
    for (const [declarant] of couples) {
      const started = await startCase(app.db, app.engine, app.registerFor, {
        declarant, path: 'joint', channel: 'online', actor: { role: 'declarant', id: declarant } });
      await app.engine.execute({ caseId: started.caseId, type: 'SignDeclaration',
        channel: 'online', actor: { role: 'declarant', id: declarant } });
      caseIds.push(started.caseId);
    }
    await app.worker.drain();
    return caseIds;
  } finally {
    await app.close();
  }
}

if (usingServer) {
  test('two worker processes on one server never run the same outbox row or deadline',
    { timeout: 240_000 }, async () => {
      const shared = await sharedDatabase();
      try {
        const caseIds = await prepare(shared);
        const env = { ...shared.env, WORKER_BATCH: '4' };
        const workers = [spawnEngine(['work'], env), spawnEngine(['work'], env)];
        await Promise.all(workers.map((w) => w.waitFor(/^working$/)));
        const app = await openShared(shared);
        try {
          await app.db.insertInto('outbox').values(Array.from({ length: JOBS }, (_, i) => ({
            case_id: null, kind: 'count', payload: JSON.stringify({}),
            idempotency_key: `count-${i}`, run_at: new Date(),
          }))).execute();
          await waitUntilDone(app.db);
          workers.forEach((w) => w.process.kill('SIGTERM'));
          await Promise.all(workers.map((w) => w.exited));
          const counted = await sql<{ total: number; keys: number; pids: number }>`
            select count(*)::int as total, count(distinct key)::int as keys,
              count(distinct pid)::int as pids from counted_effect`.execute(app.db);
          assert.equal(counted.rows[0]?.keys, JOBS, 'every job ran');
          assert.equal(counted.rows[0]?.total, JOBS, 'no job ran twice');
          assert.equal(counted.rows[0]?.pids, 2,
            `both workers took part: ${workers.map((w) => w.stderr()).join('\n')}`);
          for (const caseId of caseIds) {
            const events = await readEvents<CaseEvent>(app.db, caseId);
            const types = events.map((e) => e.type);
            assert.equal(types.filter((t) => t === 'PartnerReminded').length, 2, caseId);
            assert.equal(types.filter((t) => t === 'PartnerDeadlinePassed').length, 1, caseId);
          }
        } finally {
          await app.close();
        }
      } finally {
        await shared.drop();
      }
    });
}

async function waitUntilDone(db: Awaited<ReturnType<typeof openShared>>['db']) {
  for (let i = 0; i < 600; i++) {
    const left = await sql<{ n: number }>`select
      (select count(*)::int from outbox where status = 'pending')
      + (select count(*)::int from deadline where status = 'pending' and due_at <= now()) as n`
      .execute(db);
    if (left.rows[0]?.n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The workers did not finish in time.');
}
