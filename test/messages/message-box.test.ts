import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { unreadCount } from '../../src/app/messages/index.ts';
import { startCase } from '../../src/app/start-case.ts';
import type { Browser } from '../login/browser.ts';
import { assertPage, hidden, signedIn } from '../citizen/support.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { serverFor, type Server } from '../web/support.ts';

const HANS = '70010592118';
const GRETA = '72072292276';
/** What must never reach one partner's box about the other: names and the address. */
const otherPartner = /Hans|Beispiel|Greta|Muster|Musterstra|Eupen/;

let app: TestApp;
let server: Server;
let caseId: string;
before(async () => {
  app = await createTestApp();
  server = await serverFor(app, 'test');
  const started = await startCase(app.db, app.engine, app.registerFor, {
    declarant: HANS, path: 'joint', channel: 'online', actor: { role: 'declarant', id: HANS },
  });
  caseId = started.caseId;
  await app.worker.drain();
  app.clock.advance(60_000);
  await app.engine.execute({ type: 'SignDeclaration', caseId,
    actor: { role: 'declarant', id: HANS }, channel: 'online' });
  await app.worker.drain();
});
after(async () => {
  await server.close();
  await app.close();
});

function mainText(page: ReturnType<typeof assertPage>): string {
  return page.querySelector('main')?.textContent ?? '';
}

async function box(browser: Browser, lang: string) {
  return assertPage(await browser.get(`/messages?lang=${lang}`));
}

test('the partner finds the invitation in her box, in German, unread', async () => {
  const greta = await signedIn(server, 'Greta');
  const page = await box(greta, 'de');
  assert.equal(page.querySelector('html')?.getAttribute('lang'), 'de');
  assert.equal(page.querySelector('h1')?.textContent, 'Nachrichten');
  const items = page.querySelectorAll('li.message');
  assert.equal(items.length, 1);
  const item = items[0]?.textContent ?? '';
  assert.match(item, /Ungelesene Nachricht:/);
  assert.match(item, /Ihr Partner möchte das gesetzliche Zusammenwohnen beenden/);
  assert.match(item, /Antrag WS-/);
  assert.ok(page.querySelector(`li.message a[href="/cases/${caseId}"]`));
  assert.doesNotMatch(mainText(page), otherPartner);
  assert.equal(await unreadCount(app.db, GRETA), 1);
});

test('the declarant sees his own messages, newest first, not the partner\'s', async () => {
  const hans = await signedIn(server, 'Hans');
  const page = await box(hans, 'en');
  const subjects = page.querySelectorAll('li.message button').map((b) => b.textContent);
  assert.equal(subjects.length, 2);
  assert.match(subjects[0] ?? '', /You have signed the declaration/);
  assert.match(subjects[1] ?? '', /Your request has started/);
  assert.doesNotMatch(mainText(page), /Your partner wants/);
  assert.doesNotMatch(mainText(page), otherPartner);
});

test('opening marks the message read; the deadline is shown; the count goes down', async () => {
  const greta = await signedIn(server, 'Greta');
  const list = await box(greta, 'de');
  const action = list.querySelector('li.message form')?.getAttribute('action') ?? '';
  assert.match(action, /^\/messages\/\d+\/read$/);
  const opened = await greta.post(action, { _csrf: hidden(await greta.get('/messages'),
    '_csrf') });
  assert.equal(opened.statusCode, 303);
  const page = assertPage(await greta.get(String(opened.headers.location)));
  const text = mainText(page);
  assert.match(text, /Lesen Sie die Erklärung/);
  assert.match(text, /Bitte antworten Sie bis zum \d+\. \p{L}+ 2026\./u);
  assert.doesNotMatch(text, otherPartner);
  assert.equal(page.querySelector('main form'), null, 'no mark-as-read form any more');
  assert.equal(await unreadCount(app.db, GRETA), 0);
  const again = await box(greta, 'de');
  assert.ok(again.querySelector('li.message a[href^="/messages/"]'));
  assert.doesNotMatch(mainText(again), /Ungelesene/);
});

test('a form without the session\'s token changes nothing', async () => {
  const hans = await signedIn(server, 'Hans');
  const list = await box(hans, 'nl');
  const action = list.querySelector('li.message form')?.getAttribute('action') ?? '';
  assertPage(await hans.post(action, { _csrf: 'forged' }), 403);
  assert.equal(await unreadCount(app.db, HANS), 2);
});

test('another person\'s message, or a made-up one, answers 404', async () => {
  const row = await app.db.selectFrom('message').select('id')
    .where('person_id', '=', GRETA).executeTakeFirstOrThrow();
  const pieter = await signedIn(server, 'Pieter');
  assertPage(await pieter.get(`/messages/${row.id}`), 404);
  const csrf = hidden(await pieter.get('/start'), '_csrf');
  assertPage(await pieter.post(`/messages/${row.id}/read`, { _csrf: csrf }), 404);
  assertPage(await pieter.get('/messages/abc'), 404);
  assertPage(await pieter.get('/messages/999999'), 404);
  const empty = await box(pieter, 'fr');
  assert.match(mainText(empty), /pas encore de message/);
});

test('the box needs a sign-in', async () => {
  const anonymous = await server.inject({ method: 'GET', url: '/messages' });
  assert.equal(anonymous.statusCode, 303);
  assert.match(String(anonymous.headers.location), /^\/auth\/login/);
});
