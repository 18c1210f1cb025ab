// The invoice's use cases on the whole app: the bailiff who served submits (once), staff of
// the case's municipality see it beside the deposit, approve (the difference becomes a
// refund or a second payment request through the process) or dispute; others cannot.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startCase } from '../../src/app/start-case.ts';
import { PaymentStepError, startPayment } from '../../src/app/start-payment.ts';
import { syncPayment } from '../../src/app/sync-payment.ts';
import {
  approveInvoice, disputeInvoice, InvoiceError, invoiceXml, listInvoices, submitInvoice,
  type ActingStaff,
} from '../../src/app/invoices.ts';
import { demoBailiffBilling, demoMunicipalityBilling } from '../../src/app/seed.ts';
import {
  isBelgianIban, isBelgianVatNumber, isEnterpriseNumber, type InvoiceLine,
} from '../../src/invoices/index.ts';
import type { Actor } from '../../src/process/index.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { settle } from '../notifications/support.ts';
import { validateXsd } from './support/validate.ts';

const JAN = '85073092113';
const PIETER = '92011792123';
let app: TestApp;

before(async () => { app = await createTestApp(); });
after(async () => { await app.close(); });

async function act(caseId: string, actor: Actor, command: Record<string, unknown>) {
  const channel = actor.role === 'bailiff' ? 'bailiff' : 'online';
  await app.engine.execute({ caseId, actor, channel, ...command } as never);
  await settle(app);
}

/** A unilateral case in Gent, paid and served; returns the case and its bailiff. */
async function servedCase(declarant: string): Promise<{ caseId: string; bailiffId: string; depositCents: number }> {
  const { caseId } = await startCase(app.db, app.engine, app.registerFor, {
    declarant, path: 'unilateral', channel: 'online', actor: { role: 'declarant', id: declarant } });
  await settle(app);
  await act(caseId, { role: 'declarant', id: declarant }, { type: 'SignDeclaration' });
  const payment = await app.db.selectFrom('payment').selectAll()
    .where('case_id', '=', caseId).where('status', '=', 'open').executeTakeFirstOrThrow();
  await act(caseId, { role: 'system', id: 'payment-provider' }, {
    type: 'RecordPaymentSuccess', paymentId: payment.id, amountCents: payment.amount_cents });
  const bailiffId = (await app.engine.load(caseId))?.state.bailiff?.id ?? '';
  assert.notEqual(bailiffId, '');
  await act(caseId, { role: 'bailiff', id: bailiffId }, {
    type: 'RecordService', serviceDate: app.clock.now().toISOString().slice(0, 10),
    place: 'Gent', mode: 'in_person', deedReference: 'DEED-1' });
  return { caseId, bailiffId, depositCents: payment.amount_cents };
}

const fee = (cents: number): InvoiceLine => ({ kind: 'fee', description: 'Betekening',
  quantity: 1, unitCode: 'C62', unitPriceCents: cents, vatCategory: 'S', vatRatePercent: 21 });
const gentStaff: ActingStaff = { staffId: 'staff-gent-1', municipality: '44021', role: 'civil_affairs' };
const namurStaff: ActingStaff = { staffId: 'staff-namur-1', municipality: '92094', role: 'civil_affairs' };

describe('seed data for invoices', () => {
  test('every demo bailiff and municipality has valid invoicing details', async () => {
    for (const b of demoBailiffBilling) {
      assert.ok(isEnterpriseNumber(b.enterprise_number), b.bailiff_id);
      assert.ok(isBelgianVatNumber(b.vat_number), b.bailiff_id);
      assert.ok(isBelgianIban(b.iban), b.bailiff_id);
    }
    for (const m of demoMunicipalityBilling) assert.ok(isEnterpriseNumber(m.enterprise_number));
    const bailiffs = await app.db.selectFrom('bailiff').select('id').execute();
    const billed = await app.db.selectFrom('bailiff_billing').select('bailiff_id').execute();
    assert.equal(billed.length, bailiffs.length);
  });
});

describe('submit, list, approve: deposit higher than the invoice', () => {
  let served: Awaited<ReturnType<typeof servedCase>>;
  let invoiceId: string;
  before(async () => { served = await servedCase(JAN); });

  test('only the bailiff who served; lines checked; once per case, idempotent', async () => {
    const now = app.clock.now();
    await assert.rejects(submitInvoice({ db: app.db, now },
      { bailiffId: 'bailiff-ovl-9', caseId: served.caseId, lines: [fee(10_000)] }),
    (e: unknown) => e instanceof InvoiceError && e.code === 'not_your_case');
    for (const lines of [[], [fee(100.5)], [fee(-1)]]) {
      await assert.rejects(submitInvoice({ db: app.db, now },
        { bailiffId: served.bailiffId, caseId: served.caseId, lines }),
      (e: unknown) => e instanceof InvoiceError && e.code === 'invalid_invoice');
    }
    const first = await submitInvoice({ db: app.db, now },
      { bailiffId: served.bailiffId, caseId: served.caseId, lines: [fee(10_000)] });
    assert.equal(first.created, true);
    assert.equal(first.payableCents, 12_100);
    const again = await submitInvoice({ db: app.db, now },
      { bailiffId: served.bailiffId, caseId: served.caseId, lines: [fee(10_000)] });
    assert.deepEqual(again, { ...first, created: false });
    await assert.rejects(submitInvoice({ db: app.db, now },
      { bailiffId: served.bailiffId, caseId: served.caseId, lines: [fee(10_001)] }),
    (e: unknown) => e instanceof InvoiceError && e.code === 'already_invoiced');
    invoiceId = first.id;
  });

  test('the stored XML is valid UBL, for the bailiff and the buyer only', async () => {
    const forBailiff = await invoiceXml(app.db, { kind: 'bailiff', bailiffId: served.bailiffId }, invoiceId);
    assert.ok(forBailiff && validateXsd(forBailiff.xml).valid);
    assert.ok(forBailiff.xml.includes('<cbc:EndpointID schemeID="0208">0999020123</cbc:EndpointID>'));
    assert.ok(await invoiceXml(app.db, { kind: 'staff', municipality: '44021' }, invoiceId));
    assert.equal(await invoiceXml(app.db, { kind: 'staff', municipality: '92094' }, invoiceId), null);
    assert.equal(await invoiceXml(app.db, { kind: 'bailiff', bailiffId: 'bailiff-ovl-9' }, invoiceId), null);
  });

  test('staff see it beside the deposit; another municipality sees nothing and cannot act', async () => {
    const [item] = (await listInvoices(app.db, gentStaff)).filter((i) => i.id === invoiceId);
    assert.equal(item?.depositCents, served.depositCents);
    assert.equal(item?.differenceCents, 12_100 - served.depositCents);
    assert.equal(item?.status, 'submitted');
    assert.deepEqual((await listInvoices(app.db, namurStaff)).filter((i) => i.id === invoiceId), []);
    const deps = { db: app.db, engine: app.engine, now: app.clock.now() };
    await assert.rejects(approveInvoice(deps, namurStaff, invoiceId),
      (e: unknown) => e instanceof InvoiceError && e.code === 'not_found');
    await assert.rejects(disputeInvoice(deps, namurStaff, invoiceId, 'no'),
      (e: unknown) => e instanceof InvoiceError && e.code === 'not_found');
  });

  test('approval settles through the process: the excess deposit is refunded', async () => {
    assert.ok(served.depositCents > 12_100, 'the demo deposit is higher than this invoice');
    const deps = { db: app.db, engine: app.engine, now: app.clock.now() };
    await approveInvoice(deps, gentStaff, invoiceId);
    await approveInvoice(deps, gentStaff, invoiceId); // again: nothing more
    await settle(app);
    const state = (await app.engine.load(served.caseId))?.state;
    assert.equal(state?.settlement?.invoiceId, invoiceId);
    assert.equal(state?.settlement?.differenceCents, 12_100 - served.depositCents);
    const events = await app.db.selectFrom('case_event').select('type')
      .where('case_id', '=', served.caseId).orderBy('version').execute();
    const types = events.map((e) => e.type);
    assert.equal(types.filter((t) => t === 'InvoiceSettled').length, 1);
    assert.ok(types.includes('SettlementRefunded'), types.join(', '));
    const deposit = await app.db.selectFrom('payment').select(['amount_cents', 'refunded_cents'])
      .where('case_id', '=', served.caseId).where('purpose', '=', 'deposit')
      .executeTakeFirstOrThrow();
    assert.equal(deposit.refunded_cents, served.depositCents - 12_100,
      'only the difference is paid back');
    await assert.rejects(disputeInvoice(deps, gentStaff, invoiceId, 'too late'),
      (e: unknown) => e instanceof InvoiceError && e.code === 'already_decided');
  });
});

describe('deposit lower than the invoice', () => {
  test('approval asks the declarant for the rest', async () => {
    const served = await servedCase(PIETER);
    const now = app.clock.now();
    const { id } = await submitInvoice({ db: app.db, now },
      { bailiffId: served.bailiffId, caseId: served.caseId, lines: [fee(served.depositCents)] });
    await approveInvoice({ db: app.db, engine: app.engine, now }, gentStaff, id);
    await settle(app);
    const state = (await app.engine.load(served.caseId))?.state;
    const difference = Math.round(served.depositCents * 0.21);
    assert.equal(state?.settlement?.differenceCents, difference);
    assert.equal(state?.settlement?.status, 'payment_requested');
    const [item] = (await listInvoices(app.db, gentStaff)).filter((i) => i.id === id);
    assert.equal(item?.settlement, 'payment_requested');
    const balance = await app.db.selectFrom('payment').selectAll()
      .where('case_id', '=', served.caseId).where('purpose', '=', 'invoice_balance').execute();
    assert.deepEqual(balance.map((row) => `${row.amount_cents} ${row.status}`),
      [`${difference} open`]);

    // The declarant pays the balance on the provider's page, like the deposit.
    const hosted = await startPayment(app, { caseId: served.caseId, person: PIETER });
    const [, providerId, token] = /\/pay\/([^/]+)\/([^/]+)$/.exec(hosted) ?? [];
    assert.ok(providerId && token, hosted);
    assert.equal(await startPayment(app, { caseId: served.caseId, person: PIETER }), hosted,
      'a second press gives the same payment');
    const embedded = app.payments.embedded;
    assert.ok(embedded);
    await embedded(app.db).complete(providerId, token, 'paid', 'bancontact');
    await syncPayment(app, providerId);
    await settle(app);
    const paid = (await app.engine.load(served.caseId))?.state;
    assert.equal(paid?.settlement?.status, 'settled');
    const types = (await app.db.selectFrom('case_event').select('type')
      .where('case_id', '=', served.caseId).execute()).map((e) => e.type);
    assert.equal(types.filter((t) => t === 'SettlementPaid').length, 1);
    assert.equal(types.filter((t) => t === 'BailiffEngaged').length, 1, 'no second engagement');
    await assert.rejects(startPayment(app, { caseId: served.caseId, person: PIETER }),
      (e: unknown) => e instanceof PaymentStepError && e.code === 'not_payable');
  });
});

describe('GET /invoices/:id.xml', () => {
  test('without a professional session: sent to sign in as a professional', async () => {
    const { buildServer } = await import('../../src/web/server.ts');
    const server = await buildServer(app);
    try {
      const response = await server.inject({ method: 'GET',
        url: '/invoices/00000000-0000-4000-8000-000000000000.xml' });
      assert.equal(response.statusCode, 303);
      assert.match(String(response.headers.location), /as=professional/);
    } finally {
      await server.close();
    }
  });
});
