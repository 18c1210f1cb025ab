// Rule 8 through the whole service: a marriage or a death reported by the register while a
// case is open closes it as lapsed; the remaining partner is told, on their channels, and
// the partner who died is not; the municipality is told too.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startCase } from '../../src/app/start-case.ts';
import { setPreference, settle } from '../notifications/support.ts';
import { createTestApp, type TestApp } from '../support/app.ts';

const HANS = '70010592118';
const GRETA = '72072292276';
const TOM = '79112392128';
const AN = '80022992296';

let app: TestApp;
before(async () => {
  app = await createTestApp();
});
after(async () => {
  await app.close();
});

type LifeEvents = { recordDeath(nn: string, on: string): Promise<unknown>;
  recordMarriage(nn: string, on: string): Promise<unknown> };

async function open(declarant: string, partner: string) {
  const { caseId } = await startCase(app.db, app.engine, app.registerFor, {
    declarant, path: 'joint', channel: 'online', actor: { role: 'declarant', id: declarant } });
  await app.engine.execute({ type: 'SignDeclaration', caseId, channel: 'online',
    actor: { role: 'declarant', id: declarant } });
  await settle(app);
  assert.equal((await app.engine.load(caseId))?.state.partnerInvitedAt !== null, true);
  return { caseId, partner };
}

async function told(caseId: string) {
  const rows = await app.db.selectFrom('message').select(['recipient', 'template'])
    .where('case_id', '=', caseId).where('template', 'like', 'case_lapsed%').orderBy('id').execute();
  return rows.map((r) => `${r.recipient}:${r.template}`);
}

test('a death closes the case; the surviving partner is told by e-mail, the one who died is not', async () => {
  await setPreference(app, GRETA, { email: 'greta@example.be' });
  await setPreference(app, HANS, { email: 'hans@example.be' });
  const { caseId } = await open(GRETA, HANS);
  await (app.registerFor(app.db) as unknown as LifeEvents).recordDeath(HANS, '2026-03-02');
  await settle(app);
  const state = (await app.engine.load(caseId))?.state;
  assert.equal(state?.status, 'lapsed');
  assert.equal(state?.closure?.cause, 'death');
  assert.deepEqual(await told(caseId), ['declarant:case_lapsed_death', 'municipality:case_lapsed_death']);
  const mails = await app.db.selectFrom('delivery').innerJoin('message', 'message.id',
    'delivery.message_id').select(['delivery.address', 'delivery.status'])
    .where('message.case_id', '=', caseId).where('message.template', '=', 'case_lapsed_death')
    .execute();
  assert.deepEqual(mails.map((m) => `${m.address} ${m.status}`).sort(),
    ['greta@example.be sent', 'standesamt@eupen.example sent']);
});

test('a marriage of the partner closes the case; the declarant is told, the partner too', async () => {
  const { caseId } = await open(TOM, AN);
  await (app.registerFor(app.db) as unknown as LifeEvents).recordMarriage(AN, '2026-03-02');
  await settle(app);
  const state = (await app.engine.load(caseId))?.state;
  assert.equal(state?.status, 'lapsed');
  assert.equal(state?.closure?.cause, 'marriage');
  assert.deepEqual(await told(caseId), ['declarant:case_lapsed_marriage',
    'partner:case_lapsed_marriage', 'municipality:case_lapsed_marriage']);
  const open_ = await app.db.selectFrom('open_case').select('case_id')
    .where('case_id', '=', caseId).execute();
  assert.deepEqual(open_, [], 'the cohabitation has no open case any more');
});
