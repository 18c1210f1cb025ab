// The office's case list in Chromium with axe-core (WCAG 2.1 A and AA), through the real
// sign-in as Gent's civil affairs: the list, a search by name, a filter, and a bad number of
// days with its error summary. Screenshots land in test-artifacts/office-list/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { startCase } from '../src/app/start-case.ts';
import { settle } from '../test/notifications/support.ts';
import { staff } from '../test/office/support.ts';
import { go, Journey, useBrowserApp } from './support.ts';

let browser: Browser;
let base: string;
const references: string[] = [];

useBrowserApp(async (opened) => {
  ({ browser, base } = opened);
  const { app } = opened;
  for (const declarant of ['85073092113', '92011792123']) {
    const started = await startCase(app.db, app.engine, app.registerFor, {
      declarant, path: 'joint', channel: 'online', actor: { role: 'declarant', id: declarant } });
    const row = await app.db.selectFrom('case_list').select('reference')
      .where('case_id', '=', started.caseId).executeTakeFirstOrThrow();
    references.push(row.reference);
  }
  await settle(app);
});

test('Gent civil affairs lists, searches and filters the cases', async () => {
  const journey = new Journey('office-list');
  const page = await browser.newPage();
  await page.goto(`${base}/office?lang=nl`);
  await page.getByLabel(new RegExp(staff.gent.civil_affairs)).check();
  await go(page, page.getByRole('button', { name: 'Aanmelden' }));
  await page.waitForURL(/\/office(\?lang=nl)?$/);
  await journey.check(page, 'case list');
  const rows = page.getByRole('table').getByRole('row');
  assert.equal(await rows.count(), 3);

  await page.getByLabel('Zoeken').fill('Voorbeeld');
  await go(page, page.getByRole('button', { name: 'Dossiers tonen' }));
  await journey.check(page, 'search by name');
  assert.equal(await rows.count(), 2);
  assert.equal(await page.getByRole('link', { name: references[0] }).count(), 1);
  assert.equal(await page.getByText('Els Testmans').count(), 1);

  await page.getByLabel('Zoeken').fill('');
  await page.getByLabel('Status').selectOption('completed');
  await go(page, page.getByRole('button', { name: 'Dossiers tonen' }));
  await journey.check(page, 'filter without results');
  assert.equal(await page.getByText('Geen dossiers gevonden.').count(), 1);

  await page.getByLabel('Status').selectOption('draft');
  await page.getByLabel(/Termijn binnen/).fill('abc');
  await go(page, page.getByRole('button', { name: 'Dossiers tonen' }));
  await journey.check(page, 'bad number of days');
  assert.equal(await page.getByRole('alert').count(), 1);
  await page.getByRole('alert').getByRole('link').first().click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'days');
  assert.equal(await rows.count(), 3);

  await go(page, page.getByRole('link', { name: references[1] }));
  assert.ok(page.url().includes('/office/cases/'));
  await page.close();
});
