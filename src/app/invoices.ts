// The bailiff's invoice for a served case (issue 5): the bailiff submits it, the product
// issues it as UBL 2.1 (Peppol BIS Billing 3.0), municipal staff see it beside the deposit
// and approve or dispute it. Approval settles it against the deposit through the process
// (SettleInvoice): the difference becomes a refund to the declarant or a second payment
// request. Nothing here logs personal data; the invoice's own texts are the bailiff's.
import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import type { CaseEngine } from '../engine/case-engine.ts';
import { isUniqueViolation } from '../engine/errors.ts';
import { addDays, brusselsDate, type CaseState } from '../process/index.ts';
import {
  computeTotals, invoiceProblems, lineProblems, toUblCreditNoteXml, toUblXml, type Invoice,
  type InvoiceLine,
} from '../invoices/index.ts';

export type InvoiceErrorCode =
  | 'invalid_invoice' | 'not_your_case' | 'already_invoiced' | 'billing_details_missing'
  | 'not_found' | 'already_decided' | 'reason_required' | 'not_disputed';

export class InvoiceError extends Error {
  constructor(readonly code: InvoiceErrorCode, readonly problems: string[] = []) {
    super(problems.length > 0 ? `${code}: ${problems.join('; ')}` : code);
    this.name = 'InvoiceError';
  }
}

/** The municipal staff member who acts, as the signed-in session gives them. */
export interface ActingStaff {
  staffId: string;
  municipality: string;
  role: 'civil_affairs' | 'registrar' | 'administrator';
}

/** Days the municipality has to pay the bailiff. */
export const PAYMENT_TERM_DAYS = 30;

async function caseStateOf(db: Db | Transaction<Database>, caseId: string): Promise<CaseState | null> {
  const row = await db.selectFrom('case_snapshot').select('state')
    .where('case_id', '=', caseId).executeTakeFirst();
  return row ? (row.state as unknown as CaseState) : null;
}

async function parties(db: Db, bailiffId: string, municipality: string):
Promise<Pick<Invoice, 'seller' | 'buyer'>> {
  const seller = await db.selectFrom('bailiff_billing')
    .innerJoin('bailiff', 'bailiff.id', 'bailiff_billing.bailiff_id')
    .selectAll('bailiff_billing').select('bailiff.name')
    .where('bailiff_id', '=', bailiffId).executeTakeFirst();
  const buyer = await db.selectFrom('municipality_billing').selectAll()
    .where('municipality_code', '=', municipality).executeTakeFirst();
  if (!seller || !buyer) throw new InvoiceError('billing_details_missing');
  return {
    seller: {
      name: seller.name, enterpriseNumber: seller.enterprise_number, vatNumber: seller.vat_number,
      iban: seller.iban,
      address: { street: seller.street, postalCode: seller.postal_code, city: seller.city, countryCode: 'BE' },
    },
    buyer: {
      name: buyer.legal_name, enterpriseNumber: buyer.enterprise_number,
      address: { street: buyer.street, postalCode: buyer.postal_code, city: buyer.city, countryCode: 'BE' },
    },
  };
}

/** The bailiff's next invoice number: year and a sequence per office, e.g. '2026/0007'. */
async function nextNumber(db: Db, bailiffId: string, year: string): Promise<string> {
  const { count } = await db.selectFrom('invoice').select((eb) => eb.fn.countAll<string>().as('count'))
    .where('bailiff_id', '=', bailiffId).where('number', 'like', `${year}/%`).executeTakeFirstOrThrow();
  return `${year}/${String(Number(count) + 1).padStart(4, '0')}`;
}

/** The same lines, whatever order jsonb gave their keys. */
function sameLines(a: unknown, b: readonly InvoiceLine[]): boolean {
  const canonical = (v: unknown): string => JSON.stringify(v, (_k, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([x], [y]) => x.localeCompare(y)))
      : value);
  return canonical(a) === canonical(b);
}

export interface SubmittedInvoice {
  id: string;
  number: string;
  payableCents: number;
  /** False when the same invoice had been submitted before (nothing new was stored). */
  created: boolean;
}

/**
 * The bailiff who recorded the service of this case submits the invoice, once per case: the
 * same lines again return the stored invoice; other lines are refused.
 */
export async function submitInvoice(
  deps: { db: Db; now: Date },
  input: { bailiffId: string; caseId: string; lines: InvoiceLine[] },
): Promise<SubmittedInvoice> {
  const { db, now } = deps;
  const lines = Array.isArray(input.lines) ? input.lines : [];
  const problems = lines.length === 0 ? ['lines: at least one']
    : lines.flatMap((line, i) => lineProblems(line, `lines[${i}]`));
  if (problems.length > 0) throw new InvoiceError('invalid_invoice', problems);
  const state = await caseStateOf(db, input.caseId);
  if (state === null || state.service?.bailiffId !== input.bailiffId) {
    throw new InvoiceError('not_your_case');
  }
  // The case's current invoice: a credited one no longer counts.
  const existing = await db.selectFrom('invoice').selectAll().where('case_id', '=', input.caseId)
    .where('status', '<>', 'credited').executeTakeFirst();
  if (existing) {
    if (existing.bailiff_id === input.bailiffId && sameLines(existing.lines, lines)) {
      return { id: existing.id, number: existing.number, payableCents: existing.payable_cents, created: false };
    }
    throw new InvoiceError('already_invoiced');
  }
  const reference = await db.selectFrom('case_list').select('reference')
    .where('case_id', '=', input.caseId).executeTakeFirst();
  const issueDate = brusselsDate(now);
  const invoice: Invoice = {
    number: await nextNumber(db, input.bailiffId, issueDate.slice(0, 4)),
    issueDate,
    dueDate: addDays(issueDate, PAYMENT_TERM_DAYS),
    caseReference: reference?.reference ?? input.caseId,
    ...await parties(db, input.bailiffId, state.municipality),
    lines,
  };
  const invalid = invoiceProblems(invoice);
  if (invalid.length > 0) throw new InvoiceError('invalid_invoice', invalid);
  const totals = computeTotals(lines);
  const id = randomUUID();
  const inserted = await db.insertInto('invoice').values({
    id, case_id: input.caseId, bailiff_id: input.bailiffId, municipality: state.municipality,
    number: invoice.number, issue_date: invoice.issueDate, due_date: invoice.dueDate,
    lines: JSON.stringify(lines), line_extension_cents: totals.lineExtensionCents,
    tax_cents: totals.taxCents, payable_cents: totals.payableCents, xml: toUblXml(invoice),
    submitted_at: now, decided_by: null, decided_at: null, dispute_reason: null,
  }).onConflict((oc) => oc.doNothing()).returning('id').executeTakeFirst();
  if (!inserted) return submitInvoice(deps, input); // submitted at the same time: read it back
  return { id, number: invoice.number, payableCents: totals.payableCents, created: true };
}

export interface InvoiceListItem {
  id: string;
  caseId: string;
  number: string;
  bailiffId: string;
  issueDate: string;
  payableCents: number;
  status: 'submitted' | 'approved' | 'disputed' | 'credited';
  disputeReason: string | null;
  /** The credit note that cancelled it, once the bailiff corrected a disputed invoice. */
  creditNoteId: string | null;
  /** The deposit the declarant paid for this case, from the case itself. */
  depositCents: number | null;
  depositStatus: string | null;
  /** payable - deposit: positive, the declarant owes more; negative, a refund is due. */
  differenceCents: number | null;
  /** Where the settlement of the difference stands, once approved. */
  settlement: 'settled' | 'refund_requested' | 'payment_requested' | null;
}

/** The municipality's invoices, each beside the deposit paid for its case. */
export async function listInvoices(db: Db, staff: ActingStaff): Promise<InvoiceListItem[]> {
  const rows = await db.selectFrom('invoice')
    .leftJoin('case_snapshot', 'case_snapshot.case_id', 'invoice.case_id')
    .leftJoin('credit_note', 'credit_note.invoice_id', 'invoice.id')
    .select(['credit_note.id as credit_note_id', 'invoice.id', 'invoice.case_id', 'invoice.number', 'invoice.bailiff_id',
      'invoice.issue_date', 'invoice.payable_cents', 'invoice.status', 'invoice.dispute_reason',
      'case_snapshot.state'])
    .where('invoice.municipality', '=', staff.municipality)
    .orderBy('invoice.submitted_at', 'desc').execute();
  return rows.map((row) => {
    const state = row.state as unknown as CaseState | null;
    const deposit = state?.payment?.purpose === 'deposit' ? state.payment : null;
    return {
      id: row.id, caseId: row.case_id, number: row.number, bailiffId: row.bailiff_id,
      issueDate: row.issue_date, payableCents: row.payable_cents, status: row.status,
      disputeReason: row.dispute_reason, creditNoteId: row.credit_note_id,
      depositCents: deposit?.amountCents ?? null,
      depositStatus: deposit?.status ?? null,
      differenceCents: deposit ? row.payable_cents - deposit.amountCents : null,
      settlement: state?.settlement?.status ?? null,
    };
  });
}

async function ownInvoice(trx: Transaction<Database>, staff: ActingStaff, invoiceId: string) {
  const row = await trx.selectFrom('invoice').selectAll().where('id', '=', invoiceId)
    .forUpdate().executeTakeFirst();
  // Another municipality's invoice is as unknown as one that does not exist.
  if (!row || row.municipality !== staff.municipality) throw new InvoiceError('not_found');
  return row;
}

/**
 * Approves the invoice and settles it against the deposit through the process, in one
 * transaction. Approving an approved invoice again changes nothing.
 */
export async function approveInvoice(
  deps: { db: Db; engine: CaseEngine; now: Date }, staff: ActingStaff, invoiceId: string,
): Promise<void> {
  if (!isUuid(invoiceId)) throw new InvoiceError('not_found');
  await deps.db.transaction().execute(async (trx) => {
    const row = await ownInvoice(trx, staff, invoiceId);
    if (row.status === 'approved') return;
    if (row.status !== 'submitted') throw new InvoiceError('already_decided');
    await trx.updateTable('invoice').set({
      status: 'approved', decided_by: staff.staffId, decided_at: deps.now,
    }).where('id', '=', row.id).execute();
    await deps.engine.executeIn(trx, {
      type: 'SettleInvoice', caseId: row.case_id, actor: { role: staff.role, id: staff.staffId },
      channel: 'online', invoiceId: row.id, invoiceCents: row.payable_cents,
    }, { idempotencyKey: `settle-invoice:${row.id}`, now: deps.now });
  });
}

/** Disputes the invoice with a reason for the bailiff; the deposit stays as it is. */
export async function disputeInvoice(
  deps: { db: Db; now: Date }, staff: ActingStaff, invoiceId: string, reason: string,
): Promise<void> {
  const why = typeof reason === 'string' ? reason.trim() : '';
  if (why === '' || why.length > 1000) throw new InvoiceError('reason_required');
  if (!isUuid(invoiceId)) throw new InvoiceError('not_found');
  await deps.db.transaction().execute(async (trx) => {
    const row = await ownInvoice(trx, staff, invoiceId);
    if (row.status === 'disputed' && row.dispute_reason === why) return;
    if (row.status !== 'submitted') throw new InvoiceError('already_decided');
    await trx.updateTable('invoice').set({
      status: 'disputed', dispute_reason: why, decided_by: staff.staffId, decided_at: deps.now,
    }).where('id', '=', row.id).execute();
  });
}

/** Who asks for an invoice's XML: the bailiff's office, or a staff member of a municipality. */
export type InvoiceReader =
  | { kind: 'bailiff'; bailiffId: string }
  | { kind: 'staff'; municipality: string };

/** The invoice's XML for the bailiff who issued it or staff of the buyer; null otherwise. */
export async function invoiceXml(
  db: Db, reader: InvoiceReader, invoiceId: string,
): Promise<{ number: string; xml: string } | null> {
  if (!isUuid(invoiceId)) return null;
  const row = await db.selectFrom('invoice').select(['number', 'xml', 'bailiff_id', 'municipality'])
    .where('id', '=', invoiceId).executeTakeFirst();
  if (!row) return null;
  const allowed = reader.kind === 'bailiff' ? row.bailiff_id === reader.bailiffId
    : row.municipality === reader.municipality;
  return allowed ? { number: row.number, xml: row.xml } : null;
}

export interface IssuedCreditNote {
  id: string;
  number: string;
  invoiceId: string;
  /** False when the invoice had been credited before (nothing new was stored). */
  created: boolean;
}

/**
 * The bailiff's next credit note number: its own sequence per year, e.g. 'CN-2026/0002'.
 * Two credit notes issued at the same moment may both get it; the unique key lets one in and
 * the other takes the next (see creditInvoice).
 */
async function nextCreditNoteNumber(db: Db, bailiffId: string, year: string): Promise<string> {
  const { last } = await db.selectFrom('credit_note')
    .select(sql<number | null>`max(split_part(number, '/', 2)::integer)`.as('last'))
    .where('bailiff_id', '=', bailiffId).where('number', 'like', `CN-${year}/%`)
    .executeTakeFirstOrThrow();
  return `CN-${year}/${String(Number(last ?? 0) + 1).padStart(4, '0')}`;
}

/**
 * The bailiff corrects a disputed invoice: a credit note cancels it in full (UBL 2.1
 * CreditNote, Peppol BIS Billing 3.0) and the invoice becomes 'credited', after which a new
 * invoice can be submitted for the case. Crediting the same invoice again returns the same
 * credit note. Only the bailiff who issued it, and only a disputed invoice.
 */
export async function creditInvoice(
  deps: { db: Db; now: Date }, bailiffId: string, invoiceId: string,
): Promise<IssuedCreditNote> {
  if (!isUuid(invoiceId)) throw new InvoiceError('not_found');
  const { db, now } = deps;
  const row = await db.selectFrom('invoice').selectAll().where('id', '=', invoiceId)
    .executeTakeFirst();
  if (!row || row.bailiff_id !== bailiffId) throw new InvoiceError('not_found');
  const existing = await db.selectFrom('credit_note').select(['id', 'number'])
    .where('invoice_id', '=', invoiceId).executeTakeFirst();
  if (existing) return { id: existing.id, number: existing.number, invoiceId, created: false };
  if (row.status !== 'disputed') throw new InvoiceError('not_disputed');
  const reference = await db.selectFrom('case_list').select('reference')
    .where('case_id', '=', row.case_id).executeTakeFirst();
  const invoice: Invoice = {
    number: row.number, issueDate: row.issue_date, dueDate: row.due_date,
    caseReference: reference?.reference ?? row.case_id,
    ...await parties(db, bailiffId, row.municipality),
    lines: row.lines as unknown as InvoiceLine[],
  };
  const issueDate = brusselsDate(now);
  const number = await nextCreditNoteNumber(db, bailiffId, issueDate.slice(0, 4));
  const xml = toUblCreditNoteXml({ number, issueDate, invoice });
  const id = randomUUID();
  const issued = await db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('invoice').select('status').where('id', '=', invoiceId)
      .forUpdate().executeTakeFirstOrThrow();
    if (current.status !== 'disputed') return false;
    await trx.insertInto('credit_note').values({
      id, invoice_id: invoiceId, case_id: row.case_id, bailiff_id: bailiffId,
      municipality: row.municipality, number, issue_date: issueDate,
      payable_cents: row.payable_cents, xml, issued_at: now,
    }).execute();
    await trx.updateTable('invoice').set({ status: 'credited' }).where('id', '=', invoiceId)
      .execute();
    return true;
  }).catch((error: unknown) => {
    if (isUniqueViolation(error, 'credit_note_bailiff_id_number_key')) return 'number_taken';
    throw error;
  });
  // Credited meanwhile, or another credit note took this number: once more from the start.
  if (issued !== true) return creditInvoice(deps, bailiffId, invoiceId);
  return { id, number, invoiceId, created: true };
}

/** The credit note's XML for the bailiff who issued it or staff of the buyer; null otherwise. */
export async function creditNoteXml(
  db: Db, reader: InvoiceReader, creditNoteId: string,
): Promise<{ number: string; xml: string } | null> {
  if (!isUuid(creditNoteId)) return null;
  const row = await db.selectFrom('credit_note')
    .select(['number', 'xml', 'bailiff_id', 'municipality'])
    .where('id', '=', creditNoteId).executeTakeFirst();
  if (!row) return null;
  const allowed = reader.kind === 'bailiff' ? row.bailiff_id === reader.bailiffId
    : row.municipality === reader.municipality;
  return allowed ? { number: row.number, xml: row.xml } : null;
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
