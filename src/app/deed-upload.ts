import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';

/**
 * Why an uploaded deed of service is refused. The HTML form shows each as a field error,
 * the API as `invalid_input` with the field's code.
 */
export const deedProblems = {
  /** No file was sent, or an empty one. */
  deed_missing: 'deed_missing',
  /** Larger than DEED_MAX_BYTES. */
  deed_too_large: 'deed_too_large',
  /** Not a PDF by its content: no `%PDF-` header, or pdf-lib cannot read it or finds no page. */
  deed_not_pdf: 'deed_not_pdf',
} as const;

export type DeedProblem = keyof typeof deedProblems;

const header = Buffer.from('%PDF-', 'latin1');

/** Checks a deed by its content and size: a PDF that parses and has at least one page. */
export async function checkDeed(
  bytes: Uint8Array | undefined, maxBytes: number,
): Promise<DeedProblem | null> {
  if (!bytes || bytes.length === 0) return 'deed_missing';
  if (bytes.length > maxBytes) return 'deed_too_large';
  if (!Buffer.from(bytes.subarray(0, header.length)).equals(header)) return 'deed_not_pdf';
  try {
    const pdf = await PDFDocument.load(bytes, {
      updateMetadata: false, throwOnInvalidObject: true, ignoreEncryption: false,
    });
    return pdf.getPageCount() > 0 ? null : 'deed_not_pdf';
  } catch {
    return 'deed_not_pdf';
  }
}

/** The SHA-256 of the deed as stored, hex. */
export function deedHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
