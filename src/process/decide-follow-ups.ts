// Follow-up tasks for the municipality or the registrar.
import { staffRoles } from './actors.ts';
import type { CommandOf } from './commands.ts';
import { base, contextOf } from './emit.ts';
import type { CaseEvent } from './events.ts';
import type { HandlerTable } from './handler.ts';
import { fail, requireOneOf, requireReason } from './handler.ts';
import { allStatuses } from './status.ts';
import { followUp } from './steps.ts';
import { requireDue } from './decide-timers.ts';
import type { CaseState, FollowUpTopic } from './types.ts';

/** Raised by the process itself, together with the event that causes them. */
const automaticTopics: readonly FollowUpTopic[] = ['refusal', 'partner_silence'];
/** Raised by a timer from deadlines(). */
const timerTopics: readonly FollowUpTopic[] = ['unpaid', 'bailiff_late', 'registration_late'];
/** Raised by the system or staff, with a reason. */
const manualTopics: readonly FollowUpTopic[] = ['register_failure', 'citizen_unreachable', 'other'];

function raise(state: CaseState, command: CommandOf<'RaiseFollowUp'>, now: Date): CaseEvent[] {
  const allTopics = [...automaticTopics, ...timerTopics, ...manualTopics];
  const topic = requireOneOf(command.topic, allTopics, 'topic', state, command);
  if (automaticTopics.includes(topic)) {
    fail('invalid_input', state, command, `${topic} is raised by the process itself`);
  }
  if (timerTopics.includes(topic)) {
    if (command.actor.role !== 'system') fail('role_not_allowed', state, command);
    requireDue(state, command, now);
  } else {
    requireReason(state, command);
  }
  return [followUp(state, contextOf(command, now), topic)];
}

function resolve(state: CaseState, command: CommandOf<'ResolveFollowUp'>, now: Date): CaseEvent[] {
  const open = state.followUps.find((f) => f.id === command.followUpId && f.resolvedAt === null);
  if (open === undefined) fail('follow_up_not_found', state, command);
  const resolved = base('FollowUpResolved', contextOf(command, now));
  return [{ ...resolved, followUpId: command.followUpId }];
}

export const followUpHandlers = {
  RaiseFollowUp: {
    roles: ['system', ...staffRoles],
    statuses: allStatuses,
    run: raise,
  },

  ResolveFollowUp: {
    roles: staffRoles,
    statuses: allStatuses,
    run: resolve,
  },
} satisfies Partial<HandlerTable>;
