// Both journeys of the issue in Chromium, the two partners in two browser contexts (their
// own cookies), each page checked with axe-core (WCAG 2.1 A/AA) and kept as a screenshot.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { TestApp } from '../test/support/app.ts';
import { go, Journey, useBrowserApp } from './support.ts';

let app: TestApp;
let browser: Browser;
let base: string;

useBrowserApp(async (opened) => {
  ({ app, browser, base } = opened);
});

/** A partner's own browser: its own cookies and language. */
async function person(locale: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale, bypassCSP: true });
  return { context, page: await context.newPage() };
}

const levelLabel: Record<string, Record<string, string>> = {
  nl: { low: 'Laag', substantial: 'Substantieel' },
  en: { low: 'Low', substantial: 'Substantial' },
};
const signInButton: Record<string, string> = { nl: 'Aanmelden', en: 'Sign in' };

/** On the embedded provider's page: picks the person and the level, and signs in. */
async function pick(page: Page, journey: Journey, lang: string, name: string, level: string,
  what: string) {
  await page.waitForURL(/\/oidc\/interaction\//);
  await journey.check(page, what);
  await page.getByLabel(new RegExp(`^${name}`)).check();
  await page.getByLabel(levelLabel[lang]?.[level] ?? level, { exact: true }).check();
  await go(page, page.getByRole('button', { name: signInButton[lang], exact: true }));
}

function main(page: Page): Promise<string> {
  return page.locator('main').innerText();
}

test('joint: Jan starts and signs after a fresh sign-in; Els reads and co-signs', async () => {
  const journey = new Journey('joint');
  const jan = await person('nl-BE');
  const p = jan.page;
  await p.goto(`${base}/auth/login?return=%2Fstart`);
  await pick(p, journey, 'nl', 'Jan Voorbeeld', 'low', 'jan-sign-in-picker');
  await p.waitForURL(`${base}/start`);
  await journey.check(p, 'jan-start');
  await go(p, p.getByRole('button', { name: 'Verder' }));
  assert.equal(await p.getByRole('alert').count(), 1);
  await journey.check(p, 'jan-start-error');
  await p.getByLabel('Samen met Els Testmans').check();
  await go(p, p.getByRole('button', { name: 'Verder' }));
  await p.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
  const caseUrl = p.url();
  await journey.check(p, 'jan-case-draft');
  await go(p, p.getByRole('link', { name: 'Naar de verklaring' }));
  await journey.check(p, 'jan-declaration');
  await go(p, p.getByRole('link', { name: 'Verder naar ondertekenen' }));
  // Signed in at level low: signing asks for a fresh sign-in at level substantial.
  await pick(p, journey, 'nl', 'Jan Voorbeeld', 'substantial', 'jan-step-up-picker');
  await p.waitForURL(`${caseUrl}/declaration/sign`);
  await journey.check(p, 'jan-check-and-sign');
  await go(p, p.getByRole('button', { name: 'Onderteken' }));
  assert.equal(await p.getByRole('alert').count(), 1);
  await journey.check(p, 'jan-check-error');
  await p.getByLabel('Ik wil de wettelijke samenwoning beëindigen.').check();
  await go(p, p.getByRole('button', { name: 'Onderteken' }));
  await p.waitForURL(caseUrl);
  assert.match(await main(p), /Verklaring ondertekend door u/);
  await journey.check(p, 'jan-case-signed');
  await app.worker.drain();

  const els = await person('en-GB');
  const q = els.page;
  await q.goto(`${base}/cases`);
  await pick(q, journey, 'en', 'Els Testmans', 'low', 'els-sign-in-picker');
  await q.waitForURL(`${base}/cases`);
  await journey.check(q, 'els-my-cases');
  assert.match(await q.locator('header').innerText(), /Messages \(1 new\)/);
  await go(q, q.getByRole('link', { name: 'Messages (1 new)' }));
  await journey.check(q, 'els-messages');
  await go(q, q.getByRole('button', { name: /Your partner wants to end/ }));
  await journey.check(q, 'els-invitation');
  await go(q, q.getByRole('link', { name: /Go to request/ }));
  await go(q, q.getByRole('link', { name: 'Go to the declaration' }));
  await q.waitForURL(`${caseUrl}/answer`);
  await journey.check(q, 'els-answer');
  await go(q, q.getByRole('link', { name: 'Sign too' }));
  await pick(q, journey, 'en', 'Els Testmans', 'substantial', 'els-step-up-picker');
  await q.waitForURL(`${caseUrl}/answer/sign`);
  await journey.check(q, 'els-check-and-co-sign');
  await q.getByRole('checkbox').check();
  await go(q, q.getByRole('button', { name: 'Sign', exact: true }));
  await q.waitForURL(caseUrl);
  await app.worker.drain();
  await q.reload();
  assert.match(await main(q), /the legal cohabitation has ended/);
  await journey.check(q, 'els-case-completed');

  await p.goto(`${caseUrl}`);
  await go(p, p.getByRole('link', { name: 'Berichten over deze aanvraag' }));
  await journey.check(p, 'jan-case-messages');
  await go(p, p.locator('header').getByRole('button', { name: 'Afmelden' }));
  await journey.check(p, 'jan-provider-sign-out');
  await go(p, p.getByRole('button', { name: 'Ja, ook daar afmelden' }));
  await p.waitForURL(`${base}/auth/signed-out`);
  await journey.check(p, 'jan-signed-out');
  await p.goto(`${base}/auth/login?return=https%3A%2F%2Fevil.example`);
  await journey.check(p, 'bad-sign-in-link');
  await jan.context.close();
  await els.context.close();
});

test('refusal, then unilateral: up to the payment step', async () => {
  const journey = new Journey('refusal-unilateral');
  const pieter = await person('nl-BE');
  const p = pieter.page;
  await p.goto(`${base}/auth/login?return=%2Fstart`);
  await pick(p, journey, 'nl', 'Pieter De Proef', 'substantial', 'pieter-sign-in-picker');
  await p.getByLabel('Samen met Sofie Fictief').check();
  await go(p, p.getByRole('button', { name: 'Verder' }));
  await p.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
  const caseUrl = p.url();
  await p.goto(`${caseUrl}/declaration/sign`);
  await p.getByLabel('Ik wil de wettelijke samenwoning beëindigen.').check();
  await go(p, p.getByRole('button', { name: 'Onderteken' }));
  await p.waitForURL(caseUrl);
  await journey.check(p, 'pieter-case-awaiting-partner');
  await app.worker.drain();

  const sofie = await person('en-GB');
  const q = sofie.page;
  await q.goto(`${base}/cases`);
  await pick(q, journey, 'en', 'Sofie Fictief', 'low', 'sofie-sign-in-picker');
  await q.goto(`${caseUrl}/answer`);
  await journey.check(q, 'sofie-answer');
  await go(q, q.getByRole('link', { name: 'I do not want to sign' }));
  await journey.check(q, 'sofie-refuse');
  await q.getByLabel(/Why not/).fill('x'.repeat(501));
  await go(q, q.getByRole('button', { name: 'Do not sign' }));
  assert.equal(await q.getByRole('alert').count(), 1);
  await journey.check(q, 'sofie-refuse-error');
  await q.getByLabel(/Why not/).fill('We have agreed to do it differently.');
  await go(q, q.getByRole('button', { name: 'Do not sign' }));
  await q.waitForURL(caseUrl);
  await journey.check(q, 'sofie-case-refused');
  await app.worker.drain();

  await p.reload();
  await journey.check(p, 'pieter-case-refused');
  await go(p, p.getByRole('link', { name: 'Maak uw keuze' }));
  await journey.check(p, 'pieter-choice');
  await go(p, p.getByRole('button', { name: 'Verder' }));
  assert.equal(await p.getByRole('alert').count(), 1);
  await journey.check(p, 'pieter-choice-error');
  await p.getByLabel('Alleen verdergaan').check();
  await go(p, p.getByRole('button', { name: 'Verder' }));
  await p.waitForURL(`${caseUrl}/choice/sign`);
  await journey.check(p, 'pieter-check-unilateral');
  await p.getByLabel('Ik wil de wettelijke samenwoning beëindigen.').check();
  await go(p, p.getByRole('button', { name: 'Onderteken' }));
  await p.waitForURL(caseUrl);
  await app.worker.drain();
  await p.reload();
  assert.match(await main(p), /wacht op de betaling/);
  assert.match(await main(p), /€/);
  await journey.check(p, 'pieter-case-awaiting-payment');
  await go(p, p.locator('header').getByRole('link', { name: /^Berichten/ }));
  await journey.check(p, 'pieter-messages');
  await pieter.context.close();
  await sofie.context.close();
});

test('counter filing: the case page says how to book the visit, and passes axe', async () => {
  const journey = new Journey('counter');
  const tom = await person('en-GB');
  const p = tom.page;
  await p.goto(`${base}/auth/login?return=%2Fstart`);
  await pick(p, journey, 'en', 'Tom Staal', 'substantial', 'tom-sign-in-picker');
  await p.getByLabel('Alone', { exact: true }).check();
  await go(p, p.getByRole('button', { name: 'Continue' }));
  await p.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
  const caseUrl = p.url();
  await p.goto(`${caseUrl}/declaration/sign`);
  await p.getByRole('checkbox').check();
  await go(p, p.getByRole('button', { name: 'Sign', exact: true }));
  await p.waitForURL(caseUrl);
  const booking = p.getByRole('link', { name: /Book an appointment online/ });
  assert.equal(await booking.getAttribute('href'), 'https://afspraak.leuven.example/burgerzaken');
  await journey.check(p, 'tom-case-awaiting-counter-visit');
  await tom.context.close();
});
