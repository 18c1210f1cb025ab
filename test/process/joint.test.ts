// The joint path: both partners sign; refusal and silence lead to the declarant's choice.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { refusalReasonForDeclarant, type Effect } from '../../src/process/index.ts';
import {
  actors,
  awaitingChoice,
  awaitingPartner,
  command,
  DECLARANT,
  PARTNER,
  pay,
  register,
  registeringJoint,
  settingsWith,
  started,
  types,
} from './helpers.ts';

function notes(list: Effect[]): string[] {
  return list.flatMap((e) => (e.kind === 'notify' ? [`${e.recipient}:${e.template}`] : [e.kind]));
}

describe('joint, online filing mode', () => {
  test('draft -> awaiting_partner: the declarant signs and the partner is invited', () => {
    const run = started();
    const emitted = run.run(command('SignDeclaration', actors.declarant));
    assert.deepEqual(types(emitted), ['DeclarationSigned', 'PartnerInvited']);
    assert.equal(run.status, 'awaiting_partner');
    assert.deepEqual(notes(run.effectsOf(emitted)), [
      'declarant:declaration_signed',
      'partner:partner_invited',
    ]);
    assert.equal(emitted[1]?.actor.role, 'system');
  });

  test('awaiting_partner -> registering: the partner signs, the receipt follows', () => {
    const run = awaitingPartner();
    const emitted = run.run(command('SignAsPartner', actors.partner));
    assert.deepEqual(types(emitted), ['PartnerSigned', 'DeclarationReceived']);
    assert.equal(run.status, 'registering');
    assert.equal(run.current.receipt?.number, `11002-20260302-case-0001`);
    assert.ok(run.effectsOf(emitted).some((e) => e.kind === 'register_termination'));
  });

  test('happy path to completed, with the effects of the registration', () => {
    const run = registeringJoint();
    const emitted = register(run);
    assert.equal(run.status, 'completed');
    assert.deepEqual(notes(run.effectsOf(emitted)), [
      'declarant:termination_registered',
      'partner:termination_registered',
      'refresh_household',
      'issue_certificates',
    ]);
  });

  test('only the partner signs as partner; the declarant cannot sign twice', () => {
    const run = awaitingPartner();
    run.refuses(command('SignAsPartner', actors.declarant), 'role_not_allowed');
    run.refuses(command('SignAsPartner', { role: 'partner', id: DECLARANT }), 'not_a_party');
    run.refuses(command('SignDeclaration', actors.declarant), 'command_not_allowed_in_state');
  });

  test('awaiting_partner -> awaiting_payment when the joint declaration has a fee', () => {
    const run = awaitingPartner({ jointFeeCents: 2500 });
    const emitted = run.run(command('SignAsPartner', actors.partner));
    assert.deepEqual(types(emitted), ['PartnerSigned', 'PaymentRequested']);
    assert.equal(run.status, 'awaiting_payment');
    const effects = run.effectsOf(emitted);
    assert.deepEqual(effects.at(-1), {
      kind: 'request_payment',
      amountCents: 2500,
      purpose: 'joint_fee',
    });
    const paid = pay(run);
    assert.deepEqual(types(paid), ['PaymentSucceeded', 'DeclarationReceived']);
    assert.equal(run.status, 'registering');
    assert.equal(run.current.receipt?.date, '2026-03-02');
    const completed = register(run);
    assert.equal(
      run.effectsOf(completed).some((e) => e.kind === 'refund_payment'),
      false,
    );
    assert.equal(run.current.payment?.refundRequestedAt, null);
  });
});

describe('joint, counter filing mode', () => {
  test('both sign online, then the counter visit hands over and the receipt follows', () => {
    const run = awaitingPartner({ filingMode: 'counter' });
    const signed = run.run(command('SignAsPartner', actors.partner));
    assert.deepEqual(types(signed), ['PartnerSigned']);
    assert.equal(run.status, 'awaiting_counter_visit');
    assert.deepEqual(notes(run.effectsOf(signed)), [
      'declarant:book_counter_visit',
      'partner:book_counter_visit',
    ]);
    run.refuses(
      command('RecordCounterVisit', actors.declarant, { presentedBy: DECLARANT, byProxy: false }),
      'role_not_allowed',
    );
    const visit = run.run(
      command('RecordCounterVisit', actors.counter, {
        presentedBy: PARTNER,
        byProxy: false,
      }),
    );
    assert.deepEqual(types(visit), ['CounterVisitRecorded', 'DeclarationReceived']);
    assert.equal(run.status, 'registering');
    assert.equal(run.current.counterVisit?.presentedBy, PARTNER);
    register(run);
    assert.equal(run.status, 'completed');
  });

  test('a visit by someone who did not sign is refused', () => {
    const run = awaitingPartner({ filingMode: 'counter' });
    run.run(command('SignAsPartner', actors.partner));
    const cmd = command('RecordCounterVisit', actors.counter, {
      presentedBy: '99999999999',
      byProxy: true,
    });
    run.refuses(cmd, 'invalid_input');
  });

  test('with a fee, the counter visit leads to the payment', () => {
    const run = awaitingPartner({ filingMode: 'counter', jointFeeCents: 1500 });
    run.run(command('SignAsPartner', actors.partner));
    const visit = run.run(
      command('RecordCounterVisit', actors.counter, { presentedBy: DECLARANT, byProxy: false }),
    );
    assert.deepEqual(types(visit), ['CounterVisitRecorded', 'PaymentRequested']);
    assert.equal(run.status, 'awaiting_payment');
  });
});

describe('refusal by the partner', () => {
  test('awaiting_partner -> awaiting_declarant_choice, the municipality gets a follow-up', () => {
    const run = awaitingPartner();
    const emitted = run.run(
      command('RefuseAsPartner', actors.partner, { shareWithDeclarant: false }),
    );
    assert.deepEqual(types(emitted), ['PartnerRefused', 'FollowUpRaised']);
    assert.equal(run.status, 'awaiting_declarant_choice');
    assert.deepEqual(notes(run.effectsOf(emitted)), [
      'declarant:partner_refused',
      'municipality:follow_up_refusal',
    ]);
    assert.equal(run.current.followUps[0]?.topic, 'refusal');
  });

  test('a reason that is not shared is kept but never shown to the declarant', () => {
    const run = awaitingPartner();
    const emitted = run.run(
      command('RefuseAsPartner', actors.partner, {
        shareWithDeclarant: false,
        reason: 'I need more time',
      }),
    );
    const [refused] = emitted;
    assert.equal(refused?.reason, 'I need more time');
    assert.equal(refused?.type === 'PartnerRefused' && refused.shareWithDeclarant, false);
    assert.equal(run.current.refusal?.reason, 'I need more time');
    assert.equal(refusalReasonForDeclarant(run.current), null);
    assert.deepEqual(notes(run.effectsOf(emitted))[0], 'declarant:partner_refused');
  });

  test('a shared reason is shown to the declarant', () => {
    const run = awaitingPartner();
    const emitted = run.run(
      command('RefuseAsPartner', actors.partner, {
        shareWithDeclarant: true,
        reason: 'We should talk first',
      }),
    );
    assert.equal(refusalReasonForDeclarant(run.current), 'We should talk first');
    assert.deepEqual(notes(run.effectsOf(emitted))[0], 'declarant:partner_refused_with_reason');
  });

  test('sharing an empty reason shows nothing', () => {
    const run = awaitingPartner();
    run.run(command('RefuseAsPartner', actors.partner, { shareWithDeclarant: true, reason: '  ' }));
    assert.equal(refusalReasonForDeclarant(run.current), null);
  });
});

describe('partner silence and the partner clock', () => {
  test('reminders on day 7 and 12 at 09:00 Brussels time, the answer due after day 14', () => {
    const run = awaitingPartner();
    assert.deepEqual(run.deadlineNames(), [
      'partner-reminder-7',
      'partner-reminder-12',
      'partner-answer',
    ]);
    assert.equal(run.dueAt('partner-reminder-7'), '2026-03-09T08:00:00.000Z');
    // Day 12 is 14 March, still winter time (CET).
    assert.equal(run.dueAt('partner-reminder-12'), '2026-03-14T08:00:00.000Z');
    // Due by the end of 16 March, Brussels time.
    assert.equal(run.dueAt('partner-answer'), '2026-03-16T23:00:00.000Z');
  });

  test('a timer fired early is refused', () => {
    const run = awaitingPartner();
    run.refuses(command('PassPartnerDeadline', actors.system), 'deadline_not_reached');
    run.refuses(command('RemindPartner', actors.system, { day: 7 }), 'deadline_not_reached');
    run.refuses(
      command('RemindPartner', actors.system, { day: 8 }),
      'command_not_allowed_in_state',
    );
  });

  test('a reminder is sent once, then leaves the list', () => {
    const run = awaitingPartner();
    const emitted = run.fire('partner-reminder-7');
    assert.deepEqual(types(emitted), ['PartnerReminded']);
    assert.deepEqual(notes(run.effectsOf(emitted)), ['partner:partner_reminder']);
    assert.deepEqual(run.deadlineNames(), ['partner-reminder-12', 'partner-answer']);
    run.refuses(
      command('RemindPartner', actors.system, { day: 7 }),
      'command_not_allowed_in_state',
    );
  });

  test('awaiting_partner -> awaiting_declarant_choice when the partner says nothing', () => {
    const run = awaitingPartner();
    run.fire('partner-reminder-7');
    run.fire('partner-reminder-12');
    const emitted = run.fire('partner-answer');
    assert.deepEqual(types(emitted), ['PartnerDeadlinePassed', 'FollowUpRaised']);
    assert.equal(run.status, 'awaiting_declarant_choice');
    assert.deepEqual(notes(run.effectsOf(emitted)), [
      'declarant:partner_no_answer',
      'municipality:follow_up_partner_silence',
    ]);
    run.refuses(command('SignAsPartner', actors.partner), 'command_not_allowed_in_state');
  });

  test('only the system runs timers', () => {
    const run = awaitingPartner();
    run.refuses(command('PassPartnerDeadline', actors.registrar), 'role_not_allowed');
  });
});

describe("the declarant's choice", () => {
  test('awaiting_declarant_choice -> awaiting_payment: continue alone, online', () => {
    const run = awaitingChoice();
    const emitted = run.run(command('ContinueUnilaterally', actors.declarant));
    assert.deepEqual(types(emitted), [
      'DeclarantChoseUnilateral',
      'DeclarationSigned',
      'PaymentRequested',
      'FollowUpResolved',
    ]);
    assert.equal(run.status, 'awaiting_payment');
    assert.equal(run.current.path, 'unilateral');
    assert.equal(run.current.payment?.amountCents, settingsWith().depositCents);
  });

  test('awaiting_declarant_choice -> awaiting_counter_visit: continue alone, counter mode', () => {
    const run = awaitingChoice({ filingMode: 'counter' });
    const emitted = run.run(command('ContinueUnilaterally', actors.declarant));
    assert.deepEqual(types(emitted), [
      'DeclarantChoseUnilateral', 'DeclarationSigned', 'FollowUpResolved',
    ]);
    assert.equal(run.status, 'awaiting_counter_visit');
  });

  test('only the declarant chooses', () => {
    const run = awaitingChoice();
    run.refuses(command('ContinueUnilaterally', actors.partner), 'role_not_allowed');
    run.refuses(command('ContinueUnilaterally', actors.partnerAsDeclarant), 'not_a_party');
  });

  test('awaiting_declarant_choice -> withdrawn: the declarant stops', () => {
    const run = awaitingChoice();
    run.run(command('Withdraw', actors.declarant));
    assert.equal(run.status, 'withdrawn');
  });

  test('reminder on day 21, then awaiting_declarant_choice -> expired after day 30', () => {
    const run = awaitingChoice();
    assert.deepEqual(run.deadlineNames(), ['declarant-reminder-21', 'declarant-choice']);
    // Refused on 2 March: due by the end of 1 April (CEST), reminder 23 March 09:00 (CET).
    assert.equal(run.dueAt('declarant-reminder-21'), '2026-03-23T08:00:00.000Z');
    assert.equal(run.dueAt('declarant-choice'), '2026-04-01T22:00:00.000Z');
    assert.deepEqual(notes(run.effectsOf(run.fire('declarant-reminder-21'))), [
      'declarant:choice_reminder',
    ]);
    const emitted = run.fire('declarant-choice');
    assert.deepEqual(types(emitted), ['Expired', 'FollowUpResolved']);
    assert.equal(run.status, 'expired');
    assert.deepEqual(notes(run.effectsOf(emitted)), [
      'declarant:case_expired',
      'partner:case_expired',
    ]);
  });
});
