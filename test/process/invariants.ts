// The rules of process.md as checks on a history and its state, for the property tests.
// Written apart from the process code: they say what must hold, not how it is done.
import assert from 'node:assert/strict';
import {
  brusselsDate,
  deadlines,
  effects,
  evolve,
  fold,
  isOpen,
  type CaseEvent,
  type CaseState,
  type CaseStatus,
  type Path,
} from '../../src/process/index.ts';

/** The status a history must lead to, derived from the events alone. */
export function expectedStatus(events: readonly CaseEvent[]): CaseStatus | null {
  let status: CaseStatus | null = null;
  let path: Path = 'joint';
  let counter = false;
  for (const e of events) {
    if (e.type === 'CaseStarted')
      [status, path, counter] = ['draft', e.path, e.settings.filingMode === 'counter'];
    if (e.type === 'PartnerInvited') status = 'awaiting_partner';
    if (e.type === 'PartnerRefused' || e.type === 'PartnerDeadlinePassed')
      status = 'awaiting_declarant_choice';
    if (e.type === 'DeclarantChoseUnilateral') path = 'unilateral';
    if (e.type === 'DeclarationSigned' && e.path === 'unilateral' && counter)
      status = 'awaiting_counter_visit';
    if (e.type === 'PartnerSigned' && counter) status = 'awaiting_counter_visit';
    if (e.type === 'PaymentRequested') status = 'awaiting_payment';
    if (e.type === 'DeclarationReceived')
      status = path === 'joint' ? 'registering' : 'awaiting_service';
    if (e.type === 'ServiceRecorded') status = 'registering';
    if (e.type === 'TerminationRegistered') status = 'completed';
    if (e.type === 'Withdrawn') status = 'withdrawn';
    if (e.type === 'Lapsed') status = 'lapsed';
    if (e.type === 'Expired') status = 'expired';
    if (e.type === 'StaffOverride') status = e.to;
  }
  return status;
}

/** Strings, finite numbers, booleans, null, arrays and plain objects only; no undefined. */
export function assertPlainJson(value: unknown, where = 'state'): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') return assert.ok(Number.isFinite(value), where);
  if (Array.isArray(value)) return value.forEach((v, i) => assertPlainJson(v, `${where}[${i}]`));
  assert.equal(typeof value, 'object', `${where} is ${typeof value}`);
  assert.equal(Object.getPrototypeOf(value), Object.prototype, `${where} is a plain object`);
  for (const [key, v] of Object.entries(value as object)) assertPlainJson(v, `${where}.${key}`);
}

function indexesOf(events: readonly CaseEvent[], type: CaseEvent['type']): number[] {
  return events.flatMap((e, i) => (e.type === type ? [i] : []));
}

function pathBefore(events: readonly CaseEvent[], index: number): Path {
  const start = events[0];
  const chose = events.slice(0, index).some((e) => e.type === 'DeclarantChoseUnilateral');
  return chose || (start?.type === 'CaseStarted' && start.path === 'unilateral')
    ? 'unilateral'
    : 'joint';
}

/** Rule 2: both signatures (joint) or a recorded service (unilateral) before registration. */
export function checkRule2(events: readonly CaseEvent[]): void {
  for (const i of indexesOf(events, 'TerminationRegistered')) {
    const before = events.slice(0, i);
    if (pathBefore(events, i) === 'joint') {
      assert.ok(
        before.some((e) => e.type === 'DeclarationSigned' && e.path === 'joint'),
        'rule 2',
      );
      assert.ok(
        before.some((e) => e.type === 'PartnerSigned'),
        'rule 2: partner signed',
      );
    } else {
      assert.ok(
        before.some((e) => e.type === 'ServiceRecorded'),
        'rule 2: served',
      );
    }
  }
}

/** Rule 3: no bailiff before a payment; one payment at most, never taken twice. */
export function checkRule3(events: readonly CaseEvent[]): void {
  const paid = indexesOf(events, 'PaymentSucceeded');
  assert.ok(paid.length <= 1, 'rule 3: at most one payment');
  const refunded = indexesOf(events, 'PaymentRefunded').length;
  assert.ok(paid.length - refunded <= 1 && refunded <= paid.length, 'rule 3: refunds');
  for (const i of indexesOf(events, 'BailiffEngaged')) {
    assert.ok(paid.length === 1 && (paid[0] ?? Infinity) < i, 'rule 3: bailiff after payment');
  }
}

/** The bailiff's invoice: settled once, after the service and the deposit; then refunded or paid once. */
export function checkSettlement(events: readonly CaseEvent[]): void {
  const settled = events.flatMap((e, i) => (e.type === 'InvoiceSettled' ? [[e, i] as const] : []));
  assert.ok(settled.length <= 1, 'one invoice per case');
  const after = events.filter((e) => e.type === 'SettlementRefunded' || e.type === 'SettlementPaid');
  const [first] = settled;
  if (first === undefined) return assert.equal(after.length, 0, 'nothing settled: nothing to pay back');
  const [invoice, at] = first;
  const before = events.slice(0, at);
  assert.ok(before.some((e) => e.type === 'ServiceRecorded'), 'settled after the service');
  const deposit = before.find((e) => e.type === 'PaymentSucceeded');
  assert.ok(deposit?.type === 'PaymentSucceeded' && deposit.amountCents === invoice.depositCents);
  assert.equal(invoice.differenceCents, invoice.invoiceCents - invoice.depositCents);
  assert.ok(after.length <= 1, 'the difference moves once');
  for (const e of after) {
    assert.ok(events.indexOf(e) > at);
    const expected = e.type === 'SettlementRefunded' ? -invoice.differenceCents : invoice.differenceCents;
    assert.ok(expected > 0, 'refunded only when the deposit was higher, paid only when lower');
    if (e.type === 'SettlementRefunded' || e.type === 'SettlementPaid') assert.equal(e.amountCents, expected);
  }
}

/** Rule 7: the effective date is the registration's Brussels date, after all that came first. */
export function checkRule7(events: readonly CaseEvent[]): void {
  for (const i of indexesOf(events, 'TerminationRegistered')) {
    const registered = events[i];
    assert.ok(registered?.type === 'TerminationRegistered');
    assert.equal(registered.effectiveDate, brusselsDate(registered.at), 'rule 7');
    for (const e of events.slice(0, i)) {
      const signed = e.type === 'DeclarationSigned' || e.type === 'PartnerSigned';
      if (signed) assert.ok(brusselsDate(e.at) <= registered.effectiveDate, 'rule 7: signature');
      if (e.type === 'ServiceRecorded')
        assert.ok(e.serviceDate <= registered.effectiveDate, 'rule 7');
    }
  }
}

/** Rule 8: only the register lapses a case, for one of its partners, and then it is lapsed. */
export function checkRule8(events: readonly CaseEvent[], state: CaseState): void {
  const lapses = events.filter((e) => e.type === 'Lapsed');
  assert.ok(lapses.length <= 1, 'rule 8: one lapse');
  for (const e of lapses) {
    assert.equal(e.actor.role, 'register');
    assert.ok(e.type === 'Lapsed' && [state.declarant, state.partner].includes(e.person));
    assert.equal(state.status, 'lapsed');
  }
}

const staff = ['counter', 'civil_affairs', 'registrar', 'administrator'];
const backOffice = ['civil_affairs', 'registrar', 'administrator'];

/** Who may be the author of each kind of event; the system for every automatic step. */
const authors: Partial<Record<CaseEvent['type'], readonly string[]>> = {
  CaseStarted: ['declarant', 'counter'],
  DeclarationSigned: ['declarant'],
  DeclarantChoseUnilateral: ['declarant'],
  PartnerSigned: ['partner'],
  PartnerRefused: ['partner'],
  CounterVisitRecorded: ['counter', 'civil_affairs', 'registrar'],
  BailiffAccepted: ['bailiff'],
  BailiffDeclined: ['bailiff'],
  ServiceRecorded: ['bailiff'],
  ServiceFailed: ['bailiff'],
  RegistrationApproved: ['registrar'],
  TerminationRegistered: ['system', 'registrar'],
  Withdrawn: ['declarant', ...staff],
  Lapsed: ['register'],
  StaffOverride: backOffice,
  FollowUpResolved: [...staff, 'system'],
  PartnerReminded: ['system'],
  PartnerDeadlinePassed: ['system'],
  DeclarantReminded: ['system'],
  PaymentReminded: ['system'],
  Expired: ['system'],
  ServiceDeadlinePassed: ['system'],
  InvoiceSettled: ['civil_affairs', 'registrar', 'administrator'],
  SettlementRefunded: ['system'],
};

/** Each event's author has an allowed role and is this case's person for citizen roles. */
export function checkActors(events: readonly CaseEvent[], state: CaseState): void {
  for (const e of events) {
    const allowed = authors[e.type];
    if (allowed !== undefined)
      assert.ok(allowed.includes(e.actor.role), `${e.type} by ${e.actor.role}`);
    if (e.actor.role === 'declarant') assert.equal(e.actor.id, state.declarant, e.type);
    if (e.actor.role === 'partner') assert.equal(e.actor.id, state.partner, e.type);
    if (e.type === 'ServiceRecorded') assert.equal(e.actor.id, e.bailiffId);
  }
  const engaged = events.flatMap((e) => (e.type === 'BailiffEngaged' ? [e.bailiffId] : []));
  for (const e of events) {
    if (e.actor.role === 'bailiff') assert.ok(engaged.includes(e.actor.id), 'an engaged bailiff');
  }
}

/** What each status means in facts. */
export function checkStatusFacts(state: CaseState): void {
  const paid = state.payment?.status === 'succeeded';
  const served = state.service !== null;
  const jointSigned = state.signatures.filter((s) => s.path === 'joint').length === 2;
  if (state.status === 'awaiting_service') {
    assert.ok(paid && state.receipt !== null && state.path === 'unilateral', 'awaiting_service');
  }
  if (state.status === 'registering') {
    assert.ok(
      state.receipt !== null && (state.path === 'joint' ? jointSigned : served),
      'registering',
    );
  }
  if (state.status === 'completed') {
    assert.ok(state.registration !== null, 'completed');
    assert.equal(
      state.payment?.refundRequestedAt ?? null,
      null,
      'a completed case keeps its payment',
    );
  }
  if (state.bailiff !== null)
    assert.ok(state.payment?.paidAt != null, 'rule 3: bailiff only if paid');
}

export function checkDeadlines(state: CaseState): void {
  const list = deadlines(state);
  if (!isOpen(state.status)) return assert.deepEqual(list, [], 'no timers on a closed case');
  assert.equal(new Set(list.map((d) => d.name)).size, list.length, 'deadline names are unique');
  for (const d of list) {
    assert.ok(state.clock !== null && d.dueAt > state.clock.startedAt, `${d.name} after the start`);
    assert.equal(d.command.caseId, state.caseId);
    assert.equal(d.command.actor.role, 'system');
  }
}

/** Effects never engage a bailiff or refund without a payment, nor register without rule 2. */
export function checkEffects(emitted: readonly CaseEvent[], before: CaseState | null): void {
  let state = before;
  for (const event of emitted) {
    const after = evolve(state, event);
    for (const effect of effects(event, after)) {
      if (effect.kind === 'engage_bailiff') assert.ok(after.payment?.status === 'succeeded');
      if (effect.kind === 'refund_payment' && event.type === 'InvoiceSettled') {
        assert.ok(after.service !== null && after.payment?.status === 'succeeded', 'settled');
        assert.equal(effect.amountCents, -event.differenceCents, 'refund of the difference');
        assert.ok(effect.amountCents > 0 && effect.amountCents <= event.depositCents, 'no more than the deposit');
      } else if (effect.kind === 'refund_payment') {
        assert.ok(after.payment?.paidAt != null && after.status !== 'completed', 'refund');
      }
      if (effect.kind === 'request_payment' && event.type === 'InvoiceSettled') {
        assert.equal(effect.amountCents, event.differenceCents, 'the balance of the invoice');
      }
      if (effect.kind === 'register_termination') assert.equal(after.status, 'registering');
    }
    state = after;
  }
}

/** All checks after a step that emitted events. */
export function checkHistory(
  events: readonly CaseEvent[],
  state: CaseState,
  previous: CaseStatus | null,
): void {
  const folded = fold(events);
  if (JSON.stringify(folded) !== JSON.stringify(state)) assert.deepEqual(folded, state, 'fold');
  assertPlainJson(state);
  assert.equal(state.status, expectedStatus(events), 'status follows from the events');
  if (previous !== null && !isOpen(previous))
    assert.equal(state.status, previous, 'closed is final');
  checkStatusFacts(state);
  checkActors(events, state);
  checkRule2(events);
  checkRule3(events);
  checkSettlement(events);
  checkRule7(events);
  checkRule8(events, state);
  checkDeadlines(state);
}
