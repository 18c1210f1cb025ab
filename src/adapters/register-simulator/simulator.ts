/**
 * The embedded National Register: the port on the project's own database, with fictitious
 * people, plus the operations a demo, a test or a development page uses to play the
 * register's side (marriages, deaths, moves, an outage).
 */
import type { Db } from '../../db/database.ts';
import { withTransaction } from '../../db/transaction.ts';
import { RegisterError } from '../../register/errors.ts';
import type {
  Address, Cohabitation, Household, IsoDate, MunicipalityCode, NationalNumber,
  NationalRegister, Person, ReadContext, ReadOperation, TerminationRecorded,
  TerminationRequest,
} from '../../register/port.ts';
import { assertReadContext, logRegisterRead } from '../../register/read-log.ts';
import {
  insertCohabitation, insertPerson, type NewCohabitation, type NewPerson,
} from './people.ts';
import { recordLifeEvent, recordMove, type RegisterEventRecorded } from './register-events.ts';
import {
  assertAvailable, checkedNumber, selectCohabitationOf, selectHousehold, selectPerson,
} from './store.ts';
import { recordTermination } from './termination.ts';

export interface SimulatorOptions {
  /**
   * The project's clock (the engine's Clock fits): it dates the outbox rows of marriages and
   * deaths, so a simulated clock's worker finds them due, and gives the default date of a
   * move (today in Europe/Brussels). The system clock when left out.
   */
  clock?: { now(): Date };
}

/** What a read found: the value and whose data it holds, or no such person. */
type Answer<T> = { value: T; subjects: NationalNumber[] } | { missing: true };

export class RegisterSimulator implements NationalRegister {
  private readonly clock: { now(): Date };

  constructor(private readonly db: Db, options: SimulatorOptions = {}) {
    this.clock = options.clock ?? { now: () => new Date() };
  }

  findPerson(nationalNumber: string, context: ReadContext): Promise<Person | null> {
    return this.read('findPerson', nationalNumber, context, personAnswer, () => null);
  }

  findCohabitation(nationalNumber: string, context: ReadContext): Promise<Cohabitation | null> {
    return this.read('findCohabitation', nationalNumber, context, cohabitationAnswer);
  }

  household(nationalNumber: string, context: ReadContext): Promise<Household | null> {
    return this.read('household', nationalNumber, context, householdAnswer);
  }

  recordTermination(request: TerminationRequest): Promise<TerminationRecorded> {
    return recordTermination(this.db, request);
  }

  /**
   * Every read goes through here: check the number and the context, read, and log the read
   * in the same transaction (rule 6). A number the register does not know is logged too,
   * with `found` false; `ifMissing` then answers (findPerson: null) or throws.
   */
  private async read<T>(
    operation: ReadOperation,
    nationalNumber: string,
    context: ReadContext,
    fetch: (db: Db, nn: NationalNumber) => Promise<Answer<T>>,
    ifMissing: () => T = personNotFound,
  ): Promise<T> {
    const nn = checkedNumber(nationalNumber);
    assertReadContext(context);
    const answer = await withTransaction(this.db, async (trx) => {
      await assertAvailable(trx);
      const found = await fetch(trx, nn);
      await logRegisterRead(trx, { operation, context, nationalNumber: nn, ...logged(found) });
      return found;
    });
    return 'missing' in answer ? ifMissing() : answer.value;
  }

  // The register's side, for demos, tests and the development page. These are not reads.

  /** Adds a fictitious person; false when the number is already in the register. */
  addPerson(person: NewPerson): Promise<boolean> {
    return withTransaction(this.db, (trx) => insertPerson(trx, person));
  }

  /** Registers a legal cohabitation (or, with `ended`, one from the past). */
  registerCohabitation(input: NewCohabitation): Promise<{ id: string; added: boolean }> {
    return withTransaction(this.db, (trx) => insertCohabitation(trx, input));
  }

  /** A marriage: ends the person's active cohabitation and tells the engine. */
  recordMarriage(nationalNumber: string, on: IsoDate): Promise<RegisterEventRecorded> {
    return recordLifeEvent(this.db, { type: 'marriage', nationalNumber, on }, this.clock.now());
  }

  /** A death: ends the person's active cohabitation and tells the engine. */
  recordDeath(nationalNumber: string, on: IsoDate): Promise<RegisterEventRecorded> {
    return recordLifeEvent(this.db, { type: 'death', nationalNumber, on }, this.clock.now());
  }

  /** A change of domicile; the date defaults to today. */
  recordMove(
    nationalNumber: string,
    address: Address,
    municipality: MunicipalityCode,
    on: IsoDate = brusselsDate(this.clock.now()),
  ): Promise<{ registerEventId: string }> {
    return recordMove(this.db, nationalNumber, { address, municipality, on });
  }

  /** Plays an outage: while unavailable, every port call fails with `unavailable`. */
  async setAvailable(available: boolean): Promise<void> {
    await this.db.updateTable('register_simulation')
      .set({ available, updated_at: new Date() }).execute();
  }
}

function logged<T>(answer: Answer<T>): { found: boolean; subjects: NationalNumber[] } {
  return 'missing' in answer ? { found: false, subjects: [] }
    : { found: true, subjects: answer.subjects };
}

function personNotFound(): never {
  throw new RegisterError('person_not_found');
}

async function personAnswer(db: Db, nn: NationalNumber): Promise<Answer<Person>> {
  const person = await selectPerson(db, nn);
  return person ? { value: person, subjects: [nn] } : { missing: true };
}

async function cohabitationAnswer(
  db: Db,
  nn: NationalNumber,
): Promise<Answer<Cohabitation | null>> {
  if (!(await selectPerson(db, nn))) return { missing: true };
  const cohabitation = await selectCohabitationOf(db, nn);
  return { value: cohabitation, subjects: cohabitation?.partners ?? [nn] };
}

async function householdAnswer(db: Db, nn: NationalNumber): Promise<Answer<Household | null>> {
  const person = await db.selectFrom('register_person').select(['household_id', 'deceased_on'])
    .where('national_number', '=', nn).executeTakeFirst();
  if (!person) return { missing: true };
  if (!person.household_id || person.deceased_on) return { value: null, subjects: [nn] };
  const household = await selectHousehold(db, person.household_id);
  return { value: household, subjects: household.members.map((m) => m.nationalNumber) };
}

/**
 * Build it on the root Db: each call then runs in its own transaction, and a read's log row
 * is kept even when the caller's own work fails afterwards. Built on a transaction, it works
 * inside that one instead (on the embedded database a second transaction beside an open one
 * would wait forever), and its rows, the read log included, commit or roll back with it.
 */
export function createRegisterSimulator(db: Db, options?: SimulatorOptions): RegisterSimulator {
  return new RegisterSimulator(db, options);
}

function brusselsDate(instant: Date): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(instant);
}
