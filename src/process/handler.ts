// The shape of a command handler and the checks every handler shares.
import type { CaseCommand, CaseCommandType, CommandOf } from './commands.ts';
import { ProcessError, type ProcessErrorCode } from './errors.ts';
import type { CaseEvent } from './events.ts';
import { isCalendarDate } from './calendar.ts';
import type { ActorRole, CaseState, CaseStatus } from './types.ts';

export interface Handler<C extends CaseCommand> {
  /** The roles that may give the command; declarant, partner and bailiff must be this case's. */
  roles: readonly ActorRole[];
  /** The statuses in which the command can apply at all. */
  statuses: readonly CaseStatus[];
  run(state: CaseState, command: C, now: Date): CaseEvent[];
}

export type HandlerTable = {
  [K in Exclude<CaseCommandType, 'StartCase'>]: Handler<CommandOf<K>>;
};

export function fail(
  code: ProcessErrorCode,
  state: CaseState | null,
  command: CaseCommand,
  detail?: string,
): never {
  throw new ProcessError(code, state?.status ?? null, command.type, detail);
}

/** A non-empty text field, trimmed. */
export function requireText(
  value: unknown,
  field: string,
  state: CaseState | null,
  command: CaseCommand,
): string {
  if (typeof value !== 'string' || value.trim() === '') {
    fail('invalid_input', state, command, `${field} is required`);
  }
  return value.trim();
}

export function requireDate(
  value: unknown,
  field: string,
  state: CaseState,
  command: CaseCommand,
): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    fail('invalid_input', state, command, `${field} must be a date YYYY-MM-DD`);
  }
  return value;
}

export function requireReason(state: CaseState, command: CaseCommand): string {
  const reason = command.reason?.trim() ?? '';
  if (reason === '') fail('reason_required', state, command);
  return reason;
}

export function requireOneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  field: string,
  state: CaseState | null,
  command: CaseCommand,
): T {
  if (!allowed.includes(value as T)) {
    fail('invalid_input', state, command, `${field} must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}
