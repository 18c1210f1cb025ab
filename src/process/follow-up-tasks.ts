// A follow-up closes when the case moves on: the question it asks the municipality or the
// registrar is answered by the step that takes the case out of the status it was raised for.
import { addWorkingDays, brusselsDate, endOfBrusselsDay } from './calendar.ts';
import { base, automatic, type EmitContext } from './emit.ts';
import type { CaseEvent } from './events.ts';
import { evolve } from './evolve.ts';
import { isClosed, openStatuses } from './status.ts';
import type { CaseState, CaseStatus, FollowUpTopic } from './types.ts';

/**
 * The statuses in which a follow-up of each topic stays open. Leaving the last of them
 * resolves it by itself: the refusal and the partner's silence once the declarant has chosen
 * (or the case has ended), unpaid once paid, expired or withdrawn, the late bailiff once the
 * declaration is served, the late registration and the register's failure once registered.
 * An unreachable citizen and other questions stay open until the case closes. Every
 * follow-up resolves when the case closes.
 */
export const followUpOpenIn: Record<FollowUpTopic, readonly CaseStatus[]> = {
  refusal: ['awaiting_declarant_choice'],
  partner_silence: ['awaiting_declarant_choice'],
  unpaid: ['awaiting_payment'],
  bailiff_late: ['awaiting_service'],
  registration_late: ['registering'],
  register_failure: ['registering'],
  citizen_unreachable: openStatuses,
  other: openStatuses,
};

/** Whether a follow-up raised or still open in `from` resolves when the case goes to `to`. */
export function closesOnMove(topic: FollowUpTopic, from: CaseStatus, to: CaseStatus): boolean {
  if (from === to) return false;
  if (isClosed(to)) return true;
  const openIn = followUpOpenIn[topic];
  return openIn.includes(from) && !openIn.includes(to);
}

/**
 * The command's events, followed by a FollowUpResolved (by the system) for every follow-up
 * that the status change of those events answers. No status change, nothing added.
 */
export function withFollowUpsClosed(before: CaseState, events: CaseEvent[]): CaseEvent[] {
  const last = events[events.length - 1];
  if (last === undefined) return events;
  const after = events.reduce<CaseState>((s, e) => evolve(s, e), before);
  if (after.status === before.status) return events;
  const ctx: EmitContext = automatic({
    caseId: before.caseId, at: last.at, actor: last.actor, channel: last.channel, reason: null,
  });
  const closing = after.followUps
    .filter((f) => f.resolvedAt === null && closesOnMove(f.topic, before.status, after.status))
    .map((f) => ({ ...base('FollowUpResolved', ctx), followUpId: f.id }));
  return closing.length === 0 ? events : [...events, ...closing];
}

/**
 * The service norm of a follow-up task: the number of Belgian working days, after the day it
 * is raised, by which the office answers it. The day-to-day questions of a running case get
 * two or three days; what blocks the register gets one; a question of staff's own gets five.
 */
export const followUpWorkingDays: Record<FollowUpTopic, number> = {
  refusal: 2,
  partner_silence: 2,
  unpaid: 3,
  bailiff_late: 2,
  registration_late: 1,
  register_failure: 1,
  citizen_unreachable: 3,
  other: 5,
};

/** When a follow-up raised at `raisedAt` is due: the end of its last working day, Brussels. */
export function followUpDueAt(topic: FollowUpTopic, raisedAt: string): string {
  const day = addWorkingDays(brusselsDate(raisedAt), followUpWorkingDays[topic]);
  return endOfBrusselsDay(day).toISOString();
}
