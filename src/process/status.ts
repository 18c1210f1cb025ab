import type { CaseStatus, ClosedStatus, OpenStatus } from './types.ts';

export const openStatuses: readonly OpenStatus[] = [
  'draft',
  'awaiting_partner',
  'awaiting_declarant_choice',
  'awaiting_counter_visit',
  'awaiting_payment',
  'awaiting_service',
  'registering',
];

/** Closed statuses are final: no command changes the status of a closed case. */
export const closedStatuses: readonly ClosedStatus[] = [
  'completed',
  'withdrawn',
  'lapsed',
  'expired',
];

export const allStatuses: readonly CaseStatus[] = [...openStatuses, ...closedStatuses];

export function isOpen(status: CaseStatus): status is OpenStatus {
  return (openStatuses as readonly CaseStatus[]).includes(status);
}

export function isClosed(status: CaseStatus): status is ClosedStatus {
  return !isOpen(status);
}
