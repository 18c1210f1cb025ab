// The counter in Chromium with axe-core (WCAG 2.1 A and AA): counter staff identify Pieter on
// his eID and start his case with him (an error summary first), make a hand-over link; Pieter
// opens it in a second browser context (his phone), signs in and signs. Screenshots land in
// test-artifacts/office-counter/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { go, Journey, useBrowserApp } from './support.ts';

let browser: Browser;
let base: string;
useBrowserApp(async (opened) => {
  ({ browser, base } = opened);
});

async function context(): Promise<{ context: BrowserContext; page: Page }> {
  const made = await browser.newContext({ locale: 'nl-BE', bypassCSP: true });
  return { context: made, page: await made.newPage() };
}

/** A card number of the eID format: ten digits and their rest after division by 97. */
function eidCard(body: string): string {
  const rest = Number(BigInt(body) % 97n) || 97;
  return `${body.slice(0, 3)}-${body.slice(3)}-${String(rest).padStart(2, '0')}`;
}

test('counter staff start Pieter\'s case; Pieter signs through the hand-over link', async () => {
  const journey = new Journey('office-counter');
  const desk = await context();
  const p = desk.page;
  await p.goto(`${base}/office/counter?lang=nl`);
  await p.waitForURL(/\/oidc\/interaction\//);
  await p.getByLabel(/Sara Loket/).check();
  await go(p, p.getByRole('button', { name: 'Aanmelden' }));
  await p.waitForURL(/\/office\/counter(\?lang=nl)?$/);
  await journey.check(p, 'counter start');

  await p.getByLabel('Rijksregisternummer van de burger').fill('92011792123');
  await p.getByLabel('Kaartnummer van de eID').fill('591-2345678-00');
  await go(p, p.getByRole('button', { name: 'Identiteit vastleggen' }));
  assert.equal(await p.getByRole('alert').count(), 1);
  await journey.check(p, 'counter identity errors');

  await p.getByLabel('Kaartnummer van de eID').fill(eidCard('5912345678'));
  await p.getByLabel(/Ik heb de foto op de eID vergeleken/).check();
  await go(p, p.getByRole('button', { name: 'Identiteit vastleggen' }));
  await p.waitForURL(/\/office\/counter\/checks\//);
  await journey.check(p, 'counter choice');
  await p.getByLabel(/Samen met de partner/).check();
  await go(p, p.getByRole('button', { name: 'Zaak starten' }));
  await p.waitForURL(/\/office\/counter\/cases\/[0-9a-f-]{36}\?done=started$/);
  await journey.check(p, 'counter case');
  const caseId = /cases\/([0-9a-f-]{36})/.exec(p.url())?.[1] ?? '';

  await go(p, p.getByRole('button', { name: 'Link om te ondertekenen maken' }));
  await journey.check(p, 'hand-over link');
  const link = await p.locator('#handover-link').getAttribute('href') ?? '';
  assert.match(link, /\/handover\/[A-Za-z0-9_-]{43}$/);

  // Pieter's phone: a second browser context.
  const phone = await context();
  const q = phone.page;
  await q.goto(link);
  await q.waitForURL(/\/oidc\/interaction\//);
  await journey.check(q, 'citizen sign-in');
  await q.getByLabel(/^Pieter De Proef/).check();
  await q.getByLabel('Substantieel', { exact: true }).check();
  await go(q, q.getByRole('button', { name: 'Aanmelden', exact: true }));
  await q.waitForURL(`${base}/cases/${caseId}/declaration/sign`);
  await journey.check(q, 'citizen check and sign');
  await q.getByLabel('Ik wil de wettelijke samenwoning beëindigen.').check();
  await go(q, q.getByRole('button', { name: 'Onderteken' }));
  await q.waitForURL(`${base}/cases/${caseId}`);
  assert.match(await q.locator('main').innerText(), /Verklaring ondertekend door u/);

  // The link is used up.
  await q.goto(link);
  assert.match(await q.locator('main').innerText(), /al gebruikt/);
  await journey.check(q, 'hand-over link used');

  await p.goto(`${base}/office/counter/cases/${caseId}`);
  assert.equal(await p.locator('table.counter-acts tbody tr').count(), 2);
  await journey.check(p, 'counter case after signing');
  await phone.context.close();
  await desk.context.close();
});
