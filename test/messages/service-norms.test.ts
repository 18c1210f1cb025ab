// Both partners are told the service norms when the case starts (process.md), from the
// case's own settings: the declarant in the first message, the partner in the invitation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translator, type Lang } from '../../src/web/i18n/index.ts';
import { messageBody } from '../../src/web/messages/texts.ts';
import { settingsWith, started } from '../process/helpers.ts';

function ctx(lang: Lang) {
  return { lang, t: translator(lang), path: '/messages' };
}

const state = started({
  settings: settingsWith({ partnerAnswerDays: 10, partnerReminderDays: [5, 8], registrationWorkingDays: 3 }),
}).current;

test('the first message names how long each step may take, with the municipality\'s figures', () => {
  const body = messageBody(ctx('nl'), 'case_started', state).join('\n');
  assert.match(body, /de partner heeft 10 dagen om te antwoorden/);
  assert.match(body, /binnen 3 werkdagen/);
  assert.match(body, /binnen 8 dagen na de betaling/);
});

test('the invitation tells the partner their own time to answer, in their language', () => {
  const body = messageBody(ctx('fr'), 'partner_invited', state).join('\n');
  assert.match(body, /vous avez 10 jours pour répondre/);
  assert.match(body, /dans les 3 jours ouvrables/);
});

test('other messages do not repeat the norms', () => {
  const body = messageBody(ctx('en'), 'partner_signed', state).join('\n');
  assert.doesNotMatch(body, /How long each step takes/);
});
