import type { DocumentLanguage } from './documents.ts';

/** The words of the certificates, per language; Dutch is the source. */
const nl = {
  title: {
    receipt: 'Ontvangstbewijs van de verklaring tot beëindiging van de wettelijke samenwoning',
    declaration: 'Attest van de verklaring tot beëindiging van de wettelijke samenwoning',
    termination: 'Attest van beëindiging van de wettelijke samenwoning',
    household: 'Uittreksel uit het bevolkingsregister: samenstelling van het gezin',
  },
  reference: 'Dossiernummer',
  receiptNumber: 'Nummer van het ontvangstbewijs',
  receivedOn: 'Ontvangen op',
  kind: 'Soort verklaring',
  joint: 'gezamenlijke verklaring',
  unilateral: 'eenzijdige verklaring',
  partner: 'Partner',
  born: '{name}, geboren op {date}',
  signedBy: 'Ondertekend door',
  signature: '{name} op {date}',
  effectiveDate: 'Datum van beëindiging (registratie)',
  registerReference: 'Referentie in het Rijksregister',
  servedOn: 'Betekend door een gerechtsdeurwaarder op',
  address: 'Adres',
  member: 'Lid van het gezin',
  referencePerson: '{name}, geboren op {date} (referentiepersoon)',
  noHousehold: 'Geen woonplaats in België ingeschreven',
  issuedOn: 'Uitgereikt op',
  verificationHeading: 'Echtheid nagaan',
  codeLabel: 'Controlecode',
  explanation: 'Iedereen kan nagaan of dit attest echt en nog geldig is: open het adres '
    + 'hieronder (of scan de QR-code) en geef de controlecode in, of laad het PDF-bestand op.',
};

export type CertificateTexts = typeof nl;

const fr: CertificateTexts = {
  title: {
    receipt: 'Accusé de réception de la déclaration de cessation de cohabitation légale',
    declaration: 'Attestation de la déclaration de cessation de cohabitation légale',
    termination: 'Attestation de cessation de cohabitation légale',
    household: 'Extrait du registre de la population : composition de ménage',
  },
  reference: 'Numéro de dossier',
  receiptNumber: 'Numéro de l\'accusé de réception',
  receivedOn: 'Reçue le',
  kind: 'Type de déclaration',
  joint: 'déclaration conjointe',
  unilateral: 'déclaration unilatérale',
  partner: 'Partenaire',
  born: '{name}, né(e) le {date}',
  signedBy: 'Signée par',
  signature: '{name} le {date}',
  effectiveDate: 'Date de cessation (enregistrement)',
  registerReference: 'Référence au Registre national',
  servedOn: 'Signifiée par un huissier de justice le',
  address: 'Adresse',
  member: 'Membre du ménage',
  referencePerson: '{name}, né(e) le {date} (personne de référence)',
  noHousehold: 'Pas de domicile inscrit en Belgique',
  issuedOn: 'Délivrée le',
  verificationHeading: 'Vérifier l\'authenticité',
  codeLabel: 'Code de contrôle',
  explanation: 'Chacun peut vérifier que cette attestation est authentique et toujours '
    + 'valable : ouvrez l\'adresse ci-dessous (ou scannez le code QR) et saisissez le code de '
    + 'contrôle, ou chargez le fichier PDF.',
};

const de: CertificateTexts = {
  title: {
    receipt: 'Empfangsbestätigung der Erklärung zur Beendigung des gesetzlichen Zusammenwohnens',
    declaration: 'Bescheinigung der Erklärung zur Beendigung des gesetzlichen Zusammenwohnens',
    termination: 'Bescheinigung der Beendigung des gesetzlichen Zusammenwohnens',
    household: 'Auszug aus dem Bevölkerungsregister: Zusammensetzung des Haushalts',
  },
  reference: 'Aktenzeichen',
  receiptNumber: 'Nummer der Empfangsbestätigung',
  receivedOn: 'Eingegangen am',
  kind: 'Art der Erklärung',
  joint: 'gemeinsame Erklärung',
  unilateral: 'einseitige Erklärung',
  partner: 'Partner',
  born: '{name}, geboren am {date}',
  signedBy: 'Unterschrieben von',
  signature: '{name} am {date}',
  effectiveDate: 'Datum der Beendigung (Eintragung)',
  registerReference: 'Referenz im Nationalregister',
  servedOn: 'Von einem Gerichtsvollzieher zugestellt am',
  address: 'Adresse',
  member: 'Mitglied des Haushalts',
  referencePerson: '{name}, geboren am {date} (Referenzperson)',
  noHousehold: 'Kein Wohnsitz in Belgien eingetragen',
  issuedOn: 'Ausgestellt am',
  verificationHeading: 'Echtheit prüfen',
  codeLabel: 'Prüfcode',
  explanation: 'Jeder kann prüfen, ob diese Bescheinigung echt und noch gültig ist: Öffnen '
    + 'Sie die Adresse unten (oder scannen Sie den QR-Code) und geben Sie den Prüfcode ein, '
    + 'oder laden Sie die PDF-Datei hoch.',
};

const en: CertificateTexts = {
  title: {
    receipt: 'Receipt of the declaration ending a legal cohabitation',
    declaration: 'Certificate of the declaration ending a legal cohabitation',
    termination: 'Certificate of the end of a legal cohabitation',
    household: 'Extract from the population register: household composition',
  },
  reference: 'Case reference',
  receiptNumber: 'Receipt number',
  receivedOn: 'Received on',
  kind: 'Kind of declaration',
  joint: 'joint declaration',
  unilateral: 'unilateral declaration',
  partner: 'Partner',
  born: '{name}, born on {date}',
  signedBy: 'Signed by',
  signature: '{name} on {date}',
  effectiveDate: 'Date of the end (registration)',
  registerReference: 'National Register reference',
  servedOn: 'Served by a bailiff on',
  address: 'Address',
  member: 'Member of the household',
  referencePerson: '{name}, born on {date} (reference person)',
  noHousehold: 'No domicile registered in Belgium',
  issuedOn: 'Issued on',
  verificationHeading: 'Check that it is genuine',
  codeLabel: 'Verification code',
  explanation: 'Anyone can check that this certificate is genuine and still valid: open the '
    + 'address below (or scan the QR code) and enter the verification code, or upload the PDF file.',
};

export const certificateTexts: Record<DocumentLanguage, CertificateTexts> = { nl, fr, de, en };

export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
