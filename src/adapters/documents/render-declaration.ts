import { PDFDocument, StandardFonts } from 'pdf-lib';
import type {
  DeclarationInput, DeclarationPartner, DeclarationSigner,
} from '../../app/documents.ts';
import { contentHash, signerHash } from './binding.ts';
import { PageWriter } from './page-writer.ts';
import { declarationTexts, type DeclarationTexts } from './texts.ts';

/**
 * The declaration ending a legal cohabitation as a PDF, in the input's language, with what
 * the law asks for (Civil Code, old art. 1476) and a signature block whose hashes bind the
 * content to each signer (see binding.ts). Standard fonts (Helvetica, WinAnsi encoding).
 */
export async function renderDeclaration(input: DeclarationInput): Promise<Uint8Array> {
  const texts = declarationTexts[input.language];
  const doc = await PDFDocument.create();
  describe(doc, input, texts);
  const writer = new PageWriter(doc, {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  });
  writeHeader(writer, input, texts);
  writePartner(writer, texts.declarant, input.declarant, texts);
  writePartner(writer, texts.partner, input.partner, texts);
  writer.paragraph(texts.will[input.kind], { bold: true });
  writer.space(12);
  writeSignatures(writer, input, texts);
  return doc.save({ useObjectStreams: false });
}

function describe(doc: PDFDocument, input: DeclarationInput, texts: DeclarationTexts): void {
  doc.setTitle(texts.title);
  doc.setLanguage(input.language);
  doc.setSubject(input.caseReference);
  doc.setProducer('cohabitation-termination');
  doc.setCreator(input.municipality.name);
}

function writeHeader(writer: PageWriter, input: DeclarationInput, texts: DeclarationTexts) {
  writer.heading(texts.title);
  writer.paragraph(texts.legalBasis);
  writer.space();
  writer.field(texts.municipality, input.municipality.name);
  writer.field(texts.reference, input.caseReference);
  writer.field(texts.date, formatDate(input.declarationDate));
  writer.paragraph(texts.kind[input.kind], { bold: true });
  writer.space(12);
}

function writePartner(
  writer: PageWriter, title: string, partner: DeclarationPartner, texts: DeclarationTexts,
): void {
  writer.heading(title, 12);
  writer.field(texts.surname, partner.surname);
  writer.field(texts.firstNames, partner.firstNames);
  writer.field(texts.birthPlace, partner.birthPlace);
  writer.field(texts.birthDate, formatDate(partner.birthDate));
  writer.field(texts.domicile, partner.domicile.join(', '));
  writer.space(12);
}

function writeSignatures(writer: PageWriter, input: DeclarationInput, texts: DeclarationTexts) {
  const content = contentHash(input);
  writer.heading(texts.signatures, 12);
  writer.paragraph(`${texts.contentHash}:`);
  writer.paragraph(content, { size: 9 });
  writer.space();
  if (input.signers.length === 0) writer.paragraph(texts.noSignature);
  for (const signer of input.signers) writeSigner(writer, content, signer, texts);
  writer.paragraph(texts.bindingNote, { size: 8 });
}

function writeSigner(
  writer: PageWriter, content: string, signer: DeclarationSigner, texts: DeclarationTexts,
): void {
  writer.field(texts.signedBy, signer.name);
  writer.field(texts.assurance, texts.assuranceLevel[signer.assurance]);
  writer.field(texts.time, formatTime(signer.signedAt));
  writer.paragraph(`${texts.signerHash}:`);
  writer.paragraph(signerHash(content, signer), { size: 9 });
  writer.space();
}

/** YYYY-MM-DD as DD/MM/YYYY, the Belgian way in all four languages. */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError('A date must be written YYYY-MM-DD.');
  return `${match[3]}/${match[2]}/${match[1]}`;
}

const brussels = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
});

/** A moment as DD/MM/YYYY HH:MM:SS in Brussels time, with the zone named. */
export function formatTime(moment: Date): string {
  return `${brussels.format(moment).replace(',', '')} (Europe/Brussels)`;
}
