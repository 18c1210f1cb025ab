import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { createTestApp, type TestApp } from '../support/app.ts';
import { authServer, Browser, signIn } from './browser.ts';

let app: TestApp;
let server: FastifyInstance;
const origin = 'http://127.0.0.1:3000';
const jan = '85073092113';

before(async () => {
  app = await createTestApp();
  server = await authServer(app);
});
after(async () => {
  await server.close();
  await app.close();
});

async function signedIn(level = 'low') {
  const browser = new Browser(server, origin);
  const { callback } = await signIn(browser, 'Jan', level, '/auth/login?return=/test/me');
  const landed = await browser.get(callback);
  assert.equal(landed.statusCode, 303, landed.body);
  return { browser, landed };
}

test('the code flow signs a demo person in and a protected route sees them', async () => {
  const browser = new Browser(server, origin);
  const before = await browser.get('/test/me');
  assert.equal(before.statusCode, 303);
  assert.match(String(before.headers.location), /^\/auth\/login\?return=%2Ftest%2Fme$/);
  const login = await browser.get('/auth/login?return=/test/me');
  const authorize = new URL(String(login.headers.location));
  assert.equal(authorize.pathname, '/oidc/auth');
  assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256');
  assert.ok(authorize.searchParams.get('state') && authorize.searchParams.get('nonce'));
  const { page, callback } = await signIn(browser, 'Jan', 'low', '/auth/login?return=/test/me');
  assert.match(page.body, /<legend>Betrouwbaarheidsniveau<\/legend>/);
  const landed = await browser.get(callback);
  assert.equal(landed.headers.location, '/test/me');
  const cookie = [landed.headers['set-cookie']].flat().find((c) => c?.startsWith('sid='));
  assert.match(String(cookie), /HttpOnly; SameSite=Lax; Secure/);
  const me = await browser.get('/test/me');
  assert.deepEqual(me.json(), { nationalNumber: jan, level: 'low' });
  const row = await app.db.selectFrom('session').selectAll().executeTakeFirstOrThrow();
  assert.notEqual(row.id_hash, browser.cookies.get('sid'));
});

test('PKCE is required by the provider', async () => {
  const browser = new Browser(server, origin);
  const login = await browser.get('/auth/login');
  const url = new URL(String(login.headers.location));
  url.searchParams.delete('code_challenge');
  url.searchParams.delete('code_challenge_method');
  const answer = await browser.get(`${url.pathname}${url.search}`);
  const location = new URL(String(answer.headers.location));
  assert.equal(location.searchParams.get('error'), 'invalid_request');
});

test('a callback whose state does not match is refused', async () => {
  const browser = new Browser(server, origin);
  const { callback } = await signIn(browser, 'Jan', 'low', '/auth/login');
  const url = new URL(callback);
  url.searchParams.set('state', 'forged');
  const refused = await browser.get(`${url.pathname}${url.search}`);
  assert.equal(refused.statusCode, 400);
  assert.match(refused.body, /state_mismatch/);
  assert.equal(browser.cookies.has('sid'), false);
});

test('a replayed callback and a tampered code are refused', async () => {
  const browser = new Browser(server, origin);
  const { callback } = await signIn(browser, 'Jan', 'low', '/auth/login');
  const flow = String(browser.cookies.get('login_flow'));
  assert.equal((await browser.get(callback)).statusCode, 303);
  browser.cookies.set('login_flow', flow);
  const replayed = await browser.get(callback);
  assert.equal(replayed.statusCode, 400);
  assert.match(replayed.body, /login_request_missing/);

  const other = new Browser(server, origin);
  const second = await signIn(other, 'Jan', 'low', '/auth/login');
  const url = new URL(second.callback);
  url.searchParams.set('code', `${url.searchParams.get('code')}x`);
  const tampered = await other.get(`${url.pathname}${url.search}`);
  assert.equal(tampered.statusCode, 400);
  assert.match(tampered.body, /token_exchange_failed/);
});

test('a callback from another browser (no flow cookie) is refused', async () => {
  const browser = new Browser(server, origin);
  const { callback } = await signIn(browser, 'Jan', 'low', '/auth/login');
  const stranger = new Browser(server, origin);
  const refused = await stranger.get(callback);
  assert.equal(refused.statusCode, 400);
  assert.match(refused.body, /login_request_missing/);
});

test('return= may only be a local path', async () => {
  const browser = new Browser(server, origin);
  for (const bad of ['https://evil.example', '//evil.example', '/\\evil.example', 'evil']) {
    const response = await browser.get(`/auth/login?return=${encodeURIComponent(bad)}`);
    assert.equal(response.statusCode, 400, bad);
  }
  const ok = await browser.get('/auth/login?return=/cases?x=1');
  assert.equal(ok.statusCode, 303);
});

test('a session ends after 30 idle minutes, and after 8 hours at most', async () => {
  const idle = (await signedIn()).browser;
  app.clock.advance(29 * 60_000);
  assert.equal((await idle.get('/test/me')).statusCode, 200);
  app.clock.advance(29 * 60_000);
  assert.equal((await idle.get('/test/me')).statusCode, 200);
  app.clock.advance(31 * 60_000);
  assert.equal((await idle.get('/test/me')).statusCode, 303);

  const busy = (await signedIn()).browser;
  for (let minutes = 20; minutes < 8 * 60; minutes += 20) {
    app.clock.advance(20 * 60_000);
    assert.equal((await busy.get('/test/me')).statusCode, 200, `after ${minutes} minutes`);
  }
  app.clock.advance(20 * 60_000);
  assert.equal((await busy.get('/test/me')).statusCode, 303);
});

test('sign-out needs the CSRF token, ends the session and the old cookie', async () => {
  const { browser } = await signedIn();
  const form = await browser.get('/auth/logout');
  const token = /name="_csrf" value="([^"]+)"/.exec(form.body)?.[1];
  assert.ok(token);
  const refused = await browser.post('/auth/logout', { _csrf: 'wrong' });
  assert.equal(refused.statusCode, 403);
  assert.equal((await browser.post('/auth/logout', {})).statusCode, 403);
  assert.equal((await browser.get('/test/me')).statusCode, 200);
  const oldCookie = String(browser.cookies.get('sid'));
  const out = await browser.post('/auth/logout', { _csrf: token });
  assert.equal(out.statusCode, 303);
  const endSession = new URL(String(out.headers.location));
  assert.equal(endSession.pathname, '/oidc/session/end');
  assert.ok(endSession.searchParams.get('id_token_hint'));
  const stale = new Browser(server, origin);
  stale.cookies.set('sid', oldCookie);
  assert.equal((await stale.get('/test/me')).statusCode, 303);
});

test('signing demands a fresh sign-in at level substantial or higher', async () => {
  const { browser } = await signedIn('low');
  const demand = await browser.get('/test/sign');
  assert.equal(demand.statusCode, 303);
  const stepUp = String(demand.headers.location);
  assert.match(stepUp, /level=substantial&fresh=1/);
  const toProvider = new URL(String((await browser.get(stepUp)).headers.location));
  assert.equal(toProvider.searchParams.get('max_age'), '0');
  assert.equal(toProvider.searchParams.get('acr_values'), 'http://eidas.europa.eu/LoA/substantial');

  const low = await signIn(browser, 'Jan', 'low', stepUp);
  const refused = await browser.get(low.callback);
  assert.equal(refused.statusCode, 400);
  assert.match(refused.body, /insufficient_level/);

  const substantial = await signIn(browser, 'Jan', 'substantial', stepUp);
  assert.equal((await browser.get(substantial.callback)).headers.location, '/test/sign');
  assert.deepEqual((await browser.get('/test/sign')).json(), { ok: true });
  assert.equal((await browser.get('/test/me')).json().level, 'substantial');
  app.clock.advance(6 * 60_000);
  assert.equal((await browser.get('/test/sign')).statusCode, 303);
});
