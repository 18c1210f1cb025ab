// A municipality's settings as its administrator changes them: the process's settings (filing
// mode, deposit and fee, deadlines and reminders, the registration norm, review before
// registration), the counter's contact, and the bailiffs of its judicial district.
//
// A case captures the process's settings when it starts (CaseStarted), so a change applies to
// cases started afterwards only. Every change is kept with who made it and when. Each save
// names the settings version it was made on; when another administrator saved in the meantime
// the save is refused as a conflict, and nothing is written.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import {
  copySettings, defaultSettings, validateSettings, type CaseSettings,
} from '../../process/index.ts';
import { counterProblems, type CounterContact } from '../municipalities.ts';

type Texts = { nl: string; fr: string; de: string; en: string };

/** Who changes the settings: an administrator of the municipality. */
export interface SettingsEditor {
  subject: string;
  name: string;
  municipality: string;
}

export interface DistrictBailiff {
  id: string;
  name: string;
  email: string | null;
  available: boolean;
  lastEngagedAt: Date | null;
}

export interface SettingsChange {
  section: 'process' | 'counter' | 'bailiffs' | 'texts';
  changes: { field: string; from: unknown; to: unknown }[];
  staffName: string;
  changedAt: Date;
}

export interface SettingsOverview {
  /** The version a save must name. */
  version: number;
  name: Texts;
  judicialDistrict: string;
  settings: CaseSettings;
  counter: { bookingUrl: string | null; phone: string | null; openingHours: Texts | null };
  bailiffs: DistrictBailiff[];
  /** The latest changes first. */
  changes: SettingsChange[];
}

/**
 * The outcome of a save: saved (also when nothing changed: then nothing is written), a conflict with a change made in
 * the meantime, or the problems of the input, each starting with the field it is about.
 */
export type SaveOutcome =
  | { outcome: 'saved' }
  | { outcome: 'conflict' }
  | { outcome: 'invalid'; problems: string[] }
  | { outcome: 'not_found' };

const CHANGES_SHOWN = 50;

export async function settingsOverview(db: Db, municipality: string): Promise<SettingsOverview> {
  const row = await db.selectFrom('municipality').selectAll()
    .where('code', '=', municipality).executeTakeFirstOrThrow();
  const bailiffs = await db.selectFrom('bailiff')
    .select(['id', 'name', 'email', 'available', 'last_engaged_at'])
    .where('judicial_district', '=', row.judicial_district).orderBy('name').orderBy('id').execute();
  const changes = await db.selectFrom('municipality_settings_change')
    .select(['section', 'changes', 'staff_name', 'changed_at'])
    .where('municipality', '=', municipality)
    .orderBy('changed_at', 'desc').orderBy('id', 'desc').limit(CHANGES_SHOWN).execute();
  return {
    version: row.settings_version,
    name: row.name,
    judicialDistrict: row.judicial_district,
    settings: currentSettings(row.settings),
    counter: { bookingUrl: row.counter_booking_url, phone: row.counter_phone,
      openingHours: row.counter_hours },
    bailiffs: bailiffs.map((b) => ({ id: b.id, name: b.name, email: b.email,
      available: b.available, lastEngagedAt: b.last_engaged_at })),
    changes: changes.map((c) => ({ section: c.section, changes: c.changes,
      staffName: c.staff_name, changedAt: c.changed_at })),
  };
}

function currentSettings(stored: Record<string, unknown>): CaseSettings {
  return { ...copySettings(defaultSettings), ...stored } as CaseSettings;
}

/**
 * Claims the next settings version for a change: false when another change was saved since
 * `version` (the caller then writes nothing).
 */
async function claimVersion(db: Db, municipality: string, version: number): Promise<boolean> {
  const result = await db.updateTable('municipality')
    .set((eb) => ({ settings_version: eb('settings_version', '+', 1) }))
    .where('code', '=', municipality).where('settings_version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

async function record(db: Db, editor: SettingsEditor, section: SettingsChange['section'],
  changes: SettingsChange['changes'], now: Date): Promise<void> {
  await db.insertInto('municipality_settings_change').values({
    municipality: editor.municipality, section, changes: JSON.stringify(changes),
    staff_subject: editor.subject, staff_name: editor.name, changed_at: now,
  }).execute();
}

function differences<T extends object>(before: T, after: T, fields: readonly (keyof T & string)[]) {
  return fields
    .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({ field, from: before[field] as unknown, to: after[field] as unknown }));
}

const settingFields = Object.keys(defaultSettings) as (keyof CaseSettings & string)[];

/**
 * The process's settings for cases started from now on, checked by the process's own rules
 * (`validateSettings`). Filing at the counter needs the counter's contact first: citizens are
 * told where and when to come.
 */
export async function saveProcessSettings(db: Db, editor: SettingsEditor, version: number,
  settings: CaseSettings, now: Date): Promise<SaveOutcome> {
  const problems = validateSettings(settings);
  if (problems.length > 0) return { outcome: 'invalid', problems };
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('municipality')
      .select(['settings', 'counter_booking_url', 'counter_phone', 'counter_hours'])
      .where('code', '=', editor.municipality).executeTakeFirstOrThrow();
    if (settings.filingMode === 'counter' && counterProblems({
      bookingUrl: row.counter_booking_url ?? '', phone: row.counter_phone ?? '',
      openingHours: row.counter_hours ?? { nl: '', fr: '', de: '', en: '' },
    }).length > 0) {
      return { outcome: 'invalid', problems: ['filingMode: the counter needs its contact first'] };
    }
    const changes = differences(currentSettings(row.settings), settings, settingFields);
    if (changes.length === 0) return { outcome: 'saved' };
    if (!(await claimVersion(trx, editor.municipality, version))) return { outcome: 'conflict' };
    await trx.updateTable('municipality').set({ settings: JSON.stringify(copySettings(settings)) })
      .where('code', '=', editor.municipality).execute();
    await record(trx, editor, 'process', changes, now);
    return { outcome: 'saved' };
  });
}

/** Where and when the counter receives citizens (shown on cases waiting for a visit). */
export async function saveCounterContact(db: Db, editor: SettingsEditor, version: number,
  counter: CounterContact, now: Date): Promise<SaveOutcome> {
  const problems = counterProblems(counter);
  if (problems.length > 0) return { outcome: 'invalid', problems };
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('municipality')
      .select(['counter_booking_url', 'counter_phone', 'counter_hours'])
      .where('code', '=', editor.municipality).executeTakeFirstOrThrow();
    const before = { bookingUrl: row.counter_booking_url, phone: row.counter_phone,
      openingHours: row.counter_hours };
    const changes = differences(before, counter, ['bookingUrl', 'phone', 'openingHours']);
    if (changes.length === 0) return { outcome: 'saved' };
    if (!(await claimVersion(trx, editor.municipality, version))) return { outcome: 'conflict' };
    await trx.updateTable('municipality').set({
      counter_booking_url: counter.bookingUrl, counter_phone: counter.phone,
      counter_hours: JSON.stringify(counter.openingHours),
    }).where('code', '=', editor.municipality).execute();
    await record(trx, editor, 'counter', changes, now);
    return { outcome: 'saved' };
  });
}

async function districtOf(db: Db, municipality: string): Promise<string> {
  const row = await db.selectFrom('municipality').select('judicial_district')
    .where('code', '=', municipality).executeTakeFirstOrThrow();
  return row.judicial_district;
}

/**
 * A bailiff of the municipality's judicial district marked available or not: an unavailable
 * bailiff is skipped when a bailiff is engaged. Another district's bailiff: not found.
 */
export async function setBailiffAvailable(db: Db, editor: SettingsEditor, version: number,
  bailiffId: string, available: boolean, now: Date): Promise<SaveOutcome> {
  return db.transaction().execute(async (trx) => {
    const district = await districtOf(trx, editor.municipality);
    const bailiff = await trx.selectFrom('bailiff').select(['name', 'available'])
      .where('id', '=', bailiffId).where('judicial_district', '=', district).executeTakeFirst();
    if (!bailiff) return { outcome: 'not_found' };
    if (bailiff.available === available) return { outcome: 'saved' };
    if (!(await claimVersion(trx, editor.municipality, version))) return { outcome: 'conflict' };
    await trx.updateTable('bailiff').set({ available }).where('id', '=', bailiffId).execute();
    await record(trx, editor, 'bailiffs', [{ field: 'available',
      from: { bailiff: bailiff.name, available: bailiff.available },
      to: { bailiff: bailiff.name, available } }], now);
    return { outcome: 'saved' };
  });
}

const newBailiff = z.object({
  name: z.string().trim().min(2).max(200),
  email: z.string().trim().max(254).email(),
});

/** A bailiff added to the municipality's judicial district, available at once. */
export async function addBailiff(db: Db, editor: SettingsEditor, version: number,
  input: { name: string; email: string }, now: Date): Promise<SaveOutcome> {
  const parsed = newBailiff.safeParse(input);
  if (!parsed.success) {
    return { outcome: 'invalid',
      problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  }
  return db.transaction().execute(async (trx) => {
    const district = await districtOf(trx, editor.municipality);
    if (!(await claimVersion(trx, editor.municipality, version))) return { outcome: 'conflict' };
    await trx.insertInto('bailiff').values({ id: `bailiff-${randomUUID()}`,
      name: parsed.data.name, email: parsed.data.email, judicial_district: district }).execute();
    await record(trx, editor, 'bailiffs', [{ field: 'added', from: null,
      to: { bailiff: parsed.data.name, email: parsed.data.email } }], now);
    return { outcome: 'saved' };
  });
}

export type TextLanguage = 'nl' | 'fr' | 'de' | 'en';
export const textLanguages: readonly TextLanguage[] = ['nl', 'fr', 'de', 'en'];
const MAX_TEXT = 2000;

/** The municipality's own body text of a citizen's message in a language, if it set one. */
export async function municipalityMessageText(db: Db, municipality: string, template: string,
  language: TextLanguage): Promise<string | undefined> {
  const row = await db.selectFrom('municipality_message_text').select('body')
    .where('municipality', '=', municipality).where('template', '=', template)
    .where('language', '=', language).executeTakeFirst();
  return row?.body;
}

/** The municipality's own texts of one message, per language ('' where it uses the service's). */
export async function messageTextsOf(db: Db, municipality: string, template: string):
  Promise<Record<TextLanguage, string>> {
  const rows = await db.selectFrom('municipality_message_text').select(['language', 'body'])
    .where('municipality', '=', municipality).where('template', '=', template).execute();
  const texts = { nl: '', fr: '', de: '', en: '' };
  for (const row of rows) texts[row.language] = row.body;
  return texts;
}

/**
 * The municipality's own body texts of one citizen message; an empty text gives the
 * service's text back. The deadline and the service norms are added to it as before.
 */
export async function saveMessageTexts(db: Db, editor: SettingsEditor, version: number,
  template: string, texts: Record<TextLanguage, string>, now: Date): Promise<SaveOutcome> {
  const problems = textLanguages.filter((lang) => texts[lang].trim().length > MAX_TEXT)
    .map((lang) => `${lang}: at most ${MAX_TEXT} characters`);
  if (problems.length > 0) return { outcome: 'invalid', problems };
  return db.transaction().execute(async (trx) => {
    const before = await messageTextsOf(trx, editor.municipality, template);
    const after = Object.fromEntries(textLanguages.map((l) => [l, texts[l].trim()])) as
      Record<TextLanguage, string>;
    const changed = textLanguages.filter((l) => before[l] !== after[l]);
    if (changed.length === 0) return { outcome: 'saved' };
    if (!(await claimVersion(trx, editor.municipality, version))) return { outcome: 'conflict' };
    for (const language of changed) {
      await trx.deleteFrom('municipality_message_text').where('municipality', '=', editor.municipality)
        .where('template', '=', template).where('language', '=', language).execute();
      if (after[language] !== '') {
        await trx.insertInto('municipality_message_text').values({ municipality: editor.municipality,
          template, language, body: after[language] }).execute();
      }
    }
    await record(trx, editor, 'texts', changed.map((language) => ({ field: `${template}.${language}`,
      from: before[language] || null, to: after[language] || null })), now);
    return { outcome: 'saved' };
  });
}
