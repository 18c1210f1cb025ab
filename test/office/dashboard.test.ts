// The office's dashboard against a known data set: three real cases run through the engine
// on a simulated clock (one completed, one draft at the counter, one past its partner
// deadline), and further cases written as rows of case_list and case_event with chosen
// starts, channels, paths and completion times. Every figure is checked in the use case,
// in the page (charts and tables) and in the CSV; Namur sees only Namur; the counter 403.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { HTMLElement } from 'node-html-parser';
import { addSyntheticCouples } from '../../src/adapters/register-simulator/synthetic.ts';
import {
  csvCell, dashboardFigures, periodOf, type DashboardFigures,
} from '../../src/app/office/dashboard.ts';
import { startCase } from '../../src/app/start-case.ts';
import type { CaseCommand } from '../../src/process/index.ts';
import { assertPage } from '../citizen/support.ts';
import type { Browser } from '../login/browser.ts';
import { settle } from '../notifications/support.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { serverFor, type Server } from '../web/support.ts';
import { signedInStaff } from './support.ts';

const GENT = '44021';
const NAMUR = '92094';
/** "Now" for the figures: Wednesday 20 May 2026, 10:00 in Brussels. */
const NOW = '2026-05-20T10:00:00+02:00';

let app: TestApp;
let server: Server;
let tim: Browser; // civil affairs, Gent
let thomas: Browser; // civil affairs, Namur

interface Written {
  municipality?: string;
  channel: 'online' | 'counter';
  path: 'joint' | 'unilateral';
  status: string;
  startedAt: string;
  /** Events after CaseStarted: type, instant and the event's own fields. */
  events?: [string, string, Record<string, unknown>?][];
  nextDeadlineAt?: string;
  followUpOpen?: boolean;
  updatedAt?: string;
  registrationWorkingDays?: number;
  /** Follow-up tasks on the case: topic, due, open or closed. */
  tasks?: [string, string, 'open' | 'closed'][];
}

let written = 0;

/** A case as rows of the case list and its history, without the engine. */
async function write(c: Written) {
  const caseId = randomUUID();
  written += 1;
  const municipality = c.municipality ?? GENT;
  const history: [string, string, Record<string, unknown>][] = [
    ['CaseStarted', c.startedAt, { channel: c.channel, path: c.path, municipality,
      settings: { registrationWorkingDays: c.registrationWorkingDays ?? 2 } }],
    ...(c.events ?? []).map(([type, at, fields]) => [type, at, { channel: 'system', ...fields }] as
      [string, string, Record<string, unknown>]),
  ];
  await app.db.insertInto('case_event').values(history.map(([type, at, fields], i) => ({
    case_id: caseId, version: i + 1, type, occurred_at: at,
    event: JSON.stringify({ type, caseId, at, ...fields }) as never,
    previous_hash: `p${i}`, hash: `h${i}`,
  }))).execute();
  const last = history[history.length - 1]?.[1] ?? c.startedAt;
  await app.db.insertInto('case_list').values({
    case_id: caseId, reference: `WS-2026-9${String(written).padStart(5, '0')}`, municipality,
    status: c.status, path: c.path, filing_mode: 'online', waiting_on: null,
    next_deadline_at: c.nextDeadlineAt ?? null, follow_up_open: c.followUpOpen ?? false,
    started_at: c.startedAt, updated_at: c.updatedAt ?? last, version: history.length,
  }).execute();
  for (const [i, [topic, dueAt, status]] of (c.tasks ?? []).entries()) {
    await app.db.insertInto('follow_up_task').values({
      case_id: caseId, follow_up_id: `${topic}-${i + 1}`, municipality, topic,
      team: topic === 'registration_late' ? 'registrar' : 'civil_affairs', due_at: dueAt, status,
      raised_at: c.startedAt, closed_at: status === 'closed' ? dueAt : null,
    }).execute();
  }
  return caseId;
}

async function act(caseId: string, actor: { role: string; id: string },
  command: Record<string, unknown>) {
  await app.engine.execute({ caseId, actor, channel: 'online', ...command } as CaseCommand);
  await settle(app);
}

/** The three real cases, through the engine on the simulated clock. */
async function realCases() {
  const couples = await addSyntheticCouples(app.db, {
    count: 3, municipality: GENT, postalCode: '9000', city: 'Gent', from: 700 });
  const [[jan, els], [kim], [ann]] = couples as [[string, string], [string, string], [string, string]];
  // Monday 2 March 09:00: online, joint; both sign; completed three days later.
  const first = await startCase(app.db, app.engine, app.registerFor, {
    declarant: jan, path: 'joint', channel: 'online', actor: { role: 'declarant', id: jan } });
  assert.equal(first.outcome, 'started');
  await settle(app);
  await act(first.caseId, { role: 'declarant', id: jan }, { type: 'SignDeclaration' });
  // Tuesday 3 March: started at the counter, left as a draft.
  app.clock.set('2026-03-03T10:00:00+01:00');
  await startCase(app.db, app.engine, app.registerFor, {
    declarant: kim, path: 'joint', channel: 'counter', actor: { role: 'counter', id: 'staff-gent' } });
  await settle(app);
  app.clock.set('2026-03-05T09:00:00+01:00');
  await act(first.caseId, { role: 'partner', id: els }, { type: 'SignAsPartner' });
  const done = await app.engine.load(first.caseId);
  assert.equal(done?.state.status, 'completed');
  // Tuesday 10 March: online, signed, the partner never answers (nothing runs the clocks
  // after this, so the passed deadline is still pending: overdue).
  app.clock.set('2026-03-10T09:00:00+01:00');
  const third = await startCase(app.db, app.engine, app.registerFor, {
    declarant: ann, path: 'joint', channel: 'online', actor: { role: 'declarant', id: ann } });
  assert.equal(third.outcome, 'started');
  await settle(app);
  await act(third.caseId, { role: 'declarant', id: ann }, { type: 'SignDeclaration' });
  assert.equal((await app.engine.load(third.caseId))?.state.status, 'awaiting_partner');
}

/** The written cases of Gent (and three of Namur). Instants in UTC. */
async function writtenCases() {
  // Completed in the period, joint, at the counter: received Thursday 2 April, registered
  // Tuesday 7 April. Between them: Friday 3 (working), the weekend and Easter Monday 6 April
  // (a public holiday): one working day, so within the 2-day norm. 8 days 2 hours.
  await write({ channel: 'counter', path: 'joint', status: 'completed',
    startedAt: '2026-03-30T08:00:00Z', events: [
      ['DeclarationReceived', '2026-04-02T10:00:00Z', { receiptDate: '2026-04-02' }],
      ['TerminationRegistered', '2026-04-07T10:00:00Z'],
      ['CertificateIssued', '2026-05-01T10:00:00Z']] });
  // Joint, online: received Tuesday 14 April, registered Friday 17 April: two working days
  // between (15, 16): late. 4 days.
  await write({ channel: 'online', path: 'joint', status: 'completed',
    startedAt: '2026-04-13T08:00:00Z', events: [
      ['DeclarationReceived', '2026-04-14T08:00:00Z', { receiptDate: '2026-04-14' }],
      ['TerminationRegistered', '2026-04-17T08:00:00Z']] });
  // Unilateral, online: receipt 21 April, served 28 April (within 8 days), registered the
  // next day. 9 days.
  await write({ channel: 'online', path: 'unilateral', status: 'completed',
    startedAt: '2026-04-20T08:00:00Z', events: [
      ['DeclarationReceived', '2026-04-21T08:00:00Z', { receiptDate: '2026-04-21' }],
      ['ServiceRecorded', '2026-04-28T08:00:00Z', { serviceDate: '2026-04-28' }],
      ['TerminationRegistered', '2026-04-29T08:00:00Z']] });
  // Unilateral, at the counter: served 1 May, after the law's 8 days (29 April): not within
  // the norms, though the registration itself was on time. 14 days.
  await write({ channel: 'counter', path: 'unilateral', status: 'completed',
    startedAt: '2026-04-20T09:00:00Z', events: [
      ['DeclarationReceived', '2026-04-21T08:00:00Z', { receiptDate: '2026-04-21' }],
      ['ServiceRecorded', '2026-05-01T08:00:00Z', { serviceDate: '2026-05-01' }],
      ['TerminationRegistered', '2026-05-04T09:00:00Z']] });
  // Started and completed before the period (updated in it): only in the states.
  await write({ channel: 'online', path: 'joint', status: 'completed',
    startedAt: '2026-02-02T08:00:00Z', updatedAt: '2026-03-10T08:00:00Z', events: [
      ['DeclarationReceived', '2026-02-10T08:00:00Z', { receiptDate: '2026-02-10' }],
      ['TerminationRegistered', '2026-02-20T08:00:00Z']] });
  // Started before the period, completed in it: one working day (4 March) between. 10 days.
  await write({ channel: 'online', path: 'joint', status: 'completed',
    startedAt: '2026-02-23T08:00:00Z', events: [
      ['DeclarationReceived', '2026-03-03T08:00:00Z', { receiptDate: '2026-03-03' }],
      ['TerminationRegistered', '2026-03-05T08:00:00Z']] });
  await write({ channel: 'online', path: 'joint', status: 'withdrawn',
    startedAt: '2026-05-18T08:00:00Z', events: [['Withdrawn', '2026-05-19T08:00:00Z']] });
  // Open with an unpaid follow-up task past its due date, the next deadline still ahead.
  await write({ channel: 'counter', path: 'unilateral', status: 'awaiting_payment',
    startedAt: '2026-04-27T08:00:00Z', nextDeadlineAt: '2026-05-30T22:00:00Z', followUpOpen: true,
    tasks: [['unpaid', '2026-05-15T22:00:00Z', 'open']] });
  // Open, registration late: a passed deadline and a follow-up task past its due date.
  await write({ channel: 'online', path: 'joint', status: 'registering',
    startedAt: '2026-05-04T08:00:00Z', nextDeadlineAt: '2026-05-10T22:00:00Z', followUpOpen: true,
    tasks: [['registration_late', '2026-05-12T22:00:00Z', 'open']] });
  // Open with a follow-up task not yet due, and a closed one long past: not overdue.
  await write({ channel: 'counter', path: 'joint', status: 'draft', startedAt: '2026-05-20T07:00:00Z',
    followUpOpen: true, tasks: [['other', '2026-05-01T22:00:00Z', 'closed'],
      ['citizen_unreachable', '2026-05-27T22:00:00Z', 'open']] });
  // Completed, with a task someone left open past its date: a closed case is not overdue.
  await write({ channel: 'online', path: 'joint', status: 'completed',
    startedAt: '2026-01-05T08:00:00Z', updatedAt: '2026-01-20T08:00:00Z', events: [
      ['DeclarationReceived', '2026-01-06T08:00:00Z', { receiptDate: '2026-01-06' }],
      ['TerminationRegistered', '2026-01-07T08:00:00Z']],
    tasks: [['other', '2026-02-01T22:00:00Z', 'open']] });

  await write({ municipality: NAMUR, channel: 'online', path: 'joint', status: 'completed',
    startedAt: '2026-04-01T08:00:00Z', events: [
      ['DeclarationReceived', '2026-04-02T08:00:00Z', { receiptDate: '2026-04-02' }],
      ['TerminationRegistered', '2026-04-02T08:00:00Z']] });
  await write({ municipality: NAMUR, channel: 'counter', path: 'joint', status: 'draft',
    startedAt: '2026-05-12T08:00:00Z' });
  await write({ municipality: NAMUR, channel: 'counter', path: 'unilateral',
    status: 'awaiting_payment', startedAt: '2026-05-05T08:00:00Z',
    nextDeadlineAt: '2026-05-19T22:00:00Z' });
}

before(async () => {
  app = await createTestApp('2026-03-02T09:00:00+01:00');
  server = await serverFor(app, 'test');
  await realCases();
  await writtenCases();
  app.clock.set(NOW);
  tim = await signedInStaff(server, 'gent', 'civil_affairs', '/office/dashboard');
  thomas = await signedInStaff(server, 'namur', 'civil_affairs', '/office/dashboard');
});
after(async () => {
  await server.close();
  await app.close();
});

/** The weeks of the default period (2 March to 20 May): online and counter starts. */
const gentWeeks: [string, number, number][] = [
  ['2026-03-02', 1, 1], ['2026-03-09', 1, 0], ['2026-03-16', 0, 0], ['2026-03-23', 0, 0],
  ['2026-03-30', 0, 1], ['2026-04-06', 0, 0], ['2026-04-13', 1, 0], ['2026-04-20', 1, 1],
  ['2026-04-27', 0, 1], ['2026-05-04', 1, 0], ['2026-05-11', 0, 0], ['2026-05-18', 1, 1],
];

const gentStates: [string, number][] = [
  ['draft', 2], ['awaiting_partner', 1], ['awaiting_declarant_choice', 0],
  ['awaiting_counter_visit', 0], ['awaiting_payment', 1], ['awaiting_service', 0],
  ['registering', 1], ['completed', 8], ['withdrawn', 1], ['lapsed', 0], ['expired', 0],
];

async function gentFigures(): Promise<DashboardFigures> {
  const now = app.clock.now();
  const { period, issues } = periodOf({}, now);
  assert.deepEqual(issues, []);
  return dashboardFigures(app.db, GENT, period, now);
}

describe('the figures, counted by the database', () => {
  test('default period: the current week and the eleven before it', async () => {
    const figures = await gentFigures();
    assert.deepEqual(figures.period, { from: '2026-03-02', to: '2026-05-20' });
  });

  test('cases per state, now', async () => {
    const figures = await gentFigures();
    assert.deepEqual(figures.states.map((s) => [s.status, s.count]), gentStates);
  });

  test('cases started per week by the channel of CaseStarted', async () => {
    const figures = await gentFigures();
    assert.deepEqual(figures.weeks.map((w) => [w.week, w.online, w.counter]), gentWeeks);
  });

  test('lead time per path from the start to the registration: median and p90', async () => {
    const figures = await gentFigures();
    // Joint: 3 (the real case), 4, 8 1/12 and 10 days; unilateral: 9 and 14 days.
    assert.deepEqual(figures.leadTimes, [
      { path: 'joint', completed: 4, medianDays: 6, p90Days: 9.4 },
      { path: 'unilateral', completed: 2, medianDays: 11.5, p90Days: 13.5 },
    ]);
  });

  test('share completed within the service norms (working days, holidays, the 8 days)', async () => {
    const figures = await gentFigures();
    assert.deepEqual(figures.norms, { completed: 6, withinNorms: 4, percent: 66.7 });
  });

  test('overdue now: an open case with a passed deadline or a follow-up task past due', async () => {
    const figures = await gentFigures();
    assert.deepEqual(figures.overdue, { total: 3, deadlinePassed: 2, followUpOverdue: 2 });
  });

  test('a chosen period narrows the weekly starts and the completions', async () => {
    const now = app.clock.now();
    const { period, issues } = periodOf({ from: '2026-04-01', to: '2026-04-30' }, now);
    assert.deepEqual(issues, []);
    const figures = await dashboardFigures(app.db, GENT, period, now);
    assert.deepEqual(figures.weeks.map((w) => [w.week, w.online, w.counter]), [
      ['2026-03-30', 0, 0], ['2026-04-06', 0, 0], ['2026-04-13', 1, 0], ['2026-04-20', 1, 1],
      ['2026-04-27', 0, 1],
    ]);
    assert.deepEqual(figures.leadTimes.map((l) => [l.path, l.completed, l.medianDays]), [
      ['joint', 2, 6], ['unilateral', 1, 9],
    ]);
    assert.deepEqual(figures.norms, { completed: 3, withinNorms: 2, percent: 66.7 });
  });

  test('bad periods are problems, not exceptions', () => {
    const now = new Date(NOW);
    assert.deepEqual(periodOf({ from: '2026-13-01' }, now).issues,
      [{ field: 'from', problem: 'invalid' }]);
    assert.deepEqual(periodOf({ to: ['2026-01-01', 'x'] }, now).issues,
      [{ field: 'to', problem: 'invalid' }]);
    assert.deepEqual(periodOf({ from: '2026-05-02', to: '2026-05-01' }, now).issues,
      [{ field: 'from', problem: 'order' }]);
    assert.deepEqual(periodOf({ from: '2020-01-01', to: '2026-05-01' }, now).issues,
      [{ field: 'from', problem: 'tooLong' }]);
  });
});

function chart(page: HTMLElement, id: string): HTMLElement {
  const svg = page.querySelector(`svg#${id}`);
  assert.ok(svg, id);
  assert.equal(svg.getAttribute('role'), 'img');
  assert.ok(svg.querySelector('title')?.textContent, `${id} has a title`);
  assert.ok(svg.querySelector('desc')?.textContent, `${id} has a description`);
  return svg;
}

function bars(svg: HTMLElement): [string, string, string | undefined][] {
  return svg.querySelectorAll('rect.bar').map((bar) => [bar.getAttribute('data-label') ?? '',
    bar.getAttribute('data-value') ?? '', bar.getAttribute('data-series')]);
}

function tableRows(section: HTMLElement): string[][] {
  const table = section.querySelector('details table');
  assert.ok(table, 'the chart has its table');
  return table.querySelectorAll('tbody tr').map((row) =>
    row.querySelectorAll('th, td').map((cell) => cell.textContent.trim()));
}

function section(page: HTMLElement, id: string): HTMLElement {
  const found = page.querySelector(`svg#${id}`)?.parentNode;
  assert.ok(found, id);
  return found;
}

describe('the page', () => {
  test('civil affairs of Gent: five charts, each an image with its table', async () => {
    const page = assertPage(await tim.get('/office/dashboard?lang=nl'));
    assert.equal(page.querySelector('h1')?.textContent, 'Dashboard');
    assert.equal(page.querySelectorAll('svg[role="img"]').length, 5);
    assert.equal(page.querySelectorAll('script').length, 0);
    assert.equal(page.querySelector('#period-from')?.getAttribute('value'), '2026-03-02');
    assert.equal(page.querySelector('#period-to')?.getAttribute('value'), '2026-05-20');
  });

  test('the states chart: one bar per state, labelled, with the counts', async () => {
    const page = assertPage(await tim.get('/office/dashboard?lang=nl'));
    const svg = chart(page, 'chart-states');
    const drawn = bars(svg);
    assert.equal(drawn.length, 11);
    assert.deepEqual(drawn.map(([, value]) => Number(value)), gentStates.map(([, n]) => n));
    assert.deepEqual(drawn.slice(0, 2).map(([label]) => label), ['Ontwerp', 'Wacht op partner']);
    assert.ok(svg.querySelectorAll('text').some((t) => t.textContent === 'Afgerond'));
    assert.deepEqual(tableRows(section(page, 'chart-states'))[7], ['Afgerond', '8']);
  });

  test('the weekly chart: two stacked bars per week, online and counter', async () => {
    const page = assertPage(await tim.get('/office/dashboard?lang=nl'));
    const svg = chart(page, 'chart-weeks');
    assert.deepEqual(bars(svg), gentWeeks.flatMap(([week, online, counter]) => [
      [week, String(online), 'online'], [week, String(counter), 'counter']]));
    assert.match(svg.querySelector('desc')?.textContent ?? '', /samen 11 \(6 online, 5 aan het loket\)/);
    assert.deepEqual(tableRows(section(page, 'chart-weeks')),
      gentWeeks.map(([week, online, counter]) => [week, String(online), String(counter)]));
  });

  test('lead times, norms and overdue as charts and tables', async () => {
    const page = assertPage(await tim.get('/office/dashboard?lang=nl'));
    const lead = chart(page, 'chart-lead');
    assert.deepEqual(bars(lead).map(([, value]) => value), ['6', '9.4', '11.5', '13.5']);
    assert.deepEqual(tableRows(section(page, 'chart-lead')), [
      ['Samen', '4', '6', '9,4'], ['Alleen', '2', '11,5', '13,5']]);
    const norms = chart(page, 'chart-norms');
    assert.deepEqual(bars(norms).map(([, value]) => value), ['6', '4']);
    assert.match(norms.querySelector('desc')?.textContent ?? '', /4 van de 6 .*\(66,7%\)/);
    assert.deepEqual(tableRows(section(page, 'chart-norms')),
      [['Afgerond in de periode', '6'], ['Binnen de normen', '4'], ['Aandeel', '66,7%']]);
    const overdue = chart(page, 'chart-overdue');
    assert.deepEqual(bars(overdue).map(([, value]) => value), ['3', '2', '2']);
    assert.deepEqual(tableRows(section(page, 'chart-overdue')), [
      ['Open aanvragen met achterstand', '3'], ['Termijn verstreken', '2'],
      ['Opvolgtaak over tijd', '2']]);
  });

  test('bad dates: an error summary that links to the field, status 400, never 500', async () => {
    for (const query of ['from=2026-02-30', 'from=yesterday&to=2026-05-01', 'to=%3Cb%3E',
      'from=2026-05-10&to=2026-05-01', 'from=2019-01-01&to=2026-01-01', 'from=a&from=b']) {
      const page = assertPage(await tim.get(`/office/dashboard?lang=nl&${query}`), 400);
      const summary = page.querySelector('.error-summary');
      assert.ok(summary, query);
      const link = summary.querySelector('a')?.getAttribute('href') ?? '';
      assert.ok(page.querySelector(link), `${query}: the summary links to ${link}`);
      assert.equal(page.querySelectorAll('svg').length, 0);
    }
    const csv = await tim.get('/office/dashboard.csv?from=2026-13-01');
    assert.equal(csv.statusCode, 400);
    assert.match(csv.body, /JJJJ-MM-DD/);
  });
});

describe('the CSV export', () => {
  test('text/csv, an attachment, a header line and one row per figure', async () => {
    const response = await tim.get('/office/dashboard.csv');
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'text/csv; charset=utf-8');
    assert.match(String(response.headers['content-disposition']),
      /^attachment; filename="dashboard-44021-2026-03-02-2026-05-20\.csv"$/);
    const lines = response.body.trimEnd().split('\r\n');
    assert.equal(lines[0], 'figure,from,to,week,channel,path,state,value');
    // 11 states, 12 weeks x 2 channels, 2 paths x 3, 2 norm figures, 3 overdue figures.
    assert.equal(lines.length, 1 + 11 + 24 + 6 + 2 + 3);
    const now = '2026-05-20T08:00:00.000Z';
    for (const [state, count] of gentStates) {
      assert.ok(lines.includes(`cases_per_state,,${now},,,,${state},${count}`), state);
    }
    for (const [week, online, counter] of gentWeeks) {
      assert.ok(lines.includes(`cases_started,2026-03-02,2026-05-20,${week},online,,,${online}`));
      assert.ok(lines.includes(`cases_started,2026-03-02,2026-05-20,${week},counter,,,${counter}`));
    }
    const period = '2026-03-02,2026-05-20';
    for (const line of [
      `completed,${period},,,joint,,4`, `lead_time_median_days,${period},,,joint,,6`,
      `lead_time_p90_days,${period},,,joint,,9.4`, `completed,${period},,,unilateral,,2`,
      `lead_time_median_days,${period},,,unilateral,,11.5`,
      `lead_time_p90_days,${period},,,unilateral,,13.5`,
      `completed_within_norms,${period},,,,,4`, `completed_within_norms_percent,${period},,,,,66.7`,
      `overdue,,${now},,,,,3`, `overdue_deadline_passed,,${now},,,,,2`,
      `overdue_follow_up,,${now},,,,,2`,
    ]) assert.ok(lines.includes(line), line);
  });

  test('the same period as the page; a period without completions leaves the lead time empty', async () => {
    const response = await tim.get('/office/dashboard.csv?from=2026-05-11&to=2026-05-17');
    const lines = response.body.trimEnd().split('\r\n');
    assert.ok(lines.includes('cases_started,2026-05-11,2026-05-17,2026-05-11,online,,,0'));
    assert.ok(lines.includes('lead_time_median_days,2026-05-11,2026-05-17,,,joint,,'));
    assert.ok(lines.includes('completed_within_norms_percent,2026-05-11,2026-05-17,,,,,'));
  });

  test('cells that a spreadsheet would run as a formula are escaped', () => {
    assert.equal(csvCell('=HYPERLINK("x")'), '"\'=HYPERLINK(""x"")"');
    assert.equal(csvCell('+32'), "'+32");
    assert.equal(csvCell('-1'), "'-1");
    assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvCell('\tx'), "'\tx");
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('2026-03-02'), '2026-03-02');
    assert.equal(csvCell(null), '');
  });
});

describe('who sees what', () => {
  test('Namur staff see only Namur figures', async () => {
    const page = assertPage(await thomas.get('/office/dashboard?lang=fr'));
    assert.deepEqual(bars(chart(page, 'chart-states')).map(([, v]) => v),
      ['1', '0', '0', '0', '1', '0', '0', '1', '0', '0', '0']);
    const weeks = bars(chart(page, 'chart-weeks')).filter(([, v]) => v !== '0');
    assert.deepEqual(weeks, [['2026-03-30', '1', 'online'], ['2026-05-04', '1', 'counter'],
      ['2026-05-11', '1', 'counter']]);
    const csv = (await thomas.get('/office/dashboard.csv')).body.trimEnd().split('\r\n');
    assert.ok(csv.includes('cases_per_state,,2026-05-20T08:00:00.000Z,,,,completed,1'));
    assert.ok(csv.includes('completed,2026-03-02,2026-05-20,,,joint,,1'));
    assert.ok(csv.includes('lead_time_median_days,2026-03-02,2026-05-20,,,joint,,1'));
    assert.ok(csv.includes('overdue,,2026-05-20T08:00:00.000Z,,,,,1'));
    assert.ok(csv.includes('completed_within_norms_percent,2026-03-02,2026-05-20,,,,,100'));
  });

  test('the registrar and the administrator see the dashboard', async () => {
    for (const role of ['registrar', 'administrator'] as const) {
      const browser = await signedInStaff(server, 'gent', role);
      assertPage(await browser.get('/office/dashboard'));
      assert.equal((await browser.get('/office/dashboard.csv')).statusCode, 200);
    }
  });

  test('the counter: 403 with a page that says why, for the page and the CSV', async () => {
    const sara = await signedInStaff(server, 'gent', 'counter');
    const page = assertPage(await sara.get('/office/dashboard?lang=nl'), 403);
    assert.equal(page.querySelector('h1')?.textContent, 'Geen toegang tot het dashboard');
    const csv = await sara.get('/office/dashboard.csv');
    assert.equal(csv.statusCode, 403);
    assert.doesNotMatch(csv.body, /cases_per_state/);
  });

  test('without a staff session: no figures', async () => {
    const response = await server.inject({ method: 'GET', url: '/office/dashboard.csv' });
    assert.notEqual(response.statusCode, 200);
    assert.doesNotMatch(response.body, /cases_per_state/);
  });
});
