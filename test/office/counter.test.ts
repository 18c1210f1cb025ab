import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { signDeclaration } from '../../src/app/sign-declaration.ts';
import { normalCardNumber } from '../../src/app/office/counter.ts';
import { readEvents } from '../../src/engine/event-store.ts';
import type { CaseEvent } from '../../src/process/index.ts';
import { deedPdf, multipart, postMultipart } from '../bailiff/support.ts';
import { assertPage, hidden, origin, signedIn } from '../citizen/support.ts';
import { Browser, signIn } from '../login/browser.ts';
import { settle } from '../notifications/support.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { html, serverFor, type Server } from '../web/support.ts';
import { signedInStaff, staff } from './support.ts';

const people = {
  pieter: '92011792123', sofie: '01040592273', jan: '85073092113', els: '87031292281',
};
const maxScan = 20_000;
const logLines: string[] = [];
let app: TestApp;
let server: Server;

before(async () => {
  const sink = new Writable({ write(chunk, _encoding, done) {
    logLines.push(String(chunk));
    done();
  } });
  app = await createTestApp('2026-03-02T09:00:00+01:00', { log: pino({ level: 'debug' }, sink) },
    { DEED_MAX_BYTES: String(maxScan) });
  server = await serverFor(app, 'test');
});
after(async () => {
  await server.close();
  await app.close();
});

/** A card number of the eID format: ten digits and their rest after division by 97. */
function eidCard(body: string): string {
  const rest = Number(BigInt(body) % 97n) || 97;
  return `${body.slice(0, 3)}-${body.slice(3)}-${String(rest).padStart(2, '0')}`;
}

const pieterCard = eidCard('5912345678');
const sofieCard = eidCard('6001112223');
const janCard = eidCard('5919876543');

/** Counter staff post a form of a page they opened (its form token). */
async function postForm(browser: Browser, page: string, url: string, form: Record<string, string>) {
  const opened = await browser.get(page);
  return browser.post(url, { _csrf: hidden(opened, '_csrf'), ...form });
}

/** The counter identifies `person` and starts their case on `path`; returns the case id. */
async function startAtCounter(counter: Browser, person: string, card: string,
  path: 'joint' | 'unilateral') {
  const checked = await postForm(counter, '/office/counter', '/office/counter/identity',
    { nationalNumber: person, cardNumber: card, photoCompared: 'yes' });
  assert.equal(checked.statusCode, 303, checked.body.slice(0, 300));
  const choice = String(checked.headers.location);
  assert.match(choice, /^\/office\/counter\/checks\/[0-9a-f-]{36}$/);
  const started = await postForm(counter, choice, `${choice}/start`, { path });
  assert.equal(started.statusCode, 303, started.body.slice(0, 300));
  const match = /^\/office\/counter\/cases\/([0-9a-f-]{36})\?done=started$/
    .exec(String(started.headers.location));
  assert.ok(match, String(started.headers.location));
  return match[1] as string;
}

/** The check id the counter page offers for this person in the form of `formAction`. */
async function checkIdOf(counter: Browser, caseId: string, person: string) {
  const row = await app.db.selectFrom('counter_identity_check').select('id')
    .where('case_id', '=', caseId).where('person_national_number', '=', person)
    .orderBy('checked_at', 'desc').executeTakeFirstOrThrow();
  const page = await counter.get(`/office/counter/cases/${caseId}`);
  assert.ok(html(page.body).querySelector(`option[value="${row.id}"]`), 'offered on the page');
  return row.id;
}

/** Counter staff make a hand-over link for the person of `checkId`; returns its path. */
async function handoverLink(counter: Browser, caseId: string, checkId: string) {
  const page = `/office/counter/cases/${caseId}`;
  const issued = await postForm(counter, page, `${page}/handover`, { checkId });
  const shown = assertPage(issued);
  assert.equal(issued.headers['cache-control'], 'no-store');
  assert.ok(shown.querySelector('.handover-qr svg'), 'a QR code');
  const href = shown.querySelector('#handover-link')?.getAttribute('href') ?? '';
  const path = new URL(href).pathname;
  assert.match(path, /^\/handover\/[A-Za-z0-9_-]{43}$/);
  return path;
}

/** A citizen's browser that starts at `link` and signs in there with the government login. */
async function signInThrough(link: string, name: string) {
  const browser = new Browser(server as unknown as FastifyInstance, origin);
  const { callback } = await signIn(browser, name, 'substantial', link);
  const back = await browser.get(callback);
  assert.equal(back.headers.location, link);
  return { browser, landed: await browser.get(link) };
}

async function acts(caseId: string) {
  return app.db.selectFrom('counter_act').selectAll().where('case_id', '=', caseId)
    .orderBy('id').execute();
}

let pieterCase = '';

test('card numbers: the eID format with its mod-97 check, and the residence card format', () => {
  assert.equal(normalCardNumber(pieterCard), pieterCard.replace(/-/g, ''));
  assert.equal(normalCardNumber('591-2345678-00'), null);
  assert.equal(normalCardNumber('59123456'), null);
  const body = '12345678';
  const rest = String(Number(BigInt(body) % 97n) || 97).padStart(2, '0');
  assert.equal(normalCardNumber(`b${body}${rest}`), `B${body}${rest}`);
  assert.equal(normalCardNumber(`B${body}${rest === '01' ? '02' : '01'}`), null);
});

test('other roles get 403 on the counter; the counter sees it in its navigation', async () => {
  const civil = await signedInStaff(server, 'gent', 'civil_affairs');
  const page = await civil.get('/office/counter');
  assert.equal(page.statusCode, 403);
  assert.match(page.body, /Alleen voor loketmedewerkers/);
  const posted = await civil.post('/office/counter/identity', { nationalNumber: people.pieter });
  assert.equal(posted.statusCode, 403);
  const registrar = await signedInStaff(server, 'gent', 'registrar');
  assert.equal((await registrar.get('/office/counter')).statusCode, 403);
  const counter = await signedInStaff(server, 'gent', 'counter');
  const start = assertPage(await counter.get('/office/counter'));
  assert.ok(start.querySelector('a[href="/office/counter"]'));
  assert.ok(start.querySelector('label[for="cardNumber"]'));
});

test('the identity check is refused with a wrong card number or without the photo compared',
  async () => {
    const counter = await signedInStaff(server, 'gent', 'counter');
    const wrongCard = await postForm(counter, '/office/counter', '/office/counter/identity',
      { nationalNumber: people.pieter, cardNumber: '591-2345678-00', photoCompared: 'yes' });
    assert.equal(wrongCard.statusCode, 422);
    assert.ok(html(wrongCard.body).querySelector('a[href="#cardNumber"]'));
    const noPhoto = await postForm(counter, '/office/counter', '/office/counter/identity',
      { nationalNumber: people.pieter, cardNumber: pieterCard });
    assert.equal(noPhoto.statusCode, 422);
    assert.ok(html(noPhoto.body).querySelector('a[href="#photoCompared"]'));
    const badNumber = await postForm(counter, '/office/counter', '/office/counter/identity',
      { nationalNumber: '92011792124', cardNumber: pieterCard, photoCompared: 'yes' });
    assert.equal(badNumber.statusCode, 422);
    const count = await app.db.selectFrom('counter_identity_check').select('id').execute();
    assert.equal(count.length, 0, 'nothing recorded');
  });

test('the counter checks Pieter on his eID and starts his joint case on the counter channel',
  async () => {
    const counter = await signedInStaff(server, 'gent', 'counter');
    const checked = await postForm(counter, '/office/counter', '/office/counter/identity',
      { nationalNumber: people.pieter, cardNumber: pieterCard, photoCompared: 'yes' });
    const choice = assertPage(await counter.get(String(checked.headers.location)));
    assert.match(choice.textContent, /Sofie Fictief/);
    const noPath = await counter.post(`${String(checked.headers.location)}/start`,
      { _csrf: hidden(await counter.get(String(checked.headers.location)), '_csrf') });
    assert.equal(noPath.statusCode, 422);
    const started = await postForm(counter, String(checked.headers.location),
      `${String(checked.headers.location)}/start`, { path: 'joint' });
    assert.equal(started.statusCode, 303);
    pieterCase = /cases\/([0-9a-f-]{36})/.exec(String(started.headers.location))?.[1] ?? '';
    const events = await readEvents<CaseEvent>(app.db, pieterCase);
    const first = events[0];
    assert.equal(first?.type, 'CaseStarted');
    assert.equal(first.channel, 'counter');
    const check = await app.db.selectFrom('counter_identity_check').selectAll()
      .where('case_id', '=', pieterCase).executeTakeFirstOrThrow();
    assert.equal(check.person_national_number, people.pieter);
    assert.equal(check.card_number, pieterCard.replace(/-/g, ''));
    assert.equal(check.photo_compared, true);
    assert.equal(check.staff_name, staff.gent.counter);
    const rows = await acts(pieterCase);
    assert.deepEqual(rows.map((r) => [r.act, r.person_national_number, r.staff_name,
      r.identity_check_id]), [['case_started', people.pieter, staff.gent.counter, check.id]]);
    assert.deepEqual(first.actor, { role: 'counter', id: rows[0]?.staff_subject });
    assert.equal(check.staff_subject, rows[0]?.staff_subject);
    const page = assertPage(await counter.get(String(started.headers.location)));
    assert.match(page.querySelector('[role="status"]')?.textContent ?? '', /gestart/);
    assert.ok(page.querySelector('table.counter-acts caption'));
    assert.match(page.querySelector('table.counter-acts tbody')?.textContent ?? '',
      new RegExp(`zaak gestart.*${staff.gent.counter}.*${people.pieter}`, 's'));
  });

test('the hand-over link: another person is refused, Pieter signs, a second use is refused',
  async () => {
    const counter = await signedInStaff(server, 'gent', 'counter');
    const checkId = await checkIdOf(counter, pieterCase, people.pieter);
    const link = await handoverLink(counter, pieterCase, checkId);
    const stored = await app.db.selectFrom('handover_token').selectAll()
      .where('case_id', '=', pieterCase).executeTakeFirstOrThrow();
    assert.equal(stored.token_hash,
      createHash('sha256').update(link.split('/').at(-1) ?? '').digest('hex'));
    assert.equal(new Date(stored.expires_at).getTime() - new Date(stored.created_at).getTime(),
      30 * 60_000);
    // On the counter's own device, signed in as staff: how to open it for the citizen.
    const onCounter = await counter.get(link);
    assert.equal(onCounter.statusCode, 200);
    assert.match(onCounter.body, /privévenster/);
    // Not signed in: a fresh sign-in with the government login first.
    const anonymous = new Browser(server as unknown as FastifyInstance, origin);
    const toLogin = await anonymous.get(link);
    assert.equal(toLogin.statusCode, 303);
    assert.match(String(toLogin.headers.location), /^\/auth\/login\?.*level=substantial&fresh=1/);
    // Jan signs in with the link: he is not the person the counter identified.
    const jan = await signedIn(server, 'Jan');
    const refused = await jan.get(link);
    assert.equal(refused.statusCode, 403);
    assert.match(refused.body, /voor iemand anders/);
    // Pieter opens it on his phone, signs in, lands on his signing page and signs.
    const { browser: pieter, landed } = await signInThrough(link, 'Pieter');
    assert.equal(landed.statusCode, 303);
    const signUrl = `/cases/${pieterCase}/declaration/sign`;
    assert.equal(landed.headers.location, signUrl);
    const check = assertPage(await pieter.get(signUrl));
    assert.ok(check.querySelector('input[name="confirm"]'));
    const signed = await pieter.post(signUrl, { _csrf: hidden(await pieter.get(signUrl), '_csrf'),
      version: hidden(await pieter.get(signUrl), 'version'), confirm: 'yes' });
    assert.equal(signed.statusCode, 303, signed.body.slice(0, 300));
    assert.equal((await app.engine.load(pieterCase))?.state.status, 'awaiting_partner');
    const used = await app.db.selectFrom('handover_token').select('used_at')
      .where('id', '=', stored.id).executeTakeFirstOrThrow();
    assert.ok(used.used_at);
    // Twice: refused, even for Pieter.
    const again = await pieter.get(link);
    assert.equal(again.statusCode, 410);
    assert.match(again.body, /al gebruikt/);
    const unknown = await pieter.get('/handover/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    assert.equal(unknown.statusCode, 404);
    const rows = await acts(pieterCase);
    assert.deepEqual(rows.map((r) => r.act), ['case_started', 'handover_issued']);
    assert.equal(rows[1]?.identity_check_id, checkId);
  });

test('Sofie is checked at the counter for the same case; her link expires after 30 minutes',
  async () => {
    await settle(app);
    const counter = await signedInStaff(server, 'gent', 'counter');
    const page = `/office/counter/cases/${pieterCase}`;
    const stranger = await postForm(counter, page, `${page}/identity`,
      { nationalNumber: people.jan, cardNumber: janCard, photoCompared: 'yes' });
    assert.equal(stranger.statusCode, 422, 'not a partner of the case');
    const checked = await postForm(counter, page, `${page}/identity`,
      { nationalNumber: people.sofie, cardNumber: sofieCard, photoCompared: 'yes' });
    assert.equal(checked.statusCode, 303);
    const checkId = await checkIdOf(counter, pieterCase, people.sofie);
    const link = await handoverLink(counter, pieterCase, checkId);
    app.clock.advance(31 * 60_000);
    const sofie = await signedIn(server, 'Sofie');
    const expired = await sofie.get(link);
    assert.equal(expired.statusCode, 410);
    assert.match(expired.body, /verlopen/);
    assert.equal((await app.engine.load(pieterCase))?.state.status, 'awaiting_partner');
    const rows = await acts(pieterCase);
    assert.deepEqual(rows.slice(2).map((r) => [r.act, r.person_national_number]),
      [['identity_checked', people.sofie], ['handover_issued', people.sofie]]);
  });

let janCase = '';

test('paper declaration in counter filing mode: a non-PDF and a too large scan are refused, '
  + 'a real PDF is stored with its hash and the visit recorded', async () => {
  const gent = await app.db.selectFrom('municipality').select('settings')
    .where('code', '=', '44021').executeTakeFirstOrThrow();
  await app.db.updateTable('municipality')
    .set({ settings: JSON.stringify({ ...gent.settings, filingMode: 'counter' }) })
    .where('code', '=', '44021').execute();
  const counter = await signedInStaff(server, 'gent', 'counter');
  janCase = await startAtCounter(counter, people.jan, janCard, 'unilateral');
  await settle(app);
  const loaded = await app.engine.load(janCase);
  await signDeclaration(app, { step: 'declaration', caseId: janCase, person: people.jan,
    version: loaded?.version ?? 1, language: 'nl', assurance: 'substantial' });
  await settle(app);
  assert.equal((await app.engine.load(janCase))?.state.status, 'awaiting_counter_visit');
  const pageUrl = `/office/counter/cases/${janCase}`;
  const page = await counter.get(pageUrl);
  assertPage(page);
  const form = { _csrf: hidden(page, '_csrf'), version: hidden(page, 'version'),
    checkId: await checkIdOf(counter, janCase, people.jan) };
  const renamed = await postMultipart(server, counter, `${pageUrl}/declaration`, multipart(form,
    { name: 'scan', filename: 'verklaring.pdf', type: 'application/pdf',
      bytes: new TextEncoder().encode('Dit is geen PDF maar platte tekst.') }));
  assert.equal(renamed.statusCode, 422);
  assert.match(renamed.body, /geen leesbare PDF/);
  const large = await postMultipart(server, counter, `${pageUrl}/declaration`, multipart(form,
    { name: 'scan', filename: 'groot.pdf', type: 'application/pdf',
      bytes: new Uint8Array(maxScan + 1).fill(0x25) }));
  assert.equal(large.statusCode, 422);
  assert.match(large.body, /te groot/);
  assert.equal((await app.engine.load(janCase))?.state.status, 'awaiting_counter_visit');
  const pdf = await deedPdf('Verklaring van beëindiging, ondertekend');
  const accepted = await postMultipart(server, counter, `${pageUrl}/declaration`, multipart(form,
    { name: 'scan', filename: 'verklaring.pdf', type: 'application/pdf', bytes: pdf }));
  assert.equal(accepted.statusCode, 303, accepted.body.slice(0, 300));
  const scan = await app.db.selectFrom('counter_declaration_scan').selectAll()
    .where('case_id', '=', janCase).executeTakeFirstOrThrow();
  assert.equal(scan.sha256, createHash('sha256').update(pdf).digest('hex'));
  assert.equal(scan.size_bytes, pdf.length);
  assert.deepEqual(Buffer.from(scan.pdf), Buffer.from(pdf));
  const events = await readEvents<CaseEvent>(app.db, janCase);
  const visit = events.find((e) => e.type === 'CounterVisitRecorded');
  assert.ok(visit && visit.type === 'CounterVisitRecorded');
  assert.equal(visit.presentedBy, people.jan);
  assert.equal(visit.byProxy, false);
  assert.equal(visit.channel, 'counter');
  assert.deepEqual(visit.actor, { role: 'counter', id: (await acts(janCase))[0]?.staff_subject });
  await settle(app);
  assert.equal((await app.engine.load(janCase))?.state.status, 'awaiting_payment');
});

test('a counter payment: the amount asked, card at the desk, the ticket; attributed', async () => {
  const counter = await signedInStaff(server, 'gent', 'counter');
  const pageUrl = `/office/counter/cases/${janCase}`;
  const page = assertPage(await counter.get(pageUrl));
  assert.match(page.querySelector('#payment-heading')?.parentNode.textContent ?? '', /€\s275\b/u);
  const checkId = await checkIdOf(counter, janCase, people.jan);
  const noMethod = await postForm(counter, pageUrl, `${pageUrl}/payment`,
    { checkId, amountCents: '27500', ticket: 'T-1234' });
  assert.equal(noMethod.statusCode, 422);
  const wrongAmount = await postForm(counter, pageUrl, `${pageUrl}/payment`,
    { checkId, amountCents: '100', method: 'card', ticket: 'T-1234' });
  assert.equal(wrongAmount.statusCode, 422);
  assert.match(wrongAmount.body, /niet het gevraagde bedrag/);
  const paid = await postForm(counter, pageUrl, `${pageUrl}/payment`,
    { checkId, amountCents: '27500', method: 'card', ticket: 'T-1234' });
  assert.equal(paid.statusCode, 303, paid.body.slice(0, 300));
  const payment = await app.db.selectFrom('payment').selectAll().where('case_id', '=', janCase)
    .where('provider', '=', 'counter').executeTakeFirstOrThrow();
  assert.equal(payment.status, 'paid');
  assert.equal(payment.amount_cents, 27_500);
  const events = await readEvents<CaseEvent>(app.db, janCase);
  const success = events.find((e) => e.type === 'PaymentSucceeded');
  assert.equal(success?.channel, 'counter');
  const rows = await acts(janCase);
  const subject = rows[0]?.staff_subject;
  assert.deepEqual(success?.actor, { role: 'counter', id: subject });
  assert.deepEqual(rows.map((r) => [r.act, r.person_national_number, r.staff_subject]), [
    ['case_started', people.jan, subject],
    ['counter_visit_recorded', people.jan, subject],
    ['payment_recorded', people.jan, subject],
  ]);
  assert.match(rows[1]?.detail ?? '', /^sha256:[0-9a-f]{64}$/);
  assert.equal(rows[2]?.detail, 'card 27500 ticket:T-1234');
  const shown = assertPage(await counter.get(pageUrl));
  assert.equal(shown.querySelectorAll('table.counter-acts tbody tr').length, 3);
  const table = shown.querySelector('table.counter-acts tbody')?.textContent ?? '';
  assert.match(table, /papieren verklaring afgegeven.*SHA-256 [0-9a-f]{16}/s);
  assert.match(table, /betaling vastgelegd.*bankkaart \(betaalterminal\), €\s275.*T-1234/su);
});

test('the partner identified at the counter lands on the open case; Namur cannot take it',
  async () => {
    const counter = await signedInStaff(server, 'gent', 'counter');
    const checked = await postForm(counter, '/office/counter', '/office/counter/identity',
      { nationalNumber: people.els, cardNumber: eidCard('5921212121'), photoCompared: 'yes' });
    assert.equal(checked.statusCode, 303);
    assert.equal(checked.headers.location, `/office/counter/cases/${janCase}?done=identity`);
    const rows = await acts(janCase);
    assert.deepEqual([rows.at(-1)?.act, rows.at(-1)?.person_national_number],
      ['identity_checked', people.els]);
    const namur = await signedInStaff(server, 'namur', 'counter');
    const elsewhere = await postForm(namur, '/office/counter', '/office/counter/identity',
      { nationalNumber: people.jan, cardNumber: janCard, photoCompared: 'yes' });
    assert.equal(elsewhere.statusCode, 409);
    assert.equal((await acts(janCase)).length, rows.length, 'nothing recorded on the case');
  });

test('Namur counter staff get 404 on every counter route of a Gent case', async () => {
  const namur = await signedInStaff(server, 'namur', 'counter');
  const base = `/office/counter/cases/${janCase}`;
  assert.equal((await namur.get(base)).statusCode, 404);
  const csrf = hidden(await namur.get('/office/counter'), '_csrf');
  for (const action of ['identity', 'handover', 'payment']) {
    const posted = await namur.post(`${base}/${action}`, { _csrf: csrf, checkId: '' });
    assert.equal(posted.statusCode, 404, action);
  }
  const scan = await postMultipart(server, namur, `${base}/declaration`,
    multipart({ _csrf: csrf }));
  assert.equal(scan.statusCode, 404);
  const gentCheck = await app.db.selectFrom('counter_identity_check').select('id')
    .where('municipality', '=', '44021').executeTakeFirstOrThrow();
  assert.equal((await namur.get(`/office/counter/checks/${gentCheck.id}`)).statusCode, 404);
});

test('an identity check of an earlier visit does not stand for a new act', async () => {
  const page = `/office/counter/cases/${pieterCase}`;
  const sofieCheck = (await app.db.selectFrom('counter_identity_check').select('id')
    .where('case_id', '=', pieterCase).where('person_national_number', '=', people.sofie)
    .executeTakeFirstOrThrow()).id;
  app.clock.advance(4 * 60 * 60_000 + 60_000);
  const counter = await signedInStaff(server, 'gent', 'counter');
  const shown = assertPage(await counter.get(page));
  assert.equal(shown.querySelectorAll(`option[value="${sofieCheck}"]`).length, 0);
  const refused = await postForm(counter, page, `${page}/handover`, { checkId: sofieCheck });
  assert.equal(refused.statusCode, 422);
  assert.ok(html(refused.body).querySelector('a[href="#handover-person"]'));
  const tokens = await app.db.selectFrom('handover_token').select('id')
    .where('case_id', '=', pieterCase).execute();
  assert.equal(tokens.length, 2, 'no new link');
});

test('no national number, card number or hand-over token is ever written to the log', () => {
  const text = logLines.join('');
  assert.ok(text.includes('identity checked at the counter'));
  for (const value of [...Object.values(people), pieterCard.replace(/-/g, ''),
    janCard.replace(/-/g, '')]) {
    assert.ok(!text.includes(value), 'a personal value in the log');
  }
  assert.ok(text.includes('/handover/-'));
  assert.doesNotMatch(text, /\/handover\/[A-Za-z0-9_-]{20,}/);
});
