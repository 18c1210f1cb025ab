// The case's history in the staff's words: every event, who acted in which role, through
// which channel, and the details a member of staff needs (amounts, references, reasons).
import type { TimelineEvent } from '../../app/office/case-file.ts';
import type { CaseEvent, CaseStatus } from '../../process/index.ts';
import type { MessageKey, Params } from '../i18n/index.ts';
import type { PageContext } from '../page-context.ts';
import { euro } from '../product/offer.ts';
import { brusselsMoment, calendarDay } from '../citizen/format.ts';

export interface StaffTimelineEntry {
  version: number;
  at: string;
  when: string;
  text: string;
  actor: string;
  channel: string;
  reason: string | null;
}

type Words = (event: CaseEvent, ctx: PageContext, names: Record<string, string>) => Params;

export function statusWord(ctx: PageContext, status: CaseStatus | string): string {
  return ctx.t(`office.case.status.${status}` as MessageKey);
}

const money = (cents: number, ctx: PageContext) => euro(ctx.lang, cents);

/** The values each event's text needs; events not listed need none. */
const params: Partial<Record<CaseEvent['type'], Words>> = {
  CaseStarted: (e, ctx) => ({ path: ctx.t(`office.case.path.${pick(e, 'path')}` as MessageKey) }),
  DeclarationSigned: (e, ctx) =>
    ({ path: ctx.t(`office.case.path.${pick(e, 'path')}` as MessageKey) }),
  PartnerReminded: (e) => ({ day: pick(e, 'day') }),
  DeclarantReminded: (e) => ({ day: pick(e, 'day') }),
  PaymentReminded: (e) => ({ day: pick(e, 'day') }),
  PaymentRequested: (e, ctx) => ({ amount: money(Number(pick(e, 'amountCents')), ctx) }),
  PaymentSucceeded: (e, ctx) => ({ amount: money(Number(pick(e, 'amountCents')), ctx) }),
  PaymentRefunded: (e, ctx) => ({ amount: money(Number(pick(e, 'amountCents')), ctx) }),
  SettlementRefunded: (e, ctx) => ({ amount: money(Number(pick(e, 'amountCents')), ctx) }),
  SettlementPaid: (e, ctx) => ({ amount: money(Number(pick(e, 'amountCents')), ctx) }),
  SettlementPaymentEnded: (e, ctx) =>
    ({ ended: ctx.t(`office.case.payment.${String(pick(e, 'ended'))}` as MessageKey) }),
  InvoiceSettled: (e, ctx) => ({ invoice: money(Number(pick(e, 'invoiceCents')), ctx),
    deposit: money(Number(pick(e, 'depositCents')), ctx) }),
  DeclarationReceived: (e) => ({ number: pick(e, 'receiptNumber') }),
  BailiffEngaged: (e, _ctx, names) => ({ bailiff: bailiffName(e, names) }),
  BailiffAccepted: (e, _ctx, names) => ({ bailiff: bailiffName(e, names) }),
  BailiffDeclined: (e, _ctx, names) => ({ bailiff: bailiffName(e, names) }),
  ServiceRecorded: (e, ctx) => ({ date: calendarDay(ctx.lang, String(pick(e, 'serviceDate'))),
    place: pick(e, 'place'), deed: pick(e, 'deedReference') }),
  ServiceFailed: (e, ctx) => ({ date: calendarDay(ctx.lang, String(pick(e, 'attemptDate'))) }),
  TerminationRegistered: (e, ctx) => ({ reference: pick(e, 'registerReference'),
    date: calendarDay(ctx.lang, String(pick(e, 'effectiveDate'))) }),
  CertificateIssued: (e, ctx) =>
    ({ kind: ctx.t(`office.case.certificate.${pick(e, 'kind')}` as MessageKey) }),
  FollowUpRaised: (e, ctx) =>
    ({ topic: ctx.t(`office.case.topic.${pick(e, 'topic')}` as MessageKey) }),
  Lapsed: (e, ctx) => ({ cause: ctx.t(`office.case.cause.${pick(e, 'cause')}` as MessageKey) }),
  StaffOverride: (e, ctx) => ({ from: statusWord(ctx, String(pick(e, 'from'))),
    to: statusWord(ctx, String(pick(e, 'to'))) }),
};

function actorWords(
  event: CaseEvent, ctx: PageContext,
  names: { bailiffs: Record<string, string>; staff: Record<string, string> },
): string {
  const role = ctx.t(`office.case.role.${event.actor.role}` as MessageKey);
  const name = event.actor.role === 'bailiff' ? names.bailiffs[event.actor.id]
    : names.staff[event.actor.id];
  return name ? ctx.t('office.case.actor.named', { name, role }) : role;
}

/** A field of the event, as text for a message's placeholder. */
function pick(event: CaseEvent, field: string): string | number {
  const value = (event as unknown as Record<string, unknown>)[field];
  return typeof value === 'number' ? value : String(value ?? '');
}

function bailiffName(event: CaseEvent, names: Record<string, string>): string {
  const id = String(pick(event, 'bailiffId'));
  return names[id] ?? id;
}

/**
 * Every event of the case, oldest first, in words. The actor is named by role, with the name
 * of the member of staff or the bailiff's office where it is known (the event keeps only
 * their subject or office). The partner's refusal reason is shown: the back office needs it
 * to follow the case up; it never reaches the declarant here.
 */
export function staffTimeline(
  events: TimelineEvent[], ctx: PageContext,
  names: { bailiffs: Record<string, string>; staff: Record<string, string> },
): StaffTimelineEntry[] {
  const bailiffNames = names.bailiffs;
  return events.map(({ version, event }) => {
    const words = params[event.type];
    return {
      version, at: event.at, when: brusselsMoment(ctx.lang, event.at),
      text: ctx.t(`office.case.event.${event.type}` as MessageKey,
        words ? words(event, ctx, bailiffNames) : {}),
      actor: actorWords(event, ctx, names),
      channel: ctx.t(`office.case.channel.${event.channel}` as MessageKey),
      reason: typeof event.reason === 'string' && event.reason !== ''
        ? ctx.t('office.case.event.reason', { reason: event.reason }) : null,
    };
  });
}
