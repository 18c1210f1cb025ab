import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { defaultSettings, SERVICE_DAYS } from '../../process/index.ts';
import type { Lang } from '../i18n/index.ts';

/** What one municipality asks for the service: read from its settings. */
export interface MunicipalityOffer {
  code: string;
  name: Record<Lang, string>;
  jointFeeCents: number;
  depositCents: number;
  filingMode: 'online' | 'counter';
}

/** The product as the page and the catalogue entry show it. */
export interface ProductOffer {
  municipalities: MunicipalityOffer[];
  /** Service norms in days: the partner's answer, the bailiff's service, registration. */
  norms: { partnerAnswerDays: number; serviceDays: number; registrationWorkingDays: number };
}

const nameSchema = z.object({ nl: z.string(), fr: z.string(), de: z.string(), en: z.string() });
const settingsSchema = z.object({
  filingMode: z.enum(['online', 'counter']).default(defaultSettings.filingMode),
  depositCents: z.number().int().min(0).default(defaultSettings.depositCents),
  jointFeeCents: z.number().int().min(0).default(defaultSettings.jointFeeCents),
});

/** The municipalities that offer the service, sorted by their Dutch name. */
export async function loadOffer(db: Db): Promise<ProductOffer> {
  const rows = await db.selectFrom('municipality').select(['code', 'name', 'settings'])
    .execute();
  const municipalities = rows.map((row) => ({
    code: row.code,
    name: nameSchema.parse(row.name),
    ...settingsSchema.parse(row.settings),
  })).sort((a, b) => a.name.nl.localeCompare(b.name.nl, 'nl'));
  return { municipalities, norms: {
    partnerAnswerDays: defaultSettings.partnerAnswerDays,
    serviceDays: SERVICE_DAYS,
    registrationWorkingDays: defaultSettings.registrationWorkingDays,
  } };
}

export interface Range { min: number; max: number }

/** Lowest and highest of the values; undefined when there is none. */
export function range(values: number[]): Range | undefined {
  if (values.length === 0) return undefined;
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** An amount in euro in the language's Belgian format; whole euros without decimals. */
export function euro(lang: Lang, cents: number): string {
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat(`${lang}-BE`, {
    style: 'currency', currency: 'EUR', minimumFractionDigits: whole ? 0 : 2,
  }).format(cents / 100);
}
