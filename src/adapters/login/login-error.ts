/**
 * Why a sign-in did not complete. Each code is shown to the citizen as a plain sentence and
 * logged as the code alone.
 */
export const loginErrors = {
  /** No sign-in was started in this browser, it expired, or its answer was used already. */
  login_request_missing: 'This sign-in answer was already used, has expired, or was not '
    + 'started in this browser.',
  /** The answer's state does not match the sign-in started in this browser. */
  state_mismatch: 'This sign-in answer does not belong to the sign-in started in this browser.',
  /** The provider answered with an error (the citizen cancelled, for instance). */
  provider_refused: 'The sign-in was cancelled or refused by the login service.',
  /** The code could not be exchanged or the ID token did not verify. */
  token_exchange_failed: 'The login service\'s answer could not be verified.',
  /** The sign-in was at a lower level of assurance than the product asked for. */
  insufficient_level: 'This step needs a sign-in at a higher level of assurance '
    + '(for instance with your eID card or itsme).',
  /** The provider did not release a national number. */
  missing_national_number: 'The login service did not tell us who you are.',
  /** The provider could not be reached (discovery failed). */
  provider_unavailable: 'The login service cannot be reached right now. Try again later.',
} as const;

export type LoginErrorCode = keyof typeof loginErrors;

export class LoginError extends Error {
  constructor(readonly code: LoginErrorCode) {
    super(code);
    this.name = 'LoginError';
  }
}
