// Invoices for the tests: fictitious parties with valid check digits, and a few shapes.
import type { Invoice, InvoiceLine } from '../../src/invoices/index.ts';

export const seller: Invoice['seller'] = {
  name: "Gerechtsdeurwaarderskantoor D'Haene & Voorbeeld",
  enterpriseNumber: '0999000129',
  vatNumber: 'BE0999000129',
  iban: 'BE68539007547034',
  address: { street: 'Kouter 1', postalCode: '9000', city: 'Gent', countryCode: 'BE' },
};

export const buyer: Invoice['buyer'] = {
  name: 'Stad Gent <Burgerzaken>',
  enterpriseNumber: '0999000228',
  address: { street: 'Botermarkt 1', postalCode: '9000', city: 'Gent', countryCode: 'BE' },
};

export function line(overrides: Partial<InvoiceLine> = {}): InvoiceLine {
  return {
    kind: 'fee', description: 'Betekening van de verklaring', quantity: 1, unitCode: 'C62',
    unitPriceCents: 14_567, vatCategory: 'S', vatRatePercent: 21, ...overrides,
  };
}

export function invoice(lines: InvoiceLine[], overrides: Partial<Invoice> = {}): Invoice {
  return {
    number: 'DW-2026-0001', issueDate: '2026-03-20', dueDate: '2026-04-19',
    caseReference: '44021-20260312-3f9c', seller, buyer, lines, ...overrides,
  };
}

/** The shapes the validation tests run through the schema and the rules. */
export const shapes: Record<string, Invoice> = {
  'one line': invoice([line()]),
  'many lines': invoice([
    line(),
    line({ kind: 'cost', description: 'Verplaatsing (km)', quantity: 12.5, unitCode: 'KMT', unitPriceCents: 43 }),
    line({ kind: 'cost', description: 'Afschriften', quantity: 3, unitCode: 'H87', unitPriceCents: 333 }),
    line({ kind: 'cost', description: 'Opzoeking rijksregister', unitPriceCents: 1_050 }),
    line({ kind: 'cost', description: 'Aangetekende zending', unitPriceCents: 899 }),
    line({ kind: 'fee', description: 'Proces-verbaal', quantity: 2, unitPriceCents: 2_501 }),
  ]),
  'mixed VAT rates': invoice([
    line(),
    line({ kind: 'cost', description: 'Afschriften', quantity: 7, unitCode: 'H87', unitPriceCents: 35, vatRatePercent: 6 }),
    line({ kind: 'cost', description: 'Vertaling', quantity: 1.25, unitPriceCents: 4_999, vatRatePercent: 12 }),
    line({ kind: 'cost', description: 'Rolrecht (voorschot)', unitPriceCents: 5_000, vatCategory: 'E', vatRatePercent: 0 }),
  ]),
  'a zero-rated line': invoice([
    line(),
    line({ kind: 'cost', description: 'Zending naar het buitenland', unitPriceCents: 1_200, vatCategory: 'Z', vatRatePercent: 0 }),
  ]),
};
