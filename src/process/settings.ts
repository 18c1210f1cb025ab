// A municipality's settings for the process. A case captures them when it starts
// (CaseStarted), so changing them later never moves a running case's deadlines.
// The 8 calendar days for service by the bailiff are law, not a setting (see clocks.ts).
import type { FilingMode } from './types.ts';

export interface CaseSettings {
  /** 'online': the signed online declaration counts as handed over; 'counter': a visit does. */
  filingMode: FilingMode;
  /** The unilateral path's advance for the bailiff's costs, in euro cents. */
  depositCents: number;
  /** The joint declaration's fee in euro cents; 0 means free (no payment step). */
  jointFeeCents: number;
  /** A registrar approves each case before the register is updated. */
  reviewBeforeRegistration: boolean;
  /** Calendar days the partner has to answer, counted from the invitation. */
  partnerAnswerDays: number;
  partnerReminderDays: number[];
  /** Calendar days the declarant has to choose after a refusal or the partner's silence. */
  declarantChoiceDays: number;
  declarantReminderDays: number[];
  /** Calendar days to pay; then the municipality gets a follow-up task. */
  paymentDays: number;
  paymentReminderDays: number[];
  /** Further calendar days after paymentDays before the unpaid case expires. */
  paymentGraceDays: number;
  /** Belgian working days the registrar has to record the termination (service norm). */
  registrationWorkingDays: number;
}

export const defaultSettings: CaseSettings = {
  filingMode: 'online',
  depositCents: 25_000,
  jointFeeCents: 0,
  reviewBeforeRegistration: false,
  partnerAnswerDays: 14,
  partnerReminderDays: [7, 12],
  declarantChoiceDays: 30,
  declarantReminderDays: [21],
  paymentDays: 14,
  paymentReminderDays: [7],
  paymentGraceDays: 14,
  registrationWorkingDays: 2,
};

/** No clock may run longer than a year. */
const MAX_DAYS = 365;
/** Process.md: a joint declaration is free or costs up to EUR 25. */
const MAX_JOINT_FEE_CENTS = 2_500;

type DayField =
  | 'partnerAnswerDays'
  | 'declarantChoiceDays'
  | 'paymentDays'
  | 'paymentGraceDays'
  | 'registrationWorkingDays';
type ReminderField = 'partnerReminderDays' | 'declarantReminderDays' | 'paymentReminderDays';

const dayFields: readonly DayField[] = [
  'partnerAnswerDays',
  'declarantChoiceDays',
  'paymentDays',
  'paymentGraceDays',
  'registrationWorkingDays',
];

const reminderClocks: ReadonlyArray<[ReminderField, DayField]> = [
  ['partnerReminderDays', 'partnerAnswerDays'],
  ['declarantReminderDays', 'declarantChoiceDays'],
  ['paymentReminderDays', 'paymentDays'],
];

function isWholeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

function dayProblems(s: CaseSettings): string[] {
  return dayFields
    .filter((field) => !isWholeNumber(s[field]) || s[field] < 1 || s[field] > MAX_DAYS)
    .map((field) => `${field} must be a whole number of days from 1 to ${MAX_DAYS}`);
}

function reminderProblems(s: CaseSettings, field: ReminderField, clock: DayField): string[] {
  const days = s[field];
  if (!Array.isArray(days)) return [`${field} must be a list of days`];
  const problems = days
    .filter((day) => !isWholeNumber(day) || day < 1 || day >= s[clock])
    .map((day) => `${field}: reminder day ${String(day)} must fall within the ${clock}`);
  if (new Set(days).size !== days.length) problems.push(`${field} repeats a day`);
  return problems;
}

function moneyProblems(s: CaseSettings): string[] {
  const problems: string[] = [];
  if (!isWholeNumber(s.depositCents) || s.depositCents < 1) {
    problems.push('depositCents must be a positive whole number of cents');
  }
  const fee = s.jointFeeCents;
  if (!isWholeNumber(fee) || fee < 0 || fee > MAX_JOINT_FEE_CENTS) {
    problems.push(`jointFeeCents must be a whole number of cents from 0 to ${MAX_JOINT_FEE_CENTS}`);
  }
  return problems;
}

function flagProblems(s: CaseSettings): string[] {
  const problems: string[] = [];
  if (s.filingMode !== 'online' && s.filingMode !== 'counter') {
    problems.push("filingMode must be 'online' or 'counter'");
  }
  if (typeof s.reviewBeforeRegistration !== 'boolean') {
    problems.push('reviewBeforeRegistration must be true or false');
  }
  return problems;
}

/** Every problem with these settings, in plain words; an empty list means they are valid. */
export function validateSettings(s: CaseSettings): string[] {
  return [
    ...flagProblems(s),
    ...moneyProblems(s),
    ...dayProblems(s),
    ...reminderClocks.flatMap(([field, clock]) => reminderProblems(s, field, clock)),
  ];
}

/** A copy that shares no arrays with the original. */
export function copySettings(s: CaseSettings): CaseSettings {
  return {
    ...s,
    partnerReminderDays: [...s.partnerReminderDays],
    declarantReminderDays: [...s.declarantReminderDays],
    paymentReminderDays: [...s.paymentReminderDays],
  };
}
