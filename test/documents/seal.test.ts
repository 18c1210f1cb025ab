import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { PDFDocument } from 'pdf-lib';
import type { DocumentsPort, SealCertificate } from '../../src/app/documents.ts';
import { createDocuments } from '../../src/adapters/documents/index.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { pdfsig, sampleDeclaration } from './support.ts';

let database: TestDatabase | undefined;
let documents: DocumentsPort | undefined;
let sealed: Uint8Array = new Uint8Array();

before(async () => {
  database = await createTestDatabase();
  documents = createDocuments(database.db);
  const ready = port();
  const certificate = await ready.certificateFor('63023');
  sealed = await ready.seal(await ready.renderDeclaration(sampleDeclaration()), certificate);
});

after(async () => {
  await database?.close();
});

function port(): DocumentsPort {
  if (!documents) throw new Error('The test database is not ready.');
  return documents;
}

test('pdfsig finds the seal valid, PAdES, over the whole file', () => {
  const report = pdfsig(sealed);
  assert.match(report, /Signature Validation: Signature is Valid\./);
  assert.match(report, /Signature Type: ETSI\.CAdES\.detached/);
  assert.match(report, /Signing Hash Algorithm: SHA-256/);
  assert.match(report, /Total document signed/);
  assert.match(report, /Common Name: 63023 - development seal/);
  // Self-signed: the certificate is not trusted, the signature itself is valid.
  assert.match(report, /Certificate Validation: Certificate issuer is unknown\./);
});

test('the sealed PDF parses back with its pages', async () => {
  const doc = await PDFDocument.load(sealed);
  assert.ok(doc.getPageCount() >= 1);
});

test('one byte altered inside the signed range makes the seal invalid', () => {
  const match = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/
    .exec(Buffer.from(sealed).toString('latin1'));
  const range = match?.slice(1).map(Number);
  assert.ok(range?.length === 4, 'the signature has a byte range');
  const [start = -1, length = 0, secondStart = 0, secondLength = 0] = range;
  assert.equal(start, 0, 'the range starts at the first byte');
  assert.equal(secondStart + secondLength, sealed.length, 'and ends at the last');
  for (const offset of [200, Math.floor(length / 2), secondStart + 10]) {
    const altered = Uint8Array.from(sealed);
    altered[offset] = (altered[offset] ?? 0) ^ 0x01;
    const report = pdfsig(altered);
    assert.doesNotMatch(report, /Signature is Valid/, `byte ${offset}`);
    assert.match(report, /Signature Validation: Digest Mismatch\./, `byte ${offset}`);
  }
});

test('the certificate is made once per municipality, then reused', async () => {
  const first = await port().certificateFor('63023');
  const again = await port().certificateFor('63023');
  assertSame(first, again);
  const [a, b] = await Promise.all(
    [port().certificateFor('21004'), port().certificateFor('21004')]);
  assert.ok(a && b);
  assertSame(a, b);
  assert.notEqual(a.certificatePem, first.certificatePem, 'each municipality has its own');
  const rows = await database?.db.selectFrom('document_certificate')
    .select('municipality_code').execute();
  assert.deepEqual(rows?.map((r) => r.municipality_code).sort(), ['21004', '63023']);
});

test('a wrong passphrase is refused, not ignored', async () => {
  const certificate = await port().certificateFor('63023');
  const pdf = await port().renderDeclaration(sampleDeclaration());
  await assert.rejects(port().seal(pdf, { ...certificate, passphrase: 'wrong' }));
});

function assertSame(a: SealCertificate, b: SealCertificate): void {
  assert.equal(a.certificatePem, b.certificatePem);
  assert.equal(a.passphrase, b.passphrase);
  assert.deepEqual(Buffer.from(a.p12), Buffer.from(b.p12));
}
