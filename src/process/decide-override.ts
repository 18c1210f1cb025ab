// Staff move a stuck case by hand. Only to an open status, never to the same one, and only
// where the facts allow it: a target may not skip a signature, the hand-over, the payment or
// the service (rules 2, 3); completion only comes from a registration (rule 7).
import { backOfficeRoles } from './actors.ts';
import type { CommandOf } from './commands.ts';
import { automatic, base, contextOf, type EmitContext } from './emit.ts';
import type { CaseEvent } from './events.ts';
import {
  hasSigned,
  isPaid,
  needsPayment,
  paymentOutstanding,
  paymentTaken,
  rule2Satisfied,
  signaturesComplete,
} from './facts.ts';
import type { HandlerTable } from './handler.ts';
import { fail, requireReason } from './handler.ts';
import { isOpen, openStatuses } from './status.ts';
import { andThen, partnerInvitation, paymentRequest } from './steps.ts';
import type { CaseState, OpenStatus } from './types.ts';

function partnerStillToAnswer(s: CaseState): boolean {
  return (
    s.path === 'joint' && hasSigned(s, 'declarant', 'joint') && !hasSigned(s, 'partner', 'joint')
  );
}

/** The facts each target status needs. */
const targetAllowed: Record<OpenStatus, (s: CaseState) => boolean> = {
  draft: () => false,
  awaiting_partner: partnerStillToAnswer,
  awaiting_declarant_choice: partnerStillToAnswer,
  awaiting_counter_visit: (s) =>
    signaturesComplete(s) && s.receipt === null && !isPaid(s) && !paymentOutstanding(s),
  awaiting_payment: (s) =>
    needsPayment(s) && signaturesComplete(s) && s.receipt === null && !paymentTaken(s),
  awaiting_service: (s) =>
    s.path === 'unilateral' && isPaid(s) && s.receipt !== null && s.service === null,
  registering: (s) => rule2Satisfied(s) && s.receipt !== null,
};

/** What entering the target status starts: a new invitation, a payment request. */
function followOn(state: CaseState, at: EmitContext): CaseEvent[] {
  if (state.status === 'awaiting_partner') return [partnerInvitation(state, at)];
  if (state.status === 'awaiting_payment' && !paymentOutstanding(state)) {
    return [paymentRequest(state, at)];
  }
  return [];
}

function override(state: CaseState, command: CommandOf<'OverrideStatus'>, now: Date): CaseEvent[] {
  const reason = requireReason(state, command);
  const to = command.to;
  if (!isOpen(to) || to === state.status || !targetAllowed[to](state)) {
    fail('override_not_allowed', state, command, `not to ${String(to)}`);
  }
  const ctx = contextOf(command, now);
  const moved = { ...base('StaffOverride', ctx), from: state.status, to, reason };
  return andThen(state, [moved], (s) => followOn(s, automatic(ctx)));
}

export const overrideHandlers = {
  OverrideStatus: {
    roles: backOfficeRoles,
    statuses: openStatuses,
    run: override,
  },
} satisfies Partial<HandlerTable>;
