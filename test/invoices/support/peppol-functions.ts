// The XSLT functions that PEPPOL-EN16931-UBL.sch declares (namespace "utils", prefix u:),
// written again in TypeScript from their XSLT definitions, so that fontoxpath (the XPath
// engine of node-schematron) can run the rules that call them. Each follows its XSLT text
// step by step, including XPath's 1-based, rounding substring() and its number() and cast
// rules; a dynamic error in XSLT (a failed xs:integer cast) is a thrown error here too.
//
// One deliberate difference: fontoxpath hands over numbers as JavaScript doubles where the
// XSLT has xs:decimal, so u:slack compares the values rounded to 10 decimals (amounts in
// an invoice have at most 2; a price divided by a base quantity may have more).
// node-schematron re-exports fontoxpath's registration (fontoxpath itself loads as CommonJS).
import { registerCustomXPathFunction } from 'node-schematron';

export const utilsNamespace = 'utils';

/** Characters as XPath counts them (code points). */
function chars(value: string): string[] {
  return [...value];
}

function length(value: string): number {
  return chars(value).length;
}

/** XPath substring($s, $start, $length?): positions p with round(start) <= p < round(start) + round(length). */
export function substring(value: string, start: number, len = Infinity): string {
  const from = xpathRound(start);
  const to = len === Infinity ? Infinity : from + xpathRound(len);
  return chars(value).filter((_c, i) => i + 1 >= from && i + 1 < to).join('');
}

/** fn:round: half towards positive infinity. */
function xpathRound(n: number): number {
  return Math.floor(n + 0.5);
}

const xmlSpace = /^[ \t\r\n]+|[ \t\r\n]+$/g;

/** fn:number of a string: the xs:double cast, NaN where the cast fails. */
export function xpathNumber(value: string | null | undefined): number {
  if (value === null || value === undefined) return NaN;
  const s = value.replace(xmlSpace, '');
  if (s === 'INF' || s === '+INF') return Infinity;
  if (s === '-INF') return -Infinity;
  if (!/^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$/.test(s)) return NaN;
  return Number(s);
}

/** `$s castable as xs:integer`. */
export function castableAsInteger(value: string | null | undefined): boolean {
  return value !== null && value !== undefined && /^[+-]?[0-9]+$/.test(value.replace(xmlSpace, ''));
}

/** `xs:integer($s)`: FORG0001 when it is not castable (a dynamic error stops XSLT too). */
function toInteger(value: string): number {
  if (!castableAsInteger(value)) throw new Error(`FORG0001: cannot cast '${value}' to xs:integer`);
  return Number(value.replace(xmlSpace, ''));
}

/** translate($s, $from, '') then string-length() = 0: only characters of `allowed`. */
function onlyOf(value: string, allowed: string): boolean {
  return chars(value).every((c) => allowed.includes(c));
}

function codepointDigits(value: string): number[] {
  return chars(value).map((c) => (c.codePointAt(0) as number) - 48);
}

function asString(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** u:gln: the GS1 check digit (weights 3, 1, 3, ... from the right). */
export function gln(val: string): boolean {
  const len = length(val) - 1;
  const digits = codepointDigits(substring(val, 0, len + 1)).reverse();
  let weightedSum = 0;
  for (let i = 0; i <= len - 1; i++) weightedSum += (digits[i] ?? 0) * (1 + (((i + 1) % 2) * 2)); // an empty item adds nothing
  return (10 - (weightedSum % 10)) % 10 === xpathNumber(substring(val, len + 1, 1));
}

/** u:slack: $exp - $slack <= $val <= $exp + $slack. */
export function slack(exp: number, val: number, slackValue: number): boolean {
  const scaled = (n: number): number => Math.round(n * 1e10);
  const [e, v, s] = [scaled(exp), scaled(val), scaled(slackValue)];
  return e + s >= v && e - s <= v;
}

/** u:mod11: weights 2..7 from the right, repeating (Norwegian organisation numbers). */
export function mod11(val: string): boolean {
  const len = length(val) - 1;
  const digits = codepointDigits(substring(val, 0, len + 1)).reverse();
  let weightedSum = 0;
  for (let i = 0; i <= len - 1; i++) weightedSum += (digits[i] ?? 0) * ((i % 6) + 2);
  return xpathNumber(val) > 0
    && (11 - (weightedSum % 11)) % 11 === xpathNumber(substring(val, len + 1, 1));
}

/** u:mod97-0208: a Belgian enterprise number's last two digits are 97 - (first eight mod 97). */
export function mod97_0208(val: string): boolean {
  const checkDigits = substring(val, 9, 2);
  const calculated = String(97 - (toInteger(substring(val, 1, 8)) % 97));
  return xpathNumber(checkDigits) === xpathNumber(calculated);
}

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const lettersAndDigits = `${letters}0123456789`;

/** u:checkCodiceIPA: six letters or digits. */
export function checkCodiceIPA(arg: string | null): boolean {
  const s = arg ?? '';
  return onlyOf(s, lettersAndDigits) && length(s) === 6;
}

/** u:checkCF: an Italian tax code, 16 characters (checkCF16) or 11 digits. */
export function checkCF(arg: string | null): boolean {
  const s = arg ?? '';
  if (length(s) === 16) return checkCF16(s);
  if (length(s) === 11) return castableAsInteger(s);
  return false;
}

/** u:checkCF16: letters and digits in the places of a 16-character Codice Fiscale. */
export function checkCF16(arg: string | null): boolean {
  const s = arg ?? '';
  return onlyOf(substring(s, 1, 6), letters)
    && castableAsInteger(substring(s, 7, 2))
    && onlyOf(substring(s, 9, 1), letters)
    && castableAsInteger(substring(s, 10, 2))
    // substring($arg,12,3) castable as xs:string: always true.
    && castableAsInteger(substring(s, 15, 1))
    && onlyOf(substring(s, 16, 1), letters);
}

/** u:checkPIVAseIT: an Italian VAT number (IT + 11 digits, Luhn-like sum); other countries pass. */
export function checkPIVAseIT(arg: string): boolean {
  const country = substring(arg, 1, 2);
  const code = substring(arg, 3);
  if (country === 'IT' || country === 'it') return length(code) === 11 && checkPIVA(code) === 0;
  return true;
}

/** u:checkPIVA: 1 when not an integer, else addPIVA(arg, 0) mod 10. */
export function checkPIVA(arg: string | null): number {
  if (!castableAsInteger(arg)) return 1;
  return addPIVA(arg as string, 0) % 10;
}

/** u:addPIVA: the digits summed, every second one through the map 0246813579, recursively. */
export function addPIVA(arg: string, pari: number): number {
  const tappo = castableAsInteger(arg) ? 1 : 0;
  if (tappo === 0) return 0;
  const first = toInteger(substring(arg, 1, 1));
  const mapper = pari === 1 ? toInteger(substring('0246813579', first + 1, 1)) : first;
  return mapper + addPIVA(substring(arg, 2), pari === 0 ? 1 : 0);
}

const abnWeights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];

/** u:abn: an Australian Business Number (the first digit less one, weights, mod 89). */
export function abn(val: string): boolean {
  // string-to-codepoints('') is the empty sequence: the sum is empty, and so is the test.
  if (length(val) < 11) return false;
  const cps = chars(val).slice(0, 11).map((c) => c.codePointAt(0) as number);
  const total = cps.reduce((sum, cp, i) => sum + (cp - (i === 0 ? 49 : 48)) * (abnWeights[i] as number), 0);
  return total % 89 === 0;
}

/** u:TinVerification: a Greek tax number (nine digits, weights 256..2, mod 11 mod 10). */
export function TinVerification(val: string): boolean {
  const digits = chars(val);
  const at = (i: number): number => xpathNumber(digits[i - 1]);
  const checksum = at(8) * 2 + at(7) * 4 + at(6) * 8 + at(5) * 16 + at(4) * 32 + at(3) * 64
    + at(2) * 128 + at(1) * 256;
  return (checksum % 11) % 10 === at(9);
}

/** u:checkSEOrgnr: a Swedish organisation number, Luhn over the first nine digits. */
export function checkSEOrgnr(num: string): boolean {
  if (!/^\p{Nd}+$/u.test(num)) return false;
  const mainPart = substring(num, 1, 9);
  const checkDigit = substring(num, 10, 1);
  const len = length(mainPart);
  let sum = 0;
  for (let pos = 1; pos <= len; pos++) {
    const d = xpathNumber(substring(mainPart, len - pos + 1, 1));
    sum += pos % 2 === 1 ? ((d * 2) % 10) + Math.trunc((d * 2) / 10) : d;
  }
  if (!Number.isFinite(sum)) throw new Error('FORG0001: the sum is not an xs:integer');
  return (10 - (sum % 10)) % 10 === xpathNumber(checkDigit);
}

let registered = false;

/** Registers every u: function with fontoxpath, once per process. */
export function registerPeppolFunctions(): void {
  if (registered) return;
  registered = true;
  const fn = (
    localName: string, params: string[], returns: string,
    body: (...args: never[]) => boolean | number,
  ): void => {
    registerCustomXPathFunction({ namespaceURI: utilsNamespace, localName }, params, returns,
      (_facade: unknown, ...args: unknown[]) => (body as (...a: unknown[]) => boolean | number)(...args));
  };
  const str = (f: (s: string) => boolean) => (v: unknown) => f(asString(v));
  fn('gln', ['xs:anyAtomicType?'], 'xs:boolean', str(gln));
  fn('slack', ['xs:numeric', 'xs:numeric', 'xs:numeric'], 'xs:boolean', slack);
  fn('mod11', ['xs:anyAtomicType?'], 'xs:boolean', str(mod11));
  fn('mod97-0208', ['xs:anyAtomicType?'], 'xs:boolean', str(mod97_0208));
  fn('checkCodiceIPA', ['xs:string?'], 'xs:boolean', checkCodiceIPA);
  fn('checkCF', ['xs:string?'], 'xs:boolean', checkCF);
  fn('checkCF16', ['xs:string?'], 'xs:boolean', checkCF16);
  fn('checkPIVAseIT', ['xs:string'], 'xs:boolean', checkPIVAseIT);
  fn('checkPIVA', ['xs:string?'], 'xs:integer', checkPIVA);
  fn('addPIVA', ['xs:string', 'xs:integer'], 'xs:integer', addPIVA);
  fn('abn', ['xs:anyAtomicType?'], 'xs:boolean', str(abn));
  fn('TinVerification', ['xs:string'], 'xs:boolean', TinVerification);
  fn('checkSEOrgnr', ['xs:string'], 'xs:boolean', checkSEOrgnr);
}
