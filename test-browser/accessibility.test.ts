// The pages in a real browser (Debian's Chromium through playwright-core), checked with
// axe-core against WCAG 2.1 A and AA, and used the way a citizen does: signing in through
// the embedded provider, starting a case, reading it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { assertAccessible, useBrowserApp } from './support.ts';

let browser: Browser;
let base: string;

useBrowserApp(async (opened) => {
  ({ browser, base } = opened);
});

test('the product page in each language has no WCAG 2.1 AA violation', async () => {
  const page = await browser.newPage({ bypassCSP: true });
  for (const lang of ['nl', 'fr', 'de', 'en']) {
    await page.goto(`${base}/?lang=${lang}`);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    await assertAccessible(page, `product page (${lang})`);
  }
  await page.close();
});

test('a citizen signs in, starts a joint case and reads it; each page passes axe', async () => {
  const page = await browser.newPage({ bypassCSP: true });
  await page.goto(`${base}/auth/login?return=%2Fstart`);
  await assertAccessible(page, 'the embedded sign-in page');
  await page.getByLabel(/Jan Voorbeeld/).check();
  await page.getByLabel('substantial').check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${base}/start**`);
  await assertAccessible(page, 'start page');
  await page.locator('input[name="path"][value="joint"]').check();
  const submit = page.locator('form[action^="/start"] button[type="submit"]');
  await Promise.all([page.waitForURL(/\/cases\/[0-9a-f-]{36}/), submit.click()]);
  await assertAccessible(page, 'case page');
  assert.equal(await page.locator('h1').count(), 1);
  await page.goto(`${base}/cases`);
  await assertAccessible(page, 'my cases');
  await page.close();
});

test('the error summary of an invalid form is announced and passes axe', async () => {
  const page = await browser.newPage({ bypassCSP: true });
  await page.goto(`${base}/auth/login?return=%2Fstart`);
  await page.getByLabel(/Pieter De Proef/).check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${base}/start**`);
  await page.locator('form[action^="/start"] button[type="submit"]').click();
  const summary = page.getByRole('alert');
  assert.equal(await summary.count(), 1);
  await assertAccessible(page, 'start page with errors');
  await page.close();
});

test('the public verification page, empty, with an error and with an unknown code, passes axe', async () => {
  const page = await browser.newPage({ bypassCSP: true });
  await page.goto(`${base}/verify?lang=nl`);
  await assertAccessible(page, 'verification page');
  await page.getByLabel('Controlecode').fill('12');
  await page.getByRole('button', { name: 'Nagaan', exact: true }).click();
  assert.equal(await page.getByRole('alert').count(), 1);
  await assertAccessible(page, 'verification page with an error');
  await page.getByLabel('Controlecode').fill('AAAA-BBBB-CCCC');
  await page.getByRole('button', { name: 'Nagaan', exact: true }).click();
  assert.match(await page.locator('[role="status"]').innerText(), /Geen attest met deze code/);
  await assertAccessible(page, 'verification page, unknown code');
  await page.close();
});
