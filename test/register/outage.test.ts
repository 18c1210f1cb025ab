// The National Register down: the case waits in registering and its write is tried again;
// once it has failed for the set time the registrar gets one follow-up task; when the register
// is back the termination is recorded once.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startCase } from '../../src/app/start-case.ts';
import { RegisterError } from '../../src/register/port.ts';
import { createTestApp, type TestApp } from '../support/app.ts';

const PIETER = '92011792123';
const SOFIE = '01040592273';

let app: TestApp;
let down = true;
let refused = 0;

before(async () => {
  app = await createTestApp(undefined, {
    register: (base) => (db) => {
      const register = base(db);
      return {
        ...register,
        findPerson: register.findPerson.bind(register),
        findCohabitation: register.findCohabitation.bind(register),
        household: register.household.bind(register),
        recordTermination: async (request) => {
          if (down) {
            refused += 1;
            throw new RegisterError('unavailable');
          }
          return register.recordTermination(request);
        },
      };
    },
  }, { WORKER_MAX_ATTEMPTS: '40', REGISTER_ALERT_AFTER_MINUTES: '10' });
});
after(async () => {
  await app.close();
});

async function followUps(caseId: string) {
  return ((await app.engine.load(caseId))?.state.followUps ?? []).map((f) => f.topic);
}

test('the case waits, staff are told after the set time, and the termination is recorded once', async () => {
  const { caseId } = await startCase(app.db, app.engine, app.registerFor, {
    declarant: PIETER, path: 'joint', channel: 'online', actor: { role: 'declarant', id: PIETER } });
  await app.engine.execute({ type: 'SignDeclaration', caseId, channel: 'online',
    actor: { role: 'declarant', id: PIETER } });
  await app.engine.execute({ type: 'SignAsPartner', caseId, channel: 'online',
    actor: { role: 'partner', id: SOFIE } });
  await app.worker.drain();
  assert.ok(refused >= 1);
  assert.equal((await app.engine.load(caseId))?.state.status, 'registering');

  // Five minutes of tries: no task yet.
  for (let minute = 0; minute < 5; minute += 1) {
    app.clock.advance(60_000);
    await app.worker.drain();
  }
  assert.deepEqual(await followUps(caseId), []);

  // Past ten minutes: one task for the registrar, however often it fails after.
  for (let minute = 0; minute < 40; minute += 1) {
    app.clock.advance(60_000);
    await app.worker.drain();
  }
  const state = (await app.engine.load(caseId))?.state;
  assert.deepEqual(state?.followUps.map((f) => `${f.topic} ${f.assignee}`),
    ['register_failure registrar']);
  assert.equal(state?.status, 'registering');
  const tries = refused;
  assert.ok(tries >= 6, `tried ${tries} times`);

  down = false;
  app.clock.advance(31 * 60_000);
  await app.worker.drain();
  const done = (await app.engine.load(caseId))?.state;
  assert.equal(done?.status, 'completed');
  const recorded = await app.db.selectFrom('register_termination').selectAll()
    .where('cohabitation_id', '=', done?.cohabitationId ?? '').execute();
  assert.equal(recorded.length, 1);
  const incidents = await app.db.selectFrom('outbox').select('id')
    .where('case_id', '=', caseId).where('status', '=', 'incident').execute();
  assert.deepEqual(incidents, []);
});
