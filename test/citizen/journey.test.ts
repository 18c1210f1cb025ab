import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TestApp } from '../support/app.ts';
import { html, type Server, withAppAndServer } from '../web/support.ts';
import { assertPage, hidden, signedIn } from './support.ts';
import type { Browser } from '../login/browser.ts';

let app: TestApp;
let server: Server;
withAppAndServer((a, s) => { app = a; server = s; });

const uuid = /^\/cases\/[0-9a-f-]{36}$/;

/** Jan starts a joint case; returns his browser and the case's address. */
async function janStartsJoint(): Promise<{ jan: Browser; caseUrl: string }> {
  const jan = await signedIn(server, 'Jan');
  const start = await jan.get('/start?lang=en');
  const page = assertPage(start);
  const text = page.querySelector('main')?.textContent ?? '';
  assert.match(text, /Els Testmans/);
  assert.match(text, /Ghent/);
  assert.match(text, /do everything online/);
  assert.match(text, /not safe/);
  assert.ok(page.querySelector('form[action="/start"] input[name="_csrf"]'));
  const posted = await jan.post('/start', { _csrf: hidden(start, '_csrf'), path: 'joint' });
  assert.equal(posted.statusCode, 303);
  const caseUrl = String(posted.headers.location);
  assert.match(caseUrl, uuid);
  return { jan, caseUrl };
}

let shared: Promise<{ jan: Browser; caseUrl: string }> | undefined;
const janCase = () => (shared ??= janStartsJoint());

test('Jan starts a joint case and sees its page with the timeline', async () => {
  const { jan, caseUrl } = await janCase();
  const page = assertPage(await jan.get(caseUrl));
  const timeline = page.querySelector('ol.timeline');
  assert.ok(timeline);
  assert.match(timeline.querySelector('li.done')?.textContent ?? '', /Request started by you/);
  assert.match(timeline.querySelector('li.done time')?.textContent ?? '', /2 March 2026/);
  assert.ok(timeline.querySelector('li.current[aria-current="step"]'));
  assert.match(timeline.querySelector('li.next')?.textContent ?? '', /signing the declaration/);
  assert.ok(page.querySelector(`a[href="${caseUrl}/declaration"]`), 'a link to sign');
  assert.ok(page.querySelector(`a[href="${caseUrl}/withdraw"]`));
  const list = assertPage(await jan.get('/cases'));
  assert.ok(list.querySelector(`a[href="${caseUrl}"]`));
});

test('Els, the partner, sees the same case from her side', async () => {
  const { caseUrl } = await janCase();
  const els = await signedIn(server, 'Els');
  const start = assertPage(await els.get('/start?lang=en'));
  assert.match(start.querySelector('h1')?.textContent ?? '', /partner has already started/);
  assert.ok(start.querySelector(`main a[href="${caseUrl}"]`));
  const page = assertPage(await els.get(caseUrl));
  const text = page.querySelector('main')?.textContent ?? '';
  assert.match(text, /Request started by your partner/);
  assert.match(text, /You do not need to do anything now/);
  assert.equal(page.querySelector(`a[href="${caseUrl}/withdraw"]`), null);
  assert.doesNotMatch(text, /Kerkstraat|@|\+32/);
  assertPage(await els.get(`${caseUrl}/withdraw`), 403);
  const list = assertPage(await els.get('/cases'));
  assert.ok(list.querySelector(`a[href="${caseUrl}"]`));
});

test('a second start by Jan is refused with its page', async () => {
  const { jan, caseUrl } = await janCase();
  const start = await jan.get('/start?lang=en');
  const page = assertPage(start);
  assert.match(page.querySelector('h1')?.textContent ?? '', /already have a request/);
  assert.ok(page.querySelector(`main a[href="${caseUrl}"]`));
  const csrf = hidden(await jan.get(`${caseUrl}/withdraw`), '_csrf');
  assert.notEqual(csrf, '');
  const again = await jan.post('/start', { _csrf: csrf, path: 'unilateral' });
  const refused = assertPage(again, 409);
  assert.ok(refused.querySelector(`main a[href="${caseUrl}"]`));
  const cases = await app.db.selectFrom('case_list').select('case_id').execute();
  assert.equal(cases.length, 1);
});

test('not cohabiting and already ended each get a clear page', async () => {
  const nina = await signedIn(server, 'Nina');
  const none = assertPage(await nina.get('/start?lang=en'));
  assert.match(none.querySelector('h1')?.textContent ?? '', /not in a legal cohabitation/);
  const koen = await signedIn(server, 'Koen');
  const ended = assertPage(await koen.get('/start?lang=en'));
  assert.match(ended.querySelector('h1')?.textContent ?? '', /already ended/);
  const reads = await app.db.selectFrom('register_read').select('purpose')
    .where('national_number', '=', '95122492249').execute();
  assert.ok(reads.some((r) => r.purpose === 'start page'));
});

test('another person cannot open Jan\'s case; tampered ids answer 404', async () => {
  const { caseUrl } = await janCase();
  const pieter = await signedIn(server, 'Pieter');
  assertPage(await pieter.get(caseUrl), 404);
  assertPage(await pieter.get(`${caseUrl}/withdraw`), 404);
  assertPage(await pieter.get('/cases/not-a-uuid'), 404);
  assertPage(await pieter.get('/cases/00000000-0000-4000-8000-000000000000'), 404);
  const list = assertPage(await pieter.get('/cases'));
  assert.equal(list.querySelector(`a[href="${caseUrl}"]`), null);
});

test('an invalid choice comes back with the error summary linked to the field', async () => {
  const pieter = await signedIn(server, 'Pieter');
  const start = await pieter.get('/start?lang=en');
  const answer = await pieter.post('/start', { _csrf: hidden(start, '_csrf'), path: 'both' });
  const page = assertPage(answer, 422);
  const summary = page.querySelector('[role="alert"]');
  assert.ok(summary);
  assert.equal(summary.querySelector('a')?.getAttribute('href'), '#path');
  assert.ok(page.querySelector('input#path[type="radio"]'));
  assert.equal(await app.db.selectFrom('case_list').select('case_id')
    .where('municipality', '=', 'x').executeTakeFirst(), undefined);
});

test('withdraw: without CSRF refused, stale version refused, then withdrawn', async () => {
  const { jan, caseUrl } = await janCase();
  const confirm = await jan.get(`${caseUrl}/withdraw?lang=en`);
  assertPage(confirm);
  const version = hidden(confirm, 'version');
  assert.equal(version, '1');
  assertPage(await jan.post(`${caseUrl}/withdraw`, { version }), 403);
  assertPage(await jan.post(`${caseUrl}/withdraw`, { _csrf: 'forged', version }), 403);
  const stale = await jan.post(`${caseUrl}/withdraw`, { _csrf: hidden(confirm, '_csrf'),
    version: '7' });
  const page = assertPage(stale, 409);
  assert.match(page.querySelector('h1')?.textContent ?? '', /changed in the meantime/);
  const done = await jan.post(`${caseUrl}/withdraw`, { _csrf: hidden(confirm, '_csrf'),
    version });
  assert.equal(done.statusCode, 303);
  assert.equal(done.headers.location, caseUrl);
  const after = assertPage(await jan.get(caseUrl));
  assert.match(after.querySelector('main')?.textContent ?? '', /Request withdrawn by you/);
  assertPage(await jan.get(`${caseUrl}/withdraw`), 409);
});

test('the pages exist in all four languages without missing texts', async () => {
  const nina = await signedIn(server, 'Nina');
  for (const lang of ['nl', 'fr', 'de', 'en']) {
    const page = assertPage(await nina.get(`/start?lang=${lang}`));
    assert.equal(page.querySelector('html')?.getAttribute('lang'), lang);
    assertPage(await nina.get(`/cases?lang=${lang}`));
  }
  const anonymous = await server.inject({ url: '/cases' });
  assert.equal(anonymous.statusCode, 303);
  assert.equal(html(anonymous.body).querySelectorAll('h1').length, 0);
});
