// The invoice's totals in integer cents (EN 16931 rounding), its checks, and the XML writer.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import {
  computeTotals, escapeXml, formatCents, formatMilli, invoiceProblems, InvalidInvoiceError,
  isBelgianIban, isBelgianVatNumber, isEnterpriseNumber, toUblXml, vatRates,
  type InvoiceLine, type VatCategory,
} from '../../src/invoices/index.ts';
import { invoice, line } from './fixtures.ts';

const category = fc.constantFrom<VatCategory>('S', 'Z', 'E');
const lineArb: fc.Arbitrary<InvoiceLine> = category.chain((vatCategory) => fc.record({
  kind: fc.constantFrom('fee' as const, 'cost' as const),
  // Any text but control characters (which the model refuses): escaping must hold for all.
  description: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''
    // eslint-disable-next-line no-control-regex
    && !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/.test(s)),
  quantity: fc.integer({ min: 1, max: 10_000_000 }).map((milli) => milli / 1000),
  unitCode: fc.constantFrom('C62' as const, 'KMT' as const, 'H87' as const),
  unitPriceCents: fc.integer({ min: 0, max: 10_000_000 }),
  vatCategory: fc.constant(vatCategory),
  vatRatePercent: fc.constantFrom(...vatRates[vatCategory]),
}));

describe('totals', () => {
  test('known amounts: per-line and per-category rounding half away from zero', () => {
    const totals = computeTotals([
      line({ unitPriceCents: 50 }), // 0.50 at 21 % = 0.105 -> 0.11
      line({ quantity: 3, unitPriceCents: 333, vatRatePercent: 6 }), // 9.99 at 6 % = 0.5994 -> 0.60
      line({ quantity: 12.5, unitCode: 'KMT', unitPriceCents: 43 }), // 5.375 -> 5.38
      line({ unitPriceCents: 5_000, vatCategory: 'E', vatRatePercent: 0 }),
    ]);
    assert.deepEqual(totals.lines.map((l) => l.lineExtensionCents), [50, 999, 538, 5_000]);
    assert.deepEqual(totals.subtotals.map((s) => [s.category, s.ratePercent, s.taxableCents, s.taxCents]),
      [['S', 21, 588, 123], ['S', 6, 999, 60], ['E', 0, 5_000, 0]]);
    assert.equal(totals.lineExtensionCents, 6_587);
    assert.equal(totals.taxCents, 183);
    assert.equal(totals.taxInclusiveCents, 6_770);
    assert.equal(totals.payableCents, 6_770);
  });

  test('VAT is computed per category, not per line (BR-CO-17)', () => {
    // Three lines of 0.02 at 21 %: per line 0.0042 -> 0.00 each; per category 0.06 -> 0.01.
    const totals = computeTotals([1, 2, 3].map(() => line({ unitPriceCents: 2 })));
    assert.equal(totals.taxCents, 1);
  });

  test('property: the totals always add up, for random lines', () => {
    fc.assert(fc.property(fc.array(lineArb, { minLength: 1, maxLength: 12 }), (lines) => {
      const t = computeTotals(lines);
      const all = [t.lineExtensionCents, t.taxExclusiveCents, t.taxCents, t.taxInclusiveCents,
        t.payableCents, ...t.lines.map((l) => l.lineExtensionCents),
        ...t.subtotals.flatMap((s) => [s.taxableCents, s.taxCents])];
      assert.ok(all.every((n) => Number.isSafeInteger(n) && n >= 0), 'integer cents, not negative');
      const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
      assert.equal(t.lineExtensionCents, sum(t.lines.map((l) => l.lineExtensionCents)), 'BR-CO-10');
      assert.equal(t.taxExclusiveCents, t.lineExtensionCents, 'BR-CO-13 (no allowances, no charges)');
      assert.equal(t.taxCents, sum(t.subtotals.map((s) => s.taxCents)), 'BR-CO-14');
      assert.equal(t.taxInclusiveCents, t.taxExclusiveCents + t.taxCents, 'BR-CO-15');
      assert.equal(t.payableCents, t.taxInclusiveCents, 'BR-CO-16 (nothing prepaid)');
      assert.equal(sum(t.subtotals.map((s) => s.taxableCents)), t.lineExtensionCents);
      for (const l of t.lines) {
        const exact = l.quantityMilli * l.line.unitPriceCents; // in thousandths of a cent
        assert.ok(Math.abs(l.lineExtensionCents * 1000 - exact) <= 500, 'line rounded to the cent');
      }
      for (const s of t.subtotals) {
        assert.ok(Math.abs(s.taxCents * 100 - s.taxableCents * s.ratePercent) <= 50, 'VAT to the cent');
        if (s.category !== 'S') assert.equal(s.taxCents, 0);
      }
      const keys = t.subtotals.map((s) => `${s.category}${s.ratePercent}`);
      assert.equal(new Set(keys).size, keys.length, 'one subtotal per category and rate');
    }), { numRuns: 500 });
  });

  test('property: the XML carries the computed totals and is well-formed, whatever the text', () => {
    fc.assert(fc.property(fc.array(lineArb, { minLength: 1, maxLength: 5 }), (lines) => {
      const xml = toUblXml(invoice(lines));
      const t = computeTotals(lines);
      assert.ok(xml.includes(`<cbc:PayableAmount currencyID="EUR">${formatCents(t.payableCents)}</cbc:PayableAmount>`));
      assert.ok(xml.includes(`<cbc:TaxInclusiveAmount currencyID="EUR">${formatCents(t.taxInclusiveCents)}</cbc:TaxInclusiveAmount>`));
      const lint = spawnSync('xmllint', ['--noout', '-'], { input: xml, encoding: 'utf8' });
      assert.equal(lint.status, 0, lint.stderr);
    }), { numRuns: 25 });
  });
});

describe('formatting and escaping', () => {
  test('amounts and quantities', () => {
    assert.equal(formatCents(0), '0.00');
    assert.equal(formatCents(5), '0.05');
    assert.equal(formatCents(123_456), '1234.56');
    assert.equal(formatMilli(12_500), '12.5');
    assert.equal(formatMilli(1_000), '1');
    assert.equal(formatMilli(1_005), '1.005');
  });

  test('the five XML special characters become entities', () => {
    assert.equal(escapeXml(`a&b<c>d"e'f`), 'a&amp;b&lt;c&gt;d&quot;e&apos;f');
    const xml = toUblXml(invoice([line({ description: '<script>&amp;</script>' })]));
    assert.ok(xml.includes('<cbc:Name>&lt;script&gt;&amp;amp;&lt;/script&gt;</cbc:Name>'));
    assert.ok(!xml.includes('<script>'));
  });
});

describe('checks', () => {
  test('Belgian identifiers: enterprise number, VAT number and IBAN by their mod-97 checks', () => {
    assert.ok(isEnterpriseNumber('0999000129'));
    assert.ok(!isEnterpriseNumber('0999000128'));
    assert.ok(!isEnterpriseNumber('2999000129'));
    assert.ok(isBelgianVatNumber('BE0999000129'));
    assert.ok(!isBelgianVatNumber('0999000129'));
    assert.ok(isBelgianIban('BE68539007547034'));
    assert.ok(!isBelgianIban('BE68539007547035'));
    assert.ok(!isBelgianIban('BE69539007547034'));
  });

  test('an invoice that cannot be issued is refused, with what is wrong', () => {
    const bad = invoice([line({ unitPriceCents: 12.5 }), line({ quantity: 0 }),
      line({ vatCategory: 'S', vatRatePercent: 0 }), line({ description: ' ' })],
    { dueDate: '2026-03-01', seller: { ...invoice([]).seller, iban: 'BE00539007547034' } });
    const problems = invoiceProblems(bad);
    for (const expected of ['lines[0].unitPriceCents', 'lines[1].quantity', 'lines[2].vatRatePercent',
      'lines[3].description', 'dueDate', 'seller.iban']) {
      assert.ok(problems.some((p) => p.startsWith(expected)), `${expected} in ${problems.join('; ')}`);
    }
    assert.deepEqual(invoiceProblems(invoice([])), ['lines: at least one']);
    assert.throws(() => toUblXml(bad), InvalidInvoiceError);
    assert.deepEqual(invoiceProblems(invoice([line()])), []);
  });

  test('control characters are refused rather than written into the XML', () => {
    assert.ok(invoiceProblems(invoice([line({ description: 'a\u0001b' })]))
      .some((p) => p.includes('control characters')));
  });
});
