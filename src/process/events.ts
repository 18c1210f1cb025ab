// The case's history. A case's state is the fold of these events; nothing else is the truth.
import type { CaseSettings } from './settings.ts';
import type {
  Actor,
  CaseStatus,
  CertificateKind,
  Channel,
  FollowUpAssignee,
  FollowUpTopic,
  LapseCause,
  MunicipalityCode,
  Path,
  PaymentPurpose,
  PersonId,
  ServiceMode,
} from './types.ts';

/** Who, when (ISO instant), through which channel and, where a person chose, why. */
export interface EventBase<T extends string> {
  type: T;
  caseId: string;
  at: string;
  actor: Actor;
  channel: Channel;
  reason?: string;
}

export interface CaseStarted extends EventBase<'CaseStarted'> {
  path: Path;
  cohabitationId: string;
  declarant: PersonId;
  partner: PersonId;
  municipality: MunicipalityCode;
  declarantMunicipality: MunicipalityCode;
  partnerMunicipality: MunicipalityCode;
  settings: CaseSettings;
}

/** The declarant signed the joint or the unilateral declaration. */
export interface DeclarationSigned extends EventBase<'DeclarationSigned'> {
  path: Path;
}

export interface PartnerInvited extends EventBase<'PartnerInvited'> {
  answerDueAt: string;
}

export interface PartnerReminded extends EventBase<'PartnerReminded'> {
  day: number;
}

export type PartnerSigned = EventBase<'PartnerSigned'>;

/** `reason` is the partner's own; the declarant sees it only when shareWithDeclarant. */
export interface PartnerRefused extends EventBase<'PartnerRefused'> {
  shareWithDeclarant: boolean;
}

export type PartnerDeadlinePassed = EventBase<'PartnerDeadlinePassed'>;
export type DeclarantChoseUnilateral = EventBase<'DeclarantChoseUnilateral'>;

export interface DeclarantReminded extends EventBase<'DeclarantReminded'> {
  day: number;
}

/** The declaration was handed over at the counter, in person or by a special proxy. */
export interface CounterVisitRecorded extends EventBase<'CounterVisitRecorded'> {
  presentedBy: PersonId;
  byProxy: boolean;
}

export interface PaymentRequested extends EventBase<'PaymentRequested'> {
  purpose: PaymentPurpose;
  amountCents: number;
  dueAt: string;
}

export interface PaymentReminded extends EventBase<'PaymentReminded'> {
  day: number;
}

export interface PaymentSucceeded extends EventBase<'PaymentSucceeded'> {
  paymentId: string;
  amountCents: number;
}

export interface PaymentFailed extends EventBase<'PaymentFailed'> {
  paymentId: string;
}

/** The payment provider's session expired unpaid; a new request can be made. */
export interface PaymentExpired extends EventBase<'PaymentExpired'> {
  paymentId: string;
}

export interface PaymentRefunded extends EventBase<'PaymentRefunded'> {
  paymentId: string;
  amountCents: number;
}

/** The receipt (ontvangstbewijs). For a unilateral one the 8-day service clock starts here. */
export interface DeclarationReceived extends EventBase<'DeclarationReceived'> {
  receiptNumber: string;
  receiptDate: string;
  serviceDueAt: string | null;
}

export interface BailiffEngaged extends EventBase<'BailiffEngaged'> {
  bailiffId: string;
  replacedBailiffId: string | null;
}

export interface BailiffAccepted extends EventBase<'BailiffAccepted'> {
  bailiffId: string;
}

export interface BailiffDeclined extends EventBase<'BailiffDeclined'> {
  bailiffId: string;
}

export interface ServiceRecorded extends EventBase<'ServiceRecorded'> {
  bailiffId: string;
  serviceDate: string;
  place: string;
  mode: ServiceMode;
  deedReference: string;
}

export interface ServiceFailed extends EventBase<'ServiceFailed'> {
  bailiffId: string;
  attemptDate: string;
}

export interface ServiceDeadlinePassed extends EventBase<'ServiceDeadlinePassed'> {
  serviceDueAt: string;
}

export type RegistrationApproved = EventBase<'RegistrationApproved'>;

/** effectiveDate is the Brussels date of `at`, the registration itself (rule 7). */
export interface TerminationRegistered extends EventBase<'TerminationRegistered'> {
  effectiveDate: string;
  registerReference: string;
}

/** sharedAddress: both partners are still registered at one address. */
export interface HouseholdRefreshed extends EventBase<'HouseholdRefreshed'> {
  sharedAddress: boolean;
}

export interface CertificateIssued extends EventBase<'CertificateIssued'> {
  certificateId: string;
  kind: CertificateKind;
}

/** The approved invoice set against the deposit; differenceCents = invoice - deposit. */
export interface InvoiceSettled extends EventBase<'InvoiceSettled'> {
  invoiceId: string;
  invoiceCents: number;
  depositCents: number;
  differenceCents: number;
}

/** The part of the deposit above the invoice went back to the declarant. */
export interface SettlementRefunded extends EventBase<'SettlementRefunded'> {
  paymentId: string;
  amountCents: number;
}

/** The declarant paid what the invoice asked beyond the deposit. */
export interface SettlementPaid extends EventBase<'SettlementPaid'> {
  paymentId: string;
  amountCents: number;
}

/**
 * A payment of that balance ended without the money (failed, stopped by the declarant, or
 * expired); the settlement still asks for it, and the declarant can pay again.
 */
export interface SettlementPaymentEnded extends EventBase<'SettlementPaymentEnded'> {
  paymentId: string;
  ended: 'failed' | 'cancelled' | 'expired';
}

export interface FollowUpRaised extends EventBase<'FollowUpRaised'> {
  followUpId: string;
  topic: FollowUpTopic;
  assignee: FollowUpAssignee;
}

export interface FollowUpResolved extends EventBase<'FollowUpResolved'> {
  followUpId: string;
}

export type Withdrawn = EventBase<'Withdrawn'>;

/** A register event: `person` married or died; the cohabitation ended by law. */
export interface Lapsed extends EventBase<'Lapsed'> {
  cause: LapseCause;
  person: PersonId;
  eventDate: string;
}

export interface Expired extends EventBase<'Expired'> {
  clock: 'declarant_choice' | 'payment';
}

export interface StaffOverride extends EventBase<'StaffOverride'> {
  from: CaseStatus;
  to: CaseStatus;
  reason: string;
}

export type CaseEvent =
  | CaseStarted
  | DeclarationSigned
  | PartnerInvited
  | PartnerReminded
  | PartnerSigned
  | PartnerRefused
  | PartnerDeadlinePassed
  | DeclarantChoseUnilateral
  | DeclarantReminded
  | CounterVisitRecorded
  | PaymentRequested
  | PaymentReminded
  | PaymentSucceeded
  | PaymentFailed
  | PaymentExpired
  | PaymentRefunded
  | DeclarationReceived
  | BailiffEngaged
  | BailiffAccepted
  | BailiffDeclined
  | ServiceRecorded
  | ServiceFailed
  | ServiceDeadlinePassed
  | RegistrationApproved
  | TerminationRegistered
  | HouseholdRefreshed
  | CertificateIssued
  | InvoiceSettled
  | SettlementRefunded
  | SettlementPaid
  | SettlementPaymentEnded
  | FollowUpRaised
  | FollowUpResolved
  | Withdrawn
  | Lapsed
  | Expired
  | StaffOverride;

export type CaseEventType = CaseEvent['type'];
export type EventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;
