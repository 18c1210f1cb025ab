/**
 * The engine's typed errors. Each code is documented where it is declared; the web layer maps
 * codes to HTTP statuses in one table.
 */
export const engineErrorCodes = {
  /** Another writer changed the case first; read it again and retry. */
  version_conflict: 'version_conflict',
  /** No case with this id. */
  case_not_found: 'case_not_found',
  /** The cohabitation already has an open case (rule 1). */
  case_already_open: 'case_already_open',
  /** The competent municipality does not offer this service (no settings). */
  municipality_not_served: 'municipality_not_served',
  /** The person has never been in a legal cohabitation, per the National Register. */
  no_cohabitation: 'no_cohabitation',
  /** The person's legal cohabitation has already ended (rule 1). */
  cohabitation_ended: 'cohabitation_ended',
} as const;

export type EngineErrorCode = keyof typeof engineErrorCodes;

export class EngineError extends Error {
  constructor(readonly code: EngineErrorCode, message: string, readonly caseId?: string) {
    super(message);
    this.name = 'EngineError';
  }
}

/** PostgreSQL's unique_violation, on the server (pg) and on PGlite alike. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { code?: unknown; constraint?: unknown; message?: unknown };
  if (e.code !== '23505') return false;
  if (!constraint) return true;
  return e.constraint === constraint || String(e.message).includes(constraint);
}
