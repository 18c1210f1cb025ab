// Automatic steps that several commands share: what follows once the declaration is signed
// and handed over, and how a follow-up task is raised.
import { brusselsDate } from './calendar.ts';
import { clockEnd, endAfterDays, SERVICE_DAYS } from './clocks.ts';
import { base, type EmitContext } from './emit.ts';
import type { CaseEvent, EventOf } from './events.ts';
import { evolve } from './evolve.ts';
import { needsPayment, paymentAmount, paymentPurpose } from './facts.ts';
import type { CaseState, FollowUpAssignee, FollowUpTopic } from './types.ts';

/** Events, then more events that depend on the state those first events lead to. */
export function andThen(
  state: CaseState,
  first: CaseEvent[],
  next: (interim: CaseState) => CaseEvent[],
): CaseEvent[] {
  const interim = first.reduce<CaseState>((s, e) => evolve(s, e), state);
  return [...first, ...next(interim)];
}

/**
 * The receipt number: competent municipality, Brussels date of the receipt, case id, e.g.
 * '11002-20260314-<caseId>'. Unique because the case id is; one receipt per case.
 */
export function receiptNumber(state: CaseState, at: string): string {
  return `${state.municipality}-${brusselsDate(at).replaceAll('-', '')}-${state.caseId}`;
}

export function receiptEvent(state: CaseState, ctx: EmitContext): EventOf<'DeclarationReceived'> {
  const unilateral = state.path === 'unilateral';
  return {
    ...base('DeclarationReceived', ctx),
    receiptNumber: receiptNumber(state, ctx.at),
    receiptDate: brusselsDate(ctx.at),
    serviceDueAt: unilateral ? endAfterDays(ctx.at, SERVICE_DAYS) : null,
  };
}

/** A payment request; a repeated request keeps the running payment clock's due time. */
export function paymentRequest(state: CaseState, ctx: EmitContext): EventOf<'PaymentRequested'> {
  const clock = state.clock;
  const running = state.status === 'awaiting_payment' && clock?.name === 'payment';
  return {
    ...base('PaymentRequested', ctx),
    purpose: paymentPurpose(state),
    amountCents: paymentAmount(state),
    dueAt: running
      ? clockEnd(clock, state.settings)
      : endAfterDays(ctx.at, state.settings.paymentDays),
  };
}

/** After the hand-over (online signature or counter visit): pay first, or the receipt. */
export function afterHandOver(state: CaseState, ctx: EmitContext): CaseEvent[] {
  return needsPayment(state) ? [paymentRequest(state, ctx)] : [receiptEvent(state, ctx)];
}

/** After the last signature: in counter mode the case waits for the visit (see evolve). */
export function afterSignatures(state: CaseState, ctx: EmitContext): CaseEvent[] {
  return state.settings.filingMode === 'counter' ? [] : afterHandOver(state, ctx);
}

export function partnerInvitation(state: CaseState, ctx: EmitContext): EventOf<'PartnerInvited'> {
  const answerDueAt = endAfterDays(ctx.at, state.settings.partnerAnswerDays);
  return { ...base('PartnerInvited', ctx), answerDueAt };
}

const registrarTopics: readonly FollowUpTopic[] = [
  'bailiff_late',
  'registration_late',
  'register_failure',
];

export function assigneeOf(topic: FollowUpTopic): FollowUpAssignee {
  return registrarTopics.includes(topic) ? 'registrar' : 'municipality';
}

/** A follow-up task; its id is the topic and its place in the case's list of tasks. */
export function followUp(
  state: CaseState,
  ctx: EmitContext,
  topic: FollowUpTopic,
): EventOf<'FollowUpRaised'> {
  const followUpId = `${topic}-${state.followUps.length + 1}`;
  return { ...base('FollowUpRaised', ctx), followUpId, topic, assignee: assigneeOf(topic) };
}
