// Invoicing through the bailiff API (OAuth2 client credentials, JSON): the invoice of a
// served case, idempotent on a repeated submission, typed errors, another office refused; a
// disputed invoice cancelled by a credit note through the API, then a corrected invoice.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { loadProviderSecrets } from '../../src/adapters/login/secrets.ts';
import { disputeInvoice } from '../../src/app/invoices.ts';
import { bailiffClientId, embeddedClientSecret } from '../../src/web/bailiff/api-clients.ts';
import { apiPrefix } from '../../src/web/bailiff/api-routes.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { serverFor, type Server } from '../web/support.ts';
import { fee, servedCase } from './support/served.ts';
import { validateXsd } from './support/validate.ts';

const JAN = '85073092113';
const host = '127.0.0.1:3000';

let app: TestApp;
let server: Server;
let caseId: string;
let bailiffId: string;
let bearer: string;

function inject(): FastifyInstance {
  return server as unknown as FastifyInstance;
}

async function token(office: string): Promise<string> {
  const secrets = await loadProviderSecrets(app.db);
  const basic = Buffer.from(`${encodeURIComponent(bailiffClientId(office))}:${encodeURIComponent(
    embeddedClientSecret(secrets, office))}`).toString('base64');
  const response = await inject().inject({ method: 'POST', url: '/oidc/token',
    headers: { host, authorization: `Basic ${basic}`,
      'content-type': 'application/x-www-form-urlencoded' },
    payload: 'grant_type=client_credentials&scope=bailiff' });
  assert.equal(response.statusCode, 200, response.body);
  return (response.json() as { access_token: string }).access_token;
}

function post(path: string, body: unknown, as = bearer): Promise<LightMyRequestResponse> {
  return inject().inject({ method: 'POST', url: `${apiPrefix}${path}`,
    headers: { host, ...(as ? { authorization: `Bearer ${as}` } : {}),
      'content-type': 'application/json' },
    payload: JSON.stringify(body) });
}

function assertError(response: LightMyRequestResponse, status: number, code: string) {
  assert.equal(response.statusCode, status, response.body);
  const body = response.json() as { error: string; message: string };
  assert.equal(body.error, code);
  assert.equal(typeof body.message, 'string');
  return body;
}

before(async () => {
  app = await createTestApp();
  server = await serverFor(app, 'test');
  ({ caseId, bailiffId } = await servedCase(app, JAN));
  bearer = await token(bailiffId);
});
after(async () => {
  await server.close();
  await app.close();
});

type InvoiceAnswer = { invoice: { id: string; number: string; payableCents: number;
  status: string; xmlUrl: string } };

describe('POST /assignments/{caseId}/invoice', () => {
  let first: InvoiceAnswer['invoice'];

  test('without a token: 401; another office: 404 as for an unknown case', async () => {
    assertError(await post(`/assignments/${caseId}/invoice`, { lines: [fee(10_000)] }, ''),
      401, 'token_missing');
    const other = bailiffId === 'bailiff-ovl-1' ? 'bailiff-ovl-2' : 'bailiff-ovl-1';
    assertError(await post(`/assignments/${caseId}/invoice`, { lines: [fee(10_000)] },
      await token(other)), 404, 'assignment_not_found');
    assertError(await post('/assignments/not-a-case/invoice', { lines: [fee(10_000)] }),
      404, 'assignment_not_found');
  });

  test('wrong lines: 400 invalid_input naming each field; nothing stored', async () => {
    const missing = assertError(await post(`/assignments/${caseId}/invoice`, {}), 400,
      'invalid_input') as unknown as { fields: { field: string }[] };
    assert.deepEqual(missing.fields.map((f) => f.field), ['lines']);
    const unknown = assertError(await post(`/assignments/${caseId}/invoice`,
      { lines: [fee(10_000)], total: 1 }), 400, 'invalid_input') as unknown as
      { fields: { field: string; problem: string }[] };
    assert.deepEqual(unknown.fields, [{ field: 'total', problem: 'unknown_field' }]);
    const bad = assertError(await post(`/assignments/${caseId}/invoice`,
      { lines: [{ ...fee(100.5), vatRatePercent: 7 }] }), 400, 'invalid_input') as unknown as
      { fields: { field: string }[] };
    assert.deepEqual(bad.fields.map((f) => f.field).sort(),
      ['lines[0].unitPriceCents', 'lines[0].vatRatePercent']);
    assert.equal((await app.db.selectFrom('invoice').select('id').execute()).length, 0);
  });

  test('submitted: 201 with the invoice; its XML is valid UBL', async () => {
    const response = await post(`/assignments/${caseId}/invoice`,
      { lines: [fee(10_000), { ...fee(2_500, 'Griffierecht'), kind: 'cost', vatCategory: 'E',
        vatRatePercent: 0 }] });
    assert.equal(response.statusCode, 201, response.body);
    first = (response.json() as InvoiceAnswer).invoice;
    assert.equal(first.payableCents, 12_100 + 2_500);
    assert.equal(first.status, 'submitted');
    assert.equal(first.xmlUrl, `/invoices/${first.id}.xml`);
    const row = await app.db.selectFrom('invoice').select(['xml', 'bailiff_id', 'case_id'])
      .where('id', '=', first.id).executeTakeFirstOrThrow();
    assert.deepEqual([row.bailiff_id, row.case_id], [bailiffId, caseId]);
    const check = validateXsd(row.xml);
    assert.ok(check.valid, check.output);
  });

  test('the same submission again: 200, the same invoice, nothing new', async () => {
    const again = await post(`/assignments/${caseId}/invoice`,
      { lines: [fee(10_000), { ...fee(2_500, 'Griffierecht'), kind: 'cost', vatCategory: 'E',
        vatRatePercent: 0 }] });
    assert.equal(again.statusCode, 200, again.body);
    assert.deepEqual((again.json() as InvoiceAnswer).invoice, first);
    assert.equal((await app.db.selectFrom('invoice').select('id').execute()).length, 1);
  });

  test('other lines while the invoice stands: 409 already_invoiced', async () => {
    assertError(await post(`/assignments/${caseId}/invoice`, { lines: [fee(20_000)] }),
      409, 'already_invoiced');
  });

  test('a credit note for an invoice that is not disputed: 409 not_disputed', async () => {
    assertError(await post(`/assignments/${caseId}/invoice/credit-note`, {}), 409,
      'not_disputed');
  });

  test('disputed by the municipality: a credit note cancels it, then a corrected invoice', async () => {
    await disputeInvoice({ db: app.db, now: app.clock.now() },
      { staffId: 'staff-gent-1', municipality: '44021', role: 'civil_affairs' },
      first.id, 'Griffierecht niet verschuldigd');
    const credited = await post(`/assignments/${caseId}/invoice/credit-note`, {});
    assert.equal(credited.statusCode, 201, credited.body);
    const note = (credited.json() as { creditNote: { id: string; invoiceId: string;
      number: string; xmlUrl: string } }).creditNote;
    assert.equal(note.invoiceId, first.id);
    assert.match(note.number, /^CN-\d{4}\/0001$/);
    const repeated = await post(`/assignments/${caseId}/invoice/credit-note`, {});
    assert.equal(repeated.statusCode, 200);
    assert.deepEqual((repeated.json() as { creditNote: unknown }).creditNote, note);
    const corrected = await post(`/assignments/${caseId}/invoice`, { lines: [fee(10_000)] });
    assert.equal(corrected.statusCode, 201, corrected.body);
    const second = (corrected.json() as InvoiceAnswer).invoice;
    assert.notEqual(second.id, first.id);
    assert.notEqual(second.number, first.number);
    const statuses = await app.db.selectFrom('invoice').select(['id', 'status'])
      .where('case_id', '=', caseId).orderBy('submitted_at').execute();
    assert.deepEqual(statuses.map((s) => s.status).sort(), ['credited', 'submitted']);
  });
});

describe('the OpenAPI description', () => {
  test('describes the invoice and credit note operations with their bodies', async () => {
    const response = await inject().inject({ method: 'GET', url: `${apiPrefix}/openapi.json`,
      headers: { host } });
    const doc = response.json() as { paths: Record<string, Record<string, {
      operationId: string; responses: Record<string, unknown>; requestBody?: unknown }>>;
      components: { schemas: Record<string, { properties?: Record<string, { enum?: string[] }> }> } };
    const op = doc.paths['/assignments/{caseId}/invoice']?.post;
    assert.equal(op?.operationId, 'submitInvoice');
    assert.ok(op?.requestBody);
    assert.ok(op?.responses['201'] && op.responses['200'] && op.responses['409']);
    assert.equal(doc.paths['/assignments/{caseId}/invoice/credit-note']?.post?.operationId,
      'creditInvoice');
    const codes = doc.components.schemas.Error?.properties?.error?.enum ?? [];
    for (const code of ['already_invoiced', 'not_disputed', 'billing_details_missing']) {
      assert.ok(codes.includes(code), code);
    }
  });
});
