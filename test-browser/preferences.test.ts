// The contact preferences and the development page of captured messages in Chromium, with
// axe-core (WCAG 2.1 A and AA): the empty page, an invalid address with its error summary,
// the code entry, and /dev/messages with a mail's HTML part in its sandboxed frame.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { assertAccessible, useBrowserApp } from './support.ts';

let browser: Browser;
let base: string;

useBrowserApp(async (opened) => {
  ({ browser, base } = opened);
});

test('the preferences page, its error summary and the code entry pass axe', async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/auth/login?return=%2Fpreferences`);
  await page.getByLabel(/Nina Alleen/).check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${base}/preferences**`);
  await page.goto(`${base}/preferences?lang=nl`);
  await assertAccessible(page, 'preferences');

  await page.getByLabel('E-mailadres').fill('nina@');
  await page.getByRole('button', { name: 'Stuur een code per e-mail' }).click();
  await page.waitForLoadState('load');
  assert.equal(await page.getByRole('alert').count(), 1);
  await assertAccessible(page, 'preferences with an error');
  await page.getByRole('alert').getByRole('link').click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'email');

  await page.getByLabel('E-mailadres').fill('nina@example.be');
  await page.getByRole('button', { name: 'Stuur een code per e-mail' }).click();
  await page.waitForURL(`${base}/preferences?done=code-sent`);
  assert.equal(await page.getByLabel('Code', { exact: true }).count(), 1);
  await assertAccessible(page, 'preferences with a code on its way');

  await page.goto(`${base}/dev/messages`);
  assert.equal(await page.locator('iframe[sandbox=""]').count(), 1);
  await assertAccessible(page, 'captured messages');
  await page.close();
});
