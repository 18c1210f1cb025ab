// The credit note that cancels a disputed invoice (issue 5): UBL 2.1 CreditNote in the Peppol
// BIS Billing 3.0 shape, validated against the UBL 2.1 CreditNote schema (xmllint) and both
// Peppol rule sets (no failed fatal assert); issued only by the bailiff who issued the
// invoice and only once it is disputed; downloadable by the bailiff and the buyer only; then
// a corrected invoice can be submitted for the same case.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  creditInvoice, creditNoteXml, disputeInvoice, InvoiceError, listInvoices, submitInvoice,
  type ActingStaff,
} from '../../src/app/invoices.ts';
import { toUblCreditNoteXml, toUblXml } from '../../src/invoices/index.ts';
import { assertPage } from '../citizen/support.ts';
import { signedInProfessional, bailiffs } from '../bailiff/support.ts';
import { signedInStaff } from '../office/support.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { html, serverFor, type Server } from '../web/support.ts';
import { invoice, line } from './fixtures.ts';
import { fee, servedCase } from './support/served.ts';
import { creditNoteXsd, fatal, validateRules, validateXsd } from './support/validate.ts';

const timeout = 180_000;
const JAN = '85073092113';
const gent: ActingStaff = { staffId: 'staff-gent-1', municipality: '44021', role: 'civil_affairs' };

describe('the credit note as UBL', { timeout }, () => {
  const disputed = invoice([line(), line({ kind: 'cost', description: 'Griffierecht',
    unitPriceCents: 2_500, vatCategory: 'E', vatRatePercent: 0 })], { number: '2026/0007' });
  const xml = toUblCreditNoteXml({ number: 'CN-2026/0001', issueDate: '2026-03-20',
    invoice: disputed });

  test('valid against the UBL 2.1 CreditNote schema; an invoice is not a credit note', () => {
    const check = validateXsd(xml, creditNoteXsd);
    assert.ok(check.valid, check.output);
    assert.equal(validateXsd(toUblXml(disputed), creditNoteXsd).valid, false);
  });

  test('passes the EN 16931 and Peppol BIS Billing 3.0 rules', () => {
    assert.deepEqual(fatal(validateRules(xml)), []);
  });

  test('type 381, refers to the invoice it cancels, the same totals', () => {
    assert.match(xml, /<cbc:CreditNoteTypeCode>381<\/cbc:CreditNoteTypeCode>/);
    assert.match(xml, /<cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>2026\/0007<\/cbc:ID>/);
    assert.match(toUblXml(disputed), /<cbc:PayableAmount currencyID="EUR">([\d.]+)</);
    const payable = /<cbc:PayableAmount currencyID="EUR">([\d.]+)</.exec(toUblXml(disputed))?.[1];
    assert.ok(xml.includes(`<cbc:PayableAmount currencyID="EUR">${payable}</cbc:PayableAmount>`));
    assert.equal(xml.match(/<cac:CreditNoteLine>/g)?.length, 2);
  });

  test('a broken credit note fails the rules (the check is not empty)', () => {
    const broken = xml.replace(/<cbc:PayableAmount currencyID="EUR">[\d.]+</,
      '<cbc:PayableAmount currencyID="EUR">1.00<');
    assert.ok(fatal(validateRules(broken)).some((f) => f.id === 'BR-CO-16'));
  });
});

describe('credit a disputed invoice, then invoice again', () => {
  let app: TestApp;
  let server: Server;
  let served: Awaited<ReturnType<typeof servedCase>>;
  let invoiceId: string;
  let creditNoteId: string;
  before(async () => {
    app = await createTestApp();
    server = await serverFor(app, 'test');
    served = await servedCase(app, JAN);
    invoiceId = (await submitInvoice({ db: app.db, now: app.clock.now() },
      { bailiffId: served.bailiffId, caseId: served.caseId, lines: [fee(30_000)] })).id;
  });
  after(async () => {
    await server.close();
    await app.close();
  });

  test('not before the municipality disputes it; never by another office', async () => {
    const deps = { db: app.db, now: app.clock.now() };
    await assert.rejects(creditInvoice(deps, served.bailiffId, invoiceId),
      (e: unknown) => e instanceof InvoiceError && e.code === 'not_disputed');
    await disputeInvoice({ ...deps }, gent, invoiceId, 'Ereloon te hoog');
    const other = served.bailiffId === bailiffs.ovl1.id ? bailiffs.ovl2.id : bailiffs.ovl1.id;
    await assert.rejects(creditInvoice(deps, other, invoiceId),
      (e: unknown) => e instanceof InvoiceError && e.code === 'not_found');
    assert.equal((await app.db.selectFrom('credit_note').select('id').execute()).length, 0);
  });

  test('credited: once, the XML valid, the invoice marked credited', { timeout }, async () => {
    const deps = { db: app.db, now: app.clock.now() };
    const issued = await creditInvoice(deps, served.bailiffId, invoiceId);
    assert.equal(issued.created, true);
    assert.equal(issued.invoiceId, invoiceId);
    assert.deepEqual(await creditInvoice(deps, served.bailiffId, invoiceId),
      { ...issued, created: false });
    creditNoteId = issued.id;
    const found = await creditNoteXml(app.db, { kind: 'bailiff', bailiffId: served.bailiffId },
      issued.id);
    assert.ok(found);
    const check = validateXsd(found.xml, creditNoteXsd);
    assert.ok(check.valid, check.output);
    assert.deepEqual(fatal(validateRules(found.xml)), []);
    const [item] = (await listInvoices(app.db, gent)).filter((i) => i.id === invoiceId);
    assert.equal(item?.status, 'credited');
    assert.equal(item?.creditNoteId, issued.id);
    assert.equal(item?.disputeReason, 'Ereloon te hoog');
  });

  test('GET /credit-notes/:id.xml: the bailiff and the buyer only', async () => {
    const bailiffName = Object.values(bailiffs).find((b) => b.id === served.bailiffId)?.name ?? '';
    const bailiff = await signedInProfessional(server, bailiffName);
    const own = await bailiff.get(`/credit-notes/${creditNoteId}.xml`);
    assert.equal(own.statusCode, 200);
    assert.match(String(own.headers['content-type']), /application\/xml/);
    assert.match(String(own.headers['content-disposition']), /credit-note-CN-/);
    assert.match(own.body, /<CreditNote /);
    const tim = await signedInStaff(server, 'gent', 'civil_affairs');
    assert.equal((await tim.get(`/credit-notes/${creditNoteId}.xml`)).statusCode, 200);
    const thomas = await signedInStaff(server, 'namur', 'civil_affairs');
    assert.equal((await thomas.get(`/credit-notes/${creditNoteId}.xml`)).statusCode, 404);
    const nobody = await server.inject({ method: 'GET', url: `/credit-notes/${creditNoteId}.xml` });
    assert.equal(nobody.statusCode, 303);
    // The office page shows the invoice as credited, with the credit note's XML.
    const page = await tim.get('/office/invoices');
    assertPage(page);
    const row = html(page.body).querySelector(`#invoice-${invoiceId}`);
    assert.match(row?.textContent ?? '', /Geannuleerd met een creditnota/);
    assert.ok(row?.querySelector(`a[href="/credit-notes/${creditNoteId}.xml"]`));
    assert.equal(row?.querySelector('form'), null);
  });

  test('then a corrected invoice for the same case, with a new number', async () => {
    const now = app.clock.now();
    const corrected = await submitInvoice({ db: app.db, now },
      { bailiffId: served.bailiffId, caseId: served.caseId, lines: [fee(20_000)] });
    assert.equal(corrected.created, true);
    assert.notEqual(corrected.id, invoiceId);
    const again = await submitInvoice({ db: app.db, now },
      { bailiffId: served.bailiffId, caseId: served.caseId, lines: [fee(20_000)] });
    assert.deepEqual(again, { ...corrected, created: false });
    await assert.rejects(submitInvoice({ db: app.db, now },
      { bailiffId: served.bailiffId, caseId: served.caseId, lines: [fee(25_000)] }),
    (e: unknown) => e instanceof InvoiceError && e.code === 'already_invoiced');
    const rows = (await listInvoices(app.db, gent)).filter((i) => i.caseId === served.caseId);
    assert.deepEqual(rows.map((r) => r.status).sort(), ['credited', 'submitted']);
  });
});

describe('the bailiff corrects a disputed invoice on the assignment page', () => {
  let app: TestApp;
  let server: Server;
  before(async () => {
    app = await createTestApp();
    server = await serverFor(app, 'test');
  });
  after(async () => {
    await server.close();
    await app.close();
  });

  test('the dispute shown; credit note (csrf, post-redirect-get); then the form again', async () => {
    const served = await servedCase(app, JAN);
    const now = app.clock.now();
    const { id } = await submitInvoice({ db: app.db, now },
      { bailiffId: served.bailiffId, caseId: served.caseId, lines: [fee(30_000)] });
    await disputeInvoice({ db: app.db, now }, gent, id, 'Ereloon te hoog');
    const name = Object.values(bailiffs).find((b) => b.id === served.bailiffId)?.name ?? '';
    const bailiff = await signedInProfessional(server, name);
    const base = `/bailiff/assignments/${served.caseId}`;
    const page = await bailiff.get(base);
    const doc = assertPage(page);
    assert.match(doc.querySelector('#invoice-title')?.parentNode.textContent ?? '',
      /betwist deze factuur: Ereloon te hoog/);
    const form = doc.querySelector(`form[action="${base}/credit-note"]`);
    assert.ok(form);
    const csrf = form.querySelector('input[name="_csrf"]')?.getAttribute('value') ?? '';
    assert.equal((await bailiff.post(`${base}/credit-note`, { _csrf: 'forged' })).statusCode, 403);
    const posted = await bailiff.post(`${base}/credit-note`, { _csrf: csrf });
    assert.equal(posted.statusCode, 303);
    assert.equal(posted.headers.location, base);
    const note = await app.db.selectFrom('credit_note').select(['id', 'number'])
      .where('invoice_id', '=', id).executeTakeFirstOrThrow();
    const after = assertPage(await bailiff.get(base));
    assert.match(after.textContent, new RegExp(`creditnota ${note.number.replace('/', '\\/')}`));
    assert.ok(after.querySelector(`a[href="/credit-notes/${note.id}.xml"]`));
    assert.ok(after.querySelector(`form[action="${base}/invoice"]`), 'the invoice form again');
    const corrected = await bailiff.post(`${base}/invoice`, { _csrf: csrf,
      feeDescription: 'Betekening', feeAmount: '200', costDescription: '', costAmount: '' });
    assert.equal(corrected.statusCode, 303, corrected.body.slice(0, 300));
    const rows = await app.db.selectFrom('invoice').select(['status', 'payable_cents'])
      .where('case_id', '=', served.caseId).orderBy('submitted_at').execute();
    assert.deepEqual(rows.map((r) => `${r.status} ${r.payable_cents}`).sort(),
      ['credited 36300', 'submitted 24200']);
    // Crediting again now: nothing disputed, refused.
    assert.equal((await bailiff.post(`${base}/credit-note`, { _csrf: csrf })).statusCode, 409);
  });
});

describe('two credit notes of one bailiff at the same moment', () => {
  let app: TestApp;
  before(async () => { app = await createTestApp(); });
  after(async () => { await app.close(); });

  test('both are issued, each with its own number', { timeout }, async () => {
    const served = await servedCase(app, JAN);
    const deps = { db: app.db, now: app.clock.now() };
    const first = await submitInvoice(deps,
      { bailiffId: served.bailiffId, caseId: served.caseId, lines: [fee(30_000)] });
    await disputeInvoice(deps, gent, first.id, 'Ereloon te hoog');
    // A second disputed invoice of the same office, for another case.
    const stored = await app.db.selectFrom('invoice').selectAll().where('id', '=', first.id)
      .executeTakeFirstOrThrow();
    const secondId = crypto.randomUUID();
    await app.db.insertInto('invoice').values({ ...stored, id: secondId,
      case_id: crypto.randomUUID(), number: `${stored.number}-B`,
      lines: JSON.stringify(stored.lines) }).execute();
    const [a, b] = await Promise.all([creditInvoice(deps, served.bailiffId, first.id),
      creditInvoice(deps, served.bailiffId, secondId)]);
    assert.ok(a.created && b.created);
    assert.notEqual(a.number, b.number);
    const numbers = (await app.db.selectFrom('credit_note').select('number')
      .where('bailiff_id', '=', served.bailiffId).orderBy('number').execute()).map((r) => r.number);
    const year = deps.now.toISOString().slice(0, 4);
    assert.deepEqual(numbers, [`CN-${year}/0001`, `CN-${year}/0002`]);
  });
});
