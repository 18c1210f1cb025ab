// The balance of an approved invoice above the deposit, when its payment fails or expires:
// the case records the end and the declarant is told, gets a new payment request (a new
// reference) at once, the case page shows it with a notice and the "Pay" button, and paying
// it settles the invoice once.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { approveInvoice, submitInvoice } from '../../src/app/invoices.ts';
import { startPayment } from '../../src/app/start-payment.ts';
import { syncPayment } from '../../src/app/sync-payment.ts';
import { euro } from '../../src/web/product/offer.ts';
import { assertPage, signedIn } from '../citizen/support.ts';
import { settle } from '../notifications/support.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { serverFor, type Server } from '../web/support.ts';
import { fee, servedCase } from './support/served.ts';

const PIETER = '92011792123';
let app: TestApp;
let server: Server;
let caseId: string;
let difference: number;

before(async () => {
  app = await createTestApp();
  server = await serverFor(app, 'test');
  const served = await servedCase(app, PIETER);
  caseId = served.caseId;
  const now = app.clock.now();
  const { id } = await submitInvoice({ db: app.db, now },
    { bailiffId: served.bailiffId, caseId, lines: [fee(served.depositCents)] });
  await approveInvoice({ db: app.db, engine: app.engine, now },
    { staffId: 'staff-gent-1', municipality: '44021', role: 'civil_affairs' }, id);
  await settle(app);
  difference = Math.round(served.depositCents * 0.21);
});
after(async () => {
  await server.close();
  await app.close();
});

/** The ends of balance payments the case recorded, and the messages they sent the declarant. */
async function recordedEnds() {
  const events = await app.db.selectFrom('case_event').select('event')
    .where('case_id', '=', caseId).where('type', '=', 'SettlementPaymentEnded')
    .orderBy('version').execute();
  const messages = await app.db.selectFrom('message').select('template')
    .where('case_id', '=', caseId).where('recipient', '=', 'declarant')
    .where('template', 'in', ['payment_failed', 'payment_expired']).orderBy('id').execute();
  return {
    ended: events.map((e) => (e.event as { ended: string }).ended),
    messages: messages.map((m) => m.template),
  };
}

async function balanceRows() {
  return app.db.selectFrom('payment').select(['id', 'status', 'reference', 'amount_cents'])
    .where('case_id', '=', caseId).where('purpose', '=', 'invoice_balance')
    .orderBy('created_at').orderBy('idempotency_key').execute();
}

/** The declarant presses "Pay" and the provider's page ends the payment with `outcome`. */
async function payOnProvider(outcome: 'paid' | 'failed' | 'expired') {
  const hosted = await startPayment(app, { caseId, person: PIETER });
  const [, providerId, token] = /\/pay\/([^/]+)\/([^/]+)$/.exec(hosted) ?? [];
  assert.ok(providerId && token, hosted);
  const embedded = app.payments.embedded;
  assert.ok(embedded);
  await embedded(app.db).complete(providerId, token, outcome, outcome === 'paid' ? 'bancontact' : null);
  assert.equal(await syncPayment(app, providerId), outcome);
  await settle(app);
  return providerId;
}

describe('a balance payment that fails or expires', () => {
  test('the case page first shows the balance to pay, with its reference', async () => {
    const [row] = await balanceRows();
    assert.equal(row?.status, 'open');
    assert.equal(row?.amount_cents, difference);
    const pieter = await signedIn(server, 'Pieter');
    const page = assertPage(await pieter.get(`/cases/${caseId}`));
    const block = page.querySelector('section.payment');
    assert.ok(block, 'the payment block is on the case page');
    assert.match(block.querySelector('h2')?.textContent ?? '', /saldo/);
    assert.ok(block.textContent.includes(euro('nl', difference)));
    assert.ok(block.textContent.includes(row?.reference ?? '?'));
    assert.ok(block.querySelector(`form[action="/cases/${caseId}/pay"]`));
  });

  test('failed: a new request with a new reference at once, shown with a notice', async () => {
    await payOnProvider('failed');
    const rows = await balanceRows();
    assert.deepEqual(rows.map((r) => r.status), ['failed', 'open']);
    assert.notEqual(rows[1]?.reference, rows[0]?.reference);
    assert.equal(rows[1]?.amount_cents, difference);
    const state = (await app.engine.load(caseId))?.state;
    assert.equal(state?.settlement?.status, 'payment_requested', 'the process still asks for it');
    const pieter = await signedIn(server, 'Pieter');
    const block = assertPage(await pieter.get(`/cases/${caseId}`)).querySelector('section.payment');
    assert.ok(block);
    assert.match(block.querySelector('.notice')?.textContent ?? '', /niet gelukt.*nieuw betaalverzoek/);
    assert.ok(block.textContent.includes(rows[1]?.reference ?? '?'));
    assert.ok(!block.textContent.includes(rows[0]?.reference ?? '?'), 'not the old reference');
    assert.match(block.querySelector('button')?.textContent ?? '', /Opnieuw betalen/);
  });

  test('failed: the case records it, the declarant gets a message and sees it in the timeline', async () => {
    assert.deepEqual(await recordedEnds(), { ended: ['failed'], messages: ['payment_failed'] });
    const pieter = await signedIn(server, 'Pieter');
    const page = assertPage(await pieter.get(`/cases/${caseId}`));
    assert.match(page.textContent, /De betaling is niet gelukt\. U kunt opnieuw betalen\./);
    assert.match(page.textContent, /verrekend met uw voorschot/);
  });

  test('expired: again a new request; a repeated report changes nothing more', async () => {
    const providerId = await payOnProvider('expired');
    assert.equal(await syncPayment(app, providerId), 'expired');
    const rows = await balanceRows();
    assert.deepEqual(rows.map((r) => r.status), ['failed', 'expired', 'open']);
    const pieter = await signedIn(server, 'Pieter');
    const block = assertPage(await pieter.get(`/cases/${caseId}`)).querySelector('section.payment');
    assert.match(block?.querySelector('.notice')?.textContent ?? '', /verlopen/);
    assert.deepEqual(await recordedEnds(),
      { ended: ['failed', 'expired'], messages: ['payment_failed', 'payment_expired'] },
      'recorded once, though reported twice');
  });

  test('paid: the balance is settled once, and the block is gone', async () => {
    await payOnProvider('paid');
    const rows = await balanceRows();
    assert.deepEqual(rows.map((r) => r.status), ['failed', 'expired', 'paid']);
    const state = (await app.engine.load(caseId))?.state;
    assert.equal(state?.settlement?.status, 'settled');
    assert.equal(state?.settlement?.paymentId, rows[2]?.id);
    const types = (await app.db.selectFrom('case_event').select('type')
      .where('case_id', '=', caseId).execute()).map((e) => e.type);
    assert.equal(types.filter((t) => t === 'SettlementPaid').length, 1);
    const pieter = await signedIn(server, 'Pieter');
    const page = assertPage(await pieter.get(`/cases/${caseId}`));
    assert.equal(page.querySelector('section.payment'), null);
    assert.match(page.textContent, new RegExp(`Betaling van het saldo ontvangen: ${
      euro('nl', difference).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });
});
