// The Done-when of issue 5: generated invoices validate against the UBL 2.1 invoice schema
// (xmllint) and pass the Peppol BIS Billing 3.0 rules (CEN-EN16931-UBL.sch and
// PEPPOL-EN16931-UBL.sch) with no failed fatal assert; broken ones fail with the rule that
// catches them. The rules are slow in a pure-JS engine (seconds per document).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { toUblXml } from '../../src/invoices/index.ts';
import { shapes, invoice, line } from './fixtures.ts';
import { baseExample, fatal, validateRules, validateXsd } from './support/validate.ts';

const timeout = 180_000;

function ids(xml: string): string[] {
  return fatal(validateRules(xml)).map((f) => f.id);
}

describe('the validator set-up', { timeout }, () => {
  test("Peppol's base example passes the schema and both rule sets", () => {
    const xml = readFileSync(baseExample, 'utf8');
    assert.deepEqual(validateXsd(xml), { valid: true, output: '- validates\n' });
    assert.deepEqual(fatal(validateRules(xml)), []);
  });

  test('the base example with a wrong amount due fails BR-CO-16', () => {
    const xml = readFileSync(baseExample, 'utf8').replace(
      '<cbc:PayableAmount currencyID="EUR">1656.25</cbc:PayableAmount>',
      '<cbc:PayableAmount currencyID="EUR">1656.26</cbc:PayableAmount>');
    assert.deepEqual(ids(xml), ['BR-CO-16']);
  });
});

describe('generated invoices', { timeout }, () => {
  for (const [shape, value] of Object.entries(shapes)) {
    test(`${shape}: valid UBL 2.1 and no fatal Peppol BIS 3.0 rule fails`, () => {
      const xml = toUblXml(value);
      const schema = validateXsd(xml);
      assert.ok(schema.valid, schema.output);
      const failed = validateRules(xml);
      assert.deepEqual(fatal(failed), []);
      assert.deepEqual(failed, [], 'not even a warning');
    });
  }
});

describe('broken invoices fail, with the rule that catches them', { timeout }, () => {
  const xml = toUblXml(invoice([line(), line({ unitPriceCents: 1_000, vatRatePercent: 6 })]));

  test('a tax-inclusive total that is not the sum fails BR-CO-15 (and the amount due, BR-CO-16)', () => {
    const broken = xml.replace(/<cbc:TaxInclusiveAmount currencyID="EUR">[^<]+</,
      '<cbc:TaxInclusiveAmount currencyID="EUR">999.99<');
    assert.notEqual(broken, xml);
    assert.ok(validateXsd(broken).valid, 'still valid UBL: only the rules can tell');
    assert.deepEqual(ids(broken).sort(), ['BR-CO-15', 'BR-CO-16']);
  });

  test("a buyer's enterprise number with a wrong check digit fails PEPPOL-COMMON-R043 (u:mod97-0208)", () => {
    const broken = xml.replaceAll('0999000228', '0999000227');
    assert.deepEqual([...new Set(ids(broken))], ['PEPPOL-COMMON-R043']);
  });

  test('an element out of its place fails the UBL schema', () => {
    const broken = xml.replace(/(<cbc:DueDate>[^<]+<\/cbc:DueDate>)(\n)(<cbc:InvoiceTypeCode>380<\/cbc:InvoiceTypeCode>)/,
      '$3$2$1');
    assert.notEqual(broken, xml);
    const schema = validateXsd(broken);
    assert.ok(!schema.valid);
    assert.match(schema.output, /DueDate/);
  });
});
