import { createHash, randomBytes } from 'node:crypto';
import type {
  DeclarationInput, DeclarationPartner, DeclarationSigner,
} from '../../app/documents.ts';

/**
 * How a signature is bound to the declaration and to the person who signed.
 *
 * 1. The content hash is SHA-256 over a canonical JSON array of everything the declaration
 *    says apart from its signature block: a format tag, the language, the case reference,
 *    the date, joint or unilateral, the municipality, and both partners' printed details,
 *    each in a fixed order. National numbers are not part of it.
 * 2. Each signer's hash is SHA-256 over the lines (UTF-8, joined by "\n"):
 *    `cohabitation-declaration-signer/v1`, the content hash (hex), the signer's national
 *    number, the signer's salt, the assurance level, and the signing time (ISO 8601, UTC).
 *
 * Both hashes are printed; the national number and the salt are not. Whoever holds the case's
 * record (national number and salt) can recompute the signer's hash and so check that this
 * person, at this level and time, signed exactly this content. Without the salt, the printed
 * hash tells nothing about the national number.
 */
const CONTENT_TAG = 'cohabitation-declaration-content/v1';
const SIGNER_TAG = 'cohabitation-declaration-signer/v1';

export function contentHash(input: DeclarationInput): string {
  const canonical = [
    CONTENT_TAG, input.language, input.caseReference, input.declarationDate, input.kind,
    [input.municipality.code, input.municipality.name],
    partnerFields(input.declarant), partnerFields(input.partner),
  ];
  return sha256Hex(JSON.stringify(canonical));
}

export function signerHash(content: string, signer: DeclarationSigner): string {
  return sha256Hex([
    SIGNER_TAG, content, signer.nationalNumber, signer.salt, signer.assurance,
    signer.signedAt.toISOString(),
  ].join('\n'));
}

/** A fresh random salt for one signature: keep it with the signature, never print it. */
export function newBindingSalt(): string {
  return randomBytes(16).toString('base64url');
}

function partnerFields(partner: DeclarationPartner): unknown[] {
  return [partner.surname, partner.firstNames, partner.birthPlace, partner.birthDate,
    partner.domicile];
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
