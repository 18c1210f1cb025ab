// What the browser tests share: the app on a free port, Chromium, axe-core and screenshots.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { buildServer } from '../src/web/server.ts';
import { createTestApp, type TestApp } from '../test/support/app.ts';
import { freePort } from '../test/support/ports.ts';

export { freePort };

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const axeSource = readFileSync(axePath, 'utf8');

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];


export interface BrowserApp {
  app: TestApp;
  server: Awaited<ReturnType<typeof buildServer>>;
  browser: Browser;
  /** The app's address on 127.0.0.1. */
  base: string;
  close(): Promise<void>;
}

/**
 * Opens the app and Chromium before a file's tests and closes both after them. `ready` runs
 * once they are open (to keep the browser and the address, or to prepare a case); the
 * function returned gives the open app to the tests.
 */
export function useBrowserApp(
  ready: (opened: BrowserApp) => Promise<void> | void,
): () => BrowserApp {
  let opened: BrowserApp | undefined;
  before(async () => {
    opened = await openBrowserApp();
    await ready(opened);
  });
  after(async () => {
    await opened?.close();
  });
  return () => {
    assert.ok(opened, 'the app and the browser are open');
    return opened;
  };
}

/** The whole app listening on a free port of 127.0.0.1, and Chromium to visit it. */
export async function openBrowserApp(): Promise<BrowserApp> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const app = await createTestApp(new Date().toISOString(), {},
    { HOST: '127.0.0.1', PORT: String(port), PUBLIC_URL: base });
  const server = await buildServer(app);
  await server.listen({ host: '127.0.0.1', port });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  return {
    app, server, browser, base,
    close: async () => {
      await browser.close();
      await server.close();
      await app.close();
    },
  };
}

interface Violation { id: string; impact: string | null; targets: string[] }

async function violations(page: Page): Promise<Violation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(o: object): Promise<{
      violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } })
      .axe;
    const result = await axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/** axe-core (WCAG 2.1 A and AA) finds nothing on the page. */
export async function assertAccessible(page: Page, what: string): Promise<void> {
  const found = await violations(page);
  assert.deepEqual(found.map((v) => `${v.id} (${v.impact}): ${v.targets.join(', ')}`), [],
    `${what}: axe violations`);
}

/**
 * One step of a journey: checks the page with axe and keeps a full-page screenshot under
 * test-artifacts/<journey>/ (gitignored; CI keeps the folder as an artifact).
 */
export class Journey {
  private step = 0;
  readonly dir: string;

  constructor(name: string) {
    this.dir = join('test-artifacts', name);
    mkdirSync(this.dir, { recursive: true });
  }

  async check(page: Page, what: string): Promise<void> {
    this.step += 1;
    const file = `${String(this.step).padStart(2, '0')}-${what.replace(/[^a-z0-9]+/gi, '-')}.png`;
    await page.screenshot({ path: join(this.dir, file), fullPage: true });
    await assertAccessible(page, what);
    assert.equal(await page.locator('h1').count(), 1, `${what}: one h1`);
  }
}

/** Clicks a submit button or a link and waits until the next page has loaded. */
export async function go(page: Page, target: Locator): Promise<void> {
  await Promise.all([page.waitForEvent('framenavigated'), target.click()]);
  await page.waitForLoadState('load');
}
