import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from '../support/app.ts';
import { pdfsig, pdfText } from '../documents/support.ts';
import { signIn, type Browser } from '../login/browser.ts';
import { html, type Server, withAppAndServer } from '../web/support.ts';
import { assertPage, hidden, signedIn } from './support.ts';

let app: TestApp;
let server: Server;
withAppAndServer((a, s) => { app = a; server = s; });

/** `name` starts a joint case; returns the browser and the case's address. */
async function startJoint(name: string): Promise<{ browser: Browser; caseUrl: string }> {
  const browser = await signedIn(server, name);
  const start = await browser.get('/start?lang=en');
  const posted = await browser.post('/start', { _csrf: hidden(start, '_csrf'), path: 'joint' });
  assert.equal(posted.statusCode, 303);
  return { browser, caseUrl: String(posted.headers.location) };
}

/** Opens a signing page; when the sign-in is too old, goes through the step-up first. */
async function signPage(browser: Browser, name: string, url: string) {
  const first = await browser.get(url);
  if (first.statusCode !== 303) return first;
  const to = String(first.headers.location);
  assert.match(to, /^\/auth\/login\?.*level=substantial&fresh=1/);
  const { callback } = await signIn(browser, name, 'substantial', to);
  const back = await browser.get(callback);
  assert.equal(back.headers.location, url);
  return browser.get(url);
}

/** Signs from the check page at `url`; returns the POST's answer. */
async function sign(browser: Browser, name: string, url: string) {
  const page = await signPage(browser, name, url);
  assertPage(page);
  return browser.post(url, { _csrf: hidden(page, '_csrf'), version: hidden(page, 'version'),
    confirm: 'yes' });
}

function text(response: LightMyRequestResponse): string {
  return html(response.body).querySelector('main')?.textContent ?? '';
}

function documentLinks(response: LightMyRequestResponse): string[] {
  return html(response.body).querySelectorAll('a[href*="/documents/"]')
    .map((a) => a.getAttribute('href') ?? '');
}

test('Jan signs the prefilled declaration after a step-up, Els co-signs', async () => {
  const { browser: jan, caseUrl } = await startJoint('Jan');
  const declaration = assertPage(await jan.get(`${caseUrl}/declaration?lang=en`));
  const shown = declaration.querySelector('main')?.textContent ?? '';
  for (const value of ['Voorbeeld', 'Testmans', 'Ghent', 'Together']) {
    assert.match(shown, new RegExp(value));
  }
  assert.ok(declaration.querySelector(`a[href="${caseUrl}/declaration/sign"]`));
  app.clock.advance(6 * 60_000);
  const signed = await sign(jan, 'Jan', `${caseUrl}/declaration/sign`);
  assert.equal(signed.statusCode, 303);
  const casePage = await jan.get(caseUrl);
  assertPage(casePage);
  const [link] = documentLinks(casePage);
  assert.ok(link);
  const pdf = await jan.get(link);
  assert.equal(pdf.statusCode, 200);
  assert.match(String(pdf.headers['content-disposition']), /^attachment/);
  assert.equal(pdf.rawPayload.subarray(0, 4).toString(), '%PDF');
  assert.match(pdfsig(pdf.rawPayload), /Signature is Valid/);
  assert.match(pdfText(pdf.rawPayload), /Voorbeeld/);
  const csrf = hidden(await jan.get(`${caseUrl}/withdraw`), '_csrf');
  const twice = await jan.post(`${caseUrl}/declaration/sign`, { _csrf: csrf, version: '1',
    confirm: 'yes' });
  assertPage(twice, 409);

  const els = await signedIn(server, 'Els');
  const answer = assertPage(await els.get(`${caseUrl}/answer?lang=en`));
  assert.match(answer.querySelector('main')?.textContent ?? '', /You can answer until/);
  assert.doesNotMatch(answer.querySelector('main')?.textContent ?? '', /Kerkstraat/);
  assert.ok(assertPage(await els.get(caseUrl)).querySelector(`a[href="${caseUrl}/answer"]`));
  const coSigned = await sign(els, 'Els', `${caseUrl}/answer/sign`);
  assert.equal(coSigned.statusCode, 303);
  await app.worker.drain();
  const done = await jan.get(`${caseUrl}?lang=en`);
  assert.match(text(done), /the legal cohabitation has ended/);
  const links = documentLinks(done);
  assert.equal(links.length, 2);
  const both = await els.get(links[1] ?? '');
  assert.match(pdfsig(both.rawPayload), /Signature is Valid/);
  assert.match(pdfText(both.rawPayload), /Testmans/);
  const rows = await app.db.selectFrom('document').select('case_id').execute();
  assert.equal(rows.length, 2);
});

/** The partner refuses with a reason; returns the declarant's browser and the case. */
async function refusal(declarant: string, partner: string, share: boolean) {
  const { browser, caseUrl } = await startJoint(declarant);
  assert.equal((await sign(browser, declarant, `${caseUrl}/declaration/sign`)).statusCode, 303);
  const other = await signedIn(server, partner);
  const form = await other.get(`${caseUrl}/answer/refuse?lang=en`);
  assertPage(form);
  assert.equal(html(form.body).querySelector('input#share')?.getAttribute('checked'), undefined);
  const reason = `We agreed otherwise ${declarant}`;
  const posted = await other.post(`${caseUrl}/answer/refuse`, { _csrf: hidden(form, '_csrf'),
    version: hidden(form, 'version'), reason, ...(share ? { share: 'yes' } : {}) });
  assert.equal(posted.statusCode, 303);
  assert.match(text(await other.get(caseUrl)), new RegExp(reason));
  return { browser, caseUrl, reason };
}

test('a refusal whose reason is not shared: the declarant does not see it', async () => {
  const { browser, caseUrl, reason } = await refusal('Pieter', 'Sofie', false);
  const page = await browser.get(`${caseUrl}?lang=en`);
  assertPage(page);
  assert.doesNotMatch(page.body, new RegExp(reason));
  assert.ok(html(page.body).querySelector(`a[href="${caseUrl}/choice"]`));
});

test('a shared reason is shown; the declarant goes on alone up to the payment', async () => {
  const { browser, caseUrl, reason } = await refusal('Jean', 'Marie', true);
  assert.match(text(await browser.get(`${caseUrl}?lang=en`)), new RegExp(reason));
  const choice = await browser.get(`${caseUrl}/choice?lang=en`);
  assertPage(choice);
  const invalid = await browser.post(`${caseUrl}/choice`, { _csrf: hidden(choice, '_csrf'),
    version: hidden(choice, 'version') });
  assert.ok(assertPage(invalid, 422).querySelector('[role="alert"] a[href="#choice"]'));
  const alone = await browser.post(`${caseUrl}/choice`, { _csrf: hidden(choice, '_csrf'),
    version: hidden(choice, 'version'), choice: 'alone' });
  assert.equal(alone.headers.location, `${caseUrl}/choice/sign`);
  assert.equal((await sign(browser, 'Jean', `${caseUrl}/choice/sign`)).statusCode, 303);
  const page = await browser.get(`${caseUrl}?lang=en`);
  assert.match(text(page), /waiting for the payment|Pay/);
  assert.match(text(page), /€|EUR/);
});

test('wrong person 404, wrong state 409, no CSRF 403, invalid forms 422', async () => {
  const { browser: hans, caseUrl } = await startJoint('Hans');
  const nina = await signedIn(server, 'Nina');
  assertPage(await nina.get(`${caseUrl}/declaration`), 404);
  assertPage(await nina.get(`${caseUrl}/answer`), 404);
  assertPage(await hans.get(`${caseUrl}/answer`), 404);
  assertPage(await hans.get(`${caseUrl}/choice`), 409);
  assertPage(await hans.get(`${caseUrl}/documents/00000000-0000-4000-8000-000000000000`), 404);
  const check = await signPage(hans, 'Hans', `${caseUrl}/declaration/sign`);
  assertPage(check);
  const version = hidden(check, 'version');
  assertPage(await hans.post(`${caseUrl}/declaration/sign`, { version, confirm: 'yes' }), 403);
  const invalid = await hans.post(`${caseUrl}/declaration/sign`,
    { _csrf: hidden(check, '_csrf'), version });
  const page = assertPage(invalid, 422);
  assert.equal(page.querySelector('[role="alert"] a')?.getAttribute('href'), '#confirm');
  const stale = await hans.post(`${caseUrl}/declaration/sign`,
    { _csrf: hidden(check, '_csrf'), version: '9', confirm: 'yes' });
  assertPage(stale, 409);
  assert.equal((await app.db.selectFrom('document').select('id')
    .where('case_id', '=', caseUrl.slice(7)).execute()).length, 0);
  assert.equal((await sign(hans, 'Hans', `${caseUrl}/declaration/sign`)).statusCode, 303);
  assertPage(await hans.get(`${caseUrl}/declaration`), 409);
  const greta = await signedIn(server, 'Greta');
  const link = documentLinks(await hans.get(caseUrl))[0] ?? '';
  assert.equal((await greta.get(link)).statusCode, 200);
  assertPage(await nina.get(link), 404);
  const refuse = await greta.get(`${caseUrl}/answer/refuse?lang=en`);
  const long = await greta.post(`${caseUrl}/answer/refuse`, { _csrf: hidden(refuse, '_csrf'),
    version: hidden(refuse, 'version'), reason: 'x'.repeat(501) });
  const again = assertPage(long, 422);
  assert.equal(again.querySelector('[role="alert"] a')?.getAttribute('href'), '#reason');
  assert.equal(again.querySelector('textarea#reason')?.textContent, 'x'.repeat(501));
});

test('partners who live apart see each other\'s city, not the address (rule 5)', async () => {
  const { browser: luc, caseUrl } = await startJoint('Luc');
  const page = await luc.get(`${caseUrl}/declaration?lang=en`);
  assert.equal(page.statusCode, 200);
  const shown = text(page);
  assert.match(shown, /Leuven/, 'the partner\'s city is on the declaration');
  assert.doesNotMatch(shown, /Testlaan/, 'the partner\'s street is not');
  assert.match(shown, /Namur/);
});
