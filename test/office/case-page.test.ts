// The office's case page through the real sign-in of demo staff, on cases driven through the
// engine: the timeline, payments, bailiff and notes; overriding with and without a reason;
// review and record by the registrar (and not by the counter); withdrawal on a citizen's
// behalf; an incident tried again and run by the worker; a failed e-mail sent again; and
// another municipality's staff answered 404 on every route.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SMTPServer } from 'smtp-server';
import { sql } from 'kysely';
import { embeddedCaseTracking } from '../../src/adapters/case-tracking/embedded.ts';
import { publishStatus } from '../../src/app/effects/publish-status.ts';
import { signDeclaration } from '../../src/app/sign-declaration.ts';
import { startCase } from '../../src/app/start-case.ts';
import { euro } from '../../src/web/product/offer.ts';
import { caseAwaitingService } from '../bailiff/support.ts';
import { assertPage, hidden, signedIn } from '../citizen/support.ts';
import type { Browser } from '../login/browser.ts';
import { setPreference, settle } from '../notifications/support.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { html, serverFor, type Server } from '../web/support.ts';
import { signedInStaff } from './support.ts';

const JAN = '85073092113';
const PIETER = '92011792123';
const SOFIE = '01040592273';
const LOTTE = '91120192273';
const GENT = '44021';

/** A mail server that refuses (550) mail to "bounce" addresses while `bouncing` is on. */
let bouncing = true;
const smtp = new SMTPServer({
  authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
  onRcptTo(address, _session, callback) {
    if (bouncing && address.address.startsWith('bounce')) {
      callback(Object.assign(new Error('No such mailbox'), { responseCode: 550 }));
    } else callback();
  },
  onData(stream, _session, callback) {
    stream.resume();
    stream.on('end', () => callback());
  },
});

/** The case-tracking receiver is down while `trackingDown` is on. */
let trackingDown = false;

let app: TestApp;
let server: Server;
let jan: string;
let pieter: string;
let lotte: string;
const staff: Record<string, Browser> = {};

async function version(caseId: string): Promise<number> {
  return (await app.engine.load(caseId))?.version ?? 0;
}

async function eventCount(caseId: string): Promise<number> {
  const row = await app.db.selectFrom('case_event').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('case_id', '=', caseId).executeTakeFirstOrThrow();
  return Number(row.n);
}

function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(app.clock.now());
}

/** The form token of a signed-in member, from the sign-out form of any office page. */
async function csrfOf(browser: Browser, url: string): Promise<string> {
  return hidden(await browser.get(url), '_csrf');
}

function mainText(body: string): string {
  return html(body).querySelector('main')?.textContent.replace(/\s+/g, ' ') ?? '';
}

before(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const address = smtp.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  app = await createTestApp(undefined, {
    handlers: {
      publish_status: async (job, context) => {
        if (trackingDown) throw new Error('case tracking is unavailable');
        await publishStatus((db) => embeddedCaseTracking(db, () => context.now))(job, context);
      },
    },
  }, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), WORKER_MAX_ATTEMPTS: '1' });
  server = await serverFor(app, 'test');

  jan = (await caseAwaitingService(app, JAN)).caseId;

  // A joint case signed by Pieter; the invitation to Sofie bounces.
  await setPreference(app, SOFIE, { email: 'bounce.sofie@example.be' });
  pieter = (await startCase(app.db, app.engine, app.registerFor, {
    declarant: PIETER, path: 'joint', channel: 'online',
    actor: { role: 'declarant', id: PIETER } })).caseId;
  await settle(app);
  await signDeclaration(app, { step: 'declaration', caseId: pieter, person: PIETER,
    version: await version(pieter), language: 'nl', assurance: 'substantial' });
  await settle(app);

  // Gent reviews before registration from now on: Lotte's case waits for the registrar.
  await sql`update municipality set settings = settings || '{"reviewBeforeRegistration": true}'
    where code = ${GENT}`.execute(app.db);
  const engaged = await caseAwaitingService(app, LOTTE);
  lotte = engaged.caseId;
  const bailiff = { role: 'bailiff' as const, id: engaged.bailiffId };
  await app.engine.execute({ type: 'AcceptAssignment', caseId: lotte, actor: bailiff,
    channel: 'bailiff' });
  await app.engine.execute({ type: 'RecordService', caseId: lotte, actor: bailiff,
    channel: 'bailiff', serviceDate: today(), place: 'Gent', mode: 'in_person',
    deedReference: 'EXP-2026-0042' });
  await settle(app);

  for (const role of ['counter', 'civil_affairs', 'registrar'] as const) {
    staff[`gent-${role}`] = await signedInStaff(server, 'gent', role);
  }
  staff['namur-civil_affairs'] = await signedInStaff(server, 'namur', 'civil_affairs');
  staff['namur-registrar'] = await signedInStaff(server, 'namur', 'registrar');
});

after(async () => {
  await server?.close();
  await app?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe('the case page', () => {
  test('shows the timeline, payments, documents and bailiff of a case driven through the engine', async () => {
    const response = await staff['gent-civil_affairs']!.get(`/office/cases/${jan}`);
    const page = assertPage(response);
    const text = mainText(response.body);
    const state = (await app.engine.load(jan))!.state;
    const timeline = page.querySelector('table.timeline-table');
    assert.ok(timeline);
    assert.equal(timeline.querySelectorAll('tbody tr').length, await eventCount(jan));
    assert.match(timeline.textContent, /Aanvraag gestart \(eenzijdig\)/);
    assert.match(timeline.textContent, /aanvrager/);
    assert.match(timeline.textContent, new RegExp(`Betaling ontvangen: ${euro('nl', 27_500)}`));
    assert.match(timeline.textContent, /Gerechtsdeurwaarder aangesteld: Gerechtsdeurwaarderskantoor/);
    const payments = page.querySelectorAll('section[aria-labelledby="payments-title"] tbody tr');
    assert.equal(payments.length, 1);
    assert.match(payments[0]!.textContent, new RegExp(`voorschot${euro('nl', 27_500)}`));
    assert.match(text, /Eenzijdige verklaring \(1 handtekening\)/);
    assert.match(text, /Gerechtsdeurwaarderskantoor Voorbeeld: aangesteld, opdracht gegeven op/);
    assert.ok(state.bailiff);
    const download = page.querySelector('a[href*="/documents/"]')?.getAttribute('href') ?? '';
    const pdf = await staff['gent-civil_affairs']!.get(download);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.match(text, /findPersonaanvragerdeclaration/, 'the register reads of the case are listed');
    // Nothing but a withdrawal is open to staff while the bailiff serves.
    assert.equal(page.querySelectorAll('form[action$="/override"]').length, 0);
    assert.equal(page.querySelectorAll('form[action$="/withdraw"]').length, 1);
  });

  test('a note is kept with its author and never reaches the citizen; a long one is refused', async () => {
    const tim = staff['gent-civil_affairs']!;
    const csrf = await csrfOf(tim, `/office/cases/${jan}`);
    const long = await tim.post(`/office/cases/${jan}/notes`, { _csrf: csrf, text: 'x'.repeat(2001) });
    const refused = assertPage(long, 422);
    assert.equal(refused.querySelectorAll('[role="alert"] a[href="#note"]').length, 1);
    assert.equal(await app.db.selectFrom('case_note').select('id').execute().then((r) => r.length), 0);

    const kept = await tim.post(`/office/cases/${jan}/notes`,
      { _csrf: csrf, text: 'Belde met de aanvrager over de betekening.' });
    assert.equal(kept.statusCode, 303);
    const page = await tim.get(String(kept.headers.location));
    assert.match(mainText(page.body), /Belde met de aanvrager over de betekening\./);
    assert.match(mainText(page.body), /Tim Burgerzaken/);
    assert.match(mainText(page.body), /De notitie is bewaard\./);

    const citizen = await signedIn(server, 'Jan');
    for (const url of [`/cases/${jan}`, '/messages']) {
      const seen = await citizen.get(url);
      assert.doesNotMatch(seen.body, /Belde met de aanvrager/, url);
    }
  });

  test('reads in each of the four languages, without a missing text', async () => {
    // Dutch last: the choice is kept in a cookie for the tests that follow.
    for (const lang of ['fr', 'de', 'en', 'nl']) {
      const response = await staff['gent-registrar']!.get(`/office/cases/${lotte}?lang=${lang}`);
      const page = assertPage(response);
      assert.equal(page.querySelector('html')?.getAttribute('lang'), lang);
      assert.doesNotMatch(mainText(response.body), /office\.case\./, lang);
    }
  });
});

describe('overriding the status', () => {
  test('without a reason it is refused with an error summary, and nothing is written', async () => {
    const tim = staff['gent-civil_affairs']!;
    const before = await version(pieter);
    const page = await tim.get(`/office/cases/${pieter}`);
    assert.deepEqual(html(page.body).querySelectorAll('#override-to option')
      .map((o) => o.getAttribute('value')), ['awaiting_declarant_choice']);
    const response = await tim.post(`/office/cases/${pieter}/override`, {
      _csrf: hidden(page, '_csrf'), version: String(before), to: 'awaiting_declarant_choice',
      reason: '   ' });
    const refused = assertPage(response, 422);
    assert.equal(refused.querySelectorAll('[role="alert"] a[href="#override-reason"]').length, 1);
    assert.equal(await version(pieter), before);
  });

  test('a stale form is answered "changed in the meantime", and nothing is written', async () => {
    const tim = staff['gent-civil_affairs']!;
    const before = await version(pieter);
    const response = await tim.post(`/office/cases/${pieter}/override`, {
      _csrf: await csrfOf(tim, `/office/cases/${pieter}`), version: String(before - 1),
      to: 'awaiting_declarant_choice', reason: 'Partner is onbereikbaar.' });
    assert.equal(response.statusCode, 409);
    assert.match(response.body, /intussen gewijzigd/);
    assert.equal(await version(pieter), before);
  });

  test('the counter may not override (403), nothing written', async () => {
    const sara = staff['gent-counter']!;
    const before = await version(pieter);
    const page = await sara.get(`/office/cases/${pieter}`);
    assert.equal(html(page.body).querySelectorAll('form[action$="/override"]').length, 0);
    const response = await sara.post(`/office/cases/${pieter}/override`, {
      _csrf: hidden(page, '_csrf'), version: String(before), to: 'awaiting_declarant_choice',
      reason: 'Probeer het toch.' });
    assert.equal(response.statusCode, 403);
    assert.equal(await version(pieter), before);
  });

  test('with a reason the status moves and the reason shows in the timeline', async () => {
    const tim = staff['gent-civil_affairs']!;
    const response = await tim.post(`/office/cases/${pieter}/override`, {
      _csrf: await csrfOf(tim, `/office/cases/${pieter}`), version: String(await version(pieter)),
      to: 'awaiting_declarant_choice', reason: 'De partner is verhuisd naar het buitenland.' });
    assert.equal(response.statusCode, 303);
    assert.equal((await app.engine.load(pieter))?.state.status, 'awaiting_declarant_choice');
    await settle(app);
    const page = await tim.get(String(response.headers.location));
    const timeline = html(page.body).querySelector('table.timeline-table')?.textContent ?? '';
    assert.match(timeline, /Status met de hand gewijzigd van "wacht op de partner" naar "wacht op de keuze van de aanvrager"/);
    assert.match(timeline, /Reden: De partner is verhuisd naar het buitenland\./);
    const row = html(page.body).querySelectorAll('table.timeline-table tbody tr')
      .find((tr) => tr.textContent.includes('met de hand gewijzigd'));
    assert.match(row?.textContent ?? '', /Tim Burgerzaken \(burgerzaken\)/,
      'the member of staff by name and role');
  });
});

describe('review and record', () => {
  test('the counter may not approve the registration: 403, nothing written', async () => {
    const sara = staff['gent-counter']!;
    const before = await version(lotte);
    const page = await sara.get(`/office/cases/${lotte}`);
    assert.equal(html(page.body).querySelectorAll('form[action$="/approve"]').length, 0);
    const response = await sara.post(`/office/cases/${lotte}/approve`,
      { _csrf: hidden(page, '_csrf'), version: String(before) });
    assert.equal(response.statusCode, 403);
    assert.equal(await version(lotte), before);
  });

  test('the registrar approves; the worker records the termination', async () => {
    const eva = staff['gent-registrar']!;
    assert.equal((await app.engine.load(lotte))?.state.status, 'registering');
    const page = await eva.get(`/office/cases/${lotte}`);
    const form = html(page.body).querySelector('form[action$="/approve"]');
    assert.ok(form, 'the registrar is offered the approval');
    const response = await eva.post(`/office/cases/${lotte}/approve`,
      { _csrf: hidden(page, '_csrf'), version: String(await version(lotte)) });
    assert.equal(response.statusCode, 303);
    await settle(app);
    assert.equal((await app.engine.load(lotte))?.state.status, 'completed');
    const after = await eva.get(`/office/cases/${lotte}`);
    const text = mainText(after.body);
    assert.match(text, /Registratie goedgekeurd/);
    assert.match(text, /Beëindiging geregistreerd/);
    assert.match(text, /beëindiging registreren/);
    assert.equal(html(after.body).querySelectorAll('form[action$="/approve"]').length, 0);
    const again = await eva.post(`/office/cases/${lotte}/approve`,
      { _csrf: hidden(after, '_csrf'), version: String(await version(lotte)) });
    assert.equal(again.statusCode, 409);
    assert.match(again.body, /Dit kan niet in deze status/);
  });
});

describe('messages and incidents', () => {
  test('a failed delivery is shown and sent again on a staff member\'s request', async () => {
    const failed = await app.db.selectFrom('delivery').innerJoin('message', 'message.id',
      'delivery.message_id').select(['delivery.id', 'delivery.status'])
      .where('message.case_id', '=', pieter).where('delivery.address', '=', 'bounce.sofie@example.be')
      .execute();
    assert.ok(failed.length > 0);
    assert.ok(failed.every((row) => row.status === 'failed'));
    const id = Number(failed[0]!.id);
    const tim = staff['gent-civil_affairs']!;
    const page = await tim.get(`/office/cases/${pieter}`);
    const action = `/office/cases/${pieter}/deliveries/${id}/resend`;
    assert.equal(html(page.body).querySelectorAll(`form[action="${action}"]`).length, 1);
    assert.match(mainText(page.body), /burger onbereikbaar/, 'the unreachable follow-up is open');

    const sara = staff['gent-counter']!;
    const denied = await sara.post(action, { _csrf: await csrfOf(sara, `/office/cases/${pieter}`) });
    assert.equal(denied.statusCode, 403);

    bouncing = false;
    const response = await tim.post(action, { _csrf: hidden(page, '_csrf') });
    assert.equal(response.statusCode, 303);
    await settle(app);
    const row = await app.db.selectFrom('delivery').select(['status', 'attempts'])
      .where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.status, 'sent');
    assert.equal(row.attempts, 1);
    const after = await tim.get(`/office/cases/${pieter}`);
    assert.match(mainText(after.body), /Tim Burgerzaken verstuurde bezorging \d+ opnieuw/);
    const twice = await tim.post(action, { _csrf: hidden(after, '_csrf') });
    assert.equal(twice.statusCode, 409, 'a delivery that did not fail is not sent again');
  });

  test('an incident is tried again on a staff member\'s request and the worker runs it', async () => {
    const tim = staff['gent-civil_affairs']!;
    trackingDown = true;
    const withdrawn = await tim.post(`/office/cases/${pieter}/withdraw`, {
      _csrf: await csrfOf(tim, `/office/cases/${pieter}`), version: String(await version(pieter)),
      reason: 'De aanvrager vroeg het aan het loket.' });
    assert.equal(withdrawn.statusCode, 303);
    await settle(app);
    const incident = await app.db.selectFrom('outbox').select(['id', 'status'])
      .where('case_id', '=', pieter).where('status', '=', 'incident').executeTakeFirstOrThrow();
    const page = await tim.get(`/office/cases/${pieter}`);
    const action = `/office/cases/${pieter}/incidents/${incident.id}/retry`;
    assert.equal(html(page.body).querySelectorAll(`form[action="${action}"]`).length, 1);
    assert.match(mainText(page.body), /case tracking is unavailable/);

    trackingDown = false;
    const response = await tim.post(action, { _csrf: hidden(page, '_csrf') });
    assert.equal(response.statusCode, 303);
    const pending = await app.db.selectFrom('outbox').select('status')
      .where('id', '=', incident.id).executeTakeFirstOrThrow();
    assert.equal(pending.status, 'pending');
    await settle(app);
    const done = await app.db.selectFrom('outbox').select('status')
      .where('id', '=', incident.id).executeTakeFirstOrThrow();
    assert.equal(done.status, 'done');
    const after = await tim.get(`/office/cases/${pieter}`);
    assert.match(mainText(after.body), /Geen incidenten\./);
    assert.match(mainText(after.body), new RegExp(`Tim Burgerzaken probeerde opdracht ${incident.id} opnieuw`));
    assert.match(mainText(after.body), /Reden: De aanvrager vroeg het aan het loket\./);
  });
});

describe('another municipality', () => {
  test('Namur staff get 404 for every GET and POST of a Gent case, as for an unknown one', async () => {
    const documentId = (await app.db.selectFrom('document').select('id')
      .where('case_id', '=', jan).executeTakeFirstOrThrow()).id;
    const unknown = '00000000-0000-4000-8000-000000000000';
    const notes = async () => (await app.db.selectFrom('case_note').select('id').execute()).length;
    for (const who of ['namur-civil_affairs', 'namur-registrar']) {
      const browser = staff[who]!;
      const csrf = await csrfOf(browser, `/office/cases/${jan}`);
      assert.ok(csrf);
      const versions = await Promise.all([jan, pieter, lotte].map(version));
      const before = { versions, notes: await notes() };
      const unknownPage = await browser.get(`/office/cases/${unknown}`);
      assert.equal(unknownPage.statusCode, 404);
      for (const caseId of [jan, pieter, lotte]) {
        const v = String(await version(caseId));
        const gets = ['', `/documents/${documentId}`, `/certificates/${documentId}`,
          `/deeds/${documentId}`];
        for (const path of gets) {
          const response = await browser.get(`/office/cases/${caseId}${path}`);
          assert.equal(response.statusCode, 404, `GET ${path}`);
          assert.equal(mainText(response.body), mainText(unknownPage.body));
        }
        const posts: [string, Record<string, string>][] = [
          ['/override', { to: 'awaiting_declarant_choice', reason: 'x', version: v }],
          ['/approve', { version: v }], ['/withdraw', { reason: 'x', version: v }],
          ['/notes', { text: 'x' }], ['/incidents/1/retry', {}], ['/deliveries/1/resend', {}],
        ];
        for (const [path, form] of posts) {
          const response = await browser.post(`/office/cases/${caseId}${path}`,
            { _csrf: csrf, ...form });
          assert.equal(response.statusCode, 404, `POST ${path}`);
        }
      }
      assert.deepEqual({ versions: await Promise.all([jan, pieter, lotte].map(version)),
        notes: await notes() }, before);
    }
  });
});
