// Belgian identifiers an invoice carries: the enterprise number (KBO/BCE, also the Peppol
// participant id under scheme 0208), the VAT number (BE + enterprise number) and the IBAN.
// Pure checks, no I/O.

/** Ten digits, the last two 97 minus the first eight modulo 97 (e.g. '0123456749'). */
export function isEnterpriseNumber(value: string): boolean {
  if (!/^[01][0-9]{9}$/.test(value)) return false;
  const check = 97 - Number(BigInt(value.slice(0, 8)) % 97n);
  return check === Number(value.slice(8));
}

/** '0123.456.749', 'BE0123456749' or '0123456749' to the ten digits; null when not valid. */
export function normaliseEnterpriseNumber(value: string): string | null {
  const digits = value.replace(/^BE/i, '').replace(/[\s.]/g, '');
  const ten = digits.length === 9 ? `0${digits}` : digits;
  return isEnterpriseNumber(ten) ? ten : null;
}

/** A Belgian VAT number: BE and a valid enterprise number, e.g. 'BE0123456749'. */
export function isBelgianVatNumber(value: string): boolean {
  return /^BE[01][0-9]{9}$/.test(value) && isEnterpriseNumber(value.slice(2));
}

/** ISO 13616: letters to numbers, the first four characters moved to the end, modulo 97 = 1. */
export function isIban(value: string): boolean {
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/.test(value)) return false;
  const moved = `${value.slice(4)}${value.slice(0, 4)}`;
  const digits = [...moved].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c));
  return BigInt(digits.join('')) % 97n === 1n;
}

/** A Belgian IBAN: BE, two check digits, twelve digits whose last two are their own mod 97. */
export function isBelgianIban(value: string): boolean {
  if (!/^BE[0-9]{14}$/.test(value) || !isIban(value)) return false;
  const account = value.slice(4);
  const national = Number(BigInt(account.slice(0, 10)) % 97n) || 97;
  return national === Number(account.slice(10));
}

/** The IBAN's check digits for a country and account (BBAN); for making test data. */
export function ibanCheckDigits(country: string, bban: string): string {
  const digits = [...`${bban}${country}00`]
    .map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');
  return String(98n - (BigInt(digits) % 97n)).padStart(2, '0');
}
