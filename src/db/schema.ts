import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { RegisterTables } from '../adapters/register-simulator/tables.ts';

/** A timestamp column: read as a Date, written as a Date or an ISO string. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;

/** Each municipality that offers the service, with its own settings of the process. */
export interface MunicipalityTable {
  code: string;
  name: JSONColumnType<{ nl: string; fr: string; de: string; en: string }>;
  judicial_district: string;
  settings: JSONColumnType<Record<string, unknown>>;
  created_at: Generated<Date>;
  /** Where to book a counter visit (migration 0010); null: not given. */
  counter_booking_url: ColumnType<string | null, string | null | undefined, string | null>;
  counter_phone: ColumnType<string | null, string | null | undefined, string | null>;
  /** The counter's opening hours in the four screen languages, as JSON. */
  counter_hours: ColumnType<{ nl: string; fr: string; de: string; en: string } | null,
    string | null | undefined, string | null>;
  /** The language it writes in when a citizen chose none (migration 0009). */
  language: Generated<'nl' | 'fr' | 'de' | 'en'>;
  /** Where citizens report a move (migration 0014); null: not given. */
  address_change_url: ColumnType<string | null, string | null | undefined, string | null>;
  /** Where civil affairs gets its notices by e-mail; null: in the office only. */
  notice_email: ColumnType<string | null, string | null | undefined, string | null>;
  /** Counts the changes to its settings (migration 0021), for optimistic concurrency. */
  settings_version: Generated<number>;
}

/** One change to a municipality's settings, with who made it and when (migration 0021). */
export interface MunicipalitySettingsChangeTable {
  id: Generated<number>;
  municipality: string;
  section: 'process' | 'counter' | 'bailiffs' | 'texts';
  changes: JSONColumnType<{ field: string; from: unknown; to: unknown }[]>;
  staff_subject: string;
  staff_name: string;
  changed_at: Timestamp;
}

/** A municipality's own body text of a citizen's portal message (migration 0021). */
export interface MunicipalityMessageTextTable {
  municipality: string;
  template: string;
  language: 'nl' | 'fr' | 'de' | 'en';
  body: string;
}

/** The case's history: append-only, one row per event, chained by hashes. */
export interface CaseEventTable {
  case_id: string;
  version: number;
  type: string;
  event: JSONColumnType<Record<string, unknown>>;
  occurred_at: Timestamp;
  recorded_at: Generated<Date>;
  previous_hash: string;
  hash: string;
}

/** The state after the latest event, so a command reads one row instead of the history. */
export interface CaseSnapshotTable {
  case_id: string;
  version: number;
  state: JSONColumnType<Record<string, unknown>>;
  last_hash: string;
}

/** Read model: one row per case for the municipality's lists. */
export interface CaseListTable {
  case_id: string;
  reference: string;
  municipality: string;
  status: string;
  path: string | null;
  filing_mode: string;
  /** Migration 0025: the channel of the case's start (online, counter). */
  channel: ColumnType<string | null, string | null | undefined, string | null>;
  waiting_on: string | null;
  next_deadline_at: Timestamp | null;
  follow_up_open: boolean;
  started_at: Timestamp;
  updated_at: Timestamp;
  version: number;
}

/** Read model: each person's cases, for the citizen's overview. */
export interface PersonCaseTable {
  person_id: string;
  case_id: string;
  role: string;
  status: string;
  updated_at: Timestamp;
}

/**
 * Read model: the partners of each case for the office's case list, filled when the case
 * starts (migration 0017). The keys are the name without accents in lower case, surname
 * first and given names first, for prefix search; names are null for older cases.
 */
export interface CasePartyTable {
  case_id: string;
  municipality: string;
  person_id: string;
  role: string;
  display_name: string | null;
  surname_key: string | null;
  given_key: string | null;
}

/** One row per cohabitation that has an open case: the database keeps it to one. */
export interface OpenCaseTable {
  cohabitation_id: string;
  case_id: string;
}

/** Work that must leave the system, written in the transaction of the event behind it. */
export interface OutboxTable {
  id: Generated<number>;
  case_id: string | null;
  kind: string;
  payload: JSONColumnType<Record<string, unknown>>;
  idempotency_key: string;
  status: ColumnType<string, string | undefined, string>;
  attempts: ColumnType<number, number | undefined, number>;
  run_at: Timestamp;
  last_error: string | null;
  created_at: Generated<Date>;
  done_at: Timestamp | null;
  /** When the row first failed (migration 0015); null while it never failed. */
  first_failed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** A case's running clocks: each fires its command when due. */
export interface DeadlineTable {
  case_id: string;
  name: string;
  due_at: Timestamp;
  command: JSONColumnType<Record<string, unknown>>;
  status: ColumnType<string, string | undefined, string>;
  attempts: ColumnType<number, number | undefined, number>;
  last_error: string | null;
}

/** Commands already carried out for a given idempotency key, with the version they wrote. */
export interface CommandKeyTable {
  key: string;
  case_id: string;
  version: number;
}

/** The portal's message box, and the notices to municipalities and bailiffs. */
export interface MessageTable {
  id: Generated<number>;
  case_id: string;
  recipient: string;
  person_id: string | null;
  municipality: string | null;
  bailiff_id: string | null;
  template: string;
  idempotency_key: string;
  created_at: Timestamp;
  /** When the citizen opened it in the message box (migration 0007); null while unread. */
  read_at: Timestamp | null;
  /**
   * The municipality's own texts of a citizen's message per language when it was made ('' for
   * the service's text; migration 0024); null for notices and for messages made before.
   */
  own_texts: ColumnType<Record<string, string> | null, string | null, string | null>;
}

/** Bailiffs a municipality engages, per judicial district, in turn. */
export interface BailiffTable {
  id: string;
  name: string;
  judicial_district: string;
  available: Generated<boolean>;
  last_engaged_at: Timestamp | null;
  /** Where the bailiff gets notices of assignments (migration 0009). */
  email: ColumnType<string | null, string | null | undefined, string | null>;
}

type Language = 'nl' | 'fr' | 'de' | 'en';

/** The channels a citizen chose, and the addresses they confirmed with a code. */
export interface ContactPreferenceTable {
  person_id: string;
  language: Language | null;
  email: string | null;
  email_confirmed_at: Timestamp | null;
  email_wanted: Generated<boolean>;
  phone: string | null;
  phone_confirmed_at: Timestamp | null;
  sms_wanted: Generated<boolean>;
  updated_at: Timestamp;
}

/** A one-time code sent to confirm an address; only its hash is kept. */
export interface ContactConfirmationTable {
  person_id: string;
  channel: 'email' | 'sms';
  address: string;
  code_hash: string;
  expires_at: Timestamp;
  wrong_tries: Generated<number>;
  sent_at: Timestamp;
}

export interface ContactCodeSentTable {
  id: Generated<number>;
  person_id: string;
  channel: string;
  sent_at: Timestamp;
}

export type DeliveryStatus = 'queued' | 'sending' | 'sent' | 'delivered' | 'failed';

/** One message on one outside channel (e-mail or SMS), with its delivery status. */
export interface DeliveryTable {
  id: Generated<number>;
  message_id: number;
  channel: 'email' | 'sms';
  address: string;
  language: Language;
  status: DeliveryStatus;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  lease_until: Timestamp | null;
  provider_id: string | null;
  last_error: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** What the embedded SMTP server received (development and tests). */
export interface CapturedMailTable {
  id: Generated<number>;
  message_id: string;
  envelope_from: string;
  envelope_to: string[];
  raw: string;
  received_at: Timestamp;
  /** How many times a mail with this Message-ID arrived. */
  copies: Generated<number>;
}

/** What the embedded SMS gateway received (development and tests). */
export interface CapturedSmsTable {
  id: Generated<number>;
  reference: string;
  to_number: string;
  text: string;
  received_at: Timestamp;
}

/** A bailiff's office as the seller of its invoices (migration 0013). */
export interface BailiffBillingTable {
  bailiff_id: string;
  enterprise_number: string;
  vat_number: string;
  iban: string;
  street: string;
  postal_code: string;
  city: string;
}

/** A municipality as the buyer of bailiffs' invoices (migration 0013). */
export interface MunicipalityBillingTable {
  municipality_code: string;
  legal_name: string;
  enterprise_number: string;
  street: string;
  postal_code: string;
  city: string;
}

/** The bailiff's invoice for one served case, with its UBL XML as issued (migration 0013). */
export interface InvoiceTable {
  id: string;
  case_id: string;
  bailiff_id: string;
  municipality: string;
  number: string;
  issue_date: string;
  due_date: string;
  lines: JSONColumnType<Record<string, unknown>[]>;
  line_extension_cents: number;
  tax_cents: number;
  payable_cents: number;
  xml: string;
  status: Generated<'submitted' | 'approved' | 'disputed' | 'credited'>;
  submitted_at: Timestamp;
  decided_by: string | null;
  decided_at: Timestamp | null;
  dispute_reason: string | null;
}

/** A credit note cancelling a disputed invoice in full, as issued (UBL 2.1 CreditNote). */
export interface CreditNoteTable {
  id: string;
  invoice_id: string;
  case_id: string;
  bailiff_id: string;
  municipality: string;
  number: string;
  issue_date: string;
  payable_cents: number;
  xml: string;
  issued_at: Timestamp;
}

/** Payment requests to the declarant (the embedded payment adapter's record). */
export interface PaymentTable {
  id: string;
  case_id: string;
  purpose: string;
  amount_cents: number;
  status: string;
  reference: string;
  expires_at: Timestamp;
  idempotency_key: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** 'embedded', 'mollie' or 'counter' (migration 0011); null until a payment is started. */
  provider: string | null;
  provider_payment_id: string | null;
  checkout_url: string | null;
  paid_at: Timestamp | null;
  refund_id: string | null;
  /** How much was paid back (migration 0016): all of it, or an invoice's difference. */
  refunded_cents: ColumnType<number | null, number | null | undefined, number | null>;
}

/** The embedded payment provider's own payments (its side, not the product's). */
export interface EmbeddedPspPaymentTable {
  id: string;
  token: string;
  amount_cents: number;
  description: string;
  reference: string;
  method: string | null;
  status: string;
  redirect_url: string;
  webhook_url: string;
  metadata: JSONColumnType<Record<string, string>>;
  idempotency_key: string;
  expires_at: Timestamp;
  paid_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EmbeddedPspRefundTable {
  id: string;
  payment_id: string;
  amount_cents: number;
  status: string;
  idempotency_key: string;
  created_at: Timestamp;
}

/** Webhooks the embedded payment provider owes the product, with their tries. */
export interface EmbeddedPspWebhookTable {
  id: Generated<number>;
  payment_id: string;
  url: string;
  body: string;
  status: string;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  lease_until: Timestamp | null;
  last_error: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Certificates issued for a case, each with a code anyone can verify. */
export interface CertificateTable {
  id: string;
  case_id: string;
  kind: string;
  verification_code: string;
  issued_at: Timestamp;
  idempotency_key: string;
}

/** What a certificate states, as the verification page shows it: labelled lines. */
export interface CertificateStatement {
  title: string;
  lines: { label: string; value: string }[];
}

/** One partner's own copy of a certificate: the sealed PDF and its verification code. */
export interface CertificateCopyTable {
  id: string;
  certificate_id: string;
  case_id: string;
  person_id: string;
  kind: 'receipt' | 'declaration' | 'termination' | 'household';
  language: 'nl' | 'fr' | 'de' | 'en';
  verification_code: string;
  sha256: string;
  pdf: Uint8Array;
  statement: JSONColumnType<CertificateStatement>;
  issued_at: Timestamp;
  superseded_at: Timestamp | null;
}

/** A signed-in session; the cookie holds the id, the table only its hash. */
export interface SessionTable {
  id_hash: string;
  /** Who signed in as what (migration 0012): citizen, bailiff or staff. */
  kind: ColumnType<'citizen' | 'bailiff' | 'staff', 'citizen' | 'bailiff' | 'staff' | undefined,
    never>;
  /** The citizen's national number; null for professionals. */
  national_number: string | null;
  /** A professional's subject at the provider; null for citizens. */
  subject: ColumnType<string | null, string | null | undefined, never>;
  display_name: ColumnType<string | null, string | null | undefined, never>;
  bailiff_id: ColumnType<string | null, string | null | undefined, never>;
  municipality: ColumnType<string | null, string | null | undefined, never>;
  /** A staff member's roles, as a JSON array of strings. */
  roles: ColumnType<string[], string | undefined, never>;
  /** The level of assurance of the latest sign-in: 'low', 'substantial' or 'high'. */
  acr: string;
  /** When the person last proved who they are (app clock), for step-up checks. */
  auth_time: Timestamp;
  csrf_token: string;
  /** Kept for RP-initiated logout (id_token_hint). */
  id_token: string | null;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  /** The absolute end of the session; the idle end is last_seen_at plus the idle time. */
  expires_at: Timestamp;
}

/** A sign-in on its way to the provider and back: single use, bound to the browser. */
export interface LoginRequestTable {
  browser_hash: string;
  state: string;
  nonce: string;
  code_verifier: string;
  return_to: string;
  min_level: string;
  max_age: number | null;
  previous_session_hash: string | null;
  expires_at: Timestamp;
  /** A citizen's or a professional's sign-in (migration 0012). */
  audience: ColumnType<'citizen' | 'professional', 'citizen' | 'professional' | undefined, never>;
}

/** Secrets made at first start by the embedded OpenID provider (keys, client secret). */
export interface LoginSecretTable {
  name: string;
  value: JSONColumnType<Record<string, unknown>>;
  created_at: Generated<Date>;
}

/**
 * The certificate a municipality seals documents with (PKCS#12 under a generated passphrase).
 * Limitation: the passphrase sits beside the file; a production certificate belongs in a
 * key store or an HSM, with only a reference here.
 */
export interface DocumentCertificateTable {
  municipality_code: string;
  p12: Uint8Array;
  passphrase: string;
  certificate_pem: string;
  fingerprint_sha256: string;
  not_after: Timestamp;
  created_at: Generated<Date>;
}

/** A signed, sealed document of a case (migration 0006). */
export interface DocumentTable {
  id: string;
  case_id: string;
  kind: 'joint_declaration' | 'unilateral_declaration';
  language: string;
  pdf: Uint8Array;
  /** The declaration's content without signers (DeclarationInput), as JSON. */
  content: JSONColumnType<Record<string, unknown>>;
  content_hash: string;
  /** Each signature: who (declarant or partner), level, time, salt and signer hash. */
  signers: JSONColumnType<Record<string, unknown>[]>;
  created_at: Timestamp;
}

/** The case-tracking port's embedded adapter: what it received. */
export interface CaseTrackingPublicationTable {
  id: Generated<number>;
  case_id: string;
  version: number;
  record: JSONColumnType<Record<string, unknown>>;
  idempotency_key: string;
  published_at: Timestamp;
}

/** A status change owed to the CRM as a signed CloudEvent (migration 0020), in order per case. */
export interface CrmDeliveryTable {
  id: Generated<number>;
  event_id: string;
  case_id: string;
  municipality: string;
  case_reference: string;
  /** The case version at which the status changed: a case's changes go out in this order. */
  sequence: number;
  case_status: string;
  /** The CloudEvent as sent (JSON text; no personal data). */
  event: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  delivered_at: Timestamp | null;
}

/** What the embedded CRM receiver accepted (migration 0020), once per event id. */
export interface CrmReceivedEventTable {
  id: Generated<number>;
  event_id: string;
  source: string;
  type: string;
  subject: string | null;
  municipality: string | null;
  case_status: string | null;
  sequence: number | null;
  event: JSONColumnType<Record<string, unknown>>;
  times_received: Generated<number>;
  received_at: Timestamp;
}

/** Fixed-window rate limits (migration 0010): hits per key and window, for every process. */
export interface RateLimitTable {
  /** The action and a hash of the client address or of the person; never the value itself. */
  key: string;
  window_start: Timestamp;
  hits: number;
}

/** The OAuth2 client of a bailiff's office's own software (migration 0012). */
export interface BailiffApiClientTable {
  client_id: string;
  bailiff_id: string;
  created_at: Generated<Date>;
}

/** A deed of service as uploaded: a checked PDF with its SHA-256 (migration 0012). */
export interface BailiffDeedTable {
  id: string;
  case_id: string;
  bailiff_id: string;
  deed_reference: string;
  pdf: Uint8Array;
  sha256: string;
  size_bytes: number;
  /** The version of the case's ServiceRecorded event. */
  event_version: number;
  uploaded_at: Timestamp;
}

/** A staff member's internal note on a case (migration 0018): never shown to citizens. */
export interface CaseNoteTable {
  id: Generated<number>;
  case_id: string;
  author_subject: string;
  author_name: string;
  text: string;
  created_at: Timestamp;
}

/** A staff member tried an incident again or sent a failed message again (migration 0018). */
export interface CaseStaffActionTable {
  id: Generated<number>;
  case_id: string;
  kind: 'incident_retry' | 'delivery_resend';
  /** The outbox row's or the delivery's id. */
  target_id: number;
  staff_subject: string;
  staff_name: string;
  acted_at: Timestamp;
}

/**
 * A follow-up task (migration 0019): one per follow-up the process raised. The engine keeps
 * topic, team, dates and status in line with the events; the assignment is the office's.
 */
export interface FollowUpTaskTable {
  case_id: string;
  follow_up_id: string;
  municipality: string;
  topic: string;
  team: 'civil_affairs' | 'registrar';
  assigned_to: ColumnType<string | null, string | null | undefined, string | null>;
  assigned_name: ColumnType<string | null, string | null | undefined, string | null>;
  assigned_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  assigned_by: ColumnType<string | null, string | null | undefined, string | null>;
  due_at: Timestamp;
  status: 'open' | 'closed';
  raised_at: Timestamp;
  closed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  closed_by: ColumnType<string | null, string | null | undefined, string | null>;
  closed_by_role: ColumnType<string | null, string | null | undefined, string | null>;
  closed_why: ColumnType<'case_moved_on' | 'by_hand' | null,
    'case_moved_on' | 'by_hand' | null | undefined, 'case_moved_on' | 'by_hand' | null>;
  closed_note: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A member of staff as of their latest sign-in (migration 0019, kept by a trigger). */
export interface StaffMemberTable {
  municipality: string;
  subject: string;
  name: string;
  roles: JSONColumnType<string[]>;
  last_signed_in_at: Timestamp;
}

/** An identity check at the counter (migration 0022): the eID's card number, photo compared. */
export interface CounterIdentityCheckTable {
  id: string;
  municipality: string;
  staff_subject: string;
  staff_name: string;
  person_national_number: string;
  card_number: string;
  photo_compared: boolean;
  case_id: string | null;
  checked_at: Timestamp;
}

/** A counter act on a case, attributed to the member of staff and the citizen (0022). */
export interface CounterActTable {
  id: Generated<number>;
  case_id: string;
  municipality: string;
  staff_subject: string;
  staff_name: string;
  person_national_number: string;
  act: 'identity_checked' | 'case_started' | 'handover_issued' | 'counter_visit_recorded'
    | 'payment_recorded';
  identity_check_id: string;
  detail: string | null;
  at: Timestamp;
}

/** A one-time hand-over link to sign on one's own device: its token's hash only (0022). */
export interface HandoverTokenTable {
  id: string;
  token_hash: string;
  case_id: string;
  municipality: string;
  person_national_number: string;
  step: 'declaration' | 'answer' | 'choice';
  identity_check_id: string;
  staff_subject: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

/** The scan of a paper declaration handed over at the counter, with its SHA-256 (0022). */
export interface CounterDeclarationScanTable {
  id: string;
  case_id: string;
  municipality: string;
  pdf: Uint8Array;
  sha256: string;
  size_bytes: number;
  event_version: number;
  staff_subject: string;
  uploaded_at: Timestamp;
}

export interface CoreTables {
  certificate_copy: CertificateCopyTable;
  case_note: CaseNoteTable;
  case_staff_action: CaseStaffActionTable;
  follow_up_task: FollowUpTaskTable;
  staff_member: StaffMemberTable;
  counter_identity_check: CounterIdentityCheckTable;
  counter_act: CounterActTable;
  handover_token: HandoverTokenTable;
  counter_declaration_scan: CounterDeclarationScanTable;
  bailiff_api_client: BailiffApiClientTable;
  bailiff_deed: BailiffDeedTable;
  contact_preference: ContactPreferenceTable;
  contact_confirmation: ContactConfirmationTable;
  contact_code_sent: ContactCodeSentTable;
  delivery: DeliveryTable;
  captured_mail: CapturedMailTable;
  captured_sms: CapturedSmsTable;
  rate_limit: RateLimitTable;
  case_tracking_publication: CaseTrackingPublicationTable;
  crm_delivery: CrmDeliveryTable;
  crm_received_event: CrmReceivedEventTable;
  document: DocumentTable;
  session: SessionTable;
  login_request: LoginRequestTable;
  login_secret: LoginSecretTable;
  document_certificate: DocumentCertificateTable;
  message: MessageTable;
  bailiff: BailiffTable;
  payment: PaymentTable;
  bailiff_billing: BailiffBillingTable;
  municipality_billing: MunicipalityBillingTable;
  invoice: InvoiceTable;
  credit_note: CreditNoteTable;
  embedded_psp_payment: EmbeddedPspPaymentTable;
  embedded_psp_refund: EmbeddedPspRefundTable;
  embedded_psp_webhook: EmbeddedPspWebhookTable;
  certificate: CertificateTable;
  municipality: MunicipalityTable;
  municipality_settings_change: MunicipalitySettingsChangeTable;
  municipality_message_text: MunicipalityMessageTextTable;
  case_event: CaseEventTable;
  case_snapshot: CaseSnapshotTable;
  case_list: CaseListTable;
  person_case: PersonCaseTable;
  case_party: CasePartyTable;
  open_case: OpenCaseTable;
  outbox: OutboxTable;
  deadline: DeadlineTable;
  command_key: CommandKeyTable;
}

export type Database = CoreTables & RegisterTables;
