import type { NotifyTemplate } from '../../process/index.ts';

/**
 * The templates the process sends to a citizen (the declarant or the partner). Each has a
 * portal message in the four languages; a test checks this list against the process.
 */
export const citizenTemplates = [
  'case_started',
  'declaration_signed',
  'book_counter_visit',
  'partner_invited',
  'partner_reminder',
  'partner_signed',
  'partner_refused',
  'partner_refused_with_reason',
  'partner_no_answer',
  'choice_reminder',
  'payment_reminder',
  'payment_received',
  'payment_failed',
  'payment_expired',
  'payment_refunded',
  'declaration_received',
  'service_recorded',
  'termination_registered',
  'address_change_offer',
  'case_withdrawn',
  'case_lapsed_marriage',
  'case_lapsed_death',
  'case_expired',
  'case_status_changed',
] as const satisfies readonly NotifyTemplate[];

export type CitizenTemplate = (typeof citizenTemplates)[number];

/** Notices for the municipality or the bailiff only: never in a citizen's message box. */
export const officeTemplates = [
  'bailiff_assignment',
  'bailiff_assignment_withdrawn',
  'bailiff_assignment_cancelled',
  'service_attempt_failed',
  'service_deadline_passed',
  'registration_review_needed',
] as const satisfies readonly NotifyTemplate[];

export function isCitizenTemplate(template: string): template is CitizenTemplate {
  return (citizenTemplates as readonly string[]).includes(template);
}
