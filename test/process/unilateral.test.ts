// The unilateral path: payment, receipt, bailiff and service.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Effect } from '../../src/process/index.ts';
import {
  actors,
  awaitingPayment,
  awaitingService,
  BAILIFF,
  command,
  DECLARANT,
  ELSEWHERE,
  OTHER_BAILIFF,
  pay,
  register,
  serve,
  settingsWith,
  started,
  types,
} from './helpers.ts';

function notes(list: Effect[]): string[] {
  return list.flatMap((e) => (e.kind === 'notify' ? [`${e.recipient}:${e.template}`] : [e.kind]));
}

describe('unilateral from the start, online', () => {
  test('draft -> awaiting_payment: signing requests the deposit', () => {
    const run = started({ path: 'unilateral' });
    const emitted = run.run(command('SignDeclaration', actors.declarant));
    assert.deepEqual(types(emitted), ['DeclarationSigned', 'PaymentRequested']);
    assert.equal(run.status, 'awaiting_payment');
    assert.deepEqual(run.effectsOf(emitted).at(-1), {
      kind: 'request_payment',
      amountCents: 25_000,
      purpose: 'deposit',
    });
    assert.equal(run.current.partnerInvitedAt, null, 'the partner is not contacted');
  });

  test('awaiting_payment -> awaiting_service: receipt and 8-day clock start at payment', () => {
    const run = awaitingPayment();
    const paidAt = '2026-03-10T14:00:00.000Z';
    const emitted = run.run(
      command('RecordPaymentSuccess', actors.system, { paymentId: 'pay-1', amountCents: 25_000 }),
      paidAt,
    );
    assert.deepEqual(types(emitted), ['PaymentSucceeded', 'DeclarationReceived']);
    assert.equal(run.status, 'awaiting_service');
    assert.equal(run.current.receipt?.at, paidAt);
    assert.equal(run.current.clock?.startedAt, paidAt);
    // 8 calendar days after 10 March: due by the end of 18 March, Brussels time.
    assert.equal(run.dueAt('service-deadline'), '2026-03-18T23:00:00.000Z');
    assert.equal(run.dueAt('service-warning'), '2026-03-16T23:00:00.000Z');
    const received = emitted[1];
    assert.equal(
      received?.type === 'DeclarationReceived' && received.serviceDueAt,
      '2026-03-18T23:00:00.000Z',
    );
    assert.deepEqual(notes(run.effectsOf(emitted)), [
      'declarant:payment_received',
      'declarant:declaration_received',
      'engage_bailiff',
    ]);
  });

  test('the whole way: bailiff accepts, serves, registering -> completed', () => {
    const run = awaitingService();
    run.run(command('AcceptAssignment', actors.bailiff));
    assert.equal(run.current.bailiff?.status, 'accepted');
    const served = serve(run);
    assert.equal(run.status, 'registering');
    assert.deepEqual(notes(run.effectsOf(served)), [
      'declarant:service_recorded',
      'register_termination',
    ]);
    assert.equal(run.current.service?.deedReference, 'DEED-2026-0042');
    register(run);
    assert.equal(run.status, 'completed');
  });

  test('only the engaged bailiff serves, with a valid date, place, mode and deed', () => {
    const run = awaitingService();
    const good = {
      serviceDate: '2026-03-02',
      place: 'Antwerpen',
      mode: 'at_address' as const,
      deedReference: 'D-1',
    };
    run.refuses(command('RecordService', actors.otherBailiff, good), 'not_a_party');
    run.refuses(command('RecordService', actors.registrar, good), 'role_not_allowed');
    run.refuses(
      command('RecordService', actors.bailiff, { ...good, serviceDate: '2026-03-01' }),
      'invalid_input',
    );
    run.refuses(
      command('RecordService', actors.bailiff, { ...good, serviceDate: '2026-03-09' }),
      'invalid_input',
    );
    run.refuses(
      command('RecordService', actors.bailiff, { ...good, deedReference: ' ' }),
      'invalid_input',
    );
    run.refuses(
      command('RecordService', actors.bailiff, { ...good, mode: 'by_pigeon' as 'in_person' }),
      'invalid_input',
    );
  });

  test('the partner municipality is told of the declaration and of the registration', () => {
    const run = started({ path: 'unilateral', partnerMunicipality: ELSEWHERE });
    run.run(command('SignDeclaration', actors.declarant));
    const toOther = (list: Effect[]): Effect[] =>
      list.filter((e) => e.kind === 'notify_other_municipality');
    assert.deepEqual(toOther(run.effectsOf(pay(run))), [
      {
        kind: 'notify_other_municipality',
        municipality: ELSEWHERE,
        template: 'unilateral_declaration_received',
      },
    ]);
    run.run(command('EngageBailiff', actors.system, { bailiffId: BAILIFF }));
    serve(run);
    assert.deepEqual(toOther(run.effectsOf(register(run))), [
      {
        kind: 'notify_other_municipality',
        municipality: ELSEWHERE,
        template: 'termination_registered',
      },
    ]);
  });
});

describe('unilateral, counter filing mode', () => {
  test('draft -> awaiting_counter_visit -> awaiting_payment -> awaiting_service', () => {
    const run = started({ path: 'unilateral', settings: settingsWith({ filingMode: 'counter' }) });
    const signed = run.run(command('SignDeclaration', actors.declarant));
    assert.deepEqual(types(signed), ['DeclarationSigned']);
    assert.equal(run.status, 'awaiting_counter_visit');
    assert.deepEqual(notes(run.effectsOf(signed)), ['declarant:book_counter_visit']);
    const visit = run.run(
      command('RecordCounterVisit', actors.counter, { presentedBy: DECLARANT, byProxy: true }),
    );
    assert.deepEqual(types(visit), ['CounterVisitRecorded', 'PaymentRequested']);
    assert.equal(run.status, 'awaiting_payment');
    pay(run);
    assert.equal(run.status, 'awaiting_service');
    assert.ok(run.current.receipt !== null);
  });

  test('no payment can be recorded before the counter visit', () => {
    const run = started({ path: 'unilateral', settings: settingsWith({ filingMode: 'counter' }) });
    run.run(command('SignDeclaration', actors.declarant));
    const cmd = command('RecordPaymentSuccess', actors.system, {
      paymentId: 'p',
      amountCents: 25_000,
    });
    run.refuses(cmd, 'command_not_allowed_in_state');
  });
});

describe('the payment clock', () => {
  test('reminder on day 7, unpaid follow-up after day 14, expiry 14 days later', () => {
    const run = awaitingPayment();
    assert.deepEqual(run.deadlineNames(), ['payment-reminder-7', 'payment-due', 'payment-expiry']);
    assert.equal(run.dueAt('payment-reminder-7'), '2026-03-09T08:00:00.000Z');
    assert.equal(run.dueAt('payment-due'), '2026-03-16T23:00:00.000Z');
    // 28 days after 2 March: the end of 30 March, after the switch to summer time.
    assert.equal(run.dueAt('payment-expiry'), '2026-03-30T22:00:00.000Z');
    assert.deepEqual(notes(run.effectsOf(run.fire('payment-reminder-7'))), [
      'declarant:payment_reminder',
    ]);
    const unpaid = run.fire('payment-due');
    assert.deepEqual(types(unpaid), ['FollowUpRaised']);
    assert.deepEqual(notes(run.effectsOf(unpaid)), ['municipality:follow_up_unpaid']);
    assert.equal(run.status, 'awaiting_payment');
    assert.deepEqual(run.deadlineNames(), ['payment-expiry']);
    const expired = run.fire('payment-expiry');
    assert.deepEqual(types(expired), ['Expired', 'FollowUpResolved']);
    assert.equal(run.status, 'expired');
    assert.deepEqual(notes(run.effectsOf(expired)), ['declarant:case_expired', 'cancel_payment']);
  });

  test('a failed payment keeps the case waiting; a new request keeps the due date', () => {
    const run = awaitingPayment();
    const dueBefore = run.dueAt('payment-due');
    const failed = run.run(command('RecordPaymentFailure', actors.system, { paymentId: 'pay-1' }));
    assert.deepEqual(notes(run.effectsOf(failed)), ['declarant:payment_failed']);
    assert.equal(run.status, 'awaiting_payment');
    assert.equal(run.current.payment?.status, 'failed');
    run.refuses(
      command('RecordPaymentFailure', actors.system, { paymentId: 'pay-1' }),
      'command_not_allowed_in_state',
    );
    const again = run.run(command('RequestPayment', actors.declarant), '2026-03-05T10:00:00.000Z');
    assert.equal(again[0]?.type === 'PaymentRequested' && again[0].dueAt, dueBefore);
    assert.equal(run.dueAt('payment-due'), dueBefore);
    assert.equal(run.current.payment?.requestCount, 2);
    pay(run, 'pay-2');
    assert.equal(run.status, 'awaiting_service');
  });

  test('an expired payment session can be requested again', () => {
    const run = awaitingPayment();
    run.run(command('RecordPaymentExpiry', actors.system, { paymentId: 'pay-1' }));
    assert.equal(run.current.payment?.status, 'expired');
    run.run(command('RequestPayment', actors.system));
    assert.equal(run.current.payment?.status, 'requested');
  });

  test('a payment that arrives after the case expired is refunded at once', () => {
    const run = awaitingPayment();
    run.fire('payment-due');
    run.fire('payment-expiry');
    const emitted = pay(run, 'pay-late');
    assert.deepEqual(types(emitted), ['PaymentSucceeded']);
    assert.equal(run.status, 'expired');
    assert.deepEqual(run.effectsOf(emitted).at(-1), {
      kind: 'refund_payment',
      paymentId: 'pay-late',
      amountCents: 25_000,
    });
    run.run(command('RecordRefund', actors.system, { paymentId: 'pay-late' }));
    assert.equal(run.current.payment?.status, 'refunded');
    assert.equal(run.status, 'expired');
  });
});

describe('the service clock and the bailiff', () => {
  test('a failed attempt keeps the clock; the warning and the escalation follow', () => {
    const run = awaitingService();
    const clockStart = run.current.clock?.startedAt;
    run.refuses(
      command('RecordServiceFailure', actors.bailiff, { attemptDate: '2026-03-02' }),
      'reason_required',
    );
    const failed = run.run(
      command('RecordServiceFailure', actors.bailiff, {
        attemptDate: '2026-03-02',
        reason: 'nobody at the address',
      }),
    );
    assert.deepEqual(types(failed), ['ServiceFailed']);
    assert.deepEqual(notes(run.effectsOf(failed)), ['municipality:service_attempt_failed']);
    assert.equal(run.status, 'awaiting_service');
    assert.equal(run.current.clock?.startedAt, clockStart);
    const warning = run.fire('service-warning');
    assert.deepEqual(types(warning), ['FollowUpRaised']);
    assert.equal(run.current.followUps.at(-1)?.assignee, 'registrar');
    assert.deepEqual(notes(run.effectsOf(warning)), ['municipality:follow_up_bailiff_late']);
    const passed = run.fire('service-deadline');
    assert.deepEqual(types(passed), ['ServiceDeadlinePassed']);
    assert.deepEqual(notes(run.effectsOf(passed)), ['municipality:service_deadline_passed']);
    assert.equal(run.status, 'awaiting_service');
    assert.deepEqual(run.deadlineNames(), []);
  });

  test('after the escalation the registrar engages another bailiff, who serves', () => {
    const run = awaitingService();
    run.fire('service-warning');
    run.fire('service-deadline');
    run.refuses(
      command('EngageBailiff', actors.system, { bailiffId: OTHER_BAILIFF }),
      'bailiff_already_engaged',
    );
    run.refuses(
      command('EngageBailiff', actors.registrar, { bailiffId: OTHER_BAILIFF }),
      'reason_required',
    );
    const engaged = run.run(
      command('EngageBailiff', actors.registrar, {
        bailiffId: OTHER_BAILIFF,
        reason: 'first bailiff did not serve in time',
      }),
    );
    assert.deepEqual(notes(run.effectsOf(engaged)), [
      'bailiff:bailiff_assignment',
      'bailiff:bailiff_assignment_withdrawn',
    ]);
    run.refuses(command('AcceptAssignment', actors.bailiff), 'not_a_party');
    run.run(
      command('RecordService', actors.otherBailiff, {
        serviceDate: '2026-03-11',
        place: 'Gent',
        mode: 'public_prosecutor',
        deedReference: 'D-9',
      }),
      '2026-03-11T10:00:00.000Z',
    );
    assert.equal(run.status, 'registering');
    assert.equal(run.current.service?.bailiffId, OTHER_BAILIFF);
  });

  test('a bailiff who declines is not asked again', () => {
    const run = awaitingService();
    const declined = run.run(command('DeclineAssignment', actors.bailiff, { reason: 'conflict' }));
    assert.deepEqual(run.effectsOf(declined), [
      { kind: 'engage_bailiff', excludeBailiffIds: [BAILIFF] },
    ]);
    run.refuses(
      command('RecordService', actors.bailiff, {
        serviceDate: '2026-03-02',
        place: 'x',
        mode: 'in_person',
        deedReference: 'd',
      }),
      'not_a_party',
    );
    run.run(command('EngageBailiff', actors.system, { bailiffId: OTHER_BAILIFF }));
    assert.equal(run.current.bailiff?.id, OTHER_BAILIFF);
    assert.deepEqual(
      run.current.formerBailiffs.map((b) => [b.id, b.status]),
      [[BAILIFF, 'declined']],
    );
  });

  test('a bailiff accepts only once', () => {
    const run = awaitingService();
    run.run(command('AcceptAssignment', actors.bailiff));
    run.refuses(command('AcceptAssignment', actors.bailiff), 'command_not_allowed_in_state');
  });
});
