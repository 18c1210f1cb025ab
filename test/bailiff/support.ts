import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { PDFDocument } from 'pdf-lib';
import type { App } from '../../src/app/app.ts';
import { signDeclaration } from '../../src/app/sign-declaration.ts';
import { startCase } from '../../src/app/start-case.ts';
import type { CaseCommand } from '../../src/process/index.ts';
import { Browser, signIn } from '../login/browser.ts';
import { settle } from '../notifications/support.ts';
import type { Server } from '../web/support.ts';

export const origin = 'http://127.0.0.1:3000';

/** Demo bailiffs (one per seeded office) and their offices. */
export const bailiffs = {
  ovl1: { name: 'Bert Betekening', id: 'bailiff-ovl-1' },
  ovl2: { name: 'Dirk Exploot', id: 'bailiff-ovl-2' },
  nam1: { name: 'Claire Signification', id: 'bailiff-nam-1' },
};

/** A browser signed in through the embedded provider as a professional (bailiff or staff). */
export async function signedInProfessional(server: Server, name: string, returnTo = '/bailiff') {
  const browser = new Browser(server as unknown as FastifyInstance, origin);
  const start = `/auth/login?as=professional&return=${encodeURIComponent(returnTo)}`;
  const { callback } = await signIn(browser, name, 'substantial', start);
  const landed = await browser.get(callback);
  assert.equal(landed.statusCode, 303, landed.body);
  return browser;
}

/**
 * A unilateral case of the given declarant, signed (a sealed declaration stored) and paid,
 * so that the worker engaged a bailiff of the district: returns the case and the bailiff.
 */
export async function caseAwaitingService(app: App, declarant: string) {
  const started = await startCase(app.db, app.engine, app.registerFor, {
    declarant, path: 'unilateral', channel: 'online', actor: { role: 'declarant', id: declarant } });
  const caseId = started.caseId;
  await settle(app);
  const loaded = await app.engine.load(caseId);
  await signDeclaration(app, { step: 'declaration', caseId, person: declarant,
    version: loaded?.version ?? 1, language: 'nl', assurance: 'substantial' });
  await settle(app);
  await pay(app, caseId);
  const state = (await app.engine.load(caseId))?.state;
  assert.equal(state?.status, 'awaiting_service');
  assert.ok(state?.bailiff, 'a bailiff is engaged');
  return { caseId, bailiffId: state.bailiff.id };
}

/** The open payment of the case succeeds (as the payment provider would report it). */
export async function pay(app: App, caseId: string) {
  const payment = await app.db.selectFrom('payment').selectAll()
    .where('case_id', '=', caseId).where('status', '=', 'open').executeTakeFirstOrThrow();
  await app.engine.execute({ caseId, actor: { role: 'system', id: 'payment-provider' },
    channel: 'system', type: 'RecordPaymentSuccess', paymentId: payment.id,
    amountCents: payment.amount_cents } as CaseCommand);
  await settle(app);
}

/** A small real PDF: one page with a line of text. */
export async function deedPdf(text = 'Exploot van betekening'): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage([300, 200]).drawText(text, { x: 20, y: 100, size: 12 });
  return pdf.save();
}

/** A multipart/form-data body with text fields and one file. */
export function multipart(fields: Record<string, string>,
  file?: { name: string; filename: string; type: string; bytes: Uint8Array }) {
  const boundary = `----test${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"`
      + `\r\n\r\n${value}\r\n`));
  }
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.name}"; `
      + `filename="${file.filename}"\r\nContent-Type: ${file.type}\r\n\r\n`));
    parts.push(Buffer.from(file.bytes), Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Posts a multipart form with the browser's cookies. */
export async function postMultipart(server: Server, browser: Browser, url: string,
  body: ReturnType<typeof multipart>) {
  const cookie = [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  return (server as unknown as FastifyInstance).inject({ method: 'POST', url,
    payload: body.payload, headers: { host: '127.0.0.1:3000', cookie,
      'content-type': body.contentType } });
}
