// The process of ending a legal cohabitation, as pure functions: no I/O, no clock.
// decide(state, command, now) -> events; evolve/fold -> state; deadlines(state) -> timers;
// effects(event, after) -> what leaves the system.
export type * from './types.ts';
export type * from './events.ts';
export type * from './commands.ts';
export { openStatuses, closedStatuses, allStatuses, isOpen, isClosed } from './status.ts';
export { systemActor, staffRoles, backOfficeRoles } from './actors.ts';
export { defaultSettings, validateSettings, copySettings, type CaseSettings } from './settings.ts';
export { ProcessError, processErrorCodes, type ProcessErrorCode } from './errors.ts';
export { decide } from './decide.ts';
export { evolve, fold } from './evolve.ts';
export { deadlines, type Deadline } from './deadlines.ts';
export {
  effects,
  notifyTemplates,
  type Effect,
  type NotifyRecipient,
  type NotifyTemplate,
} from './effects.ts';
export { SERVICE_DAYS, SERVICE_WARNING_DAYS } from './clocks.ts';
export { refusalReasonForDeclarant } from './views.ts';
export * from './calendar.ts';
