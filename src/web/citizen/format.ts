import type { Lang } from '../i18n/index.ts';

const zone = 'Europe/Brussels';

/** A moment as the citizen reads it: date and hour in Brussels, e.g. "2 maart 2026 om 09:00". */
export function brusselsMoment(lang: Lang, iso: string | Date): string {
  return new Intl.DateTimeFormat(`${lang}-BE`, { dateStyle: 'long', timeStyle: 'short',
    timeZone: zone }).format(new Date(iso));
}

/** The Brussels calendar day of a moment, e.g. "16 maart 2026". */
export function brusselsDay(lang: Lang, iso: string | Date): string {
  return new Intl.DateTimeFormat(`${lang}-BE`, { dateStyle: 'long', timeZone: zone })
    .format(new Date(iso));
}

/**
 * The last day a deadline allows. A clock ends at midnight after its last day (see the
 * process's clocks), so the day shown is the one that ends at that midnight.
 */
export function lastDay(lang: Lang, dueAt: string): string {
  return brusselsDay(lang, new Date(new Date(dueAt).getTime() - 1));
}

/** A 'YYYY-MM-DD' calendar day in the language's long form (no time zone shift). */
export function calendarDay(lang: Lang, day: string): string {
  return new Intl.DateTimeFormat(`${lang}-BE`, { dateStyle: 'long', timeZone: 'UTC' })
    .format(new Date(`${day}T12:00:00Z`));
}
