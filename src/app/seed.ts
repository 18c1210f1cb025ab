import type { Db } from '../db/database.ts';
import { withTransaction } from '../db/transaction.ts';
import { demoMunicipalities, seedRegister } from '../adapters/register-simulator/demo-people.ts';
import { copySettings, defaultSettings, type CaseSettings } from '../process/index.ts';
import { saveInvoicingDetails, saveMunicipality, type MunicipalityInput } from './municipalities.ts';

const { gent, leuven, antwerpen, namur, eupen } = demoMunicipalities;

function settings(overrides: Partial<CaseSettings> = {}): CaseSettings {
  return { ...copySettings(defaultSettings), ...overrides };
}

/** Leuven files at the counter: where to book the visit (fictitious address and number). */
const leuvenCounter = {
  bookingUrl: 'https://afspraak.leuven.example/burgerzaken',
  phone: '+32 16 00 00 00',
  openingHours: {
    nl: 'maandag tot vrijdag van 9 tot 12.30 uur, donderdag ook van 14 tot 19 uur',
    fr: 'du lundi au vendredi de 9 h à 12 h 30, le jeudi aussi de 14 h à 19 h',
    de: 'Montag bis Freitag von 9 bis 12.30 Uhr, donnerstags auch von 14 bis 19 Uhr',
    en: 'Monday to Friday from 9 am to 12.30 pm, Thursday also from 2 pm to 7 pm',
  },
};

/** Demo municipalities: each filing mode, review before registration or not, other deposits. */
export const demoMunicipalityList: MunicipalityInput[] = [
  { code: gent, judicialDistrict: 'Oost-Vlaanderen',
    name: { nl: 'Gent', fr: 'Gand', de: 'Gent', en: 'Ghent' },
    settings: settings({ depositCents: 27_500 }),
    noticeEmail: 'burgerzaken@gent.example',
    addressChangeUrl: 'https://www.gent.example/verhuizen' },
  { code: leuven, judicialDistrict: 'Leuven',
    name: { nl: 'Leuven', fr: 'Louvain', de: 'Löwen', en: 'Leuven' },
    settings: settings({ filingMode: 'counter', depositCents: 30_000, jointFeeCents: 2_500 }),
    counter: leuvenCounter, noticeEmail: 'burgerzaken@leuven.example',
    addressChangeUrl: 'https://www.leuven.example/verhuizen' },
  { code: antwerpen, judicialDistrict: 'Antwerpen',
    name: { nl: 'Antwerpen', fr: 'Anvers', de: 'Antwerpen', en: 'Antwerp' },
    settings: settings({ reviewBeforeRegistration: true, depositCents: 32_000 }),
    noticeEmail: 'burgerzaken@antwerpen.example',
    addressChangeUrl: 'https://www.antwerpen.example/verhuizen' },
  { code: namur, judicialDistrict: 'Namur',
    name: { nl: 'Namen', fr: 'Namur', de: 'Namür', en: 'Namur' },
    settings: settings({ depositCents: 22_000 }),
    language: 'fr', noticeEmail: 'etat-civil@namur.example',
    addressChangeUrl: 'https://www.namur.example/demenager' },
  { code: eupen, judicialDistrict: 'Eupen',
    name: { nl: 'Eupen', fr: 'Eupen', de: 'Eupen', en: 'Eupen' },
    settings: settings({ depositCents: 20_000 }),
    language: 'de', noticeEmail: 'standesamt@eupen.example',
    addressChangeUrl: 'https://www.eupen.example/umzug' },
];

/** Fictitious bailiffs' offices, two or three per judicial district. */
export const demoBailiffs = [
  { id: 'bailiff-ovl-1', name: 'Gerechtsdeurwaarderskantoor Voorbeeld',
    judicial_district: 'Oost-Vlaanderen', email: 'bailiff-ovl-1@bailiffs.example' },
  { id: 'bailiff-ovl-2', name: 'Deurwaarders Proefmans & Co',
    judicial_district: 'Oost-Vlaanderen', email: 'bailiff-ovl-2@bailiffs.example' },
  { id: 'bailiff-leu-1', name: 'Kantoor Testelinck',
    judicial_district: 'Leuven', email: 'bailiff-leu-1@bailiffs.example' },
  { id: 'bailiff-leu-2', name: 'Deurwaarder Oefenberg',
    judicial_district: 'Leuven', email: 'bailiff-leu-2@bailiffs.example' },
  { id: 'bailiff-ant-1', name: 'Kantoor Staalkaart',
    judicial_district: 'Antwerpen', email: 'bailiff-ant-1@bailiffs.example' },
  { id: 'bailiff-ant-2', name: 'Deurwaarders Monsterhof',
    judicial_district: 'Antwerpen', email: 'bailiff-ant-2@bailiffs.example' },
  { id: 'bailiff-ant-3', name: 'Kantoor Proefdruk',
    judicial_district: 'Antwerpen', email: 'bailiff-ant-3@bailiffs.example' },
  { id: 'bailiff-nam-1', name: 'Étude Exemplaire',
    judicial_district: 'Namur', email: 'bailiff-nam-1@bailiffs.example' },
  { id: 'bailiff-nam-2', name: 'Huissiers Modèle & Associés',
    judicial_district: 'Namur', email: 'bailiff-nam-2@bailiffs.example' },
  { id: 'bailiff-eup-1', name: 'Gerichtsvollzieher Beispielmann',
    judicial_district: 'Eupen', email: 'bailiff-eup-1@bailiffs.example' },
];

/**
 * What the demo bailiffs' invoices need (migration 0013): fictitious enterprise numbers in
 * the unused 0999 range with valid mod-97 check digits, the VAT numbers made of them, and
 * IBANs with valid check digits (ISO 13616 and the Belgian account check).
 */
const office = (bailiff_id: string, n: string, iban: string, street: string,
  postal_code: string, city: string) => ({
  bailiff_id, enterprise_number: n, vat_number: `BE${n}`, iban, street, postal_code, city,
});
export const demoBailiffBilling = [
  office('bailiff-ovl-1', '0999010126', 'BE82000999000168', 'Kouter 101', '9000', 'Gent'),
  office('bailiff-ovl-2', '0999010225', 'BE71000999000269', 'Coupure 12', '9000', 'Gent'),
  office('bailiff-leu-1', '0999010324', 'BE60000999000370', 'Bondgenotenlaan 30', '3000', 'Leuven'),
  office('bailiff-leu-2', '0999010423', 'BE49000999000471', 'Tiensestraat 8', '3000', 'Leuven'),
  office('bailiff-ant-1', '0999010522', 'BE38000999000572', 'Meir 50', '2000', 'Antwerpen'),
  office('bailiff-ant-2', '0999010621', 'BE27000999000673', 'Frankrijklei 7', '2000', 'Antwerpen'),
  office('bailiff-ant-3', '0999010720', 'BE16000999000774', 'Mechelsesteenweg 4', '2018', 'Antwerpen'),
  office('bailiff-nam-1', '0999010819', 'BE05000999000875', 'Rue de Fer 20', '5000', 'Namur'),
  office('bailiff-nam-2', '0999010918', 'BE91000999000976', 'Rue de Bruxelles 3', '5000', 'Namur'),
  office('bailiff-eup-1', '0999011017', 'BE80000999001077', 'Klosterstraße 5', '4700', 'Eupen'),
];

/** The demo municipalities as buyers of bailiffs' invoices (fictitious numbers, 0999 range). */
export const demoMunicipalityBilling = [
  { municipality_code: gent, legal_name: 'Stad Gent', enterprise_number: '0999020123',
    street: 'Botermarkt 1', postal_code: '9000', city: 'Gent' },
  { municipality_code: leuven, legal_name: 'Stad Leuven', enterprise_number: '0999020222',
    street: 'Professor Van Overstraetenplein 1', postal_code: '3000', city: 'Leuven' },
  { municipality_code: antwerpen, legal_name: 'Stad Antwerpen', enterprise_number: '0999020321',
    street: 'Grote Markt 1', postal_code: '2000', city: 'Antwerpen' },
  { municipality_code: namur, legal_name: 'Ville de Namur', enterprise_number: '0999020420',
    street: 'Esplanade de l\'Hôtel de Ville 1', postal_code: '5000', city: 'Namur' },
  { municipality_code: eupen, legal_name: 'Stadt Eupen', enterprise_number: '0999020519',
    street: 'Rathausplatz 14', postal_code: '4700', city: 'Eupen' },
];

/**
 * Demo people who confirmed an e-mail address or a mobile number (fictitious: example.be and
 * numbers that no operator hands out), so that mail and SMS show on /dev/messages at once.
 */
export const demoContactPreferences = [
  { person_id: '85073092113', language: 'nl', email: 'jan.voorbeeld@example.be', phone: null },
  { person_id: '87031292281', language: null, email: null, phone: '+32470000001' },
  { person_id: '75061492182', language: 'fr', email: 'jean.exemple@example.be', phone: null },
  { person_id: '70010592118', language: 'de', email: 'hans.beispiel@example.be',
    phone: '+32470000002' },
] as const;

async function seedContactPreferences(db: Db): Promise<void> {
  const now = new Date();
  await db.insertInto('contact_preference').values(demoContactPreferences.map((p) => ({
    ...p, updated_at: now,
    email_confirmed_at: p.email ? now : null, email_wanted: p.email !== null,
    phone_confirmed_at: p.phone ? now : null, sms_wanted: p.phone !== null,
  }))).onConflict((oc) => oc.column('person_id').doNothing()).execute();
}

export interface SeedSummary {
  municipalities: number;
  bailiffs: number;
  people: number;
}

/** Loads the demo municipalities, bailiffs and register people; running it again adds nothing. */
export async function seedDemo(db: Db): Promise<SeedSummary> {
  return withTransaction(db, async (trx) => {
    for (const municipality of demoMunicipalityList) await saveMunicipality(trx, municipality);
    await trx.insertInto('bailiff').values(demoBailiffs)
      .onConflict((oc) => oc.column('id').doNothing()).execute();
    await saveInvoicingDetails(trx, demoBailiffBilling, demoMunicipalityBilling);
    await seedRegister(trx);
    await seedContactPreferences(trx);
    const people = await trx.selectFrom('register_person')
      .select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return {
      municipalities: demoMunicipalityList.length,
      bailiffs: demoBailiffs.length,
      people: Number(people.n),
    };
  });
}

/** True when the database has no municipality yet: `npm start` then seeds it. */
export async function isEmpty(db: Db): Promise<boolean> {
  const row = await db.selectFrom('municipality').select('code').limit(1).executeTakeFirst();
  return row === undefined;
}
