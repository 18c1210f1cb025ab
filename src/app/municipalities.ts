import type { Insertable } from 'kysely';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import type { BailiffBillingTable, MunicipalityBillingTable } from '../db/schema.ts';
import { EngineError } from '../engine/errors.ts';
import {
  copySettings, defaultSettings, validateSettings, type CaseSettings,
} from '../process/index.ts';

export interface MunicipalityInput {
  code: string;
  name: { nl: string; fr: string; de: string; en: string };
  judicialDistrict: string;
  settings: CaseSettings;
  /** How to book a visit at the counter; needed where filing is at the counter. */
  counter?: CounterContact;
  /** The language of its messages to citizens who chose none (default Dutch). */
  language?: 'nl' | 'fr' | 'de' | 'en';
  /** Where civil affairs gets its notices by e-mail. */
  noticeEmail?: string;
  /** The municipality's page to report a move (https). */
  addressChangeUrl?: string;
}

type Texts = { nl: string; fr: string; de: string; en: string };

/** Where and when the municipality's counter receives citizens. */
export interface CounterContact {
  /** The municipality's booking page (https). */
  bookingUrl: string;
  /** The counter's phone number, as people dial it. */
  phone: string;
  /** Opening hours, one short text per screen language. */
  openingHours: Texts;
}

export class InvalidSettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`The municipality's settings are not valid: ${problems.join('; ')}`);
    this.name = 'InvalidSettingsError';
  }
}

/** Adds a municipality or changes it; settings that break the process's limits are refused. */
export async function saveMunicipality(db: Db, input: MunicipalityInput): Promise<void> {
  const problems = [...validateSettings(input.settings), ...counterProblems(input.counter)];
  if (problems.length > 0) throw new InvalidSettingsError(problems);
  const values = {
    name: JSON.stringify(input.name),
    judicial_district: input.judicialDistrict,
    settings: JSON.stringify(input.settings),
    counter_booking_url: input.counter?.bookingUrl ?? null,
    counter_phone: input.counter?.phone ?? null,
    counter_hours: input.counter ? JSON.stringify(input.counter.openingHours) : null,
    language: input.language ?? 'nl',
    notice_email: input.noticeEmail ?? null,
    address_change_url: input.addressChangeUrl ?? null,
  };
  await db.insertInto('municipality').values({ code: input.code, ...values })
    .onConflict((oc) => oc.column('code').doUpdateSet(values)).execute();
}

/**
 * The settings a new case of this municipality starts with, from its row (read back and
 * checked); none given: the municipality does not offer the service.
 */
export function settingsOf(
  code: string, stored: Record<string, unknown> | null | undefined,
): CaseSettings {
  if (stored === null || stored === undefined) {
    throw new EngineError('municipality_not_served',
      `Municipality ${code} does not offer this service.`);
  }
  const settings = { ...copySettings(defaultSettings), ...stored } as CaseSettings;
  const problems = validateSettings(settings);
  if (problems.length > 0) throw new InvalidSettingsError(problems);
  return settings;
}

const counterSchema = z.object({
  bookingUrl: z.string().url().refine((url) => url.startsWith('https://'), 'https only'),
  phone: z.string().regex(/^\+?[0-9 ./()-]{6,20}$/),
  openingHours: z.object({ nl: z.string().min(1), fr: z.string().min(1), de: z.string().min(1),
    en: z.string().min(1) }),
});

/** Every problem with the counter's contact, as `counter.<field>: <problem>`; empty: valid. */
export function counterProblems(counter: CounterContact | undefined): string[] {
  if (counter === undefined) return [];
  const parsed = counterSchema.safeParse(counter);
  return parsed.success ? []
    : parsed.error.issues.map((i) => `counter.${i.path.join('.')}: ${i.message}`);
}

/** A municipality's name and, when it gave them, its counter's booking page, phone and hours. */
export interface MunicipalityCounter {
  name: Texts;
  contact: CounterContact | undefined;
}

export async function municipalityCounter(
  db: Db, code: string,
): Promise<MunicipalityCounter | undefined> {
  const row = await db.selectFrom('municipality')
    .select(['name', 'counter_booking_url', 'counter_phone', 'counter_hours'])
    .where('code', '=', code).executeTakeFirst();
  if (!row) return undefined;
  const parsed = counterSchema.safeParse({ bookingUrl: row.counter_booking_url,
    phone: row.counter_phone, openingHours: row.counter_hours });
  return { name: row.name, contact: parsed.success ? parsed.data : undefined };
}

/**
 * The invoicing details of bailiffs' offices (sellers) and municipalities (buyers) that an
 * invoice needs (migration 0013); running it again adds nothing.
 */
export async function saveInvoicingDetails(
  db: Db,
  bailiffs: readonly Insertable<BailiffBillingTable>[],
  municipalities: readonly Insertable<MunicipalityBillingTable>[],
): Promise<void> {
  if (bailiffs.length > 0) {
    await db.insertInto('bailiff_billing').values([...bailiffs])
      .onConflict((oc) => oc.column('bailiff_id').doNothing()).execute();
  }
  if (municipalities.length > 0) {
    await db.insertInto('municipality_billing').values([...municipalities])
      .onConflict((oc) => oc.column('municipality_code').doNothing()).execute();
  }
}
