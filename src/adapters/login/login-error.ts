/**
 * Why a sign-in did not complete. Each code is logged as the code alone; the web layer shows
 * it as a plain sentence in the visitor's language (`login.error.<code>` in the message files).
 */
export const loginErrorCodes = [
  /** No sign-in was started in this browser, it expired, or its answer was used already. */
  'login_request_missing',
  /** The answer's state does not match the sign-in started in this browser. */
  'state_mismatch',
  /** The provider answered with an error (the citizen cancelled, for instance). */
  'provider_refused',
  /** The code could not be exchanged or the ID token did not verify. */
  'token_exchange_failed',
  /** The sign-in was at a lower level of assurance than the product asked for. */
  'insufficient_level',
  /** The provider did not release a national number. */
  'missing_national_number',
  /** A professional's sign-in without a known role and organisation (bailiff or staff). */
  'missing_professional_role',
  /** The provider could not be reached (discovery failed). */
  'provider_unavailable',
] as const;

export type LoginErrorCode = (typeof loginErrorCodes)[number];

export class LoginError extends Error {
  constructor(readonly code: LoginErrorCode) {
    super(code);
    this.name = 'LoginError';
  }
}
