/**
 * The Belgian national number (rijksregisternummer) and bis number: checked, explained and,
 * for demo data and tests, made. Pure: no I/O and no clock (today is an argument).
 *
 * Layout: YYMMDD-SSS-CC. YYMMDD is the birth date, SSS a sequence number (odd for men, even
 * for women), CC = 97 - (the first nine digits mod 97); for births from 2000 on, the nine
 * digits get a leading '2' first. A bis number adds 20 to the month when the sex was known
 * when it was given, 40 when it was not. Month 00 (and day 00) stand for an unknown date.
 *
 * Limitation: the two check-digit formulas overlap in one place. Changing the second digit
 * of the year by 6 (1916 <-> 2010, 1987 <-> 2081) gives another valid number, read in the
 * other century. Pass `today` to reject the future half of that; the past half (a person
 * born in 2013 read as one born in 1919) cannot be told apart by the number alone.
 */

export type Sex = 'male' | 'female';

/** Why a national number is refused: its shape, its check digits, its date, its sequence. */
export type NationalNumberProblem = 'format' | 'checksum' | 'date' | 'sequence';

/** A birth date as far as it is known: a number may leave the day, or month and day, open. */
export interface BirthDateParts {
  year: number;
  month?: number;
  day?: number;
}

export interface ValidNationalNumber {
  ok: true;
  /** The eleven digits, without separators. */
  value: string;
  /** The full birth date, 'YYYY-MM-DD', when the number holds all of it. */
  birthDate?: string;
  birth: BirthDateParts;
  /** Absent for a bis number given while the sex was unknown. */
  sex?: Sex;
  bis: boolean;
}

export interface InvalidNationalNumber {
  ok: false;
  problem: NationalNumberProblem;
}

export type NationalNumberResult = ValidNationalNumber | InvalidNationalNumber;

export interface ValidateOptions {
  /** 'YYYY-MM-DD': a birth date after this day makes the number invalid. */
  today?: string;
}

type Century = 1900 | 2000;

const ALLOWED = /^[0-9 .-]+$/;
const MONTH_OFFSETS = [0, 20, 40] as const;

/** Checks a national number or bis number, typed plainly or as '85.07.30-033.28'. */
export function validateNationalNumber(
  input: string,
  options: ValidateOptions = {},
): NationalNumberResult {
  const value = normaliseNationalNumber(input);
  if (value === null) return invalid('format');
  const century = centuryOf(value);
  if (century === null) return invalid('checksum');
  const sequence = Number(value.slice(6, 9));
  if (sequence === 0 || sequence === 999) return invalid('sequence');
  return explain(value, century, sequence, options.today);
}

/** True when the input is a valid national number or bis number. */
export function isValidNationalNumber(input: string, options: ValidateOptions = {}): boolean {
  return validateNationalNumber(input, options).ok;
}

/** The eleven digits of a typed number, or null when it is not eleven digits. */
export function normaliseNationalNumber(input: string): string | null {
  const trimmed = input.trim();
  if (!ALLOWED.test(trimmed)) return null;
  const digits = trimmed.replace(/[ .-]/g, '');
  return /^\d{11}$/.test(digits) ? digits : null;
}

/** The usual written form, '85.07.30-033.28', of eleven digits. */
export function formatNationalNumber(value: string): string {
  const d = value;
  return `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)}-${d.slice(6, 9)}.${d.slice(9, 11)}`;
}

/** The check digits (1 to 97) for the first nine digits, for a birth in the given century. */
export function checkDigits(firstNine: number, century: Century): number {
  const base = century === 2000 ? 2_000_000_000 + firstNine : firstNine;
  return 97 - (base % 97);
}

function centuryOf(value: string): Century | null {
  const firstNine = Number(value.slice(0, 9));
  const check = Number(value.slice(9, 11));
  if (checkDigits(firstNine, 1900) === check) return 1900;
  if (checkDigits(firstNine, 2000) === check) return 2000;
  return null;
}

function explain(
  value: string,
  century: Century,
  sequence: number,
  today: string | undefined,
): NationalNumberResult {
  const monthField = Number(value.slice(2, 4));
  const offset = MONTH_OFFSETS.find((o) => monthField >= o && monthField <= o + 12);
  if (offset === undefined) return invalid('date');
  const year = century + Number(value.slice(0, 2));
  const birth = birthParts(year, monthField - offset, Number(value.slice(4, 6)));
  if (birth === null || isAfter(birth, today)) return invalid('date');
  const result: ValidNationalNumber = { ok: true, value, birth, bis: offset > 0 };
  if (offset !== 40) result.sex = sexOf(sequence);
  const birthDate = fullDate(birth);
  if (birthDate !== undefined) result.birthDate = birthDate;
  return result;
}

function birthParts(year: number, month: number, day: number): BirthDateParts | null {
  if (month === 0) return day === 0 ? { year } : null;
  if (day === 0) return { year, month };
  return day <= daysInMonth(year, month) ? { year, month, day } : null;
}

function isAfter(birth: BirthDateParts, today: string | undefined): boolean {
  if (today === undefined) return false;
  const earliest = isoDate(birth.year, birth.month ?? 1, birth.day ?? 1);
  return earliest > today;
}

function fullDate(birth: BirthDateParts): string | undefined {
  if (birth.month === undefined || birth.day === undefined) return undefined;
  return isoDate(birth.year, birth.month, birth.day);
}

function sexOf(sequence: number): Sex {
  return sequence % 2 === 1 ? 'male' : 'female';
}

function invalid(problem: NationalNumberProblem): InvalidNationalNumber {
  return { ok: false, problem };
}

/** The number of days in a month of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month, 2)}-${pad(day, 2)}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** What a made number should say. */
export interface NationalNumberSpec {
  /** Born between 1900 and 2099; leave day, or month and day, out when unknown. */
  born: BirthDateParts;
  /** Required for an ordinary number; leave it out for a bis number of unknown sex. */
  sex?: Sex;
  /** Which of the sequence numbers to use: 0 is the first (001 or 002), up to 498. */
  serial?: number;
  bis?: boolean;
}

/**
 * Makes a valid national number (eleven digits) for demo data and tests. A spec that no
 * valid number can match is a programming error and throws a RangeError.
 */
export function makeNationalNumber(spec: NationalNumberSpec): string {
  const { year, month = 0, day = 0 } = spec.born;
  if (year < 1900 || year > 2099) throw new RangeError('The birth year must be 1900-2099.');
  if (birthParts(year, month, day) === null) throw new RangeError('No such birth date.');
  if (!spec.sex && !spec.bis) throw new RangeError('An ordinary number needs a sex.');
  const firstNine = `${pad(year % 100, 2)}${pad(month + monthOffset(spec), 2)}${pad(day, 2)}`
    + pad(sequenceOf(spec), 3);
  const century: Century = year >= 2000 ? 2000 : 1900;
  return firstNine + pad(checkDigits(Number(firstNine), century), 2);
}

function monthOffset(spec: NationalNumberSpec): number {
  if (!spec.bis) return 0;
  return spec.sex ? 20 : 40;
}

function sequenceOf(spec: NationalNumberSpec): number {
  const serial = spec.serial ?? 0;
  const limit = spec.sex ? 498 : 997;
  if (!Number.isInteger(serial) || serial < 0 || serial > limit) {
    throw new RangeError(`The serial must be 0-${limit}.`);
  }
  if (!spec.sex) return serial + 1;
  return serial * 2 + (spec.sex === 'male' ? 1 : 2);
}
