import { after, before } from 'node:test';
import { sql } from 'kysely';
import type { Db } from '../../src/db/database.ts';
import { seedRegister } from '../../src/adapters/register-simulator/demo-people.ts';
import type { NewPerson } from '../../src/adapters/register-simulator/people.ts';
import {
  createRegisterSimulator, type RegisterSimulator,
} from '../../src/adapters/register-simulator/simulator.ts';
import { makeNationalNumber, type Sex } from '../../src/register/national-number.ts';
import type { ReadContext } from '../../src/register/port.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

/**
 * A fresh migrated database and a simulator on it for the tests of one file, with the demo
 * people in it unless told otherwise. One hook does it all, so that nothing runs before the
 * database is ready.
 */
export function useRegister(options: { seed?: boolean } = {}): {
  db: () => Db;
  register: () => RegisterSimulator;
} {
  let database: TestDatabase | undefined;
  let simulator: RegisterSimulator | undefined;
  before(async () => {
    database = await createTestDatabase();
    simulator = createRegisterSimulator(database.db, { clock: testClock });
    if (options.seed !== false) await seedRegister(database.db);
  });
  after(async () => {
    await database?.close();
  });
  return {
    db: () => required(database).db,
    register: () => required(simulator),
  };
}

function required<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('The test database is not ready.');
  return value;
}

/** Fixed at 2 June 2025, noon in Brussels. */
export const testClock = { now: () => new Date('2025-06-02T10:00:00Z') };

export function readContext(caseId?: string): ReadContext {
  return {
    actor: { role: 'registrar', id: 'staff-test' },
    purpose: 'check the cohabitation before a declaration',
    ...(caseId ? { caseId } : {}),
  };
}

let serial = 0;

/** A valid national number not used before in this test process. */
export function freshNumber(sex: Sex, birthDate = '1980-01-01'): string {
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  serial += 1;
  return makeNationalNumber({ born: { year, month, day }, sex, serial });
}

export const GENT = '44021';
export const LEUVEN = '24062';

export function testPerson(sex: Sex, overrides: Partial<NewPerson> = {}): NewPerson {
  const birthDate = overrides.birthDate ?? '1980-01-01';
  return {
    nationalNumber: freshNumber(sex, birthDate),
    firstNames: sex === 'male' ? 'Testa' : 'Testina',
    surname: `Proefpersoon ${serial}`,
    birthDate,
    birthPlace: 'Gent',
    sex,
    domicile: {
      municipality: GENT,
      address: { street: 'Teststraat', number: String(serial), postalCode: '9000', city: 'Gent' },
    },
    ...overrides,
  };
}

/** Two new people in an active legal cohabitation, registered in Gent. */
export async function newCouple(register: RegisterSimulator, startedOn = '2015-05-05') {
  const a = testPerson('male');
  const b = testPerson('female', { domicile: a.domicile });
  await register.addPerson(a);
  await register.addPerson(b);
  const { id } = await register.registerCohabitation({
    partners: [a.nationalNumber, b.nationalNumber], municipality: GENT, startedOn,
  });
  return { id, a: a.nationalNumber, b: b.nationalNumber };
}

export async function count(db: Db, table: string): Promise<number> {
  const result = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`
    .execute(db);
  return result.rows[0]?.n ?? 0;
}
