// The product as a catalogue entry (JSON-LD), in the shape of the Flemish product catalogue
// IPDC/LPDC (OSLO vocabulary, on the EU's CPSV-AP): a public service with its requirements,
// procedure, costs, legal resources and competent authorities; each text in four languages.
import { languages, t, type MessageKey, type Params } from '../i18n/index.ts';
import { costSummary } from './cost-summary.ts';
import type { MunicipalityOffer, ProductOffer } from './offer.ts';

const context = {
  dct: 'http://purl.org/dc/terms/',
  cpsv: 'http://purl.org/vocab/cpsv#',
  m8g: 'http://data.europa.eu/m8g/',
  eli: 'http://data.europa.eu/eli/ontology#',
  besluit: 'http://data.vlaanderen.be/ns/besluit#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  schema: 'https://schema.org/',
  lpdc: 'https://productencatalogus.data.vlaanderen.be/ns/ipdc-lpdc#',
};

export interface LangString { '@value': string; '@language': string }

/** One message in every language, as language-tagged values. */
function texts(key: MessageKey, params: Params = {}): LangString[] {
  return languages.map((lang) => ({ '@value': t(lang, key, params), '@language': lang }));
}

/** Several messages per language, joined as paragraphs. */
function joined(...keys: [MessageKey, Params?][]): LangString[] {
  return languages.map((lang) => ({
    '@value': keys.map(([key, params]) => t(lang, key, params)).join('\n\n'),
    '@language': lang,
  }));
}

export function catalogueEntry(offer: ProductOffer, publicUrl: string) {
  const base = publicUrl.replace(/\/$/, '');
  return {
    '@context': context,
    '@id': `${base}/#product`,
    '@type': 'cpsv:PublicService',
    'dct:title': texts('product.title'),
    'dct:description': joined(['product.lead'], ['product.what.body']),
    'dct:language': languages,
    'schema:url': `${base}/`,
    'm8g:hasRequirement': requirements(),
    'cpsv:follows': procedure(offer, base),
    'm8g:hasCost': costs(offer.municipalities, base),
    'm8g:hasLegalResource': [{
      '@type': 'eli:LegalResource', 'dct:title': texts('product.law.body'),
    }],
    'm8g:hasCompetentAuthority': offer.municipalities.map((m) => authority(m, base)),
  };
}

function requirements() {
  return [
    { '@type': 'm8g:Requirement', 'dct:title': texts('product.who.heading'),
      'dct:description': joined(['product.who.body'], ['product.who.municipality']) },
    { '@type': 'm8g:Requirement', 'dct:title': texts('product.prepare.heading'),
      'dct:description': joined(['product.prepare.login'], ['product.prepare.partner']) },
  ];
}

function procedure(offer: ProductOffer, base: string) {
  const { norms } = offer;
  return [{
    '@type': 'cpsv:Rule',
    'dct:title': texts('product.what.heading'),
    'dct:description': joined(['product.what.joint'], ['product.what.unilateral'],
      ['product.what.after'], ['product.time.partner', { days: norms.partnerAnswerDays }],
      ['product.time.bailiff', { days: norms.serviceDays }],
      ['product.time.registration', { days: norms.registrationWorkingDays }]),
    'schema:url': `${base}/start`,
  }];
}

function costs(municipalities: MunicipalityOffer[], base: string) {
  const summaries = languages.map((lang) => ({ lang, summary: costSummary(lang, municipalities) }));
  const description = summaries.flatMap(({ lang, summary }) => (summary
    ? [{ '@value': `${summary.joint}\n\n${summary.unilateral}`, '@language': lang }] : []));
  if (description.length === 0) return [];
  return [
    { '@type': 'm8g:Cost', 'dct:title': texts('product.cost.heading'),
      'dct:description': description },
    ...municipalities.flatMap((m) => municipalityCosts(m, base)),
  ];
}

function municipalityCosts(m: MunicipalityOffer, base: string) {
  const cost = (key: MessageKey, cents: number) => ({
    '@type': 'm8g:Cost', 'dct:title': texts(key), 'm8g:value': (cents / 100).toFixed(2),
    'm8g:currency': 'EUR', 'm8g:isDefinedBy': { '@id': authorityId(m, base) },
  });
  return [
    cost('product.cost.jointColumn', m.jointFeeCents),
    cost('product.cost.unilateralColumn', m.depositCents),
  ];
}

function authorityId(m: MunicipalityOffer, base: string): string {
  return `${base}/#municipality-${encodeURIComponent(m.code)}`;
}

function authority(m: MunicipalityOffer, base: string) {
  return {
    '@id': authorityId(m, base),
    '@type': 'besluit:Bestuurseenheid',
    'dct:identifier': m.code,
    'skos:prefLabel': languages.map((lang) => ({ '@value': m.name[lang], '@language': lang })),
  };
}
