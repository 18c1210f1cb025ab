import type { FollowUpTopic, NotifyTemplate } from '../process/index.ts';

/** Notices the municipality's civil-affairs service receives. */
export const municipalityTemplates = [
  'registration_review_needed',
  'service_attempt_failed',
  'service_deadline_passed',
  'case_lapsed_marriage',
  'case_lapsed_death',
  'unilateral_declaration_received',
  'termination_registered',
  'follow_up_refusal',
  'follow_up_partner_silence',
  'follow_up_unpaid',
  'follow_up_bailiff_late',
  'follow_up_registration_late',
  'follow_up_register_failure',
  'follow_up_citizen_unreachable',
  'follow_up_other',
] as const satisfies readonly (NotifyTemplate | 'unilateral_declaration_received')[];

/** Notices a bailiff receives. */
export const bailiffTemplates = [
  'bailiff_assignment',
  'bailiff_assignment_withdrawn',
  'bailiff_assignment_cancelled',
] as const satisfies readonly NotifyTemplate[];

export type OfficeTemplate =
  | (typeof municipalityTemplates)[number]
  | (typeof bailiffTemplates)[number];

/**
 * Citizen messages that ask the reader to do something: their e-mail and SMS say so (still
 * without saying what: that stays behind the login).
 */
export const actionTemplates: ReadonlySet<string> = new Set([
  'case_started', 'partner_invited', 'partner_reminder', 'partner_refused',
  'partner_refused_with_reason', 'partner_no_answer', 'choice_reminder', 'payment_reminder',
  'payment_failed', 'book_counter_visit', 'declaration_signed', 'address_change_offer',
]);

export function isOfficeTemplate(template: string): template is OfficeTemplate {
  return (municipalityTemplates as readonly string[]).includes(template)
    || (bailiffTemplates as readonly string[]).includes(template);
}

/** Compile-time check that every follow-up topic has a municipality notice. */
type Covered = `follow_up_${FollowUpTopic}` extends (typeof municipalityTemplates)[number]
  ? true : never;
export const everyFollowUpCovered: Covered = true;
