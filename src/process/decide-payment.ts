// Payments (rule 3): one success per case, never a second; a failed or expired request can
// be made again; a payment that arrives after the case closed is taken back at once.
// The one exception: the balance the approved bailiff's invoice asks beyond the deposit, and
// the refund of the deposit's excess (decide-settlement.ts).
// A success reported while the case is open but no longer awaiting payment (staff moved it to
// the counter after a failed request that the provider later turned into a success) is
// refused here; the application (src/app/sync-payment.ts) then pays it back at the provider
// and raises a follow-up task.
import { automatic, base, contextOf } from './emit.ts';
import type { HandlerTable } from './handler.ts';
import { fail, requireText } from './handler.ts';
import { settlementPayment, settlementPaymentEnd, settlementRefund } from './decide-settlement.ts';
import { paymentOutstanding, paymentTaken } from './facts.ts';
import { allStatuses } from './status.ts';
import { andThen, paymentRequest, receiptEvent } from './steps.ts';
import type { CaseState } from './types.ts';
import type { CommandOf } from './commands.ts';
import type { CaseEvent } from './events.ts';

type Success = CommandOf<'RecordPaymentSuccess'>;

/** Rule 3: a second report of the same payment changes nothing; another payment is refused. */
function alreadyTaken(state: CaseState, command: Success): CaseEvent[] {
  if (state.payment?.paymentId === command.paymentId) return [];
  return fail('already_paid', state, command);
}

function checkAmount(state: CaseState, command: Success): void {
  if (
    !Number.isInteger(command.amountCents) ||
    command.amountCents !== state.payment?.amountCents
  ) {
    fail('payment_amount_mismatch', state, command);
  }
}

function recordSuccess(state: CaseState, command: Success, now: Date): CaseEvent[] {
  requireText(command.paymentId, 'paymentId', state, command);
  const balance = settlementPayment(state, command, now);
  if (balance !== null) return balance;
  if (paymentTaken(state)) return alreadyTaken(state, command);
  if (state.payment === null)
    fail('command_not_allowed_in_state', state, command, 'nothing to pay');
  checkAmount(state, command);
  const ctx = contextOf(command, now);
  const { paymentId, amountCents } = command;
  const paid = { ...base('PaymentSucceeded', ctx), paymentId, amountCents };
  if (state.status === 'awaiting_payment') {
    return andThen(state, [paid], (s) => [receiptEvent(s, automatic(ctx))]);
  }
  const lateOnClosedCase = state.closure !== null && state.status !== 'completed';
  if (!lateOnClosedCase) fail('command_not_allowed_in_state', state, command);
  return [paid];
}

/**
 * The end of a balance payment (the invoice's difference), in any status after the service;
 * otherwise null, and the deposit's request, which only a case awaiting payment has, is meant.
 */
function balanceEnd(
  state: CaseState,
  command: CommandOf<'RecordPaymentFailure' | 'RecordPaymentExpiry'>,
  now: Date,
): CaseEvent[] | null {
  requireText(command.paymentId, 'paymentId', state, command);
  const balance = settlementPaymentEnd(state, command, now);
  if (balance !== null) return balance;
  if (state.status !== 'awaiting_payment') fail('command_not_allowed_in_state', state, command);
  return null;
}

function requireOutstanding(
  state: CaseState,
  command: CommandOf<'RecordPaymentFailure' | 'RecordPaymentExpiry'>,
): void {
  requireText(command.paymentId, 'paymentId', state, command);
  if (!paymentOutstanding(state)) {
    fail('command_not_allowed_in_state', state, command, 'no payment request is open');
  }
}

function recordRefund(
  state: CaseState,
  command: CommandOf<'RecordRefund'>,
  now: Date,
): CaseEvent[] {
  const payment = state.payment;
  if (payment === null || payment.paymentId !== command.paymentId) {
    return fail('invalid_input', state, command, 'unknown paymentId');
  }
  if (payment.status === 'refunded') return [];
  const difference = settlementRefund(state, command, now);
  if (difference !== null) return difference;
  if (payment.status !== 'succeeded' || payment.refundRequestedAt === null) {
    return fail('command_not_allowed_in_state', state, command, 'no refund was asked');
  }
  const refunded = base('PaymentRefunded', contextOf(command, now));
  return [{ ...refunded, paymentId: payment.paymentId, amountCents: payment.amountCents }];
}

export const paymentHandlers = {
  RequestPayment: {
    roles: ['declarant', 'counter', 'system'],
    statuses: ['awaiting_payment'],
    run(state, command, now) {
      if (paymentOutstanding(state)) {
        fail('command_not_allowed_in_state', state, command, 'a payment request is still open');
      }
      return [paymentRequest(state, contextOf(command, now))];
    },
  },

  RecordPaymentSuccess: {
    roles: ['system', 'counter'],
    statuses: allStatuses,
    run: recordSuccess,
  },

  RecordPaymentFailure: {
    roles: ['system', 'counter'],
    statuses: allStatuses,
    run(state, command, now) {
      const balance = balanceEnd(state, command, now);
      if (balance !== null) return balance;
      requireOutstanding(state, command);
      return [{ ...base('PaymentFailed', contextOf(command, now)), paymentId: command.paymentId }];
    },
  },

  RecordPaymentExpiry: {
    roles: ['system', 'counter'],
    statuses: allStatuses,
    run(state, command, now) {
      const balance = balanceEnd(state, command, now);
      if (balance !== null) return balance;
      requireOutstanding(state, command);
      return [{ ...base('PaymentExpired', contextOf(command, now)), paymentId: command.paymentId }];
    },
  },

  RecordRefund: {
    roles: ['system'],
    statuses: allStatuses,
    run: recordRefund,
  },
} satisfies Partial<HandlerTable>;
