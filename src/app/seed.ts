import type { Db } from '../db/database.ts';
import { withTransaction } from '../db/transaction.ts';
import { demoMunicipalities, seedRegister } from '../adapters/register-simulator/demo-people.ts';
import { copySettings, defaultSettings, type CaseSettings } from '../process/index.ts';
import { saveMunicipality, type MunicipalityInput } from './municipalities.ts';

const { gent, leuven, antwerpen, namur, eupen } = demoMunicipalities;

function settings(overrides: Partial<CaseSettings> = {}): CaseSettings {
  return { ...copySettings(defaultSettings), ...overrides };
}

/** Demo municipalities: each filing mode, review before registration or not, other deposits. */
export const demoMunicipalityList: MunicipalityInput[] = [
  { code: gent, judicialDistrict: 'Oost-Vlaanderen',
    name: { nl: 'Gent', fr: 'Gand', de: 'Gent', en: 'Ghent' },
    settings: settings({ depositCents: 27_500 }) },
  { code: leuven, judicialDistrict: 'Leuven',
    name: { nl: 'Leuven', fr: 'Louvain', de: 'Löwen', en: 'Leuven' },
    settings: settings({ filingMode: 'counter', depositCents: 30_000, jointFeeCents: 2_500 }) },
  { code: antwerpen, judicialDistrict: 'Antwerpen',
    name: { nl: 'Antwerpen', fr: 'Anvers', de: 'Antwerpen', en: 'Antwerp' },
    settings: settings({ reviewBeforeRegistration: true, depositCents: 32_000 }) },
  { code: namur, judicialDistrict: 'Namur',
    name: { nl: 'Namen', fr: 'Namur', de: 'Namür', en: 'Namur' },
    settings: settings({ depositCents: 22_000 }) },
  { code: eupen, judicialDistrict: 'Eupen',
    name: { nl: 'Eupen', fr: 'Eupen', de: 'Eupen', en: 'Eupen' },
    settings: settings({ depositCents: 20_000 }) },
];

/** Fictitious bailiffs' offices, two or three per judicial district. */
export const demoBailiffs = [
  { id: 'bailiff-ovl-1', name: 'Gerechtsdeurwaarderskantoor Voorbeeld', judicial_district: 'Oost-Vlaanderen' },
  { id: 'bailiff-ovl-2', name: 'Deurwaarders Proefmans & Co', judicial_district: 'Oost-Vlaanderen' },
  { id: 'bailiff-leu-1', name: 'Kantoor Testelinck', judicial_district: 'Leuven' },
  { id: 'bailiff-leu-2', name: 'Deurwaarder Oefenberg', judicial_district: 'Leuven' },
  { id: 'bailiff-ant-1', name: 'Kantoor Staalkaart', judicial_district: 'Antwerpen' },
  { id: 'bailiff-ant-2', name: 'Deurwaarders Monsterhof', judicial_district: 'Antwerpen' },
  { id: 'bailiff-ant-3', name: 'Kantoor Proefdruk', judicial_district: 'Antwerpen' },
  { id: 'bailiff-nam-1', name: 'Étude Exemplaire', judicial_district: 'Namur' },
  { id: 'bailiff-nam-2', name: 'Huissiers Modèle & Associés', judicial_district: 'Namur' },
  { id: 'bailiff-eup-1', name: 'Gerichtsvollzieher Beispielmann', judicial_district: 'Eupen' },
];

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
    await seedRegister(trx);
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
