// Registering, the registration clock, and what a completed case still takes.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Effect } from '../../src/process/index.ts';
import { actors, awaitingPartner, command, register, registeringJoint, types } from './helpers.ts';

function notes(list: Effect[]): string[] {
  return list.flatMap((e) => (e.kind === 'notify' ? [`${e.recipient}:${e.template}`] : [e.kind]));
}

describe('review before registration', () => {
  test('the registrar approves first; then the register is asked', () => {
    const run = awaitingPartner({ reviewBeforeRegistration: true });
    const signed = run.run(command('SignAsPartner', actors.partner));
    assert.deepEqual(notes(run.effectsOf(signed)).slice(-1), [
      'municipality:registration_review_needed',
    ]);
    run.refuses(
      command('RegisterTermination', actors.system, { registerReference: 'R' }),
      'review_required',
    );
    run.refuses(command('ApproveRegistration', actors.civilAffairs), 'role_not_allowed');
    const approved = run.run(command('ApproveRegistration', actors.registrar));
    assert.deepEqual(run.effectsOf(approved), [{ kind: 'register_termination' }]);
    run.refuses(command('ApproveRegistration', actors.registrar), 'command_not_allowed_in_state');
    register(run);
    assert.equal(run.status, 'completed');
  });

  test('without review there is nothing to approve', () => {
    const run = registeringJoint();
    run.refuses(command('ApproveRegistration', actors.registrar), 'command_not_allowed_in_state');
  });
});

describe('the registration clock in Belgian working days', () => {
  test('two working days from Thursday before Easter end on Tuesday after Easter Monday', () => {
    const run = awaitingPartner();
    run.run(command('SignAsPartner', actors.partner), '2026-04-02T12:00:00.000Z');
    assert.deepEqual(run.deadlineNames(), ['registration-due']);
    // Friday 3 April, (weekend, Easter Monday 6 April), Tuesday 7 April: due by its end.
    assert.equal(run.dueAt('registration-due'), '2026-04-07T22:00:00.000Z');
    const late = run.fire('registration-due');
    assert.deepEqual(types(late), ['FollowUpRaised']);
    assert.equal(run.current.followUps[0]?.topic, 'registration_late');
    assert.equal(run.current.followUps[0]?.assignee, 'registrar');
    assert.deepEqual(run.deadlineNames(), []);
    assert.equal(run.status, 'registering');
  });

  test('a case still registering can be registered after the follow-up', () => {
    const run = registeringJoint();
    run.fire('registration-due', 60);
    register(run);
    assert.equal(run.status, 'completed');
  });
});

describe('after completion', () => {
  test('a shared address after the refresh offers the address change to both', () => {
    const run = registeringJoint();
    register(run);
    const refreshed = run.run(
      command('RecordHouseholdRefresh', actors.system, { sharedAddress: true }),
    );
    assert.deepEqual(notes(run.effectsOf(refreshed)), [
      'issue_certificates',
      'declarant:address_change_offer',
      'partner:address_change_offer',
    ]);
    assert.notEqual(run.current.householdRefreshedAt, null);
    const apart = run.run(
      command('RecordHouseholdRefresh', actors.system, { sharedAddress: false }),
    );
    assert.deepEqual(run.effectsOf(apart),
      [{ kind: 'issue_certificates', kinds: ['household'] }]);
  });

  test('the household extract follows the refresh, and its issue tells both partners', () => {
    const run = registeringJoint();
    register(run);
    run.refuses(
      command('RecordCertificate', actors.system, { certificateId: 'h-0', kind: 'household' }),
      'command_not_allowed_in_state',
    );
    run.run(command('RecordHouseholdRefresh', actors.system, { sharedAddress: false }));
    const issued = run.run(
      command('RecordCertificate', actors.system, { certificateId: 'h-1', kind: 'household' }),
    );
    assert.deepEqual(notes(run.effectsOf(issued)),
      ['declarant:certificates_ready', 'partner:certificates_ready']);
    const receipt = run.run(
      command('RecordCertificate', actors.system, { certificateId: 'r-1', kind: 'receipt' }),
    );
    assert.deepEqual(run.effectsOf(receipt), []);
  });

  test('the termination certificate waits for the registration; the receipt does not', () => {
    const run = registeringJoint();
    run.refuses(
      command('RecordCertificate', actors.system, { certificateId: 'c-1', kind: 'termination' }),
      'command_not_allowed_in_state',
    );
    run.run(command('RecordCertificate', actors.system, { certificateId: 'c-0', kind: 'receipt' }));
    register(run);
    run.run(
      command('RecordCertificate', actors.system, { certificateId: 'c-1', kind: 'termination' }),
    );
    assert.deepEqual(
      run.current.certificates.map((c) => c.kind),
      ['receipt', 'termination'],
    );
  });

  test('the household is refreshed only for a completed case', () => {
    const run = registeringJoint();
    run.refuses(
      command('RecordHouseholdRefresh', actors.system, { sharedAddress: false }),
      'command_not_allowed_in_state',
    );
  });
});

describe('follow-up tasks', () => {
  test('staff raise one with a reason, and resolve it', () => {
    const run = registeringJoint();
    run.refuses(
      command('RaiseFollowUp', actors.civilAffairs, { topic: 'citizen_unreachable' }),
      'reason_required',
    );
    const raised = run.run(
      command('RaiseFollowUp', actors.civilAffairs, {
        topic: 'citizen_unreachable',
        reason: 'phone number no longer works',
      }),
    );
    assert.deepEqual(notes(run.effectsOf(raised)), ['municipality:follow_up_citizen_unreachable']);
    const id = run.current.followUps[0]?.id ?? '';
    assert.equal(id, 'citizen_unreachable-1');
    run.run(
      command('ResolveFollowUp', actors.counter, { followUpId: id, reason: 'reached by mail' }),
    );
    run.refuses(
      command('ResolveFollowUp', actors.counter, { followUpId: id }),
      'follow_up_not_found',
    );
    run.refuses(
      command('ResolveFollowUp', actors.declarant, { followUpId: id }),
      'role_not_allowed',
    );
  });

  test('the process raises its own topics; timer topics only from a due timer', () => {
    const run = registeringJoint();
    run.refuses(
      command('RaiseFollowUp', actors.registrar, { topic: 'refusal', reason: 'x' }),
      'invalid_input',
    );
    run.refuses(
      command('RaiseFollowUp', actors.registrar, { topic: 'registration_late', reason: 'x' }),
      'role_not_allowed',
    );
    run.refuses(
      command('RaiseFollowUp', actors.system, { topic: 'registration_late' }),
      'deadline_not_reached',
    );
    run.refuses(
      command('RaiseFollowUp', actors.system, { topic: 'unpaid' }),
      'command_not_allowed_in_state',
    );
    run.refuses(
      command('RaiseFollowUp', actors.system, { topic: 'nonsense' as 'other', reason: 'x' }),
      'invalid_input',
    );
  });

  test('the register failing is a task for the registrar', () => {
    const run = registeringJoint();
    run.run(
      command('RaiseFollowUp', actors.system, {
        topic: 'register_failure',
        reason: 'register timeout',
      }),
    );
    assert.equal(run.current.followUps[0]?.assignee, 'registrar');
    assert.equal(run.status, 'registering');
  });
});
