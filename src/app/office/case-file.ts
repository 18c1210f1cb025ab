// The whole file of one case as the municipality's staff read it: the history, the documents,
// the messages and how they reached people, the payments, the bailiff, the register, the
// incidents, the internal notes and the open follow-ups. Reads only.
import type { Selectable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { CaseListTable } from '../../db/schema.ts';
import type { CaseEvent, CaseState, FollowUp } from '../../process/index.ts';
import { readsForCase, type RegisterRead } from '../../register/read-log.ts';
import { documentsOfCase, type DocumentSummary } from '../case-documents.ts';
import { notesOf, type CaseNote } from './notes.ts';

/** The outbox rows that write to the National Register, or read from it, for a case. */
export const registerJobKinds = ['register_termination', 'refresh_household'] as const;

export interface TimelineEvent {
  version: number;
  event: CaseEvent;
  recordedAt: Date;
}

export interface DeliveryLine {
  id: number;
  channel: 'email' | 'sms';
  status: string;
  attempts: number;
  lastError: string | null;
  updatedAt: Date;
}

export interface MessageLine {
  id: number;
  recipient: string;
  template: string;
  createdAt: Date;
  readAt: Date | null;
  deliveries: DeliveryLine[];
}

export interface PaymentLine {
  id: string;
  purpose: string;
  amountCents: number;
  status: string;
  provider: string | null;
  createdAt: Date;
  paidAt: Date | null;
  refundedCents: number | null;
}

export interface OutboxLine {
  id: number;
  kind: string;
  status: string;
  attempts: number;
  lastError: string | null;
  runAt: Date;
  doneAt: Date | null;
}

export interface StaffActionLine {
  kind: 'incident_retry' | 'delivery_resend';
  targetId: number;
  staffName: string;
  actedAt: Date;
}

export interface CertificateLine {
  id: string;
  kind: string;
  holder: 'declarant' | 'partner';
  issuedAt: Date;
  current: boolean;
}

export interface DeedLine {
  id: string;
  bailiffId: string;
  deedReference: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: Date;
}

export interface CaseFile {
  summary: Selectable<CaseListTable>;
  state: CaseState;
  version: number;
  events: TimelineEvent[];
  documents: DocumentSummary[];
  certificates: CertificateLine[];
  deeds: DeedLine[];
  bailiffNames: Record<string, string>;
  /** The names of the municipality's staff who acted on the case, by subject. */
  staffNames: Record<string, string>;
  messages: MessageLine[];
  payments: PaymentLine[];
  reads: RegisterRead[];
  registerJobs: OutboxLine[];
  incidents: OutboxLine[];
  staffActions: StaffActionLine[];
  notes: CaseNote[];
  openFollowUps: FollowUp[];
}

/** The case's events with their versions, oldest first. */
async function eventsOf(db: Db, caseId: string): Promise<TimelineEvent[]> {
  const rows = await db.selectFrom('case_event').select(['version', 'event', 'recorded_at'])
    .where('case_id', '=', caseId).orderBy('version').execute();
  return rows.map((row) => ({ version: row.version, event: row.event as unknown as CaseEvent,
    recordedAt: row.recorded_at }));
}

async function messagesOf(db: Db, caseId: string): Promise<MessageLine[]> {
  const messages = await db.selectFrom('message')
    .select(['id', 'recipient', 'template', 'created_at', 'read_at'])
    .where('case_id', '=', caseId).orderBy('id').execute();
  const ids = messages.map((m) => Number(m.id));
  const deliveries = ids.length === 0 ? [] : await db.selectFrom('delivery')
    .select(['id', 'message_id', 'channel', 'status', 'attempts', 'last_error', 'updated_at'])
    .where('message_id', 'in', ids).orderBy('id').execute();
  return messages.map((m) => ({
    id: Number(m.id), recipient: m.recipient, template: m.template, createdAt: m.created_at,
    readAt: m.read_at,
    deliveries: deliveries.filter((d) => Number(d.message_id) === Number(m.id)).map((d) => ({
      id: Number(d.id), channel: d.channel, status: d.status, attempts: d.attempts,
      lastError: d.last_error, updatedAt: d.updated_at,
    })),
  }));
}

async function paymentsOf(db: Db, caseId: string): Promise<PaymentLine[]> {
  const rows = await db.selectFrom('payment')
    .select(['id', 'purpose', 'amount_cents', 'status', 'provider', 'created_at', 'paid_at',
      'refunded_cents'])
    .where('case_id', '=', caseId).orderBy('created_at').execute();
  return rows.map((row) => ({
    id: row.id, purpose: row.purpose, amountCents: row.amount_cents, status: row.status,
    provider: row.provider, createdAt: row.created_at, paidAt: row.paid_at,
    refundedCents: row.refunded_cents,
  }));
}

function outboxLine(row: {
  id: number; kind: string; status: string; attempts: number; last_error: string | null;
  run_at: Date; done_at: Date | null;
}): OutboxLine {
  return { id: Number(row.id), kind: row.kind, status: row.status, attempts: row.attempts,
    lastError: row.last_error, runAt: row.run_at, doneAt: row.done_at };
}

async function outboxOf(db: Db, caseId: string) {
  const rows = await db.selectFrom('outbox')
    .select(['id', 'kind', 'status', 'attempts', 'last_error', 'run_at', 'done_at'])
    .where('case_id', '=', caseId)
    .where((eb) => eb.or([eb('kind', 'in', [...registerJobKinds]), eb('status', '=', 'incident')]))
    .orderBy('id').execute();
  const lines = rows.map(outboxLine);
  return {
    registerJobs: lines.filter((l) => (registerJobKinds as readonly string[]).includes(l.kind)),
    incidents: lines.filter((l) => l.status === 'incident'),
  };
}

async function staffActionsOf(db: Db, caseId: string): Promise<StaffActionLine[]> {
  const rows = await db.selectFrom('case_staff_action')
    .select(['kind', 'target_id', 'staff_name', 'acted_at'])
    .where('case_id', '=', caseId).orderBy('acted_at').orderBy('id').execute();
  return rows.map((row) => ({ kind: row.kind, targetId: Number(row.target_id),
    staffName: row.staff_name, actedAt: row.acted_at }));
}

async function certificatesOf(db: Db, state: CaseState): Promise<CertificateLine[]> {
  const rows = await db.selectFrom('certificate_copy')
    .select(['id', 'kind', 'person_id', 'issued_at', 'superseded_at'])
    .where('case_id', '=', state.caseId).orderBy('issued_at').orderBy('kind').execute();
  return rows.map((row) => ({
    id: row.id, kind: row.kind, holder: row.person_id === state.declarant ? 'declarant' : 'partner',
    issuedAt: row.issued_at, current: row.superseded_at === null,
  }));
}

async function deedsOf(db: Db, caseId: string): Promise<DeedLine[]> {
  const rows = await db.selectFrom('bailiff_deed')
    .select(['id', 'bailiff_id', 'deed_reference', 'size_bytes', 'sha256', 'uploaded_at'])
    .where('case_id', '=', caseId).orderBy('uploaded_at').execute();
  return rows.map((row) => ({ id: row.id, bailiffId: row.bailiff_id,
    deedReference: row.deed_reference, sizeBytes: row.size_bytes, sha256: row.sha256,
    uploadedAt: row.uploaded_at }));
}

/** The names of the bailiffs the case ever engaged. */
async function bailiffNamesOf(db: Db, state: CaseState): Promise<Record<string, string>> {
  const ids = [...new Set([state.bailiff?.id, ...state.formerBailiffs.map((b) => b.id),
    state.service?.bailiffId].filter((id): id is string => typeof id === 'string'))];
  if (ids.length === 0) return {};
  const rows = await db.selectFrom('bailiff').select(['id', 'name']).where('id', 'in', ids)
    .execute();
  return Object.fromEntries(rows.map((row) => [row.id, row.name]));
}

const staffRoles = new Set(['counter', 'civil_affairs', 'registrar', 'administrator']);

/**
 * The names of the municipality's staff among the events' actors, as they were when each
 * last signed in; one who never signed in since staff were remembered keeps their role only.
 */
async function staffNamesOf(
  db: Db, municipality: string, events: TimelineEvent[],
): Promise<Record<string, string>> {
  const subjects = [...new Set(events.filter(({ event }) => staffRoles.has(event.actor.role))
    .map(({ event }) => event.actor.id))];
  if (subjects.length === 0) return {};
  const rows = await db.selectFrom('staff_member').select(['subject', 'name'])
    .where('municipality', '=', municipality).where('subject', 'in', subjects).execute();
  return Object.fromEntries(rows.map((row) => [row.subject, row.name]));
}

/**
 * The case's file, for a case of the given municipality; undefined for an unknown case or
 * one of another municipality (both answer alike).
 */
export async function caseFile(
  db: Db, municipality: string, caseId: string,
): Promise<CaseFile | undefined> {
  const summary = await db.selectFrom('case_list').selectAll().where('case_id', '=', caseId)
    .where('municipality', '=', municipality).executeTakeFirst();
  if (!summary) return undefined;
  const snapshot = await db.selectFrom('case_snapshot').select(['state', 'version'])
    .where('case_id', '=', caseId).executeTakeFirstOrThrow();
  const state = snapshot.state as unknown as CaseState;
  const [events, documents, certificates, deeds, bailiffNames, messages, payments, reads,
    outbox, staffActions, notes] = await Promise.all([
    eventsOf(db, caseId), documentsOfCase(db, caseId), certificatesOf(db, state),
    deedsOf(db, caseId), bailiffNamesOf(db, state), messagesOf(db, caseId),
    paymentsOf(db, caseId), readsForCase(db, caseId), outboxOf(db, caseId),
    staffActionsOf(db, caseId), notesOf(db, caseId),
  ]);
  const staffNames = await staffNamesOf(db, municipality, events);
  return {
    summary, state, version: snapshot.version, events, documents, certificates, deeds,
    bailiffNames, staffNames, messages, payments, reads, ...outbox, staffActions, notes,
    openFollowUps: state.followUps.filter((f) => f.resolvedAt === null),
  };
}

/** A document's PDF of a case of this municipality, or undefined. */
export async function documentPdf(db: Db, municipality: string, caseId: string, id: string) {
  return db.selectFrom('document').innerJoin('case_list', 'case_list.case_id', 'document.case_id')
    .select(['document.pdf', 'document.kind', 'case_list.reference'])
    .where('document.id', '=', id).where('document.case_id', '=', caseId)
    .where('case_list.municipality', '=', municipality).executeTakeFirst();
}

/** A certificate copy's PDF of a case of this municipality, or undefined. */
export async function certificatePdf(db: Db, municipality: string, caseId: string, id: string) {
  return db.selectFrom('certificate_copy')
    .innerJoin('case_list', 'case_list.case_id', 'certificate_copy.case_id')
    .select(['certificate_copy.pdf', 'certificate_copy.kind', 'case_list.reference'])
    .where('certificate_copy.id', '=', id).where('certificate_copy.case_id', '=', caseId)
    .where('case_list.municipality', '=', municipality).executeTakeFirst();
}

/** A deed of service's PDF of a case of this municipality, or undefined. */
export async function deedPdf(db: Db, municipality: string, caseId: string, id: string) {
  return db.selectFrom('bailiff_deed')
    .innerJoin('case_list', 'case_list.case_id', 'bailiff_deed.case_id')
    .select(['bailiff_deed.pdf', 'bailiff_deed.deed_reference', 'case_list.reference'])
    .where('bailiff_deed.id', '=', id).where('bailiff_deed.case_id', '=', caseId)
    .where('case_list.municipality', '=', municipality).executeTakeFirst();
}
