// What actors ask of a case. decide() turns a command into events, or refuses it.
import type { CaseSettings } from './settings.ts';
import type {
  Actor,
  CaseStatus,
  CertificateKind,
  Channel,
  FollowUpTopic,
  LapseCause,
  MunicipalityCode,
  Path,
  PersonId,
  ServiceMode,
} from './types.ts';

/** `reason` is why a person chose; some commands require it (see each command). */
export interface CommandBase<T extends string> {
  type: T;
  caseId: string;
  actor: Actor;
  channel: Channel;
  reason?: string;
}

/** What the application read from the National Register when the case starts (rule 1). */
export interface CohabitationFacts {
  id: string;
  status: 'active' | 'ended';
  partners: [PersonId, PersonId];
}

/** By the declarant, or counter staff starting a case at the counter. */
export interface StartCase extends CommandBase<'StartCase'> {
  declarant: PersonId;
  partner: PersonId;
  cohabitation: CohabitationFacts;
  /** The competent municipality. */
  municipality: MunicipalityCode;
  /** Where each partner lives; a different one is told (notify_other_municipality). */
  declarantMunicipality: MunicipalityCode;
  partnerMunicipality: MunicipalityCode;
  path: Path;
  settings: CaseSettings;
}

/** The declarant signs the declaration of the case's path. */
export type SignDeclaration = CommandBase<'SignDeclaration'>;
/** The partner co-signs the joint declaration. */
export type SignAsPartner = CommandBase<'SignAsPartner'>;

/** The partner refuses; `reason` optional, shown to the declarant only if shared. */
export interface RefuseAsPartner extends CommandBase<'RefuseAsPartner'> {
  shareWithDeclarant: boolean;
}

/** The declarant chooses to go on alone and signs the unilateral declaration. */
export type ContinueUnilaterally = CommandBase<'ContinueUnilaterally'>;

/** Counter staff record the hand-over of the signed declaration. */
export interface RecordCounterVisit extends CommandBase<'RecordCounterVisit'> {
  presentedBy: PersonId;
  byProxy: boolean;
}

/** A new payment request after the last one failed or expired. */
export type RequestPayment = CommandBase<'RequestPayment'>;

export interface RecordPaymentSuccess extends CommandBase<'RecordPaymentSuccess'> {
  paymentId: string;
  amountCents: number;
}

export interface RecordPaymentFailure extends CommandBase<'RecordPaymentFailure'> {
  paymentId: string;
}

export interface RecordPaymentExpiry extends CommandBase<'RecordPaymentExpiry'> {
  paymentId: string;
}

/** The payment provider confirms a refund that the process asked for. */
export interface RecordRefund extends CommandBase<'RecordRefund'> {
  paymentId: string;
}

/** By the system (after engage_bailiff) or staff; replacing an engaged bailiff needs a reason. */
export interface EngageBailiff extends CommandBase<'EngageBailiff'> {
  bailiffId: string;
}

export type AcceptAssignment = CommandBase<'AcceptAssignment'>;
export type DeclineAssignment = CommandBase<'DeclineAssignment'>;

export interface RecordService extends CommandBase<'RecordService'> {
  serviceDate: string;
  place: string;
  mode: ServiceMode;
  deedReference: string;
}

/** A failed attempt at service; `reason` required. The 8-day clock keeps running. */
export interface RecordServiceFailure extends CommandBase<'RecordServiceFailure'> {
  attemptDate: string;
}

export type ApproveRegistration = CommandBase<'ApproveRegistration'>;

export interface RegisterTermination extends CommandBase<'RegisterTermination'> {
  registerReference: string;
}

export interface RecordHouseholdRefresh extends CommandBase<'RecordHouseholdRefresh'> {
  sharedAddress: boolean;
}

export interface RecordCertificate extends CommandBase<'RecordCertificate'> {
  certificateId: string;
  kind: CertificateKind;
}

/**
 * Municipal staff approved the bailiff's invoice for this served case: the deposit is set
 * against its amount payable. Once per case; the same invoice again changes nothing.
 */
export interface SettleInvoice extends CommandBase<'SettleInvoice'> {
  invoiceId: string;
  invoiceCents: number;
}

/** Timer topics come from deadlines(); manual topics need a `reason`. */
export interface RaiseFollowUp extends CommandBase<'RaiseFollowUp'> {
  topic: FollowUpTopic;
}

export interface ResolveFollowUp extends CommandBase<'ResolveFollowUp'> {
  followUpId: string;
}

/** By the declarant, or staff with a `reason`. */
export type Withdraw = CommandBase<'Withdraw'>;

/** A register event: marriage or death of one of the partners (rule 8). */
export interface RecordLapse extends CommandBase<'RecordLapse'> {
  cause: LapseCause;
  person: PersonId;
  eventDate: string;
}

/** Back-office staff move a stuck case to another open status, with a reason. */
export interface OverrideStatus extends CommandBase<'OverrideStatus'> {
  to: CaseStatus;
  reason: string;
}

// Timer commands: deadlines(state) lists them; the engine runs each when it is due.
export interface RemindPartner extends CommandBase<'RemindPartner'> {
  day: number;
}
export type PassPartnerDeadline = CommandBase<'PassPartnerDeadline'>;
export interface RemindDeclarant extends CommandBase<'RemindDeclarant'> {
  day: number;
}
export interface RemindPayment extends CommandBase<'RemindPayment'> {
  day: number;
}
export type ExpireCase = CommandBase<'ExpireCase'>;
export type PassServiceDeadline = CommandBase<'PassServiceDeadline'>;

export type TimerCommand =
  | RemindPartner
  | PassPartnerDeadline
  | RemindDeclarant
  | RemindPayment
  | ExpireCase
  | PassServiceDeadline
  | RaiseFollowUp;

export type CaseCommand =
  | StartCase
  | SignDeclaration
  | SignAsPartner
  | RefuseAsPartner
  | ContinueUnilaterally
  | RecordCounterVisit
  | RequestPayment
  | RecordPaymentSuccess
  | RecordPaymentFailure
  | RecordPaymentExpiry
  | RecordRefund
  | EngageBailiff
  | AcceptAssignment
  | DeclineAssignment
  | RecordService
  | RecordServiceFailure
  | ApproveRegistration
  | RegisterTermination
  | RecordHouseholdRefresh
  | RecordCertificate
  | SettleInvoice
  | RaiseFollowUp
  | ResolveFollowUp
  | Withdraw
  | RecordLapse
  | OverrideStatus
  | RemindPartner
  | PassPartnerDeadline
  | RemindDeclarant
  | RemindPayment
  | ExpireCase
  | PassServiceDeadline;

export type CaseCommandType = CaseCommand['type'];
export type CommandOf<T extends CaseCommandType> = Extract<CaseCommand, { type: T }>;
