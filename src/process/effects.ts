// What must leave the system because of an event. The engine writes these as outbox rows in
// the same transaction as the event and carries them out once each (idempotency key per
// case, version and index). Notifications name a template; the message itself, in the
// citizen's language, is the engine's: short, calm, with what happens next and by when.
import type { CaseEvent, CaseEventType, EventOf } from './events.ts';
import {
  activeBailiff,
  awaitingReview,
  excludedBailiffs,
  otherMunicipalities,
  partnerInformed,
  paymentOutstanding,
} from './facts.ts';
import type {
  CaseState, CertificateKind, FollowUpTopic, MunicipalityCode, PaymentPurpose,
} from './types.ts';

export type NotifyRecipient = 'declarant' | 'partner' | 'municipality' | 'bailiff';

export const notifyTemplates = [
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
  'bailiff_assignment',
  'bailiff_assignment_withdrawn',
  'bailiff_assignment_cancelled',
  'service_recorded',
  'service_attempt_failed',
  'service_deadline_passed',
  'registration_review_needed',
  'termination_registered',
  'address_change_offer',
  'certificates_ready',
  'case_withdrawn',
  'case_lapsed_marriage',
  'case_lapsed_death',
  'case_expired',
  'case_status_changed',
] as const;

/** A fixed template, or a follow-up task for the municipality: 'follow_up_<topic>'. */
export type NotifyTemplate = (typeof notifyTemplates)[number] | `follow_up_${FollowUpTopic}`;

export type Effect =
  /** bailiffId is set when the recipient is a bailiff. */
  | { kind: 'notify'; recipient: NotifyRecipient; template: NotifyTemplate; bailiffId?: string }
  | { kind: 'request_payment'; amountCents: number; purpose: PaymentPurpose }
  /** Close the open payment request at the provider: the case closed before it was paid. */
  | { kind: 'cancel_payment' }
  | { kind: 'refund_payment'; paymentId: string; amountCents: number }
  /** Choose a bailiff (not one of excludeBailiffIds) and send EngageBailiff. */
  | { kind: 'engage_bailiff'; excludeBailiffIds: string[] }
  | { kind: 'register_termination' }
  | {
      kind: 'notify_other_municipality';
      municipality: MunicipalityCode;
      template: 'unilateral_declaration_received' | 'termination_registered';
    }
  | { kind: 'refresh_household' }
  /** Issue these certificates, each partner their own copy. */
  | { kind: 'issue_certificates'; kinds: CertificateKind[] };

function notify(recipient: NotifyRecipient, template: NotifyTemplate): Effect {
  return { kind: 'notify', recipient, template };
}

function notifyBailiff(bailiffId: string, template: NotifyTemplate): Effect {
  return { kind: 'notify', recipient: 'bailiff', template, bailiffId };
}

function bothPartners(template: NotifyTemplate): Effect[] {
  return [notify('declarant', template), notify('partner', template)];
}

function engageBailiff(after: CaseState): Effect {
  return { kind: 'engage_bailiff', excludeBailiffIds: excludedBailiffs(after) };
}

function otherMunicipality(
  after: CaseState,
  template: 'unilateral_declaration_received' | 'termination_registered',
): Effect[] {
  const codes = otherMunicipalities(after);
  return codes.map((municipality) => ({
    kind: 'notify_other_municipality',
    municipality,
    template,
  }));
}

/** Entering registering: to the register, or first to the registrar for review. */
function registration(after: CaseState): Effect[] {
  if (after.status !== 'registering') return [];
  if (awaitingReview(after)) return [notify('municipality', 'registration_review_needed')];
  return [{ kind: 'register_termination' }];
}

/** On closing: give back a deposit not yet used, close an open request, stop the bailiff. */
function settleOnClosure(after: CaseState): Effect[] {
  const payment = after.payment;
  const effects: Effect[] = [];
  if (payment?.status === 'succeeded' && payment.refundRequestedAt !== null) {
    effects.push(...refund(after));
  }
  if (paymentOutstanding(after)) effects.push({ kind: 'cancel_payment' });
  const bailiff = activeBailiff(after);
  if (bailiff !== null && after.service === null) {
    effects.push(notifyBailiff(bailiff.id, 'bailiff_assignment_cancelled'));
  }
  return effects;
}

function refund(after: CaseState): Effect[] {
  const payment = after.payment;
  if (payment === null || payment.paymentId === null) return [];
  return [
    { kind: 'refund_payment', paymentId: payment.paymentId, amountCents: payment.amountCents },
  ];
}

function informedPartner(after: CaseState, template: NotifyTemplate): Effect[] {
  return partnerInformed(after) ? [notify('partner', template)] : [];
}

/** Rule 8: the surviving or remaining partner is told; the one who died is not. */
function lapsed(e: EventOf<'Lapsed'>, after: CaseState): Effect[] {
  const template = e.cause === 'death' ? 'case_lapsed_death' : 'case_lapsed_marriage';
  const alive = (person: string): boolean => !(e.cause === 'death' && e.person === person);
  const declarant = alive(after.declarant) ? [notify('declarant', template)] : [];
  const partnerConcerned = partnerInformed(after) || e.person === after.declarant;
  const partner = alive(after.partner) && partnerConcerned ? [notify('partner', template)] : [];
  return [...declarant, ...partner, notify('municipality', template), ...settleOnClosure(after)];
}

function received(after: CaseState): Effect[] {
  if (after.path === 'joint')
    return [...bothPartners('declaration_received'), ...registration(after)];
  return [
    notify('declarant', 'declaration_received'),
    engageBailiff(after),
    ...otherMunicipality(after, 'unilateral_declaration_received'),
  ];
}

function signed(after: CaseState): Effect[] {
  const counter = after.status === 'awaiting_counter_visit';
  return [notify('declarant', counter ? 'book_counter_visit' : 'declaration_signed')];
}

function partnerSigned(after: CaseState): Effect[] {
  if (after.status === 'awaiting_counter_visit') return bothPartners('book_counter_visit');
  return [notify('declarant', 'partner_signed')];
}

function refused(e: EventOf<'PartnerRefused'>): Effect[] {
  const shared = e.shareWithDeclarant && e.reason !== undefined;
  return [notify('declarant', shared ? 'partner_refused_with_reason' : 'partner_refused')];
}

function engaged(e: EventOf<'BailiffEngaged'>): Effect[] {
  const offer = notifyBailiff(e.bailiffId, 'bailiff_assignment');
  const replaced = e.replacedBailiffId;
  return replaced === null
    ? [offer]
    : [offer, notifyBailiff(replaced, 'bailiff_assignment_withdrawn')];
}

function registered(after: CaseState): Effect[] {
  return [
    ...bothPartners('termination_registered'),
    { kind: 'refresh_household' },
    { kind: 'issue_certificates', kinds: ['receipt', 'declaration', 'termination'] },
    ...otherMunicipality(after, 'termination_registered'),
  ];
}

function overridden(e: EventOf<'StaffOverride'>, after: CaseState): Effect[] {
  const bailiffNeeded = e.to === 'awaiting_service' && activeBailiff(after) === null;
  return [
    notify('declarant', 'case_status_changed'),
    ...registration(after),
    ...(bailiffNeeded ? [engageBailiff(after)] : []),
  ];
}

/** The deposit higher than the invoice: refund the difference; lower: ask for the rest. */
function settlementEffects(e: EventOf<'InvoiceSettled'>, after: CaseState): Effect[] {
  const paymentId = after.payment?.paymentId ?? null;
  if (e.differenceCents < 0 && paymentId !== null) {
    return [{ kind: 'refund_payment', paymentId, amountCents: -e.differenceCents }];
  }
  if (e.differenceCents > 0) {
    return [{ kind: 'request_payment', amountCents: e.differenceCents, purpose: 'invoice_balance' }];
  }
  return [];
}

type EffectsOf<T extends CaseEventType> = (event: EventOf<T>, after: CaseState) => Effect[];
type EffectTable = { [T in CaseEventType]?: EffectsOf<T> };

const table: EffectTable = {
  CaseStarted: () => [notify('declarant', 'case_started')],
  DeclarationSigned: (_e, after) => signed(after),
  PartnerInvited: () => [notify('partner', 'partner_invited')],
  PartnerReminded: () => [notify('partner', 'partner_reminder')],
  PartnerSigned: (_e, after) => partnerSigned(after),
  PartnerRefused: refused,
  PartnerDeadlinePassed: () => [notify('declarant', 'partner_no_answer')],
  DeclarantReminded: () => [notify('declarant', 'choice_reminder')],
  PaymentRequested: (e) => [
    { kind: 'request_payment', amountCents: e.amountCents, purpose: e.purpose },
  ],
  PaymentReminded: () => [notify('declarant', 'payment_reminder')],
  PaymentSucceeded: (_e, after) => [
    notify('declarant', 'payment_received'),
    ...(after.closure === null ? [] : refund(after)),
  ],
  PaymentFailed: () => [notify('declarant', 'payment_failed')],
  PaymentExpired: () => [notify('declarant', 'payment_expired')],
  PaymentRefunded: () => [notify('declarant', 'payment_refunded')],
  DeclarationReceived: (_e, after) => received(after),
  BailiffEngaged: engaged,
  BailiffDeclined: (_e, after) => [engageBailiff(after)],
  ServiceRecorded: (_e, after) => [notify('declarant', 'service_recorded'), ...registration(after)],
  ServiceFailed: () => [notify('municipality', 'service_attempt_failed')],
  ServiceDeadlinePassed: () => [notify('municipality', 'service_deadline_passed')],
  RegistrationApproved: () => [{ kind: 'register_termination' }],
  TerminationRegistered: (_e, after) => registered(after),
  HouseholdRefreshed: (e) => [
    { kind: 'issue_certificates', kinds: ['household'] },
    ...(e.sharedAddress ? bothPartners('address_change_offer') : []),
  ],
  CertificateIssued: (e) => (e.kind === 'household' ? bothPartners('certificates_ready') : []),
  InvoiceSettled: (e, after) => settlementEffects(e, after),
  SettlementRefunded: () => [notify('declarant', 'payment_refunded')],
  SettlementPaid: () => [notify('declarant', 'payment_received')],
  SettlementPaymentEnded: (e) =>
    [notify('declarant', e.ended === 'expired' ? 'payment_expired' : 'payment_failed')],
  FollowUpRaised: (e) => [notify('municipality', `follow_up_${e.topic}`)],
  Withdrawn: (_e, after) => [
    notify('declarant', 'case_withdrawn'),
    ...informedPartner(after, 'case_withdrawn'),
    ...settleOnClosure(after),
  ],
  Lapsed: lapsed,
  Expired: (_e, after) => [
    notify('declarant', 'case_expired'),
    ...informedPartner(after, 'case_expired'),
    ...settleOnClosure(after),
  ],
  StaffOverride: overridden,
};

/** The effects of one event, given the state right after it. */
export function effects(event: CaseEvent, after: CaseState): Effect[] {
  const produce = table[event.type] as ((e: CaseEvent, s: CaseState) => Effect[]) | undefined;
  return produce === undefined ? [] : produce(event, after);
}
