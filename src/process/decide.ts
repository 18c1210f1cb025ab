// The decider: a command and the current state in, events out, or a ProcessError.
// One handler per command (decide-*.ts); this file runs the checks they all share:
// the case exists, the actor's role and identity, the status.
import type { CaseCommand } from './commands.ts';
import { decideStart } from './decide-start.ts';
import { closureHandlers } from './decide-closure.ts';
import { followUpHandlers } from './decide-follow-ups.ts';
import { withFollowUpsClosed } from './follow-up-tasks.ts';
import { overrideHandlers } from './decide-override.ts';
import { paymentHandlers } from './decide-payment.ts';
import { registrationHandlers } from './decide-registration.ts';
import { serviceHandlers } from './decide-service.ts';
import { settlementHandlers } from './decide-settlement.ts';
import { signingHandlers } from './decide-signing.ts';
import { timerHandlers } from './decide-timers.ts';
import type { CaseEvent } from './events.ts';
import { activeBailiff } from './facts.ts';
import { fail, type Handler, type HandlerTable } from './handler.ts';
import type { CaseState } from './types.ts';

const handlers: HandlerTable = {
  ...signingHandlers,
  ...paymentHandlers,
  ...serviceHandlers,
  ...registrationHandlers,
  ...settlementHandlers,
  ...closureHandlers,
  ...overrideHandlers,
  ...followUpHandlers,
  ...timerHandlers,
};

/** The person a citizen or bailiff role must be on this case; null for other roles. */
function expectedId(state: CaseState, command: CaseCommand): string | null | undefined {
  switch (command.actor.role) {
    case 'declarant':
      return state.declarant;
    case 'partner':
      return state.partner;
    case 'bailiff':
      return activeBailiff(state)?.id;
    default:
      return null;
  }
}

function checkActor(state: CaseState, command: CaseCommand, handler: Handler<CaseCommand>): void {
  const { role, id } = command.actor;
  if (typeof id !== 'string' || id === '') fail('invalid_input', state, command, 'actor id');
  if (!handler.roles.includes(role)) fail('role_not_allowed', state, command, `not as ${role}`);
  const expected = expectedId(state, command);
  if (expected !== null && expected !== id) fail('not_a_party', state, command, `not as ${role}`);
}

function checkNow(state: CaseState | null, command: CaseCommand, now: Date): void {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    fail('invalid_input', state, command, 'now is not a valid time');
  }
}

function checkCase(state: CaseState | null, command: CaseCommand): CaseState {
  if (state === null) return fail('case_not_found', null, command);
  if (command.caseId !== state.caseId) fail('invalid_input', state, command, 'caseId differs');
  return state;
}

/**
 * The events a command causes in this state, at `now`.
 * Limitation: decide does not refuse a `now` earlier than the case's last event (clocks of
 * two workers may differ by a little); only the registration checks its date (rule 7).
 * A stricter check would need the engine to give one monotonic clock.
 * Throws a ProcessError, and so emits
 * nothing, when the command does not fit. Several events come from one command when the
 * process moves on by itself (signing online unilaterally also requests the payment; a
 * status change resolves the follow-ups it answers: follow-up-tasks.ts).
 */
export function decide(state: CaseState | null, command: CaseCommand, now: Date): CaseEvent[] {
  checkNow(state, command, now);
  if (command.type === 'StartCase') {
    if (state !== null) fail('case_exists', state, command);
    return decideStart(command, now);
  }
  const current = checkCase(state, command);
  const handler = handlers[command.type] as Handler<CaseCommand>;
  checkActor(current, command, handler);
  if (!handler.statuses.includes(current.status)) {
    fail('command_not_allowed_in_state', current, command);
  }
  return withFollowUpsClosed(current, handler.run(current, command, now));
}
