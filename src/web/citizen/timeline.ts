// What each party sees of a case's history and what comes next (rule 5: only the parts
// meant for them; nothing of the other partner's address, phone or e-mail is in any event).
import type { CaseRole } from '../../app/case-access.ts';
import {
  deadlines, isOpen, refusalReasonForDeclarant,
  type Actor, type CaseEvent, type CaseState, type EventOf, type OpenStatus,
} from '../../process/index.ts';
import type { MessageKey, Params } from '../i18n/index.ts';
import { euro } from '../product/offer.ts';
import type { PageContext } from '../page-context.ts';
import { brusselsMoment, calendarDay } from './format.ts';

export interface TimelineEntry {
  at: string;
  /** When: the Brussels date and hour. */
  when: string;
  text: string;
  /** A second line: the partner's reason for refusing, only when this viewer may see it. */
  detail: string | null;
}

type Describe = (event: CaseEvent, ctx: PageContext, role: CaseRole) => Params;

interface Shown {
  key: MessageKey;
  params?: Describe;
  /** Payment steps concern the declarant only. */
  declarantOnly?: boolean;
  /** Another text for some events of this type (a payment the citizen stopped). */
  keyOf?: (event: CaseEvent) => MessageKey | undefined;
}

const who: Describe = (event, ctx, role) => ({ who: actorWord(event.actor, ctx, role) });
const amount: Describe = (event, ctx) =>
  ({ amount: 'amountCents' in event ? euro(ctx.lang, event.amountCents) : '' });

/** How a payment of the invoice's balance ended, in the words of the deposit's payments. */
const endedKey: Record<EventOf<'SettlementPaymentEnded'>['ended'], MessageKey | undefined> = {
  failed: undefined,
  cancelled: 'case.event.paymentCancelled',
  expired: 'case.event.paymentExpired',
};

const shown: Partial<Record<CaseEvent['type'], Shown>> = {
  CaseStarted: { key: 'case.event.started', params: who },
  DeclarationSigned: { key: 'case.event.declarationSigned', params: who },
  PartnerInvited: { key: 'case.event.partnerInvited' },
  PartnerSigned: { key: 'case.event.partnerSigned', params: who },
  PartnerRefused: { key: 'case.event.partnerRefused', params: who },
  PartnerDeadlinePassed: { key: 'case.event.partnerDeadlinePassed' },
  DeclarantChoseUnilateral: { key: 'case.event.choseUnilateral' },
  CounterVisitRecorded: { key: 'case.event.counterVisit' },
  PaymentRequested: { key: 'case.event.paymentRequested', params: amount, declarantOnly: true },
  PaymentSucceeded: { key: 'case.event.paid', params: amount, declarantOnly: true },
  PaymentFailed: { key: 'case.event.paymentFailed', declarantOnly: true,
    keyOf: (e) => (e.reason === 'cancelled' ? 'case.event.paymentCancelled' : undefined) },
  PaymentExpired: { key: 'case.event.paymentExpired', declarantOnly: true },
  PaymentRefunded: { key: 'case.event.refunded', params: amount, declarantOnly: true },
  InvoiceSettled: { key: 'case.event.invoiceSettled', declarantOnly: true, params: (e, ctx) => {
    const settled = e as EventOf<'InvoiceSettled'>;
    return { invoice: euro(ctx.lang, settled.invoiceCents), deposit: euro(ctx.lang, settled.depositCents) };
  } },
  SettlementRefunded: { key: 'case.event.settlementRefunded', params: amount, declarantOnly: true },
  SettlementPaid: { key: 'case.event.settlementPaid', params: amount, declarantOnly: true },
  SettlementPaymentEnded: { key: 'case.event.paymentFailed', declarantOnly: true,
    keyOf: (e) => endedKey[(e as EventOf<'SettlementPaymentEnded'>).ended] },
  DeclarationReceived: { key: 'case.event.received',
    params: (e) => ({ number: 'receiptNumber' in e ? e.receiptNumber : '' }) },
  BailiffEngaged: { key: 'case.event.bailiffEngaged' },
  ServiceRecorded: { key: 'case.event.served' },
  TerminationRegistered: { key: 'case.event.registered', params: (e, ctx) =>
    ({ date: 'effectiveDate' in e ? calendarDay(ctx.lang, e.effectiveDate) : '' }) },
  CertificateIssued: { key: 'case.event.certificate' },
  Withdrawn: { key: 'case.event.withdrawn', params: who },
  Lapsed: { key: 'case.event.lapsed' },
  Expired: { key: 'case.event.expired' },
};

function actorWord(actor: Actor, ctx: PageContext, role: CaseRole): string {
  if (actor.role === role) return ctx.t('case.who.you');
  if (actor.role === 'declarant' || actor.role === 'partner') return ctx.t('case.who.partner');
  return ctx.t('case.who.municipality');
}

/** The done steps this party may see, oldest first. */
export function doneSteps(
  events: CaseEvent[], state: CaseState, role: CaseRole, ctx: PageContext,
): TimelineEntry[] {
  return events.flatMap((event) => {
    const show = shown[event.type];
    if (!show || (show.declarantOnly && role !== 'declarant')) return [];
    const params = show.params ? show.params(event, ctx, role) : {};
    return [{ at: event.at, when: brusselsMoment(ctx.lang, event.at),
      text: ctx.t(show.keyOf?.(event) ?? show.key, params), detail: refusalDetail(event, state, role, ctx) }];
  });
}

/** The partner sees their own reason; the declarant only a reason the partner shared. */
function refusalDetail(
  event: CaseEvent, state: CaseState, role: CaseRole, ctx: PageContext,
): string | null {
  if (event.type !== 'PartnerRefused') return null;
  const reason = role === 'partner' ? (state.refusal?.reason ?? null)
    : refusalReasonForDeclarant(state);
  return reason ? ctx.t('case.event.reason', { reason }) : null;
}

/** The timers that end a step, in the order a case meets them. */
const stepEnds = ['partner-answer', 'declarant-choice', 'payment-due', 'payment-expiry',
  'service-deadline', 'registration-due'];

/** The next step of an open case and, when a clock runs, the moment it is due. */
export function nextStep(state: CaseState): { status: OpenStatus; dueAt: string | null } | null {
  if (!isOpen(state.status)) return null;
  const due = deadlines(state).find((d) => stepEnds.includes(d.name));
  return { status: state.status, dueAt: due?.dueAt ?? null };
}
