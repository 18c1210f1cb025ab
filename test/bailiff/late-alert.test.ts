// The late-service alert: two days before the 8-day service clock ends, the process raises a
// bailiff_late follow-up for the registrar (once, only while none exists), and the bailiff's
// worklist shows the deadline with a warning from then on.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assignmentsOf } from '../../src/app/bailiff-work.ts';
import { advanceTo } from '../../src/demo/simulation.ts';
import { settle } from '../notifications/support.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { serverFor, type Server } from '../web/support.ts';
import { assertPage } from '../citizen/support.ts';
import { caseAwaitingService, signedInProfessional } from './support.ts';

let app: TestApp;
let server: Server;
let caseId: string;
let bailiffId: string;
before(async () => {
  app = await createTestApp();
  server = await serverFor(app, 'test');
  ({ caseId, bailiffId } = await caseAwaitingService(app, '85073092113'));
});
after(async () => {
  await server.close();
  await app.close();
});

async function lateFollowUps() {
  const state = (await app.engine.load(caseId))?.state;
  return (state?.followUps ?? []).filter((f) => f.topic === 'bailiff_late');
}

test('no alert before the warning time; the deadline shows without a warning', async () => {
  const [summary] = await assignmentsOf(app, bailiffId);
  assert.ok(summary?.warningAt && summary.serviceDueAt);
  const warningAt = new Date(summary.warningAt);
  assert.equal(new Date(summary.serviceDueAt).getTime() - warningAt.getTime(), 2 * 86_400_000,
    'two days before the end');
  await advanceTo(app, app.clock, new Date(warningAt.getTime() - 60_000));
  await settle(app);
  assert.deepEqual(await lateFollowUps(), []);
  assert.equal((await assignmentsOf(app, bailiffId))[0]?.urgency, null);
});

test('at the warning time the follow-up is raised once, and the worklist warns', async () => {
  const [summary] = await assignmentsOf(app, bailiffId);
  const warningAt = new Date(summary?.warningAt ?? '');
  await advanceTo(app, app.clock, new Date(warningAt.getTime() + 60_000));
  await settle(app);
  const raised = await lateFollowUps();
  assert.equal(raised.length, 1);
  assert.equal(raised[0]?.raisedAt, warningAt.toISOString(), 'raised at its due time');
  assert.equal(raised[0]?.resolvedAt, null);
  assert.equal((await assignmentsOf(app, bailiffId))[0]?.urgency, 'due_soon');
  const bert = await signedInProfessional(server, 'Bert Betekening');
  const page = assertPage(await bert.get('/bailiff'));
  assert.match(page.querySelector('table.worklist tbody tr')?.textContent ?? '',
    /Let op: de termijn loopt binnenkort af/);
});

test('past the end the case is overdue, and still only one alert exists', async () => {
  const [summary] = await assignmentsOf(app, bailiffId);
  await advanceTo(app, app.clock, new Date(new Date(summary?.serviceDueAt ?? '').getTime()
    + 3_600_000));
  await settle(app);
  assert.equal((await lateFollowUps()).length, 1);
  assert.equal((await assignmentsOf(app, bailiffId))[0]?.urgency, 'overdue');
});
