import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { validSignature } from '../../src/adapters/payments/signature.ts';
import { createTestApp, type TestApp } from '../support/app.ts';

let app: TestApp;
let receiver: Server;
let url = '';
const received: { body: string; signature: string | undefined }[] = [];
const answers = [500, 503, 200];

before(async () => {
  app = await createTestApp();
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ body: Buffer.concat(chunks).toString('utf8'),
        signature: req.headers['x-payment-signature'] as string | undefined });
      res.writeHead(answers.shift() ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const address = receiver.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/hook`;
});

after(async () => {
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
  await app.close();
});

test('the embedded provider sends each webhook until it is taken, with growing pauses', async () => {
  const sender = app.payments.webhooks;
  const embedded = app.payments.embedded;
  assert.ok(sender && embedded);
  const provider = embedded(app.db);
  const created = await provider.create({ amountCents: 27_500, description: 'test',
    reference: '+++000/0000/10101+++', expiresAt: new Date('2026-04-01T00:00:00Z'),
    redirectUrl: 'http://127.0.0.1/back', webhookUrl: url, metadata: {}, idempotencyKey: 'k' });
  const token = (await app.db.selectFrom('embedded_psp_payment').select('token')
    .executeTakeFirstOrThrow()).token;
  await provider.complete(created.id, token, 'paid', 'card');
  const row = () => app.db.selectFrom('embedded_psp_webhook').selectAll().executeTakeFirstOrThrow();

  assert.equal(await sender.runOnce(), 1);
  assert.equal((await row()).status, 'queued');
  assert.equal((await row()).last_error, 'HTTP 500');
  assert.equal(await sender.runOnce(), 0, 'not again before its pause');
  app.clock.advance(1000);
  assert.equal(await sender.runOnce(), 1);
  assert.equal((await row()).last_error, 'HTTP 503');
  app.clock.advance(1000);
  assert.equal(await sender.runOnce(), 0, 'the second pause is longer');
  app.clock.advance(1000);
  assert.equal(await sender.runOnce(), 1);
  assert.equal((await row()).status, 'delivered');
  assert.equal((await row()).attempts, 3);
  assert.equal(received.length, 3);
  const secret = app.config.payments.provider === 'embedded' ? app.config.payments.webhookSecret : '';
  for (const call of received) {
    assert.equal(call.body, JSON.stringify({ id: created.id }));
    assert.equal(validSignature(call.body, call.signature, secret), true);
  }
});
