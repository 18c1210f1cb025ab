import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import {
  isRegisterError, readOperations, type NationalRegister, type ReadContext, type ReadOperation,
  type RegisterErrorCode,
} from '../../src/register/port.ts';
import { readsForCase, readsOfPerson } from '../../src/register/read-log.ts';
import { count, GENT, LEUVEN, newCouple, readContext, testPerson, useRegister } from './support.ts';

const { db, register } = useRegister();

const JAN = '85073092113';
const ELS = '87031292281';
const LARS = '16050492138';
const LOTTE = '91120192273';
const NINA = '95122492249';
const ANNA = '86091492242';
const KOEN = '82020292176';
const ODILE = '53081592288';
const UNKNOWN = '60010192125';

function code(expected: RegisterErrorCode) {
  return (error: unknown) => isRegisterError(error, expected);
}

test('findPerson answers with the person, their domicile and status', async () => {
  const person = await register().findPerson(JAN, readContext());
  assert.deepEqual(person, {
    nationalNumber: JAN, firstNames: 'Jan', surname: 'Voorbeeld', birthDate: '1985-07-30',
    birthPlace: 'Gent', sex: 'male', municipality: GENT, maritalStatus: 'unmarried',
    address: { street: 'Voorbeeldstraat', number: '12', postalCode: '9000', city: 'Gent' },
  });
  const abroad = await register().findPerson(ANNA, readContext());
  assert.deepEqual([abroad?.municipality, abroad?.address], [null, null]);
  const deceased = await register().findPerson('50033092126', readContext());
  assert.equal(deceased?.deceasedOn, '2024-02-10');
});

test('findPerson takes a written form; null for a number it does not know', async () => {
  assert.equal((await register().findPerson('85.07.30-921.13', readContext()))?.surname,
    'Voorbeeld');
  assert.equal(await register().findPerson(UNKNOWN, readContext()), null);
});

test('an invalid national number is refused and nothing is read or logged', async () => {
  const before = await count(db(), 'register_read');
  await assert.rejects(register().findPerson('85073092114', readContext()),
    code('invalid_national_number'));
  assert.equal(await count(db(), 'register_read'), before);
});

test('a read without a purpose or an actor is refused and nothing is logged', async () => {
  const before = await count(db(), 'register_read');
  const noPurpose = { ...readContext(), purpose: ' ' };
  const noActor = { ...readContext(), actor: { role: 'registrar', id: '' } };
  for (const context of [noPurpose, noActor]) {
    await assert.rejects(register().findPerson(JAN, context), code('invalid_read_context'));
  }
  assert.equal(await count(db(), 'register_read'), before);
});

test('findCohabitation: the active one', async () => {
  const cohabitation = await register().findCohabitation(ELS, readContext());
  assert.deepEqual(cohabitation, {
    id: 'demo-cohabitation-01', partners: [JAN, ELS], municipality: GENT,
    startedOn: '2014-09-01', status: 'active',
  });
});

test('findCohabitation: an ended one when there is no active one', async () => {
  const cohabitation = await register().findCohabitation(KOEN, readContext());
  assert.equal(cohabitation?.status, 'ended');
  assert.equal(cohabitation?.endedOn, '2022-03-15');
  assert.equal(cohabitation?.endReason, 'declaration');
});

test('findCohabitation: null when never in one, person_not_found when unknown', async () => {
  assert.equal(await register().findCohabitation(NINA, readContext()), null);
  await assert.rejects(register().findCohabitation(UNKNOWN, readContext()),
    code('person_not_found'));
});

test('findCohabitation: the active one before ended ones, the latest ended first', async () => {
  const couple = await newCouple(register(), '2010-01-01');
  await register().recordTermination({
    cohabitationId: couple.id, effectiveDate: '2012-01-01', caseId: randomUUID(),
    idempotencyKey: randomUUID(), registeringMunicipality: GENT,
  });
  const later = await register().registerCohabitation({
    partners: [couple.a, couple.b], municipality: GENT, startedOn: '2013-01-01',
    ended: { on: '2014-01-01', reason: 'declaration' },
  });
  assert.equal((await register().findCohabitation(couple.a, readContext()))?.id, later.id);
  const third = testPerson('female');
  await register().addPerson(third);
  const active = await register().registerCohabitation({
    partners: [third.nationalNumber, couple.a], municipality: LEUVEN, startedOn: '2020-01-01',
  });
  const found = await register().findCohabitation(couple.a, readContext());
  assert.deepEqual([found?.id, found?.status], [active.id, 'active']);
});

test('household: the members at the address, the reference person first', async () => {
  const household = await register().household(ELS, readContext());
  assert.equal(household?.municipality, GENT);
  assert.deepEqual(household?.members.map((m) => [m.nationalNumber, m.referencePerson]),
    [[JAN, true], [ELS, false], [LARS, false]]);
  const shared = await register().household(NINA, readContext());
  assert.deepEqual(shared?.members.map((m) => m.nationalNumber), [LOTTE, NINA]);
});

test('household: null without a Belgian domicile; the dead are no longer members', async () => {
  assert.equal(await register().household(ANNA, readContext()), null);
  assert.equal(await register().household('50033092126', readContext()), null, 'deceased');
  const odile = await register().household(ODILE, readContext());
  assert.deepEqual(odile?.members.map((m) => [m.nationalNumber, m.referencePerson]),
    [[ODILE, true]]);
  await assert.rejects(register().household(UNKNOWN, readContext()), code('person_not_found'));
});

test('every read operation of the port writes one register_read row (rule 6)', async () => {
  // A Record over ReadOperation: a read added to the port fails to compile here until it is
  // called below, and then fails at run time if it does not log.
  const calls: Record<ReadOperation, (r: NationalRegister, c: ReadContext) => Promise<unknown>> = {
    findPerson: (r, c) => r.findPerson(JAN, c),
    findCohabitation: (r, c) => r.findCohabitation(JAN, c),
    household: (r, c) => r.household(JAN, c),
  };
  assert.deepEqual(Object.keys(calls).sort(), [...readOperations].sort());
  for (const operation of readOperations) {
    const caseId = randomUUID();
    await calls[operation](register(), readContext(caseId));
    const reads = await readsForCase(db(), caseId);
    assert.equal(reads.length, 1, `${operation} logs one read`);
    assert.deepEqual({ ...reads[0], id: 0, readAt: null }, {
      id: 0, readAt: null, operation, caseId, nationalNumber: JAN, found: true,
      actor: { role: 'registrar', id: 'staff-test' },
      purpose: 'check the cohabitation before a declaration',
      subjects: operation === 'findPerson' ? [JAN]
        : operation === 'findCohabitation' ? [JAN, ELS] : [JAN, ELS, LARS],
    });
  }
});

test('reads of unknown people are logged as not found, known ones as found', async () => {
  const caseId = randomUUID();
  await register().findPerson(UNKNOWN, readContext(caseId));
  await assert.rejects(register().household(UNKNOWN, readContext(caseId)));
  await register().findCohabitation(NINA, readContext(caseId));
  const reads = await readsForCase(db(), caseId);
  assert.deepEqual(reads.map((r) => [r.operation, r.found, r.subjects]), [
    ['findPerson', false, []], ['household', false, []], ['findCohabitation', true, [NINA]],
  ]);
});

test('readsOfPerson finds reads of the person and reads whose answer held their data',
  async () => {
    const couple = await newCouple(register());
    const caseId = randomUUID();
    await register().findPerson(couple.a, readContext(caseId));
    await register().findCohabitation(couple.a, readContext(caseId));
    await register().findPerson(couple.b, readContext());
    const ofB = await readsOfPerson(db(), couple.b);
    assert.deepEqual(ofB.map((r) => [r.operation, r.nationalNumber]),
      [['findCohabitation', couple.a], ['findPerson', couple.b]]);
    assert.ok(ofB.every((r) => r.readAt instanceof Date));
    assert.equal((await readsOfPerson(db(), couple.a)).length, 2);
  });

test('recordTermination ends the cohabitation and gives a register reference', async () => {
  const couple = await newCouple(register());
  const caseId = randomUUID();
  const result = await register().recordTermination({
    cohabitationId: couple.id, effectiveDate: '2025-06-02', caseId, idempotencyKey: 'k-1',
    registeringMunicipality: GENT,
  });
  assert.match(result.registerReference, /^NR-2025-\d{6}$/);
  const ended = await register().findCohabitation(couple.b, readContext());
  assert.deepEqual([ended?.status, ended?.endedOn, ended?.endReason],
    ['ended', '2025-06-02', 'declaration']);
  assert.deepEqual(ended?.termination,
    { registeringMunicipality: GENT, registerReference: result.registerReference });
});

test('a unilateral termination keeps the date and place of service in the history', async () => {
  const couple = await newCouple(register());
  const result = await register().recordTermination({
    cohabitationId: couple.id, effectiveDate: '2025-06-12', caseId: randomUUID(),
    idempotencyKey: randomUUID(), registeringMunicipality: LEUVEN,
    service: { date: '2025-06-10', place: 'Leuven' },
  });
  const ended = await register().findCohabitation(couple.a, readContext());
  assert.deepEqual(ended?.termination, { registeringMunicipality: LEUVEN,
    registerReference: result.registerReference,
    service: { date: '2025-06-10', place: 'Leuven' } });
  await assert.rejects(register().recordTermination({
    cohabitationId: (await newCouple(register())).id, effectiveDate: '2025-06-12',
    caseId: randomUUID(), idempotencyKey: randomUUID(), registeringMunicipality: 'Leuven',
  }), code('invalid_request'));
});

test('recordTermination is idempotent: the same key, the same reference, nothing changed',
  async () => {
    const couple = await newCouple(register());
    const request = {
      cohabitationId: couple.id, effectiveDate: '2025-06-02', caseId: randomUUID(),
      idempotencyKey: randomUUID(), registeringMunicipality: GENT,
    };
    const first = await register().recordTermination(request);
    const rows = await count(db(), 'register_termination');
    const again = await register().recordTermination({ ...request, effectiveDate: '2025-06-09' });
    assert.deepEqual(again, first);
    assert.equal(await count(db(), 'register_termination'), rows);
    const cohabitation = await register().findCohabitation(couple.a, readContext());
    assert.equal(cohabitation?.endedOn, '2025-06-02');
  });

test('recordTermination refuses another key for an ended cohabitation, and a reused key',
  async () => {
    const couple = await newCouple(register());
    const other = await newCouple(register());
    const request = {
      cohabitationId: couple.id, effectiveDate: '2025-06-02', caseId: randomUUID(),
      idempotencyKey: randomUUID(), registeringMunicipality: GENT,
    };
    await register().recordTermination(request);
    await assert.rejects(register().recordTermination({ ...request, idempotencyKey: 'other' }),
      code('cohabitation_already_ended'));
    await assert.rejects(register().recordTermination({ ...request, cohabitationId: other.id }),
      code('idempotency_conflict'));
    await assert.rejects(register().recordTermination({ ...request, cohabitationId: 'nope' }),
      code('cohabitation_not_found'));
    await assert.rejects(register().recordTermination({
      ...request, cohabitationId: other.id, idempotencyKey: randomUUID(),
      effectiveDate: '2015-05-04',
    }), code('invalid_request'));
    await assert.rejects(register().recordTermination({
      ...request, cohabitationId: other.id, idempotencyKey: randomUUID(),
      effectiveDate: '2025-02-30',
    }), code('invalid_request'));
  });

test('two simultaneous terminations with one key record it once', async () => {
  const couple = await newCouple(register());
  const request = {
    cohabitationId: couple.id, effectiveDate: '2025-06-02', caseId: randomUUID(),
    idempotencyKey: randomUUID(), registeringMunicipality: GENT,
  };
  const results = await Promise.all([1, 2, 3].map(() => register().recordTermination(request)));
  assert.equal(new Set(results.map((r) => r.registerReference)).size, 1);
});

test('an outage makes every call fail with unavailable, and logs nothing', async () => {
  const couple = await newCouple(register());
  const reads = await count(db(), 'register_read');
  await register().setAvailable(false);
  try {
    await assert.rejects(register().findPerson(JAN, readContext()), code('unavailable'));
    await assert.rejects(register().household(JAN, readContext()), code('unavailable'));
    await assert.rejects(register().recordTermination({
      cohabitationId: couple.id, effectiveDate: '2025-06-02', caseId: randomUUID(),
      idempotencyKey: randomUUID(), registeringMunicipality: GENT,
    }), code('unavailable'));
    assert.equal(await count(db(), 'register_read'), reads);
  } finally {
    await register().setAvailable(true);
  }
  assert.equal((await register().findPerson(JAN, readContext()))?.surname, 'Voorbeeld');
});
