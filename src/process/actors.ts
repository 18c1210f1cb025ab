import type { Actor, ActorRole } from './types.ts';

/** The actor of every automatic step (timers, consequences of another event). */
export const systemActor: Actor = { role: 'system', id: 'system' };

/** Municipal staff: the counter (front office) and the back office. */
export const staffRoles: readonly ActorRole[] = [
  'counter',
  'civil_affairs',
  'registrar',
  'administrator',
];

/** Back-office staff: may move a stuck case by hand (StaffOverride). */
export const backOfficeRoles: readonly ActorRole[] = [
  'civil_affairs',
  'registrar',
  'administrator',
];

export function isStaff(actor: Actor): boolean {
  return staffRoles.includes(actor.role);
}
