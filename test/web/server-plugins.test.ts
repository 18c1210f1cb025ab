import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../support/app.ts';
import { html, serverFor, type Server } from './support.ts';

let app: TestApp;
let development: Server;
let production: Server;
const boom = (server: Server) => {
  server.get('/test/boom', async () => {
    throw new Error('secret detail of the failure');
  });
};
before(async () => {
  app = await createTestApp();
  development = await serverFor(app, 'test', boom);
  production = await serverFor(app, 'production', boom);
});
after(async () => {
  await development.close();
  await production.close();
  await app.close();
});

test('security headers: strict CSP without inline script or style, and friends', async () => {
  for (const url of ['/', '/health/live', '/does-not-exist']) {
    const { headers } = await development.inject({ url });
    const csp = String(headers['content-security-policy']);
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /style-src 'self'(;|$)/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.equal(headers['x-content-type-options'], 'nosniff');
    assert.equal(headers['referrer-policy'], 'no-referrer');
    assert.equal(headers['strict-transport-security'], undefined);
  }
  const prod = await production.inject({ url: '/' });
  assert.match(String(prod.headers['strict-transport-security']), /max-age=\d+/);
});

test('pages carry no inline style or script, only the JSON-LD data block', async () => {
  const page = html((await development.inject({ url: '/' })).body);
  assert.equal(page.querySelectorAll('style, [style]').length, 0);
  for (const script of page.querySelectorAll('script')) {
    assert.equal(script.getAttribute('type'), 'application/ld+json');
  }
});

test('the stylesheet is served, cached and revalidated', async () => {
  const css = await development.inject({ url: '/assets/site.css' });
  assert.equal(css.statusCode, 200);
  assert.match(String(css.headers['content-type']), /^text\/css/);
  assert.match(String(css.headers['cache-control']), /max-age=\d+/);
  assert.match(css.body, /:focus-visible/);
  const again = await development.inject({
    url: '/assets/site.css', headers: { 'if-none-match': String(css.headers.etag) },
  });
  assert.equal(again.statusCode, 304);
});

test('404: an HTML page in the chosen language, without details in either mode', async () => {
  for (const server of [development, production]) {
    const response = await server.inject({ url: '/nothing-here?lang=en' });
    assert.equal(response.statusCode, 404);
    assert.match(String(response.headers['content-type']), /^text\/html/);
    const page = html(response.body);
    assert.equal(page.querySelector('h1')?.textContent, 'Page not found');
    assert.equal(page.querySelector('html')?.getAttribute('lang'), 'en');
    assert.ok(page.querySelector('main#main'));
  }
});

test('500 outside production: the page shows the error\'s details', async () => {
  const response = await development.inject({ url: '/test/boom' });
  assert.equal(response.statusCode, 500);
  const page = html(response.body);
  assert.equal(page.querySelector('h1')?.textContent, 'Er ging iets mis');
  assert.match(page.querySelector('pre')?.textContent ?? '', /secret detail of the failure/);
});

test('500 in production: the page hides the details', async () => {
  const response = await production.inject({ url: '/test/boom' });
  assert.equal(response.statusCode, 500);
  assert.match(String(response.headers['content-type']), /^text\/html/);
  assert.doesNotMatch(response.body, /secret detail|at .*\.ts/);
  assert.equal(html(response.body).querySelectorAll('h1').length, 1);
});

test('a client that asks for JSON only gets a JSON error', async () => {
  const response = await production.inject({
    url: '/nothing', headers: { accept: 'application/json' },
  });
  assert.equal(response.statusCode, 404);
  assert.deepEqual(response.json(), { error: 'notFound', status: 404 });
});
