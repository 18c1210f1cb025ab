// How deadlines land: the end of the Brussels day N days after the start's Brussels date.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { deadlines, SERVICE_DAYS } from '../../src/process/index.ts';
import { actors, awaitingPartner, command, pay, started, types } from './helpers.ts';

describe('deadline landing', () => {
  test('a clock started just before Brussels midnight counts from the Brussels date', () => {
    const run = started();
    // 22:30 UTC on 1 October is 00:30 on 2 October in Brussels.
    run.run(command('SignDeclaration', actors.declarant), '2026-10-01T22:30:00.000Z');
    // 14 days after 2 October: due by the end of 16 October (CEST).
    assert.equal(run.dueAt('partner-answer'), '2026-10-16T22:00:00.000Z');
  });

  test('across the last Sunday of October the end of the day moves with the clock change', () => {
    const run = started();
    run.run(command('SignDeclaration', actors.declarant), '2026-10-20T10:00:00.000Z');
    // The reminder on 27 October (CET) at 09:00 local; the answer by the end of 3 November.
    assert.equal(run.dueAt('partner-reminder-7'), '2026-10-27T08:00:00.000Z');
    assert.equal(run.dueAt('partner-answer'), '2026-11-03T23:00:00.000Z');
  });

  test('across the last Sunday of March', () => {
    const run = started();
    run.run(command('SignDeclaration', actors.declarant), '2026-03-25T10:00:00.000Z');
    // Reminder 1 April 09:00 CEST; the answer by the end of 8 April (CEST).
    assert.equal(run.dueAt('partner-reminder-7'), '2026-04-01T07:00:00.000Z');
    assert.equal(run.dueAt('partner-answer'), '2026-04-08T22:00:00.000Z');
  });

  test('the service clock is 8 calendar days from the receipt, holidays included', () => {
    const run = started({ path: 'unilateral' });
    run.run(command('SignDeclaration', actors.declarant), '2026-12-20T10:00:00.000Z');
    run.run(
      command('RecordPaymentSuccess', actors.system, {
        paymentId: 'p',
        amountCents: 25_000,
      }),
      '2026-12-23T15:00:00.000Z',
    );
    assert.equal(SERVICE_DAYS, 8);
    // 23 December + 8 = 31 December (Christmas and a weekend in between): due by its end.
    assert.equal(run.dueAt('service-deadline'), '2026-12-31T23:00:00.000Z');
    assert.equal(run.dueAt('service-warning'), '2026-12-29T23:00:00.000Z');
  });

  test('the service clock starts at payment, not at signing', () => {
    const run = started({ path: 'unilateral' });
    run.run(command('SignDeclaration', actors.declarant), '2026-03-02T10:00:00.000Z');
    pay(run);
    const early = run.dueAt('service-deadline');
    const late = started({ path: 'unilateral' });
    late.run(command('SignDeclaration', actors.declarant), '2026-03-02T10:00:00.000Z');
    late.run(
      command('RecordPaymentSuccess', actors.system, { paymentId: 'p', amountCents: 25_000 }),
      '2026-03-12T10:00:00.000Z',
    );
    assert.equal(early, '2026-03-10T23:00:00.000Z');
    assert.equal(late.dueAt('service-deadline'), '2026-03-20T23:00:00.000Z');
  });
});

describe('deadline names and commands', () => {
  test('names are stable while the clock runs, and the commands are the system timers', () => {
    const run = awaitingPartner();
    const before = deadlines(run.current);
    run.run(command('RaiseFollowUp', actors.civilAffairs, { topic: 'other', reason: 'check id' }));
    const after = deadlines(run.current);
    assert.deepEqual(after, before);
    assert.deepEqual(
      before.map((d) => [d.name, d.command.type]),
      [
        ['partner-reminder-7', 'RemindPartner'],
        ['partner-reminder-12', 'RemindPartner'],
        ['partner-answer', 'PassPartnerDeadline'],
      ],
    );
    assert.ok(
      before.every((d) => d.command.actor.role === 'system' && d.command.channel === 'system'),
    );
  });

  test('a timer from an earlier status is refused once the case moved on', () => {
    const run = awaitingPartner();
    const [reminder] = deadlines(run.current);
    assert.ok(reminder);
    run.run(command('SignAsPartner', actors.partner));
    assert.deepEqual(run.deadlineNames(), ['registration-due']);
    run.refuses(reminder.command, 'command_not_allowed_in_state', reminder.dueAt);
  });

  test('draft and counter visits have no clock', () => {
    assert.deepEqual(started().deadlineNames(), []);
    const run = awaitingPartner({ filingMode: 'counter' });
    run.run(command('SignAsPartner', actors.partner));
    assert.equal(run.status, 'awaiting_counter_visit');
    assert.deepEqual(run.deadlineNames(), []);
  });

  test('a due timer runs even long after its time, once', () => {
    const run = awaitingPartner();
    const emitted = run.fire('partner-answer', 60 * 24 * 10);
    assert.deepEqual(types(emitted), ['PartnerDeadlinePassed', 'FollowUpRaised']);
    assert.deepEqual(run.deadlineNames(), ['declarant-reminder-21', 'declarant-choice']);
  });
});
