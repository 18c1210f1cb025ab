// The office's invoices in Chromium with axe-core (WCAG 2.1 A and AA), through the real
// sign-in as Gent's civil affairs: two bailiffs' invoices beside their deposits; a dispute
// without a reason (error summary, focus on the field), a dispute with one, an approval.
// Screenshots land in test-artifacts/office-invoices/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { submitInvoice } from '../src/app/invoices.ts';
import { fee, servedCase } from '../test/invoices/support/served.ts';
import { staff } from '../test/office/support.ts';
import { go, Journey, useBrowserApp } from './support.ts';

let browser: Browser;
let base: string;
/** Each invoice's accessible name: its number and its case (numbers are per bailiff). */
const names: string[] = [];
const ids: string[] = [];

useBrowserApp(async (opened) => {
  ({ browser, base } = opened);
  const { app } = opened;
  for (const [declarant, cents] of [['85073092113', 10_000], ['92011792123', 30_000]] as const) {
    const served = await servedCase(app, declarant);
    const invoice = await submitInvoice({ db: app.db, now: app.clock.now() },
      { bailiffId: served.bailiffId, caseId: served.caseId, lines: [fee(cents)] });
    const { reference } = await app.db.selectFrom('case_list').select('reference')
      .where('case_id', '=', served.caseId).executeTakeFirstOrThrow();
    names.push(`${invoice.number} (${reference})`);
    ids.push(invoice.id);
  }
});

test('Gent civil affairs reviews invoices: disputes one (first without a reason), approves one', async () => {
  const journey = new Journey('office-invoices');
  const page = await browser.newPage();
  await page.goto(`${base}/office/invoices?lang=nl`);
  await page.getByLabel(new RegExp(staff.gent.civil_affairs)).check();
  await go(page, page.getByRole('button', { name: 'Aanmelden' }));
  await page.waitForURL(/\/office\/invoices(\?lang=nl)?$/);
  await journey.check(page, 'invoices');
  const table = page.getByRole('table', { name: 'Facturen en voorschotten, de nieuwste eerst' });
  assert.equal(await table.getByRole('row').count(), 3);

  const [first = '', second = ''] = names;
  await go(page, page.getByRole('button', { name: `Factuur ${second} betwisten` }));
  assert.equal(await page.getByRole('alert').count(), 1);
  await journey.check(page, 'dispute without a reason');
  await page.getByRole('alert').getByRole('link').first().click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), `reason-${ids[1]}`);

  await page.getByLabel(`Reden van betwisting voor factuur ${second}`).fill('Ereloon te hoog');
  await go(page, page.getByRole('button', { name: `Factuur ${second} betwisten` }));
  await page.waitForURL(/\/office\/invoices\?done=disputed$/);
  await journey.check(page, 'disputed');
  assert.match(await page.getByRole('status').innerText(), /betwist/);
  assert.equal(await page.getByText('Betwist: Ereloon te hoog').count(), 1);

  await go(page, page.getByRole('button', { name: `Factuur ${first} goedkeuren` }));
  await page.waitForURL(/\/office\/invoices\?done=approved$/);
  await journey.check(page, 'approved');
  assert.equal(await page.getByRole('button', { name: /goedkeuren/ }).count(), 0);
});
