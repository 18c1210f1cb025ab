import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PDFDocument } from 'pdf-lib';
import type { DocumentLanguage } from '../../src/app/documents.ts';
import {
  contentHash, newBindingSalt, renderDeclaration, signerHash,
} from '../../src/adapters/documents/index.ts';
import { pdfText, sampleDeclaration } from './support.ts';

const expected: Record<DocumentLanguage, string[]> = {
  nl: ['Verklaring van beëindiging van wettelijke samenwoning', 'Gezamenlijke verklaring',
    'Geboorteplaats: Sankt Vith', 'Betrouwbaarheidsniveau van de aanmelding: hoog',
    'verklaren samen dat zij hun wettelijke samenwoning beëindigen'],
  fr: ['Déclaration de cessation de cohabitation légale', 'Déclaration conjointe',
    'Lieu de naissance: Liège', 'Niveau de garantie de la connexion: élevé',
    'mettre fin à leur cohabitation légale'],
  de: ['Erklärung über die Beendigung des gesetzlichen Zusammenwohnens',
    'Gemäß Zivilgesetzbuch', 'Gemeinsame Erklärung', 'Wohnsitz: Große Straße 12, 4700 Eupen',
    'Vertrauensniveau der Anmeldung: substanziell'],
  en: ['Declaration ending a legal cohabitation', 'Joint declaration',
    'Place of birth: Liège', 'Assurance level of the sign-in: high',
    'declare together that they end their legal cohabitation'],
};

for (const language of Object.keys(expected) as DocumentLanguage[]) {
  test(`the declaration in ${language} parses back and holds what the law asks`, async () => {
    const input = sampleDeclaration({ language });
    const pdf = await renderDeclaration(input);
    const doc = await PDFDocument.load(pdf);
    assert.ok(doc.getPageCount() >= 1);
    const text = pdfText(pdf);
    for (const phrase of expected[language]) assert.ok(text.includes(phrase), phrase);
    for (const phrase of ['03/12/2026', '05/01/1970', '22/07/1972', 'Beispiel', 'Hans Jürgen',
      'Muster', 'Greta Noël', 'Eupen', 'WS-2026-000123', 'Hans Beispiel', 'Greta Muster',
      '03/12/2026 10:15:00 (Europe/Brussels)', '04/12/2026 17:40:30 (Europe/Brussels)']) {
      assert.ok(text.includes(phrase), phrase);
    }
  });
}

test('the signature block prints both hashes and never a national number', async () => {
  const input = sampleDeclaration();
  const text = pdfText(await renderDeclaration(input));
  const content = contentHash(input);
  assert.ok(text.includes(content));
  for (const signer of input.signers) {
    assert.ok(text.includes(signerHash(content, signer)));
    assert.ok(!text.replace(/\D/g, '').includes(signer.nationalNumber), 'no national number');
    assert.ok(!text.includes(signer.salt), 'no salt');
  }
});

test('a unilateral declaration says so and names the declarant\'s will', async () => {
  const input = sampleDeclaration({ kind: 'unilateral', language: 'en' });
  const text = pdfText(await renderDeclaration({ ...input, signers: input.signers.slice(0, 1) }));
  assert.ok(text.includes('Unilateral declaration'));
  assert.ok(text.includes('The declarant declares that they end the legal cohabitation'));
  assert.ok(!text.includes('Greta Muster'), 'only the declarant signs');
});

test('characters the standard font lacks are printed without their accent or as "?"', async () => {
  const input = sampleDeclaration({ language: 'en' });
  const text = pdfText(await renderDeclaration({
    ...input, partner: { ...input.partner, firstNames: 'Ştefan Łucja' },
  }));
  assert.ok(text.includes('First names: Stefan ?ucja'));
});

test('the signer\'s hash changes with any part of the signer\'s identity', () => {
  const input = sampleDeclaration();
  const content = contentHash(input);
  const signer = input.signers[0];
  assert.ok(signer);
  const base = signerHash(content, signer);
  const changes = [
    { nationalNumber: '70010592217' }, { salt: newBindingSalt() }, { assurance: 'low' as const },
    { signedAt: new Date(signer.signedAt.getTime() + 1000) },
  ];
  for (const change of changes) {
    assert.notEqual(signerHash(content, { ...signer, ...change }), base, JSON.stringify(change));
  }
  assert.equal(signerHash(content, { ...signer, name: 'Someone Else' }), base,
    'the printed name is not the identity: the national number is');
});

test('the content hash changes with any part of the declaration\'s content', () => {
  const input = sampleDeclaration();
  const base = contentHash(input);
  const partner = input.partner;
  const changes = [
    { language: 'fr' as const }, { caseReference: 'WS-2026-000124' },
    { declarationDate: '2026-12-04' }, { kind: 'unilateral' as const },
    { municipality: { code: '63023', name: 'Eupen ' } },
    { partner: { ...partner, surname: 'Mustermann' } },
    { partner: { ...partner, birthDate: '1972-07-23' } },
    { partner: { ...partner, domicile: ['Große Straße 13', '4700 Eupen'] } },
    { declarant: { ...input.declarant, birthPlace: 'Eupen' } },
  ];
  for (const change of changes) {
    const changed = { ...input, ...change };
    assert.notEqual(contentHash(changed), base, JSON.stringify(change));
    const signer = input.signers[1];
    assert.ok(signer);
    assert.notEqual(signerHash(contentHash(changed), signer), signerHash(base, signer));
  }
  assert.equal(contentHash({ ...input, signers: [] }), base, 'signatures are not content');
});

test('a date not written YYYY-MM-DD is refused', async () => {
  await assert.rejects(renderDeclaration(sampleDeclaration({ declarationDate: '3/12/2026' })),
    RangeError);
});
