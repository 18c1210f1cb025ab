// The settings forms as typed: what the administrator entered, turned into the process's
// settings, the counter's contact or a new bailiff. Whether the values are allowed is decided
// by the process's own rules (validateSettings) and the use case; this file only reads the
// text of the fields and words the problems per field.
import type { CounterContact } from '../../app/municipalities.ts';
import type { SettingsOverview } from '../../app/office/settings.ts';
import type { CaseSettings } from '../../process/index.ts';
import { languageNames, type MessageKey } from '../i18n/index.ts';
import type { PageContext } from '../page-context.ts';
import type { FieldError } from '../views/form-errors.tsx';

export const dayFields = [
  'partnerAnswerDays', 'declarantChoiceDays', 'paymentDays', 'paymentGraceDays',
  'registrationWorkingDays',
] as const;
export const reminderFields = [
  'partnerReminderDays', 'declarantReminderDays', 'paymentReminderDays',
] as const;
type DayField = (typeof dayFields)[number];
type ReminderField = (typeof reminderFields)[number];

/** The process form's fields, in the order of the page (the error summary follows it). */
export const processFields = [
  'filingMode', 'deposit', 'jointFee', 'reviewBeforeRegistration',
  'partnerAnswerDays', 'partnerReminderDays', 'declarantChoiceDays', 'declarantReminderDays',
  'paymentDays', 'paymentReminderDays', 'paymentGraceDays', 'registrationWorkingDays',
] as const;
export type ProcessField = (typeof processFields)[number];
export type ProcessValues = Record<ProcessField, string>;

export const counterFields = ['bookingUrl', 'phone', 'hoursNl', 'hoursFr', 'hoursDe', 'hoursEn'] as const;
export type CounterField = (typeof counterFields)[number];
export type CounterValues = Record<CounterField, string>;

export const bailiffFields = ['bailiffName', 'bailiffEmail'] as const;
export type BailiffValues = Record<(typeof bailiffFields)[number], string>;

/** The form's fields from a posted body (missing fields are empty). */
export function formValues<F extends string>(fields: readonly F[],
  read: (name: string) => string): Record<F, string> {
  return Object.fromEntries(fields.map((f) => [f, read(f)])) as Record<F, string>;
}

/** An amount in cents as the administrator types it: "275", "275,50" (or "275.50" in English). */
export function amountText(lang: string, cents: number): string {
  if (cents % 100 === 0) return String(cents / 100);
  const text = (cents / 100).toFixed(2);
  return lang === 'en' ? text : text.replace('.', ',');
}

/** An amount in euros with a comma or a point ("185,50", "185.50", "185") as cents, or null. */
export function amountCents(value: string): number | null {
  const match = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(value.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
}

function wholeDays(value: string): number | null {
  return /^\d{1,5}$/.test(value.trim()) ? Number(value.trim()) : null;
}

/** "7, 12" as [7, 12]; null when a part is not a whole number. */
function dayList(value: string): number[] | null {
  const parts = value.split(/[,;\s]+/).filter((part) => part !== '');
  const days = parts.map(wholeDays);
  return days.every((day) => day !== null) ? days : null;
}

export function processValues(lang: string, s: CaseSettings): ProcessValues {
  return {
    filingMode: s.filingMode,
    deposit: amountText(lang, s.depositCents),
    jointFee: amountText(lang, s.jointFeeCents),
    reviewBeforeRegistration: s.reviewBeforeRegistration ? 'yes' : '',
    partnerAnswerDays: String(s.partnerAnswerDays),
    partnerReminderDays: s.partnerReminderDays.join(', '),
    declarantChoiceDays: String(s.declarantChoiceDays),
    declarantReminderDays: s.declarantReminderDays.join(', '),
    paymentDays: String(s.paymentDays),
    paymentReminderDays: s.paymentReminderDays.join(', '),
    paymentGraceDays: String(s.paymentGraceDays),
    registrationWorkingDays: String(s.registrationWorkingDays),
  };
}

export function counterValues(counter: SettingsOverview['counter']): CounterValues {
  const hours = counter.openingHours;
  return {
    bookingUrl: counter.bookingUrl ?? '', phone: counter.phone ?? '',
    hoursNl: hours?.nl ?? '', hoursFr: hours?.fr ?? '', hoursDe: hours?.de ?? '',
    hoursEn: hours?.en ?? '',
  };
}

export function counterContact(v: CounterValues): CounterContact {
  return {
    bookingUrl: v.bookingUrl.trim(), phone: v.phone.trim(),
    openingHours: { nl: v.hoursNl.trim(), fr: v.hoursFr.trim(), de: v.hoursDe.trim(),
      en: v.hoursEn.trim() },
  };
}

const labelKey: Record<ProcessField | CounterField | 'bailiffName' | 'bailiffEmail', MessageKey> = {
  filingMode: 'office.settings.filingMode',
  deposit: 'office.settings.deposit',
  jointFee: 'office.settings.jointFee',
  reviewBeforeRegistration: 'office.settings.review',
  partnerAnswerDays: 'office.settings.partnerAnswerDays',
  partnerReminderDays: 'office.settings.partnerReminderDays',
  declarantChoiceDays: 'office.settings.declarantChoiceDays',
  declarantReminderDays: 'office.settings.declarantReminderDays',
  paymentDays: 'office.settings.paymentDays',
  paymentReminderDays: 'office.settings.paymentReminderDays',
  paymentGraceDays: 'office.settings.paymentGraceDays',
  registrationWorkingDays: 'office.settings.registrationWorkingDays',
  bookingUrl: 'office.settings.bookingUrl',
  phone: 'office.settings.phone',
  hoursNl: 'office.settings.hours',
  hoursFr: 'office.settings.hours',
  hoursDe: 'office.settings.hours',
  hoursEn: 'office.settings.hours',
  bailiffName: 'office.settings.bailiffName',
  bailiffEmail: 'office.settings.bailiffEmail',
};

const hoursLanguage: Record<string, string> = {
  hoursNl: 'Nederlands', hoursFr: 'Français', hoursDe: 'Deutsch', hoursEn: 'English',
};

export function fieldLabel(ctx: PageContext, field: keyof typeof labelKey): string {
  return ctx.t(labelKey[field], { language: hoursLanguage[field] ?? '' });
}

function isDayField(field: string): field is DayField {
  return (dayFields as readonly string[]).includes(field);
}

function isReminderField(field: string): field is ReminderField {
  return (reminderFields as readonly string[]).includes(field);
}

function processError(ctx: PageContext, field: ProcessField, kind: 'typed' | 'rule'): FieldError {
  const label = fieldLabel(ctx, field);
  const key: MessageKey = isDayField(field) ? 'office.settings.error.days'
    : isReminderField(field) ? 'office.settings.error.reminders'
    : field === 'filingMode' ? 'office.settings.error.filingMode'
    : kind === 'typed' ? 'office.settings.error.amount'
    : field === 'deposit' ? 'office.settings.error.deposit'
    : 'office.settings.error.jointFee';
  return { field, message: ctx.t(key, { label }) };
}

/** The settings typed in the process form, or the fields that are not numbers at all. */
export function readProcessForm(ctx: PageContext, v: ProcessValues):
  { settings: CaseSettings | null; errors: FieldError[] } {
  const typed: ProcessField[] = [];
  const deposit = amountCents(v.deposit);
  if (deposit === null) typed.push('deposit');
  const jointFee = amountCents(v.jointFee);
  if (jointFee === null) typed.push('jointFee');
  const days = Object.fromEntries(dayFields.map((field) => {
    const value = wholeDays(v[field]);
    if (value === null) typed.push(field);
    return [field, value ?? 0];
  })) as Record<DayField, number>;
  const reminders = Object.fromEntries(reminderFields.map((field) => {
    const value = dayList(v[field]);
    if (value === null) typed.push(field);
    return [field, value ?? []];
  })) as Record<ReminderField, number[]>;
  if (v.filingMode !== 'online' && v.filingMode !== 'counter') typed.push('filingMode');
  if (typed.length > 0) {
    const errors = processFields.filter((f) => typed.includes(f))
      .map((f) => processError(ctx, f, 'typed'));
    return { settings: null, errors };
  }
  return {
    settings: {
      filingMode: v.filingMode as CaseSettings['filingMode'],
      depositCents: deposit ?? 0,
      jointFeeCents: jointFee ?? 0,
      reviewBeforeRegistration: v.reviewBeforeRegistration === 'yes',
      ...days,
      ...reminders,
    },
    errors: [],
  };
}

const processFieldOfSetting: Record<string, ProcessField> = {
  depositCents: 'deposit', jointFeeCents: 'jointFee',
};

/** The process's problems (each starting with the setting's name), worded per form field. */
export function processErrors(ctx: PageContext, problems: string[]): FieldError[] {
  const fields = new Set(problems.map((problem) => {
    const name = /^[A-Za-z]+/.exec(problem)?.[0] ?? '';
    return processFieldOfSetting[name] ?? name;
  }));
  return processFields.filter((field) => fields.has(field)).map((field) =>
    field === 'filingMode' && problems.some((p) => p.startsWith('filingMode: the counter'))
      ? { field, message: ctx.t('office.settings.error.counterFirst') }
      : processError(ctx, field, 'rule'));
}

const counterFieldOfProblem: Record<string, CounterField> = {
  'counter.bookingUrl': 'bookingUrl', 'counter.phone': 'phone',
  'counter.openingHours.nl': 'hoursNl', 'counter.openingHours.fr': 'hoursFr',
  'counter.openingHours.de': 'hoursDe', 'counter.openingHours.en': 'hoursEn',
};

/** The counter contact's problems (`counter.<field>: ...`), worded per form field. */
export function counterErrors(ctx: PageContext, problems: string[]): FieldError[] {
  const fields = new Set(problems.map((p) => counterFieldOfProblem[p.split(':')[0] ?? '']));
  return counterFields.filter((field) => fields.has(field)).map((field) => {
    const label = fieldLabel(ctx, field);
    const key: MessageKey = field === 'bookingUrl' ? 'office.settings.error.bookingUrl'
      : field === 'phone' ? 'office.settings.error.phone' : 'office.settings.error.hours';
    return { field, message: ctx.t(key, { label }) };
  });
}

/** The new bailiff's problems (`name: ...`, `email: ...`), worded per form field. */
export function bailiffErrors(ctx: PageContext, problems: string[]): FieldError[] {
  const errors: FieldError[] = [];
  if (problems.some((p) => p.startsWith('name'))) {
    errors.push({ field: 'bailiffName', message: ctx.t('office.settings.error.bailiffName',
      { label: fieldLabel(ctx, 'bailiffName') }) });
  }
  if (problems.some((p) => p.startsWith('email'))) {
    errors.push({ field: 'bailiffEmail', message: ctx.t('office.settings.error.bailiffEmail',
      { label: fieldLabel(ctx, 'bailiffEmail') }) });
  }
  return errors;
}

/** The label of a changed setting in the log of changes. */
export function changeLabel(ctx: PageContext, setting: string): string {
  if (setting === 'openingHours') {
    return ctx.t('office.settings.hours', { language: languageNames[ctx.lang] });
  }
  const field = processFieldOfSetting[setting] ?? setting;
  return field in labelKey ? fieldLabel(ctx, field as keyof typeof labelKey) : setting;
}
