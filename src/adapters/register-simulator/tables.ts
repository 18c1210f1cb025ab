/**
 * The simulated National Register's tables (migration 0002), and `register_read`, the log of
 * register reads that every adapter writes (rule 6).
 *
 * Date columns (`date` in SQL) come back from the drivers as a Date at midnight in the
 * process's time zone; read them as text with `isoDate()` from ./store.ts instead.
 */
import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from '../../db/schema.ts';

/** A `date` column: written as 'YYYY-MM-DD', read as text through `isoDate()`. */
export type DateColumn = ColumnType<Date, string, string>;

/** An address in a municipality; the people whose domicile it is form its household. */
export interface RegisterHouseholdTable {
  id: string;
  municipality: string;
  street: string;
  house_number: string;
  /** '' when the address has no box number. */
  box: ColumnType<string, string | undefined, string>;
  postal_code: string;
  city: string;
  /** The household's reference person, if one is set. */
  reference_person: string | null;
}

export interface RegisterPersonTable {
  national_number: string;
  first_names: string;
  surname: string;
  birth_date: DateColumn;
  birth_place: string;
  sex: string;
  marital_status: string;
  /** Null when the person has no domicile in Belgium. */
  household_id: string | null;
  deceased_on: DateColumn | null;
  created_at: Generated<Date>;
}

export interface RegisterCohabitationTable {
  id: string;
  municipality: string;
  started_on: DateColumn;
  status: string;
  ended_on: DateColumn | null;
  end_reason: string | null;
  created_at: Generated<Date>;
}

/** The two partners of a cohabitation; `active` lets the database keep one per person. */
export interface RegisterCohabitationPartnerTable {
  cohabitation_id: string;
  national_number: string;
  position: number;
  active: boolean;
}

/** What happened in the register besides terminations: marriages, deaths and moves. */
export interface RegisterEventTable {
  id: Generated<string>;
  type: string;
  national_number: string;
  occurred_on: DateColumn;
  cohabitation_id: string | null;
  recorded_at: Generated<Date>;
}

/** Terminations recorded through the port, one per idempotency key and per cohabitation. */
export interface RegisterTerminationTable {
  idempotency_key: string;
  cohabitation_id: string;
  case_id: string;
  effective_date: DateColumn;
  register_reference: string;
  recorded_at: Generated<Date>;
  /** Migration 0015: the municipality that registered it; service for a unilateral one. */
  registering_municipality: string | null;
  service_date: ColumnType<string | null, string | null | undefined, string | null>;
  service_place: string | null;
}

/** One row per read of register data: who, in which role, when, whom, for which case, why. */
export interface RegisterReadTable {
  id: Generated<number>;
  operation: string;
  actor_role: string;
  actor_id: string;
  case_id: string | null;
  purpose: string;
  /** The national number asked for. */
  national_number: string;
  /** Everyone whose data the answer held (the partner, the household's members). */
  subjects: ColumnType<string[], string[] | undefined, string[]>;
  found: boolean;
  read_at: Generated<Date>;
}

/** The simulator's switches (one row): whether the register answers at all. */
export interface RegisterSimulationTable {
  singleton: ColumnType<boolean, boolean | undefined, boolean>;
  available: boolean;
  updated_at: Timestamp;
}

export interface RegisterTables {
  register_household: RegisterHouseholdTable;
  register_person: RegisterPersonTable;
  register_cohabitation: RegisterCohabitationTable;
  register_cohabitation_partner: RegisterCohabitationPartnerTable;
  register_event: RegisterEventTable;
  register_termination: RegisterTerminationTable;
  register_read: RegisterReadTable;
  register_simulation: RegisterSimulationTable;
}
