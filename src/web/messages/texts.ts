import type { CitizenTemplate } from '../../app/messages/index.ts';
import type { CaseState, OpenStatus } from '../../process/index.ts';
import { lastDay } from '../citizen/format.ts';
import { nextStep } from '../citizen/timeline.ts';
import type { MessageKey } from '../i18n/index.ts';
import type { PageContext } from '../page-context.ts';

/** A deadline line that may close a message, with the status whose clock it names. */
const dueLines = {
  answer: { status: 'awaiting_partner', key: 'messages.due.answer' },
  partnerAnswer: { status: 'awaiting_partner', key: 'messages.due.partnerAnswer' },
  choice: { status: 'awaiting_declarant_choice', key: 'messages.due.choice' },
  payment: { status: 'awaiting_payment', key: 'messages.due.payment' },
  service: { status: 'awaiting_service', key: 'messages.due.service' },
  registration: { status: 'registering', key: 'messages.due.registration' },
} as const satisfies Record<string, { status: OpenStatus; key: MessageKey }>;

type DueLine = keyof typeof dueLines;

/** Which deadline a message may name; shown only while the case still waits for it. */
const dueOf: Partial<Record<CitizenTemplate, DueLine[]>> = {
  declaration_signed: ['partnerAnswer', 'payment'],
  partner_invited: ['answer'],
  partner_reminder: ['answer'],
  partner_refused: ['choice'],
  partner_refused_with_reason: ['choice'],
  partner_no_answer: ['choice'],
  choice_reminder: ['choice'],
  payment_reminder: ['payment'],
  payment_failed: ['payment'],
  payment_received: ['service', 'registration'],
  declaration_received: ['registration', 'service'],
  service_recorded: ['registration'],
};

export function subjectKey(template: CitizenTemplate): MessageKey {
  return `messages.${template}.subject`;
}

export function bodyKey(template: CitizenTemplate): MessageKey {
  return `messages.${template}.body`;
}

/** The message's subject in the reader's language. */
export function messageSubject(ctx: PageContext, template: CitizenTemplate): string {
  return ctx.t(subjectKey(template));
}

/**
 * The message's paragraphs in the reader's language: the body (the municipality's own text
 * when it set one), then the deadline (a Brussels calendar day) when the case still waits for
 * the step the message is about.
 */
export function messageBody(
  ctx: PageContext, template: CitizenTemplate, state: CaseState | null, ownBody?: string,
): string[] {
  const due = state === null ? null : dueLine(template, state);
  const body = [ownBody ?? ctx.t(bodyKey(template)), ...serviceNorms(ctx, template, state)];
  if (due === null) return body;
  return [...body, ctx.t(dueLines[due.line].key, { date: lastDay(ctx.lang, due.at) })];
}

/** The messages that open a case for each partner tell how long each step may take. */
const normsShownIn: readonly CitizenTemplate[] = ['case_started', 'partner_invited'];

function serviceNorms(ctx: PageContext, template: CitizenTemplate, state: CaseState | null) {
  if (state === null || !normsShownIn.includes(template)) return [];
  const s = state.settings;
  const key = template === 'partner_invited' ? 'messages.norms.partner' : 'messages.norms';
  return [ctx.t(key, {
    answer: s.partnerAnswerDays, choice: s.declarantChoiceDays, payment: s.paymentDays,
    registration: s.registrationWorkingDays,
  })];
}

function dueLine(template: CitizenTemplate, state: CaseState) {
  const step = nextStep(state);
  if (step === null || step.dueAt === null) return null;
  const line = (dueOf[template] ?? []).find((name) => dueLines[name].status === step.status);
  return line === undefined ? null : { line, at: step.dueAt };
}
