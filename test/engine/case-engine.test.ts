import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { demoPeople } from '../../src/adapters/register-simulator/demo-people.ts';
import { addSyntheticCouples } from '../../src/adapters/register-simulator/synthetic.ts';
import { startCase } from '../../src/app/start-case.ts';
import { CaseEngine } from '../../src/engine/case-engine.ts';
import { EngineError } from '../../src/engine/errors.ts';
import { createLogger } from '../../src/log.ts';
import { readEvents, verifyChain } from '../../src/engine/event-store.ts';
import {
  ProcessError, type Actor, type CaseCommand, type CaseEvent,
} from '../../src/process/index.ts';
import { advanceBy, days } from '../../src/demo/simulation.ts';
import type { TrackingRecord } from '../../src/app/case-tracking.ts';
import { createTestApp, type TestApp } from '../support/app.ts';

let app: TestApp;
before(async () => { app = await createTestApp(); });
after(async () => { await app.close(); });

function person(label: string): string {
  const found = demoPeople.find((p) => p.label.startsWith(label));
  assert.ok(found, label);
  return found.nationalNumber;
}

const citizen = (id: string, role: 'declarant' | 'partner' = 'declarant'): Actor => ({ role, id });
const starter = (id: string) => ({ role: 'declarant' as const, id });

async function act(caseId: string, actor: Actor, command: Record<string, unknown>) {
  const result = await app.engine.execute(
    { caseId, actor, channel: 'online', ...command } as unknown as CaseCommand);
  await app.worker.drain();
  return result;
}

async function start(declarant: string, path: 'joint' | 'unilateral' = 'joint') {
  const result = await startCase(app.db, app.engine, app.registerFor,
    { declarant, path, channel: 'online', actor: starter(declarant) });
  assert.equal(result.outcome, 'started');
  return result.caseId;
}

async function counts(caseId: string) {
  const events = (await readEvents(app.db, caseId)).length;
  const outbox = await app.db.selectFrom('outbox').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('case_id', '=', caseId).executeTakeFirstOrThrow();
  return { events, outbox: Number(outbox.n) };
}

test('a joint case runs to completion: register updated, read models and chain in line', async () => {
  const declarant = person('Gent: lives with his partner Els');
  const partner = person('Gent: lives with her partner Jan');
  const caseId = await start(declarant);
  await act(caseId, citizen(declarant), { type: 'SignDeclaration' });
  await advanceBy(app, app.clock, days(2));
  await act(caseId, citizen(partner, 'partner'), { type: 'SignAsPartner' });

  const state = (await app.engine.load(caseId))?.state;
  assert.equal(state?.status, 'completed');
  const cohabitation = await app.db.selectFrom('register_cohabitation').selectAll()
    .where('id', '=', state?.cohabitationId ?? '').executeTakeFirstOrThrow();
  assert.equal(cohabitation.status, 'ended');
  const list = await app.db.selectFrom('case_list').selectAll()
    .where('case_id', '=', caseId).executeTakeFirstOrThrow();
  assert.equal(list.status, 'completed');
  assert.match(list.reference, /^WS-2026-\d{6}$/);
  const people = await app.db.selectFrom('person_case').selectAll()
    .where('case_id', '=', caseId).orderBy('role').execute();
  assert.deepEqual(people.map((p) => [p.role, p.status]),
    [['declarant', 'completed'], ['partner', 'completed']]);
  const open = await app.db.selectFrom('open_case').selectAll()
    .where('case_id', '=', caseId).execute();
  assert.equal(open.length, 0, 'the cohabitation has no open case any more');
  const pending = await app.db.selectFrom('outbox').select('status')
    .where('case_id', '=', caseId).where('status', '!=', 'done').execute();
  assert.deepEqual(pending, [], 'every effect was carried out');
  assert.equal((await verifyChain(app.db, caseId)).ok, true);
  const certificates = await app.db.selectFrom('certificate').select('kind')
    .where('case_id', '=', caseId).orderBy('kind').execute();
  assert.deepEqual(certificates.map((c) => c.kind),
    ['declaration', 'household', 'receipt', 'termination']);
});

test('a command that does not fit the state gets a typed error and writes nothing', async () => {
  const declarant = person('Leuven: lives with his partner An');
  const caseId = await start(declarant);
  const before = await counts(caseId);
  await assert.rejects(
    app.engine.execute({ caseId, actor: citizen(declarant), channel: 'online',
      type: 'RecordService', serviceDate: '2026-03-03', place: 'Leuven', mode: 'in_person',
      deedReference: 'X' } as CaseCommand),
    (error: unknown) => error instanceof ProcessError && error.message.includes('draft')
      && error.message.includes('RecordService'));
  assert.deepEqual(await counts(caseId), before);
});

test('two writers on one version: one wins, the other gets a conflict, a retry succeeds',
  async () => {
    const declarant = person('Antwerpen: lives with his partner Lina');
    const caseId = await start(declarant);
    const version = (await app.engine.load(caseId))?.version ?? 0;
    const sign = () => app.engine.execute({ caseId, actor: citizen(declarant),
      channel: 'online', type: 'SignDeclaration' }, { expectedVersion: version });
    const results = await Promise.allSettled([sign(), sign()]);
    const failures = results.filter((r) => r.status === 'rejected')
      .map((r) => (r as PromiseRejectedResult).reason);
    assert.equal(failures.length, 1);
    assert.ok(failures[0] instanceof EngineError && failures[0].code === 'version_conflict');
    const current = (await app.engine.load(caseId))?.version ?? 0;
    const retry = await app.engine.execute({ caseId, actor: citizen(declarant), channel: 'online',
      type: 'Withdraw' }, { expectedVersion: current });
    assert.equal(retry.state.status, 'withdrawn');
  });

test('a command under a key already used is not carried out again', async () => {
  const declarant = person('Eupen: lives with his partner Greta');
  const caseId = await start(declarant);
  const command: CaseCommand = { caseId, actor: citizen(declarant), channel: 'online',
    type: 'SignDeclaration' };
  const first = await app.engine.execute(command, { idempotencyKey: 'click-1' });
  const second = await app.engine.execute(command, { idempotencyKey: 'click-1' });
  assert.equal(second.replayed, true);
  assert.equal(second.version, first.version);
  assert.equal((await readEvents(app.db, caseId)).length, first.version);
});

test('start rules: one open case per cohabitation; the partner joins it', async () => {
  const declarant = person('Namur: lives with his partner Marie');
  const partner = person('Namur: lives with her partner Jean');
  const caseId = await start(declarant);
  const again = startCase(app.db, app.engine, app.registerFor,
    { declarant, path: 'joint', channel: 'online', actor: starter(declarant) });
  await assert.rejects(again, (e: unknown) => e instanceof EngineError
    && e.code === 'case_already_open');
  const joined = await startCase(app.db, app.engine, app.registerFor,
    { declarant: partner, path: 'joint', channel: 'online', actor: starter(partner) });
  assert.deepEqual(joined, { outcome: 'joined', caseId });
});

test('start rules: no cohabitation, or one that ended, is refused with its reason', async () => {
  const single = person('Gent: never in a legal cohabitation');
  const ended = person('Leuven: cohabitation with Ilse ended');
  const married = person('Gent: married Sarah');
  for (const [nn, code] of [[single, 'no_cohabitation'], [ended, 'cohabitation_ended'],
    [married, 'cohabitation_ended']] as const) {
    await assert.rejects(startCase(app.db, app.engine, app.registerFor,
      { declarant: nn, path: 'joint', channel: 'online', actor: starter(nn) }),
    (e: unknown) => e instanceof EngineError && e.code === code, code);
    const reads = await app.db.selectFrom('register_read').select('purpose')
      .where('national_number', '=', nn).execute();
    assert.ok(reads.length > 0, 'the refused start\'s register read is logged (rule 6)');
  }
});

test('a malformed national number is refused before the register is asked', async () => {
  await assert.rejects(startCase(app.db, app.engine, app.registerFor, { declarant: '85073092114',
    path: 'joint', channel: 'online', actor: starter('85073092114') }), /national number/);
  const reads = await app.db.selectFrom('register_read').select('id')
    .where('national_number', '=', '85073092114').execute();
  assert.equal(reads.length, 0);
});

test('the competent municipality follows the law when the partners live apart', async () => {
  const declarant = person('Antwerpen: partner Lotte lives in Gent');
  const caseId = await start(declarant, 'unilateral');
  const state = (await app.engine.load(caseId))?.state;
  assert.equal(state?.municipality, '11002', 'unilateral: the declarant\'s municipality');
});

test('a death reported by the register closes the open case as lapsed (rule 8)', async () => {
  const declarant = person('Eupen: lives with her partner Hans');
  const partner = person('Eupen: lives with his partner Greta');
  const open = await app.db.selectFrom('person_case').select('case_id')
    .where('person_id', '=', declarant).executeTakeFirst();
  const caseId = open?.case_id ?? await start(declarant);
  const simulator = app.registerFor(app.db) as unknown as {
    recordDeath(nn: string, on: string): Promise<unknown>;
  };
  await simulator.recordDeath(partner, '2026-03-03');
  await app.worker.drain();
  const events = await readEvents<CaseEvent>(app.db, caseId);
  assert.equal((await app.engine.load(caseId))?.state.status, 'lapsed');
  assert.equal(events.filter((e) => e.type === 'Lapsed').length, 1);
});

test('automatic steps follow a commit at once, without waiting for the next poll', async () => {
  const slow = await createTestApp(undefined, {}, { WORKER_POLL_MS: '60000' });
  try {
    const declarant = person('Gent: lives with his partner Sofie');
    const partner = person('Gent: lives with her partner Pieter');
    const started = await startCase(slow.db, slow.engine, slow.registerFor,
      { declarant, path: 'joint', channel: 'online', actor: starter(declarant) });
    const caseId = started.caseId;
    await slow.engine.execute({ caseId, actor: citizen(declarant), channel: 'online',
      type: 'SignDeclaration' });
    slow.worker.start();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await slow.engine.execute({ caseId, actor: citizen(partner, 'partner'), channel: 'online',
      type: 'SignAsPartner' });
    let status = '';
    for (let i = 0; i < 100 && status !== 'completed'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      status = (await slow.engine.load(caseId))?.state.status ?? '';
    }
    assert.equal(status, 'completed', 'the commit woke the worker; its poll is a minute away');
  } finally {
    await slow.close();
  }
});

test('every status change is published through the case-tracking port, once', async () => {
  const declarant = person('Gent: lives with his partner Sofie');
  const partner = person('Gent: lives with her partner Pieter');
  const caseId = await start(declarant);
  await act(caseId, citizen(declarant), { type: 'SignDeclaration' });
  await act(caseId, citizen(partner, 'partner'), { type: 'SignAsPartner' });
  const rows = await app.db.selectFrom('case_tracking_publication').select(['record', 'version'])
    .where('case_id', '=', caseId).orderBy('version').execute();
  const records = rows.map((r) => r.record as unknown as TrackingRecord);
  assert.deepEqual(records.map((r) => r.status.code),
    ['draft', 'awaiting_partner', 'registering', 'completed']);
  assert.deepEqual(records[0]?.actionNeeded, { by: 'declarant', action: 'sign_declaration' });
  assert.deepEqual(records[1]?.actionNeeded, { by: 'partner', action: 'answer_declaration' });
  assert.equal(records[3]?.actionNeeded, null);
  assert.equal(records[3]?.status.open, false);
  const reference = await app.db.selectFrom('case_list').select('reference')
    .where('case_id', '=', caseId).executeTakeFirstOrThrow();
  assert.ok(records.every((r) => r.identifier === reference.reference));
  await app.worker.drain();
  const again = await app.db.selectFrom('case_tracking_publication').select('id')
    .where('case_id', '=', caseId).execute();
  assert.equal(again.length, 4, 'a drained worker publishes nothing twice');
});

test('a case another process moved on since this one wrote it is read again, not overwritten', async () => {
  const couples = await addSyntheticCouples(app.db,
    { count: 2, from: 900, municipality: '44021', postalCode: '9000', city: 'Gent' });
  const [declarant, partner] = couples[0] as [string, string];
  const [secondDeclarant] = couples[1] as [string, string];
  // Two engines on one database, as a web process and a worker process are.
  const other = new CaseEngine(app.db, app.clock, createLogger('silent'));

  // This process started the case (and keeps its snapshot); the other signs it.
  const caseId = await start(declarant);
  const moved = await other.execute({ caseId, actor: citizen(declarant), channel: 'online',
    type: 'SignDeclaration' });
  // On the kept snapshot (a draft) the partner could not sign yet: decided again, it fits.
  const signed = await app.engine.execute({ caseId, actor: citizen(partner, 'partner'),
    channel: 'online', type: 'SignAsPartner' });
  assert.equal(signed.version, moved.version + signed.events.length, 'after the other\'s events');
  assert.equal(signed.state.status, 'registering');

  // A command that fits the kept snapshot too: its write meets the other's event at the
  // same version, and it is decided again on the case as it is now.
  const second = await start(secondDeclarant);
  const movedToo = await other.execute({ caseId: second, actor: citizen(secondDeclarant),
    channel: 'online', type: 'SignDeclaration' });
  const withdrawn = await app.engine.execute({ caseId: second, actor: citizen(secondDeclarant),
    channel: 'online', type: 'Withdraw' });
  assert.equal(withdrawn.version, movedToo.version + withdrawn.events.length);
  assert.equal(withdrawn.state.status, 'withdrawn');
  const types = (await readEvents<CaseEvent>(app.db, second)).map((e) => e.type);
  assert.equal(types.length, withdrawn.version);
  assert.deepEqual(types.slice(movedToo.version), withdrawn.events.map((e) => e.type));
  for (const id of [caseId, second]) assert.equal((await verifyChain(app.db, id)).ok, true);
  await app.worker.drain();
});

test('the case list keeps the channel each case was started through', async () => {
  const couples = await addSyntheticCouples(app.db,
    { count: 2, from: 950, municipality: '44021', postalCode: '9000', city: 'Gent' });
  const [online, counter] = couples.map((c) => c[0]) as [string, string];
  const byCitizen = await startCase(app.db, app.engine, app.registerFor,
    { declarant: online, path: 'joint', channel: 'online', actor: starter(online) });
  const atCounter = await startCase(app.db, app.engine, app.registerFor,
    { declarant: counter, path: 'joint', channel: 'counter', actor: { role: 'counter', id: 'staff-1' } });
  const channelOf = async (caseId: string) => (await app.db.selectFrom('case_list')
    .select('channel').where('case_id', '=', caseId).executeTakeFirstOrThrow()).channel;
  assert.equal(await channelOf(byCitizen.caseId), 'online');
  assert.equal(await channelOf(atCounter.caseId), 'counter');
  // Later commands leave it as it was.
  await app.engine.execute({ caseId: atCounter.caseId, actor: citizen(counter), channel: 'online',
    type: 'SignDeclaration' });
  assert.equal(await channelOf(atCounter.caseId), 'counter');
  await app.worker.drain();
});
