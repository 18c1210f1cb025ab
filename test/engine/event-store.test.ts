import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { appendEvents, readEvents, verifyChain } from '../../src/engine/event-store.ts';
import { EngineError } from '../../src/engine/errors.ts';
import { GENESIS_HASH, canonicalJson } from '../../src/engine/hash-chain.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

let t: TestDatabase;
before(async () => { t = await createTestDatabase(); });
after(async () => { await t.close(); });

const start = { version: 0, lastHash: GENESIS_HASH };
const event = (type: string, n: number) => ({ type, at: `2026-03-0${n}T10:00:00.000Z`, n });

async function caseWithEvents(count: number): Promise<string> {
  const caseId = randomUUID();
  const events = Array.from({ length: count }, (_, i) => event(`E${i + 1}`, i + 1));
  await t.db.transaction().execute((trx) => appendEvents(trx, caseId, start, events));
  return caseId;
}

test('appended events come back in order and the chain verifies', async () => {
  const caseId = await caseWithEvents(3);
  const events = await readEvents<{ type: string }>(t.db, caseId);
  assert.deepEqual(events.map((e) => e.type), ['E1', 'E2', 'E3']);
  const check = await verifyChain(t.db, caseId);
  assert.equal(check.ok, true);
  assert.equal(check.ok && check.events, 3);
});

test('two writers on the same version: one wins, the other gets a conflict', async () => {
  const caseId = await caseWithEvents(1);
  const [head] = await t.db.selectFrom('case_event').select('hash')
    .where('case_id', '=', caseId).execute();
  const afterFirst = { version: 1, lastHash: head?.hash ?? '' };
  const write = (type: string) => t.db.transaction()
    .execute((trx) => appendEvents(trx, caseId, afterFirst, [event(type, 2)]));
  const results = await Promise.allSettled([write('A'), write('B')]);
  const rejected = results.filter((r) => r.status === 'rejected');
  assert.equal(rejected.length, 1);
  const reason = (rejected[0] as PromiseRejectedResult).reason;
  assert.ok(reason instanceof EngineError && reason.code === 'version_conflict');
  assert.equal((await readEvents(t.db, caseId)).length, 2);
});

test('events cannot be changed or deleted', async () => {
  const caseId = await caseWithEvents(2);
  await assert.rejects(sql`update case_event set type = 'X' where case_id = ${caseId}`
    .execute(t.db), /append-only/);
  await assert.rejects(sql`delete from case_event where case_id = ${caseId}`.execute(t.db),
    /append-only/);
});

test('verifying a tampered chain says where it breaks', async () => {
  const caseId = await caseWithEvents(4);
  await t.db.transaction().execute(async (trx) => {
    await sql`alter table case_event disable trigger case_event_no_change`.execute(trx);
    await sql`update case_event set event = jsonb_set(event, '{n}', '9')
      where case_id = ${caseId} and version = 3`.execute(trx);
    await sql`alter table case_event enable trigger case_event_no_change`.execute(trx);
  });
  assert.deepEqual(await verifyChain(t.db, caseId), { ok: false, version: 3, problem: 'hash' });
});

test('a removed event shows as a gap', async () => {
  const caseId = await caseWithEvents(3);
  await t.db.transaction().execute(async (trx) => {
    await sql`alter table case_event disable trigger case_event_no_change`.execute(trx);
    await sql`delete from case_event where case_id = ${caseId} and version = 2`.execute(trx);
    await sql`alter table case_event enable trigger case_event_no_change`.execute(trx);
  });
  assert.deepEqual(await verifyChain(t.db, caseId),
    { ok: false, version: 2, problem: 'version_gap' });
});

test('canonical JSON does not depend on key order', () => {
  assert.equal(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } }),
    '{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}');
  assert.notEqual(canonicalJson({ a: 1 }), canonicalJson({ a: '1' }));
});
