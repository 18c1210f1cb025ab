// Paying the deposit in Chromium: the case page's payment block, the embedded provider's
// hosted page (a simulation, with its own look), its error summary, and the return page,
// each checked with axe-core (WCAG 2.1 A/AA) and kept as a screenshot.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { unilateralCase } from '../test/payments/support.ts';
import { go, Journey, openBrowserApp, type BrowserApp } from './support.ts';

let opened: BrowserApp;
const cases: Record<string, string> = {};

before(async () => {
  opened = await openBrowserApp();
  cases.jan = await unilateralCase(opened.app, '85073092113');
  cases.pieter = await unilateralCase(opened.app, '92011792123');
  opened.app.worker.start();
  opened.app.payments.webhooks?.start();
});

after(async () => {
  await opened.app.payments.webhooks?.stop();
  await opened?.close();
});

async function signedInPage(name: string, caseId: string, journey: Journey): Promise<Page> {
  const context = await opened.browser.newContext({ locale: 'nl-BE', bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${opened.base}/auth/login?return=${encodeURIComponent(`/cases/${caseId}`)}`);
  await page.waitForURL(/\/oidc\/interaction\//);
  await page.getByLabel(new RegExp(`^${name}`)).check();
  await page.getByLabel('Substantieel', { exact: true }).check();
  await go(page, page.getByRole('button', { name: 'Aanmelden', exact: true }));
  await page.waitForURL(`${opened.base}/cases/${caseId}`);
  await journey.check(page, 'case-page-to-pay');
  return page;
}

test('Jan pays with Bancontact on the hosted page and comes back to the result', async () => {
  const journey = new Journey('payment');
  const page = await signedInPage('Jan Voorbeeld', cases.jan ?? '', journey);
  const block = page.locator('section.payment');
  assert.match(await block.innerText(), /Gestructureerde mededeling\s+\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+/);
  await go(page, block.getByRole('button', { name: 'Betalen' }));
  assert.match(page.url(), /\/pay\/emb_/);
  assert.match(await page.locator('header').innerText(), /Simulatie/);
  await journey.check(page, 'hosted-page');
  await go(page, page.getByRole('button', { name: 'Betalen', exact: true }));
  assert.equal(await page.getByRole('alert').count(), 1);
  await journey.check(page, 'hosted-page-error');
  await page.getByLabel('Bancontact').check();
  await go(page, page.getByRole('button', { name: 'Betalen', exact: true }));
  await page.waitForURL(`${opened.base}/cases/${cases.jan}/payment`);
  assert.equal(await page.locator('h1').innerText(), 'Uw betaling is gelukt');
  await journey.check(page, 'return-paid');
  await go(page, page.getByRole('link', { name: 'Terug naar uw aanvraag' }));
  assert.match(await page.locator('ol.timeline').innerText(), /Betaling ontvangen/);
  await journey.check(page, 'case-page-paid');
});

test('Pieter\'s payment fails: the return page says so and offers to pay again', async () => {
  const journey = new Journey('payment-failed');
  const page = await signedInPage('Pieter De Proef', cases.pieter ?? '', journey);
  await go(page, page.locator('section.payment').getByRole('button', { name: 'Betalen' }));
  await page.getByLabel('Kredietkaart').check();
  await go(page, page.getByRole('button', { name: 'De betaling laten mislukken' }));
  assert.equal(await page.locator('h1').innerText(), 'De betaling is niet gelukt');
  await journey.check(page, 'return-failed');
  assert.equal(await page.getByRole('button', { name: 'Opnieuw betalen' }).count(), 1);
});
