import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { assertPage, origin, signedIn } from '../citizen/support.ts';
import { html, type Server, withAppAndServer } from '../web/support.ts';
import { Browser, pickForm, signIn } from './browser.ts';

let server: Server;
withAppAndServer((_app, s) => { server = s; });

function browser(lang: string): Browser {
  const b = new Browser(server as unknown as FastifyInstance, origin);
  b.cookies.set('lang', lang);
  return b;
}

const titles = { nl: 'Testaanmelding: kies een persoon', fr: 'Connexion de test : choisissez '
  + 'une personne', de: 'Testanmeldung: Wählen Sie eine Person', en: 'Test sign-in: choose a '
  + 'person' };

test('the provider\'s picker is in the product\'s layout, in the visitor\'s language', async () => {
  for (const [lang, title] of Object.entries(titles)) {
    const b = browser(lang);
    const page = assertPage(await b.follow(await b.get('/auth/login?return=/cases')));
    assert.equal(page.querySelector('html')?.getAttribute('lang'), lang);
    assert.equal(page.querySelector('h1')?.textContent, title);
    assert.ok(page.querySelector('a.skip-link') && page.querySelector('header.site-header'));
    const radios = page.querySelectorAll('input[type="radio"][name="person"]');
    assert.ok(radios.length > 20);
    for (const radio of radios) {
      assert.ok(page.querySelector(`label[for="${radio.getAttribute('id')}"]`), 'labelled');
    }
    assert.equal(page.querySelector('input[name="level"][checked]')?.getAttribute('value'), 'low');
  }
});

test('a missing choice comes back with a summary linked to the field, keeping the other', async () => {
  const b = browser('en');
  const first = await b.follow(await b.get('/auth/login?return=/cases'));
  const { action, sub } = pickForm(first.body, 'Jan');
  const noLevel = assertPage(await b.post(action, { person: sub }), 400);
  const summary = noLevel.querySelector('[role="alert"]');
  assert.equal(summary?.querySelector('a')?.getAttribute('href'), '#level');
  assert.match(summary?.textContent ?? '', /Choose a level of assurance/);
  assert.ok(noLevel.querySelector('input#level'));
  assert.equal(noLevel.querySelector('input[name="person"][checked]')?.getAttribute('value'), sub,
    'the person chosen is kept');
  const noPerson = assertPage(await b.post(action, { level: 'high' }), 400);
  assert.equal(noPerson.querySelector('[role="alert"] a')?.getAttribute('href'), '#person');
  assert.ok(noPerson.querySelector('input#person'));
  assert.equal(noPerson.querySelector('input[name="level"][checked]')?.getAttribute('value'),
    'high');
  const toCallback = await b.post(action, { person: sub, level: 'substantial' });
  assert.equal(toCallback.statusCode, 303, 'the same form still signs in');
});

test('a refused sign-in and a bad link: pages in the layout with the code', async () => {
  const b = browser('fr');
  const { callback } = await signIn(b, 'Jan', 'low', '/auth/login');
  const url = new URL(callback);
  url.searchParams.set('state', 'forged');
  const refused = assertPage(await b.get(`${url.pathname}${url.search}`), 400);
  assert.equal(refused.querySelector('html')?.getAttribute('lang'), 'fr');
  assert.equal(refused.querySelector('h1')?.textContent, 'La connexion n’a pas abouti');
  assert.match(refused.querySelector('[role="alert"]')?.textContent ?? '', /ne correspond pas/);
  assert.equal(refused.querySelector('main code')?.textContent, 'state_mismatch');
  const bad = assertPage(await b.get('/auth/login?return=https://evil.example'), 400);
  assert.equal(bad.querySelector('h1')?.textContent, 'Ce lien de connexion n’est pas valable');
});

test('the header signs out; the provider\'s question and the signed-out page too', async () => {
  const jan = await signedIn(server, 'Jan');
  const cases = assertPage(await jan.get('/cases?lang=en'));
  const form = cases.querySelector('header form[action="/auth/logout"]');
  assert.ok(form, 'a sign-out form in the header');
  const csrf = form.querySelector('input[name="_csrf"]')?.getAttribute('value') ?? '';
  assert.notEqual(csrf, '');
  assert.equal(form.querySelector('button')?.textContent, 'Sign out');
  const confirm = assertPage(await jan.get('/auth/logout'));
  assert.ok(confirm.querySelector('main form[action="/auth/logout"] button'));
  const out = await jan.post('/auth/logout', { _csrf: csrf });
  assert.equal(out.statusCode, 303);
  const end = new URL(String(out.headers.location));
  const question = await jan.get(`${end.pathname}${end.search}`);
  const page = assertPage(question);
  assert.equal(page.querySelector('h1')?.textContent, 'Also sign out of the test sign-in?');
  const yes = page.querySelector('button[name="logout"][value="yes"]');
  assert.ok(yes);
  const action = page.querySelector('form')?.getAttribute('action') ?? '';
  const xsrf = page.querySelector('input[name="xsrf"]')?.getAttribute('value') ?? '';
  const done = await jan.follow(await jan.post(new URL(action, origin).pathname,
    { xsrf, logout: 'yes' }));
  const signedOut = assertPage(done);
  assert.equal(signedOut.querySelector('h1')?.textContent, 'You are signed out');
  assert.equal(signedOut.querySelector('header form'), null, 'no sign-out button any more');
  assert.equal((await jan.get('/cases')).statusCode, 303);
  const again = await jan.follow(await jan.get('/auth/login?return=/cases'));
  assert.ok(html(again.body).querySelector('input[name="person"]'),
    'the next sign-in asks for a person again');
});
