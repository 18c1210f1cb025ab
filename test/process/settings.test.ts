import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultSettings, validateSettings } from '../../src/process/index.ts';
import { actors, awaitingPartner, command, settingsWith, started } from './helpers.ts';

describe('settings', () => {
  test('the defaults follow process.md and are valid', () => {
    assert.deepEqual(validateSettings(defaultSettings), []);
    assert.equal(defaultSettings.partnerAnswerDays, 14);
    assert.deepEqual(defaultSettings.partnerReminderDays, [7, 12]);
    assert.equal(defaultSettings.declarantChoiceDays, 30);
    assert.deepEqual(defaultSettings.declarantReminderDays, [21]);
    assert.equal(defaultSettings.paymentDays, 14);
    assert.equal(defaultSettings.paymentGraceDays, 14);
    assert.equal(defaultSettings.registrationWorkingDays, 2);
  });

  test('a reminder on or after the deadline is a problem', () => {
    const problems = validateSettings(settingsWith({ partnerReminderDays: [7, 14] }));
    assert.equal(problems.length, 1);
    assert.match(problems[0] ?? '', /partnerReminderDays.*14/);
  });

  test('negative, fractional and zero values are problems', () => {
    const problems = validateSettings(
      settingsWith({
        depositCents: -5,
        jointFeeCents: 10.5,
        paymentDays: 0,
        paymentGraceDays: -1,
        declarantReminderDays: [0],
      }),
    );
    // Six: with paymentDays 0 the default payment reminder on day 7 no longer fits either.
    assert.equal(problems.length, 6, problems.join('\n'));
    assert.ok(problems.some((p) => p.startsWith('paymentReminderDays')));
  });

  test('a joint fee above EUR 25, a repeated reminder and an unknown filing mode', () => {
    const problems = validateSettings(
      settingsWith({
        jointFeeCents: 2501,
        paymentReminderDays: [3, 3],
        filingMode: 'post' as 'online',
      }),
    );
    assert.equal(problems.length, 3, problems.join('\n'));
  });

  test('a running case keeps the settings it started with', () => {
    const run = started({
      settings: settingsWith({ partnerAnswerDays: 10, partnerReminderDays: [5] }),
    });
    run.run(command('SignDeclaration', actors.declarant));
    assert.deepEqual(run.deadlineNames(), ['partner-reminder-5', 'partner-answer']);
    const defaults = awaitingPartner();
    assert.deepEqual(defaults.deadlineNames(), [
      'partner-reminder-7',
      'partner-reminder-12',
      'partner-answer',
    ]);
  });
});
