// The office's case page in Chromium with axe-core (WCAG 2.1 A and AA), through the real
// sign-in of demo staff: a Gent registrar opens a case that waits for review and approves
// it; civil affairs writes a note (first too long, with the error summary, then kept).
// Screenshots land in test-artifacts/office-case/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { Browser, Page } from 'playwright-core';
import { caseAwaitingService } from '../test/bailiff/support.ts';
import { settle } from '../test/notifications/support.ts';
import { go, Journey, useBrowserApp } from './support.ts';

let browser: Browser;
let base: string;
let caseId: string;

const browserApp = useBrowserApp(async (opened) => {
  ({ browser, base } = opened);
  const { app } = opened;
  await sql`update municipality set settings = settings || '{"reviewBeforeRegistration": true}'
    where code = '44021'`.execute(app.db);
  const engaged = await caseAwaitingService(app, '85073092113');
  caseId = engaged.caseId;
  const bailiff = { role: 'bailiff' as const, id: engaged.bailiffId };
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' })
    .format(app.clock.now());
  await app.engine.execute({ type: 'AcceptAssignment', caseId, actor: bailiff, channel: 'bailiff' });
  await app.engine.execute({ type: 'RecordService', caseId, actor: bailiff, channel: 'bailiff',
    serviceDate: today, place: 'Gent', mode: 'in_person', deedReference: 'EXP-2026-0007' });
  await settle(app);
});

/** Opens the case page in a fresh browser context, signed in as `name`. */
async function openAs(name: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/office/cases/${caseId}?lang=nl`);
  await page.getByLabel(new RegExp(name)).check();
  await go(page, page.getByRole('button', { name: 'Aanmelden' }));
  await page.waitForURL(new RegExp(`/office/cases/${caseId}`));
  return page;
}

test('a Gent registrar opens a case in registering and approves it', async () => {
  const journey = new Journey('office-case');
  assert.equal((await browserApp().app.engine.load(caseId))?.state.status, 'registering');
  const page = await openAs('Eva Ambtenaar');
  await journey.check(page, 'case page registrar');
  assert.match(await page.locator('main').innerText(), /Betekend op .* in Gent, akte EXP-2026-0007/);
  await go(page, page.getByRole('button', { name: 'Goedkeuren en registreren' }));
  await journey.check(page, 'registration approved');
  assert.equal(await page.getByRole('status').count(), 1);
  assert.match(await page.locator('table.timeline-table').innerText(), /Registratie goedgekeurd/);
  await settle(browserApp().app);
  assert.equal((await browserApp().app.engine.load(caseId))?.state.status, 'completed');
  await page.reload();
  await journey.check(page, 'case page completed');
  assert.match(await page.locator('main').innerText(), /Beëindiging geregistreerd/);
  await page.context().close();
});

test('civil affairs adds a note, after an error summary for a note too long', async () => {
  const journey = new Journey('office-case');
  const page = await openAs('Tim Burgerzaken');
  await page.getByLabel('Nieuwe notitie').fill('x'.repeat(2001));
  await go(page, page.getByRole('button', { name: 'Notitie bewaren' }));
  assert.equal(await page.getByRole('alert').count(), 1);
  await journey.check(page, 'note too long');
  await page.getByRole('alert').getByRole('link').first().click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'note');
  await page.getByLabel('Nieuwe notitie').fill('Aanvrager telefonisch verwittigd.');
  await go(page, page.getByRole('button', { name: 'Notitie bewaren' }));
  await journey.check(page, 'note kept');
  assert.match(await page.locator('section[aria-labelledby="notes-title"]').innerText(),
    /Aanvrager telefonisch verwittigd\.\s+Tim Burgerzaken/);
  await page.context().close();
});
