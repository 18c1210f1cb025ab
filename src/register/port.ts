/**
 * The National Register as the application sees it. Two adapters implement it: the
 * embedded simulator (src/adapters/register-simulator) and, later, the production adapter
 * that speaks to the register through the service integrator.
 *
 * Rule 6: every read of register data is logged (who, role, when, which person, for which
 * case, why) in the table `register_read`, by the adapter, before the data is handed out.
 * Dates are calendar days as 'YYYY-MM-DD' strings; national numbers are eleven digits.
 */
import type { Sex } from './national-number.ts';

export type { Sex } from './national-number.ts';
export { RegisterError, isRegisterError, type RegisterErrorCode } from './errors.ts';

/** A calendar day, 'YYYY-MM-DD'. */
export type IsoDate = string;

/** A national number or bis number: eleven digits, no separators. */
export type NationalNumber = string;

/** A person is known by their national number. */
export type PersonId = NationalNumber;

/** A municipality's NIS code (five digits, e.g. '44021' for Gent). */
export type MunicipalityCode = string;

export type MaritalStatus = 'unmarried' | 'married' | 'widowed' | 'divorced' | 'separated';

export interface Address {
  street: string;
  number: string;
  box?: string;
  postalCode: string;
  city: string;
}

export interface Person {
  nationalNumber: NationalNumber;
  firstNames: string;
  surname: string;
  birthDate: IsoDate;
  birthPlace: string;
  sex: Sex;
  /** The municipality of domicile; null when the person has no domicile in Belgium. */
  municipality: MunicipalityCode | null;
  /** The address of domicile; null when the person has no domicile in Belgium. */
  address: Address | null;
  deceasedOn?: IsoDate;
  maritalStatus: MaritalStatus;
}

export type CohabitationStatus = 'active' | 'ended';
export type CohabitationEndReason = 'declaration' | 'marriage' | 'death';

export interface Cohabitation {
  id: string;
  partners: [PersonId, PersonId];
  /** Where the cohabitation is registered: its last place of registration. */
  municipality: MunicipalityCode;
  startedOn: IsoDate;
  status: CohabitationStatus;
  endedOn?: IsoDate;
  endReason?: CohabitationEndReason;
  /** How a declaration ended it, as the register recorded. */
  termination?: {
    registeringMunicipality: MunicipalityCode | null;
    registerReference: string;
    service?: { date: IsoDate; place: string };
  };
}

export interface HouseholdMember {
  nationalNumber: NationalNumber;
  firstNames: string;
  surname: string;
  birthDate: IsoDate;
  /** The reference person of the household (referentiepersoon). */
  referencePerson: boolean;
}

/** Who lives at an address (gezinssamenstelling): it follows addresses, not cohabitations. */
export interface Household {
  address: Address;
  municipality: MunicipalityCode;
  /** The living members, the reference person first. */
  members: HouseholdMember[];
}

/** Who reads, in which role, for which case and why: logged with every read (rule 6). */
export interface ReadContext {
  actor: { role: string; id: string };
  caseId?: string;
  purpose: string;
}

export interface TerminationRequest {
  cohabitationId: string;
  /** The municipality whose registrar records it. */
  registeringMunicipality: MunicipalityCode;
  /** For a unilateral declaration: when and where the bailiff served it. */
  service?: { date: IsoDate; place: string };
  /** The day the registrar records the termination: it takes effect that day (rule 7). */
  effectiveDate: IsoDate;
  caseId: string;
  /** The same key returns the same reference and changes nothing (rule 4). */
  idempotencyKey: string;
}

export interface TerminationRecorded {
  registerReference: string;
}

export interface NationalRegister {
  /** The person, or null when the register does not know the number. */
  findPerson(nationalNumber: NationalNumber, context: ReadContext): Promise<Person | null>;
  /**
   * The person's active legal cohabitation, or else the latest one that ended, or null when
   * there never was one. Throws `person_not_found` for a number the register does not know.
   */
  findCohabitation(
    nationalNumber: NationalNumber,
    context: ReadContext,
  ): Promise<Cohabitation | null>;
  /**
   * The household at the person's domicile, or null when they have none in Belgium or have
   * died. Throws `person_not_found` for a number the register does not know.
   */
  household(nationalNumber: NationalNumber, context: ReadContext): Promise<Household | null>;
  /**
   * Records the end of a cohabitation by declaration. Throws `cohabitation_already_ended`
   * when it already ended under another key, `cohabitation_not_found`, and
   * `idempotency_conflict` when the key was used for another cohabitation.
   */
  recordTermination(request: TerminationRequest): Promise<TerminationRecorded>;
}

/** The port's methods that read register data: each takes a ReadContext and is logged. */
export type ReadOperation = {
  [K in keyof NationalRegister]: Parameters<NationalRegister[K]> extends [string, ReadContext]
    ? K : never;
}[keyof NationalRegister];

/** The read operations as a list, for adapters and tests; the type below keeps it complete. */
export const readOperations = ['findPerson', 'findCohabitation', 'household'] as const;

type Missing = Exclude<ReadOperation, (typeof readOperations)[number]>;
/** Fails to compile when a read operation is added to the port but not to the list. */
export const readOperationsComplete: Missing extends never ? true : never = true;
