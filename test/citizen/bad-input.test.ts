// The "Bad input and faults": cross-site and replayed posts, tampered fields, double
// submits, and logs that carry no personal data while all this happens.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { Browser } from '../login/browser.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { html, serverFor, type Server } from '../web/support.ts';
import { assertPage, hidden, signedIn } from './support.ts';
import { demoPeople } from '../../src/adapters/register-simulator/demo-people.ts';

const lines: string[] = [];
let app: TestApp;
let server: Server;
before(async () => {
  const sink = new Writable({ write(chunk, _encoding, done) {
    lines.push(String(chunk));
    done();
  } });
  app = await createTestApp('2026-03-02T09:00:00+01:00', { log: pino({ level: 'debug' }, sink) });
  server = await serverFor(app, 'test');
});
after(async () => {
  await server.close();
  await app.close();
});

async function cases(): Promise<number> {
  return (await app.db.selectFrom('case_list').select('case_id').execute()).length;
}

async function events(caseUrl: string): Promise<number> {
  return (await app.db.selectFrom('case_event').select('version')
    .where('case_id', '=', caseUrl.slice(7)).execute()).length;
}

async function startForm(browser: Browser) {
  const page = await browser.get('/start?lang=en');
  return { _csrf: hidden(page, '_csrf'), path: 'joint' };
}

test('a cross-site post is refused with 403 even with the right token; nothing starts', async () => {
  const jan = await signedIn(server, 'Jan');
  const form = await startForm(jan);
  const foreign = await jan.post('/start', form, { origin: 'https://evil.example' });
  assertPage(foreign, 403);
  const fetchSite = await jan.post('/start', form, { 'sec-fetch-site': 'cross-site' });
  assertPage(fetchSite, 403);
  assertPage(await jan.post('/start', { ...form, _csrf: 'replayed-from-another-session' }), 403);
  assert.equal(await cases(), 0);
  const own = await jan.post('/start', form,
    { origin: 'http://127.0.0.1:3000', 'sec-fetch-site': 'same-origin' });
  assert.equal(own.statusCode, 303, 'the same form from this site goes through');
  assert.equal(await cases(), 1);
});

test('a double submit of the start makes one case; the second answers 409', async () => {
  const pieter = await signedIn(server, 'Pieter');
  const form = await startForm(pieter);
  const answers = await Promise.all([pieter.post('/start', form), pieter.post('/start', form)]);
  const statuses = answers.map((a) => a.statusCode).sort();
  assert.deepEqual(statuses, [303, 409]);
  const mine = await app.db.selectFrom('person_case').select('case_id')
    .where('person_id', '=', '92011792123').execute();
  assert.equal(mine.length, 1);
});

test('a double submit of a signature signs once; the back button cannot sign again', async () => {
  const hans = await signedIn(server, 'Hans');
  const posted = await hans.post('/start', await startForm(hans));
  const caseUrl = String(posted.headers.location);
  const check = await hans.get(`${caseUrl}/declaration/sign`);
  const form = { _csrf: hidden(check, '_csrf'), version: hidden(check, 'version'),
    confirm: 'yes' };
  const answers = await Promise.all([hans.post(`${caseUrl}/declaration/sign`, form),
    hans.post(`${caseUrl}/declaration/sign`, form)]);
  assert.deepEqual(answers.map((a) => a.statusCode).sort(), [303, 409]);
  const back = await hans.post(`${caseUrl}/declaration/sign`, form);
  assertPage(back, 409);
  const documents = await app.db.selectFrom('document').select('id')
    .where('case_id', '=', caseUrl.slice(7)).execute();
  assert.equal(documents.length, 1);
  const signatures = await app.db.selectFrom('case_event').select('type')
    .where('case_id', '=', caseUrl.slice(7)).where('type', '=', 'DeclarationSigned').execute();
  assert.equal(signatures.length, 1);
});

test('tampered fields and ids: refused, nothing changed', async () => {
  const lukas = await signedIn(server, 'Lukas');
  const posted = await lukas.post('/start', await startForm(lukas));
  const caseUrl = String(posted.headers.location);
  const before = await events(caseUrl);
  const confirm = await lukas.get(`${caseUrl}/withdraw`);
  const csrf = hidden(confirm, '_csrf');
  assertPage(await lukas.post(`${caseUrl}/withdraw`, { _csrf: csrf, version: 'abc' }), 409);
  assertPage(await lukas.post('/cases/../../etc/withdraw', { _csrf: csrf, version: '1' }), 404);
  assertPage(await lukas.post('/cases/00000000-0000-4000-8000-000000000000/withdraw',
    { _csrf: csrf, version: '1' }), 404);
  const nina = await signedIn(server, 'Nina');
  const ninaCsrf = hidden(await nina.get('/start'), '_csrf');
  assertPage(await nina.post(`${caseUrl}/withdraw`, { _csrf: ninaCsrf, version: '1' }), 404);
  assertPage(await nina.post(`${caseUrl}/declaration/sign`,
    { _csrf: ninaCsrf, version: '1', confirm: 'yes' }), 404);
  assertPage(await nina.post(`${caseUrl}/answer/refuse`, { _csrf: ninaCsrf, version: '1' }), 404);
  assertPage(await nina.post('/messages/1/read', { _csrf: ninaCsrf }), 404);
  assert.equal(await events(caseUrl), before);
});

test('an invalid refusal keeps what was typed and ticked', async () => {
  const jean = await signedIn(server, 'Jean');
  const posted = await jean.post('/start', await startForm(jean));
  const caseUrl = String(posted.headers.location);
  const check = await jean.get(`${caseUrl}/declaration/sign`);
  await jean.post(`${caseUrl}/declaration/sign`, { _csrf: hidden(check, '_csrf'),
    version: hidden(check, 'version'), confirm: 'yes' });
  const marie = await signedIn(server, 'Marie');
  const form = await marie.get(`${caseUrl}/answer/refuse?lang=en`);
  const reason = `${'<b>too long</b> '.repeat(40)}`;
  const again = await marie.post(`${caseUrl}/answer/refuse`, { _csrf: hidden(form, '_csrf'),
    version: hidden(form, 'version'), reason, share: 'yes' });
  const page = assertPage(again, 422);
  assert.equal(page.querySelector('[role="alert"] a')?.getAttribute('href'), '#reason');
  assert.equal(page.querySelector('textarea#reason')?.textContent, reason);
  assert.equal(page.querySelector('b'), null, 'what was typed is escaped');
  assert.notEqual(page.querySelector('input#share')?.getAttribute('checked'), undefined);
  assert.equal(html(again.body).querySelectorAll('[role="alert"]').length, 1);
});

test('the logs of all the above name no person: ids and codes only', async () => {
  assert.ok(lines.length > 20, 'the requests were logged');
  const all = lines.join('');
  assert.match(all, /"code":"csrf_mismatch"/);
  assert.match(all, /"code":"(not_a_party|invalid_case_id|case_not_found)"/);
  const found = demoPeople.flatMap((p) => [p.nationalNumber, p.surname])
    .filter((value) => all.includes(value));
  assert.deepEqual(found, []);
});
