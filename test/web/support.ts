import { parse, type HTMLElement } from 'node-html-parser';
import type { App } from '../../src/app/app.ts';
import { buildServer } from '../../src/web/server.ts';

export type Server = Awaited<ReturnType<typeof buildServer>>;

/** The server on the given app, as in production or not; `extra` adds test-only routes. */
export async function serverFor(app: App, env: 'test' | 'production',
  extra: (server: Server) => void = () => undefined): Promise<Server> {
  const server = await buildServer({ ...app, config: { ...app.config, env } });
  extra(server);
  return server;
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
