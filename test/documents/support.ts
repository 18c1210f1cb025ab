import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeclarationInput } from '../../src/app/documents.ts';

/** A joint declaration of two demo people of Eupen, signed by both. */
export function sampleDeclaration(overrides: Partial<DeclarationInput> = {}): DeclarationInput {
  return {
    language: 'nl',
    caseReference: 'WS-2026-000123',
    declarationDate: '2026-12-03',
    kind: 'joint',
    municipality: { code: '63023', name: 'Eupen' },
    declarant: {
      surname: 'Beispiel', firstNames: 'Hans Jürgen', birthPlace: 'Sankt Vith',
      birthDate: '1970-01-05', domicile: ['Große Straße 12', '4700 Eupen'],
    },
    partner: {
      surname: 'Muster', firstNames: 'Greta Noël', birthPlace: 'Liège',
      birthDate: '1972-07-22', domicile: ['Große Straße 12', '4700 Eupen'],
    },
    signers: [
      {
        nationalNumber: '70010592118', name: 'Hans Beispiel', assurance: 'high',
        signedAt: new Date('2026-12-03T09:15:00Z'), salt: 'salt-of-hans-000000',
      },
      {
        nationalNumber: '72072292276', name: 'Greta Muster', assurance: 'substantial',
        signedAt: new Date('2026-12-04T16:40:30Z'), salt: 'salt-of-greta-00000',
      },
    ],
    ...overrides,
  };
}

const workDir = mkdtempSync(join(tmpdir(), 'documents-test-'));
let files = 0;

function tool(name: string, pdf: Uint8Array, args: (path: string) => string[]) {
  const path = join(workDir, `file-${files++}.pdf`);
  writeFileSync(path, pdf);
  const result = spawnSync(name, args(path), { encoding: 'utf8' });
  if (result.error) {
    const hint = 'apt-get install -y poppler-utils';
    throw new Error(`${name} is missing (${hint}): ${result.error.message}`);
  }
  return { code: result.status ?? -1, stdout: result.stdout, all: result.stdout + result.stderr };
}

/** The text of a PDF as poppler's pdftotext reads it, with runs of white space made one. */
export function pdfText(pdf: Uint8Array): string {
  const result = tool('pdftotext', pdf, (path) => ['-enc', 'UTF-8', '-nopgbrk', path, '-']);
  if (result.code !== 0) throw new Error(`pdftotext could not read the PDF: ${result.all}`);
  return result.stdout.replace(/\s+/g, ' ');
}

/** What poppler's pdfsig says of the PDF's signatures (its exit code is 0 either way). */
export function pdfsig(pdf: Uint8Array): string {
  return tool('pdfsig', pdf, (path) => [path]).all;
}
