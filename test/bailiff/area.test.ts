// The bailiff's area through the real sign-in (embedded provider, professional accounts):
// the worklist, the assignment with what is needed to serve and nothing more, accept, record
// the service with a PDF deed, a failed attempt, decline; other offices and citizens: refused.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { assertPage, hidden, signedIn } from '../citizen/support.ts';
import { Browser, signIn } from '../login/browser.ts';
import { settle } from '../notifications/support.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { html, serverFor, type Server } from '../web/support.ts';
import {
  bailiffs, caseAwaitingService, deedPdf, multipart, origin, postMultipart,
  signedInProfessional,
} from './support.ts';

const JAN = '85073092113';
const ELS = '87031292281';
const PIETER = '92011792123';

let app: TestApp;
let server: Server;
let caseId: string;
let bert: Browser;
let dirk: Browser;
before(async () => {
  app = await createTestApp();
  server = await serverFor(app, 'test');
  ({ caseId } = await caseAwaitingService(app, JAN));
  bert = await signedInProfessional(server, bailiffs.ovl1.name);
  dirk = await signedInProfessional(server, bailiffs.ovl2.name);
});
after(async () => {
  await server.close();
  await app.close();
});

function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(app.clock.now());
}

describe('sessions know who signed in as what', () => {
  test('the session row of a bailiff holds the office, not a national number', async () => {
    const rows = await app.db.selectFrom('session').select(['kind', 'bailiff_id',
      'national_number', 'subject']).where('kind', '=', 'bailiff').execute();
    assert.deepEqual(rows.map((r) => r.bailiff_id).sort(), [bailiffs.ovl1.id, bailiffs.ovl2.id]);
    assert.ok(rows.every((r) => r.national_number === null && r.subject));
  });

  test('staff sign in with their municipality and role, and cannot reach the bailiff\'s area', async () => {
    const staff = await signedInProfessional(server, 'Anne Officier', '/');
    const row = await app.db.selectFrom('session').select(['kind', 'municipality', 'roles'])
      .where('kind', '=', 'staff').executeTakeFirstOrThrow();
    assert.deepEqual(row, { kind: 'staff', municipality: '92094', roles: ['registrar'] });
    const refused = await staff.get('/bailiff');
    assert.equal(refused.statusCode, 303);
    assert.match(String(refused.headers.location), /as=professional/);
  });

  test('a citizen\'s session never reaches the bailiff\'s pages', async () => {
    const jan = await signedIn(server, 'Jan');
    for (const url of ['/bailiff', `/bailiff/assignments/${caseId}`,
      `/bailiff/assignments/${caseId}/declaration.pdf`]) {
      const response = await jan.get(url);
      assert.equal(response.statusCode, 303, url);
      assert.match(String(response.headers.location), /^\/auth\/login\?.*as=professional/);
    }
    const post = await jan.post(`/bailiff/assignments/${caseId}/accept`,
      { _csrf: jan.cookies.get('sid') ?? '' });
    assert.equal(post.statusCode, 401);
  });

  test('a bailiff\'s session never reaches the citizen\'s pages', async () => {
    for (const url of ['/cases', `/cases/${caseId}`, '/messages', '/start']) {
      const response = await bert.get(url);
      assert.equal(response.statusCode, 303, url);
      assert.doesNotMatch(String(response.headers.location), /as=professional/);
    }
  });

  test('a citizen account signing in as a professional is refused', async () => {
    const browser = new Browser(server as unknown as FastifyInstance, origin);
    const page = await browser.follow(await browser.get('/auth/login?as=professional&return=/bailiff'));
    const groups = html(page.body).querySelectorAll('fieldset fieldset legend')
      .map((l) => l.textContent);
    assert.deepEqual(groups, ['Burgers', 'Professionals: gerechtsdeurwaarders en gemeentepersoneel']);
    const { callback } = await signIn(browser, 'Jan', 'substantial',
      '/auth/login?as=professional&return=/bailiff');
    const answer = await browser.get(callback);
    assert.equal(answer.statusCode, 400);
    assert.match(answer.body, /missing_professional_role/);
  });
});

describe('the worklist and the assignment', () => {
  test('the worklist shows the assignment with its deadline, to its bailiff only', async () => {
    const page = assertPage(await bert.get('/bailiff'));
    const row = page.querySelector('table.worklist tbody tr');
    assert.ok(row?.querySelector(`a[href="/bailiff/assignments/${caseId}"]`));
    assert.match(row?.textContent ?? '', /Gent.*Nieuw: aanvaarden of weigeren.*10 maart 2026/);
    const other = assertPage(await dirk.get('/bailiff'));
    assert.equal(other.querySelector(`a[href="/bailiff/assignments/${caseId}"]`), null);
  });

  test('another office\'s assignment, its declaration and its acts answer 404', async () => {
    for (const url of [`/bailiff/assignments/${caseId}`,
      `/bailiff/assignments/${caseId}/declaration.pdf`, `/bailiff/assignments/${caseId}/service`,
      '/bailiff/assignments/not-a-uuid']) {
      assert.equal((await dirk.get(url)).statusCode, 404, url);
    }
    const page = await dirk.get('/bailiff');
    const csrf = hidden(page, '_csrf');
    const post = await dirk.post(`/bailiff/assignments/${caseId}/accept`, { _csrf: csrf });
    assert.equal(post.statusCode, 404);
    assert.equal((await app.engine.load(caseId))?.state.bailiff?.status, 'engaged');
  });

  test('the assignment shows the partner to serve and the declaration, logging the register read', async () => {
    const before = await app.db.selectFrom('register_read').select('id')
      .where('actor_role', '=', 'bailiff').execute();
    const response = await bert.get(`/bailiff/assignments/${caseId}`);
    const page = assertPage(response);
    const serve = page.querySelector('section[aria-labelledby="serve-title"]')?.textContent ?? '';
    assert.match(serve, /Els Testmans/);
    assert.match(serve, /Voorbeeldstraat 12.*9000 Gent/s);
    assert.doesNotMatch(page.textContent, /Jan Voorbeeld|jan\.voorbeeld@|85073092113/,
      'nothing of the declarant beyond the declaration itself');
    const reads = await app.db.selectFrom('register_read').selectAll()
      .where('actor_role', '=', 'bailiff').execute();
    assert.equal(reads.length, before.length + 1);
    assert.deepEqual(reads.map((r) => [r.actor_id, r.case_id, r.national_number, r.purpose]).at(-1),
      [bailiffs.ovl1.id, caseId, ELS, 'service of the unilateral declaration']);
    const pdf = await bert.get(`/bailiff/assignments/${caseId}/declaration.pdf`);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
  });

  test('a form without the session\'s token is refused', async () => {
    const response = await bert.post(`/bailiff/assignments/${caseId}/accept`, { _csrf: 'wrong' });
    assert.equal(response.statusCode, 403);
    assert.equal((await app.engine.load(caseId))?.state.bailiff?.status, 'engaged');
  });
});

describe('accept, then record the service', () => {
  test('accepting shows the acts; the service form is there only once accepted', async () => {
    assert.equal((await bert.get(`/bailiff/assignments/${caseId}/service`)).statusCode, 409);
    const page = await bert.get(`/bailiff/assignments/${caseId}`);
    const accepted = await bert.post(`/bailiff/assignments/${caseId}/accept`,
      { _csrf: hidden(page, '_csrf'), version: hidden(page, 'version') });
    assert.equal(accepted.statusCode, 303);
    const after = assertPage(await bert.get(`/bailiff/assignments/${caseId}`));
    assert.ok(after.querySelector(`a[href="/bailiff/assignments/${caseId}/service"]`));
    assert.equal(after.querySelector('form[action$="/accept"]'), null);
    assert.equal((await app.engine.load(caseId))?.state.bailiff?.status, 'accepted');
  });

  test('a failed attempt: errors first, then recorded; the clock runs on', async () => {
    const form = await bert.get(`/bailiff/assignments/${caseId}/attempt`);
    const csrf = hidden(form, '_csrf');
    const wrong = assertPage(await bert.post(`/bailiff/assignments/${caseId}/attempt`,
      { _csrf: csrf, attemptDate: '2026-02-30', reason: '' }), 422);
    const links = wrong.querySelectorAll('[role="alert"] a').map((a) => a.getAttribute('href'));
    assert.deepEqual(links, ['#attemptDate', '#reason']);
    assert.equal(wrong.querySelector('input#attemptDate')?.getAttribute('value'), '2026-02-30');
    const clockBefore = (await app.engine.load(caseId))?.state.clock;
    const ok = await bert.post(`/bailiff/assignments/${caseId}/attempt`,
      { _csrf: csrf, attemptDate: today(), reason: 'Niemand thuis' });
    assert.equal(ok.statusCode, 303);
    const state = (await app.engine.load(caseId))?.state;
    assert.deepEqual(state?.serviceAttempts.map((a) => a.reason), ['Niemand thuis']);
    assert.equal(state?.status, 'awaiting_service');
    assert.equal(state?.clock?.startedAt, clockBefore?.startedAt);
  });

  test('an invalid service comes back with a summary linked to each field, keeping what was typed', async () => {
    const form = await bert.get(`/bailiff/assignments/${caseId}/service`);
    assertPage(form);
    const body = multipart({ _csrf: hidden(form, '_csrf'), version: hidden(form, 'version'),
      serviceDate: '2026-01-01', place: 'Gent', mode: '', deedReference: 'EXP-1' },
    { name: 'deed', filename: 'deed.pdf', type: 'application/pdf',
      bytes: new TextEncoder().encode('not a pdf at all') });
    const response = await postMultipart(server, bert, `/bailiff/assignments/${caseId}/service`, body);
    const page = assertPage(response, 422);
    const links = page.querySelectorAll('[role="alert"] a').map((a) => a.getAttribute('href'));
    assert.deepEqual(links, ['#serviceDate', '#mode', '#deed']);
    assert.match(page.querySelector('[role="alert"]')?.textContent ?? '',
      /ontvangstbewijs.*PDF-bestand/s);
    assert.equal(page.querySelector('input#place')?.getAttribute('value'), 'Gent');
    assert.equal(page.querySelector('input#deedReference')?.getAttribute('value'), 'EXP-1');
    assert.ok(page.querySelector('input#mode'), 'the summary link has a target');
    assert.equal((await app.engine.load(caseId))?.state.service, null);
  });

  test('a valid service with a PDF deed is recorded with the deed and its hash', async () => {
    const form = await bert.get(`/bailiff/assignments/${caseId}/service`);
    const deed = await deedPdf();
    const body = multipart({ _csrf: hidden(form, '_csrf'), version: hidden(form, 'version'),
      serviceDate: today(), place: 'Gent', mode: 'in_person', deedReference: 'EXP-2026-0001' },
    { name: 'deed', filename: 'exploot.pdf', type: 'application/pdf', bytes: deed });
    const response = await postMultipart(server, bert, `/bailiff/assignments/${caseId}/service`, body);
    assert.equal(response.statusCode, 303, response.body.slice(0, 300));
    const stored = await app.db.selectFrom('bailiff_deed').selectAll()
      .where('case_id', '=', caseId).executeTakeFirstOrThrow();
    assert.equal(stored.sha256, createHash('sha256').update(deed).digest('hex'));
    assert.deepEqual(new Uint8Array(stored.pdf), deed);
    assert.equal(stored.bailiff_id, bailiffs.ovl1.id);
    await settle(app);
    const state = (await app.engine.load(caseId))?.state;
    assert.equal(state?.service?.deedReference, 'EXP-2026-0001');
    assert.notEqual(state?.status, 'awaiting_service');
    const page = assertPage(await bert.get(`/bailiff/assignments/${caseId}`));
    assert.match(page.textContent, new RegExp(stored.sha256));
    assert.equal(page.querySelector('section[aria-labelledby="serve-title"]'), null,
      'once served, the partner\'s address is no longer shown');
  });
});

describe('the invoice of a served case', () => {
  test('an invalid invoice comes back with its errors; a valid one is submitted once', async () => {
    const page = await bert.get(`/bailiff/assignments/${caseId}`);
    const csrf = hidden(page, '_csrf');
    assert.ok(html(page.body).querySelector(`form[action="/bailiff/assignments/${caseId}/invoice"]`));
    const wrong = assertPage(await bert.post(`/bailiff/assignments/${caseId}/invoice`,
      { _csrf: csrf, feeDescription: '', feeAmount: '12,345', costDescription: 'Verplaatsing',
        costAmount: '' }), 422);
    assert.deepEqual(wrong.querySelectorAll('[role="alert"] a').map((a) => a.getAttribute('href')),
      ['#feeDescription', '#feeAmount', '#costAmount']);
    assert.equal(wrong.querySelector('input#costDescription')?.getAttribute('value'), 'Verplaatsing');
    const ok = await bert.post(`/bailiff/assignments/${caseId}/invoice`, { _csrf: csrf,
      feeDescription: 'Betekening eenzijdige verklaring', feeAmount: '200',
      costDescription: 'Verplaatsing', costAmount: '12,50' });
    assert.equal(ok.statusCode, 303, ok.body.slice(0, 300));
    const invoice = await app.db.selectFrom('invoice').selectAll().where('case_id', '=', caseId)
      .executeTakeFirstOrThrow();
    assert.equal(invoice.bailiff_id, bailiffs.ovl1.id);
    assert.equal(invoice.payable_cents, Math.round(21_250 * 1.21));
    const after = assertPage(await bert.get(`/bailiff/assignments/${caseId}`));
    assert.ok(after.querySelector(`a[href="/invoices/${invoice.id}.xml"]`));
    assert.equal(after.querySelector('form[action$="/invoice"]'), null);
  });

  test('another bailiff cannot invoice the case', async () => {
    const page = await dirk.get('/bailiff');
    const response = await dirk.post(`/bailiff/assignments/${caseId}/invoice`,
      { _csrf: hidden(page, '_csrf'), feeDescription: 'x', feeAmount: '1' });
    assert.equal(response.statusCode, 404);
  });
});

describe('decline', () => {
  test('declining engages the next bailiff; the first then gets 404', async () => {
    const second = await caseAwaitingService(app, PIETER);
    const first = second.bailiffId === bailiffs.ovl1.id ? bert : dirk;
    const other = first === bert ? dirk : bert;
    const page = await first.get(`/bailiff/assignments/${second.caseId}`);
    const declined = await first.post(`/bailiff/assignments/${second.caseId}/decline`,
      { _csrf: hidden(page, '_csrf'), version: hidden(page, 'version'), reason: 'Conflict' });
    assert.equal(declined.statusCode, 303);
    await settle(app);
    const state = (await app.engine.load(second.caseId))?.state;
    assert.notEqual(state?.bailiff?.id, second.bailiffId);
    assert.equal(state?.bailiff?.status, 'engaged');
    assert.equal((await first.get(`/bailiff/assignments/${second.caseId}`)).statusCode, 404);
    assertPage(await other.get(`/bailiff/assignments/${second.caseId}`));
  });
});
