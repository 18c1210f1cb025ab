import { createHash, createPrivateKey, createSign, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import { Signer } from '@signpdf/utils';
import type { SealCertificate } from '../../app/documents.ts';

const asn1 = forge.asn1;
type Asn1 = forge.asn1.Asn1;

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  keyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
};

/**
 * A detached CMS signature in the shape PAdES baseline B-B asks for (ETSI EN 319 142-1):
 * SHA-256, signed attributes content-type, message-digest and ESS signing-certificate-v2,
 * and no signing-time attribute (the time goes in the signature dictionary's M entry).
 * `@signpdf/signer-p12` is not used because it adds signing-time and cannot add
 * signing-certificate-v2 (node-forge's PKCS#7 writer knows only three attributes).
 */
export class CadesSigner extends Signer {
  private readonly key: KeyObject;
  private readonly certDer: Buffer;

  constructor(certificate: SealCertificate) {
    super();
    ({ key: this.key, certDer: this.certDer } = opened(certificate));
  }

  override async sign(content: Buffer): Promise<Buffer> {
    const attributes = signedAttributes(content, this.certDer);
    const toSign = derOf(asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, attributes));
    const signature = createSign('sha256').update(toSign).sign(this.key);
    return derOf(contentInfo(this.certDer, attributes, signature));
  }
}

/**
 * Opened PKCS#12 files by the hash of their bytes and passphrase. Opening one derives its
 * key with PBKDF2 (thousands of SHA-1 rounds in JavaScript), far dearer than the seal itself;
 * a municipality seals many documents with the same file.
 */
const openedFiles = new Map<string, { key: KeyObject; certDer: Buffer }>();

function opened(certificate: SealCertificate) {
  const id = createHash('sha256').update(certificate.p12).update('\0')
    .update(certificate.passphrase).digest('hex');
  let found = openedFiles.get(id);
  if (!found) {
    const { key, cert } = openP12(certificate);
    found = {
      key: createPrivateKey(forge.pki.privateKeyToPem(key)),
      certDer: derOf(forge.pki.certificateToAsn1(cert)),
    };
    if (openedFiles.size >= 1000) openedFiles.clear();
    openedFiles.set(id, found);
  }
  return found;
}

function openP12(certificate: SealCertificate) {
  const der = forge.util.createBuffer(Buffer.from(certificate.p12).toString('binary'));
  const p12 = forge.pkcs12.pkcs12FromAsn1(asn1.fromDer(der), false, certificate.passphrase);
  const keyBag = p12.getBags({ bagType: OID.keyBag })[OID.keyBag]?.[0];
  const certBag = p12.getBags({ bagType: OID.certBag })[OID.certBag]?.[0];
  if (!keyBag?.key || !certBag?.cert) {
    throw new Error('The PKCS#12 file holds no private key with its certificate.');
  }
  return { key: keyBag.key as forge.pki.rsa.PrivateKey, cert: certBag.cert };
}

/** The signed attributes, DER-sorted as a SET OF must be. */
function signedAttributes(content: Buffer, certDer: Buffer): Asn1[] {
  const attributes = [
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.messageDigest, octets(sha256(content))),
    attribute(OID.signingCertificateV2, seq([seq([seq([octets(sha256(certDer))])])])),
  ];
  return attributes.map((a) => ({ a, der: derOf(a) }))
    .sort((x, y) => Buffer.compare(x.der, y.der)).map((x) => x.a);
}

function contentInfo(certDer: Buffer, attributes: Asn1[], signature: Buffer): Asn1 {
  const certificate = asn1.fromDer(forge.util.createBuffer(certDer.toString('binary')));
  const signedData = seq([
    integer(1),
    set([seq([oid(OID.sha256)])]),
    seq([oid(OID.data)]),
    contextTag(0, [certificate]),
    set([signerInfo(certificate, attributes, signature)]),
  ]);
  return seq([oid(OID.signedData), contextTag(0, [signedData])]);
}

function signerInfo(certificate: Asn1, attributes: Asn1[], signature: Buffer): Asn1 {
  return seq([
    integer(1),
    issuerAndSerial(certificate),
    seq([oid(OID.sha256)]),
    contextTag(0, attributes),
    seq([oid(OID.sha256WithRsa), asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, '')]),
    octets(signature),
  ]);
}

/** Issuer and serial number exactly as the certificate encodes them (no re-encoding). */
function issuerAndSerial(certificate: Asn1): Asn1 {
  const tbs = children(children(certificate)[0]);
  const serial = tbs[1];
  const issuer = tbs[3];
  if (!serial || !issuer) throw new Error('The certificate has no issuer or serial number.');
  return seq([issuer, serial]);
}

function children(node: Asn1 | undefined): Asn1[] {
  if (!node || typeof node.value === 'string') throw new Error('Unexpected certificate shape.');
  return node.value;
}

function attribute(type: string, value: Asn1): Asn1 {
  return seq([oid(type), set([value])]);
}

function seq(items: Asn1[]): Asn1 {
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, items);
}

function set(items: Asn1[]): Asn1 {
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, items);
}

function contextTag(tag: number, items: Asn1[]): Asn1 {
  return asn1.create(asn1.Class.CONTEXT_SPECIFIC, tag, true, items);
}

function oid(dotted: string): Asn1 {
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false,
    asn1.oidToDer(dotted).getBytes());
}

function octets(bytes: Buffer): Asn1 {
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false,
    bytes.toString('binary'));
}

function integer(value: number): Asn1 {
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false,
    asn1.integerToDer(value).getBytes());
}

function sha256(bytes: Buffer): Buffer {
  return createHash('sha256').update(bytes).digest();
}

function derOf(node: Asn1): Buffer {
  return Buffer.from(asn1.toDer(node).getBytes(), 'binary');
}
