/**
 * The simulated register's own events: a marriage, a death, a move. A marriage or death ends
 * the person's active legal cohabitation by law and, in the same transaction, puts a
 * `register_event` row in the core outbox so the engine can lapse an open case (rule 8).
 * Every marriage and death goes to the outbox, with or without a cohabitation: the engine
 * decides whether a case is concerned.
 */
import type { Db } from '../../db/database.ts';
import { withTransaction } from '../../db/transaction.ts';
import { RegisterError } from '../../register/errors.ts';
import type {
  Address, IsoDate, MunicipalityCode, NationalNumber,
} from '../../register/port.ts';
import {
  checkedDate, checkedMunicipality, checkedNumber, claimReference, endCohabitation,
  handOverReference, householdAt, isoDate,
} from './store.ts';

export type LifeEventType = 'marriage' | 'death';

/** The outbox payload of kind 'register_event', as the engine's worker reads it. */
export interface RegisterEventPayload {
  registerEventId: string;
  type: LifeEventType;
  person: NationalNumber;
  occurredOn: IsoDate;
}

export interface RegisterEventRecorded {
  registerEventId: string;
  /** The cohabitation this event ended, if the person had an active one. */
  endedCohabitationId: string | null;
}

export interface LifeEvent {
  type: LifeEventType;
  nationalNumber: string;
  on: IsoDate;
}

/** `now` dates the outbox row: the worker runs it once its clock reaches that time. */
export async function recordLifeEvent(
  db: Db,
  event: LifeEvent,
  now: Date,
): Promise<RegisterEventRecorded> {
  const { type, on: occurredOn } = event;
  const nn = checkedNumber(event.nationalNumber);
  checkedDate(occurredOn);
  return withTransaction(db, async (trx) => {
    const person = await lockLivingPerson(trx, nn);
    if (type === 'marriage' && person.marital_status === 'married') {
      throw new RegisterError('already_married');
    }
    const ended = await endActiveCohabitation(trx, nn, occurredOn, type);
    await updatePerson(trx, type, nn, occurredOn);
    if (type === 'death' && person.household_id) {
      await handOverReference(trx, person.household_id, nn);
    }
    const registerEventId = await insertEvent(trx, type, nn, occurredOn, ended);
    await enqueue(trx, { registerEventId, type, person: nn, occurredOn }, now);
    return { registerEventId, endedCohabitationId: ended };
  });
}

async function lockLivingPerson(db: Db, nn: NationalNumber) {
  const person = await db.selectFrom('register_person')
    .select(['marital_status', 'deceased_on', 'household_id'])
    .where('national_number', '=', nn).forUpdate().executeTakeFirst();
  if (!person) throw new RegisterError('person_not_found');
  if (person.deceased_on !== null) throw new RegisterError('person_deceased');
  return person;
}

async function endActiveCohabitation(
  db: Db,
  nn: NationalNumber,
  on: IsoDate,
  reason: LifeEventType,
): Promise<string | null> {
  const active = await db.selectFrom('register_cohabitation_partner as cp')
    .innerJoin('register_cohabitation as c', 'c.id', 'cp.cohabitation_id')
    .select(['c.id', isoDate('c.started_on').as('started_on')])
    .where('cp.national_number', '=', nn).where('cp.active', '=', true)
    .forUpdate().executeTakeFirst();
  if (!active) return null;
  if (on < active.started_on) throw new RegisterError('invalid_request');
  await endCohabitation(db, active.id, on, reason);
  return active.id;
}

async function updatePerson(db: Db, type: LifeEventType, nn: NationalNumber, on: IsoDate) {
  const change = type === 'marriage' ? { marital_status: 'married' } : { deceased_on: on };
  await db.updateTable('register_person').set(change)
    .where('national_number', '=', nn).execute();
}

async function insertEvent(
  db: Db,
  type: LifeEventType | 'move',
  nn: NationalNumber,
  on: IsoDate,
  cohabitationId: string | null,
): Promise<string> {
  const row = await db.insertInto('register_event').values({
    type, national_number: nn, occurred_on: on, cohabitation_id: cohabitationId,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

async function enqueue(db: Db, payload: RegisterEventPayload, now: Date): Promise<void> {
  await db.insertInto('outbox').values({
    case_id: null,
    kind: 'register_event',
    payload: JSON.stringify(payload),
    idempotency_key: `register-event:${payload.registerEventId}`,
    run_at: now,
    last_error: null,
    done_at: null,
  }).execute();
}

/**
 * Moves a person's domicile to an address (a new or an existing household). The person's
 * reference role in the old household passes to its oldest member; moving does not end a
 * cohabitation.
 */
export async function recordMove(
  db: Db,
  nationalNumber: string,
  to: { address: Address; municipality: MunicipalityCode; on: IsoDate },
): Promise<{ registerEventId: string }> {
  const nn = checkedNumber(nationalNumber);
  checkedDate(to.on);
  return withTransaction(db, async (trx) => {
    const person = await lockLivingPerson(trx, nn);
    const householdId = await householdAt(trx, checkedMunicipality(to.municipality), to.address);
    if (person.household_id !== householdId) await moveHousehold(trx, nn, person, householdId);
    return { registerEventId: await insertEvent(trx, 'move', nn, to.on, null) };
  });
}

async function moveHousehold(
  db: Db,
  nn: NationalNumber,
  person: { household_id: string | null },
  householdId: string,
): Promise<void> {
  if (person.household_id) await handOverReference(db, person.household_id, nn);
  await db.updateTable('register_person').set({ household_id: householdId })
    .where('national_number', '=', nn).execute();
  await claimReference(db, householdId, nn);
}
