// The office's invoices page through the real staff sign-in: civil affairs and
// administrators see their municipality's invoices beside the deposits, approve or dispute
// them (a reason is required; csrf; post-redirect-get); other roles get 403, another
// municipality sees nothing and gets 404 on every act.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { submitInvoice } from '../../src/app/invoices.ts';
import { euro } from '../../src/web/product/offer.ts';
import { assertPage, hidden } from '../citizen/support.ts';
import type { Browser } from '../login/browser.ts';
import { settle } from '../notifications/support.ts';
import { signedInStaff } from '../office/support.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { html, serverFor, type Server } from '../web/support.ts';
import { fee, servedCase } from './support/served.ts';

const JAN = '85073092113';
const PIETER = '92011792123';

let app: TestApp;
let server: Server;
let tim: Browser; // civil affairs, Gent
let koen: Browser; // administrator, Gent
let thomas: Browser; // civil affairs, Namur
let low: { caseId: string; invoiceId: string; number: string; depositCents: number };
let high: { caseId: string; invoiceId: string; number: string; depositCents: number };

before(async () => {
  app = await createTestApp();
  server = await serverFor(app, 'test');
  const now = app.clock.now();
  const a = await servedCase(app, JAN);
  const first = await submitInvoice({ db: app.db, now },
    { bailiffId: a.bailiffId, caseId: a.caseId, lines: [fee(10_000)] });
  low = { caseId: a.caseId, invoiceId: first.id, number: first.number, depositCents: a.depositCents };
  const b = await servedCase(app, PIETER);
  const second = await submitInvoice({ db: app.db, now },
    { bailiffId: b.bailiffId, caseId: b.caseId, lines: [fee(10_000, 'Betekening'), fee(5_000, 'Reiskosten')] });
  high = { caseId: b.caseId, invoiceId: second.id, number: second.number, depositCents: b.depositCents };
  tim = await signedInStaff(server, 'gent', 'civil_affairs');
  koen = await signedInStaff(server, 'gent', 'administrator');
  thomas = await signedInStaff(server, 'namur', 'civil_affairs');
});
after(async () => {
  await server.close();
  await app.close();
});

function rowOf(body: string, invoiceId: string) {
  const row = html(body).querySelector(`#invoice-${invoiceId}`);
  assert.ok(row, `row of ${invoiceId}`);
  return row;
}

describe('who may see the invoices', () => {
  test('the counter and the registrar: 403 with a page that says why', async () => {
    for (const role of ['counter', 'registrar'] as const) {
      const browser = await signedInStaff(server, 'gent', role);
      const page = assertPage(await browser.get('/office/invoices'), 403);
      assert.match(page.querySelector('h1')?.textContent ?? '', /Geen toegang tot de facturen/);
      const post = await browser.post(`/office/invoices/${low.invoiceId}/approve`, { _csrf: 'x' });
      assert.equal(post.statusCode, 403);
      assert.equal(page.querySelector('a[href="/office/invoices"]'), null,
        'the navigation does not offer invoices to this role');
    }
  });

  test('civil affairs: the invoices beside the deposits, with the XML and the navigation', async () => {
    const response = await tim.get('/office/invoices');
    const page = assertPage(response);
    assert.equal(page.querySelector('a[href="/office/invoices"]')?.getAttribute('aria-current'), 'page');
    assert.ok(page.querySelector('table caption'));
    assert.ok(page.querySelectorAll('th[scope="col"]').length >= 7);
    const row = rowOf(response.body, low.invoiceId);
    const text = row.textContent;
    assert.ok(text.includes(low.number));
    assert.ok(text.includes(euro('nl', low.depositCents)), text);
    assert.ok(text.includes(euro('nl', 12_100)), text);
    assert.ok(text.includes(`${euro('nl', low.depositCents - 12_100)} terug te storten`), text);
    assert.ok(text.includes('Te beoordelen'));
    assert.ok(row.querySelector(`a[href="/invoices/${low.invoiceId}.xml"]`));
    const xml = await tim.get(`/invoices/${low.invoiceId}.xml`);
    assert.equal(xml.statusCode, 200);
    assert.match(xml.body, /<Invoice /);
    assert.ok(row.querySelector(`form[action="/office/invoices/${low.invoiceId}/approve"]`));
    assert.ok(row.querySelector(`label[for="reason-${low.invoiceId}"]`));
    assert.equal(assertPage(await koen.get('/office/invoices')).querySelectorAll('tbody tr').length, 2);
  });

  test('another municipality sees none of them and cannot act on them (404)', async () => {
    const response = await thomas.get('/office/invoices');
    const page = assertPage(response);
    assert.equal(page.querySelectorAll('tbody tr').length, 0);
    assert.match(page.textContent, /pas encore de factures|nog geen facturen/);
    const csrf = hidden(await thomas.get('/office'), '_csrf');
    assert.notEqual(csrf, '');
    for (const act of ['approve', 'dispute']) {
      const refused = await thomas.post(`/office/invoices/${low.invoiceId}/${act}`,
        { _csrf: csrf, reason: 'Te duur' });
      assert.equal(refused.statusCode, 404, act);
    }
    assert.equal((await thomas.get(`/invoices/${low.invoiceId}.xml`)).statusCode, 404);
    const unchanged = await app.db.selectFrom('invoice').select('status')
      .where('id', '=', low.invoiceId).executeTakeFirstOrThrow();
    assert.equal(unchanged.status, 'submitted');
  });
});

describe('dispute and approve', () => {
  test('a dispute without a reason: the error summary, the field marked, nothing changed', async () => {
    const csrf = hidden(await tim.get('/office/invoices'), '_csrf');
    const response = await tim.post(`/office/invoices/${high.invoiceId}/dispute`,
      { _csrf: csrf, reason: '   ' });
    const page = assertPage(response, 422);
    const summary = page.querySelector('.error-summary');
    assert.equal(summary?.getAttribute('role'), 'alert');
    assert.ok(summary?.querySelector(`a[href="#reason-${high.invoiceId}"]`));
    const field = page.querySelector(`#reason-${high.invoiceId}`);
    assert.equal(field?.getAttribute('aria-invalid'), 'true');
    assert.match(field?.getAttribute('aria-describedby') ?? '', /-error/);
    const row = await app.db.selectFrom('invoice').select('status')
      .where('id', '=', high.invoiceId).executeTakeFirstOrThrow();
    assert.equal(row.status, 'submitted');
  });

  test('without the form token: refused (403), nothing changed', async () => {
    const response = await tim.post(`/office/invoices/${high.invoiceId}/approve`, { _csrf: 'forged' });
    assert.equal(response.statusCode, 403);
    const row = await app.db.selectFrom('invoice').select('status')
      .where('id', '=', high.invoiceId).executeTakeFirstOrThrow();
    assert.equal(row.status, 'submitted');
  });

  test('an unknown invoice id: 404', async () => {
    const csrf = hidden(await tim.get('/office/invoices'), '_csrf');
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const response = await tim.post(`/office/invoices/${id}/approve`, { _csrf: csrf });
      assert.equal(response.statusCode, 404, id);
    }
  });

  test('dispute with a reason: post-redirect-get, the reason shown, no more decision', async () => {
    const csrf = hidden(await tim.get('/office/invoices'), '_csrf');
    const response = await tim.post(`/office/invoices/${high.invoiceId}/dispute`,
      { _csrf: csrf, reason: 'Reiskosten niet verantwoord' });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/office/invoices?done=disputed');
    const after = await tim.get(String(response.headers.location));
    const page = assertPage(after);
    assert.match(page.querySelector('[role="status"]')?.textContent ?? '', /betwist/);
    const row = rowOf(after.body, high.invoiceId);
    assert.match(row.textContent, /Betwist: Reiskosten niet verantwoord/);
    assert.equal(row.querySelector('form'), null);
    // Approving it now is refused with the error summary.
    const late = await tim.post(`/office/invoices/${high.invoiceId}/approve`, { _csrf: csrf });
    const refused = assertPage(late, 409);
    assert.match(refused.querySelector('.error-summary')?.textContent ?? '', /al beslist/);
  });

  test('approve as administrator: settled through the process, the refund shown', async () => {
    const csrf = hidden(await koen.get('/office/invoices'), '_csrf');
    const response = await koen.post(`/office/invoices/${low.invoiceId}/approve`, { _csrf: csrf });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/office/invoices?done=approved');
    await settle(app);
    const state = (await app.engine.load(low.caseId))?.state;
    assert.equal(state?.settlement?.invoiceId, low.invoiceId);
    const page = await koen.get('/office/invoices');
    const row = rowOf(page.body, low.invoiceId);
    assert.match(row.textContent, /Goedgekeurd/);
    assert.match(row.textContent, /Verschil geregeld|Terugstorting gevraagd/);
    const decided = await app.db.selectFrom('invoice').select(['status', 'decided_by'])
      .where('id', '=', low.invoiceId).executeTakeFirstOrThrow();
    assert.equal(decided.status, 'approved');
    assert.ok(decided.decided_by);
  });
});
