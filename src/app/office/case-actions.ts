// What the municipality's staff may do on a case from its page: the process's own commands
// (override the status, approve the registration, withdraw on a citizen's behalf), and two
// acts on the machinery around it (try an incident again, send a failed message again).
// The process decides what is allowed; this module asks it, with the staff member's roles.
import type { StaffRole } from '../../adapters/login/demo-professionals.ts';
import type { App } from '../app.ts';
import { EngineError } from '../../engine/errors.ts';
import {
  backOfficeRoles, decide, openStatuses, ProcessError,
  type ActorRole, type CaseCommand, type CaseState, type OpenStatus, type ProcessErrorCode,
} from '../../process/index.ts';

/** The longest reason a staff member may give, in characters. */
export const reasonMaxLength = 1000;

/**
 * Why an act of staff on a case was refused:
 * - role_not_allowed: none of the member's roles may take this step (HTTP 403);
 * - not_allowed_in_state: the case's state does not allow it (a typed error page, 409);
 * - changed: the case, the incident or the delivery changed since the page was read (409);
 * - reason_required, reason_too_long, override_not_allowed: the form is shown again (422).
 */
export type CaseActErrorCode =
  | 'role_not_allowed'
  | 'not_allowed_in_state'
  | 'changed'
  | 'reason_required'
  | 'reason_too_long'
  | 'override_not_allowed';

export class CaseActError extends Error {
  constructor(readonly code: CaseActErrorCode) {
    super(`The act on the case is refused: ${code}`);
    this.name = 'CaseActError';
  }
}

/** Who acts: the signed-in staff member. */
export interface StaffMember {
  subject: string;
  name: string;
  roles: StaffRole[];
}

/** Trying again an incident, or sending again a failed message: back-office staff. */
export const machineryRoles: readonly StaffRole[] = ['civil_affairs', 'registrar', 'administrator'];

type StaffCommand = Extract<CaseCommand,
  { type: 'OverrideStatus' | 'ApproveRegistration' | 'Withdraw' }>;
/** A staff command before it is addressed: without the case, the actor and the channel. */
type Draft = StaffCommand extends infer C
  ? C extends StaffCommand ? Omit<C, 'actor' | 'channel' | 'caseId'> : never : never;

/** The channel of a staff member's act: at the counter, or the office's own pages. */
function channelOf(role: ActorRole) {
  return role === 'counter' ? 'counter' as const : 'online' as const;
}

function commandFor(state: CaseState, role: StaffRole, subject: string, draft: Draft) {
  return { ...draft, caseId: state.caseId, actor: { role, id: subject },
    channel: channelOf(role) } as StaffCommand;
}

/**
 * The first of the member's roles with which the process takes the command in this state, or
 * the refusal of the last role tried (a role refusal only when no role fits).
 */
function roleFor(state: CaseState, member: StaffMember, draft: Draft, now: Date):
  { role: StaffRole } | { refused: ProcessErrorCode } {
  let refused: ProcessErrorCode = 'role_not_allowed';
  for (const role of member.roles) {
    try {
      decide(state, commandFor(state, role, member.subject, draft), now);
      return { role };
    } catch (error) {
      if (!(error instanceof ProcessError)) throw error;
      if (error.code !== 'role_not_allowed' || refused === 'role_not_allowed') refused = error.code;
    }
  }
  return { refused };
}

/** What the page may offer this member on this case. */
export interface OfferedActs {
  /** The statuses the case may be moved to by hand, with a reason. */
  overrideTo: OpenStatus[];
  approve: boolean;
  withdraw: boolean;
  /** Try an incident again, send a failed message again. */
  machinery: boolean;
}

const placeholderReason = 'reason';

export function offeredActs(state: CaseState, member: StaffMember, now: Date): OfferedActs {
  const allows = (draft: Draft) => 'role' in roleFor(state, member, draft, now);
  return {
    overrideTo: openStatuses.filter((to) =>
      allows({ type: 'OverrideStatus', to, reason: placeholderReason })),
    approve: allows({ type: 'ApproveRegistration' }),
    withdraw: allows({ type: 'Withdraw', reason: placeholderReason }),
    machinery: member.roles.some((role) => machineryRoles.includes(role)),
  };
}

function checkReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed === '') throw new CaseActError('reason_required');
  if (trimmed.length > reasonMaxLength) throw new CaseActError('reason_too_long');
  return trimmed;
}

function refusal(code: ProcessErrorCode): CaseActError {
  if (code === 'role_not_allowed' || code === 'not_a_party') {
    return new CaseActError('role_not_allowed');
  }
  if (code === 'reason_required') return new CaseActError('reason_required');
  if (code === 'override_not_allowed') return new CaseActError('override_not_allowed');
  return new CaseActError('not_allowed_in_state');
}

/**
 * Carries out a staff command on the case at the version the member saw: the role is checked
 * before anything else (a wrong role is refused whatever the form holds), then the reason,
 * then the engine's optimistic concurrency.
 */
async function carryOut(
  app: App, state: CaseState, member: StaffMember, draft: Draft, version: number | undefined,
) {
  const now = app.clock.now();
  const withReason = { ...draft, reason: draft.reason || placeholderReason };
  const found = roleFor(state, member, withReason, now);
  if ('refused' in found) throw refusal(found.refused);
  const reason = draft.type === 'ApproveRegistration' ? undefined : checkReason(draft.reason ?? '');
  if (version === undefined) throw new CaseActError('changed');
  const command = commandFor(state, found.role, member.subject,
    reason === undefined ? draft : { ...draft, reason });
  try {
    await app.engine.execute(command, { expectedVersion: version });
  } catch (error) {
    if (error instanceof EngineError && error.code === 'version_conflict') {
      throw new CaseActError('changed');
    }
    if (error instanceof ProcessError) throw refusal(error.code);
    throw error;
  }
}

export function overrideStatus(app: App, state: CaseState, member: StaffMember,
  input: { to: string; reason: string; version: number | undefined }) {
  const to = openStatuses.find((status) => status === input.to);
  if (to === undefined) {
    if (!member.roles.some((role) => backOfficeRoles.includes(role))) {
      throw new CaseActError('role_not_allowed');
    }
    throw new CaseActError('override_not_allowed');
  }
  return carryOut(app, state, member, { type: 'OverrideStatus', to, reason: input.reason },
    input.version);
}

export function approveRegistration(app: App, state: CaseState, member: StaffMember,
  input: { version: number | undefined }) {
  return carryOut(app, state, member, { type: 'ApproveRegistration' }, input.version);
}

export function withdrawOnBehalf(app: App, state: CaseState, member: StaffMember,
  input: { reason: string; version: number | undefined }) {
  return carryOut(app, state, member, { type: 'Withdraw', reason: input.reason }, input.version);
}

function checkMachineryRole(member: StaffMember): void {
  if (!member.roles.some((role) => machineryRoles.includes(role))) {
    throw new CaseActError('role_not_allowed');
  }
}

/**
 * An incident of the case (an outbox row that used up its tries) runs again now, with its
 * tries counted afresh; the act is kept with the staff member's name. An incident that is no
 * longer one (tried again by someone else) is refused as changed.
 */
export async function retryIncident(app: App, caseId: string, member: StaffMember, id: number) {
  checkMachineryRole(member);
  const now = app.clock.now();
  await app.db.transaction().execute(async (trx) => {
    const row = await trx.updateTable('outbox')
      .set({ status: 'pending', attempts: 0, run_at: now, first_failed_at: null })
      .where('id', '=', id).where('case_id', '=', caseId).where('status', '=', 'incident')
      .returning('id').executeTakeFirst();
    if (!row) throw new CaseActError('changed');
    await trx.insertInto('case_staff_action').values({ case_id: caseId, kind: 'incident_retry',
      target_id: id, staff_subject: member.subject, staff_name: member.name, acted_at: now })
      .execute();
  });
  app.log.info({ caseId, outboxId: id }, 'staff tried an incident again');
  app.worker.wake();
}

/**
 * A message whose delivery failed is queued again on the same channel and address, with its
 * tries counted afresh; the act is kept with the staff member's name.
 */
export async function resendDelivery(app: App, caseId: string, member: StaffMember, id: number) {
  checkMachineryRole(member);
  const now = app.clock.now();
  await app.db.transaction().execute(async (trx) => {
    const owned = await trx.selectFrom('delivery')
      .innerJoin('message', 'message.id', 'delivery.message_id')
      .select('delivery.id').where('delivery.id', '=', id)
      .where('message.case_id', '=', caseId).where('delivery.status', '=', 'failed')
      .forUpdate().executeTakeFirst();
    if (!owned) throw new CaseActError('changed');
    await trx.updateTable('delivery')
      .set({ status: 'queued', attempts: 0, next_attempt_at: now, lease_until: null,
        updated_at: now })
      .where('id', '=', id).execute();
    await trx.insertInto('case_staff_action').values({ case_id: caseId, kind: 'delivery_resend',
      target_id: id, staff_subject: member.subject, staff_name: member.name, acted_at: now })
      .execute();
  });
  app.log.info({ caseId, deliveryId: id }, 'staff sent a failed message again');
  app.notifications.sender.wake();
}
