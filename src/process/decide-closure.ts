// Closing an open case by a person's choice (withdrawal) or by law (lapse, rule 8).
import { staffRoles } from './actors.ts';
import type { CommandOf } from './commands.ts';
import { base, contextOf } from './emit.ts';
import type { CaseEvent } from './events.ts';
import type { HandlerTable } from './handler.ts';
import { fail, requireDate, requireOneOf, requireReason } from './handler.ts';
import { openStatuses } from './status.ts';
import type { CaseState, LapseCause } from './types.ts';

const lapseCauses: readonly LapseCause[] = ['marriage', 'death'];

function withdraw(state: CaseState, command: CommandOf<'Withdraw'>, now: Date): CaseEvent[] {
  if (command.actor.role !== 'declarant') requireReason(state, command);
  return [base('Withdrawn', contextOf(command, now))];
}

/** Rule 8: the register reports a marriage or death; the cohabitation ended by law. */
function lapse(state: CaseState, command: CommandOf<'RecordLapse'>, now: Date): CaseEvent[] {
  const cause = requireOneOf(command.cause, lapseCauses, 'cause', state, command);
  if (command.person !== state.declarant && command.person !== state.partner) {
    fail('invalid_input', state, command, 'the person is not one of the partners');
  }
  const eventDate = requireDate(command.eventDate, 'eventDate', state, command);
  const lapsed = base('Lapsed', contextOf(command, now));
  return [{ ...lapsed, cause, person: command.person, eventDate }];
}

export const closureHandlers = {
  Withdraw: {
    roles: ['declarant', ...staffRoles],
    statuses: openStatuses,
    run: withdraw,
  },

  RecordLapse: {
    roles: ['register'],
    statuses: openStatuses,
    run: lapse,
  },
} satisfies Partial<HandlerTable>;
