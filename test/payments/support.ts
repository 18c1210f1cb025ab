import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { startCase } from '../../src/app/start-case.ts';
import { buildServer } from '../../src/web/server.ts';
import type { CaseEvent } from '../../src/process/index.ts';
import { readEvents } from '../../src/engine/event-store.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { Browser, signIn } from '../login/browser.ts';
import { freePort } from '../support/ports.ts';

export { freePort };

export type Server = Awaited<ReturnType<typeof buildServer>>;


export interface PaymentApp {
  app: TestApp;
  server: Server;
  /** http://127.0.0.1:<port>, where the server really listens (webhooks come over HTTP). */
  base: string;
}

/** The app and its server listening on a free port of 127.0.0.1, for one test file. */
export function withListeningApp(receive: (env: PaymentApp) => void,
  env: () => Record<string, string> | Promise<Record<string, string>> = () => ({})): void {
  let opened: PaymentApp | undefined;
  before(async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const app = await createTestApp('2026-03-02T09:00:00+01:00', {},
      { HOST: '127.0.0.1', PORT: String(port), PUBLIC_URL: base, ...(await env()) });
    const server = await buildServer(app);
    await server.listen({ host: '127.0.0.1', port });
    opened = { app, server, base };
    receive(opened);
  });
  after(async () => {
    await opened?.server.close();
    await opened?.app.close();
  });
}

/** Runs the worker, the mail sender and the embedded provider's webhooks until all is done. */
export async function settle(app: TestApp): Promise<void> {
  for (let i = 0; i < 20; i += 1) {
    const jobs = await app.worker.drain();
    const sent = await app.notifications.sender.drain();
    const hooks = (await app.payments.webhooks?.drain()) ?? 0;
    if (jobs + sent + hooks === 0) return;
  }
}

/** A browser (no JavaScript, cookies kept) signed in as the demo person named `name`. */
export async function signedIn(env: PaymentApp, name: string): Promise<Browser> {
  const browser = new Browser(env.server as unknown as FastifyInstance, env.base);
  const { callback } = await signIn(browser, name, 'substantial', '/auth/login?return=/cases');
  const landed = await browser.get(callback);
  assert.equal(landed.statusCode, 303, landed.body);
  return browser;
}

/** A unilateral case of `declarant`, signed, waiting for its payment. */
export async function unilateralCase(app: TestApp, declarant: string): Promise<string> {
  const actor = { role: 'declarant' as const, id: declarant };
  const { caseId } = await startCase(app.db, app.engine, app.registerFor, {
    declarant, path: 'unilateral', channel: 'online', actor });
  await app.engine.execute({ type: 'SignDeclaration', caseId, actor, channel: 'online' });
  await settle(app);
  const state = (await app.engine.load(caseId))?.state;
  assert.equal(state?.status, 'awaiting_payment');
  return caseId;
}

export async function eventTypes(app: TestApp, caseId: string): Promise<string[]> {
  return (await readEvents<CaseEvent>(app.db, caseId)).map((e) => e.type);
}

export function count(types: string[], type: string): number {
  return types.filter((t) => t === type).length;
}

export async function paymentRows(app: TestApp, caseId: string) {
  return app.db.selectFrom('payment').selectAll().where('case_id', '=', caseId)
    .orderBy('created_at').execute();
}
