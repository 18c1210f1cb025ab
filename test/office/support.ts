import type { StaffRole } from '../../src/adapters/login/demo-professionals.ts';
import { signedInProfessional } from '../bailiff/support.ts';
import type { Server } from '../web/support.ts';

/** The demo staff (src/adapters/login/demo-professionals.ts): one person per role and town. */
export const staff = {
  gent: {
    counter: 'Sara Loket', civil_affairs: 'Tim Burgerzaken',
    registrar: 'Eva Ambtenaar', administrator: 'Koen Beheer',
  },
  namur: {
    counter: 'Julie Guichet', civil_affairs: 'Thomas Population',
    registrar: 'Anne Officier', administrator: 'Louis Gestion',
  },
} satisfies Record<'gent' | 'namur', Record<StaffRole, string>>;

/** A browser signed in as the demo staff member of `town` with `role`, landed on `returnTo`. */
export function signedInStaff(
  server: Server, town: 'gent' | 'namur', role: StaffRole, returnTo = '/office',
) {
  return signedInProfessional(server, staff[town][role], returnTo);
}
