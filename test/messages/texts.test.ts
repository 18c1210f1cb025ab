import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  citizenTemplates, isCitizenTemplate, officeTemplates,
} from '../../src/app/messages/index.ts';
import { notifyTemplates } from '../../src/process/index.ts';
import { demoPeople } from '../../src/adapters/register-simulator/demo-people.ts';
import { languages, messages } from '../../src/web/i18n/index.ts';
import { newsNotice } from '../../src/web/messages/index.ts';
import { bodyKey, subjectKey } from '../../src/web/messages/texts.ts';
import { historyEffects } from '../process/helpers.ts';
import { progressing, runScenario, scenarioArb } from '../process/scenarios.ts';

test('every template is either a citizen\'s or an office notice, never both', () => {
  const both = [...citizenTemplates, ...officeTemplates];
  assert.equal(new Set(both).size, both.length);
  assert.deepEqual([...both].sort(), [...notifyTemplates].sort());
});

test('every template the process sends to a partner is a citizen template', () => {
  const seen = new Set<string>();
  for (const scenario of fc.sample(scenarioArb(30, progressing), 400)) {
    for (const [, effects] of historyEffects(runScenario(scenario).events)) {
      for (const e of effects) {
        if (e.kind !== 'notify' || (e.recipient !== 'declarant' && e.recipient !== 'partner')) {
          continue;
        }
        assert.ok(isCitizenTemplate(e.template), `${e.template} to ${e.recipient}`);
        seen.add(e.template);
      }
    }
  }
  assert.ok(seen.size >= 10, `the sample reached ${seen.size} templates`);
});

test('every citizen template has a subject and a body in all four languages', () => {
  for (const lang of languages) {
    for (const template of citizenTemplates) {
      for (const key of [subjectKey(template), bodyKey(template)]) {
        const text = messages[lang][key] ?? '';
        assert.notEqual(text.trim(), '', `${lang} ${key}`);
        assert.doesNotMatch(text, /\{\w+\}/, `${lang} ${key} needs no parameter`);
      }
    }
  }
});

const names = demoPeople.flatMap((p) => [p.firstNames, p.surname]);

test('the e-mail and SMS notice say there is news, with the link, and nothing more', () => {
  const link = 'https://portal.example.be/messages';
  for (const lang of languages) {
    const notice = newsNotice(lang, link);
    for (const text of [notice.subject, notice.text, notice.sms]) {
      const named = names.filter((name) => new RegExp(`\\b${name}\\b`, 'u').test(text));
      assert.deepEqual(named, [], `${lang}: a name`);
      assert.doesNotMatch(text, /WS-|\d{4}|\{\w+\}/, `${lang}: a case detail`);
      assert.doesNotMatch(text, /samenwoning|cohabitation|Zusammenwohnen|bailiff|huissier/i);
    }
    assert.ok(notice.text.includes(link) && notice.sms.includes(link));
    assert.ok(notice.sms.length + 40 <= 160, `${lang}: one SMS with a longer link`);
  }
});
