// The timers a case needs now, derived from its state alone. The engine replaces a case's
// pending timers with this list after every change and runs each command when it is due;
// decide() accepts a timer command only while its deadline is in this list and due.
import { systemActor } from './actors.ts';
import {
  clockEnd,
  paymentExpiryAt,
  reminderDays,
  reminderDueAt,
  serviceWarningAt,
} from './clocks.ts';
import type { TimerCommand } from './commands.ts';
import { isOpen } from './status.ts';
import type { CaseState, Clock } from './types.ts';

export interface Deadline {
  /** Stable for the same clock: 'partner-answer', 'partner-reminder-7', ... */
  name: string;
  dueAt: string;
  command: TimerCommand;
}

type TimerPayload = DistributiveOmit<TimerCommand, 'caseId' | 'actor' | 'channel'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

function timer(state: CaseState, name: string, dueAt: string, payload: TimerPayload): Deadline {
  const command = { ...payload, caseId: state.caseId, actor: systemActor, channel: 'system' };
  return { name, dueAt, command: command as TimerCommand };
}

const reminderCommand = {
  partner_answer: 'RemindPartner',
  declarant_choice: 'RemindDeclarant',
  payment: 'RemindPayment',
} as const;

function reminders(
  state: CaseState,
  clock: Clock & { name: keyof typeof reminderCommand },
  prefix: string,
): Deadline[] {
  const type = reminderCommand[clock.name];
  return reminderDays(clock, state.settings)
    .filter((day) => !clock.remindersSent.includes(day))
    .map((day) =>
      timer(state, `${prefix}-reminder-${day}`, reminderDueAt(clock.startedAt, day), { type, day }),
    );
}

type ClockOf<N extends Clock['name']> = Clock & { name: N };

function partnerAnswer(state: CaseState, clock: ClockOf<'partner_answer'>): Deadline[] {
  const end = clockEnd(clock, state.settings);
  return [
    ...reminders(state, clock, 'partner'),
    timer(state, 'partner-answer', end, { type: 'PassPartnerDeadline' }),
  ];
}

function declarantChoice(state: CaseState, clock: ClockOf<'declarant_choice'>): Deadline[] {
  const end = clockEnd(clock, state.settings);
  return [
    ...reminders(state, clock, 'declarant'),
    timer(state, 'declarant-choice', end, { type: 'ExpireCase' }),
  ];
}

function payment(state: CaseState, clock: ClockOf<'payment'>): Deadline[] {
  const end = clockEnd(clock, state.settings);
  const unpaid = clock.followUpRaised
    ? []
    : [timer(state, 'payment-due', end, { type: 'RaiseFollowUp', topic: 'unpaid' })];
  const expiry = paymentExpiryAt(clock, state.settings);
  return [
    ...reminders(state, clock, 'payment'),
    ...unpaid,
    timer(state, 'payment-expiry', expiry, { type: 'ExpireCase' }),
  ];
}

function service(state: CaseState, clock: Clock): Deadline[] {
  const warning = clock.followUpRaised
    ? []
    : [
        timer(state, 'service-warning', serviceWarningAt(clock), {
          type: 'RaiseFollowUp',
          topic: 'bailiff_late',
        }),
      ];
  const end = clock.passed
    ? []
    : [
        timer(state, 'service-deadline', clockEnd(clock, state.settings), {
          type: 'PassServiceDeadline',
        }),
      ];
  return [...warning, ...end];
}

function registration(state: CaseState, clock: Clock): Deadline[] {
  if (clock.followUpRaised) return [];
  const end = clockEnd(clock, state.settings);
  return [
    timer(state, 'registration-due', end, { type: 'RaiseFollowUp', topic: 'registration_late' }),
  ];
}

const byClock: { [N in Clock['name']]: (state: CaseState, clock: ClockOf<N>) => Deadline[] } = {
  partner_answer: partnerAnswer,
  declarant_choice: declarantChoice,
  payment,
  service,
  registration,
};

/**
 * Every timer that should be pending for this state, earliest first; none when closed.
 * Limitation: draft and awaiting_counter_visit have no clock, so such a case waits until
 * someone acts or staff withdraw it; a municipal setting for them would add one here.
 */
export function deadlines(state: CaseState): Deadline[] {
  const clock = state.clock;
  if (!isOpen(state.status) || clock === null) return [];
  const forClock = byClock[clock.name] as (state: CaseState, clock: Clock) => Deadline[];
  return forClock(state, clock).sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}

/** A key that is equal for the same timer command, whoever sends it. */
export function timerKey(command: TimerCommand): string {
  const day = 'day' in command ? command.day : '';
  const topic = 'topic' in command ? command.topic : '';
  return `${command.type}:${day}:${topic}`;
}
