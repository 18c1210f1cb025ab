// Validates invoice XML the way the Done-when of issue 5 asks: the UBL 2.1 schema with
// xmllint (Debian's libxml2-utils), and the Peppol BIS Billing 3.0 Schematron rules (EN 16931
// and Peppol's own) with node-schematron, the u: functions registered first. The standards
// are copies in standards/ (see standards/README.md).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Schema } from 'node-schematron';
import { registerPeppolFunctions } from './peppol-functions.ts';

const root = fileURLToPath(new URL('../../../standards/', import.meta.url));
export const invoiceXsd = `${root}ubl-2.1/maindoc/UBL-Invoice-2.1.xsd`;
export const creditNoteXsd = `${root}ubl-2.1/maindoc/UBL-CreditNote-2.1.xsd`;
export const rulesDir = `${root}peppol-bis-billing-3/`;
export const baseExample = `${rulesDir}base-example.xml`;

export interface SchemaCheck {
  valid: boolean;
  output: string;
}

/** xmllint --noout --schema UBL-Invoice-2.1.xsd (or another), the document on standard input. */
export function validateXsd(xml: string, xsd = invoiceXsd): SchemaCheck {
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', xsd, '-'],
    { input: xml, encoding: 'utf8' });
  if (run.error) throw new Error(`xmllint did not run (install libxml2-utils): ${run.error.message}`);
  return { valid: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

export interface FailedAssert {
  rules: string;
  id: string;
  flag: string;
  message: string;
}

interface LoadedRules {
  name: string;
  schema: Schema;
  flags: Map<string, string>;
}

let loaded: LoadedRules[] | null = null;

/** Each assert's flag (fatal or warning), which node-schematron does not keep. */
function flagsOf(source: string): Map<string, string> {
  const flags = new Map<string, string>();
  for (const [assert] of source.matchAll(/<assert\b[^>]*>/g)) {
    const id = /\bid="([^"]+)"/.exec(assert)?.[1];
    const flag = /\bflag="([^"]+)"/.exec(assert)?.[1];
    if (id !== undefined) flags.set(id, flag ?? 'fatal');
  }
  return flags;
}

function rules(): LoadedRules[] {
  if (loaded !== null) return loaded;
  registerPeppolFunctions();
  loaded = ['CEN-EN16931-UBL.sch', 'PEPPOL-EN16931-UBL.sch'].map((name) => {
    const source = readFileSync(`${rulesDir}${name}`, 'utf8');
    return { name, schema: Schema.fromString(source), flags: flagsOf(source) };
  });
  return loaded;
}

/** Every failed assert of both rule sets (fatal and warning). */
export function validateRules(xml: string): FailedAssert[] {
  return rules().flatMap(({ name, schema, flags }) => schema.validateString(xml)
    .filter((r) => !r.isReport)
    .map((r) => ({
      rules: name,
      id: r.assertId ?? '(no id)',
      flag: flags.get(r.assertId ?? '') ?? 'fatal',
      message: (r.message ?? '').trim(),
    })));
}

export function fatal(failed: readonly FailedAssert[]): FailedAssert[] {
  return failed.filter((f) => f.flag === 'fatal');
}
