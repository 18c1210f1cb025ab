// The bailiff's area in Chromium with axe-core (WCAG 2.1 A and AA), through the real sign-in
// as a demo bailiff: the worklist, the assignment, accepting it, the service form with an
// error summary, and the recorded service. Screenshots land in test-artifacts/bailiff/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { caseAwaitingService, deedPdf } from '../test/bailiff/support.ts';
import { go, Journey, useBrowserApp } from './support.ts';

let browser: Browser;
let base: string;
let caseId: string;
const browserApp = useBrowserApp(async (opened) => {
  ({ browser, base } = opened);
  ({ caseId } = await caseAwaitingService(opened.app, '85073092113'));
});

test('a bailiff signs in, accepts, fails a form, then records the service', async () => {
  const journey = new Journey('bailiff');
  const page = await browser.newPage();
  await page.goto(`${base}/bailiff?lang=nl`);
  await journey.check(page, 'professional sign-in');
  await page.getByLabel(/Bert Betekening/).check();
  await go(page, page.getByRole('button', { name: 'Aanmelden' }));
  await page.waitForURL(/\/bailiff(\?lang=nl)?$/);
  await journey.check(page, 'worklist');
  assert.equal(await page.getByRole('table').getByRole('row').count(), 2);

  await go(page, page.getByRole('link', { name: /WS-\d{4}-\d{6}/ }));
  assert.ok(page.url().endsWith(`/bailiff/assignments/${caseId}`));
  await journey.check(page, 'assignment');
  assert.equal(await page.getByText('Els Testmans').count(), 1);

  await go(page, page.getByRole('button', { name: 'Opdracht aanvaarden' }));
  await journey.check(page, 'assignment accepted');
  await go(page, page.getByRole('link', { name: 'Betekening registreren' }));
  await journey.check(page, 'record the service');

  await page.getByLabel('Plaats van de betekening').fill('Gent');
  await go(page, page.getByRole('button', { name: 'Betekening registreren' }));
  assert.equal(await page.getByRole('alert').count(), 1);
  await journey.check(page, 'record the service with errors');
  assert.equal(await page.getByLabel('Plaats van de betekening').inputValue(), 'Gent');
  await page.getByRole('alert').getByRole('link').first().click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'serviceDate');

  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' })
    .format(browserApp().app.clock.now());
  await page.getByLabel('Datum van de betekening').fill(today);
  await page.getByLabel('Aan de persoon').check();
  await page.getByLabel('Referentie van de akte').fill('EXP-2026-0099');
  await page.getByLabel('Akte van betekening').setInputFiles({ name: 'exploot.pdf',
    mimeType: 'application/pdf', buffer: Buffer.from(await deedPdf()) });
  await go(page, page.getByRole('button', { name: 'Betekening registreren' }));
  assert.ok(page.url().endsWith(`/bailiff/assignments/${caseId}`));
  await journey.check(page, 'service recorded');
  assert.match(await page.locator('main').innerText(), /EXP-2026-0099/);
  await page.close();
});
