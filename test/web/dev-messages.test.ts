import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import { mailFramePolicy } from '../../src/web/dev/routes.tsx';
import { createTestApp, type TestApp } from '../support/app.ts';
import { html, serverFor, type Server } from './support.ts';

let app: TestApp;
let server: Server;
let production: Server;

before(async () => {
  app = await createTestApp(undefined, {}, { SMTP_CAPTURE_PORT: '0' });
  server = await serverFor(app, 'test');
  production = await serverFor(app, 'production');
  await captureSome();
});
after(async () => {
  await server.close();
  await production.close();
  await app.close();
});

interface Mail { messageId: string; to: string; subject: string; text: string; html?: string }

/** A mail as the embedded SMTP server keeps it: the raw RFC 822 text, built by nodemailer. */
async function capture(mail: Mail, receivedAt: string): Promise<string> {
  const raw = await new MailComposer({ from: 'Burgerzaken <no-reply@portal.test>', ...mail })
    .compile().build();
  const row = await app.db.insertInto('captured_mail').values({
    message_id: mail.messageId, envelope_from: 'no-reply@portal.test', envelope_to: [mail.to],
    raw: raw.toString('utf8'), received_at: receivedAt,
  }).returning('id').executeTakeFirstOrThrow();
  return String(row.id);
}

/** A message for Jan with a delivery by e-mail, as the delivery core records them. */
async function delivery(status: 'sent' | 'failed'): Promise<string> {
  const message = await app.db.insertInto('message').values({
    case_id: randomUUID(), recipient: 'declarant', person_id: '85073092113',
    template: 'case_started', idempotency_key: randomUUID(), created_at: '2026-03-02T09:00:00Z',
  }).returning('id').executeTakeFirstOrThrow();
  const row = await app.db.insertInto('delivery').values({
    message_id: message.id, channel: 'email', address: 'old.address@example.be',
    language: 'nl', status, attempts: 1, next_attempt_at: '2026-03-02T09:00:00Z',
    created_at: '2026-03-02T09:00:00Z', updated_at: '2026-03-02T09:00:00Z',
  }).returning('id').executeTakeFirstOrThrow();
  return String(row.id);
}

let janMail = '';

/** Mail and SMS for Jan, Els, the municipality of Gent and a stranger, at known times. */
async function captureSome() {
  const id = await delivery('sent');
  // Sent to an address Jan no longer has: the delivery still tells whose it is.
  janMail = await capture({ messageId: `<delivery-${id}@portal.test>`,
    to: 'old.address@example.be', subject: 'Er is nieuws in uw dossier <b>',
    text: 'Er is nieuws. Meld u aan.',
    html: '<p>Er is <em>nieuws</em>.</p><script>alert(1)</script>' }, '2026-03-02T09:01:00Z');
  await capture({ messageId: '<contact-code-1@portal.test>', to: 'jan.voorbeeld@example.be',
    subject: 'Uw bevestigingscode', text: 'Uw code is: 123456' }, '2026-03-02T09:05:00Z');
  await capture({ messageId: '<stray@elsewhere>', to: 'stranger@example.org',
    subject: 'Iets anders', text: 'Wie is dit?' }, '2026-03-02T09:03:00Z');
  await app.db.updateTable('municipality').set({ notice_email: 'burgerzaken@gent.example' })
    .where('code', '=', '44021').execute();
  await capture({ messageId: '<delivery-999999@portal.test>', to: 'Burgerzaken@gent.example',
    subject: 'Nieuwe aanvraag', text: 'Een nieuwe aanvraag.' }, '2026-03-02T09:02:00Z');
  await app.db.insertInto('captured_sms').values([
    { reference: 'delivery-424242', to_number: '+32470000001',
      text: 'Er is nieuws in uw dossier.', received_at: '2026-03-02T09:04:00Z' },
    { reference: 'contact-code-2', to_number: '+32470000001',
      text: 'Uw code is 654321.', received_at: '2026-03-02T09:06:00Z' },
  ]).execute();
}

async function page() {
  const response = await server.inject({ method: 'GET', url: '/dev/messages' });
  assert.equal(response.statusCode, 200);
  return html(response.body);
}

test('mail and SMS are grouped per recipient, newest first, with their status', async () => {
  const body = await page();
  const groups = body.querySelectorAll('section.dev-recipient').map((section) => ({
    title: section.querySelector('h2')?.textContent.trim(),
    items: section.querySelectorAll('article').map((a) => ({
      title: a.querySelector('h3')?.textContent.trim(),
      status: a.querySelector('.dev-status')?.textContent.trim(),
    })),
  }));
  assert.deepEqual(groups, [
    { title: 'Citizen: Els Testmans (87031292281)', items: [
      { title: 'SMS', status: 'confirmation code, sent directly (no delivery record)' },
      { title: 'SMS', status: 'delivery 424242: no such delivery' },
    ] },
    { title: 'Citizen: Jan Voorbeeld (85073092113)', items: [
      { title: 'E-mail: Uw bevestigingscode',
        status: 'confirmation code, sent directly (no delivery record)' },
      { title: 'E-mail: Er is nieuws in uw dossier <b>',
        status: `delivery ${groupsDelivery(body)}: sent (attempts: 1)` },
    ] },
    { title: 'Unknown address: stranger@example.org', items: [
      { title: 'E-mail: Iets anders', status: 'no delivery record' },
    ] },
    { title: 'Municipality: Ghent', items: [
      { title: 'E-mail: Nieuwe aanvraag', status: 'delivery 999999: no such delivery' },
    ] },
  ]);
});

/** The id of Jan's delivery, as written in the page (the test made it). */
function groupsDelivery(body: ReturnType<typeof html>): string {
  const text = body.querySelectorAll('.dev-status').map((s) => s.textContent).join(' ');
  return /delivery (\d+): sent/.exec(text)?.[1] ?? 'missing';
}

test('each mail shows its text; its HTML only in a sandboxed frame with its own policy',
  async () => {
    const body = await page();
    assert.ok(!body.toString().includes('<b>'), 'the subject is escaped');
    assert.ok(!body.toString().includes('<script>alert(1)'), 'no HTML part in the page');
    const texts = body.querySelectorAll('pre.dev-text').map((p) => p.textContent.trim());
    assert.ok(texts.includes('Er is nieuws. Meld u aan.'));
    const frames = body.querySelectorAll('iframe');
    assert.equal(frames.length, 1);
    assert.equal(frames[0]?.getAttribute('sandbox'), '');
    assert.equal(frames[0]?.getAttribute('src'), `/dev/messages/mail/${janMail}/html`);
    assert.ok(frames[0]?.getAttribute('title'));

    const part = await server.inject({ method: 'GET', url: `/dev/messages/mail/${janMail}/html` });
    assert.equal(part.statusCode, 200);
    assert.match(part.body, /<em>nieuws<\/em>/);
    assert.equal(part.headers['content-security-policy'], mailFramePolicy);
    assert.match(mailFramePolicy, /default-src 'none'/);
    assert.match(mailFramePolicy, /(^|; )sandbox(;|$)/);
    assert.doesNotMatch(mailFramePolicy, /script-src/);
    assert.equal(part.headers['x-frame-options'], 'SAMEORIGIN');
    const list = await server.inject({ method: 'GET', url: '/dev/messages' });
    assert.match(String(list.headers['content-security-policy']), /frame-ancestors 'none'/);
    for (const id of ['999999', 'abc']) {
      const missing = await server.inject({ method: 'GET', url: `/dev/messages/mail/${id}/html` });
      assert.equal(missing.statusCode, 404, id);
    }
  });

test('in production the development page does not exist', async () => {
  for (const url of ['/dev/messages', `/dev/messages/mail/${janMail}/html`]) {
    const response = await production.inject({ method: 'GET', url });
    assert.equal(response.statusCode, 404, url);
  }
});
