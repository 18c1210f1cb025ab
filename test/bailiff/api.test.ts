// The bailiff API with real access tokens from the embedded provider (OAuth2 client
// credentials, JWT access tokens): authentication, other offices, the whole flow from
// accept to recorded service, typed errors, and the OpenAPI description.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { importJWK, SignJWT } from 'jose';
import { loadProviderSecrets } from '../../src/adapters/login/secrets.ts';
import { embeddedClientSecret, bailiffClientId } from '../../src/web/bailiff/api-clients.ts';
import { apiPrefix, apiRoutes } from '../../src/web/bailiff/api-routes.ts';
import { settle } from '../notifications/support.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { serverFor, type Server } from '../web/support.ts';
import { bailiffs, caseAwaitingService, deedPdf } from './support.ts';

const JAN = '85073092113';
const host = '127.0.0.1:3000';

let app: TestApp;
let server: Server;
let caseId: string;
let bailiffId: string;
before(async () => {
  app = await createTestApp();
  server = await serverFor(app, 'test');
  ({ caseId, bailiffId } = await caseAwaitingService(app, JAN));
});
after(async () => {
  await server.close();
  await app.close();
});

function inject(): FastifyInstance {
  return server as unknown as FastifyInstance;
}

/** An access token from the embedded provider's token endpoint (client credentials). */
async function token(office: string, secret?: string): Promise<string> {
  const secrets = await loadProviderSecrets(app.db);
  const id = bailiffClientId(office);
  const basic = Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(
    secret ?? embeddedClientSecret(secrets, office))}`).toString('base64');
  const response = await inject().inject({ method: 'POST', url: '/oidc/token',
    headers: { host, authorization: `Basic ${basic}`,
      'content-type': 'application/x-www-form-urlencoded' },
    payload: 'grant_type=client_credentials&scope=bailiff' });
  assert.equal(response.statusCode, 200, response.body);
  const body = response.json() as { access_token: string; token_type: string };
  assert.equal(body.token_type, 'Bearer');
  return body.access_token;
}

/** A token signed with the provider's own key, with claims of the test's choosing. */
async function forged(claims: Record<string, unknown>, expiresIn: string | number) {
  const secrets = await loadProviderSecrets(app.db);
  const key = await importJWK(secrets.signingKey as never, 'RS256');
  const jwt = new SignJWT({ client_id: bailiffClientId(bailiffId), scope: 'bailiff', ...claims })
    .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid: String(secrets.signingKey.kid) })
    .setIssuer(`http://${host}/oidc`).setSubject(bailiffClientId(bailiffId))
    .setAudience(app.config.bailiffApi.audience).setIssuedAt();
  if (typeof expiresIn === 'number') jwt.setIssuedAt(expiresIn - 600).setExpirationTime(expiresIn);
  else jwt.setExpirationTime(expiresIn);
  if (claims.aud) jwt.setAudience(String(claims.aud));
  return jwt.sign(key);
}

function call(method: 'GET' | 'POST', path: string, bearer?: string, body?: unknown,
  headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
  return inject().inject({ method, url: `${apiPrefix}${path}`,
    headers: { host, ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...headers,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }) });
}

function assertError(response: LightMyRequestResponse, status: number, code: string) {
  assert.equal(response.statusCode, status, response.body);
  const body = response.json() as { error: string; message: string };
  assert.equal(body.error, code);
  assert.equal(typeof body.message, 'string');
  return body;
}

describe('authentication', () => {
  test('without a token: 401 token_missing, with WWW-Authenticate', async () => {
    const response = await call('GET', '/assignments');
    assertError(response, 401, 'token_missing');
    assert.equal(response.headers['www-authenticate'], 'Bearer');
  });

  test('a wrong client secret gets no token at all', async () => {
    const secrets = await loadProviderSecrets(app.db);
    const basic = Buffer.from(`${bailiffClientId(bailiffId)}:wrong`).toString('base64');
    const response = await inject().inject({ method: 'POST', url: '/oidc/token',
      headers: { host, authorization: `Basic ${basic}`,
        'content-type': 'application/x-www-form-urlencoded' },
      payload: 'grant_type=client_credentials' });
    assert.equal(response.statusCode, 401);
    assert.ok(secrets.subjectSalt);
  });

  test('a token for another audience, an expired one, or a tampered one: 401 token_invalid', async () => {
    const now = Math.floor(Date.now() / 1000);
    const good = await forged({}, '5m');
    assert.equal((await call('GET', '/assignments', good)).statusCode, 200, 'the forge works');
    const otherAudience = await forged({ aud: 'https://elsewhere.example/api' }, '5m');
    assertError(await call('GET', '/assignments', otherAudience), 401, 'token_invalid');
    const expired = await forged({}, now - 120);
    const response = await call('GET', '/assignments', expired);
    assertError(response, 401, 'token_invalid');
    assert.match(String(response.headers['www-authenticate']), /invalid_token/);
    const [head, payload, signature = ''] = good.split('.');
    const flipped = `${head}.${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    assertError(await call('GET', '/assignments', flipped), 401, 'token_invalid');
  });

  test('a citizen\'s or a bailiff\'s session cookie is no API credential', async () => {
    const response = await inject().inject({ method: 'GET', url: `${apiPrefix}/assignments`,
      headers: { host, cookie: 'sid=anything' } });
    assertError(response, 401, 'token_missing');
  });
});

describe('the offices', () => {
  test('another office\'s assignment answers 404, and its list does not hold it', async () => {
    const other = bailiffId === bailiffs.ovl1.id ? bailiffs.ovl2.id : bailiffs.ovl1.id;
    const bearer = await token(other);
    const list = await call('GET', '/assignments', bearer);
    assert.deepEqual((list.json() as { assignments: unknown[] }).assignments, []);
    assertError(await call('GET', `/assignments/${caseId}`, bearer), 404, 'assignment_not_found');
    assertError(await call('GET', `/assignments/${caseId}/declaration`, bearer), 404,
      'assignment_not_found');
    assertError(await call('POST', `/assignments/${caseId}/accept`, bearer, {}), 404,
      'assignment_not_found');
    assertError(await call('GET', '/assignments/not-a-uuid', bearer), 404, 'assignment_not_found');
    assert.equal((await app.engine.load(caseId))?.state.bailiff?.status, 'engaged');
  });
});

describe('decline through the API', () => {
  test('the process engages the next bailiff; then the case is no longer the office\'s', async () => {
    const second = await caseAwaitingService(app, '92011792123');
    const bearer = await token(second.bailiffId);
    const declined = await call('POST', `/assignments/${second.caseId}/decline`, bearer,
      { reason: 'Belangenconflict' });
    assert.equal(declined.statusCode, 200, declined.body);
    assert.equal((declined.json() as { assignment: { assignment: string } }).assignment.assignment,
      'declined');
    await settle(app);
    const state = (await app.engine.load(second.caseId))?.state;
    assert.ok(state?.bailiff && state.bailiff.id !== second.bailiffId);
    assertError(await call('GET', `/assignments/${second.caseId}`, bearer), 404,
      'assignment_not_found');
  });
});

describe('the whole flow through the API', () => {
  let bearer: string;
  before(async () => {
    bearer = await token(bailiffId);
  });

  test('list and get: the deadline, the partner to serve and the declaration', async () => {
    const list = await call('GET', '/assignments', bearer);
    const [first] = (list.json() as { assignments: { caseId: string; serviceDueAt: string;
      warningAt: string; assignment: string }[] }).assignments;
    assert.equal(first?.caseId, caseId);
    assert.equal(first?.assignment, 'engaged');
    assert.ok(first && first.warningAt < first.serviceDueAt);
    const detail = await call('GET', `/assignments/${caseId}`, bearer);
    const body = detail.json() as { personToServe: { name: string; address: string[] };
      declaration: { url: string } };
    assert.deepEqual(body.personToServe, { name: 'Els Testmans',
      address: ['Voorbeeldstraat 12', '9000 Gent'] });
    assert.doesNotMatch(detail.body, /Jan|85073092113/);
    const pdf = await inject().inject({ method: 'GET', url: body.declaration.url,
      headers: { host, authorization: `Bearer ${bearer}` } });
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
  });

  test('bad input is a typed error naming the fields', async () => {
    const wrong = assertError(await call('POST', `/assignments/${caseId}/accept`, bearer,
      { versoin: 3 }), 400, 'invalid_input') as unknown as { fields: unknown[] };
    assert.deepEqual(wrong.fields, [{ field: 'versoin', problem: 'unknown_field' }]);
    assertError(await inject().inject({ method: 'POST', url: `${apiPrefix}/assignments/${caseId}/accept`,
      headers: { host, authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
      payload: '{not json' }), 400, 'invalid_json');
    assertError(await call('GET', '/nothing-here', bearer), 404, 'not_found');
  });

  test('accept, once: a second accept is not allowed', async () => {
    const accepted = await call('POST', `/assignments/${caseId}/accept`, bearer, {},
      { 'idempotency-key': 'accept-1' });
    assert.equal(accepted.statusCode, 200, accepted.body);
    assert.equal((accepted.json() as { assignment: { assignment: string } }).assignment.assignment,
      'accepted');
    const replay = await call('POST', `/assignments/${caseId}/accept`, bearer, {},
      { 'idempotency-key': 'accept-1' });
    assert.equal(replay.statusCode, 200, 'the same key is the same act');
    assertError(await call('POST', `/assignments/${caseId}/accept`, bearer, {}), 409, 'not_allowed');
  });

  test('a failed attempt with its reason', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' })
      .format(app.clock.now());
    const missing = assertError(await call('POST', `/assignments/${caseId}/failed-attempts`, bearer,
      { attemptDate: today, reason: ' ' }), 400, 'invalid_input') as unknown as { fields: unknown };
    assert.deepEqual(missing.fields, [{ field: 'reason', problem: 'required' }]);
    const ok = await call('POST', `/assignments/${caseId}/failed-attempts`, bearer,
      { attemptDate: today, reason: 'Niemand thuis' });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal((await app.engine.load(caseId))?.state.serviceAttempts.length, 1);
  });

  test('record the service with the deed in base64: not a PDF is refused, a PDF is kept with its hash', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' })
      .format(app.clock.now());
    const service = { serviceDate: today, place: 'Gent', mode: 'at_address',
      deedReference: 'EXP-API-7' };
    const notPdf = assertError(await call('POST', `/assignments/${caseId}/service`, bearer,
      { ...service, mode: 'by_pigeon',
        deedPdfBase64: Buffer.from('%PDF-1.7 but nothing else').toString('base64') }),
    400, 'invalid_input') as unknown as { fields: unknown };
    assert.deepEqual(notPdf.fields, [{ field: 'mode', problem: 'mode_invalid' },
      { field: 'deed', problem: 'deed_not_pdf' }]);
    const deed = await deedPdf('Exploot via API');
    const recorded = await call('POST', `/assignments/${caseId}/service`, bearer,
      { ...service, deedPdfBase64: Buffer.from(deed).toString('base64') });
    assert.equal(recorded.statusCode, 200, recorded.body);
    const row = await app.db.selectFrom('bailiff_deed').selectAll().where('case_id', '=', caseId)
      .executeTakeFirstOrThrow();
    assert.equal(row.sha256, createHash('sha256').update(deed).digest('hex'));
    await settle(app);
    const state = (await app.engine.load(caseId))?.state;
    assert.equal(state?.service?.mode, 'at_address');
    assert.notEqual(state?.status, 'awaiting_service');
    const detail = (await call('GET', `/assignments/${caseId}`, bearer)).json() as {
      personToServe: unknown; deeds: { sha256: string }[] };
    assert.equal(detail.personToServe, null, 'served: the address is no longer handed out');
    assert.deepEqual(detail.deeds.map((d) => d.sha256), [row.sha256]);
  });
});

describe('the OpenAPI description', () => {
  test('is OpenAPI 3.1, served without a token, and describes exactly the server\'s routes', async () => {
    const response = await inject().inject({ method: 'GET', url: `${apiPrefix}/openapi.json`,
      headers: { host } });
    assert.equal(response.statusCode, 200);
    const doc = response.json() as { openapi: string; paths: Record<string, Record<string, {
      responses: Record<string, unknown> }>> };
    assert.equal(doc.openapi, '3.1.0');
    const described = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`)).sort();
    const table = apiRoutes.map((r) => `${r.method} ${r.path}`).sort();
    assert.deepEqual(described, table);
    const served = routesOf(inject().printRoutes({ commonPrefix: false }))
      .filter((route) => route.path.startsWith(`${apiPrefix}/`))
      .map((route) => `${route.method} ${route.path.slice(apiPrefix.length)
        .replace(/:(\w+)/g, '{$1}')}`)
      .filter((route) => route !== 'GET /openapi.json').sort();
    assert.deepEqual(served, table, 'every route of the server is described');
    for (const ops of Object.values(doc.paths)) {
      for (const op of Object.values(ops)) assert.ok(op.responses['401'], 'documents 401');
    }
  });
});

/** Fastify's route tree (printRoutes) as method and full path, HEAD left out. */
function routesOf(tree: string): { method: string; path: string }[] {
  const stack: string[] = [];
  return tree.split('\n').flatMap((line) => {
    const at = line.indexOf('── ');
    if (at === -1) return [];
    const depth = Math.round(at / 4);
    const match = /^(\S*)(?: \(([^)]+)\))?/.exec(line.slice(at + 3));
    const path = `${stack[depth - 1] ?? ''}${match?.[1] ?? ''}`;
    stack[depth] = path;
    return (match?.[2] ?? '').split(', ').filter((m) => m !== '' && m !== 'HEAD')
      .map((method) => ({ method, path }));
  });
}
