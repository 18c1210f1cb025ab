// The bailiff's invoice set against the deposit (issue 5). Municipal staff approve the
// invoice of a served case; the process then refunds to the declarant what the deposit paid
// beyond the invoice, or asks the declarant for what the invoice asks beyond the deposit.
// It works in any status after the service, completed included: the invoice often comes
// after the registration. The refund and the second payment come back through RecordRefund
// and RecordPaymentSuccess (decide-payment.ts), which hand them to the functions below.
import type { CommandOf } from './commands.ts';
import { base, contextOf } from './emit.ts';
import type { CaseEvent } from './events.ts';
import type { HandlerTable } from './handler.ts';
import { fail, requireText } from './handler.ts';
import { allStatuses } from './status.ts';
import type { CaseState } from './types.ts';

type Settle = CommandOf<'SettleInvoice'>;

function settle(state: CaseState, command: Settle, now: Date): CaseEvent[] {
  const invoiceId = requireText(command.invoiceId, 'invoiceId', state, command);
  const cents = command.invoiceCents;
  if (!Number.isSafeInteger(cents) || cents < 0) {
    fail('invalid_input', state, command, 'invoiceCents must be integer cents, not negative');
  }
  if (state.service === null) {
    fail('command_not_allowed_in_state', state, command, 'no service was recorded');
  }
  const deposit = state.payment;
  if (deposit?.purpose !== 'deposit' || deposit.status !== 'succeeded' || deposit.paymentId === null) {
    fail('payment_not_succeeded', state, command, 'no deposit to settle against');
  }
  const current = state.settlement ?? null;
  if (current !== null) {
    if (current.invoiceId === invoiceId && current.invoiceCents === cents) return [];
    fail('command_not_allowed_in_state', state, command, 'an invoice was already settled');
  }
  const settled = base('InvoiceSettled', contextOf(command, now));
  return [{
    ...settled,
    invoiceId,
    invoiceCents: cents,
    depositCents: deposit.amountCents,
    differenceCents: cents - deposit.amountCents,
  }];
}

/** A refund of the deposit's payment that the settlement asked for; null: not one. */
export function settlementRefund(
  state: CaseState,
  command: CommandOf<'RecordRefund'>,
  now: Date,
): CaseEvent[] | null {
  const settlement = state.settlement ?? null;
  const payment = state.payment;
  if (settlement === null || settlement.differenceCents >= 0) return null;
  if (payment?.paymentId !== command.paymentId || payment.refundRequestedAt !== null) return null;
  if (settlement.status === 'settled') return [];
  const refunded = base('SettlementRefunded', contextOf(command, now));
  return [{ ...refunded, paymentId: command.paymentId, amountCents: -settlement.differenceCents }];
}

/** A payment that is not the deposit, while the settlement asks for more; null: not one. */
export function settlementPayment(
  state: CaseState,
  command: CommandOf<'RecordPaymentSuccess'>,
  now: Date,
): CaseEvent[] | null {
  const settlement = state.settlement ?? null;
  if (settlement === null || settlement.differenceCents <= 0) return null;
  if (command.paymentId === state.payment?.paymentId) return null;
  if (settlement.status === 'settled') {
    return settlement.paymentId === command.paymentId ? [] : fail('already_paid', state, command);
  }
  if (command.amountCents !== settlement.differenceCents) {
    fail('payment_amount_mismatch', state, command);
  }
  const paid = base('SettlementPaid', contextOf(command, now));
  return [{ ...paid, paymentId: command.paymentId, amountCents: command.amountCents }];
}

/**
 * A payment that is not the deposit ended without the money while the settlement asks for
 * more; null: not one. Once the balance is paid, an older request that ends adds nothing.
 */
export function settlementPaymentEnd(
  state: CaseState,
  command: CommandOf<'RecordPaymentFailure' | 'RecordPaymentExpiry'>,
  now: Date,
): CaseEvent[] | null {
  const settlement = state.settlement ?? null;
  if (settlement === null || settlement.differenceCents <= 0) return null;
  if (command.paymentId === state.payment?.paymentId) return null;
  if (settlement.status === 'settled') return [];
  const ended = command.type === 'RecordPaymentExpiry' ? 'expired'
    : command.reason === 'cancelled' ? 'cancelled' : 'failed';
  const event = base('SettlementPaymentEnded', contextOf(command, now));
  return [{ ...event, paymentId: command.paymentId, ended }];
}

export const settlementHandlers = {
  SettleInvoice: {
    roles: ['civil_affairs', 'registrar', 'administrator'],
    statuses: allStatuses,
    run: settle,
  },
} satisfies Partial<HandlerTable>;
