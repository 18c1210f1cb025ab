import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';
import type { SealCertificate } from '../../app/documents.ts';
import type { Db } from '../../db/database.ts';

const VALID_YEARS = 10;
/** Names such as Liège need UTF8String, not the default PrintableString. */
const utf8 = forge.asn1.Type.UTF8 as unknown as forge.asn1.Class;

export interface MadeCertificate extends SealCertificate {
  fingerprintSha256: string;
  notAfter: Date;
}

/**
 * The municipality's sealing certificate. In development it is self-signed (RSA 3072,
 * SHA-256), made the first time it is asked for and kept in `document_certificate`; of two
 * processes that ask at once, the first insert wins and both read it back.
 */
export async function loadSealCertificate(
  db: Db, municipality: { code: string; name: string },
): Promise<SealCertificate> {
  const row = await readRow(db, municipality.code);
  if (row) return row;
  const made = makeDevelopmentCertificate(municipality.name);
  await db.insertInto('document_certificate').values({
    municipality_code: municipality.code,
    p12: made.p12,
    passphrase: made.passphrase,
    certificate_pem: made.certificatePem,
    fingerprint_sha256: made.fingerprintSha256,
    not_after: made.notAfter,
  }).onConflict((oc) => oc.column('municipality_code').doNothing()).execute();
  const kept = await readRow(db, municipality.code);
  if (!kept) throw new Error('The sealing certificate was not kept.');
  return kept;
}

async function readRow(db: Db, code: string): Promise<SealCertificate | undefined> {
  const row = await db.selectFrom('document_certificate')
    .select(['p12', 'passphrase', 'certificate_pem'])
    .where('municipality_code', '=', code).executeTakeFirst();
  if (!row) return undefined;
  return {
    p12: new Uint8Array(row.p12), passphrase: row.passphrase, certificatePem: row.certificate_pem,
  };
}

/** A self-signed sealing certificate for development, as PKCS#12 under a fresh passphrase. */
export function makeDevelopmentCertificate(municipalityName: string): MadeCertificate {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 3072 });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString());
  const cert = selfSigned(forge.pki.publicKeyFromPem(
    publicKey.export({ type: 'spki', format: 'pem' }).toString()), key, municipalityName);
  const passphrase = randomBytes(24).toString('base64url');
  const p12Der = forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(key, [cert], passphrase, {
    algorithm: 'aes256', friendlyName: 'seal',
  })).getBytes();
  const certDer = forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes();
  return {
    p12: new Uint8Array(Buffer.from(p12Der, 'binary')),
    passphrase,
    certificatePem: forge.pki.certificateToPem(cert),
    fingerprintSha256: createHash('sha256').update(Buffer.from(certDer, 'binary'))
      .digest('hex'),
    notAfter: cert.validity.notAfter,
  };
}

function selfSigned(
  publicKey: forge.pki.PublicKey, key: forge.pki.rsa.PrivateKey, municipalityName: string,
): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  // A positive serial number of 16 random bytes (the first bit cleared).
  cert.serialNumber = `0${randomBytes(16).toString('hex').slice(1)}`;
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + VALID_YEARS * 365 * 24 * 3600_000);
  const name = [
    { name: 'commonName', value: `${municipalityName} - development seal`, valueTagClass: utf8 },
    { name: 'organizationName', value: municipalityName, valueTagClass: utf8 },
    { name: 'countryName', value: 'BE' },
  ];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(key, forge.md.sha256.create());
  return cert;
}

