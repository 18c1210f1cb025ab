// The fold: a case's state is its events applied one by one. evolve() never refuses an event
// that decide() emitted; it throws only for a history that cannot be (no CaseStarted first).
import { clockFollowUpTopic, clockForStatus } from './clocks.ts';
import { ProcessError } from './errors.ts';
import type { CaseEvent, CaseEventType, CaseStarted, EventOf } from './events.ts';
import { activeBailiff, refundDue } from './facts.ts';
import { copySettings } from './settings.ts';
import type {
  BailiffAssignment, CaseState, ClosedStatus, Payment, Settlement, Signature,
} from './types.ts';

type Reducer<E extends CaseEvent> = (state: CaseState, event: E) => CaseState;
type ReducerTable = { [K in Exclude<CaseEventType, 'CaseStarted'>]: Reducer<EventOf<K>> };

function started(e: CaseStarted): CaseState {
  return {
    caseId: e.caseId,
    status: 'draft',
    path: e.path,
    cohabitationId: e.cohabitationId,
    municipality: e.municipality,
    declarantMunicipality: e.declarantMunicipality,
    partnerMunicipality: e.partnerMunicipality,
    declarant: e.declarant,
    partner: e.partner,
    settings: copySettings(e.settings),
    startedAt: e.at,
    updatedAt: e.at,
    clock: null,
    signatures: [],
    partnerInvitedAt: null,
    refusal: null,
    partnerDeadlinePassedAt: null,
    counterVisit: null,
    receipt: null,
    payment: null,
    bailiff: null,
    formerBailiffs: [],
    serviceAttempts: [],
    service: null,
    serviceDeadlinePassedAt: null,
    registrationApprovedAt: null,
    registration: null,
    householdRefreshedAt: null,
    certificates: [],
    followUps: [],
    overrides: [],
    closure: null,
    settlement: null,
  };
}

function signature(by: Signature['by'], e: CaseEvent, path: Signature['path']): Signature {
  return { by, path, at: e.at, channel: e.channel };
}

function inCounterMode(s: CaseState): boolean {
  return s.settings.filingMode === 'counter';
}

function remind(s: CaseState, day: number): CaseState {
  if (s.clock === null) return s;
  return { ...s, clock: { ...s.clock, remindersSent: [...s.clock.remindersSent, day] } };
}

function withPayment(s: CaseState, e: CaseEvent, patch: Partial<Payment>): CaseState {
  if (s.payment === null) throw new ProcessError('invalid_input', s.status, e.type, 'no payment');
  return { ...s, payment: { ...s.payment, ...patch } };
}

function requested(s: CaseState, e: EventOf<'PaymentRequested'>): CaseState {
  const payment: Payment = {
    purpose: e.purpose,
    amountCents: e.amountCents,
    status: 'requested',
    requestCount: (s.payment?.requestCount ?? 0) + 1,
    paymentId: null,
    paidAt: null,
    refundRequestedAt: null,
    refundedAt: null,
  };
  return { ...s, status: 'awaiting_payment', payment };
}

function succeeded(s: CaseState, e: EventOf<'PaymentSucceeded'>): CaseState {
  const late = s.closure !== null;
  const patch = { status: 'succeeded', paymentId: e.paymentId, paidAt: e.at } as const;
  return withPayment(s, e, late ? { ...patch, refundRequestedAt: e.at } : patch);
}

function engaged(s: CaseState, e: EventOf<'BailiffEngaged'>): CaseState {
  const current = s.bailiff;
  const replaced = activeBailiff(s) !== null;
  const former: BailiffAssignment[] =
    current === null ? [] : [replaced ? { ...current, status: 'replaced' } : current];
  return {
    ...s,
    formerBailiffs: [...s.formerBailiffs, ...former],
    bailiff: { id: e.bailiffId, status: 'engaged', engagedAt: e.at },
  };
}

function withBailiffStatus(s: CaseState, status: 'accepted' | 'declined'): CaseState {
  return s.bailiff === null ? s : { ...s, bailiff: { ...s.bailiff, status } };
}

function settled(s: CaseState, e: EventOf<'InvoiceSettled'>): CaseState {
  const d = e.differenceCents;
  const status = d < 0 ? 'refund_requested' : d > 0 ? 'payment_requested' : 'settled';
  const settlement: Settlement = {
    invoiceId: e.invoiceId,
    invoiceCents: e.invoiceCents,
    depositCents: e.depositCents,
    differenceCents: d,
    status,
    approvedAt: e.at,
    settledAt: d === 0 ? e.at : null,
    paymentId: null,
  };
  return { ...s, settlement };
}

function withSettlement(s: CaseState, e: CaseEvent, patch: Partial<Settlement>): CaseState {
  const current = s.settlement ?? null;
  if (current === null) throw new ProcessError('invalid_input', s.status, e.type, 'no settlement');
  return { ...s, settlement: { ...current, status: 'settled', settledAt: e.at, ...patch } };
}

function raised(s: CaseState, e: EventOf<'FollowUpRaised'>): CaseState {
  const followUp = { id: e.followUpId, topic: e.topic, assignee: e.assignee, raisedAt: e.at };
  const followUps = [...s.followUps, { ...followUp, resolvedAt: null }];
  const clock = s.clock;
  const ownTopic = clock !== null && clockFollowUpTopic(clock.name) === e.topic;
  return { ...s, followUps, clock: ownTopic ? { ...clock, followUpRaised: true } : clock };
}

function resolved(s: CaseState, e: EventOf<'FollowUpResolved'>): CaseState {
  const followUps = s.followUps.map((f) =>
    f.id === e.followUpId
      ? { ...f, resolvedAt: e.at, resolvedBy: e.actor, resolution: e.reason ?? null }
      : f,
  );
  return { ...s, followUps };
}

function closed(
  s: CaseState,
  e: CaseEvent,
  status: ClosedStatus,
  lapse?: EventOf<'Lapsed'>,
): CaseState {
  const closure = {
    status,
    at: e.at,
    actor: e.actor,
    reason: e.reason ?? null,
    cause: lapse?.cause ?? null,
    person: lapse?.person ?? null,
  };
  const refund = status !== 'completed' && refundDue(s);
  const next: CaseState = { ...s, status, closure };
  return refund ? withPayment(next, e, { refundRequestedAt: e.at }) : next;
}

const reducers: ReducerTable = {
  DeclarationSigned: (s, e) => ({
    ...s,
    signatures: [...s.signatures, signature('declarant', e, e.path)],
    status: e.path === 'unilateral' && inCounterMode(s) ? 'awaiting_counter_visit' : s.status,
  }),
  PartnerInvited: (s, e) => ({ ...s, status: 'awaiting_partner', partnerInvitedAt: e.at }),
  PartnerReminded: (s, e) => remind(s, e.day),
  PartnerSigned: (s, e) => ({
    ...s,
    signatures: [...s.signatures, signature('partner', e, 'joint')],
    status: inCounterMode(s) ? 'awaiting_counter_visit' : s.status,
  }),
  PartnerRefused: (s, e) => ({
    ...s,
    status: 'awaiting_declarant_choice',
    refusal: { at: e.at, reason: e.reason ?? null, shareWithDeclarant: e.shareWithDeclarant },
  }),
  PartnerDeadlinePassed: (s, e) => ({
    ...s,
    status: 'awaiting_declarant_choice',
    partnerDeadlinePassedAt: e.at,
  }),
  DeclarantChoseUnilateral: (s) => ({ ...s, path: 'unilateral' }),
  DeclarantReminded: (s, e) => remind(s, e.day),
  CounterVisitRecorded: (s, e) => ({
    ...s,
    counterVisit: { at: e.at, staffId: e.actor.id, presentedBy: e.presentedBy, byProxy: e.byProxy },
  }),
  PaymentRequested: requested,
  PaymentReminded: (s, e) => remind(s, e.day),
  PaymentSucceeded: succeeded,
  PaymentFailed: (s, e) => withPayment(s, e, { status: 'failed', paymentId: e.paymentId }),
  PaymentExpired: (s, e) => withPayment(s, e, { status: 'expired', paymentId: e.paymentId }),
  PaymentRefunded: (s, e) => withPayment(s, e, { status: 'refunded', refundedAt: e.at }),
  DeclarationReceived: (s, e) => ({
    ...s,
    status: s.path === 'joint' ? 'registering' : 'awaiting_service',
    receipt: { number: e.receiptNumber, at: e.at, date: e.receiptDate },
  }),
  BailiffEngaged: engaged,
  BailiffAccepted: (s) => withBailiffStatus(s, 'accepted'),
  BailiffDeclined: (s) => withBailiffStatus(s, 'declined'),
  ServiceRecorded: (s, e) => ({
    ...s,
    status: 'registering',
    service: {
      bailiffId: e.bailiffId,
      date: e.serviceDate,
      place: e.place,
      mode: e.mode,
      deedReference: e.deedReference,
      recordedAt: e.at,
    },
  }),
  ServiceFailed: (s, e) => ({
    ...s,
    serviceAttempts: [
      ...s.serviceAttempts,
      {
        bailiffId: e.bailiffId,
        attemptDate: e.attemptDate,
        reason: e.reason ?? '',
        recordedAt: e.at,
      },
    ],
  }),
  ServiceDeadlinePassed: (s, e) => ({
    ...s,
    serviceDeadlinePassedAt: e.at,
    clock: s.clock === null ? null : { ...s.clock, passed: true },
  }),
  RegistrationApproved: (s, e) => ({ ...s, registrationApprovedAt: e.at }),
  TerminationRegistered: (s, e) => ({
    ...closed(s, e, 'completed'),
    registration: {
      at: e.at,
      effectiveDate: e.effectiveDate,
      registerReference: e.registerReference,
    },
  }),
  HouseholdRefreshed: (s, e) => ({ ...s, householdRefreshedAt: e.at }),
  CertificateIssued: (s, e) => ({
    ...s,
    certificates: [...s.certificates, { certificateId: e.certificateId, kind: e.kind, at: e.at }],
  }),
  InvoiceSettled: settled,
  SettlementRefunded: (s, e) => withSettlement(s, e, {}),
  SettlementPaid: (s, e) => withSettlement(s, e, { paymentId: e.paymentId }),
  // The settlement still asks for the balance: nothing changes but the case's last change.
  SettlementPaymentEnded: (s) => s,
  FollowUpRaised: raised,
  FollowUpResolved: resolved,
  Withdrawn: (s, e) => closed(s, e, 'withdrawn'),
  Lapsed: (s, e) => closed(s, e, 'lapsed', e),
  Expired: (s, e) => closed(s, e, 'expired'),
  StaffOverride: (s, e) => ({
    ...s,
    status: e.to,
    overrides: [
      ...s.overrides,
      { at: e.at, from: e.from, to: e.to, actor: e.actor, reason: e.reason },
    ],
  }),
};

function applyEvent(state: CaseState, event: CaseEvent): CaseState {
  if (event.type === 'CaseStarted') {
    throw new ProcessError('case_exists', state.status, event.type, 'a case starts only once');
  }
  const reducer = reducers[event.type] as Reducer<CaseEvent>;
  return { ...reducer(state, event), updatedAt: event.at };
}

/** The state after one event. Entering a status starts that status's clock. */
export function evolve(state: CaseState | null, event: CaseEvent): CaseState {
  if (state === null) {
    if (event.type === 'CaseStarted') return started(event);
    throw new ProcessError('case_not_found', null, event.type, 'a history starts with CaseStarted');
  }
  const next = applyEvent(state, event);
  if (next.status === state.status) return next;
  return { ...next, clock: clockForStatus(next, event.at) };
}

/** The state of a case from its whole history; null for no events. */
export function fold(events: readonly CaseEvent[]): CaseState | null {
  return events.reduce<CaseState | null>(evolve, null);
}
