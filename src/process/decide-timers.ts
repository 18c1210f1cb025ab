// Timer commands. Each is accepted only while deadlines(state) lists it and it is due, so
// a timer left over from an earlier status, or fired early, is refused and emits nothing.
import type { CaseCommand, CommandOf, TimerCommand } from './commands.ts';
import { deadlines, timerKey, type Deadline } from './deadlines.ts';
import { base, contextOf } from './emit.ts';
import type { CaseEvent } from './events.ts';
import type { HandlerTable } from './handler.ts';
import { fail } from './handler.ts';
import { openStatuses } from './status.ts';
import { followUp } from './steps.ts';
import type { CaseState } from './types.ts';

/** The listed deadline this command belongs to, once it is due. */
export function requireDue(state: CaseState, command: TimerCommand, now: Date): Deadline {
  const key = timerKey(command);
  const deadline = deadlines(state).find((d) => timerKey(d.command) === key);
  if (deadline === undefined) {
    return fail('command_not_allowed_in_state', state, command, 'no such timer is pending');
  }
  if (now.getTime() < Date.parse(deadline.dueAt)) {
    fail('deadline_not_reached', state, command, `due at ${deadline.dueAt}`);
  }
  return deadline;
}

type Reminder = CommandOf<'RemindPartner' | 'RemindDeclarant' | 'RemindPayment'>;
const remindedEvent = {
  RemindPartner: 'PartnerReminded',
  RemindDeclarant: 'DeclarantReminded',
  RemindPayment: 'PaymentReminded',
} as const;

function remind(state: CaseState, command: Reminder, now: Date): CaseEvent[] {
  requireDue(state, command, now);
  return [{ ...base(remindedEvent[command.type], contextOf(command, now)), day: command.day }];
}

function expire(state: CaseState, command: CommandOf<'ExpireCase'>, now: Date): CaseEvent[] {
  requireDue(state, command, now);
  const clock = state.clock?.name === 'payment' ? 'payment' : 'declarant_choice';
  return [{ ...base('Expired', contextOf(command, now)), clock }];
}

function timerHandler<C extends CaseCommand>(run: (s: CaseState, c: C, now: Date) => CaseEvent[]) {
  return { roles: ['system'] as const, statuses: openStatuses, run };
}

export const timerHandlers = {
  RemindPartner: timerHandler(remind),
  RemindDeclarant: timerHandler(remind),
  RemindPayment: timerHandler(remind),
  ExpireCase: timerHandler(expire),

  PassPartnerDeadline: timerHandler((state, command: CommandOf<'PassPartnerDeadline'>, now) => {
    requireDue(state, command, now);
    const ctx = contextOf(command, now);
    return [base('PartnerDeadlinePassed', ctx), followUp(state, ctx, 'partner_silence')];
  }),

  PassServiceDeadline: timerHandler((state, command: CommandOf<'PassServiceDeadline'>, now) => {
    const { dueAt } = requireDue(state, command, now);
    return [{ ...base('ServiceDeadlinePassed', contextOf(command, now)), serviceDueAt: dueAt }];
  }),
} satisfies Partial<HandlerTable>;
