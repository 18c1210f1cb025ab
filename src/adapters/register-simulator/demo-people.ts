/**
 * The simulated register's demo data: fictitious people with valid national numbers, their
 * addresses and legal cohabitations, in Dutch, French and German-speaking municipalities.
 * The names are made up on purpose (Voorbeeld, Exemple, Beispiel: "example"). The numbers
 * use the rarely given sequence numbers 921 and 922; they are still valid numbers, so they
 * are kept out of log lines like any other.
 *
 * `seedRegister` puts them in the register and can run any number of times: a second run
 * adds nothing and leaves changes made since (a marriage, a move) alone. It does not make
 * the `municipality` rows: the engine's seed does.
 */
import type { Db } from '../../db/database.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { Address, MunicipalityCode, NationalNumber } from '../../register/port.ts';
import {
  insertCohabitation, insertPerson, type NewCohabitation, type NewPerson,
} from './people.ts';

export const demoMunicipalities = {
  gent: '44021',
  leuven: '24062',
  antwerpen: '11002',
  namur: '92094',
  eupen: '63079',
} as const satisfies Record<string, MunicipalityCode>;

/** What a demo person shows: their situation in a few words, for a login page or README. */
export interface DemoPerson extends NewPerson {
  label: string;
}

const { gent, leuven, antwerpen, namur, eupen } = demoMunicipalities;

function at(municipality: MunicipalityCode, address: Address) {
  return { municipality, address };
}

const homes = {
  voorbeeldstraat12: at(gent, {
    street: 'Voorbeeldstraat', number: '12', postalCode: '9000', city: 'Gent',
  }),
  proefdreef3: at(gent, {
    street: 'Proefdreef', number: '3', box: '2', postalCode: '9000', city: 'Gent',
  }),
  voorbeeldstraat88: at(gent, {
    street: 'Voorbeeldstraat', number: '88', postalCode: '9000', city: 'Gent',
  }),
  proefdreef20: at(gent, {
    street: 'Proefdreef', number: '20', postalCode: '9000', city: 'Gent',
  }),
  testlaan45: at(leuven, {
    street: 'Testlaan', number: '45', postalCode: '3000', city: 'Leuven',
  }),
  testlaan101: at(leuven, {
    street: 'Testlaan', number: '101', box: '3', postalCode: '3000', city: 'Leuven',
  }),
  testlaan7: at(leuven, { street: 'Testlaan', number: '7', postalCode: '3000', city: 'Leuven' }),
  testlaan12: at(leuven, {
    street: 'Testlaan', number: '12', postalCode: '3000', city: 'Leuven',
  }),
  fictiefplein7: at(antwerpen, {
    street: 'Fictiefplein', number: '7', postalCode: '2000', city: 'Antwerpen',
  }),
  fictiefplein15: at(antwerpen, {
    street: 'Fictiefplein', number: '15', box: '4', postalCode: '2000', city: 'Antwerpen',
  }),
  exemple21: at(namur, {
    street: "Rue de l'Exemple", number: '21', postalCode: '5000', city: 'Namur',
  }),
  essai5: at(namur, { street: "Rue de l'Essai", number: '5', postalCode: '5000', city: 'Namur' }),
  exemple50: at(namur, {
    street: "Rue de l'Exemple", number: '50', postalCode: '5000', city: 'Namur',
  }),
  musterstrasse9: at(eupen, {
    street: 'Musterstraße', number: '9', postalCode: '4700', city: 'Eupen',
  }),
  musterstrasse40: at(eupen, {
    street: 'Musterstraße', number: '40', postalCode: '4700', city: 'Eupen',
  }),
};

export const demoPeople: readonly DemoPerson[] = [
  {
    nationalNumber: '85073092113', firstNames: 'Jan', surname: 'Voorbeeld',
    birthDate: '1985-07-30', birthPlace: 'Gent', sex: 'male', domicile: homes.voorbeeldstraat12,
    label: 'Gent: lives with his partner Els and their son',
  },
  {
    nationalNumber: '87031292281', firstNames: 'Els', surname: 'Testmans',
    birthDate: '1987-03-12', birthPlace: 'Brugge', sex: 'female',
    domicile: homes.voorbeeldstraat12, label: 'Gent: lives with her partner Jan and their son',
  },
  {
    nationalNumber: '16050492138', firstNames: 'Lars', surname: 'Voorbeeld',
    birthDate: '2016-05-04', birthPlace: 'Gent', sex: 'male', domicile: homes.voorbeeldstraat12,
    label: 'Gent: child in the household of Jan and Els (not a partner)',
  },
  {
    nationalNumber: '92011792123', firstNames: 'Pieter', surname: 'De Proef',
    birthDate: '1992-01-17', birthPlace: 'Aalst', sex: 'male', domicile: homes.proefdreef3,
    label: 'Gent: lives with his partner Sofie',
  },
  {
    nationalNumber: '01040592273', firstNames: 'Sofie', surname: 'Fictief',
    birthDate: '2001-04-05', birthPlace: 'Gent', sex: 'female', domicile: homes.proefdreef3,
    label: 'Gent: lives with her partner Pieter (born after 2000)',
  },
  {
    nationalNumber: '79112392128', firstNames: 'Tom', surname: 'Staal',
    birthDate: '1979-11-23', birthPlace: 'Leuven', sex: 'male', domicile: homes.testlaan45,
    label: 'Leuven: lives with his partner An',
  },
  {
    nationalNumber: '80022992296', firstNames: 'An', surname: 'Model',
    birthDate: '1980-02-29', birthPlace: 'Tienen', sex: 'female', domicile: homes.testlaan45,
    label: 'Leuven: lives with her partner Tom',
  },
  {
    nationalNumber: '90080892109', firstNames: 'Karim', surname: 'Demo',
    birthDate: '1990-08-08', birthPlace: 'Antwerpen', sex: 'male',
    domicile: homes.fictiefplein7,
    label: 'Antwerpen: partner Lotte lives in Gent; registered in Antwerpen',
  },
  {
    nationalNumber: '91120192273', firstNames: 'Lotte', surname: 'Proefmans',
    birthDate: '1991-12-01', birthPlace: 'Mechelen', sex: 'female',
    domicile: homes.voorbeeldstraat88,
    label: 'Gent: partner Karim lives in Antwerpen; shares her address with Nina',
  },
  {
    nationalNumber: '75061492182', firstNames: 'Jean', surname: 'Exemple',
    birthDate: '1975-06-14', birthPlace: 'Namur', sex: 'male', domicile: homes.exemple21,
    label: 'Namur: lives with his partner Marie',
  },
  {
    nationalNumber: '78100992231', firstNames: 'Marie', surname: 'Fictif',
    birthDate: '1978-10-09', birthPlace: 'Dinant', sex: 'female', domicile: homes.exemple21,
    label: 'Namur: lives with her partner Jean',
  },
  {
    nationalNumber: '83042792140', firstNames: 'Luc', surname: 'Essai',
    birthDate: '1983-04-27', birthPlace: 'Liège', sex: 'male', domicile: homes.essai5,
    label: 'Namur: partner Julie lives in Leuven; registered in Namur',
  },
  {
    nationalNumber: '02112092281', firstNames: 'Julie', surname: 'Modèle',
    birthDate: '2002-11-20', birthPlace: 'Namur', sex: 'female', domicile: homes.testlaan101,
    label: 'Leuven: partner Luc lives in Namur (born after 2000)',
  },
  {
    nationalNumber: '70010592118', firstNames: 'Hans', surname: 'Beispiel',
    birthDate: '1970-01-05', birthPlace: 'Eupen', sex: 'male', domicile: homes.musterstrasse9,
    label: 'Eupen: lives with his partner Greta',
  },
  {
    nationalNumber: '72072292276', firstNames: 'Greta', surname: 'Muster',
    birthDate: '1972-07-22', birthPlace: 'Aachen (Deutschland)', sex: 'female',
    domicile: homes.musterstrasse9, label: 'Eupen: lives with her partner Hans',
  },
  {
    nationalNumber: '88030392182', firstNames: 'Lukas', surname: 'Probe',
    birthDate: '1988-03-03', birthPlace: 'Eupen', sex: 'male', domicile: homes.musterstrasse40,
    label: 'Eupen: partner Anna moved abroad; registered in Eupen',
  },
  {
    nationalNumber: '86091492242', firstNames: 'Anna', surname: 'Testfall',
    birthDate: '1986-09-14', birthPlace: 'Maastricht (Nederland)', sex: 'female',
    domicile: null, label: 'Abroad (no Belgian domicile): partner Lukas lives in Eupen',
  },
  {
    nationalNumber: '03021492126', firstNames: 'Mats', surname: 'Jonker',
    birthDate: '2003-02-14', birthPlace: 'Antwerpen', sex: 'male',
    domicile: homes.fictiefplein15, label: 'Antwerpen: lives with his partner Lina',
  },
  {
    nationalNumber: '04063092279', firstNames: 'Lina', surname: 'Nieuw',
    birthDate: '2004-06-30', birthPlace: 'Lier', sex: 'female', domicile: homes.fictiefplein15,
    label: 'Antwerpen: lives with her partner Mats',
  },
  {
    nationalNumber: '69050592125', firstNames: 'Bram', surname: 'Verre',
    birthDate: '1969-05-05', birthPlace: 'Leuven', sex: 'male', domicile: null,
    label: 'Abroad with his partner Noor; cohabitation registered in Leuven',
  },
  {
    nationalNumber: '71090992271', firstNames: 'Noor', surname: 'Ver',
    birthDate: '1971-09-09', birthPlace: 'Kortrijk', sex: 'female', domicile: null,
    label: 'Abroad with her partner Bram; cohabitation registered in Leuven',
  },
  {
    nationalNumber: '82020292176', firstNames: 'Koen', surname: 'Vroeger',
    birthDate: '1982-02-02', birthPlace: 'Leuven', sex: 'male', domicile: homes.testlaan7,
    label: 'Leuven: cohabitation with Ilse ended by declaration in 2022',
  },
  {
    nationalNumber: '84040492271', firstNames: 'Ilse', surname: 'Eertijds',
    birthDate: '1984-04-04', birthPlace: 'Hasselt', sex: 'female', domicile: homes.testlaan12,
    label: 'Leuven: cohabitation with Koen ended by declaration in 2022',
  },
  {
    nationalNumber: '89091992153', firstNames: 'Ruben', surname: 'Trouw',
    birthDate: '1989-09-19', birthPlace: 'Gent', sex: 'male', maritalStatus: 'married',
    domicile: homes.proefdreef20,
    label: 'Gent: married Sarah in 2023, which ended the cohabitation',
  },
  {
    nationalNumber: '90101092259', firstNames: 'Sarah', surname: 'Huwelijk',
    birthDate: '1990-10-10', birthPlace: 'Gent', sex: 'female', maritalStatus: 'married',
    domicile: homes.proefdreef20,
    label: 'Gent: married Ruben in 2023, which ended the cohabitation',
  },
  {
    nationalNumber: '50033092126', firstNames: 'Paul', surname: 'Défunt',
    birthDate: '1950-03-30', birthPlace: 'Namur', sex: 'male', domicile: homes.exemple50,
    deceasedOn: '2024-02-10', label: 'Namur: died in 2024, which ended the cohabitation with Odile',
  },
  {
    nationalNumber: '53081592288', firstNames: 'Odile', surname: 'Demeure',
    birthDate: '1953-08-15', birthPlace: 'Ciney', sex: 'female', domicile: homes.exemple50,
    label: 'Namur: her partner Paul died in 2024',
  },
  {
    nationalNumber: '95122492249', firstNames: 'Nina', surname: 'Alleen',
    birthDate: '1995-12-24', birthPlace: 'Gent', sex: 'female',
    domicile: homes.voorbeeldstraat88,
    label: 'Gent: never in a legal cohabitation; shares her address with Lotte',
  },
  {
    nationalNumber: '86291492186', firstNames: 'Pierre', surname: 'Frontalier',
    birthDate: '1986-09-14', birthPlace: 'Lille (France)', sex: 'male', domicile: null,
    label: 'Lives in France, works in Belgium: bis number, never in a legal cohabitation',
  },
];

function couple(id: string, a: string, b: string, municipality: MunicipalityCode,
  startedOn: string, ended?: NewCohabitation['ended']): NewCohabitation {
  return { id, partners: [a, b], municipality, startedOn, ...(ended ? { ended } : {}) };
}

export const demoCohabitations: readonly NewCohabitation[] = [
  couple('demo-cohabitation-01', '85073092113', '87031292281', gent, '2014-09-01'),
  couple('demo-cohabitation-02', '92011792123', '01040592273', gent, '2021-06-15'),
  couple('demo-cohabitation-03', '79112392128', '80022992296', leuven, '2010-03-20'),
  couple('demo-cohabitation-04', '90080892109', '91120192273', antwerpen, '2018-05-12'),
  couple('demo-cohabitation-05', '75061492182', '78100992231', namur, '2005-04-02'),
  couple('demo-cohabitation-06', '83042792140', '02112092281', namur, '2022-08-19'),
  couple('demo-cohabitation-07', '70010592118', '72072292276', eupen, '1999-12-11'),
  couple('demo-cohabitation-08', '88030392182', '86091492242', eupen, '2019-10-10'),
  couple('demo-cohabitation-09', '03021492126', '04063092279', antwerpen, '2024-01-20'),
  couple('demo-cohabitation-10', '69050592125', '71090992271', leuven, '2001-07-07'),
  couple('demo-cohabitation-11', '82020292176', '84040492271', leuven, '2012-06-01',
    { on: '2022-03-15', reason: 'declaration' }),
  couple('demo-cohabitation-12', '89091992153', '90101092259', gent, '2016-02-02',
    { on: '2023-06-17', reason: 'marriage' }),
  couple('demo-cohabitation-13', '50033092126', '53081592288', namur, '1998-05-05',
    { on: '2024-02-10', reason: 'death' }),
];

export interface SeedResult {
  people: number;
  cohabitations: number;
}

/** Puts the demo people and cohabitations in the register; returns how many were new. */
export async function seedRegister(db: Db): Promise<SeedResult> {
  return withTransaction(db, async (trx) => {
    let people = 0;
    let cohabitations = 0;
    for (const { label: _label, ...person } of demoPeople) {
      if (await insertPerson(trx, person)) people += 1;
    }
    for (const cohabitation of demoCohabitations) {
      if ((await insertCohabitation(trx, cohabitation)).added) cohabitations += 1;
    }
    return { people, cohabitations };
  });
}

/** One line per demo person, for a login page or the README. */
export function demoDirectory(): { nationalNumber: NationalNumber; name: string; label: string }[] {
  return demoPeople.map((p) => ({
    nationalNumber: p.nationalNumber,
    name: `${p.firstNames} ${p.surname}`,
    label: p.label,
  }));
}
