import { after, before } from 'node:test';
import { parse, type HTMLElement } from 'node-html-parser';
import type { App } from '../../src/app/app.ts';
import { buildServer } from '../../src/web/server.ts';
import { createTestApp, type TestApp } from '../support/app.ts';

export type Server = Awaited<ReturnType<typeof buildServer>>;

/** The server on the given app, as in production or not; `extra` adds test-only routes. */
export async function serverFor(app: App, env: 'test' | 'production',
  extra: (server: Server) => void = () => undefined): Promise<Server> {
  const server = await buildServer({ ...app, config: { ...app.config, env } });
  extra(server);
  return server;
}

/**
 * A fresh app and its server for a test file: made before its tests, handed over through
 * `receive`, and closed after them.
 */
export function withAppAndServer(receive: (app: TestApp, server: Server) => void): void {
  let app: TestApp | undefined;
  let server: Server | undefined;
  before(async () => {
    app = await createTestApp();
    server = await serverFor(app, 'test');
    receive(app, server);
  });
  after(async () => {
    await server?.close();
    await app?.close();
  });
}

export function html(body: string): HTMLElement {
  return parse(body);
}

/** Message keys that leaked into a page, or `{placeholders}` left unfilled. */
export function missingTexts(body: string): string[] {
  const text = html(body).querySelector('body')?.textContent ?? '';
  const keys = text.match(/\b(site|layout|error|product)\.[a-zA-Z]+(\.[a-zA-Z]+)*\b/g) ?? [];
  const holes = text.match(/\{\w+\}/g) ?? [];
  return [...keys, ...holes];
}
