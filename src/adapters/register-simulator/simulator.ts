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
import { assertReadContext } from '../../register/read-log.ts';
import {
  insertCohabitation, insertPerson, type NewCohabitation, type NewPerson,
} from './people.ts';
import { recordLifeEvent, recordMove, type RegisterEventRecorded } from './register-events.ts';
import {
  checkedNumber, cohabitationLookup, householdLookup, personLookup, readAndLog, toCohabitation,
  toHousehold, toPerson, type Lookup,
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

export class RegisterSimulator implements NationalRegister {
  private readonly clock: { now(): Date };

  constructor(private readonly db: Db, options: SimulatorOptions = {}) {
    this.clock = options.clock ?? { now: () => new Date() };
  }

  findPerson(nationalNumber: string, context: ReadContext): Promise<Person | null> {
    return this.read('findPerson', nationalNumber, context, personLookup, toPerson, () => null);
  }

  findCohabitation(nationalNumber: string, context: ReadContext): Promise<Cohabitation | null> {
    return this.read('findCohabitation', nationalNumber, context, cohabitationLookup,
      toCohabitation);
  }

  household(nationalNumber: string, context: ReadContext): Promise<Household | null> {
    return this.read('household', nationalNumber, context, householdLookup, toHousehold);
  }

  recordTermination(request: TerminationRequest): Promise<TerminationRecorded> {
    return recordTermination(this.db, request);
  }

  /**
   * Every read goes through here: check the number and the context, then read and log the
   * read in one statement (rule 6), so no data leaves without its row. A number the register
   * does not know is logged too, with `found` false; `ifMissing` then answers (findPerson:
   * null) or throws. During a simulated outage nothing is logged and the read fails with
   * `unavailable`.
   */
  private async read<Row extends { subjects: NationalNumber[] }, T>(
    operation: ReadOperation,
    nationalNumber: string,
    context: ReadContext,
    lookup: (db: Db, nn: NationalNumber) => Lookup<Row>,
    answer: (row: Row) => T,
    ifMissing: () => T = personNotFound,
  ): Promise<T> {
    const nn = checkedNumber(nationalNumber);
    assertReadContext(context);
    const { logged, row } = await readAndLog(this.db, lookup(this.db, nn),
      { operation, context, nationalNumber: nn });
    if (!logged) throw new RegisterError('unavailable');
    return row ? answer(row) : ifMissing();
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

function personNotFound(): never {
  throw new RegisterError('person_not_found');
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
