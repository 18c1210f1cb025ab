import type { AssuranceLevel, DocumentLanguage } from '../../app/documents.ts';

/**
 * The declaration's words in each language. Limitation: they live here, not in the web
 * layer's message files, until documents and pages share one message catalogue.
 */
export interface DeclarationTexts {
  title: string;
  legalBasis: string;
  reference: string;
  date: string;
  municipality: string;
  kind: Record<'joint' | 'unilateral', string>;
  declarant: string;
  partner: string;
  surname: string;
  firstNames: string;
  birthPlace: string;
  birthDate: string;
  domicile: string;
  will: Record<'joint' | 'unilateral', string>;
  signatures: string;
  signedBy: string;
  assurance: string;
  assuranceLevel: Record<AssuranceLevel, string>;
  time: string;
  contentHash: string;
  signerHash: string;
  bindingNote: string;
  noSignature: string;
}

const nl: DeclarationTexts = {
  title: 'Verklaring van beëindiging van wettelijke samenwoning',
  legalBasis: 'Burgerlijk Wetboek, oud artikel 1476',
  reference: 'Dossier',
  date: 'Datum van de verklaring',
  municipality: 'Gemeente',
  kind: { joint: 'Gezamenlijke verklaring', unilateral: 'Eenzijdige verklaring' },
  declarant: 'Verklaarder',
  partner: 'Partner',
  surname: 'Naam',
  firstNames: 'Voornamen',
  birthPlace: 'Geboorteplaats',
  birthDate: 'Geboortedatum',
  domicile: 'Woonplaats',
  will: {
    joint: 'Beide partners verklaren samen dat zij hun wettelijke samenwoning beëindigen.',
    unilateral: 'De verklaarder verklaart de wettelijke samenwoning met de partner te '
      + 'beëindigen.',
  },
  signatures: 'Handtekeningen',
  signedBy: 'Ondertekend door',
  assurance: 'Betrouwbaarheidsniveau van de aanmelding',
  assuranceLevel: { low: 'laag', substantial: 'substantieel', high: 'hoog' },
  time: 'Tijdstip',
  contentHash: 'Vingerafdruk van de inhoud (SHA-256)',
  signerHash: 'Vingerafdruk gebonden aan de ondertekenaar (SHA-256)',
  bindingNote: 'Het rijksregisternummer zit verborgen in de vingerafdruk van de ondertekenaar.',
  noSignature: 'Nog niet ondertekend.',
};

const fr: DeclarationTexts = {
  title: 'Déclaration de cessation de cohabitation légale',
  legalBasis: 'Code civil, ancien article 1476',
  reference: 'Dossier',
  date: 'Date de la déclaration',
  municipality: 'Commune',
  kind: { joint: 'Déclaration conjointe', unilateral: 'Déclaration unilatérale' },
  declarant: 'Déclarant',
  partner: 'Partenaire',
  surname: 'Nom',
  firstNames: 'Prénoms',
  birthPlace: 'Lieu de naissance',
  birthDate: 'Date de naissance',
  domicile: 'Domicile',
  will: {
    joint: 'Les deux partenaires déclarent ensemble mettre fin à leur cohabitation légale.',
    unilateral: 'Le déclarant déclare mettre fin à la cohabitation légale avec le partenaire.',
  },
  signatures: 'Signatures',
  signedBy: 'Signé par',
  assurance: 'Niveau de garantie de la connexion',
  assuranceLevel: { low: 'faible', substantial: 'substantiel', high: 'élevé' },
  time: 'Moment',
  contentHash: 'Empreinte du contenu (SHA-256)',
  signerHash: 'Empreinte liée au signataire (SHA-256)',
  bindingNote: 'Le numéro de registre national est caché dans l\'empreinte du signataire.',
  noSignature: 'Pas encore signée.',
};

const de: DeclarationTexts = {
  title: 'Erklärung über die Beendigung des gesetzlichen Zusammenwohnens',
  legalBasis: 'Gemäß Zivilgesetzbuch, alter Artikel 1476',
  reference: 'Akte',
  date: 'Datum der Erklärung',
  municipality: 'Gemeinde',
  kind: { joint: 'Gemeinsame Erklärung', unilateral: 'Einseitige Erklärung' },
  declarant: 'Erklärende Person',
  partner: 'Partner',
  surname: 'Name',
  firstNames: 'Vornamen',
  birthPlace: 'Geburtsort',
  birthDate: 'Geburtsdatum',
  domicile: 'Wohnsitz',
  will: {
    joint: 'Beide Partner erklären gemeinsam, ihr gesetzliches Zusammenwohnen zu beenden.',
    unilateral: 'Die erklärende Person erklärt, das gesetzliche Zusammenwohnen mit dem '
      + 'Partner zu beenden.',
  },
  signatures: 'Unterschriften',
  signedBy: 'Unterzeichnet von',
  assurance: 'Vertrauensniveau der Anmeldung',
  assuranceLevel: { low: 'niedrig', substantial: 'substanziell', high: 'hoch' },
  time: 'Zeitpunkt',
  contentHash: 'Fingerabdruck des Inhalts (SHA-256)',
  signerHash: 'Fingerabdruck, an die unterzeichnende Person gebunden (SHA-256)',
  bindingNote: 'Die Nationalregisternummer ist im Fingerabdruck der Person verborgen.',
  noSignature: 'Noch nicht unterzeichnet.',
};

const en: DeclarationTexts = {
  title: 'Declaration ending a legal cohabitation',
  legalBasis: 'Civil Code, old article 1476',
  reference: 'Case',
  date: 'Date of the declaration',
  municipality: 'Municipality',
  kind: { joint: 'Joint declaration', unilateral: 'Unilateral declaration' },
  declarant: 'Declarant',
  partner: 'Partner',
  surname: 'Surname',
  firstNames: 'First names',
  birthPlace: 'Place of birth',
  birthDate: 'Date of birth',
  domicile: 'Domicile',
  will: {
    joint: 'Both partners declare together that they end their legal cohabitation.',
    unilateral: 'The declarant declares that they end the legal cohabitation with the partner.',
  },
  signatures: 'Signatures',
  signedBy: 'Signed by',
  assurance: 'Assurance level of the sign-in',
  assuranceLevel: { low: 'low', substantial: 'substantial', high: 'high' },
  time: 'Time',
  contentHash: 'Fingerprint of the content (SHA-256)',
  signerHash: 'Fingerprint bound to the signer (SHA-256)',
  bindingNote: 'The national number is hidden inside the signer\'s fingerprint.',
  noSignature: 'Not signed yet.',
};

export const declarationTexts: Record<DocumentLanguage, DeclarationTexts> = { nl, fr, de, en };
