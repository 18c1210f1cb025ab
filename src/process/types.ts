// The words of the process as types. Everything here is plain data: the engine stores the
// state as a JSON snapshot, so there are no Date objects, only ISO strings.
import type { CaseSettings } from './settings.ts';

/** A Belgian national number (rijksregisternummer), 11 digits. */
export type PersonId = string;
/** A municipality's NIS code, 5 digits, e.g. '11002' (Antwerp). */
export type MunicipalityCode = string;

export type Channel = 'online' | 'counter' | 'system' | 'bailiff' | 'register';

export type ActorRole =
  | 'declarant'
  | 'partner'
  | 'counter'
  | 'civil_affairs'
  | 'registrar'
  | 'administrator'
  | 'bailiff'
  | 'system'
  | 'register';

/** Who acts: id is a national number, a staff id, a bailiff id or 'system'. */
export interface Actor {
  role: ActorRole;
  id: string;
}

export type Path = 'joint' | 'unilateral';
export type FilingMode = 'online' | 'counter';

export type OpenStatus =
  | 'draft'
  | 'awaiting_partner'
  | 'awaiting_declarant_choice'
  | 'awaiting_counter_visit'
  | 'awaiting_payment'
  | 'awaiting_service'
  | 'registering';
export type ClosedStatus = 'completed' | 'withdrawn' | 'lapsed' | 'expired';
export type CaseStatus = OpenStatus | ClosedStatus;

/** invoice_balance: what the bailiff's approved invoice asks beyond the deposit. */
export type PaymentPurpose = 'deposit' | 'joint_fee' | 'invoice_balance';
export type PaymentStatus = 'requested' | 'failed' | 'expired' | 'succeeded' | 'refunded';
export type ServiceMode = 'in_person' | 'at_address' | 'electronic' | 'public_prosecutor';
export type LapseCause = 'marriage' | 'death';
/** The household extract follows the household's new reading after the termination. */
export type CertificateKind = 'receipt' | 'declaration' | 'termination' | 'household';

/**
 * Why the municipality or the registrar must look at a case.
 * Raised by the process itself: refusal, partner_silence.
 * Raised by a timer: unpaid, bailiff_late, registration_late.
 * Raised by the system or staff, with a reason: register_failure, citizen_unreachable, other.
 */
export type FollowUpTopic =
  | 'refusal'
  | 'partner_silence'
  | 'unpaid'
  | 'bailiff_late'
  | 'registration_late'
  | 'register_failure'
  | 'citizen_unreachable'
  | 'other';
export type FollowUpAssignee = 'municipality' | 'registrar';

/** The clock that runs in a status; at most one runs at a time. */
export type ClockName =
  'partner_answer' | 'declarant_choice' | 'payment' | 'service' | 'registration';

export interface Clock {
  name: ClockName;
  startedAt: string;
  /** The reminder days (counted from startedAt) already sent. */
  remindersSent: number[];
  /** The clock's follow-up (unpaid, bailiff_late, registration_late) was raised. */
  followUpRaised: boolean;
  /** The service clock's end passed (ServiceDeadlinePassed); the case stays open. */
  passed: boolean;
}

export interface Signature {
  by: 'declarant' | 'partner';
  path: Path;
  at: string;
  channel: Channel;
}

export interface Refusal {
  at: string;
  reason: string | null;
  /** The reason is shown to the declarant only when this is true. */
  shareWithDeclarant: boolean;
}

export interface CounterVisit {
  at: string;
  staffId: string;
  presentedBy: PersonId;
  byProxy: boolean;
}

export interface Receipt {
  number: string;
  at: string;
  /** The Brussels calendar date of the receipt. */
  date: string;
}

export interface Payment {
  purpose: PaymentPurpose;
  amountCents: number;
  status: PaymentStatus;
  requestCount: number;
  paymentId: string | null;
  paidAt: string | null;
  refundRequestedAt: string | null;
  refundedAt: string | null;
}

export interface BailiffAssignment {
  id: string;
  status: 'engaged' | 'accepted' | 'declined' | 'replaced';
  engagedAt: string;
}

export interface Service {
  bailiffId: string;
  date: string;
  place: string;
  mode: ServiceMode;
  deedReference: string;
  recordedAt: string;
}

export interface ServiceAttempt {
  bailiffId: string;
  attemptDate: string;
  reason: string;
  recordedAt: string;
}

/**
 * The bailiff's approved invoice set against the deposit: the difference is refunded to the
 * declarant (deposit higher), asked of the declarant (deposit lower), or nothing.
 */
export interface Settlement {
  invoiceId: string;
  /** The invoice's amount payable, VAT included. */
  invoiceCents: number;
  /** The deposit the declarant paid. */
  depositCents: number;
  /** invoiceCents - depositCents: negative, a refund; positive, a second payment. */
  differenceCents: number;
  status: 'settled' | 'refund_requested' | 'payment_requested';
  approvedAt: string;
  /** When the difference was refunded or paid; the approval when there was none. */
  settledAt: string | null;
  /** The balance payment, once it succeeded. */
  paymentId: string | null;
}

export interface Registration {
  at: string;
  effectiveDate: string;
  registerReference: string;
}

export interface Certificate {
  certificateId: string;
  kind: CertificateKind;
  at: string;
}

export interface FollowUp {
  id: string;
  topic: FollowUpTopic;
  assignee: FollowUpAssignee;
  raisedAt: string;
  resolvedAt: string | null;
  /** Who resolved it: staff by hand, or the system when the case moved on. */
  resolvedBy?: Actor | null;
  /** The note given when it was resolved by hand. */
  resolution?: string | null;
}

export interface Closure {
  status: ClosedStatus;
  at: string;
  actor: Actor;
  reason: string | null;
  cause: LapseCause | null;
  person: PersonId | null;
}

export interface Override {
  at: string;
  from: CaseStatus;
  to: CaseStatus;
  actor: Actor;
  reason: string;
}

/** The fold of a case's events. JSON-serialisable: no undefined, no Date. */
export interface CaseState {
  caseId: string;
  status: CaseStatus;
  /** Set by CaseStarted; becomes 'unilateral' when the declarant continues alone. */
  path: Path;
  cohabitationId: string;
  /** The competent municipality, which handles the case. */
  municipality: MunicipalityCode;
  declarantMunicipality: MunicipalityCode;
  partnerMunicipality: MunicipalityCode;
  declarant: PersonId;
  partner: PersonId;
  /** Captured at the start: later changes of the municipality's settings do not apply. */
  settings: CaseSettings;
  startedAt: string;
  updatedAt: string;
  clock: Clock | null;
  signatures: Signature[];
  partnerInvitedAt: string | null;
  refusal: Refusal | null;
  partnerDeadlinePassedAt: string | null;
  counterVisit: CounterVisit | null;
  receipt: Receipt | null;
  payment: Payment | null;
  bailiff: BailiffAssignment | null;
  formerBailiffs: BailiffAssignment[];
  serviceAttempts: ServiceAttempt[];
  service: Service | null;
  serviceDeadlinePassedAt: string | null;
  registrationApprovedAt: string | null;
  registration: Registration | null;
  householdRefreshedAt: string | null;
  certificates: Certificate[];
  followUps: FollowUp[];
  overrides: Override[];
  closure: Closure | null;
  /** The bailiff's invoice settled against the deposit (absent in snapshots from before). */
  settlement?: Settlement | null;
}
