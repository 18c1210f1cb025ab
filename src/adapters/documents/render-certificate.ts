import { PDFDocument, StandardFonts } from 'pdf-lib';
import QRCode from 'qrcode';
import type { CertificateInput } from '../../app/documents.ts';
import { PageWriter } from './page-writer.ts';

/**
 * A certificate as a PDF: its title, what it states as labelled lines, and a verification
 * block with the code and a QR code of the verification address. Sealed afterwards like the
 * declaration; the same standard fonts (WinAnsi).
 */
export async function renderCertificate(input: CertificateInput): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(input.statement.title);
  doc.setLanguage(input.language);
  doc.setSubject(input.caseReference);
  doc.setProducer('cohabitation-termination');
  doc.setCreator(input.municipality);
  const writer = new PageWriter(doc, {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  });
  writer.paragraph(input.municipality, { bold: true });
  writer.space(6);
  writer.heading(input.statement.title);
  for (const line of input.statement.lines) writer.field(line.label, line.value);
  writer.space(16);
  writer.heading(input.verification.heading, 11);
  writer.field(input.verification.codeLabel, input.verificationCode);
  writer.paragraph(input.verification.explanation, { size: 9 });
  writer.paragraph(input.verifyUrl, { size: 9 });
  writer.space(8);
  const qr = QRCode.create(input.verifyUrl, { errorCorrectionLevel: 'M' }).modules;
  writer.grid(qr.size, (row, column) => qr.get(row, column) === 1, 96);
  return doc.save({ useObjectStreams: false });
}
