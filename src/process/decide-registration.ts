// Registering the termination (rules 2 and 7) and what follows on a completed case.
import { brusselsDate } from './calendar.ts';
import type { CommandOf } from './commands.ts';
import { base, contextOf } from './emit.ts';
import type { CaseEvent } from './events.ts';
import { awaitingReview, rule2Satisfied } from './facts.ts';
import type { HandlerTable } from './handler.ts';
import { fail, requireOneOf, requireText } from './handler.ts';
import { allStatuses } from './status.ts';
import type { CaseState, CertificateKind } from './types.ts';

const certificateKinds: readonly CertificateKind[] =
  ['receipt', 'declaration', 'termination', 'household'];

/** Rule 7: the dates the registration may not come before. */
function earliestDates(state: CaseState): string[] {
  const signed = state.signatures.map((s) => brusselsDate(s.at));
  const receipt = state.receipt === null ? [] : [state.receipt.date];
  const served = state.service === null ? [] : [state.service.date];
  return [...signed, ...receipt, ...served];
}

function register(
  state: CaseState,
  command: CommandOf<'RegisterTermination'>,
  now: Date,
): CaseEvent[] {
  if (!rule2Satisfied(state) || state.receipt === null) {
    fail('registration_not_allowed', state, command, 'signatures or service missing');
  }
  if (awaitingReview(state)) fail('review_required', state, command);
  const registerReference = requireText(
    command.registerReference,
    'registerReference',
    state,
    command,
  );
  const effectiveDate = brusselsDate(now);
  if (earliestDates(state).some((date) => date > effectiveDate)) {
    fail('invalid_input', state, command, 'the registration cannot predate the declaration');
  }
  const registered = base('TerminationRegistered', contextOf(command, now));
  return [{ ...registered, effectiveDate, registerReference }];
}

function certificate(
  state: CaseState,
  command: CommandOf<'RecordCertificate'>,
  now: Date,
): CaseEvent[] {
  const kind = requireOneOf(command.kind, certificateKinds, 'kind', state, command);
  const certificateId = requireText(command.certificateId, 'certificateId', state, command);
  const allowed = kind === 'termination' ? state.status === 'completed'
    : kind === 'household' ? state.householdRefreshedAt !== null : state.receipt !== null;
  if (!allowed) fail('command_not_allowed_in_state', state, command, `no ${kind} yet`);
  return [{ ...base('CertificateIssued', contextOf(command, now)), certificateId, kind }];
}

export const registrationHandlers = {
  ApproveRegistration: {
    roles: ['registrar'],
    statuses: ['registering'],
    run(state, command, now) {
      if (!awaitingReview(state)) fail('command_not_allowed_in_state', state, command, 'no review');
      return [base('RegistrationApproved', contextOf(command, now))];
    },
  },

  RegisterTermination: {
    roles: ['system', 'registrar'],
    statuses: ['registering'],
    run: register,
  },

  RecordHouseholdRefresh: {
    roles: ['system'],
    statuses: ['completed'],
    run(state, command, now) {
      if (typeof command.sharedAddress !== 'boolean') {
        fail('invalid_input', state, command, 'sharedAddress must be true or false');
      }
      const refreshed = base('HouseholdRefreshed', contextOf(command, now));
      return [{ ...refreshed, sharedAddress: command.sharedAddress }];
    },
  },

  RecordCertificate: {
    roles: ['system'],
    statuses: allStatuses,
    run: certificate,
  },
} satisfies Partial<HandlerTable>;
