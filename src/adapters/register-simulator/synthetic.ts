import type { Db } from '../../db/database.ts';
import { withTransaction } from '../../db/transaction.ts';
import { makeNationalNumber } from '../../register/national-number.ts';
import type { MunicipalityCode, NationalNumber } from '../../register/port.ts';
import { insertCohabitation, insertPerson } from './people.ts';

export interface SyntheticCouples {
  /** How many couples, each at an address of its own. */
  count: number;
  municipality: MunicipalityCode;
  postalCode: string;
  city: string;
  /** Couples are numbered from here, so that several batches do not meet. */
  from?: number;
}

/**
 * Adds fictitious couples in an active legal cohabitation, for load tests and the
 * benchmark: valid national numbers (sequence numbers 001-800, away from the demo people's),
 * one household per couple. Returns the couples' numbers.
 */
export async function addSyntheticCouples(
  db: Db, spec: SyntheticCouples,
): Promise<[NationalNumber, NationalNumber][]> {
  const couples: [NationalNumber, NationalNumber][] = [];
  const from = spec.from ?? 0;
  for (let i = from; i < from + spec.count; i++) {
    couples.push(await addCouple(db, spec, i));
  }
  return couples;
}

function birthOf(i: number): { year: number; month: number; day: number; serial: number } {
  const dayIndex = i % 9000;
  const date = new Date(Date.UTC(1955, 0, 1) + dayIndex * 86_400_000 * 2);
  return {
    year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(),
    serial: Math.floor(i / 9000),
  };
}

async function addCouple(db: Db, spec: SyntheticCouples, i: number) {
  const born = birthOf(i);
  if (born.serial > 400) throw new RangeError('At most 3.6 million synthetic couples.');
  const birthDate = [born.year, born.month, born.day].map((n) => String(n).padStart(2, '0'))
    .join('-');
  const a = makeNationalNumber({ born, sex: 'male', serial: born.serial });
  const b = makeNationalNumber({ born, sex: 'female', serial: born.serial });
  const domicile = {
    municipality: spec.municipality,
    address: { street: 'Proefstraat', number: String(i + 1), postalCode: spec.postalCode,
      city: spec.city },
  };
  await withTransaction(db, async (trx) => {
    for (const [nn, sex, first] of [[a, 'male', 'Test'], [b, 'female', 'Proef']] as const) {
      await insertPerson(trx, { nationalNumber: nn, firstNames: first, surname: `Synthetic ${i}`,
        birthDate, birthPlace: spec.city, sex, domicile });
    }
    await insertCohabitation(trx, { id: `synthetic-${spec.municipality}-${i}`, partners: [a, b],
      municipality: spec.municipality, startedOn: '2015-06-01' });
  });
  return [a, b] as [NationalNumber, NationalNumber];
}
