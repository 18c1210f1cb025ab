import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unreadCount } from '../../src/app/messages/index.ts';
import type { TestApp } from '../support/app.ts';
import type { Browser } from '../login/browser.ts';
import { type Server, withAppAndServer } from '../web/support.ts';
import { assertPage, hidden, signedIn } from './support.ts';

let app: TestApp;
let server: Server;
withAppAndServer((a, s) => { app = a; server = s; });

async function start(browser: Browser, path: 'joint' | 'unilateral'): Promise<string> {
  const page = await browser.get('/start?lang=en');
  const posted = await browser.post('/start', { _csrf: hidden(page, '_csrf'), path });
  assert.equal(posted.statusCode, 303);
  return String(posted.headers.location);
}

function messagesLink(page: ReturnType<typeof assertPage>) {
  return page.querySelector('header nav a[href="/messages"]')?.textContent ?? '';
}

test('the header shows the unread count and follows the box as messages are read', async () => {
  const jan = await signedIn(server, 'Jan');
  const before = assertPage(await jan.get('/cases?lang=en'));
  assert.equal(messagesLink(before), 'Messages');
  assert.ok(before.querySelector('header nav a[href="/cases"][aria-current="page"]'));
  const caseUrl = await start(jan, 'joint');
  await app.worker.drain();
  const unread = await unreadCount(app.db, '85073092113');
  assert.ok(unread >= 1, 'starting a case leaves a message');
  const after = assertPage(await jan.get(`${caseUrl}?lang=en`));
  assert.equal(messagesLink(after), `Messages (${unread} new)`);
  const box = await jan.get('/messages');
  const read = await jan.post(String(assertPage(box).querySelector('li.message form')
    ?.getAttribute('action')), { _csrf: hidden(box, '_csrf') });
  assert.equal(read.statusCode, 303);
  const now = assertPage(await jan.get(`${caseUrl}?lang=nl`));
  assert.equal(messagesLink(now), unread === 1 ? 'Berichten' : `Berichten (${unread - 1} nieuw)`);
  assert.equal(assertPage(await server.inject({ url: '/?lang=en' }))
    .querySelector('header nav a[href="/messages"]'), null, 'nobody signed in: no link');
});

test('the case page links to its own messages; another person\'s case answers 404', async () => {
  const pieter = await signedIn(server, 'Pieter');
  const caseUrl = await start(pieter, 'joint');
  await app.worker.drain();
  const caseId = caseUrl.slice('/cases/'.length);
  const page = assertPage(await pieter.get(`${caseUrl}?lang=en`));
  const link = page.querySelector(`main a[href="/messages?case=${caseId}"]`);
  assert.ok(link);
  const box = assertPage(await pieter.get(`/messages?case=${caseId}&lang=en`));
  assert.match(box.querySelector('h1')?.textContent ?? '', /^Messages about request WS-/);
  const items = box.querySelectorAll('li.message');
  assert.ok(items.length >= 1);
  assert.ok(items.every((item) => item.querySelector(`a[href="${caseUrl}"]`)));
  const jan = await signedIn(server, 'Jan');
  assertPage(await jan.get(`/messages?case=${caseId}`), 404);
  assertPage(await jan.get('/messages?case=not-a-case'), 404);
});

/** Tom (Leuven, counter filing) signs a unilateral declaration: the case waits at the counter. */
async function tomAtTheCounter(): Promise<{ tom: Browser; caseUrl: string }> {
  const tom = await signedIn(server, 'Tom');
  const caseUrl = await start(tom, 'unilateral');
  const check = await tom.get(`${caseUrl}/declaration/sign`);
  assertPage(check);
  const signed = await tom.post(`${caseUrl}/declaration/sign`, { _csrf: hidden(check, '_csrf'),
    version: hidden(check, 'version'), confirm: 'yes' });
  assert.equal(signed.statusCode, 303);
  return { tom, caseUrl };
}

test('counter filing: the case page says so and how to book, from Leuven\'s data', async () => {
  const { tom, caseUrl } = await tomAtTheCounter();
  const row = await app.db.selectFrom('case_list').select('status')
    .where('case_id', '=', caseUrl.slice(7)).executeTakeFirstOrThrow();
  assert.equal(row.status, 'awaiting_counter_visit');
  const en = assertPage(await tom.get(`${caseUrl}?lang=en`));
  const section = en.querySelector('section.counter-contact');
  assert.ok(section);
  const text = section.textContent;
  assert.match(text, /municipality of Leuven asks you to hand in the signed declaration/);
  assert.ok(section.querySelector('a[href="https://afspraak.leuven.example/burgerzaken"]'));
  assert.ok(section.querySelector('a[href="tel:+3216000000"]'));
  assert.match(text, /Monday to Friday from 9 am/);
  const fr = assertPage(await tom.get(`${caseUrl}?lang=fr`));
  assert.match(fr.querySelector('section.counter-contact')?.textContent ?? '',
    /Louvain[\s\S]*du lundi au vendredi/);
  await app.db.updateTable('municipality').set({ counter_booking_url: null, counter_phone: null,
    counter_hours: null }).where('code', '=', '24062').execute();
  const unknown = assertPage(await tom.get(`${caseUrl}?lang=en`));
  assert.match(unknown.querySelector('section.counter-contact')?.textContent ?? '',
    /Contact the civil affairs department/);
  assert.equal(unknown.querySelector('section.counter-contact a'), null);
});

test('a case that files online shows no counter section', async () => {
  const jean = await signedIn(server, 'Jean');
  const caseUrl = await start(jean, 'joint');
  const page = assertPage(await jean.get(`${caseUrl}?lang=en`));
  assert.equal(page.querySelector('section.counter-contact'), null);
});
