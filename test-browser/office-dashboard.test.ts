// The office's dashboard in Chromium with axe-core (WCAG 2.1 A and AA), through the real
// sign-in as civil affairs of Gent: the charts (inline SVG images with a title and a
// description), their tables opened, and the period form with an error summary.
// Screenshots land in test-artifacts/office-dashboard/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { addSyntheticCouples } from '../src/adapters/register-simulator/synthetic.ts';
import { startCase } from '../src/app/start-case.ts';
import { settle } from '../test/notifications/support.ts';
import { go, Journey, useBrowserApp } from './support.ts';

let browser: Browser;
let base: string;
useBrowserApp(async (opened) => {
  ({ browser, base } = opened);
  const app = opened.app;
  const couples = await addSyntheticCouples(app.db, {
    count: 2, municipality: '44021', postalCode: '9000', city: 'Gent', from: 720 });
  const [[online], [counter]] = couples as [[string, string], [string, string]];
  await startCase(app.db, app.engine, app.registerFor, {
    declarant: online, path: 'joint', channel: 'online', actor: { role: 'declarant', id: online } });
  await startCase(app.db, app.engine, app.registerFor, {
    declarant: counter, path: 'unilateral', channel: 'counter',
    actor: { role: 'counter', id: 'staff-gent' } });
  await settle(app);
});

test('civil affairs reads the dashboard, opens a table and fails the period form', async () => {
  const journey = new Journey('office-dashboard');
  const page = await browser.newPage();
  await page.goto(`${base}/office/dashboard?lang=nl`);
  await page.getByLabel(/Tim Burgerzaken/).check();
  await go(page, page.getByRole('button', { name: 'Aanmelden' }));
  await page.waitForURL(/\/office\/dashboard/);
  await journey.check(page, 'dashboard');

  assert.equal(await page.locator('svg[role="img"]').count(), 5);
  const weeks = page.getByRole('img', { name: 'Gestarte aanvragen per week en kanaal' });
  assert.equal(await weeks.count(), 1);
  assert.equal(await weeks.locator('rect.bar').count(), 24);
  const started = await weeks.locator('rect.bar:not([data-value="0"])')
    .evaluateAll((bars) => bars.map((bar) => bar.getAttribute('data-series')));
  assert.deepEqual(started.sort(), ['counter', 'online']);

  const details = page.locator('details').nth(1);
  await details.locator('summary').click();
  const table = details.getByRole('table');
  assert.ok(await table.isVisible());
  assert.equal(await table.getByRole('row').count(), 13);
  await journey.check(page, 'weekly table open');

  await page.getByLabel('Van', { exact: true }).fill('2026-05-10');
  await page.getByLabel('Tot en met', { exact: true }).fill('2026-05-01');
  await go(page, page.getByRole('button', { name: 'Toon de cijfers' }));
  assert.equal(await page.getByRole('alert').count(), 1);
  await journey.check(page, 'period with errors');
  await page.getByRole('alert').getByRole('link').first().click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'period-from');

  const csv = page.getByRole('link', { name: 'Download de cijfers als CSV' });
  assert.equal(await csv.count(), 0, 'no export of a period with errors');
  await page.close();
});
