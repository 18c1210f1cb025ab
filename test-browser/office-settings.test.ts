// The administrator's settings page in Chromium with axe-core (WCAG 2.1 A and AA), through the
// real staff sign-in: the page, a refused deadline with its error summary, the saved change in
// the log, a bailiff marked unavailable, and the message texts. Screenshots land in
// test-artifacts/office-settings/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { go, Journey, useBrowserApp } from './support.ts';

let browser: Browser;
let base: string;
useBrowserApp(async (opened) => {
  ({ browser, base } = opened);
});

test('an administrator fails a deadline, corrects it, and marks a bailiff unavailable', async () => {
  const journey = new Journey('office-settings');
  const page = await browser.newPage();
  await page.goto(`${base}/office/settings?lang=nl`);
  await page.getByLabel(/Koen Beheer/).check();
  await go(page, page.getByRole('button', { name: 'Aanmelden' }));
  await page.waitForURL(/\/office\/settings/);
  await journey.check(page, 'settings');

  const answer = page.getByLabel('Termijn voor het antwoord van de partner');
  await answer.fill('0');
  await go(page, page.getByRole('button', { name: 'Instellingen bewaren' }));
  assert.equal(await page.getByRole('alert').count(), 1);
  await journey.check(page, 'settings with errors');
  assert.equal(await answer.inputValue(), '0');
  await page.getByRole('alert').getByRole('link').first().click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'partnerAnswerDays');

  await answer.fill('21');
  await go(page, page.getByRole('button', { name: 'Instellingen bewaren' }));
  assert.equal(await page.getByRole('status').count(), 1);
  await journey.check(page, 'settings saved');
  const log = page.getByRole('table', { name: /laatste wijzigingen/ });
  assert.match(await log.innerText(), /Koen Beheer/);

  const bailiffs = page.getByRole('table', { name: /Gerechtsdeurwaarders van het arrondissement/ });
  const row = bailiffs.getByRole('row', { name: /Gerechtsdeurwaarderskantoor Voorbeeld/ });
  assert.match(await row.innerText(), /Beschikbaar/);
  await go(page, row.getByRole('button', { name: 'Niet beschikbaar' }));
  assert.match(await row.innerText(), /Niet beschikbaar/);
  assert.equal(await row.getByRole('button', { name: 'Beschikbaar' }).count(), 1);
  await journey.check(page, 'bailiff unavailable');

  await go(page, page.getByRole('link', { name: 'Teksten van de berichten aanpassen' }));
  await journey.check(page, 'message texts');
  await page.getByLabel('Eigen tekst (Nederlands)').fill('Stad Gent heeft uw aanvraag ontvangen.');
  await go(page, page.getByRole('button', { name: 'Teksten bewaren' }));
  assert.equal(await page.getByRole('status').count(), 1);
  assert.equal(await page.getByLabel('Eigen tekst (Nederlands)').inputValue(),
    'Stad Gent heeft uw aanvraag ontvangen.');
  await journey.check(page, 'message texts saved');
  await page.close();
});
