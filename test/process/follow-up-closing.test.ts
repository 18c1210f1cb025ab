// A follow-up closes when the case moves on: the status change that answers it resolves it,
// by the system, in the same command; a follow-up the move does not answer stays open.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { closesOnMove, followUpOpenIn, followUpDueAt } from '../../src/process/follow-up-tasks.ts';
import { allStatuses, isClosed } from '../../src/process/index.ts';
import type { FollowUpTopic } from '../../src/process/index.ts';
import {
  actors, awaitingChoice, awaitingPartner, awaitingPayment, awaitingService, command, pay,
  register, registeringJoint, serve, types,
} from './helpers.ts';

function open(run: ReturnType<typeof awaitingPartner>) {
  return run.current.followUps.filter((f) => f.resolvedAt === null).map((f) => f.topic);
}

describe('a follow-up closes when the case moves on', () => {
  test('refusal: open while the declarant chooses, resolved by the system once chosen', () => {
    const run = awaitingChoice();
    assert.deepEqual(open(run), ['refusal']);
    const emitted = run.run(command('ContinueUnilaterally', actors.declarant));
    assert.equal(types(emitted).at(-1), 'FollowUpResolved');
    const resolved = emitted.at(-1);
    assert.equal(resolved?.actor.role, 'system');
    assert.equal(resolved?.at, emitted[0]?.at);
    assert.deepEqual(open(run), []);
    assert.equal(run.current.followUps[0]?.resolvedBy?.role, 'system');
    assert.equal(run.current.followUps[0]?.resolution, null);
  });

  test('partner silence: resolved when the declarant withdraws', () => {
    const run = awaitingPartner();
    run.fire('partner-answer');
    assert.deepEqual(open(run), ['partner_silence']);
    run.run(command('Withdraw', actors.declarant));
    assert.equal(run.status, 'withdrawn');
    assert.deepEqual(open(run), []);
  });

  test('unpaid: resolved when paid, the paying command carries the resolution', () => {
    const run = awaitingPayment();
    run.fire('payment-due');
    assert.deepEqual(open(run), ['unpaid']);
    const emitted = pay(run);
    assert.ok(types(emitted).includes('FollowUpResolved'));
    assert.deepEqual(open(run), []);
  });

  test('bailiff late: open until served, then resolved', () => {
    const run = awaitingService();
    run.fire('service-warning');
    assert.deepEqual(open(run), ['bailiff_late']);
    serve(run);
    assert.notEqual(run.status, 'awaiting_service');
    assert.deepEqual(open(run), []);
  });

  test('registration late: resolved when registered', () => {
    const run = registeringJoint({ registrationWorkingDays: 1 });
    run.fire('registration-due');
    assert.deepEqual(open(run), ['registration_late']);
    register(run);
    assert.equal(run.status, 'completed');
    assert.deepEqual(open(run), []);
  });

  test('an unreachable citizen stays open across steps, and closes with the case', () => {
    const run = awaitingPayment();
    run.run(command('RaiseFollowUp', actors.system, {
      topic: 'citizen_unreachable', reason: 'mail bounced',
    }));
    pay(run);
    assert.equal(run.status, 'awaiting_service');
    assert.deepEqual(open(run), ['citizen_unreachable']);
    run.run(command('Withdraw', actors.declarant));
    assert.deepEqual(open(run), []);
  });

  test('a command that changes no status resolves nothing', () => {
    const run = awaitingChoice();
    const emitted = run.run(command('RaiseFollowUp', actors.civilAffairs, {
      topic: 'other', reason: 'call the declarant',
    }));
    assert.deepEqual(types(emitted), ['FollowUpRaised']);
    assert.deepEqual(open(run), ['refusal', 'other']);
  });

  test('a follow-up resolved by hand keeps who resolved it and the note', () => {
    const run = awaitingChoice();
    const followUpId = run.current.followUps[0]?.id ?? '';
    run.run(command('ResolveFollowUp', actors.civilAffairs, { followUpId, reason: 'called' }));
    const emitted = run.run(command('ContinueUnilaterally', actors.declarant));
    assert.ok(!types(emitted).includes('FollowUpResolved'), 'not resolved twice');
    assert.deepEqual(run.current.followUps[0]?.resolvedBy, actors.civilAffairs);
    assert.equal(run.current.followUps[0]?.resolution, 'called');
  });
});

describe('the table of statuses a follow-up stays open in', () => {
  const topics = Object.keys(followUpOpenIn) as FollowUpTopic[];

  test('every follow-up closes when the case closes, and never on a non-move', () => {
    for (const topic of topics) {
      for (const from of allStatuses) {
        assert.equal(closesOnMove(topic, from, from), false, `${topic} ${from}`);
        for (const to of allStatuses) {
          if (from !== to && isClosed(to)) assert.ok(closesOnMove(topic, from, to), topic);
        }
      }
    }
  });

  test('a follow-up raised outside its statuses is left for the case to close', () => {
    assert.equal(closesOnMove('register_failure', 'awaiting_service', 'registering'), false);
    assert.equal(closesOnMove('register_failure', 'registering', 'awaiting_service'), true);
    assert.equal(closesOnMove('unpaid', 'awaiting_payment', 'awaiting_service'), true);
    assert.equal(closesOnMove('refusal', 'awaiting_partner', 'awaiting_declarant_choice'), false);
  });
});

describe('the due date of a follow-up task, in Belgian working days', () => {
  test('a refusal on Thursday before Easter is due at the end of Tuesday after Easter Monday', () => {
    // Two working days: Friday 3 April 2026, then Tuesday 7 April (Easter Monday is a holiday).
    assert.equal(followUpDueAt('refusal', '2026-04-02T12:00:00.000Z'), '2026-04-07T22:00:00.000Z');
  });

  test('a register failure on a Friday evening is due on Monday', () => {
    assert.equal(followUpDueAt('register_failure', '2026-03-06T19:00:00.000Z'),
      '2026-03-09T23:00:00.000Z');
  });
});
