import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  demoCohabitations, demoDirectory, demoMunicipalities, demoPeople, seedRegister,
} from '../../src/adapters/register-simulator/demo-people.ts';
import { competentMunicipality } from '../../src/register/competent-municipality.ts';
import { validateNationalNumber } from '../../src/register/national-number.ts';
import { count, readContext, useRegister } from './support.ts';

const { db, register } = useRegister({ seed: false });

const tables = ['register_person', 'register_household', 'register_cohabitation',
  'register_cohabitation_partner', 'register_event', 'outbox', 'municipality'];

async function counts() {
  return Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await count(db(), t)])));
}

test('seedRegister adds everyone once; a second run adds nothing', async () => {
  const first = await seedRegister(db());
  assert.deepEqual(first, { people: demoPeople.length, cohabitations: demoCohabitations.length });
  const after = await counts();
  assert.equal(after.register_person, demoPeople.length);
  assert.equal(after.outbox, 0, 'seeding sends no register events');
  assert.equal(after.municipality, 0, 'the engine seeds municipalities, not the register');
  assert.deepEqual(await seedRegister(db()), { people: 0, cohabitations: 0 });
  assert.deepEqual(await counts(), after);
});

test('a second seed leaves later changes alone', async () => {
  await seedRegister(db());
  const tom = '79112392128';
  await register().recordMarriage(tom, '2025-05-05');
  await seedRegister(db());
  const cohabitation = await register().findCohabitation(tom, readContext());
  assert.equal(cohabitation?.endReason, 'marriage');
});

test('every demo national number is valid and fits the birth date and sex', () => {
  const numbers = new Set<string>();
  for (const person of demoPeople) {
    const result = validateNationalNumber(person.nationalNumber, { today: '2025-01-01' });
    assert.ok(result.ok, person.nationalNumber);
    assert.equal(result.birthDate, person.birthDate, person.nationalNumber);
    assert.equal(result.sex, person.sex, person.nationalNumber);
    numbers.add(person.nationalNumber);
  }
  assert.equal(numbers.size, demoPeople.length, 'no number twice');
  const checked = demoPeople.map((p) => validateNationalNumber(p.nationalNumber));
  assert.ok(checked.some((r) => r.ok && r.bis), 'at least one bis number');
  assert.ok(checked.some((r) => r.ok && r.birth.year >= 2000), 'someone born from 2000 on');
  assert.ok(checked.some((r) => r.ok && r.birth.year < 2000), 'someone born before 2000');
});

test('the demo has every situation the process needs', () => {
  const active = demoCohabitations.filter((c) => !c.ended);
  assert.ok(active.length >= 8, 'at least eight active couples');
  const places = new Set(active.map((c) => c.municipality));
  assert.ok(places.size >= 3, 'active couples in at least three municipalities');
  assert.ok([...places].every((p) => Object.values(demoMunicipalities).includes(p as never)));
  const reasons = demoCohabitations.map((c) => c.ended?.reason);
  for (const reason of ['declaration', 'marriage', 'death'] as const) {
    assert.ok(reasons.includes(reason), `a cohabitation ended by ${reason}`);
  }
  assert.ok(demoPeople.some((p) => p.maritalStatus === 'married'), 'a married person');
  assert.ok(demoPeople.some((p) => p.deceasedOn), 'a deceased person');
  const partners = new Set(demoCohabitations.flatMap((c) => c.partners));
  assert.ok(demoPeople.some((p) => !partners.has(p.nationalNumber)), 'never cohabited');
  assert.ok(demoPeople.every((p) => p.label.length > 0));
});

test('active couples live together, apart in two municipalities, or abroad', async () => {
  await seedRegister(db());
  const grounds = new Set<string>();
  const sameAddress: boolean[] = [];
  for (const c of demoCohabitations.filter((x) => !x.ended)) {
    const find = (nn: string) => register().findPerson(nn, readContext());
    const [a, b] = await Promise.all(c.partners.map(find));
    assert.ok(a && b);
    sameAddress.push(JSON.stringify(a.address) === JSON.stringify(b.address) && a.address !== null);
    const cohabitation = await register().findCohabitation(a.nationalNumber, readContext());
    assert.ok(cohabitation);
    for (const path of ['joint', 'unilateral'] as const) {
      grounds.add(competentMunicipality(cohabitation, { declarant: b, partner: a }, path).ground);
      grounds.add(competentMunicipality(cohabitation, { declarant: a, partner: b }, path).ground);
    }
  }
  assert.ok(sameAddress.includes(true) && sameAddress.includes(false));
  assert.deepEqual([...grounds].sort(),
    ['both_registered', 'declarant_registered', 'last_registration', 'one_registered']);
});

test('the directory lists every demo person once with a label', () => {
  const directory = demoDirectory();
  assert.equal(directory.length, demoPeople.length);
  assert.deepEqual(directory[0], {
    nationalNumber: '85073092113', name: 'Jan Voorbeeld',
    label: 'Gent: lives with his partner Els and their son',
  });
});
