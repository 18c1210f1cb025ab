// Random case histories for the property tests: a start, then steps that are commands
// (mostly ones that fit the status, some by the wrong actor, some that fit nothing),
// timers fired at their due time, and timers fired too early.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  brusselsDate,
  deadlines,
  decide,
  defaultSettings,
  evolve,
  isOpen,
  openStatuses,
  ProcessError,
  systemActor,
  type Actor,
  type CaseCommand,
  type CaseEvent,
  type CaseSettings,
  type CaseState,
  type CaseStatus,
  type StartCase,
} from '../../src/process/index.ts';
import { checkEffects, checkHistory } from './invariants.ts';

const CASE = 'case-prop';
const DECLARANT = '85073003328';
const PARTNER = '86081512345';
const STRANGER = '70010100155';
const BAILIFFS = ['bailiff-1', 'bailiff-2', 'bailiff-3'];

const pool: Actor[] = [
  { role: 'declarant', id: DECLARANT },
  { role: 'partner', id: PARTNER },
  { role: 'declarant', id: STRANGER },
  { role: 'declarant', id: PARTNER },
  { role: 'partner', id: DECLARANT },
  { role: 'counter', id: 'staff-c' },
  { role: 'civil_affairs', id: 'staff-a' },
  { role: 'registrar', id: 'staff-r' },
  { role: 'administrator', id: 'staff-x' },
  ...BAILIFFS.map((id): Actor => ({ role: 'bailiff', id })),
  systemActor,
  { role: 'register', id: 'rr' },
];

export interface Step {
  kind: 'command' | 'timer' | 'early';
  guided: boolean;
  pick: number;
  variant: number;
  wrongActor: boolean;
  actorPick: number;
  advanceMinutes: number;
}

export interface Scenario {
  path: 'joint' | 'unilateral';
  settings: CaseSettings;
  partnerElsewhere: boolean;
  startAt: number;
  badStart: 'none' | 'ended' | 'stranger' | 'same';
  steps: Step[];
}

function reminders(seeds: number[], days: number): number[] {
  return [...new Set(seeds.filter((d) => d < days))];
}

const settingsArb: fc.Arbitrary<CaseSettings> = fc
  .record({
    filingMode: fc.constantFrom('online', 'counter'),
    jointFeeCents: fc.constantFrom(0, 0, 1500),
    reviewBeforeRegistration: fc.boolean(),
    partnerAnswerDays: fc.integer({ min: 2, max: 20 }),
    declarantChoiceDays: fc.integer({ min: 2, max: 40 }),
    paymentDays: fc.integer({ min: 2, max: 20 }),
    paymentGraceDays: fc.integer({ min: 1, max: 20 }),
    registrationWorkingDays: fc.integer({ min: 1, max: 5 }),
    seeds: fc.array(fc.integer({ min: 1, max: 39 }), { maxLength: 3 }),
  })
  .map(({ seeds, ...s }) => ({
    ...defaultSettings,
    ...s,
    partnerReminderDays: reminders(seeds, s.partnerAnswerDays),
    declarantReminderDays: reminders(seeds, s.declarantChoiceDays),
    paymentReminderDays: reminders(seeds, s.paymentDays),
  }));

/** How a run mixes its steps: shares out of 10. */
export interface Mix {
  timers: number;
  early: number;
  wrongActors: number;
  unguided: number;
}

export const mixed: Mix = { timers: 3, early: 1, wrongActors: 2, unguided: 2 };
export const progressing: Mix = { timers: 1, early: 0, wrongActors: 0, unguided: 0 };

function stepArb(mix: Mix): fc.Arbitrary<Step> {
  const share = (n: number) => fc.integer({ min: 0, max: 9 }).map((x) => x < n);
  return fc.record({
    kind: fc
      .integer({ min: 0, max: 9 })
      .map((x): Step['kind'] =>
        x < mix.early ? 'early' : x < mix.early + mix.timers ? 'timer' : 'command',
      ),
    guided: share(10 - mix.unguided),
    pick: fc.nat(),
    variant: fc.nat(),
    wrongActor: share(mix.wrongActors),
    actorPick: fc.nat(),
    advanceMinutes: fc.oneof(
      fc.integer({ min: 0, max: 600 }),
      fc.integer({ min: 0, max: 30 * 1440 }),
    ),
  });
}

// 2025-01-01 to 2028-12-31: four years of DST switches and holidays.
const startArb = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 11, 31) });

export function scenarioArb(maxSteps: number, mix: Mix = mixed): fc.Arbitrary<Scenario> {
  return fc.record({
    path: fc.constantFrom('joint', 'joint', 'unilateral'),
    settings: settingsArb,
    partnerElsewhere: fc.boolean(),
    startAt: startArb,
    badStart: fc.constantFrom('none', 'none', 'none', 'ended', 'stranger', 'same'),
    steps: fc.array(stepArb(mix), { minLength: 1, maxLength: maxSteps, size: 'max' }),
  });
}

/** A running history: the state evolved event by event, and the time. */
class World {
  events: CaseEvent[] = [];
  state: CaseState | null = null;

  constructor(public now: number) {}

  get current(): CaseState {
    assert.ok(this.state);
    return this.state;
  }
}

type Build = (w: World, step: Step) => CaseCommand;
interface Entry {
  hint: readonly CaseStatus[];
  weight: number;
  build: Build;
}

const closed: readonly CaseStatus[] = ['completed', 'withdrawn', 'lapsed', 'expired'];
const base = (
  type: string,
  actor: Actor,
): Pick<CaseCommand, 'caseId' | 'actor' | 'channel'> & { type: string } => ({
  type,
  caseId: CASE,
  actor,
  channel: actor.role === 'counter' ? 'counter' : 'online',
});
const cmd = (type: string, actor: Actor, payload: object = {}): CaseCommand =>
  ({ ...base(type, actor), ...payload }) as CaseCommand;
const of = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;
const bailiffActor = (w: World, s: Step): Actor => ({
  role: 'bailiff',
  id: w.current.bailiff?.id ?? of(BAILIFFS, s.variant),
});
const today = (w: World): string => brusselsDate(new Date(w.now));
const amount = (w: World, s: Step): number =>
  s.variant % 7 === 0 ? 1 : (w.current.payment?.amountCents ?? 100);

const catalogue: Entry[] = [
  { hint: ['draft'], weight: 8, build: () => cmd('SignDeclaration', pool[0]!) },
  { hint: ['awaiting_partner'], weight: 5, build: () => cmd('SignAsPartner', pool[1]!) },
  {
    hint: ['awaiting_partner'],
    weight: 3,
    build: (_w, s) =>
      cmd('RefuseAsPartner', pool[1]!, {
        shareWithDeclarant: s.variant % 2 === 0,
        ...(s.variant % 3 === 0 ? {} : { reason: 'not now' }),
      }),
  },
  {
    hint: ['awaiting_declarant_choice'],
    weight: 6,
    build: () => cmd('ContinueUnilaterally', pool[0]!),
  },
  {
    hint: ['awaiting_counter_visit'],
    weight: 8,
    build: (_w, s) =>
      cmd('RecordCounterVisit', pool[5]!, {
        presentedBy: s.variant % 5 === 0 ? STRANGER : DECLARANT,
        byProxy: s.variant % 2 === 0,
      }),
  },
  {
    hint: ['awaiting_payment', ...closed],
    weight: 8,
    build: (w, s) =>
      cmd('RecordPaymentSuccess', systemActor, {
        paymentId: `pay-${s.variant % 3}`,
        amountCents: amount(w, s),
      }),
  },
  {
    hint: ['awaiting_payment'],
    weight: 2,
    build: (_w, s) =>
      cmd('RecordPaymentFailure', systemActor, { paymentId: `pay-${s.variant % 3}` }),
  },
  {
    hint: ['awaiting_payment'],
    weight: 1,
    build: (_w, s) =>
      cmd('RecordPaymentExpiry', systemActor, { paymentId: `pay-${s.variant % 3}` }),
  },
  { hint: ['awaiting_payment'], weight: 2, build: () => cmd('RequestPayment', pool[0]!) },
  {
    hint: ['withdrawn', 'lapsed', 'expired'],
    weight: 3,
    build: (w) =>
      cmd('RecordRefund', systemActor, { paymentId: w.current.payment?.paymentId ?? 'x' }),
  },
  {
    hint: ['awaiting_service', 'awaiting_payment'],
    weight: 5,
    build: (_w, s) =>
      s.variant % 4 === 0
        ? cmd('EngageBailiff', pool[7]!, { bailiffId: of(BAILIFFS, s.variant), reason: 'late' })
        : cmd('EngageBailiff', systemActor, { bailiffId: of(BAILIFFS, s.variant) }),
  },
  {
    hint: ['awaiting_service'],
    weight: 3,
    build: (w, s) => cmd('AcceptAssignment', bailiffActor(w, s)),
  },
  {
    hint: ['awaiting_service'],
    weight: 1,
    build: (w, s) => cmd('DeclineAssignment', bailiffActor(w, s)),
  },
  {
    hint: ['awaiting_service'],
    weight: 5,
    build: (w, s) =>
      cmd('RecordService', bailiffActor(w, s), {
        serviceDate: s.variant % 6 === 0 ? '2024-01-01' : today(w),
        place: 'Leuven',
        mode: of(['in_person', 'at_address', 'electronic', 'public_prosecutor'], s.variant),
        deedReference: `deed-${s.variant % 100}`,
      }),
  },
  {
    hint: ['awaiting_service'],
    weight: 2,
    build: (w, s) =>
      cmd('RecordServiceFailure', bailiffActor(w, s), {
        attemptDate: today(w),
        reason: 'not at home',
      }),
  },
  { hint: ['registering'], weight: 4, build: () => cmd('ApproveRegistration', pool[7]!) },
  {
    hint: ['registering', 'completed'],
    weight: 3,
    build: (w, s) =>
      cmd('SettleInvoice', of([pool[6]!, pool[7]!, pool[8]!], s.variant), {
        invoiceId: `inv-${s.variant % 2}`,
        invoiceCents: of([0, 12_345, w.current.payment?.amountCents ?? 100, 40_000, -5], s.variant),
      }),
  },
  {
    hint: ['registering', 'completed'],
    weight: 2,
    build: (w, s) =>
      s.variant % 2 === 0
        ? cmd('RecordRefund', systemActor, { paymentId: w.current.payment?.paymentId ?? 'x' })
        : cmd('RecordPaymentSuccess', systemActor, {
            paymentId: `balance-${s.variant % 3}`,
            amountCents: s.variant % 5 === 0 ? 1 : (w.current.settlement?.differenceCents ?? 1),
          }),
  },
  {
    hint: ['registering'],
    weight: 6,
    build: (_w, s) =>
      cmd('RegisterTermination', s.variant % 2 === 0 ? systemActor : pool[7]!, {
        registerReference: `rr-${s.variant % 1000}`,
      }),
  },
  {
    hint: ['completed'],
    weight: 3,
    build: (_w, s) =>
      cmd('RecordHouseholdRefresh', systemActor, { sharedAddress: s.variant % 2 === 0 }),
  },
  {
    hint: ['completed', 'registering', 'awaiting_service'],
    weight: 2,
    build: (_w, s) =>
      cmd('RecordCertificate', systemActor, {
        certificateId: `cert-${s.variant % 10}`,
        kind: of(['receipt', 'declaration', 'termination'], s.variant),
      }),
  },
  {
    hint: [...openStatuses, ...closed],
    weight: 1,
    build: (_w, s) =>
      cmd('RaiseFollowUp', pool[6]!, {
        topic: of(
          ['citizen_unreachable', 'other', 'register_failure', 'unpaid', 'refusal'],
          s.variant,
        ),
        ...(s.variant % 4 === 0 ? {} : { reason: 'see notes' }),
      }),
  },
  {
    hint: [...openStatuses, ...closed],
    weight: 2,
    build: (w) =>
      cmd('ResolveFollowUp', pool[7]!, {
        followUpId: w.current.followUps.find((f) => f.resolvedAt === null)?.id ?? 'none-1',
      }),
  },
  {
    hint: openStatuses,
    weight: 1,
    build: (_w, s) =>
      s.variant % 3 === 0
        ? cmd('Withdraw', pool[5]!, s.variant % 2 === 0 ? { reason: 'asked' } : {})
        : cmd('Withdraw', pool[0]!),
  },
  {
    hint: openStatuses,
    weight: 1,
    build: (_w, s) =>
      cmd('RecordLapse', of(pool, s.variant % 9 === 0 ? 0 : pool.length - 1), {
        cause: s.variant % 2 === 0 ? 'death' : 'marriage',
        person: of([DECLARANT, PARTNER, STRANGER], s.variant),
        eventDate: '2025-06-01',
      }),
  },
  {
    hint: openStatuses,
    weight: 1,
    build: (_w, s) =>
      cmd('OverrideStatus', of([pool[6]!, pool[7]!, pool[8]!, pool[5]!], s.variant), {
        to: of([...openStatuses, 'completed', 'withdrawn'], s.variant),
        reason: s.variant % 5 === 0 ? ' ' : 'stuck',
      }),
  },
];

function choose(entries: readonly Entry[], pick: number): Entry {
  const total = entries.reduce((sum, e) => sum + e.weight, 0);
  let left = pick % total;
  for (const entry of entries) {
    if (left < entry.weight) return entry;
    left -= entry.weight;
  }
  return entries[0] as Entry;
}

function buildCommand(w: World, step: Step): CaseCommand {
  const fitting = catalogue.filter((e) => e.hint.includes(w.current.status));
  const entries = step.guided && fitting.length > 0 ? fitting : catalogue;
  const command = choose(entries, step.pick).build(w, step);
  if (!step.wrongActor) return command;
  const actor = of(pool, step.actorPick);
  return { ...command, actor, channel: actor.role === 'bailiff' ? 'bailiff' : 'online' };
}

/** Statistics of what the runs reached, so that the properties cannot pass vacuously. */
export const reached = {
  statuses: new Set<string>(),
  events: new Set<string>(),
  refusals: 0,
  steps: 0,
};

function refused(w: World, command: CaseCommand, at: Date): ProcessError {
  const before = JSON.stringify(w.state);
  let caught: unknown = null;
  try {
    decide(w.state, command, at);
  } catch (error) {
    caught = error;
  }
  assert.ok(
    caught instanceof ProcessError,
    `${command.type} throws a ProcessError, not ${String(caught)}`,
  );
  assert.equal(caught.status, w.state?.status ?? null, 'the error names the status');
  assert.equal(caught.command, command.type, 'the error names the command');
  assert.equal(JSON.stringify(w.state), before, 'a refused command changes nothing');
  reached.refusals += 1;
  return caught;
}

function apply(w: World, emitted: CaseEvent[], at: Date): void {
  const previous = w.state?.status ?? null;
  for (const e of emitted) {
    assert.equal(e.caseId, CASE);
    assert.equal(e.at, at.toISOString(), 'events carry the time of the command');
  }
  checkEffects(emitted, w.state);
  for (const e of emitted) {
    w.state = evolve(w.state, e);
    reached.events.add(e.type);
  }
  w.events.push(...emitted);
  if (emitted.length > 0) checkHistory(w.events, w.current, previous);
  reached.statuses.add(w.current.status);
}

/** Run a command; whether it is accepted or refused, check every rule. */
function attempt(w: World, command: CaseCommand): void {
  const at = new Date(w.now);
  const before = JSON.stringify(w.state);
  let emitted: CaseEvent[] | null = null;
  try {
    emitted = decide(w.state, command, at);
  } catch {
    refused(w, command, at);
  }
  assert.equal(JSON.stringify(w.state), before, 'decide does not change the state it is given');
  if (emitted !== null) {
    const again = JSON.stringify(decide(w.state, command, at));
    assert.equal(again, JSON.stringify(emitted), 'decide is deterministic');
  }
  if (emitted !== null) apply(w, emitted, at);
  mustHaveAccepted(w, command, emitted);
}

/** Rule 8: a register report of a partner's marriage or death always closes an open case. */
function mustHaveAccepted(w: World, command: CaseCommand, emitted: CaseEvent[] | null): void {
  if (command.type !== 'RecordLapse' || command.actor.role !== 'register') return;
  if (![DECLARANT, PARTNER].includes(command.person)) return;
  const wasOpen = emitted !== null || isOpen(w.current.status);
  if (wasOpen) assert.equal(w.current.status, 'lapsed', 'rule 8');
}

function fireTimer(w: World, step: Step, early: boolean): boolean {
  const list = deadlines(w.current);
  if (list.length === 0) return false;
  const deadline = of(list, step.pick);
  const due = Date.parse(deadline.dueAt);
  if (early) {
    if (w.now >= due) return false;
    assert.equal(refused(w, deadline.command, new Date(w.now)).code, 'deadline_not_reached');
    return true;
  }
  w.now = Math.max(w.now, due + (step.variant % 3) * 60_000);
  const emitted = decide(w.state, deadline.command, new Date(w.now));
  assert.ok(emitted.length > 0, `${deadline.name} emits when due`);
  apply(w, emitted, new Date(w.now));
  return true;
}

function startCommand(s: Scenario): StartCase {
  return {
    type: 'StartCase',
    caseId: CASE,
    actor: { role: 'declarant', id: DECLARANT },
    channel: 'online',
    declarant: DECLARANT,
    partner: PARTNER,
    cohabitation: { id: 'coh-1', status: 'active', partners: [DECLARANT, PARTNER] },
    municipality: '24062',
    declarantMunicipality: '24062',
    partnerMunicipality: s.partnerElsewhere ? '21004' : '24062',
    path: s.path,
    settings: s.settings,
  };
}

/** Rule 1: a start that the register facts do not support is refused. */
function badStart(s: Scenario): StartCase | null {
  const good = startCommand(s);
  if (s.badStart === 'ended')
    return { ...good, cohabitation: { ...good.cohabitation, status: 'ended' } };
  if (s.badStart === 'stranger') return { ...good, partner: STRANGER };
  if (s.badStart === 'same') return { ...good, partner: DECLARANT };
  return null;
}

export function runScenario(s: Scenario): World {
  const w = new World(s.startAt);
  const bad = badStart(s);
  if (bad !== null) refused(w, bad, new Date(w.now));
  attempt(w, startCommand(s));
  assert.equal(w.current.status, 'draft');
  for (const step of s.steps) {
    w.now += step.advanceMinutes * 60_000;
    reached.steps += 1;
    if (step.kind !== 'command' && fireTimer(w, step, step.kind === 'early')) continue;
    attempt(w, buildCommand(w, step));
  }
  return w;
}
