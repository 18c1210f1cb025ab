import type { Db } from '../db/database.ts';
import { EngineError } from '../engine/errors.ts';
import {
  copySettings, defaultSettings, validateSettings, type CaseSettings,
} from '../process/index.ts';

export interface MunicipalityInput {
  code: string;
  name: { nl: string; fr: string; de: string; en: string };
  judicialDistrict: string;
  settings: CaseSettings;
}

export class InvalidSettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`The municipality's settings are not valid: ${problems.join('; ')}`);
    this.name = 'InvalidSettingsError';
  }
}

/** Adds a municipality or changes it; settings that break the process's limits are refused. */
export async function saveMunicipality(db: Db, input: MunicipalityInput): Promise<void> {
  const problems = validateSettings(input.settings);
  if (problems.length > 0) throw new InvalidSettingsError(problems);
  const values = {
    name: JSON.stringify(input.name),
    judicial_district: input.judicialDistrict,
    settings: JSON.stringify(input.settings),
  };
  await db.insertInto('municipality').values({ code: input.code, ...values })
    .onConflict((oc) => oc.column('code').doUpdateSet(values)).execute();
}

/** The settings a new case of this municipality starts with (read back and checked). */
export async function municipalitySettings(db: Db, code: string): Promise<CaseSettings> {
  const row = await db.selectFrom('municipality').select('settings')
    .where('code', '=', code).executeTakeFirst();
  if (!row) {
    throw new EngineError('municipality_not_served',
      `Municipality ${code} does not offer this service.`);
  }
  const settings = { ...copySettings(defaultSettings), ...row.settings } as CaseSettings;
  const problems = validateSettings(settings);
  if (problems.length > 0) throw new InvalidSettingsError(problems);
  return settings;
}
