import { demoMunicipalities } from '../register-simulator/demo-people.ts';
import type { ProfessionalProfile } from './accounts.ts';

/** The staff roles a municipality's member of staff can have (issue 7). */
export const staffRoles = ['counter', 'civil_affairs', 'registrar', 'administrator'] as const;
export type StaffRole = (typeof staffRoles)[number];

export function isStaffRole(value: unknown): value is StaffRole {
  return staffRoles.includes(value as StaffRole);
}

/** Fictitious first names and surnames of the demo bailiffs, one per office, in turn. */
const bailiffNames: [string, string][] = [
  ['Bert', 'Betekening'], ['Dirk', 'Exploot'], ['Hilde', 'Akte'], ['Wim', 'Dagvaarding'],
  ['Greet', 'Beslag'], ['Ivo', 'Deurwaarder'], ['Kaat', 'Vonnis'], ['Claire', 'Signification'],
  ['Marc', 'Huissier'], ['Uwe', 'Zustellung'],
];

/** One demo bailiff per bailiff's office (the seeded offices: `demoBailiffs` in the seed). */
export function demoBailiffProfiles(offices: { id: string; name: string }[]): ProfessionalProfile[] {
  return offices.map((office, index) => {
    const [firstNames, surname] = bailiffNames[index % bailiffNames.length] ?? ['Demo', 'Bailiff'];
    return { login: `bailiff:${office.id}`, firstNames, surname, roles: ['bailiff'],
      bailiffId: office.id, organisation: office.name };
  });
}

const staffNames: Record<'gent' | 'namur', Record<StaffRole, [string, string]>> = {
  gent: { counter: ['Sara', 'Loket'], civil_affairs: ['Tim', 'Burgerzaken'],
    registrar: ['Eva', 'Ambtenaar'], administrator: ['Koen', 'Beheer'] },
  namur: { counter: ['Julie', 'Guichet'], civil_affairs: ['Thomas', 'Population'],
    registrar: ['Anne', 'Officier'], administrator: ['Louis', 'Gestion'] },
};

/** Demo staff of Gent and Namur: one person per role (the municipality's office, issue 7). */
export function demoStaffProfiles(): ProfessionalProfile[] {
  return (['gent', 'namur'] as const).flatMap((town) => staffRoles.map((role) => {
    const [firstNames, surname] = staffNames[town][role];
    return { login: `staff:${town}:${role}`, firstNames, surname, roles: [role],
      municipality: demoMunicipalities[town], organisation: town === 'gent' ? 'Gent' : 'Namur' };
  }));
}
