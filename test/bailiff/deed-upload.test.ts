// Deeds are checked by content: a PDF header, a document pdf-lib can read with a page, and a
// size limit; the hash is the SHA-256 of the bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { checkDeed, deedHash } from '../../src/app/deed-upload.ts';
import { parseMultipart } from '../../src/web/bailiff/multipart.ts';
import { deedPdf, multipart } from './support.ts';

const limit = 100_000;

test('a real PDF passes; its hash is the SHA-256 of its bytes', async () => {
  const pdf = await deedPdf();
  assert.equal(await checkDeed(pdf, limit), null);
  assert.equal(deedHash(pdf), createHash('sha256').update(pdf).digest('hex'));
});

test('nothing, too large, no header, or a header on something unreadable: refused', async () => {
  const pdf = await deedPdf();
  assert.equal(await checkDeed(undefined, limit), 'deed_missing');
  assert.equal(await checkDeed(new Uint8Array(), limit), 'deed_missing');
  assert.equal(await checkDeed(pdf, pdf.length - 1), 'deed_too_large');
  const renamed = new TextEncoder().encode('PK\u0003\u0004 a zip renamed to .pdf');
  assert.equal(await checkDeed(renamed, limit), 'deed_not_pdf');
  const fake = new TextEncoder().encode('%PDF-1.7\nthis is no PDF at all\n%%EOF');
  assert.equal(await checkDeed(fake, limit), 'deed_not_pdf');
  const shifted = new Uint8Array([0x20, ...pdf]);
  assert.equal(await checkDeed(shifted, limit), 'deed_not_pdf', 'the header must come first');
});

test('the multipart parser keeps text fields and the file\'s exact bytes', async () => {
  const bytes = new Uint8Array([0, 13, 10, 45, 45, 255, 1]);
  const body = multipart({ place: 'Gent – Sint-Pieters', _csrf: 'abc' },
    { name: 'deed', filename: 'a.pdf', type: 'application/pdf', bytes });
  const boundary = body.contentType.split('boundary=')[1] ?? '';
  const parsed = parseMultipart(body.payload, boundary) as Record<string, unknown>;
  assert.equal(parsed.place, 'Gent – Sint-Pieters');
  assert.equal(parsed._csrf, 'abc');
  const files = parsed.__files as Record<string, { filename: string; bytes: Uint8Array }>;
  assert.deepEqual(files.deed?.bytes, bytes);
  assert.equal(files.deed?.filename, 'a.pdf');
});
