// The counter (front office): a citizen at the desk, identified on their eID, starts a case or
// takes a step of it with the help of counter staff. Every act is written twice: as the
// process's event (actor counter, channel counter) and as a `counter_act` row that names both
// the member of staff and the citizen.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { CaseState } from '../../process/index.ts';
import { isValidNationalNumber } from '../../register/national-number.ts';
import type { App } from '../app.ts';
import { checkDeed, deedHash, type DeedProblem } from '../deed-upload.ts';
import { recordCounterPayment } from '../record-counter-payment.ts';
import { startCase } from '../start-case.ts';
import { startOverview, type StartOverview } from '../start-overview.ts';

/** The member of counter staff who acts. */
export interface CounterStaff {
  subject: string;
  name: string;
  /** The NIS code of the staff member's municipality. */
  municipality: string;
}

export type CounterAct =
  | 'identity_checked' | 'case_started' | 'handover_issued' | 'counter_visit_recorded'
  | 'payment_recorded';

/** Why the counter's form is refused; each names the form field it is about. */
export type CounterProblem =
  | 'national_number_invalid' | 'card_number_invalid' | 'photo_not_compared'
  | 'person_not_in_case' | 'path_missing' | 'path_elsewhere' | 'check_unknown'
  | 'method_missing' | 'ticket_invalid' | 'amount_mismatch' | 'not_payable'
  | 'not_awaiting_visit' | DeedProblem;

export class CounterError extends Error {
  constructor(readonly problem: CounterProblem) {
    super(`Counter act refused: ${problem}`);
    this.name = 'CounterError';
  }
}

/**
 * A Belgian eID card number: 12 digits (printed as 000-0000000-00), the last two the rest of
 * the first ten divided by 97 (97 when that rest is 0). The electronic residence cards of
 * foreigners use the newer format: a letter followed by 10 digits, the last two checked the
 * same way over the 8 digits before them. Spaces, dots and dashes are ignored.
 */
export function normalCardNumber(input: string): string | null {
  const value = input.replace(/[\s.-]/g, '').toUpperCase();
  const eid = /^(\d{10})(\d{2})$/.exec(value);
  if (eid) return checks(eid[1] as string, eid[2] as string) ? value : null;
  const residence = /^([A-Z])(\d{8})(\d{2})$/.exec(value);
  if (residence) return checks(residence[2] as string, residence[3] as string) ? value : null;
  return null;
}

function checks(body: string, check: string): boolean {
  const rest = Number(BigInt(body) % 97n);
  return (rest === 0 ? 97 : rest) === Number(check);
}

export interface IdentityInput {
  nationalNumber: string;
  cardNumber: string;
  photoCompared: boolean;
}

/**
 * Records that the counter checked a citizen's identity on their eID. Kept: the national
 * number, the card's number and that the photo was compared; nothing else of the card.
 */
export async function recordIdentityCheck(
  db: Db, staff: CounterStaff, input: IdentityInput, now: Date, caseId: string | null = null,
): Promise<{ id: string; nationalNumber: string }> {
  const nationalNumber = input.nationalNumber.replace(/[\s.-]/g, '');
  if (!isValidNationalNumber(nationalNumber)) throw new CounterError('national_number_invalid');
  const card = normalCardNumber(input.cardNumber);
  if (card === null) throw new CounterError('card_number_invalid');
  if (!input.photoCompared) throw new CounterError('photo_not_compared');
  const id = randomUUID();
  await db.insertInto('counter_identity_check').values({
    id, municipality: staff.municipality, staff_subject: staff.subject, staff_name: staff.name,
    person_national_number: nationalNumber, card_number: card, photo_compared: true,
    case_id: caseId, checked_at: now,
  }).execute();
  return { id, nationalNumber };
}

/**
 * How long an identity check stands for the person at the desk: acts of a later visit need a
 * new check.
 */
export const checkValidMs = 4 * 60 * 60_000;

function fresh(checkedAt: Date | string, now: Date): boolean {
  return now.getTime() - new Date(checkedAt).getTime() <= checkValidMs;
}

/** An identity check of this staff member's municipality, if it exists. */
export async function identityCheck(db: Db, staff: CounterStaff, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  return db.selectFrom('counter_identity_check').selectAll()
    .where('id', '=', id).where('municipality', '=', staff.municipality).executeTakeFirst();
}

/** What the counter can do for the checked person: as the start page would tell them. */
export function counterOverview(app: App, staff: CounterStaff, person: string):
  Promise<StartOverview> {
  return startOverview(app.db, app.registerFor, person, { role: 'counter', id: staff.subject });
}

export async function recordAct(db: Db, staff: CounterStaff, act: {
  caseId: string; act: CounterAct; person: string; checkId: string; detail?: string; at: Date;
}): Promise<void> {
  await db.insertInto('counter_act').values({
    case_id: act.caseId, municipality: staff.municipality, staff_subject: staff.subject,
    staff_name: staff.name, person_national_number: act.person, act: act.act,
    identity_check_id: act.checkId, detail: act.detail ?? null, at: act.at,
  }).execute();
}

/** The parties of a case who may act at the counter. */
export function partiesOf(state: CaseState): string[] {
  return [state.declarant, state.partner];
}

/**
 * A check made on a case's page: the person must be a party of the case; the check is tied
 * to the case and recorded as a counter act.
 */
export async function checkIdentityForCase(
  app: App, staff: CounterStaff, state: CaseState, input: IdentityInput,
): Promise<string> {
  const nn = input.nationalNumber.replace(/[\s.-]/g, '');
  if (isValidNationalNumber(nn) && !partiesOf(state).includes(nn)) {
    throw new CounterError('person_not_in_case');
  }
  const now = app.clock.now();
  return withTransaction(app.db, async (trx) => {
    const check = await recordIdentityCheck(trx, staff, input, now, state.caseId);
    await recordAct(trx, staff, { caseId: state.caseId, act: 'identity_checked',
      person: check.nationalNumber, checkId: check.id, at: now });
    return check.id;
  });
}

/**
 * Ties an earlier check (made before the case was known) to the person's open case of this
 * municipality, as the counter finds it.
 */
export async function attachCheck(app: App, staff: CounterStaff, checkId: string, caseId: string,
  person: string): Promise<void> {
  const now = app.clock.now();
  await withTransaction(app.db, async (trx) => {
    await trx.updateTable('counter_identity_check').set({ case_id: caseId })
      .where('id', '=', checkId).where('case_id', 'is', null).execute();
    await recordAct(trx, staff, { caseId, act: 'identity_checked', person, checkId, at: now });
  });
}

/**
 * Starts the case of the checked person with the counter as actor and channel, when the
 * chosen path's competent municipality is the staff member's own.
 */
export async function startAtCounter(app: App, staff: CounterStaff, checkId: string,
  path: 'joint' | 'unilateral' | undefined): Promise<string> {
  const check = await identityCheck(app.db, staff, checkId);
  if (!check || check.case_id !== null || !fresh(check.checked_at, app.clock.now())) {
    throw new CounterError('check_unknown');
  }
  if (!path) throw new CounterError('path_missing');
  const person = check.person_national_number;
  const overview = await counterOverview(app, staff, person);
  if (overview.kind === 'ready' && overview[path].code !== staff.municipality) {
    throw new CounterError('path_elsewhere');
  }
  const result = await startCase(app.db, app.engine, app.registerFor, {
    declarant: person, path, channel: 'counter', actor: { role: 'counter', id: staff.subject },
  });
  const now = app.clock.now();
  await withTransaction(app.db, async (trx) => {
    await trx.updateTable('counter_identity_check').set({ case_id: result.caseId })
      .where('id', '=', check.id).execute();
    await recordAct(trx, staff, { caseId: result.caseId,
      act: result.outcome === 'started' ? 'case_started' : 'identity_checked', person,
      checkId: check.id, at: now });
  });
  return result.caseId;
}

/** The identity checks made for a case that still stand, newest first. */
export function checksOfCase(db: Db, caseId: string, now: Date) {
  return db.selectFrom('counter_identity_check')
    .select(['id', 'person_national_number', 'staff_name', 'checked_at'])
    .where('case_id', '=', caseId)
    .where('checked_at', '>=', new Date(now.getTime() - checkValidMs))
    .orderBy('checked_at', 'desc').execute();
}

/** A standing check of this case, by its id (the person at the desk for the next act). */
export async function checkOfCase(db: Db, caseId: string, checkId: string, now: Date) {
  if (!/^[0-9a-f-]{36}$/i.test(checkId)) throw new CounterError('check_unknown');
  const check = await db.selectFrom('counter_identity_check').selectAll()
    .where('id', '=', checkId).where('case_id', '=', caseId).executeTakeFirst();
  if (!check || !fresh(check.checked_at, now)) throw new CounterError('check_unknown');
  return check;
}

/** The counter's acts on a case, in the order they happened. */
export function actsOfCase(db: Db, caseId: string) {
  return db.selectFrom('counter_act').selectAll().where('case_id', '=', caseId)
    .orderBy('at').orderBy('id').execute();
}

export interface PaperDeclarationInput {
  caseId: string;
  checkId: string;
  byProxy: boolean;
  scan: Uint8Array | undefined;
  version: number;
}

/**
 * The visit of counter filing mode: the signed declaration is handed over at the counter by
 * a signing partner (in person or by special proxy). The scan of the paper handed over is
 * checked like a deed (a PDF by its content, within the size limit) and stored with its
 * SHA-256 in the transaction of the CounterVisitRecorded event.
 */
export async function recordPaperDeclaration(app: App, staff: CounterStaff,
  input: PaperDeclarationInput): Promise<{ sha256: string }> {
  const check = await checkOfCase(app.db, input.caseId, input.checkId, app.clock.now());
  const loaded = await app.engine.load(input.caseId);
  if (loaded?.state.status !== 'awaiting_counter_visit') {
    throw new CounterError('not_awaiting_visit');
  }
  const problem = await checkDeed(input.scan, app.config.bailiffApi.deedMaxBytes);
  if (problem) throw new CounterError(problem);
  const scan = input.scan as Uint8Array;
  const sha256 = deedHash(scan);
  const now = app.clock.now();
  await withTransaction(app.db, async (trx) => {
    const result = await app.engine.executeIn(trx, {
      type: 'RecordCounterVisit', caseId: input.caseId, channel: 'counter',
      actor: { role: 'counter', id: staff.subject },
      presentedBy: check.person_national_number, byProxy: input.byProxy,
    }, { expectedVersion: input.version, now });
    await trx.insertInto('counter_declaration_scan').values({
      id: randomUUID(), case_id: input.caseId, municipality: staff.municipality, pdf: scan,
      sha256, size_bytes: scan.length, event_version: result.version,
      staff_subject: staff.subject, uploaded_at: now,
    }).execute();
    await recordAct(trx, staff, { caseId: input.caseId, act: 'counter_visit_recorded',
      person: check.person_national_number, checkId: check.id,
      detail: `sha256:${sha256}${input.byProxy ? ' proxy' : ''}`, at: now });
  });
  return { sha256 };
}

export const paymentMethods = ['card', 'cash'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];

export interface CounterPaymentForm {
  caseId: string;
  checkId: string;
  amountCents: number;
  method: string;
  /** The number of the payment ticket of the card terminal or the cash register. */
  ticket: string;
}

/** A deposit paid at the desk, by card or cash, with the payment ticket's number. */
export async function recordPaymentAtCounter(app: App, staff: CounterStaff,
  form: CounterPaymentForm): Promise<void> {
  const check = await checkOfCase(app.db, form.caseId, form.checkId, app.clock.now());
  if (!(paymentMethods as readonly string[]).includes(form.method)) {
    throw new CounterError('method_missing');
  }
  const ticket = form.ticket.trim();
  if (!/^[A-Za-z0-9/._-]{1,40}$/.test(ticket)) throw new CounterError('ticket_invalid');
  try {
    await recordCounterPayment(app, { caseId: form.caseId,
      staff: { role: 'counter', id: staff.subject }, amountCents: form.amountCents });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'amount_mismatch' || code === 'not_payable') throw new CounterError(code);
    throw error;
  }
  await recordAct(app.db, staff, { caseId: form.caseId, act: 'payment_recorded',
    person: check.person_national_number, checkId: check.id,
    detail: `${form.method} ${form.amountCents} ticket:${ticket}`, at: app.clock.now() });
}
