// The certificate's QR code, drawn as vectors, reads back as its verification address once
// the page is rendered to pixels (Poppler's pdftoppm, decoded with jsQR).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsqr from 'jsqr';
import { renderCertificate } from '../../src/adapters/documents/render-certificate.ts';

/** The first page as RGBA pixels, from pdftoppm's binary PPM (P6) output. */
function renderedPage(pdf: Uint8Array) {
  const dir = mkdtempSync(join(tmpdir(), 'certificate-qr-'));
  writeFileSync(join(dir, 'c.pdf'), pdf);
  const run = spawnSync('pdftoppm', ['-r', '100', '-f', '1', '-l', '1', '-singlefile',
    join(dir, 'c.pdf'), join(dir, 'page')], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.error?.message ?? run.stderr);
  const ppm = readFileSync(join(dir, 'page.ppm'));
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
  assert.ok(header, 'a binary PPM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const rgb = ppm.subarray(header[0].length);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    rgba.set([rgb[i * 3] ?? 0, rgb[i * 3 + 1] ?? 0, rgb[i * 3 + 2] ?? 0, 255], i * 4);
  }
  return { rgba, width, height };
}

test('the QR code on a certificate reads as its verification address', async () => {
  const verifyUrl = 'https://ws.example.be/verify/7KQ2-M9XD-4TPA';
  const pdf = await renderCertificate({
    language: 'nl', caseReference: 'WS-2026-000123', municipality: 'Gent',
    statement: { title: 'Attest van beëindiging', lines: [{ label: 'Naam', value: 'Jan Peeters' }] },
    verificationCode: '7KQ2-M9XD-4TPA', verifyUrl,
    verification: { heading: 'Echtheid nagaan', codeLabel: 'Code', explanation: 'Scan de code.' },
  });
  const page = renderedPage(pdf);
  const read = jsqr.default(page.rgba, page.width, page.height);
  assert.equal(read?.data, verifyUrl);
});
