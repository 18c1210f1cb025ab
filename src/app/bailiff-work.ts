import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { z } from 'zod';
import { withTransaction } from '../db/transaction.ts';
import { EngineError } from '../engine/errors.ts';
import {
  brusselsDate, ProcessError,
  type CaseCommand, type CaseState, type CaseStatus, type ServiceMode,
} from '../process/index.ts';
import { clockEnd, serviceWarningAt } from '../process/clocks.ts';
import type { Address } from '../register/port.ts';
import type { App } from './app.ts';
import { checkDeed, deedHash, type DeedProblem } from './deed-upload.ts';

/**
 * The bailiff's work on their assignments, for the bailiff's pages and the bailiff API alike:
 * the worklist, one assignment with what is needed to serve it, and the bailiff's acts.
 * A case is the bailiff's while the process names them its bailiff (engaged, accepted, or
 * declined until the next one is engaged); any other case answers `assignment_not_found`.
 */
export type Deps = Pick<App, 'db' | 'engine' | 'registerFor' | 'clock'>;

/** Why an act of the bailiff is refused; the web layer and the API map each to a status. */
export const bailiffWorkCodes = {
  /** No such case, or not this bailiff's: answered as "not found" alike. */
  assignment_not_found: 'assignment_not_found',
  /** A field is missing or wrong: see `fields`. */
  invalid_input: 'invalid_input',
  /** The process refuses the act in the case's current state (already accepted, closed...). */
  not_allowed: 'not_allowed',
  /** The case changed since the bailiff read it. */
  version_conflict: 'version_conflict',
} as const;

export type BailiffWorkCode = keyof typeof bailiffWorkCodes;

/** Why one field is refused. */
export type FieldProblem =
  | 'required' | 'too_long' | 'date_invalid' | 'date_before_receipt' | 'date_in_future'
  | 'mode_invalid' | DeedProblem;

export interface FieldIssue {
  field: string;
  problem: FieldProblem;
}

export class BailiffWorkError extends Error {
  constructor(
    readonly code: BailiffWorkCode, readonly fields: FieldIssue[] = [], detail?: string,
  ) {
    super(detail ?? code);
    this.name = 'BailiffWorkError';
  }
}

type Names = { nl: string; fr: string; de: string; en: string };

export const serviceModes: readonly ServiceMode[] =
  ['in_person', 'at_address', 'electronic', 'public_prosecutor'];

/** One line of the worklist. */
export interface AssignmentSummary {
  caseId: string;
  reference: string;
  municipality: string;
  /** The municipality's name in the four screen languages. */
  municipalityName: Names;
  status: CaseStatus;
  assignment: 'engaged' | 'accepted' | 'declined' | 'replaced';
  engagedAt: string;
  /** The end of the 8-day service clock; null once served or without a running clock. */
  serviceDueAt: string | null;
  /** Two days before the end: from then on the registrar is alerted (bailiff_late). */
  warningAt: string | null;
  /** 'overdue' past the end, 'due_soon' from the warning on, else null. */
  urgency: 'overdue' | 'due_soon' | null;
  servedOn: string | null;
  version: number;
}

/** The bailiff's assignments, the most urgent first (then the newest). */
export async function assignmentsOf(deps: Deps, bailiffId: string): Promise<AssignmentSummary[]> {
  const rows = await deps.db.selectFrom('case_snapshot')
    .innerJoin('case_list', 'case_list.case_id', 'case_snapshot.case_id')
    .innerJoin('municipality', 'municipality.code', 'case_list.municipality')
    .select(['case_snapshot.state', 'case_snapshot.version', 'case_list.reference',
      'municipality.name'])
    .where(sql<string>`case_snapshot.state -> 'bailiff' ->> 'id'`, '=', bailiffId)
    .execute();
  const now = deps.clock.now();
  const list = rows.map((row) =>
    summaryOf(row.state as unknown as CaseState, row.version, row.reference, row.name, now));
  return list.sort((a, b) => (a.serviceDueAt ?? '9999').localeCompare(b.serviceDueAt ?? '9999')
    || b.engagedAt.localeCompare(a.engagedAt));
}

function summaryOf(
  state: CaseState, version: number, reference: string, municipalityName: Names, now: Date,
) {
  const bailiff = state.bailiff ?? { status: 'replaced' as const, engagedAt: state.updatedAt };
  const clock = state.clock?.name === 'service' && state.service === null ? state.clock : null;
  const serviceDueAt = clock ? clockEnd(clock, state.settings) : null;
  const warningAt = clock ? serviceWarningAt(clock) : null;
  const warned = state.followUps.some((f) => f.topic === 'bailiff_late' && f.resolvedAt === null);
  const at = now.toISOString();
  const urgency = serviceDueAt === null ? null
    : at >= serviceDueAt || state.serviceDeadlinePassedAt !== null ? 'overdue'
      : warned || (warningAt !== null && at >= warningAt) ? 'due_soon' : null;
  return {
    caseId: state.caseId, reference, municipality: state.municipality, municipalityName,
    status: state.status,
    assignment: bailiff.status, engagedAt: bailiff.engagedAt, serviceDueAt, warningAt,
    urgency, servedOn: state.service?.date ?? null, version,
  } satisfies AssignmentSummary;
}

const caseIdSchema = z.string().uuid();

/** The case, when `bailiffId` is its bailiff; anyone else: assignment_not_found. */
export async function assignmentFor(deps: Deps, caseId: string, bailiffId: string) {
  if (!caseIdSchema.safeParse(caseId).success) throw new BailiffWorkError('assignment_not_found');
  const loaded = await deps.engine.load(caseId);
  if (!loaded || loaded.state.bailiff?.id !== bailiffId) {
    throw new BailiffWorkError('assignment_not_found');
  }
  const row = await deps.db.selectFrom('case_list')
    .innerJoin('municipality', 'municipality.code', 'case_list.municipality')
    .select(['case_list.reference', 'municipality.name'])
    .where('case_list.case_id', '=', caseId).executeTakeFirstOrThrow();
  return { ...loaded, summary: summaryOf(loaded.state, loaded.version, row.reference, row.name,
    deps.clock.now()) };
}

export type Assignment = Awaited<ReturnType<typeof assignmentFor>>;

/** The bailiff may still act: engaged or accepted, and the case waits for service. */
export function isActive(assignment: Assignment): boolean {
  const status = assignment.state.bailiff?.status;
  return assignment.state.status === 'awaiting_service'
    && (status === 'engaged' || status === 'accepted');
}

/** The person to serve: the other partner's name and address, nothing else. */
export interface PersonToServe {
  name: string;
  /** The address of domicile, one line per entry; null: no domicile in Belgium. */
  address: string[] | null;
}

/**
 * What the bailiff needs to serve: the partner's name and domicile, read from the National
 * Register with the bailiff as reader and the purpose logged (rule 6). Only while the bailiff
 * may still act; never the declarant's address, phone or e-mail.
 */
export async function personToServe(
  deps: Deps, assignment: Assignment, bailiffId: string,
): Promise<PersonToServe | null> {
  if (!isActive(assignment)) return null;
  const { state } = assignment;
  const person = await deps.registerFor(deps.db).findPerson(state.partner, {
    actor: { role: 'bailiff', id: bailiffId }, caseId: state.caseId,
    purpose: 'service of the unilateral declaration',
  });
  if (!person) return null;
  return { name: `${person.firstNames} ${person.surname}`,
    address: person.address ? addressLines(person.address) : null };
}

function addressLines(address: Address): string[] {
  const box = address.box ? ` bus ${address.box}` : '';
  return [`${address.street} ${address.number}${box}`, `${address.postalCode} ${address.city}`];
}

/** The declaration to serve: the case's latest unilateral declaration (the sealed PDF). */
export async function declarationToServe(deps: Deps, assignment: Assignment) {
  if (!isActive(assignment) && assignment.state.service?.bailiffId !== assignment.state.bailiff?.id) {
    return null;
  }
  const row = await deps.db.selectFrom('document').select(['id', 'pdf', 'created_at'])
    .where('case_id', '=', assignment.state.caseId).where('kind', '=', 'unilateral_declaration')
    .orderBy('created_at', 'desc').executeTakeFirst();
  return row ?? null;
}

/** The deeds this bailiff uploaded for the case: reference, hash, size; no bytes. */
export async function deedsOf(deps: Deps, caseId: string, bailiffId: string) {
  return deps.db.selectFrom('bailiff_deed')
    .select(['id', 'deed_reference', 'sha256', 'size_bytes', 'uploaded_at'])
    .where('case_id', '=', caseId).where('bailiff_id', '=', bailiffId)
    .orderBy('uploaded_at').execute();
}

export interface ActOptions {
  /** The case version the bailiff saw; another version is a conflict. */
  version?: number;
  /** The same key carries out the act once (the API's Idempotency-Key). */
  idempotencyKey?: string;
}

type BailiffCommand = Extract<CaseCommand, { type:
  'AcceptAssignment' | 'DeclineAssignment' | 'RecordService' | 'RecordServiceFailure' }>;

function actor(bailiffId: string) {
  return { actor: { role: 'bailiff' as const, id: bailiffId }, channel: 'bailiff' as const };
}

function engineOptions(bailiffId: string, options: ActOptions) {
  return {
    ...(options.version === undefined ? {} : { expectedVersion: options.version }),
    ...(options.idempotencyKey ? { idempotencyKey: `bailiff:${bailiffId}:${options.idempotencyKey}` }
      : {}),
  };
}

/** Maps the engine's and the process's refusals to this module's codes. */
async function refusing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ProcessError) throw new BailiffWorkError('not_allowed', [], error.code);
    if (error instanceof EngineError && error.code === 'version_conflict') {
      throw new BailiffWorkError('version_conflict');
    }
    throw error;
  }
}

async function act(deps: Deps, command: BailiffCommand, bailiffId: string, o: ActOptions) {
  await assignmentFor(deps, command.caseId, bailiffId);
  return refusing(() => deps.engine.execute(command, engineOptions(bailiffId, o)));
}

export function acceptAssignment(deps: Deps, caseId: string, bailiffId: string, o: ActOptions = {}) {
  return act(deps, { type: 'AcceptAssignment', caseId, ...actor(bailiffId) }, bailiffId, o);
}

/** Declines: the process engages the next bailiff of the district. */
export function declineAssignment(
  deps: Deps, caseId: string, bailiffId: string, reason: string, o: ActOptions = {},
) {
  const why = reason.trim();
  if (why.length > 1000) throw new BailiffWorkError('invalid_input', [{ field: 'reason', problem: 'too_long' }]);
  return act(deps, { type: 'DeclineAssignment', caseId, ...actor(bailiffId),
    ...(why ? { reason: why } : {}) }, bailiffId, o);
}

/** What a service record holds, as typed in the form or sent to the API. */
export interface ServiceInput {
  serviceDate: string;
  place: string;
  mode: string;
  deedReference: string;
  deed: Uint8Array | undefined;
}

export interface FailedAttemptInput {
  attemptDate: string;
  reason: string;
}

function text(field: string, value: string, max: number): FieldIssue[] {
  if (value.trim() === '') return [{ field, problem: 'required' }];
  return value.length > max ? [{ field, problem: 'too_long' }] : [];
}

/** A date between the receipt and today (Brussels), as the process demands. */
function date(field: string, value: string, state: CaseState, now: Date): FieldIssue[] {
  if (value.trim() === '') return [{ field, problem: 'required' }];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))
    || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    return [{ field, problem: 'date_invalid' }];
  }
  if (state.receipt && value < state.receipt.date) return [{ field, problem: 'date_before_receipt' }];
  if (value > brusselsDate(now)) return [{ field, problem: 'date_in_future' }];
  return [];
}

/** The checks of a service record, in the order of the form's fields. */
export async function serviceProblems(
  input: ServiceInput, state: CaseState, now: Date, maxBytes: number,
): Promise<FieldIssue[]> {
  const deed = await checkDeed(input.deed, maxBytes);
  return [
    ...date('serviceDate', input.serviceDate, state, now),
    ...text('place', input.place, 200),
    ...(serviceModes.includes(input.mode as ServiceMode) ? []
      : [{ field: 'mode', problem: 'mode_invalid' as const }]),
    ...text('deedReference', input.deedReference, 100),
    ...(deed ? [{ field: 'deed', problem: deed }] : []),
  ];
}

/**
 * Records the service: the deed (a checked PDF, with its SHA-256) is stored in the
 * transaction of the ServiceRecorded event, so there is never one without the other.
 */
export async function recordService(
  deps: Deps, caseId: string, bailiffId: string, input: ServiceInput,
  maxBytes: number, o: ActOptions = {},
) {
  const assignment = await assignmentFor(deps, caseId, bailiffId);
  const now = deps.clock.now();
  const problems = await serviceProblems(input, assignment.state, now, maxBytes);
  if (problems.length > 0) throw new BailiffWorkError('invalid_input', problems);
  const deed = input.deed as Uint8Array;
  const command: BailiffCommand = {
    type: 'RecordService', caseId, ...actor(bailiffId), serviceDate: input.serviceDate,
    place: input.place.trim(), mode: input.mode as ServiceMode,
    deedReference: input.deedReference.trim(),
  };
  return refusing(() => withTransaction(deps.db, async (trx) => {
    const result = await deps.engine.executeIn(trx, command,
      { ...engineOptions(bailiffId, o), now });
    if (result.replayed) return result;
    await trx.insertInto('bailiff_deed').values({
      id: randomUUID(), case_id: caseId, bailiff_id: bailiffId,
      deed_reference: command.deedReference, pdf: deed, sha256: deedHash(deed),
      size_bytes: deed.length, event_version: result.version, uploaded_at: now,
    }).execute();
    return result;
  }));
}

/** Records a failed attempt with its reason; the 8-day clock runs on. */
export async function recordFailedAttempt(
  deps: Deps, caseId: string, bailiffId: string, input: FailedAttemptInput, o: ActOptions = {},
) {
  const assignment = await assignmentFor(deps, caseId, bailiffId);
  const problems = [
    ...date('attemptDate', input.attemptDate, assignment.state, deps.clock.now()),
    ...text('reason', input.reason, 1000),
  ];
  if (problems.length > 0) throw new BailiffWorkError('invalid_input', problems);
  return act(deps, { type: 'RecordServiceFailure', caseId, ...actor(bailiffId),
    attemptDate: input.attemptDate, reason: input.reason.trim() }, bailiffId, o);
}

/** The bailiff's own part of the case's history: engagement, answer, attempts, service. */
export function bailiffHistory(state: CaseState, bailiffId: string) {
  const mine = state.bailiff?.id === bailiffId ? state.bailiff : null;
  return {
    receiptDate: state.receipt?.date ?? null,
    engagedAt: mine?.engagedAt ?? null,
    assignment: mine?.status ?? null,
    attempts: state.serviceAttempts.filter((a) => a.bailiffId === bailiffId)
      .map((a) => ({ date: a.attemptDate, reason: a.reason, recordedAt: a.recordedAt })),
    service: state.service?.bailiffId === bailiffId ? state.service : null,
  };
}
