// A real SMTP server that misbehaves on purpose: it refuses, drops the connection, and stays
// silent, before it takes the mail. The message is retried, never lost, and taken once. A
// permanent refusal falls back to the next channel; when no channel works, the municipality
// gets a follow-up task. A sender that stops half-way leaves nothing lost or doubled.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SMTPServer } from 'smtp-server';
import { startCase } from '../../src/app/start-case.ts';
import { DeliverySender } from '../../src/notifications/sender.ts';
import type { Channels } from '../../src/notifications/channels.ts';
import { createLogger } from '../../src/log.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { capturedSms, setPreference, settle } from './support.ts';

type Behaviour = 'refuse' | 'drop' | 'silent' | 'reject' | 'accept';

/** An SMTP server on 127.0.0.1 that behaves as the next item of `plan` on each mail. */
async function misbehavingServer(plan: Behaviour[]) {
  const accepted: string[] = [];
  let tries = 0;
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onRcptTo(_address, _session, callback) {
      const behaviour = plan[tries] ?? 'accept';
      if (behaviour === 'refuse' || behaviour === 'reject') tries += 1;
      if (behaviour === 'refuse') {
        callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
      } else if (behaviour === 'reject') {
        callback(Object.assign(new Error('No such mailbox'), { responseCode: 550 }));
      } else callback();
    },
    onData(stream, session, callback) {
      const behaviour = plan[tries] ?? 'accept';
      tries += 1;
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (behaviour === 'drop') {
          (session as unknown as { socket?: { destroy(): void } }).socket?.destroy();
          server.connections?.forEach?.((c: { _socket?: { destroy(): void } }) => c._socket?.destroy());
          return;
        }
        if (behaviour === 'silent') return; // never answers: the client times out
        accepted.push(Buffer.concat(chunks).toString());
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port, accepted, tries: () => tries,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const PIETER = '92011792123';
const KARIM = '90080892109';

async function deliveriesOf(app: TestApp, caseId: string) {
  return app.db.selectFrom('delivery').innerJoin('message', 'message.id', 'delivery.message_id')
    .select(['delivery.id', 'delivery.channel', 'delivery.status', 'delivery.attempts',
      'delivery.last_error', 'message.template'])
    .where('message.case_id', '=', caseId).orderBy('delivery.id').execute();
}

/** Sends what is due, then moves the clock past the longest back-off, `times` times. */
async function sendAndWait(app: TestApp, times: number) {
  for (let i = 0; i < times + 2; i += 1) {
    await app.notifications.sender.drain();
    app.clock.advance(2 * 60 * 60 * 1000);
  }
}

describe('an SMTP server that refuses, drops and stays silent before it takes the mail', () => {
  let app: TestApp;
  let smtp: Awaited<ReturnType<typeof misbehavingServer>>;
  let caseId: string;
  before(async () => {
    smtp = await misbehavingServer(['refuse', 'drop', 'silent', 'accept']);
    app = await createTestApp(undefined, {}, {
      SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_TIMEOUT_MS: '1500',
    });
    await setPreference(app, PIETER, { email: 'pieter@example.be' });
    caseId = (await startCase(app.db, app.engine, app.registerFor, {
      declarant: PIETER, path: 'joint', channel: 'online', actor: { role: 'declarant', id: PIETER },
    })).caseId;
    await app.worker.drain();
  });
  after(async () => {
    await app.close();
    await smtp.close();
  });

  test('the mail is tried four times and taken once', async () => {
    await sendAndWait(app, 6);
    const [delivery] = await deliveriesOf(app, caseId);
    assert.equal(delivery?.template, 'case_started');
    assert.equal(delivery?.status, 'sent');
    // Four tries reached the server; a slow machine may add a time-out of its own.
    assert.equal(smtp.tries(), 4);
    assert.ok((delivery?.attempts ?? 0) >= 4);
    assert.equal(smtp.accepted.length, 1);
    assert.match(smtp.accepted[0] ?? '', /Message-ID: <delivery-\d+@127\.0\.0\.1>/i);
  });
});

describe('a permanent refusal', () => {
  let app: TestApp;
  let smtp: Awaited<ReturnType<typeof misbehavingServer>>;
  before(async () => {
    smtp = await misbehavingServer(Array.from({ length: 50 }, () => 'reject' as const));
    app = await createTestApp(undefined, {}, {
      SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_TIMEOUT_MS: '1500',
    });
  });
  after(async () => {
    await app.close();
    await smtp.close();
  });

  test('falls back to the confirmed mobile number, once, without a follow-up', async () => {
    await setPreference(app, PIETER, {
      email: 'pieter@example.be', sms: '+32470000009', confirmedOnly: ['sms'] });
    const { caseId } = await startCase(app.db, app.engine, app.registerFor, {
      declarant: PIETER, path: 'joint', channel: 'online', actor: { role: 'declarant', id: PIETER },
    });
    await app.worker.drain();
    await sendAndWait(app, 3);
    const rows = await deliveriesOf(app, caseId);
    assert.deepEqual(rows.map((r) => `${r.channel} ${r.status}`),
      ['email failed', 'sms delivered']);
    assert.match(rows[0]?.last_error ?? '', /SMTP 550/);
    assert.equal((await capturedSms(app)).length, 1);
    const state = (await app.engine.load(caseId))?.state;
    assert.deepEqual(state?.followUps.map((f) => f.topic), []);
  });

  test('when no channel takes it, the municipality gets one follow-up: citizen unreachable', async () => {
    await setPreference(app, KARIM, { email: 'karim@example.be' });
    const { caseId } = await startCase(app.db, app.engine, app.registerFor, {
      declarant: KARIM, path: 'joint', channel: 'online', actor: { role: 'declarant', id: KARIM },
    });
    await app.worker.drain();
    await sendAndWait(app, 3);
    await settle(app);
    const rows = await deliveriesOf(app, caseId);
    assert.deepEqual(rows.map((r) => `${r.template} ${r.channel} ${r.status}`), [
      'case_started email failed',
      'follow_up_citizen_unreachable email failed', // the municipality's address: same server
    ]);
    const state = (await app.engine.load(caseId))?.state;
    assert.deepEqual(state?.followUps.map((f) => f.topic), ['citizen_unreachable']);
    const notices = await app.db.selectFrom('message').select('template')
      .where('case_id', '=', caseId).where('recipient', '=', 'municipality').execute();
    assert.deepEqual(notices.map((n) => n.template), ['follow_up_citizen_unreachable']);
  });
});

describe('a sender that stops after its claim', () => {
  let app: TestApp;
  before(async () => {
    app = await createTestApp();
  });
  after(async () => {
    await app.close();
  });

  test('the delivery is sent once, by the next sender, after the claim expires', async () => {
    await setPreference(app, PIETER, { email: 'pieter@example.be' });
    const { caseId } = await startCase(app.db, app.engine, app.registerFor, {
      declarant: PIETER, path: 'joint', channel: 'online', actor: { role: 'declarant', id: PIETER },
    });
    await app.worker.drain();
    let release: () => void = () => undefined;
    const stuck: Channels = {
      email: { send: () => new Promise((resolve) => { release = () => resolve({ providerId: 'late' }); }),
        close: async () => undefined },
      sms: undefined,
    };
    const options = { pollMs: 50, batch: 10, maxAttempts: 5, leaseMs: 60_000,
      publicUrl: 'http://127.0.0.1:3000' };
    const dying = new DeliverySender(app.db, app.clock, stuck, async () => undefined, options,
      createLogger('silent'));
    const pass = dying.runOnce();
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal((await deliveriesOf(app, caseId))[0]?.status, 'sending');

    assert.equal(await app.notifications.sender.runOnce(), 0, 'the claim holds while it lasts');
    app.clock.advance(61_000);
    assert.equal(await app.notifications.sender.runOnce(), 1);
    const [delivery] = await deliveriesOf(app, caseId);
    assert.equal(delivery?.status, 'sent');
    assert.equal(delivery?.attempts, 2);

    release();
    await pass;
    const [after] = await deliveriesOf(app, caseId);
    assert.equal(after?.status, 'sent');
    const mails = await app.db.selectFrom('captured_mail').select('message_id').execute();
    assert.equal(mails.length, 1);
  });
});
