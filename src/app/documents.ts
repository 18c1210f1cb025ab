/**
 * The documents port: the declaration as a PDF, and the municipality's seal on it (PAdES).
 * The production and the embedded adapter are the same code; only the certificate differs
 * (the municipality's own, or a self-signed one made at first start for development).
 */

export type DocumentLanguage = 'nl' | 'fr' | 'de' | 'en';

/** The level of assurance of the sign-in with which a person signed. */
export type AssuranceLevel = 'low' | 'substantial' | 'high';

/** One partner, as the law asks the declaration to name them (Civil Code, old art. 1476). */
export interface DeclarationPartner {
  surname: string;
  firstNames: string;
  birthPlace: string;
  /** Calendar date, YYYY-MM-DD. */
  birthDate: string;
  /** The address of the domicile, one line per entry. */
  domicile: string[];
}

/** Who signed, how they signed in, and when. */
export interface DeclarationSigner {
  /** Goes into the signer's hash only; never printed. */
  nationalNumber: string;
  /** The name printed in the signature block. */
  name: string;
  assurance: AssuranceLevel;
  signedAt: Date;
  /**
   * A random value kept with the signature (in the case's event), never printed: without it
   * the national number could be found from the printed hash by trying the few numbers that
   * fit the printed birth date. Make one with `newBindingSalt()`.
   */
  salt: string;
}

export interface DeclarationInput {
  language: DocumentLanguage;
  caseReference: string;
  /** Calendar date of the declaration, YYYY-MM-DD. */
  declarationDate: string;
  kind: 'joint' | 'unilateral';
  municipality: { code: string; name: string };
  declarant: DeclarationPartner;
  partner: DeclarationPartner;
  /** The declarant first; the partner too for a joint declaration once they signed. */
  signers: DeclarationSigner[];
}

/** A signing certificate with its private key, as PKCS#12, and the passphrase that opens it. */
export interface SealCertificate {
  p12: Uint8Array;
  passphrase: string;
  /** The certificate alone, PEM, for display and verification. */
  certificatePem: string;
}

/** A certificate: what it states, in the holder's language, and how to verify it. */
export interface CertificateInput {
  language: DocumentLanguage;
  caseReference: string;
  /** The issuing municipality's name, printed at the top. */
  municipality: string;
  statement: { title: string; lines: { label: string; value: string }[] };
  verificationCode: string;
  /** The public verification address with the code; printed and drawn as a QR code. */
  verifyUrl: string;
  verification: { heading: string; codeLabel: string; explanation: string };
}

export interface DocumentsPort {
  /** A certificate as a PDF, not yet sealed. */
  renderCertificate(input: CertificateInput): Promise<Uint8Array>;
  /** The declaration as a PDF in the citizen's language, with its signature block. */
  renderDeclaration(input: DeclarationInput): Promise<Uint8Array>;
  /** The PDF with the municipality's PAdES seal over the whole file. */
  seal(pdf: Uint8Array, certificate: SealCertificate): Promise<Uint8Array>;
  /** The municipality's sealing certificate (in development: made once, then kept). */
  certificateFor(municipalityCode: string): Promise<SealCertificate>;
}
