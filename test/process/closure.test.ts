// Withdrawal, lapse and staff overrides.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Effect } from '../../src/process/index.ts';
import {
  actors,
  awaitingChoice,
  awaitingPartner,
  awaitingPayment,
  awaitingService,
  command,
  DECLARANT,
  PARTNER,
  pay,
  registeringJoint,
  serve,
  settingsWith,
  started,
  types,
} from './helpers.ts';

function notes(list: Effect[]): string[] {
  return list.flatMap((e) => (e.kind === 'notify' ? [`${e.recipient}:${e.template}`] : [e.kind]));
}

describe('withdrawal', () => {
  test('paid and not yet served: the deposit is refunded and the bailiff stood down', () => {
    const run = awaitingService();
    const emitted = run.run(command('Withdraw', actors.declarant, { reason: 'we made up' }));
    assert.deepEqual(types(emitted), ['Withdrawn']);
    assert.equal(run.status, 'withdrawn');
    const effects = run.effectsOf(emitted);
    assert.deepEqual(notes(effects), [
      'declarant:case_withdrawn',
      'refund_payment',
      'bailiff:bailiff_assignment_cancelled',
    ]);
    assert.deepEqual(effects[1], {
      kind: 'refund_payment',
      paymentId: 'pay-1',
      amountCents: 25_000,
    });
    assert.equal(run.current.closure?.reason, 'we made up');
    const refunded = run.run(command('RecordRefund', actors.system, { paymentId: 'pay-1' }));
    assert.deepEqual(notes(run.effectsOf(refunded)), ['declarant:payment_refunded']);
    assert.equal(run.current.payment?.status, 'refunded');
    assert.deepEqual(run.run(command('RecordRefund', actors.system, { paymentId: 'pay-1' })), []);
  });

  test('after the service there is no refund; the served partner is told', () => {
    const run = awaitingService();
    serve(run);
    const emitted = run.run(command('Withdraw', actors.declarant));
    assert.deepEqual(notes(run.effectsOf(emitted)), [
      'declarant:case_withdrawn',
      'partner:case_withdrawn',
    ]);
    run.refuses(
      command('RecordRefund', actors.system, { paymentId: 'pay-1' }),
      'command_not_allowed_in_state',
    );
  });

  test('unpaid: the open request is cancelled; a partner never contacted is not told', () => {
    const run = awaitingPayment();
    const emitted = run.run(command('Withdraw', actors.declarant));
    assert.deepEqual(notes(run.effectsOf(emitted)), ['declarant:case_withdrawn', 'cancel_payment']);
  });

  test('an invited partner is told of the withdrawal', () => {
    const run = awaitingPartner();
    const emitted = run.run(command('Withdraw', actors.declarant));
    assert.deepEqual(notes(run.effectsOf(emitted)), [
      'declarant:case_withdrawn',
      'partner:case_withdrawn',
    ]);
  });

  test('staff may withdraw for the declarant only with a reason; the partner may not', () => {
    const run = awaitingPartner();
    run.refuses(command('Withdraw', actors.counter), 'reason_required');
    run.refuses(command('Withdraw', actors.counter, { reason: '   ' }), 'reason_required');
    run.refuses(command('Withdraw', actors.partner, { reason: 'no' }), 'role_not_allowed');
    run.run(command('Withdraw', actors.counter, { reason: 'declarant asked at the counter' }));
    assert.equal(run.status, 'withdrawn');
    assert.equal(run.current.closure?.actor.role, 'counter');
  });

  test('every open status can be withdrawn', () => {
    const runs = [
      started(),
      awaitingPartner(),
      awaitingChoice(),
      awaitingPayment(),
      awaitingService(),
      registeringJoint(),
    ];
    const counter = started({
      path: 'unilateral',
      settings: settingsWith({ filingMode: 'counter' }),
    });
    counter.run(command('SignDeclaration', actors.declarant));
    for (const run of [...runs, counter]) {
      const before = run.status;
      run.run(command('Withdraw', actors.declarant));
      assert.equal(run.status, 'withdrawn', `from ${before}`);
    }
  });
});

describe('lapse (rule 8)', () => {
  test('by marriage of the partner: both are told, the deposit is refunded', () => {
    const run = awaitingService();
    const emitted = run.run(
      command('RecordLapse', actors.register, {
        cause: 'marriage',
        person: PARTNER,
        eventDate: '2026-03-02',
      }),
    );
    assert.equal(run.status, 'lapsed');
    assert.deepEqual(notes(run.effectsOf(emitted)), [
      'declarant:case_lapsed_marriage',
      'municipality:case_lapsed_marriage',
      'refund_payment',
      'bailiff:bailiff_assignment_cancelled',
    ]);
    assert.equal(run.current.closure?.person, PARTNER);
  });

  test('by marriage of the declarant while the partner was invited: both are told', () => {
    const run = awaitingPartner();
    const emitted = run.run(
      command('RecordLapse', actors.register, {
        cause: 'marriage',
        person: DECLARANT,
        eventDate: '2026-03-02',
      }),
    );
    assert.deepEqual(notes(run.effectsOf(emitted)), [
      'declarant:case_lapsed_marriage',
      'partner:case_lapsed_marriage',
      'municipality:case_lapsed_marriage',
    ]);
  });

  test('by death of the partner: the declarant is told, not the one who died', () => {
    const run = awaitingPartner();
    const emitted = run.run(
      command('RecordLapse', actors.register, {
        cause: 'death',
        person: PARTNER,
        eventDate: '2026-03-02',
      }),
    );
    assert.equal(run.status, 'lapsed');
    assert.deepEqual(notes(run.effectsOf(emitted)), [
      'declarant:case_lapsed_death',
      'municipality:case_lapsed_death',
    ]);
  });

  test('a lapse closes the case from the choice and from the counter visit too', () => {
    const choice = awaitingChoice();
    const counter = awaitingPartner({ filingMode: 'counter' });
    counter.run(command('SignAsPartner', actors.partner));
    for (const run of [choice, counter]) {
      run.run(
        command('RecordLapse', actors.register, {
          cause: 'marriage',
          person: DECLARANT,
          eventDate: '2026-03-02',
        }),
      );
      assert.equal(run.status, 'lapsed');
    }
  });

  test('a bad event date is refused', () => {
    const run = awaitingPartner();
    run.refuses(
      command('RecordLapse', actors.register, {
        cause: 'death',
        person: PARTNER,
        eventDate: '2 March',
      }),
      'invalid_input',
    );
  });
});

describe('staff override', () => {
  test('without a reason it is refused', () => {
    const run = awaitingChoice();
    run.refuses(
      command('OverrideStatus', actors.registrar, { to: 'awaiting_partner', reason: '' }),
      'reason_required',
    );
  });

  test('only the back office may override', () => {
    const run = awaitingChoice();
    const cmd = (actor: (typeof actors)[keyof typeof actors]) =>
      command('OverrideStatus', actor, { to: 'awaiting_partner', reason: 'partner called' });
    run.refuses(cmd(actors.declarant), 'role_not_allowed');
    run.refuses(cmd(actors.counter), 'role_not_allowed');
    run.refuses(cmd(actors.system), 'role_not_allowed');
  });

  test('with a reason: back to awaiting_partner, the partner invited again on a new clock', () => {
    const run = awaitingChoice();
    const at = '2026-03-20T10:00:00.000Z';
    const emitted = run.run(
      command('OverrideStatus', actors.civilAffairs, {
        to: 'awaiting_partner',
        reason: 'partner called: will sign after all',
      }),
      at,
    );
    // The refusal's follow-up is answered: the case left the declarant's choice.
    assert.deepEqual(types(emitted), ['StaffOverride', 'PartnerInvited', 'FollowUpResolved']);
    assert.equal(run.status, 'awaiting_partner');
    assert.equal(run.current.clock?.startedAt, at);
    assert.deepEqual(
      run.current.overrides.map((o) => [o.from, o.to, o.reason]),
      [['awaiting_declarant_choice', 'awaiting_partner', 'partner called: will sign after all']],
    );
    assert.deepEqual(notes(run.effectsOf(emitted)), [
      'declarant:case_status_changed',
      'partner:partner_invited',
    ]);
    run.run(command('SignAsPartner', actors.partner));
    assert.equal(run.status, 'registering');
  });

  test('awaiting_partner -> awaiting_declarant_choice by hand, on a new choice clock', () => {
    const run = awaitingPartner();
    const at = '2026-03-05T10:00:00.000Z';
    run.run(
      command('OverrideStatus', actors.registrar, {
        to: 'awaiting_declarant_choice',
        reason: 'partner refused by letter',
      }),
      at,
    );
    assert.equal(run.status, 'awaiting_declarant_choice');
    assert.deepEqual(run.current.clock?.name, 'declarant_choice');
    assert.equal(run.current.clock?.startedAt, at);
  });

  test('a joint counter case cannot skip the hand-over at the counter to registering', () => {
    const run = awaitingPartner({ filingMode: 'counter' });
    run.run(command('SignAsPartner', actors.partner));
    const noReceipt = command('OverrideStatus', actors.registrar, {
      to: 'registering',
      reason: 'x',
    });
    run.refuses(noReceipt, 'override_not_allowed');
  });

  test('a stuck payment: to awaiting_payment again after a failure asks a new payment', () => {
    const run = awaitingPayment({ filingMode: 'online' });
    run.run(command('RecordPaymentFailure', actors.system, { paymentId: 'p-1' }));
    run.run(
      command('OverrideStatus', actors.registrar, {
        to: 'awaiting_counter_visit',
        reason: 'pays at counter',
      }),
    );
    assert.equal(run.status, 'awaiting_counter_visit');
    const visit = run.run(
      command('RecordCounterVisit', actors.counter, { presentedBy: DECLARANT, byProxy: false }),
    );
    assert.deepEqual(types(visit), ['CounterVisitRecorded', 'PaymentRequested']);
    pay(run, 'p-2');
    assert.equal(run.status, 'awaiting_service');
  });

  test('never to a closed status, the same status, draft, or past a missing payment', () => {
    const run = awaitingPayment();
    const to = (status: string) =>
      command('OverrideStatus', actors.administrator, { to: status as 'draft', reason: 'test' });
    for (const status of [
      'completed',
      'withdrawn',
      'lapsed',
      'expired',
      'awaiting_payment',
      'draft',
    ]) {
      run.refuses(to(status), 'override_not_allowed');
    }
    run.refuses(to('awaiting_service'), 'override_not_allowed');
    run.refuses(to('registering'), 'override_not_allowed');
    run.refuses(to('awaiting_partner'), 'override_not_allowed');
  });

  test('not to the counter while a payment request is open or paid', () => {
    const run = awaitingPayment();
    const cmd = command('OverrideStatus', actors.registrar, {
      to: 'awaiting_counter_visit',
      reason: 'x',
    });
    run.refuses(cmd, 'override_not_allowed');
  });

  test('a served case stuck in review can be moved on and registered', () => {
    const run = awaitingService({ reviewBeforeRegistration: true });
    serve(run);
    assert.equal(run.status, 'registering');
    run.refuses(
      command('RegisterTermination', actors.system, { registerReference: 'R' }),
      'review_required',
    );
    run.run(command('ApproveRegistration', actors.registrar));
    run.run(command('RegisterTermination', actors.registrar, { registerReference: 'R' }));
    assert.equal(run.status, 'completed');
  });

  test('the bailiff override target needs payment (rule 3)', () => {
    const run = awaitingPayment();
    const cmd = command('OverrideStatus', actors.registrar, {
      to: 'awaiting_service',
      reason: 'x',
    });
    run.refuses(cmd, 'override_not_allowed');
    assert.equal(run.current.bailiff, null);
  });
});
