/**
 * Putting fictitious people and cohabitations into the simulated register: used by the demo
 * seed, by tests and by the simulator's own operations. Callers run these in a transaction.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { RegisterError } from '../../register/errors.ts';
import { validateNationalNumber } from '../../register/national-number.ts';
import type {
  Address, CohabitationEndReason, IsoDate, MaritalStatus, MunicipalityCode, NationalNumber,
  Sex,
} from '../../register/port.ts';
import { checkedDate, checkedMunicipality, claimReference, householdAt } from './store.ts';

export interface Domicile {
  municipality: MunicipalityCode;
  address: Address;
}

export interface NewPerson {
  nationalNumber: NationalNumber;
  firstNames: string;
  surname: string;
  birthDate: IsoDate;
  birthPlace: string;
  sex: Sex;
  /** 'unmarried' when left out. */
  maritalStatus?: MaritalStatus;
  /** Null for a person without a domicile in Belgium. */
  domicile: Domicile | null;
  deceasedOn?: IsoDate;
}

export interface NewCohabitation {
  /** Made up when left out; a fixed id makes a seed idempotent. */
  id?: string;
  partners: [NationalNumber, NationalNumber];
  municipality: MunicipalityCode;
  startedOn: IsoDate;
  /** For history: a cohabitation that has already ended. */
  ended?: { on: IsoDate; reason: CohabitationEndReason };
}

/**
 * Adds a person; false when the national number is already there (nothing changes then).
 * Throws `invalid_national_number` when the number does not fit the birth date or sex.
 */
export async function insertPerson(db: Db, person: NewPerson): Promise<boolean> {
  assertNumberFits(person);
  const known = await db.selectFrom('register_person').select('national_number')
    .where('national_number', '=', person.nationalNumber).executeTakeFirst();
  if (known) return false;
  const { domicile } = person;
  const householdId = domicile
    ? await householdAt(db, checkedMunicipality(domicile.municipality), domicile.address) : null;
  const inserted = await db.insertInto('register_person').values({
    national_number: person.nationalNumber,
    first_names: person.firstNames,
    surname: person.surname,
    birth_date: checkedDate(person.birthDate),
    birth_place: person.birthPlace,
    sex: person.sex,
    marital_status: person.maritalStatus ?? 'unmarried',
    household_id: householdId,
    deceased_on: person.deceasedOn === undefined ? null : checkedDate(person.deceasedOn),
  }).onConflict((oc) => oc.doNothing()).returning('national_number').executeTakeFirst();
  const living = person.deceasedOn === undefined;
  if (inserted && householdId && living) {
    await claimReference(db, householdId, person.nationalNumber);
  }
  return inserted !== undefined;
}

function assertNumberFits(person: NewPerson): void {
  const checked = validateNationalNumber(person.nationalNumber);
  const fits = checked.ok && checked.value === person.nationalNumber
    && (checked.sex === undefined || checked.sex === person.sex)
    && (checked.birthDate === undefined || checked.birthDate === person.birthDate)
    && person.birthDate.startsWith(String(checked.birth.year));
  if (!fits) throw new RegisterError('invalid_national_number');
}

/**
 * Registers a legal cohabitation; false when one with this id is already there. Throws
 * `person_not_found`, `person_deceased`, `already_married`, `already_cohabiting` or
 * `invalid_request` (one person twice, or an end before the start) for an active one.
 */
export async function insertCohabitation(
  db: Db,
  input: NewCohabitation,
): Promise<{ id: string; added: boolean }> {
  const id = input.id ?? randomUUID();
  const [a, b] = input.partners;
  if (a === b) throw new RegisterError('invalid_request');
  checkedMunicipality(input.municipality);
  if (input.ended && checkedDate(input.ended.on) < checkedDate(input.startedOn)) {
    throw new RegisterError('invalid_request');
  }
  const exists = await db.selectFrom('register_cohabitation').select('id')
    .where('id', '=', id).executeTakeFirst();
  if (exists) return { id, added: false };
  const people = await lockPeople(db, input.partners);
  if (!input.ended) await assertFreeToCohabit(db, people);
  await writeCohabitation(db, id, input);
  return { id, added: true };
}

async function lockPeople(db: Db, partners: NationalNumber[]) {
  const people = await db.selectFrom('register_person')
    .select(['national_number', 'deceased_on', 'marital_status'])
    .where('national_number', 'in', partners).orderBy('national_number').forUpdate().execute();
  if (people.length !== partners.length) throw new RegisterError('person_not_found');
  return people;
}

type LockedPerson = Awaited<ReturnType<typeof lockPeople>>[number];

async function assertFreeToCohabit(db: Db, people: LockedPerson[]): Promise<void> {
  if (people.some((p) => p.deceased_on !== null)) throw new RegisterError('person_deceased');
  if (people.some((p) => p.marital_status === 'married')) {
    throw new RegisterError('already_married');
  }
  const active = await db.selectFrom('register_cohabitation_partner').select('national_number')
    .where('national_number', 'in', people.map((p) => p.national_number))
    .where('active', '=', true).executeTakeFirst();
  if (active) throw new RegisterError('already_cohabiting');
}

async function writeCohabitation(db: Db, id: string, input: NewCohabitation): Promise<void> {
  await db.insertInto('register_cohabitation').values({
    id,
    municipality: input.municipality,
    started_on: checkedDate(input.startedOn),
    status: input.ended ? 'ended' : 'active',
    ended_on: input.ended?.on ?? null,
    end_reason: input.ended?.reason ?? null,
  }).execute();
  await db.insertInto('register_cohabitation_partner').values(input.partners.map((nn, i) => ({
    cohabitation_id: id, national_number: nn, position: i + 1, active: !input.ended,
  }))).execute();
}
