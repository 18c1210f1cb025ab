/**
 * The simulated register's queries: people, households and cohabitations read from and
 * written to the tables of migration 0002. No logging here; the callers log reads.
 */
import { randomUUID } from 'node:crypto';
import { sql, type InferResult, type RawBuilder } from 'kysely';
import type { Db } from '../../db/database.ts';
import { RegisterError } from '../../register/errors.ts';
import { daysInMonth, validateNationalNumber } from '../../register/national-number.ts';
import type {
  Address, Cohabitation, CohabitationEndReason, Household, HouseholdMember, IsoDate,
  MaritalStatus, MunicipalityCode, NationalNumber, Person, Sex,
} from '../../register/port.ts';

/** A date column read as 'YYYY-MM-DD' text, whatever the driver's time zone. */
export function isoDate(column: string): RawBuilder<string> {
  return sql<string>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`;
}

function isoDateOrNull(column: string): RawBuilder<string | null> {
  return sql<string | null>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`;
}

/** The eleven digits of a valid number; throws `invalid_national_number` otherwise. */
export function checkedNumber(input: string): NationalNumber {
  const result = validateNationalNumber(input);
  if (!result.ok) throw new RegisterError('invalid_national_number');
  return result.value;
}

/** Throws `invalid_request` unless the text is a real calendar day 'YYYY-MM-DD'. */
export function checkedDate(value: string): IsoDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [year, month, day] = (match ?? []).slice(1).map(Number);
  const valid = year !== undefined && month !== undefined && day !== undefined
    && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  if (!valid) throw new RegisterError('invalid_request');
  return value;
}

/** Throws `invalid_request` unless the text is a NIS code of five digits. */
export function checkedMunicipality(code: string): MunicipalityCode {
  if (!/^\d{5}$/.test(code)) throw new RegisterError('invalid_request');
  return code;
}

/** Throws `unavailable` while the simulator is switched to play an outage. */
export async function assertAvailable(db: Db): Promise<void> {
  const row = await db.selectFrom('register_simulation').select('available')
    .executeTakeFirst();
  if (row?.available === false) throw new RegisterError('unavailable');
}

function personQuery(db: Db) {
  return db.selectFrom('register_person as p')
    .leftJoin('register_household as h', 'h.id', 'p.household_id')
    .select([
      'p.national_number', 'p.first_names', 'p.surname', 'p.birth_place', 'p.sex',
      'p.marital_status', 'p.household_id', 'h.municipality', 'h.street', 'h.house_number',
      'h.box', 'h.postal_code', 'h.city',
      isoDate('p.birth_date').as('birth_date'),
      isoDateOrNull('p.deceased_on').as('deceased_on'),
    ]);
}

type PersonRow = InferResult<ReturnType<typeof personQuery>>[number];

export async function selectPerson(db: Db, nn: NationalNumber): Promise<Person | null> {
  const row = await personQuery(db).where('p.national_number', '=', nn).executeTakeFirst();
  return row ? toPerson(row) : null;
}

function toPerson(row: PersonRow): Person {
  const person: Person = {
    nationalNumber: row.national_number,
    firstNames: row.first_names,
    surname: row.surname,
    birthDate: row.birth_date,
    birthPlace: row.birth_place,
    sex: row.sex as Sex,
    municipality: row.municipality,
    address: toAddress(row),
    maritalStatus: row.marital_status as MaritalStatus,
  };
  if (row.deceased_on !== null) person.deceasedOn = row.deceased_on;
  return person;
}

interface AddressRow {
  street: string | null;
  house_number: string | null;
  box: string | null;
  postal_code: string | null;
  city: string | null;
}

function toAddress(row: AddressRow): Address | null {
  const { street, house_number: number, postal_code: postalCode, city } = row;
  if (street === null || number === null || postalCode === null || city === null) return null;
  return { street, number, postalCode, city, ...(row.box ? { box: row.box } : {}) };
}

/** The person's active cohabitation, else the one that ended last, else null. */
export async function selectCohabitationOf(
  db: Db,
  nn: NationalNumber,
): Promise<Cohabitation | null> {
  const row = await db.selectFrom('register_cohabitation_partner as cp')
    .innerJoin('register_cohabitation as c', 'c.id', 'cp.cohabitation_id')
    .select('c.id')
    .where('cp.national_number', '=', nn)
    .orderBy(sql`c.status = 'active'`, 'desc')
    .orderBy('c.ended_on', (ob) => ob.desc().nullsLast())
    .orderBy('c.started_on', 'desc')
    .executeTakeFirst();
  return row ? selectCohabitation(db, row.id) : null;
}

export async function selectCohabitation(db: Db, id: string): Promise<Cohabitation | null> {
  const row = await db.selectFrom('register_cohabitation')
    .select(['id', 'municipality', 'status', 'end_reason'])
    .select([isoDate('started_on').as('started_on'), isoDateOrNull('ended_on').as('ended_on')])
    .where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const cohabitation: Cohabitation = {
    id: row.id,
    partners: await partnersOf(db, id),
    municipality: row.municipality,
    startedOn: row.started_on,
    status: row.status === 'active' ? 'active' : 'ended',
  };
  if (row.ended_on !== null) cohabitation.endedOn = row.ended_on;
  if (row.end_reason !== null) cohabitation.endReason = row.end_reason as CohabitationEndReason;
  const termination = await db.selectFrom('register_termination')
    .select(['registering_municipality', 'register_reference', 'service_place'])
    .select(isoDateOrNull('service_date').as('service_date'))
    .where('cohabitation_id', '=', id).executeTakeFirst();
  if (termination) {
    cohabitation.termination = {
      registeringMunicipality: termination.registering_municipality,
      registerReference: termination.register_reference,
      ...(termination.service_date !== null && termination.service_place !== null
        ? { service: { date: termination.service_date, place: termination.service_place } }
        : {}),
    };
  }
  return cohabitation;
}

async function partnersOf(db: Db, id: string): Promise<[NationalNumber, NationalNumber]> {
  const rows = await db.selectFrom('register_cohabitation_partner').select('national_number')
    .where('cohabitation_id', '=', id).orderBy('position').execute();
  const [first, second] = rows.map((r) => r.national_number);
  if (first === undefined || second === undefined) {
    throw new Error(`Cohabitation ${id} does not have two partners.`);
  }
  return [first, second];
}

/** The household at a domicile, its living members with the reference person first. */
export async function selectHousehold(db: Db, householdId: string): Promise<Household> {
  const home = await db.selectFrom('register_household').selectAll()
    .where('id', '=', householdId).executeTakeFirstOrThrow();
  const rows = await db.selectFrom('register_person')
    .select(['national_number', 'first_names', 'surname', isoDate('birth_date').as('birth_date')])
    .where('household_id', '=', householdId).where('deceased_on', 'is', null)
    .orderBy(sql`national_number = ${home.reference_person}`, (ob) => ob.desc().nullsLast())
    .orderBy('birth_date').orderBy('national_number')
    .execute();
  const members = rows.map((r): HouseholdMember => ({
    nationalNumber: r.national_number,
    firstNames: r.first_names,
    surname: r.surname,
    birthDate: r.birth_date,
    referencePerson: r.national_number === home.reference_person,
  }));
  const address = toAddress(home) as Address;
  return { address, municipality: home.municipality, members };
}

/** The household at this address, made when there is none yet. */
export async function householdAt(
  db: Db,
  municipality: MunicipalityCode,
  address: Address,
): Promise<string> {
  const key = {
    municipality, street: address.street, house_number: address.number,
    box: address.box ?? '', postal_code: address.postalCode,
  };
  await db.insertInto('register_household')
    .values({ id: randomUUID(), ...key, city: address.city, reference_person: null })
    .onConflict((oc) => oc.doNothing()).execute();
  const row = await db.selectFrom('register_household').select('id')
    .where('municipality', '=', key.municipality).where('street', '=', key.street)
    .where('house_number', '=', key.house_number).where('box', '=', key.box)
    .where('postal_code', '=', key.postal_code).executeTakeFirstOrThrow();
  return row.id;
}

/** Makes the person the household's reference person when it has none. */
export async function claimReference(db: Db, householdId: string, nn: NationalNumber) {
  await db.updateTable('register_household').set({ reference_person: nn })
    .where('id', '=', householdId).where('reference_person', 'is', null).execute();
}

/** When the person was the reference person, the oldest living member left takes over. */
export async function handOverReference(db: Db, householdId: string, nn: NationalNumber) {
  const next = db.selectFrom('register_person').select('national_number')
    .where('household_id', '=', householdId).where('national_number', '<>', nn)
    .where('deceased_on', 'is', null).orderBy('birth_date').orderBy('national_number').limit(1);
  await db.updateTable('register_household').set({ reference_person: next })
    .where('id', '=', householdId).where('reference_person', '=', nn).execute();
}

/** Ends a cohabitation and frees both partners for a new one. */
export async function endCohabitation(
  db: Db,
  id: string,
  on: IsoDate,
  reason: CohabitationEndReason,
): Promise<void> {
  await db.updateTable('register_cohabitation')
    .set({ status: 'ended', ended_on: on, end_reason: reason }).where('id', '=', id).execute();
  await db.updateTable('register_cohabitation_partner').set({ active: false })
    .where('cohabitation_id', '=', id).execute();
}
