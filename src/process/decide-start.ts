// Starting a case: rule 1, checked against the National Register facts in the command.
// "One open case per cohabitation" and "the other partner's start joins the open case"
// need the database and are enforced by the engine; nothing here contradicts them: this
// decides one case's start only.
import type { StartCase } from './commands.ts';
import { base, contextOf } from './emit.ts';
import type { CaseEvent } from './events.ts';
import { fail, requireOneOf, requireText } from './handler.ts';
import { copySettings, validateSettings } from './settings.ts';

// Limitation: a national number is checked as 11 digits, not by its mod-97 check digits;
// the numbers come from the National Register read, which the application validates.
const NATIONAL_NUMBER = /^\d{11}$/;
const NIS_CODE = /^\d{5}$/;

function checkStarter(command: StartCase): void {
  const { role, id } = command.actor;
  if (role !== 'declarant' && role !== 'counter') fail('role_not_allowed', null, command);
  if (role === 'declarant' && id !== command.declarant) {
    fail('not_a_party', null, command, 'only the declarant can start their own case');
  }
}

function checkPeople(command: StartCase): void {
  for (const [field, value] of [
    ['declarant', command.declarant],
    ['partner', command.partner],
  ] as const) {
    if (!NATIONAL_NUMBER.test(value))
      fail('invalid_input', null, command, `${field} is not 11 digits`);
  }
  const places = [command.municipality, command.declarantMunicipality, command.partnerMunicipality];
  if (!places.every((code) => NIS_CODE.test(code))) {
    fail('invalid_input', null, command, 'a municipality is not a 5-digit NIS code');
  }
}

/** Rule 1: an active cohabitation, and these two people are its two partners. */
function checkCohabitation(command: StartCase): void {
  const { cohabitation, declarant, partner } = command;
  requireText(cohabitation.id, 'cohabitation.id', null, command);
  if (cohabitation.status !== 'active') fail('cohabitation_not_active', null, command);
  const [first, second] = cohabitation.partners;
  const samePair =
    (first === declarant && second === partner) || (first === partner && second === declarant);
  if (declarant === partner || !samePair) fail('not_cohabitation_partners', null, command);
}

function checkSettings(command: StartCase): void {
  const problems = validateSettings(command.settings);
  if (problems.length > 0) fail('invalid_settings', null, command, problems.join('; '));
}

export function decideStart(command: StartCase, now: Date): CaseEvent[] {
  requireText(command.caseId, 'caseId', null, command);
  checkStarter(command);
  checkPeople(command);
  const path = requireOneOf(command.path, ['joint', 'unilateral'], 'path', null, command);
  checkCohabitation(command);
  checkSettings(command);
  return [
    {
      ...base('CaseStarted', contextOf(command, now)),
      path,
      cohabitationId: command.cohabitation.id,
      declarant: command.declarant,
      partner: command.partner,
      municipality: command.municipality,
      declarantMunicipality: command.declarantMunicipality,
      partnerMunicipality: command.partnerMunicipality,
      settings: copySettings(command.settings),
    },
  ];
}
