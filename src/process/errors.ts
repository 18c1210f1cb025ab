import type { CaseStatus } from './types.ts';

/**
 * Every reason the process refuses a command, with what it means. This is the one list;
 * the web layer maps each code to an HTTP status. A refused command emits no events.
 */
export const processErrorCodes = {
  /** A command other than StartCase for a case that has no events. */
  case_not_found: 'there is no such case',
  /** StartCase for a case id that already has events. */
  case_exists: 'the case already exists',
  /** The command does not fit the case's current status (also: every closed case). */
  command_not_allowed_in_state: 'this step is not possible in the current status',
  /** The actor's role may never give this command. */
  role_not_allowed: 'this role may not take this step',
  /** Right role, wrong person: not this case's declarant, partner or engaged bailiff. */
  not_a_party: 'the actor is not a party to this case',
  /** A staff decision (override, withdrawal for a citizen, replacement, task) needs a reason. */
  reason_required: 'a reason is required',
  /** Rule 1: the National Register says the cohabitation is not active. */
  cohabitation_not_active: 'the legal cohabitation is not active',
  /** Rule 1: declarant and partner are not the two partners of this cohabitation. */
  not_cohabitation_partners: 'the two people are not the partners of this cohabitation',
  /** The municipality's settings fail validateSettings. */
  invalid_settings: 'the settings are not valid',
  /** A field of the command is missing or malformed (dates, ids, amounts, time). */
  invalid_input: 'the input is not valid',
  /** Rule 3: a payment already succeeded; a payment is never taken twice. */
  already_paid: 'the payment was already made',
  /** Rule 3: no bailiff before the payment succeeded. */
  payment_not_succeeded: 'the payment has not succeeded',
  /** The amount reported paid differs from the amount requested. */
  payment_amount_mismatch: 'the amount paid differs from the amount requested',
  /** A bailiff is already engaged; only staff may replace one, with a reason. */
  bailiff_already_engaged: 'a bailiff is already engaged',
  /** Rule 2: no registration without both signatures (joint) or a recorded service. */
  registration_not_allowed: 'the termination cannot be registered yet',
  /** The municipality reviews before registration and no registrar approved yet. */
  review_required: 'a registrar must approve first',
  /** A timer's command came before its due time. */
  deadline_not_reached: 'the deadline has not been reached',
  /** The override's target status is closed, the same, or would break a rule. */
  override_not_allowed: 'the case cannot be moved to that status',
  /** No open follow-up task with this id. */
  follow_up_not_found: 'there is no such open follow-up task',
} as const;

export type ProcessErrorCode = keyof typeof processErrorCodes;

/** The one way the process refuses a command. The message names the status and the command. */
export class ProcessError extends Error {
  readonly code: ProcessErrorCode;
  readonly status: CaseStatus | null;
  readonly command: string;

  constructor(code: ProcessErrorCode, status: CaseStatus | null, command: string, detail?: string) {
    const where = `${command} in status ${status ?? 'none'}`;
    const why =
      detail === undefined ? processErrorCodes[code] : `${processErrorCodes[code]}: ${detail}`;
    super(`${where}: ${why} (${code})`);
    this.name = 'ProcessError';
    this.code = code;
    this.status = status;
    this.command = command;
  }
}
