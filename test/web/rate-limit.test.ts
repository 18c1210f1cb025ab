import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { Browser, signIn } from '../login/browser.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { html, serverFor, type Server } from './support.ts';
import { hidden, origin } from '../citizen/support.ts';

// Small limits, so a test can cross them: 3 sign-ins per address, 2 case starts per person.
const limits = {
  RATE_LIMIT_WINDOW_SECONDS: '600', RATE_LIMIT_SIGN_IN_PER_ADDRESS: '3',
  RATE_LIMIT_SIGN_IN_PER_PERSON: '2', RATE_LIMIT_START_PER_ADDRESS: '50',
  RATE_LIMIT_START_PER_PERSON: '2',
};

let app: TestApp;
let server: Server;
let second: Server;
before(async () => {
  app = await createTestApp('2026-03-02T09:00:00+01:00', {}, limits);
  server = await serverFor(app, 'test');
  second = await serverFor(app, 'test');
});
after(async () => {
  await second.close();
  await server.close();
  await app.close();
});

function from(address: string, url: string, lang = 'nl') {
  return server.inject({ url, remoteAddress: address, headers: { cookie: `lang=${lang}` } });
}

test('a fourth sign-in from one address in the window gets 429 with when to try again', async () => {
  for (let i = 0; i < 3; i += 1) {
    const ok = await from('10.0.0.1', '/auth/login?return=/cases');
    assert.equal(ok.statusCode, 303, `try ${i + 1} is under the limit`);
  }
  const refused = await from('10.0.0.1', '/auth/login?return=/cases', 'en');
  assert.equal(refused.statusCode, 429);
  // The window runs 09:00 to 09:10 Brussels time: the rest of it, in seconds.
  assert.equal(refused.headers['retry-after'], '600');
  const page = html(refused.body);
  assert.equal(page.querySelector('html')?.getAttribute('lang'), 'en');
  assert.equal(page.querySelector('h1')?.textContent, 'Please wait a moment');
  assert.match(page.querySelector('main')?.textContent ?? '', /try again from 09:10/);
  assert.ok(page.querySelector('a.skip-link'), 'in the product\'s layout');
  assert.equal((await from('10.0.0.2', '/auth/login?return=/cases')).statusCode, 303,
    'another address is not held back');
  app.clock.advance(600_000);
  assert.equal((await from('10.0.0.1', '/auth/login?return=/cases')).statusCode, 303,
    'the next window opens again');
});

test('the counters live in the database: two servers share them', async () => {
  const both = [server, second, server];
  for (const each of both) {
    const ok = await each.inject({ url: '/auth/login', remoteAddress: '10.0.1.1' });
    assert.equal(ok.statusCode, 303);
  }
  const refused = await second.inject({ url: '/auth/login', remoteAddress: '10.0.1.1' });
  assert.equal(refused.statusCode, 429);
  const rows = await app.db.selectFrom('rate_limit').select('key').execute();
  assert.ok(rows.length > 0);
  assert.ok(rows.every((row) => !row.key.includes('10.0.1.1')), 'addresses are kept hashed');
});

test('the provider\'s login post is limited per address and per chosen person', async () => {
  const post = (address: string, person: string) => server.inject({ method: 'POST',
    url: '/oidc/interaction/unknown-uid/login', remoteAddress: address,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ person, level: 'low' }).toString() });
  for (const address of ['10.0.2.1', '10.0.2.2']) {
    assert.notEqual((await post(address, 'someone')).statusCode, 429);
  }
  const third = await post('10.0.2.3', 'someone');
  assert.equal(third.statusCode, 429, 'the same person from a third address');
  assert.ok(Number(third.headers['retry-after']) > 0);
  assert.notEqual((await post('10.0.2.3', 'someone-else')).statusCode, 429);
});

test('starting a case: under the limit it goes on, the third start is refused', async () => {
  // Nina is not in a legal cohabitation: each start is refused with its page, and counted.
  const nina = new Browser(server as unknown as FastifyInstance, origin);
  const { callback } = await signIn(nina, 'Nina', 'low', '/auth/login?return=/start');
  assert.equal((await nina.get(callback)).statusCode, 303);
  const start = await nina.get('/start?lang=en');
  const form = { _csrf: hidden(start, '_csrf'), path: 'joint' };
  for (let i = 0; i < 2; i += 1) {
    const answer = await nina.post('/start', form);
    assert.equal(answer.statusCode, 422, `start ${i + 1}: the refusal page, not a limit`);
  }
  const refused = await nina.post('/start', form);
  assert.equal(refused.statusCode, 429);
  assert.ok(Number(refused.headers['retry-after']) > 0);
  assert.match(html(refused.body).querySelector('h1')?.textContent ?? '', /wait/);
});
