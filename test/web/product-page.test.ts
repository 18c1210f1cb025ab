import { test } from 'node:test';
import assert from 'node:assert/strict';
import { saveMunicipality } from '../../src/app/municipalities.ts';
import { defaultSettings } from '../../src/process/index.ts';
import { languages } from '../../src/web/i18n/index.ts';
import { createTestApp } from '../support/app.ts';
import { html, missingTexts, serverFor, type Server, withAppAndServer } from './support.ts';

let server: Server;
withAppAndServer((_app, s) => { server = s; });

for (const lang of languages) {
  test(`the product page in ${lang}: lang set, one h1, skip link to main, no missing text`,
    async () => {
      const response = await server.inject({ url: `/?lang=${lang}` });
      assert.equal(response.statusCode, 200);
      const page = html(response.body);
      assert.equal(page.querySelector('html')?.getAttribute('lang'), lang);
      assert.equal(page.querySelectorAll('h1').length, 1);
      assert.ok(page.querySelector('title')?.textContent.trim());
      const skip = page.querySelector('body > a.skip-link');
      assert.equal(skip?.getAttribute('href'), '#main');
      assert.equal(page.querySelectorAll('main').length, 1);
      assert.equal(page.querySelector('main')?.id, 'main');
      assert.ok(page.querySelector('header') && page.querySelector('footer'));
      assert.deepEqual(missingTexts(response.body), []);
      assert.ok(page.querySelector('main a[href^="/start"]'), 'a start link');
    });
}

test('headings go in order: h1, then h2, never skipping a level', async () => {
  const response = await server.inject({ url: '/' });
  const levels = html(response.body).querySelectorAll('h1, h2, h3, h4')
    .map((h) => Number(h.tagName.slice(1)));
  assert.equal(levels[0], 1);
  levels.forEach((level, i) => assert.ok(i === 0 || level <= (levels[i - 1] ?? 0) + 1));
});

test('the page says what it costs (from the municipalities) and how long each step takes',
  async () => {
    const body = html((await server.inject({ url: '/?lang=en' })).body).textContent;
    assert.match(body, /€200/);
    assert.match(body, /€320/);
    assert.match(body, /at most €25/);
    assert.match(body, /14 days to answer/);
    assert.match(body, /within 8 days/);
    assert.match(body, /within 2 working days/);
    assert.match(body, /article 1476/);
    assert.match(body, /itsme/);
    for (const name of ['Antwerp', 'Ghent', 'Leuven', 'Namur', 'Eupen']) {
      assert.match(body, new RegExp(name));
    }
  });

test('the language: Accept-Language, a cookie from the switch, and /en', async () => {
  const german = await server.inject({ url: '/', headers: { 'accept-language': 'de-BE' } });
  assert.equal(html(german.body).querySelector('html')?.getAttribute('lang'), 'de');
  const switched = await server.inject({ url: '/?lang=fr' });
  assert.match(String(switched.headers['set-cookie']), /^lang=fr;.*HttpOnly/);
  const remembered = await server.inject({ url: '/', headers: { cookie: 'lang=fr' } });
  assert.equal(html(remembered.body).querySelector('html')?.getAttribute('lang'), 'fr');
  const short = await server.inject({ url: '/en' });
  assert.equal(short.statusCode, 302);
  assert.equal(short.headers.location, '/?lang=en');
});

test('the language switch is plain links, one per language, the current one marked',
  async () => {
    const page = html((await server.inject({ url: '/?lang=de' })).body);
    const links = page.querySelectorAll('nav.language-switch a');
    assert.deepEqual(links.map((a) => a.getAttribute('href')),
      languages.map((lang) => `/?lang=${lang}`));
    const current = links.filter((a) => a.getAttribute('aria-current') === 'true');
    assert.deepEqual(current.map((a) => a.getAttribute('lang')), ['de']);
  });

test('a value from the database with <script> in it is shown escaped', async () => {
  const other = await createTestApp();
  const otherServer = await serverFor(other, 'test');
  try {
    await saveMunicipality(other.db, {
      code: '99999', judicialDistrict: 'Test', settings: defaultSettings,
      name: { nl: '<script>alert(1)</script>', fr: 'x', de: 'x', en: 'x' },
    });
    const body = (await otherServer.inject({ url: '/?lang=nl' })).body;
    assert.match(body, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    const scripts = html(body).querySelectorAll('script');
    assert.deepEqual(scripts.map((s) => s.getAttribute('type')), ['application/ld+json']);
  } finally {
    await otherServer.close();
    await other.close();
  }
});
