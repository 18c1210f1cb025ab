import { test } from 'node:test';
import assert from 'node:assert/strict';
import { competentMunicipality } from '../../src/register/competent-municipality.ts';
import { RegisterError } from '../../src/register/errors.ts';
import type { Cohabitation } from '../../src/register/port.ts';

const GENT = '44021';
const LEUVEN = '24062';
const NAMUR = '92094';

const declarantNn = '85073092113';
const partnerNn = '87031292281';

/** Registered in Namur: the last place of registration in every case below. */
const cohabitation: Cohabitation = {
  id: 'c-1', partners: [partnerNn, declarantNn], municipality: NAMUR,
  startedOn: '2015-01-01', status: 'active',
};

function parties(declarantIn: string | null, partnerIn: string | null) {
  return {
    declarant: { nationalNumber: declarantNn, municipality: declarantIn },
    partner: { nationalNumber: partnerNn, municipality: partnerIn },
  };
}

const table = [
  // path, declarant's municipality, partner's, expected municipality, ground, alternatives
  ['joint', GENT, GENT, GENT, 'both_registered', []],
  ['joint', GENT, LEUVEN, GENT, 'one_registered', [LEUVEN]],
  ['joint', LEUVEN, GENT, LEUVEN, 'one_registered', [GENT]],
  ['joint', null, LEUVEN, LEUVEN, 'one_registered', []],
  ['joint', GENT, null, GENT, 'one_registered', []],
  ['joint', null, null, NAMUR, 'last_registration', []],
  ['unilateral', GENT, GENT, GENT, 'both_registered', []],
  ['unilateral', GENT, LEUVEN, GENT, 'declarant_registered', []],
  ['unilateral', GENT, null, GENT, 'declarant_registered', []],
  ['unilateral', null, LEUVEN, NAMUR, 'last_registration', []],
  ['unilateral', null, null, NAMUR, 'last_registration', []],
] as const;

for (const [path, declarantIn, partnerIn, municipality, ground, alternatives] of table) {
  test(`${path}: declarant in ${declarantIn}, partner in ${partnerIn} -> ${ground}`, () => {
    const result = competentMunicipality(cohabitation, parties(declarantIn, partnerIn), path);
    assert.deepEqual(result, { municipality, ground, alternatives: [...alternatives] });
  });
}

test('people who are not the two partners are refused', () => {
  const stranger = { nationalNumber: '95122492249', municipality: GENT };
  for (const input of [
    { ...parties(GENT, GENT), partner: stranger },
    { ...parties(GENT, GENT), declarant: stranger },
    { declarant: parties(GENT, GENT).declarant, partner: parties(GENT, GENT).declarant },
  ]) {
    assert.throws(() => competentMunicipality(cohabitation, input, 'joint'),
      (e) => e instanceof RegisterError && e.code === 'not_a_partner');
  }
});
