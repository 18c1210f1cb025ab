// The credit note that cancels a disputed invoice in full, as UBL 2.1 CreditNote XML in the
// Peppol BIS Billing 3.0 shape (type code 381, BT-3). It repeats the invoice's parties and
// lines with positive amounts and refers to the invoice it cancels (BG-3, BT-25/BT-26).
// Pure: no I/O. Elements follow the order of the UBL 2.1 CreditNote schema.
import { computeTotals, invoiceProblems, type Invoice } from './model.ts';
import {
  amount, buyer, customizationId, el, formatMilli, InvalidInvoiceError,
  monetaryTotal, profileId, seller, taxCategory, taxTotal, text,
} from './ubl.ts';

export interface CreditNote {
  /** The credit note's own number, in the bailiff's sequence of credit notes. */
  number: string;
  /** YYYY-MM-DD. */
  issueDate: string;
  /** The invoice it cancels: all of it, the same lines and amounts. */
  invoice: Invoice;
}

/** What is wrong with a credit note; empty when it can be issued. */
export function creditNoteProblems(note: CreditNote): string[] {
  const problems = invoiceProblems(note.invoice).map((p) => `invoice.${p}`);
  if (typeof note.number !== 'string' || note.number.trim() === '' || note.number.length > 200) {
    problems.push('number: required');
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(note.issueDate) || note.issueDate < note.invoice.issueDate) {
    problems.push('issueDate: YYYY-MM-DD, not before the invoice');
  }
  return problems;
}

/** The UBL 2.1 CreditNote; throws InvalidInvoiceError when it cannot be issued. */
export function toUblCreditNoteXml(note: CreditNote): string {
  const problems = creditNoteProblems(note);
  if (problems.length > 0) throw new InvalidInvoiceError(problems);
  const invoice = note.invoice;
  const totals = computeTotals(invoice.lines);
  const lines = totals.lines.map(({ line, quantityMilli, lineExtensionCents }, i) =>
    el('cac:CreditNoteLine', [
      text('cbc:ID', String(i + 1)),
      text('cbc:CreditedQuantity', formatMilli(quantityMilli), { unitCode: line.unitCode }),
      amount('cbc:LineExtensionAmount', lineExtensionCents),
      el('cac:Item', [
        text('cbc:Name', line.description),
        taxCategory('cac:ClassifiedTaxCategory', line.vatCategory, line.vatRatePercent, false),
      ].join('')),
      el('cac:Price', amount('cbc:PriceAmount', line.unitPriceCents)),
    ].join('')));
  const body = [
    text('cbc:CustomizationID', customizationId),
    text('cbc:ProfileID', profileId),
    text('cbc:ID', note.number),
    text('cbc:IssueDate', note.issueDate),
    text('cbc:CreditNoteTypeCode', '381'),
    text('cbc:Note', `Cancels invoice ${invoice.number} in full.`),
    text('cbc:DocumentCurrencyCode', 'EUR'),
    text('cbc:BuyerReference', invoice.caseReference),
    el('cac:OrderReference', text('cbc:ID', invoice.caseReference)),
    el('cac:BillingReference', el('cac:InvoiceDocumentReference',
      text('cbc:ID', invoice.number) + text('cbc:IssueDate', invoice.issueDate))),
    seller(invoice),
    buyer(invoice),
    taxTotal(totals),
    monetaryTotal(totals),
    ...lines,
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"'
      + ' xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"'
      + ' xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">',
    ...body,
    '</CreditNote>',
    '',
  ].join('\n');
}
