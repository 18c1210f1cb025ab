// The HTTP SMS gateway adapter against a local gateway that follows the contract (bearer
// token, Idempotency-Key, JSON), and the signed delivery reports it sends back.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { startCase } from '../../src/app/start-case.ts';
import { signStatusReport } from '../../src/notifications/index.ts';
import { buildServer } from '../../src/web/server.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { capturedMails, setPreference, settle } from './support.ts';

const TOKEN = 'gateway-token-0123';
const SECRET = 'status-secret-0123456789';
const PIETER = '92011792123';

interface Received { authorization: string | undefined; key: string | undefined; body: Record<string, string> }

/** A gateway that answers 503 to the first send, then takes each reference once. */
function fakeGateway() {
  const received: Received[] = [];
  const ids = new Map<string, string>();
  let calls = 0;
  const server: Server = createServer((request: IncomingMessage, response) => {
    let data = '';
    request.on('data', (chunk: Buffer) => { data += chunk.toString(); });
    request.on('end', () => {
      calls += 1;
      if (request.headers.authorization !== `Bearer ${TOKEN}`) {
        response.writeHead(401).end();
        return;
      }
      if (calls === 1) {
        response.writeHead(503).end();
        return;
      }
      const body = JSON.parse(data) as Record<string, string>;
      const key = request.headers['idempotency-key'] as string | undefined;
      if (!ids.has(key ?? '')) {
        received.push({ authorization: request.headers.authorization, key, body });
        ids.set(key ?? '', `gw-${ids.size + 1}`);
      }
      response.writeHead(201, { 'content-type': 'application/json' })
        .end(JSON.stringify({ id: ids.get(key ?? '') }));
    });
  });
  return { server, received, calls: () => calls };
}

let app: TestApp;
let web: Awaited<ReturnType<typeof buildServer>>;
let gateway: ReturnType<typeof fakeGateway>;
let caseId: string;

before(async () => {
  gateway = fakeGateway();
  await new Promise<void>((resolve) => gateway.server.listen(0, '127.0.0.1', resolve));
  const address = gateway.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  app = await createTestApp(undefined, {}, {
    SMS_GATEWAY_URL: `http://127.0.0.1:${port}/messages`, SMS_GATEWAY_TOKEN: TOKEN,
    SMS_STATUS_SECRET: SECRET, SMS_SENDER: 'Gent',
  });
  web = await buildServer(app);
  await setPreference(app, PIETER, { sms: '+32470000005', email: 'pieter@example.be',
    confirmedOnly: ['email'] });
  caseId = (await startCase(app.db, app.engine, app.registerFor, {
    declarant: PIETER, path: 'joint', channel: 'online', actor: { role: 'declarant', id: PIETER },
  })).caseId;
  await app.worker.drain();
});
after(async () => {
  await web.close();
  await app.close();
  await new Promise((resolve) => gateway.server.close(resolve));
});

async function smsDelivery() {
  return app.db.selectFrom('delivery').innerJoin('message', 'message.id', 'delivery.message_id')
    .select(['delivery.status', 'delivery.provider_id', 'delivery.attempts', 'delivery.channel'])
    .where('message.case_id', '=', caseId).orderBy('delivery.id').execute();
}

function post(body: string, signature: string | undefined) {
  return web.inject({
    method: 'POST', url: '/notifications/sms-status', payload: body,
    headers: { 'content-type': 'application/json', ...(signature ? { 'x-signature': signature } : {}) },
  });
}

test('a 503 is tried again; the gateway then gets the SMS once, with token and key', async () => {
  await app.notifications.sender.drain();
  assert.equal((await smsDelivery())[0]?.status, 'queued');
  app.clock.advance(60_000);
  await app.notifications.sender.drain();
  const [row] = await smsDelivery();
  assert.equal(row?.status, 'sent');
  assert.equal(row?.provider_id, 'gw-1');
  assert.equal(row?.attempts, 2);
  assert.equal(gateway.received.length, 1);
  const [sms] = gateway.received;
  assert.equal(sms?.body.to, '+32470000005');
  assert.equal(sms?.body.from, 'Gent');
  assert.match(sms?.body.text ?? '', /WS-\d{4}-\d{6}/);
  assert.equal(sms?.key, sms?.body.reference);
});

test('a report with a wrong signature, or none, is refused and changes nothing', async () => {
  const body = JSON.stringify({ id: 'gw-1', status: 'delivered' });
  assert.equal((await post(body, signStatusReport(body, 'another-secret-0123456'))).statusCode, 401);
  assert.equal((await post(body, undefined)).statusCode, 401);
  const tampered = JSON.stringify({ id: 'gw-1', status: 'failed' });
  assert.equal((await post(tampered, signStatusReport(body, SECRET))).statusCode, 401);
  assert.equal((await smsDelivery())[0]?.status, 'sent');
});

test('a malformed report is refused; one for an unknown message is taken and ignored', async () => {
  const bad = JSON.stringify({ id: 'gw-1', status: 'read' });
  assert.equal((await post(bad, signStatusReport(bad, SECRET))).statusCode, 400);
  const unknown = JSON.stringify({ id: 'gw-999', status: 'delivered' });
  const answer = await post(unknown, signStatusReport(unknown, SECRET));
  assert.equal(answer.statusCode, 200);
  assert.equal(answer.json().matched, false);
});

test('a "failed" report falls back to the confirmed e-mail address; a second one is ignored', async () => {
  const body = JSON.stringify({ id: 'gw-1', status: 'failed', reason: 'unknown subscriber' });
  const first = await post(body, signStatusReport(body, SECRET));
  assert.equal(first.json().matched, true);
  const again = await post(body, signStatusReport(body, SECRET));
  assert.equal(again.json().matched, false);
  await settle(app);
  assert.deepEqual((await smsDelivery()).map((r) => `${r.channel} ${r.status}`),
    ['sms failed', 'email sent']);
  const mails = await capturedMails(app);
  assert.deepEqual(mails.map((m) => m.to.join()), ['pieter@example.be']);
});

test('a "delivered" report marks the SMS delivered', async () => {
  await setPreference(app, PIETER, { sms: '+32470000005' });
  await app.engine.execute({ type: 'SignDeclaration', caseId,
    actor: { role: 'declarant', id: PIETER }, channel: 'online' });
  await settle(app);
  const last = (await smsDelivery()).at(-1);
  assert.equal(last?.status, 'sent');
  const body = JSON.stringify({ id: last?.provider_id, status: 'delivered' });
  await post(body, signStatusReport(body, SECRET));
  assert.equal((await smsDelivery()).at(-1)?.status, 'delivered');
});
