// When the clocks of a case end. One rule for all day counts:
//
//   A clock of N days started at instant t ends at the end of the Brussels calendar day
//   N days after t's Brussels date (so the start day is not counted and the last day is
//   counted whole). Invited on Monday 2 March at 15:00 with 14 days: the answer is due
//   by the end of Monday 16 March, Brussels time; the deadline fires at 17 March 00:00.
//
// A reminder on day N is sent at 09:00 Brussels time on the date N days after the start,
// so nobody gets a message at midnight. The service clock is 8 calendar days by law and
// counts the same way from the receipt; the registrar's warning comes 2 days before its end.
// The registration clock counts Belgian working days and ends at the end of the last one.
import {
  addDays,
  addWorkingDays,
  brusselsDate,
  brusselsInstant,
  endOfBrusselsDay,
} from './calendar.ts';
import type { CaseSettings } from './settings.ts';
import type { CaseState, CaseStatus, Clock, ClockName, FollowUpTopic } from './types.ts';

/** Law (art. 1476 Civil Code): service within 8 days of the declaration. */
export const SERVICE_DAYS = 8;
/** The registrar's warning before the service clock ends. */
export const SERVICE_WARNING_DAYS = 2;
export const REMINDER_HOUR = 9;

/** The end of the Brussels day `days` calendar days after the start's date, as ISO. */
export function endAfterDays(startedAt: string, days: number): string {
  return endOfBrusselsDay(addDays(brusselsDate(startedAt), days)).toISOString();
}

export function endAfterWorkingDays(startedAt: string, days: number): string {
  return endOfBrusselsDay(addWorkingDays(brusselsDate(startedAt), days)).toISOString();
}

export function reminderDueAt(startedAt: string, day: number): string {
  return brusselsInstant(addDays(brusselsDate(startedAt), day), REMINDER_HOUR).toISOString();
}

const clockOfStatus: Partial<Record<CaseStatus, ClockName>> = {
  awaiting_partner: 'partner_answer',
  awaiting_declarant_choice: 'declarant_choice',
  awaiting_payment: 'payment',
  awaiting_service: 'service',
  registering: 'registration',
};

/**
 * The clock that starts when a case enters a status at `at`. The service clock always
 * counts from the receipt (law), even when staff move a case back into awaiting_service.
 */
export function clockForStatus(state: CaseState, at: string): Clock | null {
  const name = clockOfStatus[state.status];
  if (name === undefined) return null;
  const startedAt = name === 'service' ? (state.receipt?.at ?? at) : at;
  return { name, startedAt, remindersSent: [], followUpRaised: false, passed: false };
}

/** The main end of a clock: the answer, choice, payment, service or registration is due. */
export function clockEnd(clock: Clock, settings: CaseSettings): string {
  switch (clock.name) {
    case 'partner_answer':
      return endAfterDays(clock.startedAt, settings.partnerAnswerDays);
    case 'declarant_choice':
      return endAfterDays(clock.startedAt, settings.declarantChoiceDays);
    case 'payment':
      return endAfterDays(clock.startedAt, settings.paymentDays);
    case 'service':
      return endAfterDays(clock.startedAt, SERVICE_DAYS);
    case 'registration':
      return endAfterWorkingDays(clock.startedAt, settings.registrationWorkingDays);
  }
}

/** An unpaid case expires paymentGraceDays after the payment clock's end. */
export function paymentExpiryAt(clock: Clock, settings: CaseSettings): string {
  return endAfterDays(clock.startedAt, settings.paymentDays + settings.paymentGraceDays);
}

export function serviceWarningAt(clock: Clock): string {
  return endAfterDays(clock.startedAt, SERVICE_DAYS - SERVICE_WARNING_DAYS);
}

/** The reminder days of a clock, per the case's settings. */
export function reminderDays(clock: Clock, settings: CaseSettings): number[] {
  if (clock.name === 'partner_answer') return settings.partnerReminderDays;
  if (clock.name === 'declarant_choice') return settings.declarantReminderDays;
  if (clock.name === 'payment') return settings.paymentReminderDays;
  return [];
}

/** The follow-up a clock raises before or at its end, if any. */
export function clockFollowUpTopic(name: ClockName): FollowUpTopic | null {
  if (name === 'payment') return 'unpaid';
  if (name === 'service') return 'bailiff_late';
  if (name === 'registration') return 'registration_late';
  return null;
}
