// The municipality's settings page through the real staff sign-in: the administrator changes
// each kind of setting and a case started afterwards uses them (a running case keeps its own);
// bad input is refused with an error summary and nothing written; other roles get 403; an
// administrator of Namur cannot touch Gent; two administrators saving at once: the second
// is told and keeps their input; a bailiff marked unavailable is skipped when engaging.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import { municipalityCounter } from '../../src/app/municipalities.ts';
import { startCase } from '../../src/app/start-case.ts';
import { translator } from '../../src/web/i18n/index.ts';
import { messageBody } from '../../src/web/messages/texts.ts';
import { caseAwaitingService, bailiffs } from '../bailiff/support.ts';
import { assertPage, hidden, signedIn } from '../citizen/support.ts';
import type { Browser } from '../login/browser.ts';
import { settle } from '../notifications/support.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { html, serverFor, type Server } from '../web/support.ts';
import { signedInStaff } from './support.ts';

const GENT = '44021';
const NAMUR = '92094';
const JAN = '85073092113';
const PIETER = '92011792123';

let app: TestApp;
let server: Server;
let koen: Browser; // administrator, Gent
let louis: Browser; // administrator, Namur

before(async () => {
  app = await createTestApp();
  server = await serverFor(app, 'test');
  koen = await signedInStaff(server, 'gent', 'administrator', '/office/settings');
  louis = await signedInStaff(server, 'namur', 'administrator', '/office/settings');
});
after(async () => {
  await server.close();
  await app.close();
});

/** Every field of the page's form that posts to `action`, as the page shows it. */
function formOf(response: LightMyRequestResponse, action: string): Record<string, string> {
  const form = html(response.body).querySelector(`form[method="post"][action="${action}"]`);
  assert.ok(form, `a form to ${action}`);
  const fields: Record<string, string> = {};
  for (const input of form.querySelectorAll('input')) {
    const name = input.getAttribute('name');
    const type = input.getAttribute('type');
    if (!name) continue;
    if ((type === 'radio' || type === 'checkbox') && !input.hasAttribute('checked')) continue;
    fields[name] = input.getAttribute('value') ?? '';
  }
  return fields;
}

async function settingsPage(browser: Browser) {
  const response = await browser.get('/office/settings');
  assertPage(response);
  return response;
}

/** Posts the form of the settings page to `action` with some fields changed. */
async function save(browser: Browser, action: string, changes: Record<string, string>,
  page?: LightMyRequestResponse) {
  const form = formOf(page ?? await settingsPage(browser), action);
  return browser.post(action, { ...form, ...changes });
}

async function gentRow() {
  return app.db.selectFrom('municipality').selectAll().where('code', '=', GENT)
    .executeTakeFirstOrThrow();
}

async function changeCount(code = GENT) {
  const rows = await app.db.selectFrom('municipality_settings_change').select('id')
    .where('municipality', '=', code).execute();
  return rows.length;
}

function summaryOf(response: LightMyRequestResponse): string {
  const page = assertPage(response, 422);
  const summary = page.querySelector('.error-summary');
  assert.ok(summary, 'an error summary');
  return summary.textContent;
}

describe('an administrator changes the settings and a new case uses them', () => {
  let janCase: string;

  test('the page shows the current settings, says changes apply to new cases, and its sections', async () => {
    const page = html((await settingsPage(koen)).body);
    assert.match(page.querySelector('h1')?.textContent ?? '', /Instellingen van Gent/);
    assert.match(page.querySelector('.lead')?.textContent ?? '',
      /gelden voor dossiers die daarna starten/);
    assert.equal(page.querySelector('#deposit')?.getAttribute('value'), '275');
    assert.equal(page.querySelector('#partnerReminderDays')?.getAttribute('value'), '7, 12');
    assert.ok(page.querySelector('a[href="/office/settings"]'), 'the navigation offers settings');
    const bailiffRows = page.querySelectorAll('table.bailiffs tbody th').map((th) => th.id).sort();
    assert.deepEqual(bailiffRows, [`bailiff-${bailiffs.ovl1.id}`, `bailiff-${bailiffs.ovl2.id}`]);
    assert.match(page.textContent, /Nog geen wijzigingen/);
  });

  test('the counter\'s contact: saved, recorded, and shown to citizens', async () => {
    const response = await save(koen, '/office/settings/counter', {
      bookingUrl: 'https://www.gent.example/afspraak', phone: '+32 9 210 10 10',
      hoursNl: 'Maandag tot vrijdag 9-12 uur', hoursFr: 'Du lundi au vendredi 9-12 h',
      hoursDe: 'Montag bis Freitag 9-12 Uhr', hoursEn: 'Monday to Friday 9 am to noon',
    });
    assert.equal(response.statusCode, 303);
    assert.match(String(response.headers.location), /^\/office\/settings\?saved=1/);
    const counter = await municipalityCounter(app.db, GENT);
    assert.deepEqual(counter?.contact, {
      bookingUrl: 'https://www.gent.example/afspraak', phone: '+32 9 210 10 10',
      openingHours: { nl: 'Maandag tot vrijdag 9-12 uur', fr: 'Du lundi au vendredi 9-12 h',
        de: 'Montag bis Freitag 9-12 Uhr', en: 'Monday to Friday 9 am to noon' } });
  });

  test('filing mode, deposit and fee, review, deadlines, reminders and the norm: a case started afterwards has them', async () => {
    const response = await save(koen, '/office/settings', {
      filingMode: 'counter', deposit: '300,50', jointFee: '12.5',
      reviewBeforeRegistration: 'yes', partnerAnswerDays: '21', partnerReminderDays: '7, 14',
      declarantChoiceDays: '40', declarantReminderDays: '30', paymentDays: '10',
      paymentReminderDays: '5', paymentGraceDays: '20', registrationWorkingDays: '3',
    });
    assert.equal(response.statusCode, 303, response.body.slice(0, 400));
    const saved = html((await koen.get(String(response.headers.location))).body);
    assert.match(saved.querySelector('[role="status"]')?.textContent ?? '', /De wijziging is bewaard/);

    const started = await startCase(app.db, app.engine, app.registerFor, {
      declarant: JAN, path: 'joint', channel: 'online', actor: { role: 'declarant', id: JAN } });
    assert.equal(started.outcome, 'started');
    janCase = started.caseId;
    await settle(app);
    const state = (await app.engine.load(janCase))?.state;
    assert.ok(state);
    assert.deepEqual(state.settings, {
      filingMode: 'counter', depositCents: 30_050, jointFeeCents: 1_250,
      reviewBeforeRegistration: true, partnerAnswerDays: 21, partnerReminderDays: [7, 14],
      declarantChoiceDays: 40, declarantReminderDays: [30], paymentDays: 10,
      paymentReminderDays: [5], paymentGraceDays: 20, registrationWorkingDays: 3,
    });
    // The service norms the partners read come from the case's settings.
    const body = messageBody({ lang: 'nl', t: translator('nl'), path: '/messages' },
      'case_started', state).join('\n');
    assert.match(body, /de partner heeft 21 dagen om te antwoorden/);
    assert.match(body, /binnen 3 werkdagen/);
  });

  test('each change is in the log with who and when, and a running case keeps its settings', async () => {
    const back = await save(koen, '/office/settings', { filingMode: 'online', deposit: '275',
      jointFee: '0', reviewBeforeRegistration: '' });
    assert.equal(back.statusCode, 303, back.body.slice(0, 400));
    const state = (await app.engine.load(janCase))?.state;
    assert.equal(state?.settings.filingMode, 'counter');
    assert.equal(state?.settings.depositCents, 30_050);

    const rows = await app.db.selectFrom('municipality_settings_change').selectAll()
      .where('municipality', '=', GENT).orderBy('id').execute();
    assert.deepEqual(rows.map((r) => r.section), ['counter', 'process', 'process']);
    assert.ok(rows.every((r) => r.staff_name === 'Koen Beheer' && r.changed_at instanceof Date));
    const deposit = rows[1]?.changes.find((c) => c.field === 'depositCents');
    assert.deepEqual(deposit, { field: 'depositCents', from: 27_500, to: 30_050 });

    const page = html((await settingsPage(koen)).body);
    const log = page.querySelector('table.settings-log');
    assert.ok(log, 'the log of changes');
    assert.equal(log.querySelectorAll('tbody tr').length, 3);
    assert.match(log.textContent, /Koen Beheer/);
    assert.match(log.textContent, /Voorschot voor de kosten van de gerechtsdeurwaarder/);
    assert.match(log.textContent, /Contact van het loket/);
  });

  test('a bailiff marked unavailable on the page is skipped when a bailiff is engaged', async () => {
    const page = await settingsPage(koen);
    const mark = await save(koen, `/office/settings/bailiffs/${bailiffs.ovl1.id}`,
      { available: 'no' }, page);
    assert.equal(mark.statusCode, 303, mark.body.slice(0, 400));
    const after = html((await settingsPage(koen)).body);
    const row = after.querySelector(`#bailiff-${bailiffs.ovl1.id}`)?.parentNode;
    assert.match(row?.textContent ?? '', /Niet beschikbaar/);
    // Next in turn would be ovl-1 (never engaged, first by id): it is skipped.
    const ovl1 = await app.db.selectFrom('bailiff').select(['available', 'last_engaged_at'])
      .where('id', '=', bailiffs.ovl1.id).executeTakeFirstOrThrow();
    assert.deepEqual(ovl1, { available: false, last_engaged_at: null });
    const { bailiffId } = await caseAwaitingService(app, PIETER);
    assert.equal(bailiffId, bailiffs.ovl2.id);
  });

  test('a bailiff added with name and e-mail joins the district, available', async () => {
    const response = await save(koen, '/office/settings/bailiffs',
      { bailiffName: 'Gerda Gerechtsdeurwaarder', bailiffEmail: 'gerda@kantoor.example' });
    assert.equal(response.statusCode, 303, response.body.slice(0, 400));
    const added = await app.db.selectFrom('bailiff').selectAll()
      .where('name', '=', 'Gerda Gerechtsdeurwaarder').executeTakeFirstOrThrow();
    assert.equal(added.judicial_district, 'Oost-Vlaanderen');
    assert.equal(added.email, 'gerda@kantoor.example');
    assert.equal(added.available, true);
    const page = html((await settingsPage(koen)).body);
    assert.match(page.querySelector('table.bailiffs')?.textContent ?? '', /Gerda Gerechtsdeurwaarder/);
    assert.match(page.querySelector('table.settings-log')?.textContent ?? '',
      /Toegevoegd: Gerda Gerechtsdeurwaarder/);
  });
});

describe('the municipality\'s own message texts', () => {
  test('an own Dutch text replaces the service\'s body of messages made afterwards; the norms still follow; a sent message keeps its words', async () => {
    const form = await koen.get('/office/settings/texts?template=case_started');
    const page = assertPage(form);
    assert.match(page.querySelector('#textNl-hint')?.textContent ?? '', /Tekst van de dienst/);
    const own = 'Stad Gent heeft uw aanvraag goed ontvangen. Wij helpen u graag verder.';
    const saved = await koen.post('/office/settings/texts', { ...formOf(form, '/office/settings/texts'),
      textNl: own });
    assert.equal(saved.statusCode, 303, saved.body.slice(0, 400));
    assert.equal((await app.db.selectFrom('municipality_message_text').selectAll().execute()).length, 1);

    const jan = await signedIn(server, 'Jan');
    const shown = async (id: number | string) => assertPage(await jan.get(`/messages/${id}`))
      .querySelector('main')?.textContent ?? '';
    const earlier = await app.db.selectFrom('message').select(['id', 'case_id'])
      .where('person_id', '=', JAN).where('template', '=', 'case_started').executeTakeFirstOrThrow();
    assert.doesNotMatch(await shown(earlier.id), /Stad Gent heeft uw aanvraag/,
      'a message sent before keeps the service\'s words');

    // Jan withdraws and starts again: the new message is made with the own text.
    await app.engine.execute({ type: 'Withdraw', caseId: earlier.case_id, channel: 'online',
      actor: { role: 'declarant', id: JAN } });
    const again = await startCase(app.db, app.engine, app.registerFor, {
      declarant: JAN, path: 'joint', channel: 'online', actor: { role: 'declarant', id: JAN } });
    assert.equal(again.outcome, 'started');
    await settle(app);
    const later = await app.db.selectFrom('message').select('id').where('person_id', '=', JAN)
      .where('template', '=', 'case_started').where('case_id', '=', again.caseId)
      .executeTakeFirstOrThrow();
    assert.match(await shown(later.id), /Stad Gent heeft uw aanvraag goed ontvangen/);
    assert.match(await shown(later.id), /de partner heeft 21 dagen om te antwoorden/);

    const cleared = await koen.post('/office/settings/texts', {
      ...formOf(await koen.get('/office/settings/texts?template=case_started'), '/office/settings/texts'),
      textNl: '' });
    assert.equal(cleared.statusCode, 303);
    assert.match(await shown(later.id), /Stad Gent heeft uw aanvraag goed ontvangen/,
      'clearing the text does not rewrite what was sent');
    assert.doesNotMatch(await shown(earlier.id), /Stad Gent heeft uw aanvraag/);
    const log = await app.db.selectFrom('municipality_settings_change').select('section')
      .where('section', '=', 'texts').execute();
    assert.equal(log.length, 2);
  });

  test('a text over 2000 characters is refused; an unknown message: 404', async () => {
    const form = await koen.get('/office/settings/texts?template=partner_invited');
    const refused = await koen.post('/office/settings/texts', { ...formOf(form, '/office/settings/texts'),
      textFr: 'x'.repeat(2001) });
    assert.match(summaryOf(refused), /hoogstens 2000 tekens/);
    assert.equal((await app.db.selectFrom('municipality_message_text').selectAll().execute()).length, 0);
    assert.equal((await koen.get('/office/settings/texts?template=bailiff_assignment')).statusCode, 404);
  });
});

describe('bad input is refused with an error summary and nothing is written', () => {
  async function refusedWithoutWrite(action: string, changes: Record<string, string>) {
    const before = await gentRow();
    const count = await changeCount();
    const bailiffCount = (await app.db.selectFrom('bailiff').select('id').execute()).length;
    const response = await save(koen, action, changes);
    const summary = summaryOf(response);
    const after = await gentRow();
    assert.deepEqual(after.settings, before.settings);
    assert.equal(after.settings_version, before.settings_version);
    assert.equal(after.counter_booking_url, before.counter_booking_url);
    assert.equal(await changeCount(), count);
    assert.equal((await app.db.selectFrom('bailiff').select('id').execute()).length, bailiffCount);
    return { summary, page: html(response.body) };
  }

  test('a deadline shorter than allowed (0 days) is refused by the process\'s own rules, the input kept', async () => {
    const { summary, page } = await refusedWithoutWrite('/office/settings',
      { partnerAnswerDays: '0', deposit: '280' });
    assert.match(summary, /Termijn voor het antwoord van de partner: geef een heel aantal dagen van 1 tot 365/);
    assert.ok(page.querySelector('.error-summary a[href="#partnerAnswerDays"]'));
    assert.equal(page.querySelector('#partnerAnswerDays')?.getAttribute('aria-invalid'), 'true');
    assert.equal(page.querySelector('#partnerAnswerDays')?.getAttribute('value'), '0');
    assert.equal(page.querySelector('#deposit')?.getAttribute('value'), '280');
  });

  test('a reminder outside its deadline and a deadline over a year are refused', async () => {
    const { summary } = await refusedWithoutWrite('/office/settings',
      { partnerReminderDays: '7, 30', paymentDays: '400' });
    assert.match(summary, /Herinneringen aan de partner op dag: geef verschillende dagen/);
    assert.match(summary, /Termijn om te betalen: geef een heel aantal dagen van 1 tot 365/);
  });

  test('a negative or non-numeric amount, and a fee above the legal EUR 25, are refused', async () => {
    const negative = await refusedWithoutWrite('/office/settings', { deposit: '-50' });
    assert.match(negative.summary, /Voorschot .*: geef een bedrag in euro/);
    const words = await refusedWithoutWrite('/office/settings', { jointFee: 'tien euro' });
    assert.match(words.summary, /Retributie .*: geef een bedrag in euro/);
    const zero = await refusedWithoutWrite('/office/settings', { deposit: '0' });
    assert.match(zero.summary, /het voorschot is meer dan 0 euro/);
    const high = await refusedWithoutWrite('/office/settings', { jointFee: '25,01' });
    assert.match(high.summary, /de retributie is 0 tot 25 euro/);
  });

  test('a bad e-mail or an empty name for a new bailiff is refused', async () => {
    const { summary, page } = await refusedWithoutWrite('/office/settings/bailiffs',
      { bailiffName: '', bailiffEmail: 'geen-adres' });
    assert.match(summary, /E-mailadres voor opdrachten: geef een geldig e-mailadres/);
    assert.match(summary, /Naam van de gerechtsdeurwaarder .*: geef een naam/);
    assert.equal(page.querySelector('#bailiffEmail')?.getAttribute('value'), 'geen-adres');
  });

  test('a counter contact without https or with a bad phone is refused', async () => {
    const { summary } = await refusedWithoutWrite('/office/settings/counter',
      { bookingUrl: 'http://www.gent.example/afspraak', phone: 'bel ons' });
    assert.match(summary, /met https:\/\/ begint/);
    assert.match(summary, /geef een telefoonnummer/);
  });

  test('a forged or missing csrf token: 403, nothing written', async () => {
    const before = await gentRow();
    const response = await koen.post('/office/settings', { _csrf: 'forged', deposit: '1' });
    assert.equal(response.statusCode, 403);
    assert.deepEqual((await gentRow()).settings, before.settings);
  });
});

describe('only the municipality\'s own administrators', () => {
  test('civil affairs and the counter get 403 on every GET and POST', async () => {
    for (const role of ['civil_affairs', 'counter', 'registrar'] as const) {
      const browser = await signedInStaff(server, 'gent', role);
      const csrf = hidden(await browser.get('/office'), '_csrf');
      const page = assertPage(await browser.get('/office/settings'), 403);
      assert.match(page.querySelector('h1')?.textContent ?? '', /Geen toegang/);
      assert.equal(page.querySelector('a[href="/office/settings"]'), null);
      const before = await gentRow();
      assert.equal((await browser.get('/office/settings/texts')).statusCode, 403);
      for (const action of ['/office/settings', '/office/settings/counter', '/office/settings/texts',
        '/office/settings/bailiffs', `/office/settings/bailiffs/${bailiffs.ovl2.id}`]) {
        const response = await browser.post(action, { _csrf: csrf,
          version: String(before.settings_version), deposit: '1', available: 'no',
          bailiffName: 'Iemand', bailiffEmail: 'iemand@example.org' });
        assert.equal(response.statusCode, 403, `${role} ${action}`);
      }
      const after = await gentRow();
      assert.deepEqual(after.settings, before.settings);
      assert.equal(after.settings_version, before.settings_version);
    }
  });

  test('an administrator of Namur sees and changes Namur only, never Gent', async () => {
    const page = html((await settingsPage(louis)).body);
    assert.match(page.querySelector('h1')?.textContent ?? '', /Namen|Namur/);
    assert.equal(page.querySelector(`#bailiff-${bailiffs.ovl2.id}`), null);
    assert.ok(page.querySelector('#bailiff-bailiff-nam-1'), 'Namur\'s own district');
    const gentBefore = await gentRow();
    const saved = await save(louis, '/office/settings', { deposit: '230' });
    assert.equal(saved.statusCode, 303);
    const namur = await app.db.selectFrom('municipality').select('settings')
      .where('code', '=', NAMUR).executeTakeFirstOrThrow();
    assert.equal(namur.settings.depositCents, 23_000);
    // A Gent bailiff through Namur's page: unknown, as if it did not exist.
    const form = formOf(await settingsPage(louis), '/office/settings');
    const refused = await louis.post(`/office/settings/bailiffs/${bailiffs.ovl2.id}`,
      { _csrf: form._csrf ?? '', version: form.version ?? '', available: 'no' });
    assert.equal(refused.statusCode, 404);
    const gentAfter = await gentRow();
    assert.deepEqual(gentAfter.settings, gentBefore.settings);
    assert.equal(gentAfter.settings_version, gentBefore.settings_version);
    const ovl2 = await app.db.selectFrom('bailiff').select('available')
      .where('id', '=', bailiffs.ovl2.id).executeTakeFirstOrThrow();
    assert.equal(ovl2.available, true);
  });
});

describe('filing at the counter needs the counter\'s contact', () => {
  test('Namur has no counter contact yet: counter filing is refused, nothing written', async () => {
    const before = await app.db.selectFrom('municipality').select(['settings', 'settings_version'])
      .where('code', '=', NAMUR).executeTakeFirstOrThrow();
    const response = await save(louis, '/office/settings', { filingMode: 'counter' });
    assert.match(summaryOf(response), /Overhandigen aan het loket kan pas als het contact van het loket is ingevuld/);
    const after = await app.db.selectFrom('municipality').select(['settings', 'settings_version'])
      .where('code', '=', NAMUR).executeTakeFirstOrThrow();
    assert.deepEqual(after, before);
  });
});

describe('two administrators saving at once', () => {
  test('the second is told the settings changed in the meantime, keeps their input, and nothing of theirs is written', async () => {
    const other = await signedInStaff(server, 'gent', 'administrator', '/office/settings');
    const mine = await settingsPage(koen);
    const theirs = await settingsPage(other);
    const first = await save(other, '/office/settings', { paymentGraceDays: '21' }, theirs);
    assert.equal(first.statusCode, 303);
    const count = await changeCount();
    const second = await save(koen, '/office/settings', { paymentGraceDays: '28' }, mine);
    const page = assertPage(second, 409);
    assert.match(page.querySelector('.error-summary')?.textContent ?? '',
      /intussen gewijzigd/);
    assert.equal(page.querySelector('#paymentGraceDays')?.getAttribute('value'), '28');
    assert.equal((await gentRow()).settings.paymentGraceDays, 21);
    assert.equal(await changeCount(), count);
    // Saving again from the page that told them: now on the latest version.
    const again = await koen.post('/office/settings', formOf(second, '/office/settings'));
    assert.equal(again.statusCode, 303);
    assert.equal((await gentRow()).settings.paymentGraceDays, 28);
  });
});
