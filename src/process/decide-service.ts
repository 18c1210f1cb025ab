// The bailiff: engaged only after payment (rule 3), accepts or declines, serves the deed.
import { brusselsDate } from './calendar.ts';
import type { CommandOf } from './commands.ts';
import { base, contextOf } from './emit.ts';
import type { CaseEvent } from './events.ts';
import { activeBailiff, isPaid } from './facts.ts';
import type { HandlerTable } from './handler.ts';
import { fail, requireDate, requireOneOf, requireReason, requireText } from './handler.ts';
import { openStatuses } from './status.ts';
import type { CaseState, ServiceMode } from './types.ts';

const serviceModes: readonly ServiceMode[] = [
  'in_person',
  'at_address',
  'electronic',
  'public_prosecutor',
];

function engage(state: CaseState, command: CommandOf<'EngageBailiff'>, now: Date): CaseEvent[] {
  const bailiffId = requireText(command.bailiffId, 'bailiffId', state, command);
  if (!isPaid(state)) fail('payment_not_succeeded', state, command);
  if (state.status !== 'awaiting_service') fail('command_not_allowed_in_state', state, command);
  const current = activeBailiff(state);
  if (current !== null) {
    if (command.actor.role === 'system') fail('bailiff_already_engaged', state, command);
    requireReason(state, command);
    if (current.id === bailiffId) fail('invalid_input', state, command, 'the same bailiff');
  }
  const engaged = base('BailiffEngaged', contextOf(command, now));
  return [{ ...engaged, bailiffId, replacedBailiffId: current?.id ?? null }];
}

/** A date of the service or an attempt: not before the receipt, not in the future. */
function serviceDate(
  state: CaseState,
  command: CommandOf<'RecordService' | 'RecordServiceFailure'>,
  value: string,
  now: Date,
): string {
  const date = requireDate(value, 'date', state, command);
  const from = state.receipt?.date ?? date;
  if (date < from || date > brusselsDate(now)) {
    fail('invalid_input', state, command, 'the date must lie between the receipt and today');
  }
  return date;
}

function recordService(
  state: CaseState,
  command: CommandOf<'RecordService'>,
  now: Date,
): CaseEvent[] {
  const served = {
    ...base('ServiceRecorded', contextOf(command, now)),
    bailiffId: command.actor.id,
    serviceDate: serviceDate(state, command, command.serviceDate, now),
    place: requireText(command.place, 'place', state, command),
    mode: requireOneOf(command.mode, serviceModes, 'mode', state, command),
    deedReference: requireText(command.deedReference, 'deedReference', state, command),
  };
  return [served];
}

function recordFailure(
  state: CaseState,
  command: CommandOf<'RecordServiceFailure'>,
  now: Date,
): CaseEvent[] {
  requireReason(state, command);
  const attemptDate = serviceDate(state, command, command.attemptDate, now);
  const failed = base('ServiceFailed', contextOf(command, now));
  return [{ ...failed, bailiffId: command.actor.id, attemptDate }];
}

export const serviceHandlers = {
  EngageBailiff: {
    roles: ['system', 'civil_affairs', 'registrar'],
    statuses: openStatuses,
    run: engage,
  },

  AcceptAssignment: {
    roles: ['bailiff'],
    statuses: ['awaiting_service'],
    run(state, command, now) {
      if (state.bailiff?.status !== 'engaged') fail('command_not_allowed_in_state', state, command);
      return [{ ...base('BailiffAccepted', contextOf(command, now)), bailiffId: command.actor.id }];
    },
  },

  DeclineAssignment: {
    roles: ['bailiff'],
    statuses: ['awaiting_service'],
    run(_state, command, now) {
      return [{ ...base('BailiffDeclined', contextOf(command, now)), bailiffId: command.actor.id }];
    },
  },

  RecordService: {
    roles: ['bailiff'],
    statuses: ['awaiting_service'],
    run: recordService,
  },

  RecordServiceFailure: {
    roles: ['bailiff'],
    statuses: ['awaiting_service'],
    run: recordFailure,
  },
} satisfies Partial<HandlerTable>;
