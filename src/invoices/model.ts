// The bailiff's invoice for one served case, as plain data, and its totals in integer cents.
// Pure: no I/O. Rounding follows EN 16931: each line's net amount is rounded to the cent,
// VAT is computed per VAT category and rate on the sum of that category's line amounts
// (BR-CO-17) and rounded half away from zero; the totals are sums of rounded amounts, so
// they always add up (BR-CO-10, BR-CO-13, BR-CO-14, BR-CO-15, BR-CO-16).
import {
  isBelgianIban, isBelgianVatNumber, isEnterpriseNumber,
} from './belgian-ids.ts';

/** S: standard or reduced rate; Z: zero-rated; E: exempt (disbursements, VATEX-EU-79-C). */
export type VatCategory = 'S' | 'Z' | 'E';

/** The Belgian rates a line may carry, per category. */
export const vatRates: Record<VatCategory, readonly number[]> = {
  S: [21, 12, 6],
  Z: [0],
  E: [0],
};

/**
 * Why an exempt line carries no VAT: amounts the bailiff paid out in the name and for the
 * account of the municipality (registration duties, for instance), Art. 79(c) of the VAT
 * directive.
 */
export const exemption = {
  code: 'VATEX-EU-79-C',
  text: 'Disbursements in the name and for the account of the customer',
} as const;

export interface Address {
  street: string;
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2; Belgian parties only for now. */
  countryCode: 'BE';
}

/** The bailiff's office. */
export interface Seller {
  name: string;
  /** Ten digits; also its Peppol participant id (scheme 0208). */
  enterpriseNumber: string;
  /** 'BE' and the enterprise number. */
  vatNumber: string;
  address: Address;
  iban: string;
}

/** The municipality: identified in Peppol by its enterprise number (scheme 0208). */
export interface Buyer {
  name: string;
  enterpriseNumber: string;
  address: Address;
}

export type LineKind = 'fee' | 'cost';

export interface InvoiceLine {
  /** A fee for the service of the deed, or a cost (travel, copies, disbursements). */
  kind: LineKind;
  description: string;
  /** Up to three decimals, more than zero. */
  quantity: number;
  /** UN/ECE Recommendation 20: C62 (one), KMT (kilometre), H87 (piece). */
  unitCode: 'C62' | 'KMT' | 'H87';
  /** Net unit price in integer cents, not negative. */
  unitPriceCents: number;
  vatCategory: VatCategory;
  vatRatePercent: number;
}

export interface Invoice {
  number: string;
  /** YYYY-MM-DD. */
  issueDate: string;
  dueDate: string;
  /** The case reference: the buyer reference (BT-10) and the order reference (BT-13). */
  caseReference: string;
  seller: Seller;
  buyer: Buyer;
  lines: InvoiceLine[];
  /** The payment reference the seller asks for (BT-83); the invoice number when absent. */
  paymentReference?: string;
}

export interface LineTotal {
  line: InvoiceLine;
  /** Quantity in thousandths, so that all arithmetic is on integers. */
  quantityMilli: number;
  lineExtensionCents: number;
}

export interface VatSubtotal {
  category: VatCategory;
  ratePercent: number;
  taxableCents: number;
  taxCents: number;
}

export interface InvoiceTotals {
  lines: LineTotal[];
  subtotals: VatSubtotal[];
  lineExtensionCents: number;
  taxExclusiveCents: number;
  taxCents: number;
  taxInclusiveCents: number;
  payableCents: number;
}

/** n / d rounded half away from zero, for n >= 0 and d > 0, on integers. */
export function divideRounded(n: bigint, d: bigint): bigint {
  return (2n * n + d) / (2n * d);
}

export function quantityMilli(quantity: number): number {
  return Math.round(quantity * 1000);
}

/** The line's net amount: quantity times unit price, rounded to the cent. */
export function lineExtensionCents(line: InvoiceLine): number {
  const product = BigInt(quantityMilli(line.quantity)) * BigInt(line.unitPriceCents);
  return Number(divideRounded(product, 1000n));
}

export function computeTotals(lines: readonly InvoiceLine[]): InvoiceTotals {
  const lineTotals = lines.map((line) => ({
    line, quantityMilli: quantityMilli(line.quantity), lineExtensionCents: lineExtensionCents(line),
  }));
  const groups = new Map<string, VatSubtotal>();
  for (const { line, lineExtensionCents: net } of lineTotals) {
    const key = `${line.vatCategory}:${line.vatRatePercent}`;
    const group = groups.get(key) ?? {
      category: line.vatCategory, ratePercent: line.vatRatePercent, taxableCents: 0, taxCents: 0,
    };
    groups.set(key, { ...group, taxableCents: group.taxableCents + net });
  }
  const subtotals = [...groups.values()].map((g) => ({
    ...g,
    taxCents: Number(divideRounded(BigInt(g.taxableCents) * BigInt(g.ratePercent), 100n)),
  }));
  const lineExtension = sum(lineTotals.map((l) => l.lineExtensionCents));
  const tax = sum(subtotals.map((s) => s.taxCents));
  return {
    lines: lineTotals,
    subtotals,
    lineExtensionCents: lineExtension,
    taxExclusiveCents: lineExtension,
    taxCents: tax,
    taxInclusiveCents: lineExtension + tax,
    payableCents: lineExtension + tax,
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Upper bounds that keep every amount a safe integer and an invoice a plausible one. */
export const limits = {
  lines: 100,
  unitPriceCents: 10_000_000,
  quantity: 10_000,
  text: 200,
} as const;

const datePattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/;

function textProblem(value: unknown, field: string): string[] {
  if (typeof value !== 'string' || value.trim() === '') return [`${field}: required`];
  if (value.length > limits.text) return [`${field}: at most ${limits.text} characters`];
  if (controlCharacters.test(value)) return [`${field}: control characters`];
  return [];
}

function addressProblems(address: Address, field: string): string[] {
  return [
    ...textProblem(address.street, `${field}.street`),
    ...textProblem(address.postalCode, `${field}.postalCode`),
    ...textProblem(address.city, `${field}.city`),
    ...(address.countryCode === 'BE' ? [] : [`${field}.countryCode: BE only`]),
  ];
}

/** What is wrong with one line; empty when it is fine. */
export function lineProblems(line: InvoiceLine, field = 'line'): string[] {
  const problems = [...textProblem(line.description, `${field}.description`)];
  if (line.kind !== 'fee' && line.kind !== 'cost') problems.push(`${field}.kind: fee or cost`);
  const q = line.quantity;
  if (typeof q !== 'number' || !Number.isFinite(q) || q <= 0 || q > limits.quantity
    || Math.abs(quantityMilli(q) - q * 1000) > 1e-6) {
    problems.push(`${field}.quantity: more than 0, at most ${limits.quantity}, three decimals`);
  }
  if (!['C62', 'KMT', 'H87'].includes(line.unitCode)) problems.push(`${field}.unitCode`);
  const p = line.unitPriceCents;
  if (!Number.isSafeInteger(p) || p < 0 || p > limits.unitPriceCents) {
    problems.push(`${field}.unitPriceCents: integer cents, 0 to ${limits.unitPriceCents}`);
  }
  const rates = vatRates[line.vatCategory] as readonly number[] | undefined;
  if (rates === undefined) problems.push(`${field}.vatCategory: S, Z or E`);
  else if (!rates.includes(line.vatRatePercent)) {
    problems.push(`${field}.vatRatePercent: ${rates.join(', ')} for ${line.vatCategory}`);
  }
  return problems;
}

/** What is wrong with an invoice; empty when it can be issued. */
export function invoiceProblems(invoice: Invoice): string[] {
  const { seller, buyer } = invoice;
  const problems = [
    ...textProblem(invoice.number, 'number'),
    ...textProblem(invoice.caseReference, 'caseReference'),
    ...textProblem(seller.name, 'seller.name'),
    ...textProblem(buyer.name, 'buyer.name'),
    ...addressProblems(seller.address, 'seller.address'),
    ...addressProblems(buyer.address, 'buyer.address'),
  ];
  if (invoice.paymentReference !== undefined) {
    problems.push(...textProblem(invoice.paymentReference, 'paymentReference'));
  }
  if (!datePattern.test(invoice.issueDate)) problems.push('issueDate: YYYY-MM-DD');
  if (!datePattern.test(invoice.dueDate) || invoice.dueDate < invoice.issueDate) {
    problems.push('dueDate: YYYY-MM-DD, not before the issue date');
  }
  if (!isEnterpriseNumber(seller.enterpriseNumber)) problems.push('seller.enterpriseNumber');
  if (!isBelgianVatNumber(seller.vatNumber)) problems.push('seller.vatNumber');
  if (!isBelgianIban(seller.iban)) problems.push('seller.iban');
  if (!isEnterpriseNumber(buyer.enterpriseNumber)) problems.push('buyer.enterpriseNumber');
  if (invoice.lines.length === 0) problems.push('lines: at least one');
  if (invoice.lines.length > limits.lines) problems.push(`lines: at most ${limits.lines}`);
  invoice.lines.forEach((line, i) => problems.push(...lineProblems(line, `lines[${i}]`)));
  return problems;
}
