// Follow-up tasks through the real sign-in of demo staff, on cases driven through the engine
// and its worker: each topic the process raises becomes a task with its team and due date;
// a task closes by itself when the case moves on; staff take, give back, assign and close
// tasks, and the assignment survives later events; another municipality's task is 404;
// the counter sees only what is assigned to it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startCase } from '../../src/app/start-case.ts';
import { demoPeople } from '../../src/adapters/register-simulator/demo-people.ts';
import { followUpDueAt } from '../../src/process/follow-up-tasks.ts';
import type { CaseCommand } from '../../src/process/index.ts';
import { pay } from '../bailiff/support.ts';
import { assertPage, hidden } from '../citizen/support.ts';
import type { Browser } from '../login/browser.ts';
import { settle } from '../notifications/support.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { html, serverFor, type Server } from '../web/support.ts';
import { signedInStaff, staff as staffNames } from './support.ts';

function person(label: string): string {
  const found = demoPeople.find((p) => p.label.startsWith(label));
  assert.ok(found, label);
  return found.nationalNumber;
}

const JAN = person('Gent: lives with his partner Els');
const ELS = person('Gent: lives with her partner Jan');
const PIETER = person('Gent: lives with his partner Sofie');
const JEAN = person('Namur: lives with his partner Marie');
const MARIE = person('Namur: lives with her partner Jean');

let app: TestApp;
let server: Server;
const staff: Record<string, Browser> = {};
/** Gent's case of Jan and Els, Gent's case of Pieter and Sofie, Namur's of Jean and Marie. */
let caseA: string;
let caseB: string;
let caseN: string;

async function run(command: Record<string, unknown>) {
  await app.engine.execute(command as unknown as CaseCommand);
  await settle(app);
}

async function jointCaseRefusedOrWaiting(declarant: string, partner: string | null) {
  const { caseId } = await startCase(app.db, app.engine, app.registerFor, {
    declarant, path: 'joint', channel: 'online', actor: { role: 'declarant', id: declarant } });
  await run({ type: 'SignDeclaration', caseId, actor: { role: 'declarant', id: declarant },
    channel: 'online' });
  if (partner !== null) {
    await run({ type: 'RefuseAsPartner', caseId, actor: { role: 'partner', id: partner },
      channel: 'online', shareWithDeclarant: false });
  }
  return caseId;
}

async function tasksOf(caseId: string) {
  return app.db.selectFrom('follow_up_task').selectAll().where('case_id', '=', caseId)
    .orderBy('raised_at').orderBy('follow_up_id').execute();
}

async function taskOf(caseId: string, topic: string) {
  const rows = (await tasksOf(caseId)).filter((t) => t.topic === topic);
  assert.equal(rows.length, 1, `one ${topic} task`);
  return rows[0]!;
}

async function subjectOf(name: string): Promise<string> {
  const row = await app.db.selectFrom('staff_member').select('subject').where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.subject;
}

async function csrfOf(browser: Browser): Promise<string> {
  return hidden(await browser.get('/office/tasks'), '_csrf');
}

/** The case ids linked from a table of the "my tasks" page, by the table's caption. */
async function listed(browser: Browser, caption: 'mine' | 'team'): Promise<string[]> {
  const response = await browser.get('/office/tasks');
  const page = assertPage(response);
  const title = caption === 'mine' ? 'Aan mij toegewezen' : 'Van mijn team, nog door niemand genomen';
  const table = page.querySelectorAll('table').find((t) =>
    t.querySelector('caption')?.textContent.trim() === title);
  if (!table) return [];
  return table.querySelectorAll('tbody tr th a').map((a) =>
    (a.getAttribute('href') ?? '').replace('/office/cases/', ''));
}

function path(caseId: string, followUpId: string, act = '') {
  return `/office/tasks/${caseId}/${followUpId}${act === '' ? '' : `/${act}`}`;
}

async function signInAll() {
  for (const role of ['counter', 'civil_affairs', 'registrar', 'administrator'] as const) {
    staff[`gent-${role}`] = await signedInStaff(server, 'gent', role);
  }
  staff['namur-civil_affairs'] = await signedInStaff(server, 'namur', 'civil_affairs');
}

/**
 * Sets the app's clock to the due time of the case's deadline, unless it has already run,
 * and lets the worker run what is due; staff sign in again (their sessions idled out).
 */
async function fire(caseId: string, name: string) {
  const row = await app.db.selectFrom('deadline').select('due_at')
    .where('case_id', '=', caseId).where('name', '=', name).executeTakeFirst();
  if (row && row.due_at.getTime() > app.clock.now().getTime()) app.clock.set(row.due_at);
  await settle(app);
  await signInAll();
}

before(async () => {
  app = await createTestApp();
  server = await serverFor(app, 'test');
  await signInAll();
  caseA = await jointCaseRefusedOrWaiting(JAN, ELS);
  caseN = await jointCaseRefusedOrWaiting(JEAN, MARIE);
  caseB = await jointCaseRefusedOrWaiting(PIETER, null);
});

after(async () => {
  await server?.close();
  await app?.close();
});

describe('follow-up tasks', () => {
  test('a refusal becomes a task of civil affairs, due two working days later', async () => {
    const task = await taskOf(caseA, 'refusal');
    assert.equal(task.team, 'civil_affairs');
    assert.equal(task.status, 'open');
    assert.equal(task.municipality, '44021');
    assert.equal(task.assigned_to, null);
    // Refused on Monday 2 March 2026 at 09:00: due by the end of Wednesday 4 March (CET).
    assert.equal(task.raised_at.toISOString(), '2026-03-02T08:00:00.000Z');
    assert.equal(task.due_at.toISOString(), '2026-03-04T23:00:00.000Z');
    assert.equal((await taskOf(caseN, 'refusal')).municipality, '92094');
  });

  test("my team's open tasks, with a link to the case; the registrar's team does not get them",
    async () => {
      assert.deepEqual(await listed(staff['gent-civil_affairs']!, 'team'), [caseA]);
      assert.deepEqual(await listed(staff['gent-civil_affairs']!, 'mine'), []);
      assert.deepEqual(await listed(staff['gent-registrar']!, 'team'), []);
      assert.deepEqual(await listed(staff['gent-administrator']!, 'team'), [caseA]);
      const page = html((await staff['gent-civil_affairs']!.get('/office/tasks')).body);
      assert.ok(page.querySelector(`a[href="/office/cases/${caseA}"]`));
      assert.ok(page.querySelector(`a[href="${path(caseA, 'refusal-1')}"]`));
    });

  test('Namur staff never see Gent tasks, nor Gent staff Namur tasks: 404 on every route',
    async () => {
      assert.deepEqual(await listed(staff['namur-civil_affairs']!, 'team'), [caseN]);
      assert.ok(!(await listed(staff['gent-civil_affairs']!, 'team')).includes(caseN));
      const namur = staff['namur-civil_affairs']!;
      const csrf = await csrfOf(namur);
      assert.equal((await namur.get(path(caseA, 'refusal-1'))).statusCode, 404);
      for (const act of ['take', 'give-back', 'assign', 'close']) {
        const response = await namur.post(path(caseA, 'refusal-1', act),
          { _csrf: csrf, note: 'called', colleague: 'anyone' });
        assert.equal(response.statusCode, 404, act);
      }
      const gent = staff['gent-civil_affairs']!;
      assert.equal((await gent.get(path(caseN, 'refusal-1'))).statusCode, 404);
      assert.equal((await gent.get(path('not-a-case', 'refusal-1'))).statusCode, 404);
      assert.equal((await taskOf(caseA, 'refusal')).assigned_to, null);
    });

  test('a form without its token is refused and changes nothing', async () => {
    const response = await staff['gent-civil_affairs']!.post(path(caseA, 'refusal-1', 'take'),
      { _csrf: 'wrong' });
    assert.equal(response.statusCode, 403);
    assert.equal((await taskOf(caseA, 'refusal')).assigned_to, null);
  });

  test('taking a task; the assignment survives later events of the case', async () => {
    const tim = staff['gent-civil_affairs']!;
    const taken = await tim.post(path(caseA, 'refusal-1', 'take'), { _csrf: await csrfOf(tim) });
    assert.equal(taken.statusCode, 303);
    assert.equal(taken.headers.location, '/office/tasks?done=taken');
    const timSubject = await subjectOf(staffNames.gent.civil_affairs);
    assert.equal((await taskOf(caseA, 'refusal')).assigned_to, timSubject);
    assert.equal((await taskOf(caseA, 'refusal')).assigned_name, staffNames.gent.civil_affairs);
    assert.deepEqual(await listed(tim, 'mine'), [caseA]);
    assert.deepEqual(await listed(tim, 'team'), []);
    // A later event of the case (another follow-up) runs the projections again.
    await run({ type: 'RaiseFollowUp', caseId: caseA, channel: 'online', topic: 'other',
      actor: { role: 'civil_affairs', id: timSubject }, reason: 'ask for the new address' });
    assert.equal((await taskOf(caseA, 'refusal')).assigned_to, timSubject);
    assert.equal((await taskOf(caseA, 'other')).team, 'civil_affairs');
  });

  test('the refusal task closes by itself when the declarant chooses, and says so', async () => {
    await run({ type: 'ContinueUnilaterally', caseId: caseA,
      actor: { role: 'declarant', id: JAN }, channel: 'online' });
    const task = await taskOf(caseA, 'refusal');
    assert.equal(task.status, 'closed');
    assert.equal(task.closed_why, 'case_moved_on');
    assert.equal(task.closed_by_role, 'system');
    assert.ok(task.closed_at);
    assert.equal(task.assigned_name, staffNames.gent.civil_affairs, 'who had it is kept');
    assert.equal((await taskOf(caseA, 'other')).status, 'open', 'the other question stays open');
    const page = assertPage(await staff['gent-civil_affairs']!.get(path(caseA, 'refusal-1')));
    assert.match(page.querySelector('main')?.textContent ?? '', /het dossier ging verder/);
  });

  test('partner silence and unpaid: raised by the worker when their deadlines pass', async () => {
    await fire(caseB, 'partner-answer');
    const silence = await taskOf(caseB, 'partner_silence');
    assert.equal(silence.team, 'civil_affairs');
    assert.equal(silence.due_at.toISOString(),
      followUpDueAt('partner_silence', silence.raised_at.toISOString()));
    await fire(caseA, 'payment-due');
    const unpaid = await taskOf(caseA, 'unpaid');
    assert.equal(unpaid.team, 'civil_affairs');
    assert.equal(unpaid.status, 'open');
    assert.ok(unpaid.due_at.getTime() - unpaid.raised_at.getTime() >= 3 * 86_400_000);
    assert.deepEqual(new Set(await listed(staff['gent-civil_affairs']!, 'team')),
      new Set([caseA, caseB]));
  });

  test('unpaid closes when paid; a late bailiff is the registrar\'s, and closes when served',
    async () => {
      await pay(app, caseA);
      assert.equal((await taskOf(caseA, 'unpaid')).closed_why, 'case_moved_on');
      await fire(caseA, 'service-warning');
      const late = await taskOf(caseA, 'bailiff_late');
      assert.equal(late.team, 'registrar');
      assert.equal(late.status, 'open');
      assert.ok((await listed(staff['gent-registrar']!, 'team')).includes(caseA));
      const state = (await app.engine.load(caseA))!.state;
      const bailiff = { role: 'bailiff', id: state.bailiff!.id };
      await run({ type: 'AcceptAssignment', caseId: caseA, actor: bailiff, channel: 'bailiff' });
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' })
        .format(app.clock.now());
      await run({ type: 'RecordService', caseId: caseA, actor: bailiff, channel: 'bailiff',
        serviceDate: today, place: 'Gent', mode: 'in_person', deedReference: 'EXP-2026-7' });
      assert.equal((await taskOf(caseA, 'bailiff_late')).status, 'closed');
      assert.equal((await app.engine.load(caseA))!.state.status, 'completed');
      // All of the case's tasks are closed once the case is.
      assert.deepEqual((await tasksOf(caseA)).filter((t) => t.status === 'open'), []);
    });

  test('a register failure goes to the registrar in one working day; an unreachable citizen to civil affairs',
    async () => {
      await run({ type: 'RaiseFollowUp', caseId: caseB, actor: { role: 'system', id: 'system' },
        channel: 'system', topic: 'register_failure', reason: 'the register does not answer' });
      await run({ type: 'RaiseFollowUp', caseId: caseB, actor: { role: 'system', id: 'system' },
        channel: 'system', topic: 'citizen_unreachable', reason: 'the e-mail bounced' });
      const failure = await taskOf(caseB, 'register_failure');
      assert.equal(failure.team, 'registrar');
      assert.equal(failure.due_at.toISOString(),
        followUpDueAt('register_failure', failure.raised_at.toISOString()));
      const unreachable = await taskOf(caseB, 'citizen_unreachable');
      assert.equal(unreachable.team, 'civil_affairs');
      assert.ok((await listed(staff['gent-registrar']!, 'team')).includes(caseB));
    });

  test('the counter has no team list, may not take a team task, and may not open one', async () => {
    const sara = staff['gent-counter']!;
    const page = assertPage(await sara.get('/office/tasks'));
    assert.equal(page.querySelectorAll('table').length, 0);
    assert.match(page.querySelector('main')?.textContent ?? '', /die een collega aan u toewees/);
    const csrf = await csrfOf(sara);
    const id = (await taskOf(caseB, 'register_failure')).follow_up_id;
    const refused = await sara.post(path(caseB, id, 'take'), { _csrf: csrf });
    assertPage(refused, 403);
    assert.equal((await sara.get(path(caseB, id))).statusCode, 403);
    assert.equal((await taskOf(caseB, 'register_failure')).assigned_to, null);
  });

  test('assigned to a counter colleague by name, who closes it with a note', async () => {
    const tim = staff['gent-civil_affairs']!;
    const unreachable = await taskOf(caseB, 'citizen_unreachable');
    const id = unreachable.follow_up_id;
    const form = assertPage(await tim.get(path(caseB, id)));
    const options = form.querySelectorAll('#colleague option').map((o) => o.textContent.trim());
    assert.ok(options.includes(staffNames.gent.counter));
    assert.ok(!options.includes(staffNames.namur.civil_affairs), 'only this municipality');
    const namurSubject = await subjectOf(staffNames.namur.civil_affairs);
    const refused = await tim.post(path(caseB, id, 'assign'),
      { _csrf: await csrfOf(tim), colleague: namurSubject });
    assert.equal(refused.statusCode, 422);
    assert.ok(assertPage(refused, 422).querySelector('.error-summary a[href="#colleague"]'));
    const saraSubject = await subjectOf(staffNames.gent.counter);
    const assigned = await tim.post(path(caseB, id, 'assign'),
      { _csrf: await csrfOf(tim), colleague: saraSubject });
    assert.equal(assigned.statusCode, 303);
    assert.equal((await taskOf(caseB, 'citizen_unreachable')).assigned_to, saraSubject);

    const sara = staff['gent-counter']!;
    assert.deepEqual(await listed(sara, 'mine'), [caseB]);
    const empty = await sara.post(path(caseB, id, 'close'), { _csrf: await csrfOf(sara), note: ' ' });
    assertPage(empty, 422);
    assert.equal((await taskOf(caseB, 'citizen_unreachable')).status, 'open');
    const closed = await sara.post(path(caseB, id, 'close'),
      { _csrf: await csrfOf(sara), note: 'Reached Pieter by phone; new e-mail noted.' });
    assert.equal(closed.statusCode, 303);
    const task = await taskOf(caseB, 'citizen_unreachable');
    assert.equal(task.status, 'closed');
    assert.equal(task.closed_why, 'by_hand');
    assert.equal(task.closed_by, saraSubject);
    assert.equal(task.closed_by_role, 'counter');
    assert.equal(task.closed_note, 'Reached Pieter by phone; new e-mail noted.');
    const events = await app.db.selectFrom('case_event').select('event')
      .where('case_id', '=', caseB).execute();
    const resolved = events.map((e) => e.event).filter((e) => e.type === 'FollowUpResolved');
    assert.deepEqual(resolved.map((e) => (e.actor as { role: string }).role), ['counter']);
    const shown = assertPage(await sara.get(path(caseB, id)));
    assert.match(shown.querySelector('main')?.textContent ?? '',
      new RegExp(`Afgesloten door ${staffNames.gent.counter}`));
  });

  test('taken and given back to the team', async () => {
    const eva = staff['gent-registrar']!;
    const id = (await taskOf(caseB, 'register_failure')).follow_up_id;
    assert.equal((await eva.post(path(caseB, id, 'take'), { _csrf: await csrfOf(eva) }))
      .statusCode, 303);
    assert.deepEqual(await listed(eva, 'mine'), [caseB]);
    const back = await eva.post(path(caseB, id, 'give-back'), { _csrf: await csrfOf(eva) });
    assert.equal(back.statusCode, 303);
    assert.equal(back.headers.location, '/office/tasks?done=returned');
    assert.equal((await taskOf(caseB, 'register_failure')).assigned_to, null);
    assert.deepEqual(await listed(eva, 'mine'), []);
  });

  test('overdue tasks come first and say so', async () => {
    const page = assertPage(await staff['gent-civil_affairs']!.get('/office/tasks'));
    const rows = page.querySelectorAll('table tbody tr');
    assert.ok(rows.length > 0);
    assert.match(rows[0]!.textContent, /Te laat/);
  });

  test('all open tasks close when the case closes', async () => {
    await run({ type: 'Withdraw', caseId: caseB, actor: { role: 'declarant', id: PIETER },
      channel: 'online' });
    const tasks = await tasksOf(caseB);
    assert.ok(tasks.length >= 3);
    assert.deepEqual(tasks.filter((t) => t.status === 'open'), []);
    assert.deepEqual(await listed(staff['gent-registrar']!, 'team'), []);
    const closed = await app.db.selectFrom('follow_up_task').select('closed_by_role')
      .where('case_id', '=', caseB).where('topic', '=', 'register_failure')
      .executeTakeFirstOrThrow();
    assert.equal(closed.closed_by_role, 'system');
  });
});
