// "My tasks" in Chromium with axe-core (WCAG 2.1 A and AA), through the real sign-in as
// Gent's civil affairs: a partner's refusal raised a task; it is taken, opened, refused a
// closing without a note (error summary), and closed with one. Screenshots land in
// test-artifacts/office-tasks/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { demoPeople } from '../src/adapters/register-simulator/demo-people.ts';
import { startCase } from '../src/app/start-case.ts';
import type { CaseCommand } from '../src/process/index.ts';
import { settle } from '../test/notifications/support.ts';
import { staff } from '../test/office/support.ts';
import { go, Journey, useBrowserApp } from './support.ts';

let browser: Browser;
let base: string;
let reference = '';
let caseId = '';

function person(label: string): string {
  const found = demoPeople.find((p) => p.label.startsWith(label));
  assert.ok(found, label);
  return found.nationalNumber;
}

useBrowserApp(async (opened) => {
  ({ browser, base } = opened);
  const { app } = opened;
  const jan = person('Gent: lives with his partner Els');
  const els = person('Gent: lives with her partner Jan');
  ({ caseId } = await startCase(app.db, app.engine, app.registerFor, {
    declarant: jan, path: 'joint', channel: 'online', actor: { role: 'declarant', id: jan } }));
  await app.engine.execute({ type: 'SignDeclaration', caseId, channel: 'online',
    actor: { role: 'declarant', id: jan } } as CaseCommand);
  await app.engine.execute({ type: 'RefuseAsPartner', caseId, channel: 'online',
    actor: { role: 'partner', id: els }, shareWithDeclarant: false } as CaseCommand);
  await settle(app);
  reference = (await app.db.selectFrom('case_list').select('reference')
    .where('case_id', '=', caseId).executeTakeFirstOrThrow()).reference;
});

test('Gent civil affairs takes a task, fails to close it without a note, then closes it', async () => {
  const journey = new Journey('office-tasks');
  const page = await browser.newPage();
  await page.goto(`${base}/office/tasks?lang=nl`);
  await page.getByLabel(new RegExp(staff.gent.civil_affairs)).check();
  await go(page, page.getByRole('button', { name: 'Aanmelden' }));
  await page.waitForURL(/\/office\/tasks(\?lang=nl)?$/);
  await journey.check(page, 'my tasks');
  const team = page.getByRole('table', { name: 'Van mijn team, nog door niemand genomen' });
  assert.equal(await team.getByRole('link', { name: reference, exact: true }).count(), 1);

  await go(page, team.getByRole('button', { name: /Neem ik/ }));
  await journey.check(page, 'task taken');
  assert.equal(await page.getByRole('status').innerText(), 'U hebt de taak genomen.');
  const mine = page.getByRole('table', { name: 'Aan mij toegewezen' });
  await go(page, mine.getByRole('link', { name: /De partner weigert/ }));
  assert.ok(page.url().includes(`/office/tasks/${caseId}/`));
  await journey.check(page, 'one task');

  await go(page, page.getByRole('button', { name: 'Taak afsluiten' }));
  assert.equal(await page.getByRole('alert').count(), 1);
  await journey.check(page, 'closing without a note');
  await page.getByRole('alert').getByRole('link').first().click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'note');

  await page.getByLabel('Notitie').fill('De aanvrager gebeld: hij gaat alleen verder.');
  await go(page, page.getByRole('button', { name: 'Taak afsluiten' }));
  await page.waitForURL(/\/office\/tasks\?done=closed$/);
  await journey.check(page, 'task closed');
  assert.equal(await page.getByText('Er is geen taak aan u toegewezen.').count(), 1);
  await page.close();
});
