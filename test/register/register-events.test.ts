import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { Db } from '../../src/db/database.ts';
import { createRegisterSimulator } from '../../src/adapters/register-simulator/simulator.ts';
import { isRegisterError, type RegisterErrorCode } from '../../src/register/port.ts';
import {
  count, GENT, LEUVEN, newCouple, readContext, testClock, testPerson, useRegister,
} from './support.ts';

const { db, register } = useRegister({ seed: false });

function code(expected: RegisterErrorCode) {
  return (error: unknown) => isRegisterError(error, expected);
}

async function outboxFor(database: Db, person: string) {
  return database.selectFrom('outbox').selectAll()
    .where(sql<string>`payload->>'person'`, '=', person)
    .execute();
}

test('a marriage ends the active cohabitation and writes exactly one outbox row', async () => {
  const couple = await newCouple(register());
  const before = await count(db(), 'outbox');
  const result = await register().recordMarriage(couple.a, '2025-05-17');
  assert.equal(result.endedCohabitationId, couple.id);
  const cohabitation = await register().findCohabitation(couple.b, readContext());
  assert.deepEqual([cohabitation?.status, cohabitation?.endedOn, cohabitation?.endReason],
    ['ended', '2025-05-17', 'marriage']);
  const person = await register().findPerson(couple.a, readContext());
  assert.equal(person?.maritalStatus, 'married');
  assert.equal(await count(db(), 'outbox'), before + 1);
  const [row] = await outboxFor(db(), couple.a);
  assert.ok(row);
  assert.deepEqual(
    [row.kind, row.case_id, row.idempotency_key, row.status, row.payload],
    ['register_event', null, `register-event:${result.registerEventId}`, 'pending', {
      registerEventId: result.registerEventId, type: 'marriage', person: couple.a,
      occurredOn: '2025-05-17',
    }],
  );
  assert.equal(row.run_at.toISOString(), testClock.now().toISOString(), 'dated by the clock');
});

test('a death ends the active cohabitation, leaves the household, writes one outbox row',
  async () => {
    const couple = await newCouple(register());
    const before = await count(db(), 'outbox');
    const result = await register().recordDeath(couple.a, '2025-04-01');
    const cohabitation = await register().findCohabitation(couple.b, readContext());
    assert.deepEqual([cohabitation?.endReason, cohabitation?.endedOn], ['death', '2025-04-01']);
    assert.equal((await register().findPerson(couple.a, readContext()))?.deceasedOn,
      '2025-04-01');
    const household = await register().household(couple.b, readContext());
    assert.deepEqual(household?.members.map((m) => [m.nationalNumber, m.referencePerson]),
      [[couple.b, true]], 'the partner is now the reference person');
    assert.equal(await count(db(), 'outbox'), before + 1);
    const rows = await outboxFor(db(), couple.a);
    assert.deepEqual(rows.map((r) => [r.payload.type, r.payload.registerEventId]),
      [['death', result.registerEventId]]);
  });

test('after a marriage or death the partner may enter a new cohabitation', async () => {
  const couple = await newCouple(register());
  await register().recordDeath(couple.b, '2025-01-10');
  const next = testPerson('female');
  await register().addPerson(next);
  const added = await register().registerCohabitation({
    partners: [couple.a, next.nationalNumber], municipality: GENT, startedOn: '2025-03-01',
  });
  assert.equal(added.added, true);
});

test('a marriage without a cohabitation still goes to the outbox, ending nothing', async () => {
  const single = testPerson('male');
  await register().addPerson(single);
  const before = await count(db(), 'outbox');
  const result = await register().recordMarriage(single.nationalNumber, '2025-02-02');
  assert.equal(result.endedCohabitationId, null);
  assert.equal(await count(db(), 'outbox'), before + 1);
});

test('what cannot happen is refused and changes nothing', async () => {
  const couple = await newCouple(register(), '2020-01-01');
  const before = await count(db(), 'outbox');
  await assert.rejects(register().recordMarriage(couple.a, '2019-12-31'), code('invalid_request'));
  await assert.rejects(register().recordMarriage(couple.a, '2025-13-01'), code('invalid_request'));
  await assert.rejects(register().recordDeath('60010192125', '2025-01-01'),
    code('person_not_found'));
  await assert.rejects(register().recordDeath('60010192126', '2025-01-01'),
    code('invalid_national_number'));
  assert.equal(await count(db(), 'outbox'), before);
  assert.equal((await register().findCohabitation(couple.a, readContext()))?.status, 'active');
  await register().recordMarriage(couple.a, '2025-01-01');
  await assert.rejects(register().recordMarriage(couple.a, '2025-02-01'),
    code('already_married'));
  await register().recordDeath(couple.b, '2025-03-01');
  await assert.rejects(register().recordDeath(couple.b, '2025-03-02'), code('person_deceased'));
  assert.equal(await count(db(), 'outbox'), before + 2);
});

test('a move changes the domicile and the households, not the cohabitation', async () => {
  const couple = await newCouple(register());
  const before = await count(db(), 'outbox');
  const address = { street: 'Nieuwe Testlaan', number: '1', box: 'A', postalCode: '3000',
    city: 'Leuven' };
  await register().recordMove(couple.a, address, LEUVEN);
  const moved = await register().findPerson(couple.a, readContext());
  assert.deepEqual([moved?.municipality, moved?.address], [LEUVEN, address]);
  const left = await register().household(couple.b, readContext());
  assert.deepEqual(left?.members.map((m) => [m.nationalNumber, m.referencePerson]),
    [[couple.b, true]]);
  const arrived = await register().household(couple.a, readContext());
  assert.deepEqual(arrived?.members.map((m) => m.nationalNumber), [couple.a]);
  assert.equal((await register().findCohabitation(couple.a, readContext()))?.status, 'active');
  assert.equal(await count(db(), 'outbox'), before, 'a move is not sent to the engine');
  const event = await db().selectFrom('register_event')
    .select(['type', sql<string>`to_char(occurred_on, 'YYYY-MM-DD')`.as('on')])
    .where('national_number', '=', couple.a).executeTakeFirstOrThrow();
  assert.deepEqual(event, { type: 'move', on: '2025-06-02' }, 'dated today by the clock');
});

test('moving in with someone joins their household; moving back is possible', async () => {
  const couple = await newCouple(register());
  const other = testPerson('male');
  await register().addPerson(other);
  const home = other.domicile;
  assert.ok(home);
  await register().recordMove(couple.b, home.address, home.municipality, '2025-05-01');
  const household = await register().household(other.nationalNumber, readContext());
  assert.deepEqual(household?.members.map((m) => [m.nationalNumber, m.referencePerson]),
    [[other.nationalNumber, true], [couple.b, false]]);
  await register().recordMove(couple.b, home.address, home.municipality, '2025-05-02');
  assert.equal((await register().household(couple.b, readContext()))?.members.length, 2);
});

test('built on a transaction, the simulator commits or rolls back with it', async () => {
  const couple = await newCouple(register());
  const before = await count(db(), 'outbox');
  await assert.rejects(db().transaction().execute(async (trx) => {
    await createRegisterSimulator(trx).recordMarriage(couple.a, '2025-05-17');
    throw new Error('the caller fails after the marriage');
  }), /the caller fails/);
  assert.equal(await count(db(), 'outbox'), before);
  assert.equal((await register().findCohabitation(couple.a, readContext()))?.status, 'active');
});
