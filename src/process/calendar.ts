// Europe/Brussels calendar arithmetic with the platform's Intl data, no libraries.
// A "date" is a Brussels calendar date 'YYYY-MM-DD'; an "instant" is a Date or an ISO string.
// Working days are Belgian working days: Monday to Friday, except the ten public holidays.

const TIME_ZONE = 'Europe/Brussels';
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

const wallClockFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export type Instant = Date | string;

function toDate(instant: Instant): Date {
  return typeof instant === 'string' ? new Date(instant) : instant;
}

/** The wall clock read from Intl: exact, but slow (microseconds), so used through a cache. */
function wallClockFromIntl(instant: Date): WallClock {
  const parts = wallClockFormat.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  };
}

function offsetFromIntl(instant: Date): number {
  const wall = wallClockFromIntl(instant);
  const wallAsUtc = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second,
  );
  return Math.round((wallAsUtc - instant.getTime()) / MINUTE_MS);
}

// Europe/Brussels changes its offset only on whole UTC hours (01:00 UTC on the switch
// Sundays), so one Intl reading per UTC hour is exact. The cache changes no result.
const offsetByHour = new Map<number, number>();
const MAX_CACHED_HOURS = 100_000;

/** Minutes Brussels is ahead of UTC at this instant: 60 in winter, 120 in summer. */
export function brusselsOffsetMinutes(instant: Instant): number {
  const hour = Math.floor(toDate(instant).getTime() / HOUR_MS);
  const cached = offsetByHour.get(hour);
  if (cached !== undefined) return cached;
  const offset = offsetFromIntl(new Date(hour * HOUR_MS));
  if (offsetByHour.size >= MAX_CACHED_HOURS) offsetByHour.clear();
  offsetByHour.set(hour, offset);
  return offset;
}

function wallClock(instant: Date): WallClock {
  const shifted = new Date(instant.getTime() + brusselsOffsetMinutes(instant) * MINUTE_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function formatDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function parseDate(date: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) throw new RangeError(`Not a calendar date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** True for a real calendar date written 'YYYY-MM-DD'. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year, month, day] = parseDate(value);
  return addDays(formatDate(year, month, day), 0) === value;
}

/** The Brussels calendar date of an instant, 'YYYY-MM-DD'. */
export function brusselsDate(instant: Instant): string {
  const wall = wallClock(toDate(instant));
  return formatDate(wall.year, wall.month, wall.day);
}

/**
 * The instant at which the Brussels wall clock shows this date and time. A wall time that
 * does not exist (02:00-03:00 on the last Sunday of March) resolves to an hour later.
 */
export function brusselsInstant(date: string, hour = 0, minute = 0, second = 0, ms = 0): Date {
  const [year, month, day] = parseDate(date);
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const first = wallAsUtc - brusselsOffsetMinutes(new Date(wallAsUtc)) * MINUTE_MS;
  return new Date(wallAsUtc - brusselsOffsetMinutes(new Date(first)) * MINUTE_MS);
}

/** The first instant of a Brussels calendar day (midnight, local time). */
export function startOfBrusselsDay(date: string): Date {
  return brusselsInstant(date);
}

/**
 * The end of a Brussels calendar day, as the first instant of the next day: a deadline that
 * ends with this day has passed when now >= this instant. (Days are 23 or 25 hours long on
 * the DST Sundays, so this is not always 24 hours after the start.)
 */
export function endOfBrusselsDay(date: string): Date {
  return startOfBrusselsDay(addDays(date, 1));
}

/** The calendar date n days after (or before, when n < 0) a date. */
export function addDays(date: string, n: number): string {
  const [year, month, day] = parseDate(date);
  return new Date(Date.UTC(year, month - 1, day) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Same Brussels wall-clock time, n calendar days later (23, 24 or 25 hours a day). */
export function addCalendarDays(instant: Instant, n: number): Date {
  const date = toDate(instant);
  const wall = wallClock(date);
  const target = addDays(formatDate(wall.year, wall.month, wall.day), n);
  return brusselsInstant(target, wall.hour, wall.minute, wall.second, date.getUTCMilliseconds());
}

/** 0 = Sunday ... 6 = Saturday. */
export function dayOfWeek(date: string): number {
  const [year, month, day] = parseDate(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
export function easterSunday(year: number): string {
  const golden = year % 19;
  const century = Math.floor(year / 100);
  const yearInCentury = year % 100;
  const leapSkips = Math.floor(century / 4);
  const correction = Math.floor((century + 8) / 25);
  const moonShift = Math.floor((century - correction + 1) / 3);
  const epact = (19 * golden + century - leapSkips - moonShift + 15) % 30;
  const weekdayShift =
    (32 + 2 * (century % 4) + 2 * Math.floor(yearInCentury / 4) - epact - (yearInCentury % 4)) % 7;
  const late = Math.floor((golden + 11 * epact + 22 * weekdayShift) / 451);
  const monthDay = epact + weekdayShift - 7 * late + 114;
  return formatDate(year, Math.floor(monthDay / 31), (monthDay % 31) + 1);
}

export interface Holiday {
  date: string;
  name: string;
}

/** The ten Belgian public holidays of a year, in date order. */
export function belgianHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const fixed = (month: number, day: number): string => formatDate(year, month, day);
  const holidays: Holiday[] = [
    { date: fixed(1, 1), name: "New Year's Day" },
    { date: addDays(easter, 1), name: 'Easter Monday' },
    { date: fixed(5, 1), name: 'Labour Day' },
    { date: addDays(easter, 39), name: 'Ascension Day' },
    { date: addDays(easter, 50), name: 'Whit Monday' },
    { date: fixed(7, 21), name: 'National Day' },
    { date: fixed(8, 15), name: 'Assumption Day' },
    { date: fixed(11, 1), name: "All Saints' Day" },
    { date: fixed(11, 11), name: 'Armistice Day' },
    { date: fixed(12, 25), name: 'Christmas Day' },
  ];
  return holidays.sort((a, b) => a.date.localeCompare(b.date));
}

export function isBelgianHoliday(date: string): boolean {
  const [year] = parseDate(date);
  return belgianHolidays(year).some((holiday) => holiday.date === date);
}

export function isWorkingDay(date: string): boolean {
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && !isBelgianHoliday(date);
}

/** The n-th working day after a date (the date itself is not counted); n = 0 gives the date. */
export function addWorkingDays(date: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Not a count of working days: ${n}`);
  let current = date;
  for (let counted = 0; counted < n;) {
    current = addDays(current, 1);
    if (isWorkingDay(current)) counted += 1;
  }
  return current;
}
