// The invoice as UBL 2.1 Invoice XML in the Peppol BIS Billing 3.0 shape. Elements follow
// the order of the UBL 2.1 schema; no element is written empty (PEPPOL-EN16931-R008).
import {
  computeTotals, exemption, invoiceProblems,
  type Address, type Invoice, type InvoiceTotals, type VatCategory,
} from './model.ts';

export const customizationId =
  'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0';
export const profileId = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0';
/** The Peppol participant id scheme of Belgian enterprise numbers. */
export const belgianScheme = '0208';

export class InvalidInvoiceError extends Error {
  constructor(readonly problems: string[]) {
    super(`The invoice cannot be issued: ${problems.join('; ')}`);
    this.name = 'InvalidInvoiceError';
  }
}

/** Text and attribute values: the five XML special characters as entities. */
export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&${
    { '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c] as string};`);
}

/** Integer cents as a decimal amount with two decimals: 12345 -> '123.45'. */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Thousandths as a decimal quantity without trailing zeros: 12500 -> '12.5'. */
export function formatMilli(milli: number): string {
  const whole = Math.floor(milli / 1000);
  const fraction = String(milli % 1000).padStart(3, '0').replace(/0+$/, '');
  return fraction === '' ? String(whole) : `${whole}.${fraction}`;
}

type Attrs = Record<string, string>;

export function el(name: string, content: string, attrs: Attrs = {}): string {
  const attributes = Object.entries(attrs).map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join('');
  return `<${name}${attributes}>${content}</${name}>`;
}

export function text(name: string, value: string, attrs: Attrs = {}): string {
  return el(name, escapeXml(value), attrs);
}

export function amount(name: string, cents: number): string {
  return text(name, formatCents(cents), { currencyID: 'EUR' });
}

function address(a: Address): string {
  return el('cac:PostalAddress', [
    text('cbc:StreetName', a.street),
    text('cbc:CityName', a.city),
    text('cbc:PostalZone', a.postalCode),
    el('cac:Country', text('cbc:IdentificationCode', a.countryCode)),
  ].join(''));
}

export function taxCategory(name: string, category: VatCategory, rate: number, reason: boolean): string {
  const why = reason && category === 'E'
    ? text('cbc:TaxExemptionReasonCode', exemption.code) + text('cbc:TaxExemptionReason', exemption.text)
    : '';
  return el(name, [
    text('cbc:ID', category),
    text('cbc:Percent', String(rate)),
    why,
    el('cac:TaxScheme', text('cbc:ID', 'VAT')),
  ].join(''));
}

export function seller(invoice: Invoice): string {
  const s = invoice.seller;
  return el('cac:AccountingSupplierParty', el('cac:Party', [
    text('cbc:EndpointID', s.enterpriseNumber, { schemeID: belgianScheme }),
    el('cac:PartyName', text('cbc:Name', s.name)),
    address(s.address),
    el('cac:PartyTaxScheme', text('cbc:CompanyID', s.vatNumber)
      + el('cac:TaxScheme', text('cbc:ID', 'VAT'))),
    el('cac:PartyLegalEntity', text('cbc:RegistrationName', s.name)
      + text('cbc:CompanyID', s.enterpriseNumber, { schemeID: belgianScheme })),
  ].join('')));
}

export function buyer(invoice: Invoice): string {
  const b = invoice.buyer;
  return el('cac:AccountingCustomerParty', el('cac:Party', [
    text('cbc:EndpointID', b.enterpriseNumber, { schemeID: belgianScheme }),
    el('cac:PartyIdentification', text('cbc:ID', b.enterpriseNumber, { schemeID: belgianScheme })),
    el('cac:PartyName', text('cbc:Name', b.name)),
    address(b.address),
    el('cac:PartyLegalEntity', text('cbc:RegistrationName', b.name)
      + text('cbc:CompanyID', b.enterpriseNumber, { schemeID: belgianScheme })),
  ].join('')));
}

function payment(invoice: Invoice): string {
  return el('cac:PaymentMeans', [
    text('cbc:PaymentMeansCode', '58', { name: 'SEPA credit transfer' }),
    text('cbc:PaymentID', invoice.paymentReference ?? invoice.number),
    el('cac:PayeeFinancialAccount', text('cbc:ID', invoice.seller.iban)
      + text('cbc:Name', invoice.seller.name)),
  ].join(''));
}

export function taxTotal(totals: InvoiceTotals): string {
  const subtotals = totals.subtotals.map((s) => el('cac:TaxSubtotal', [
    amount('cbc:TaxableAmount', s.taxableCents),
    amount('cbc:TaxAmount', s.taxCents),
    taxCategory('cac:TaxCategory', s.category, s.ratePercent, true),
  ].join('')));
  return el('cac:TaxTotal', amount('cbc:TaxAmount', totals.taxCents) + subtotals.join(''));
}

export function monetaryTotal(totals: InvoiceTotals): string {
  return el('cac:LegalMonetaryTotal', [
    amount('cbc:LineExtensionAmount', totals.lineExtensionCents),
    amount('cbc:TaxExclusiveAmount', totals.taxExclusiveCents),
    amount('cbc:TaxInclusiveAmount', totals.taxInclusiveCents),
    amount('cbc:PayableAmount', totals.payableCents),
  ].join(''));
}

function lines(totals: InvoiceTotals): string {
  return totals.lines.map(({ line, quantityMilli, lineExtensionCents }, i) =>
    el('cac:InvoiceLine', [
      text('cbc:ID', String(i + 1)),
      text('cbc:InvoicedQuantity', formatMilli(quantityMilli), { unitCode: line.unitCode }),
      amount('cbc:LineExtensionAmount', lineExtensionCents),
      el('cac:Item', [
        text('cbc:Name', line.description),
        taxCategory('cac:ClassifiedTaxCategory', line.vatCategory, line.vatRatePercent, false),
      ].join('')),
      el('cac:Price', amount('cbc:PriceAmount', line.unitPriceCents)),
    ].join(''))).join('\n');
}

/** The UBL 2.1 Invoice; throws InvalidInvoiceError when the invoice cannot be issued. */
export function toUblXml(invoice: Invoice): string {
  const problems = invoiceProblems(invoice);
  if (problems.length > 0) throw new InvalidInvoiceError(problems);
  const totals = computeTotals(invoice.lines);
  const body = [
    text('cbc:CustomizationID', customizationId),
    text('cbc:ProfileID', profileId),
    text('cbc:ID', invoice.number),
    text('cbc:IssueDate', invoice.issueDate),
    text('cbc:DueDate', invoice.dueDate),
    text('cbc:InvoiceTypeCode', '380'),
    text('cbc:DocumentCurrencyCode', 'EUR'),
    text('cbc:BuyerReference', invoice.caseReference),
    el('cac:OrderReference', text('cbc:ID', invoice.caseReference)),
    seller(invoice),
    buyer(invoice),
    payment(invoice),
    taxTotal(totals),
    monetaryTotal(totals),
    lines(totals),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"'
      + ' xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"'
      + ' xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">',
    ...body,
    '</Invoice>',
    '',
  ].join('\n');
}
