import { PDFDocument } from 'pdf-lib';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { SignPdf } from '@signpdf/signpdf';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import type { SealCertificate } from '../../app/documents.ts';
import { CadesSigner } from './cades-signer.ts';

/** Room for the CMS signature: a 3072-bit RSA signature and the certificate fit well. */
const SIGNATURE_LENGTH = 8192;

export interface SealOptions {
  /** Shown as the signature's reason and location. */
  municipalityName?: string;
  signingTime?: Date;
}

/**
 * Seals a PDF with the municipality's certificate: a PAdES signature (SubFilter
 * ETSI.CAdES.detached) whose byte range covers the whole file except the signature itself.
 * The document is rewritten once to hold the signature field, then signed.
 */
export async function sealPdf(
  pdf: Uint8Array, certificate: SealCertificate, options: SealOptions = {},
): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf);
  const name = options.municipalityName ?? 'Municipality';
  pdflibAddPlaceholder({
    pdfDoc: doc,
    reason: 'Sealed by the municipality',
    contactInfo: '',
    name,
    location: name,
    signingTime: options.signingTime ?? new Date(),
    signatureLength: SIGNATURE_LENGTH,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
  });
  const prepared = Buffer.from(await doc.save({ useObjectStreams: false }));
  const signed = await new SignPdf().sign(prepared, new CadesSigner(certificate));
  return new Uint8Array(signed);
}
