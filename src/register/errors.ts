/**
 * The ways a call to the National Register can fail on purpose. Every adapter throws these
 * and nothing else for an expected case; the message never holds personal data.
 */
export const registerErrorCodes = {
  /** The number is not a valid national number or bis number. */
  invalid_national_number: 'The national number is not valid.',
  /** A read without a purpose or an actor: rule 6 wants both logged. */
  invalid_read_context: 'A register read needs an actor and a purpose.',
  /** A request whose fields do not fit (a date that is not 'YYYY-MM-DD', for instance). */
  invalid_request: 'The request to the register is not valid.',
  /** The register does not know this person. */
  person_not_found: 'The register knows no person with this national number.',
  /** The register does not know this cohabitation. */
  cohabitation_not_found: 'The register knows no such legal cohabitation.',
  /** The cohabitation already ended (declaration, marriage or death). */
  cohabitation_already_ended: 'The legal cohabitation has already ended.',
  /** A person named as partner is not a partner in this cohabitation. */
  not_a_partner: 'The person is not a partner in this legal cohabitation.',
  /** One of the people already has an active legal cohabitation (simulator only). */
  already_cohabiting: 'A partner already has an active legal cohabitation.',
  /** The person is already married; a marriage cannot be recorded again (simulator only). */
  already_married: 'The person is already married.',
  /** The person has died; nothing more can be recorded for them (simulator only). */
  person_deceased: 'The person has died.',
  /** An idempotency key used again for another cohabitation. */
  idempotency_conflict: 'The idempotency key was used for another request.',
  /** The register cannot be reached or answers with an error; try again later. */
  unavailable: 'The National Register is not available.',
} as const;

export type RegisterErrorCode = keyof typeof registerErrorCodes;

export class RegisterError extends Error {
  constructor(readonly code: RegisterErrorCode, options?: { cause?: unknown }) {
    super(registerErrorCodes[code], options);
    this.name = 'RegisterError';
  }
}

export function isRegisterError(error: unknown, code?: RegisterErrorCode): error is RegisterError {
  return error instanceof RegisterError && (code === undefined || error.code === code);
}
