// Test helpers: people, commands and a small runner that applies decide + evolve.
import assert from 'node:assert/strict';
import {
  brusselsDate,
  decide,
  deadlines,
  defaultSettings,
  effects,
  evolve,
  ProcessError,
  systemActor,
  type Actor,
  type CaseCommand,
  type CaseCommandType,
  type CaseEvent,
  type CaseSettings,
  type CaseState,
  type Channel,
  type CommandOf,
  type Effect,
  type ProcessErrorCode,
  type StartCase,
} from '../../src/process/index.ts';

export const CASE_ID = 'case-0001';
export const DECLARANT = '85073003328';
export const PARTNER = '86081512345';
export const STRANGER = '70010100155';
export const HOME = '11002';
export const ELSEWHERE = '44021';
export const BAILIFF = 'bailiff-17';
export const OTHER_BAILIFF = 'bailiff-42';

export const actors = {
  declarant: { role: 'declarant', id: DECLARANT },
  partner: { role: 'partner', id: PARTNER },
  strangerAsDeclarant: { role: 'declarant', id: STRANGER },
  partnerAsDeclarant: { role: 'declarant', id: PARTNER },
  counter: { role: 'counter', id: 'staff-counter-1' },
  civilAffairs: { role: 'civil_affairs', id: 'staff-civil-1' },
  registrar: { role: 'registrar', id: 'staff-registrar-1' },
  administrator: { role: 'administrator', id: 'staff-admin-1' },
  bailiff: { role: 'bailiff', id: BAILIFF },
  otherBailiff: { role: 'bailiff', id: OTHER_BAILIFF },
  system: systemActor,
  register: { role: 'register', id: 'national-register' },
} satisfies Record<string, Actor>;

const channelOf: Record<Actor['role'], Channel> = {
  declarant: 'online',
  partner: 'online',
  counter: 'counter',
  civil_affairs: 'online',
  registrar: 'online',
  administrator: 'online',
  bailiff: 'bailiff',
  system: 'system',
  register: 'register',
};

type Payload<T extends CaseCommandType> = Omit<
  CommandOf<T>,
  'type' | 'caseId' | 'actor' | 'channel'
>;

/** A command of this type by this actor, with the channel that goes with the role. */
export function command<T extends CaseCommandType>(
  type: T,
  actor: Actor,
  payload: Payload<T> | Record<string, never> = {},
): CommandOf<T> {
  const built = { type, caseId: CASE_ID, actor, channel: channelOf[actor.role], ...payload };
  return built as unknown as CommandOf<T>;
}

export function settingsWith(changes: Partial<CaseSettings> = {}): CaseSettings {
  return { ...defaultSettings, ...changes };
}

export function startCommand(changes: Partial<StartCase> = {}): StartCase {
  return {
    type: 'StartCase',
    caseId: CASE_ID,
    actor: actors.declarant,
    channel: 'online',
    declarant: DECLARANT,
    partner: PARTNER,
    cohabitation: { id: 'coh-77', status: 'active', partners: [PARTNER, DECLARANT] },
    municipality: HOME,
    declarantMunicipality: HOME,
    partnerMunicipality: HOME,
    path: 'joint',
    settings: settingsWith(),
    ...changes,
  };
}

/** Monday 2 March 2026, 10:00 in Brussels (CET). */
export const T0 = '2026-03-02T09:00:00.000Z';

export function minutesAfter(at: string, minutes: number): string {
  return new Date(Date.parse(at) + minutes * 60_000).toISOString();
}

export function daysAfter(at: string, days: number): string {
  return minutesAfter(at, days * 24 * 60);
}

/** A case's events and state, moved on by decide + evolve. */
export class CaseRun {
  events: CaseEvent[] = [];
  state: CaseState | null = null;
  now: string = T0;

  /** Run a command at `at` (default: one minute after the last step). */
  run(cmd: CaseCommand, at?: string): CaseEvent[] {
    this.now = at ?? minutesAfter(this.now, 1);
    const emitted = decide(this.state, cmd, new Date(this.now));
    for (const event of emitted) this.state = evolve(this.state, event);
    this.events.push(...emitted);
    return emitted;
  }

  get current(): CaseState {
    assert.ok(this.state, 'the case has started');
    return this.state;
  }

  get status(): string {
    return this.current.status;
  }

  /** Run the pending deadline of this name at its due time (or later). */
  fire(name: string, delayMinutes = 0): CaseEvent[] {
    const deadline = deadlines(this.current).find((d) => d.name === name);
    assert.ok(deadline, `deadline ${name} is pending: ${this.deadlineNames().join(', ')}`);
    return this.run(deadline.command, minutesAfter(deadline.dueAt, delayMinutes));
  }

  deadlineNames(): string[] {
    return deadlines(this.current).map((d) => d.name);
  }

  dueAt(name: string): string {
    const deadline = deadlines(this.current).find((d) => d.name === name);
    assert.ok(deadline, `deadline ${name} is pending`);
    return deadline.dueAt;
  }

  /** The effects of the events one command emitted, each with the state after it. */
  effectsOf(emitted: CaseEvent[]): Effect[] {
    const before = this.events.slice(0, this.events.length - emitted.length);
    let state = before.reduce<CaseState | null>(evolve, null);
    return emitted.flatMap((event) => {
      state = evolve(state, event);
      return effects(event, state);
    });
  }

  /** Expect the command to be refused with this code, leaving everything as it was. */
  refuses(cmd: CaseCommand, code: ProcessErrorCode, at?: string): ProcessError {
    const before = { events: this.events.length, state: structuredClone(this.state) };
    const when = new Date(at ?? minutesAfter(this.now, 1));
    let caught: unknown;
    try {
      decide(this.state, cmd, when);
    } catch (error) {
      caught = error;
    }
    assert.ok(caught instanceof ProcessError, `${cmd.type} was refused with a ProcessError`);
    assert.equal(caught.code, code, caught.message);
    assert.equal(this.events.length, before.events);
    assert.deepEqual(this.state, before.state);
    return caught;
  }
}

/** Every effect of a history, event by event, each with the state right after it. */
export function historyEffects(events: readonly CaseEvent[]): Array<[CaseEvent, Effect[]]> {
  let state: CaseState | null = null;
  return events.map((event) => {
    state = evolve(state, event);
    return [event, effects(event, state)];
  });
}

export function types(events: readonly CaseEvent[]): string[] {
  return events.map((e) => e.type);
}

// Journeys: a case brought to a given point, step by step, through the public API.

export function started(changes: Partial<StartCase> = {}): CaseRun {
  const run = new CaseRun();
  run.run(startCommand(changes), T0);
  return run;
}

export function awaitingPartner(settings: Partial<CaseSettings> = {}): CaseRun {
  const run = started({ settings: settingsWith(settings) });
  run.run(command('SignDeclaration', actors.declarant));
  return run;
}

export function awaitingChoice(settings: Partial<CaseSettings> = {}): CaseRun {
  const run = awaitingPartner(settings);
  run.run(command('RefuseAsPartner', actors.partner, { shareWithDeclarant: false }));
  return run;
}

/** Unilateral from the start, signed, awaiting the payment (online mode). */
export function awaitingPayment(settings: Partial<CaseSettings> = {}): CaseRun {
  const run = started({ path: 'unilateral', settings: settingsWith(settings) });
  run.run(command('SignDeclaration', actors.declarant));
  return run;
}

export function pay(run: CaseRun, paymentId = 'pay-1'): CaseEvent[] {
  const amountCents = run.current.payment?.amountCents ?? 0;
  return run.run(command('RecordPaymentSuccess', actors.system, { paymentId, amountCents }));
}

/** Paid: awaiting service, with the bailiff engaged. */
export function awaitingService(settings: Partial<CaseSettings> = {}): CaseRun {
  const run = awaitingPayment(settings);
  pay(run);
  run.run(command('EngageBailiff', actors.system, { bailiffId: BAILIFF }));
  return run;
}

export function serve(run: CaseRun, serviceDate?: string): CaseEvent[] {
  return run.run(
    command('RecordService', actors.bailiff, {
      serviceDate: serviceDate ?? brusselsDate(minutesAfter(run.now, 1)),
      place: 'Antwerpen',
      mode: 'in_person',
      deedReference: 'DEED-2026-0042',
    }),
  );
}

/** Joint, both signed, online mode, free: registering. */
export function registeringJoint(settings: Partial<CaseSettings> = {}): CaseRun {
  const run = awaitingPartner(settings);
  run.run(command('SignAsPartner', actors.partner));
  return run;
}

export function register(run: CaseRun, at?: string): CaseEvent[] {
  const cmd = command('RegisterTermination', actors.system, { registerReference: 'RR-123' });
  return run.run(cmd, at);
}
