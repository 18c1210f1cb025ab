// Certificates as sealed PDFs, each partner their own copy in their language, with a
// verification code and QR code; the public verification page; downloads of one's own copies.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startCase } from '../../src/app/start-case.ts';
import { verifyCode, verifyPdf } from '../../src/app/certificates.ts';
import type { Actor, CaseCommand } from '../../src/process/index.ts';
import { advanceBy, days } from '../../src/demo/simulation.ts';
import { buildServer } from '../../src/web/server.ts';
import { pdfText, pdfsig } from '../documents/support.ts';
import { setPreference, settle } from '../notifications/support.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { html } from '../web/support.ts';
import { signedIn } from '../citizen/support.ts';

const PIETER = '92011792123';
const SOFIE = '01040592273';
const KARIM = '90080892109';
const LOTTE = '91120192273';

let app: TestApp;
let web: Awaited<ReturnType<typeof buildServer>>;

async function act(caseId: string, actor: Actor, command: Record<string, unknown>) {
  const channel = actor.role === 'bailiff' ? 'bailiff' : 'online';
  await app.engine.execute({ caseId, actor, channel, ...command } as unknown as CaseCommand);
  await settle(app);
}

/** A form post of one file, as a browser sends it without JavaScript. */
function upload(file: Buffer, type: string) {
  const boundary = '----certificate-test';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="pdf"; `
      + `filename="attest.pdf"\r\nContent-Type: ${type}\r\n\r\n`),
    file, Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return web.inject({ method: 'POST', url: '/verify', payload: body,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
}

async function copies(caseId: string) {
  return app.db.selectFrom('certificate_copy').selectAll().where('case_id', '=', caseId)
    .orderBy('kind').orderBy('person_id').execute();
}

before(async () => {
  app = await createTestApp();
  web = await buildServer(app);
});
after(async () => {
  await web.close();
  await app.close();
});

describe('a joint case', () => {
  let caseId: string;
  before(async () => {
    await setPreference(app, SOFIE, { language: 'fr' });
    caseId = (await startCase(app.db, app.engine, app.registerFor, {
      declarant: PIETER, path: 'joint', channel: 'online', actor: { role: 'declarant', id: PIETER },
    })).caseId;
    await settle(app);
    await act(caseId, { role: 'declarant', id: PIETER }, { type: 'SignDeclaration' });
    await act(caseId, { role: 'partner', id: SOFIE }, { type: 'SignAsPartner' });
    await advanceBy(app, app.clock, days(1));
    await settle(app);
  });

  test('each partner holds their own receipt, declaration, termination and household copy', async () => {
    const rows = await copies(caseId);
    assert.deepEqual(rows.map((r) => `${r.kind} ${r.person_id} ${r.language}`), [
      `declaration ${SOFIE} fr`, `declaration ${PIETER} nl`,
      `household ${SOFIE} fr`, `household ${PIETER} nl`,
      `receipt ${SOFIE} fr`, `receipt ${PIETER} nl`,
      `termination ${SOFIE} fr`, `termination ${PIETER} nl`,
    ].sort((a, b) => a.localeCompare(b)).map((x) => x));
    assert.equal(new Set(rows.map((r) => r.verification_code)).size, 8);
  });

  test('every copy is sealed over the whole file, and carries its code and the address to check it', async () => {
    for (const row of await copies(caseId)) {
      const report = pdfsig(row.pdf);
      assert.match(report, /Signature Validation: Signature is Valid\./, row.kind);
      assert.match(report, /Total document signed/, row.kind);
      const text = pdfText(row.pdf);
      assert.ok(text.includes(row.verification_code), row.kind);
      assert.ok(text.includes(`/verify?code=${row.verification_code}`), row.kind);
    }
  });

  test('the termination certificate states the registration date as the date of the end', async () => {
    const state = (await app.engine.load(caseId))?.state;
    const effective = state?.registration?.effectiveDate ?? 'none';
    const [y, m, d] = effective.split('-');
    const [pieters] = (await copies(caseId))
      .filter((r) => r.kind === 'termination' && r.person_id === PIETER);
    const text = pdfText(pieters?.pdf ?? new Uint8Array());
    assert.match(text, /Attest van beëindiging van de wettelijke samenwoning/);
    assert.ok(text.includes(`Datum van beëindiging (registratie): ${d}/${m}/${y}`), text);
    assert.match(text, /Pieter De Proef/);
    assert.match(text, /Sofie Fictief/);
  });

  test('both partners are told that their certificates are ready', async () => {
    const rows = await app.db.selectFrom('message').select(['recipient'])
      .where('case_id', '=', caseId).where('template', '=', 'certificates_ready').execute();
    assert.deepEqual(rows.map((r) => r.recipient).sort(), ['declarant', 'partner']);
  });

  test('the register reads for the certificates are logged with their purpose', async () => {
    const reads = await app.db.selectFrom('register_read').select(['purpose'])
      .where('case_id', '=', caseId).where('purpose', 'like', 'certificate:%').execute();
    assert.ok(reads.some((r) => r.purpose === 'certificate: termination'));
    assert.ok(reads.some((r) => r.purpose === 'certificate: household'));
  });

  test('a code finds its certificate; the PDF itself too; an altered PDF or an unknown code does not', async () => {
    const [row] = (await copies(caseId)).filter((r) => r.kind === 'termination');
    assert.ok(row);
    const byCode = await verifyCode(app.db, row.verification_code.toLowerCase().replace(/-/g, ' '));
    assert.equal(byCode?.kind, 'termination');
    assert.equal(byCode?.current, true);
    assert.equal((await verifyPdf(app.db, row.pdf))?.kind, 'termination');
    const altered = Uint8Array.from(row.pdf);
    const at = altered.length - 40;
    altered[at] = (altered[at] ?? 0) ^ 0x01;
    assert.equal(await verifyPdf(app.db, altered), null);
    assert.equal(await verifyCode(app.db, 'AAAA-BBBB-CCCC'), null);
    assert.equal(await verifyCode(app.db, 'not a code'), null);
  });

  test('the verification page shows what the certificate states, and refuses a malformed code', async () => {
    const [row] = (await copies(caseId)).filter((r) => r.kind === 'termination'
      && r.person_id === SOFIE);
    const found = await web.inject({ url: `/verify?code=${row?.verification_code ?? ''}` });
    assert.equal(found.statusCode, 200);
    const page = html(found.body);
    assert.match(page.querySelector('[role="status"] h2')?.textContent ?? '',
      /Dit attest is echt en nog geldig/);
    assert.match(page.querySelector('main')?.textContent ?? '', /Attestation de cessation/);
    const malformed = await web.inject({ url: '/verify?code=12' });
    assert.equal(malformed.statusCode, 400);
    assert.equal(html(malformed.body).querySelector('.error-summary a')?.getAttribute('href'),
      '#code');
    const unknown = await web.inject({ url: '/verify?code=AAAA-BBBB-CCCC&lang=en' });
    assert.match(unknown.body, /No certificate with this code/);
  });

  test('an uploaded PDF is recognised when unchanged, and refused when altered, not a PDF or missing', async () => {
    const [row] = (await copies(caseId)).filter((r) => r.kind === 'receipt');
    assert.ok(row);
    const genuine = await upload(Buffer.from(row.pdf), 'application/pdf');
    assert.equal(genuine.statusCode, 200);
    assert.match(genuine.body, /Dit attest is echt en nog geldig/);
    const altered = Buffer.from(row.pdf);
    altered.write('X', 600, 'latin1');
    const changed = await upload(altered, 'application/pdf');
    assert.match(changed.body, /Dit bestand is geen attest zoals wij het uitreikten/);
    const text = await upload(Buffer.from('hello'), 'application/pdf');
    assert.equal(text.statusCode, 400);
    assert.equal(html(text.body).querySelector('.error-summary a')?.getAttribute('href'), '#pdf');
    const empty = await upload(Buffer.alloc(0), 'application/pdf');
    assert.equal(empty.statusCode, 400);
    const big = await upload(Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(6 * 1024 * 1024)]),
      'application/pdf');
    assert.equal(big.statusCode, 400);
    assert.match(big.body, /groter dan 5 MB/);
  });

  test('a partner sees who read her register data for the case, when and why, and no one else\'s', async () => {
    const browser = await signedIn(web, 'Sofie Fictief');
    const casePage = html((await browser.get(`/cases/${caseId}?lang=nl`)).body);
    assert.ok(casePage.querySelector(`a[href="/cases/${caseId}/reads"]`));
    const response = await browser.get(`/cases/${caseId}/reads`);
    assert.equal(response.statusCode, 200);
    const rows = html(response.body).querySelectorAll('tbody tr')
      .map((tr) => tr.querySelectorAll('td').map((td) => td.textContent.trim()).slice(1).join(' | '));
    assert.ok(rows.includes('De dienst zelf (automatisch) | Uw attesten opmaken'), rows.join('\n'));
    assert.ok(rows.includes('De dienst zelf (automatisch) | Uw gezinssamenstelling na de beëindiging'),
      rows.join('\n'));
    assert.ok(rows.every((row) => row.startsWith('De dienst zelf')), rows.join('\n'));
    assert.doesNotMatch(response.body, new RegExp(`${PIETER}|${SOFIE}`));
    const stranger = await signedIn(web, 'Nina Alleen');
    assert.equal((await stranger.get(`/cases/${caseId}/reads`)).statusCode, 404);
  });

  test('the case page shows the household after the termination, and how the household changes with a move', async () => {
    const browser = await signedIn(web, 'Sofie Fictief');
    const page = html((await browser.get(`/cases/${caseId}?lang=nl`)).body);
    const section = page.querySelector('section[aria-labelledby="household-heading"]');
    assert.ok(section, 'household section');
    const text = section.textContent;
    assert.match(text, /Proefdreef 3 bus 2, 9000 Gent/);
    assert.match(text, /Pieter De Proef/);
    assert.match(text, /verandert pas als een van u beiden verhuist/);
    assert.equal(section.querySelector('a')?.getAttribute('href'), 'https://www.gent.example/verhuizen');
  });

  test('a partner downloads their own copies from the case page; the other\'s copy is not found', async () => {
    const browser = await signedIn(web, 'Sofie Fictief');
    const casePage = html((await browser.get(`/cases/${caseId}`)).body);
    const links = casePage.querySelectorAll('a[href*="/certificates/"]')
      .map((a) => a.getAttribute('href') ?? '');
    assert.equal(links.length, 4);
    const own = await browser.get(links[0] ?? '');
    assert.equal(own.statusCode, 200);
    assert.equal(own.headers['content-type'], 'application/pdf');
    const pieters = (await copies(caseId)).find((r) => r.person_id === PIETER);
    const other = await browser.get(`/cases/${caseId}/certificates/${pieters?.id ?? ''}`);
    assert.equal(other.statusCode, 404);
  });
});

describe('a unilateral case, the partners living apart', () => {
  let caseId: string;
  before(async () => {
    caseId = (await startCase(app.db, app.engine, app.registerFor, {
      declarant: KARIM, path: 'unilateral', channel: 'online',
      actor: { role: 'declarant', id: KARIM } })).caseId;
    await settle(app);
    await act(caseId, { role: 'declarant', id: KARIM }, { type: 'SignDeclaration' });
    const payment = await app.db.selectFrom('payment').selectAll()
      .where('case_id', '=', caseId).where('status', '=', 'open').executeTakeFirstOrThrow();
    await act(caseId, { role: 'system', id: 'payment-provider' }, {
      type: 'RecordPaymentSuccess', paymentId: payment.id, amountCents: payment.amount_cents });
    const bailiff = (await app.engine.load(caseId))?.state.bailiff?.id ?? '';
    await act(caseId, { role: 'bailiff', id: bailiff }, { type: 'AcceptAssignment' });
    await act(caseId, { role: 'bailiff', id: bailiff }, {
      type: 'RecordService', serviceDate: '2026-03-03', place: 'Voorbeeldstraat 88, Gent',
      mode: 'in_person', deedReference: 'EXP-1' });
    // Antwerpen's registrar reviews before the registration.
    await act(caseId, { role: 'registrar', id: 'registrar-antwerpen' }, {
      type: 'ApproveRegistration' });
    await advanceBy(app, app.clock, days(3));
    await settle(app);
  });

  test('the partner gets the termination and household copies; receipt and declaration are the declarant\'s', async () => {
    const rows = await copies(caseId);
    assert.deepEqual(rows.map((r) => `${r.kind} ${r.person_id}`), [
      `declaration ${KARIM}`, `household ${KARIM}`, `household ${LOTTE}`,
      `receipt ${KARIM}`, `termination ${KARIM}`, `termination ${LOTTE}`,
    ]);
  });

  test('the termination certificate names the date of service, never its place or the other\'s address', async () => {
    const karims = (await copies(caseId)).filter((r) => r.person_id === KARIM);
    const termination = pdfText(karims.find((r) => r.kind === 'termination')?.pdf
      ?? new Uint8Array());
    assert.ok(termination.includes('Betekend door een gerechtsdeurwaarder op: 03/03/2026'));
    for (const copy of karims) {
      assert.doesNotMatch(pdfText(copy.pdf), /Voorbeeldstraat/, copy.kind);
    }
    const household = pdfText((await copies(caseId))
      .find((r) => r.kind === 'household' && r.person_id === LOTTE)?.pdf ?? new Uint8Array());
    assert.match(household, /Voorbeeldstraat 88/);
  });

  test('the register keeps the termination with its registering municipality and the service', async () => {
    const cohabitation = await app.registerFor(app.db).findCohabitation(KARIM,
      { actor: { role: 'system', id: 'test' }, purpose: 'test' });
    assert.equal(cohabitation?.endReason, 'declaration');
    assert.equal(cohabitation?.termination?.registeringMunicipality, '11002');
    assert.deepEqual(cohabitation?.termination?.service,
      { date: '2026-03-03', place: 'Voorbeeldstraat 88, Gent' });
  });

  test('living apart, the case page shows the household without the note on moving', async () => {
    const browser = await signedIn(web, 'Karim Demo');
    const page = html((await browser.get(`/cases/${caseId}?lang=nl`)).body);
    const section = page.querySelector('section[aria-labelledby="household-heading"]');
    assert.match(section?.textContent ?? '', /Fictiefplein 7/);
    assert.doesNotMatch(section?.textContent ?? '', /verhuist|Voorbeeldstraat/);
  });
});
