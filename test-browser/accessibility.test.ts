// The pages in a real browser (Debian's Chromium through playwright-core), checked with
// axe-core against WCAG 2.1 A and AA, and used the way a citizen does: signing in through
// the embedded provider, starting a case, reading it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildServer } from '../src/web/server.ts';
import { createTestApp, type TestApp } from '../test/support/app.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const axeSource = readFileSync(axePath, 'utf8');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let app: TestApp;
let server: Awaited<ReturnType<typeof buildServer>>;
let browser: Browser;
let base: string;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

before(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  app = await createTestApp(new Date().toISOString(), {},
    { HOST: '127.0.0.1', PORT: String(port), PUBLIC_URL: base });
  server = await buildServer(app);
  await server.listen({ host: '127.0.0.1', port });
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
  await app?.close();
});

interface Violation { id: string; impact: string | null; nodes: unknown[] }

async function violations(page: Page): Promise<Violation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(o: object): Promise<{
      violations: Violation[] }> } }).axe;
    const result = await axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: [] }));
  });
}

async function assertAccessible(page: Page, what: string) {
  const found = await violations(page);
  assert.deepEqual(found.map((v) => `${v.id} (${v.impact})`), [], `${what}: axe violations`);
}

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
