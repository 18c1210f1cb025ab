// Building events: the common fields come from the command (who, through which channel,
// why) or, for automatic consequences, from the system.
import { systemActor } from './actors.ts';
import type { CaseCommand } from './commands.ts';
import type { CaseEventType, EventBase } from './events.ts';
import type { Actor, Channel } from './types.ts';

export interface EmitContext {
  caseId: string;
  at: string;
  actor: Actor;
  channel: Channel;
  reason: string | null;
}

/** A reason trimmed, or null when there is none worth keeping. */
export function cleanReason(reason: string | undefined): string | null {
  const trimmed = reason?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

export function contextOf(command: CaseCommand, now: Date): EmitContext {
  return {
    caseId: command.caseId,
    at: now.toISOString(),
    actor: { role: command.actor.role, id: command.actor.id },
    channel: command.channel,
    reason: cleanReason(command.reason),
  };
}

/** The same moment, done by the system: for the automatic steps that follow a command. */
export function automatic(ctx: EmitContext): EmitContext {
  return { ...ctx, actor: systemActor, channel: 'system', reason: null };
}

/** The common fields of an event; `reason` only when there is one. */
export function base<T extends CaseEventType>(type: T, ctx: EmitContext): EventBase<T> {
  const fields: EventBase<T> = {
    type,
    caseId: ctx.caseId,
    at: ctx.at,
    actor: ctx.actor,
    channel: ctx.channel,
  };
  return ctx.reason === null ? fields : { ...fields, reason: ctx.reason };
}
