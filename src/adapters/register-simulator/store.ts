/**
 * The simulated register's queries: people, households and cohabitations read from and
 * written to the tables of migration 0002. No logging here; the callers log reads.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Compilable, type InferResult, type RawBuilder } from 'kysely';
import type { Db } from '../../db/database.ts';
import { RegisterError } from '../../register/errors.ts';
import { readRow, type RegisterReadEntry } from '../../register/read-log.ts';
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

/**
 * A lookup of the register: at most one row, when the register knows the number asked for,
 * with `subjects`, the national numbers of everyone whose data the row holds.
 */
export interface Lookup<Row extends { subjects: NationalNumber[] }> {
  query: Compilable<Row>;
}

/**
 * Reads and logs the read (rule 6) in one statement, so the answer never comes without its
 * row in `register_read`: a number the register does not know is logged with `found` false.
 * During a simulated outage nothing is written and `logged` is false.
 */
export async function readAndLog<Row extends { subjects: NationalNumber[] }>(
  db: Db, lookup: Lookup<Row>, entry: Omit<RegisterReadEntry, 'found' | 'subjects'>,
): Promise<{ logged: boolean; row: Row | null }> {
  const log = readRow({ ...entry, found: false, subjects: [] });
  const result = await sql<{ logged: boolean; row: Row | null }>`
    with found as (${lookup.query}),
    logged as (
      insert into register_read (operation, actor_role, actor_id, case_id, purpose,
        national_number, subjects, found)
      select ${log.operation}, ${log.actor_role}, ${log.actor_id}, ${log.case_id}::text,
        ${log.purpose}, ${log.national_number},
        coalesce((select subjects from found limit 1), '{}'::text[]), exists (select from found)
      where not exists (select from register_simulation where not available)
      returning 1)
    select exists (select from logged) as logged,
      (select to_jsonb(found) from found limit 1) as row`.execute(db);
  const first = result.rows[0];
  return { logged: first?.logged === true, row: first?.row ?? null };
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

/** The person: the data is theirs alone. */
export function personLookup(db: Db, nn: NationalNumber) {
  return {
    query: personQuery(db).select(sql<NationalNumber[]>`array[p.national_number]`.as('subjects'))
      .where('p.national_number', '=', nn),
  };
}

export function toPerson(row: PersonRow): Person {
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

/**
 * The person's active cohabitation, else the one that ended last, with its partners and
 * the recorded termination; a row without a cohabitation (`id` null) when they never had
 * one. The data is the partners', or the person's alone.
 */
export function cohabitationLookup(db: Db, nn: NationalNumber) {
  return {
    query: db.selectFrom('register_person as p')
      .leftJoinLateral((eb) => eb.selectFrom('register_cohabitation_partner as cp')
        .innerJoin('register_cohabitation as c', 'c.id', 'cp.cohabitation_id')
        .select(['c.id', 'c.municipality', 'c.status', 'c.end_reason', 'c.started_on',
          'c.ended_on'])
        .whereRef('cp.national_number', '=', 'p.national_number')
        .orderBy(sql`c.status = 'active'`, 'desc')
        .orderBy('c.ended_on', (ob) => ob.desc().nullsLast())
        .orderBy('c.started_on', 'desc')
        .limit(1)
        .as('c'), (join) => join.onTrue())
      .leftJoinLateral((eb) => eb.selectFrom('register_cohabitation_partner as pair')
        .select(sql<NationalNumber[] | null>`array_agg(pair.national_number order by pair.position)`
          .as('partners'))
        .whereRef('pair.cohabitation_id', '=', 'c.id')
        .as('pp'), (join) => join.onTrue())
      .leftJoin('register_termination as t', 't.cohabitation_id', 'c.id')
      .select(['c.id', 'c.municipality', 'c.status', 'c.end_reason', 'pp.partners',
        't.registering_municipality', 't.register_reference', 't.service_place'])
      .select([
        isoDateOrNull('c.started_on').as('started_on'), isoDateOrNull('c.ended_on').as('ended_on'),
        isoDateOrNull('t.service_date').as('service_date'),
        sql<NationalNumber[]>`coalesce(pp.partners, array[p.national_number])`.as('subjects'),
      ])
      .where('p.national_number', '=', nn),
  };
}

type CohabitationRow = InferResult<ReturnType<typeof cohabitationLookup>['query']>[number];

export function toCohabitation(row: CohabitationRow): Cohabitation | null {
  if (row.id === null) return null;
  const [first, second] = row.partners ?? [];
  if (first === undefined || second === undefined) {
    throw new Error(`Cohabitation ${row.id} does not have two partners.`);
  }
  const cohabitation: Cohabitation = {
    id: row.id,
    partners: [first, second],
    municipality: row.municipality as MunicipalityCode,
    startedOn: row.started_on as IsoDate,
    status: row.status === 'active' ? 'active' : 'ended',
  };
  if (row.ended_on !== null) cohabitation.endedOn = row.ended_on;
  if (row.end_reason !== null) cohabitation.endReason = row.end_reason as CohabitationEndReason;
  if (row.register_reference !== null) { // a termination was recorded
    cohabitation.termination = {
      registeringMunicipality: row.registering_municipality,
      registerReference: row.register_reference,
      ...(row.service_date !== null && row.service_place !== null
        ? { service: { date: row.service_date, place: row.service_place } }
        : {}),
    };
  }
  return cohabitation;
}

/**
 * The household at the person's domicile, its living members with the reference person
 * first; `address` null when the person has no domicile in Belgium or has died. The data is
 * the members', or the person's alone.
 */
export function householdLookup(db: Db, nn: NationalNumber) {
  return {
    query: db.selectFrom('register_person as p')
      .leftJoin('register_household as h', (join) => join.onRef('h.id', '=', 'p.household_id')
        .on('p.deceased_on', 'is', null))
      .leftJoinLateral((eb) => eb.selectFrom('register_person as m')
        .select(sql<HouseholdMember[]>`coalesce(json_agg(json_build_object(
            'nationalNumber', m.national_number, 'firstNames', m.first_names,
            'surname', m.surname, 'birthDate', to_char(m.birth_date, 'YYYY-MM-DD'),
            'referencePerson', m.national_number is not distinct from h.reference_person)
          order by m.national_number is not distinct from h.reference_person desc,
            m.birth_date, m.national_number), '[]')`.as('members'))
        .whereRef('m.household_id', '=', 'h.id').where('m.deceased_on', 'is', null)
        .as('mm'), (join) => join.onTrue())
      .select(['h.id', 'h.municipality', 'h.street', 'h.house_number', 'h.box', 'h.postal_code',
        'h.city', 'mm.members'])
      .select(sql<NationalNumber[]>`case when h.id is null then array[p.national_number]
        else array(select e->>'nationalNumber' from json_array_elements(mm.members) e) end`
        .as('subjects'))
      .where('p.national_number', '=', nn),
  };
}

type HouseholdRow = InferResult<ReturnType<typeof householdLookup>['query']>[number];

export function toHousehold(row: HouseholdRow): Household | null {
  if (row.id === null || row.municipality === null) return null;
  return { address: toAddress(row) as Address, municipality: row.municipality,
    members: row.members ?? [] };
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
