import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** Why an address typed by a citizen is refused; the web layer has a sentence for each. */
export type AddressProblem =
  | 'email_empty' | 'email_invalid' | 'phone_empty' | 'phone_invalid' | 'phone_not_mobile';

export type Checked = { ok: true; value: string } | { ok: false; problem: AddressProblem };

// A practical subset of RFC 5321/5322: dot-atoms on both sides, a domain of at least two
// labels whose last one has letters only. Quoted local parts and address literals are refused.
const localPart = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const domainLabel = /^[\p{L}\p{N}]([\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const topLabel = /^\p{L}{2,63}$/u;

/**
 * An e-mail address as typed, checked and normalized: trimmed, the domain in lower case (the
 * local part is kept as typed: a server may tell its cases apart).
 */
export function normalizeEmail(input: string): Checked {
  const value = input.trim();
  if (value === '') return { ok: false, problem: 'email_empty' };
  const at = value.lastIndexOf('@');
  const local = value.slice(0, at);
  const domain = value.slice(at + 1).toLowerCase();
  const labels = domain.split('.');
  const valid = at > 0 && value.length <= 254 && local.length <= 64 && localPart.test(local)
    && labels.length >= 2 && labels.every((label) => domainLabel.test(label))
    && topLabel.test(labels[labels.length - 1] ?? '');
  if (!valid) return { ok: false, problem: 'email_invalid' };
  return { ok: true, value: `${local}@${domain}` };
}

/**
 * A mobile number as typed (0470 12 34 56, +32 470 12 34 56, 0032…, with spaces, dots or
 * slashes), read as Belgian unless it has a country code, and kept in E.164 (+32470123456).
 * Fixed lines are refused: they cannot receive an SMS.
 */
export function normalizePhone(input: string): Checked {
  const value = input.trim();
  if (value === '') return { ok: false, problem: 'phone_empty' };
  if (!/^[0-9+()./\s-]{3,30}$/.test(value)) return { ok: false, problem: 'phone_invalid' };
  const number = parsePhoneNumberFromString(value, 'BE');
  if (!number || !number.isValid()) return { ok: false, problem: 'phone_invalid' };
  const type = number.getType();
  if (type !== 'MOBILE' && type !== 'FIXED_LINE_OR_MOBILE') {
    return { ok: false, problem: 'phone_not_mobile' };
  }
  return { ok: true, value: number.number };
}
