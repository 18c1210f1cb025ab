import { notifyTemplates, type NotifyTemplate } from '../../process/index.ts';

/** Notices for the municipality or the bailiff only: never in a citizen's message box. */
export const officeTemplates = [
  'bailiff_assignment',
  'bailiff_assignment_withdrawn',
  'bailiff_assignment_cancelled',
  'service_attempt_failed',
  'service_deadline_passed',
  'registration_review_needed',
] as const satisfies readonly NotifyTemplate[];

type OfficeTemplate = (typeof officeTemplates)[number];

/** A template the process sends to a citizen (the declarant or the partner). */
export type CitizenTemplate = Exclude<(typeof notifyTemplates)[number], OfficeTemplate>;

export function isCitizenTemplate(template: string): template is CitizenTemplate {
  return (notifyTemplates as readonly string[]).includes(template)
    && !(officeTemplates as readonly string[]).includes(template);
}

/**
 * Every other template of the process: each has a portal message in the four languages
 * (the message files are typed by this list, and a test reads them all).
 */
export const citizenTemplates: readonly CitizenTemplate[] =
  notifyTemplates.filter(isCitizenTemplate);
