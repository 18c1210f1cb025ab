// The bailiff's approved invoice set against the deposit (SettleInvoice): the difference
// becomes a refund to the declarant or a second payment request, also on a completed case.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  actors, awaitingPayment, awaitingService, command, register, registeringJoint, serve,
  types, type CaseRun,
} from './helpers.ts';

const DEPOSIT = 25_000;

function served(): CaseRun {
  const run = awaitingService();
  serve(run);
  return run;
}

function completed(): CaseRun {
  const run = served();
  register(run);
  assert.equal(run.status, 'completed');
  return run;
}

const settle = (invoiceCents: number, invoiceId = 'inv-1') =>
  command('SettleInvoice', actors.civilAffairs, { invoiceId, invoiceCents });

describe('SettleInvoice', () => {
  test('deposit higher than the invoice: the difference is refunded from the deposit', () => {
    const run = completed();
    const emitted = run.run(settle(18_150));
    assert.deepEqual(types(emitted), ['InvoiceSettled']);
    assert.equal(run.status, 'completed', 'the case stays as it was');
    assert.deepEqual(run.effectsOf(emitted), [
      { kind: 'refund_payment', paymentId: 'pay-1', amountCents: 6_850 },
    ]);
    assert.equal(run.current.settlement?.status, 'refund_requested');
    assert.equal(run.current.settlement?.differenceCents, -6_850);

    const refunded = run.run(command('RecordRefund', actors.system, { paymentId: 'pay-1' }));
    assert.deepEqual(types(refunded), ['SettlementRefunded']);
    assert.equal((refunded[0] as { amountCents: number }).amountCents, 6_850);
    assert.deepEqual(run.effectsOf(refunded), [
      { kind: 'notify', recipient: 'declarant', template: 'payment_refunded' },
    ]);
    assert.equal(run.current.settlement?.status, 'settled');
    assert.equal(run.current.payment?.status, 'succeeded', 'the deposit itself stays paid');
    assert.deepEqual(run.run(command('RecordRefund', actors.system, { paymentId: 'pay-1' })), [],
      'the provider confirming twice changes nothing');
  });

  test('deposit lower than the invoice: a second payment request for the rest', () => {
    const run = served();
    const emitted = run.run(settle(31_460));
    assert.equal(run.status, 'registering');
    assert.deepEqual(run.effectsOf(emitted), [
      { kind: 'request_payment', amountCents: 6_460, purpose: 'invoice_balance' },
    ]);
    assert.equal(run.current.settlement?.status, 'payment_requested');

    run.refuses(command('RecordPaymentSuccess', actors.system, { paymentId: 'pay-2', amountCents: 6_000 }),
      'payment_amount_mismatch');
    const paid = run.run(command('RecordPaymentSuccess', actors.system,
      { paymentId: 'pay-2', amountCents: 6_460 }));
    assert.deepEqual(types(paid), ['SettlementPaid']);
    assert.deepEqual(run.effectsOf(paid), [
      { kind: 'notify', recipient: 'declarant', template: 'payment_received' },
    ]);
    assert.equal(run.current.settlement?.status, 'settled');
    assert.equal(run.current.settlement?.paymentId, 'pay-2');
    assert.deepEqual(run.run(command('RecordPaymentSuccess', actors.system,
      { paymentId: 'pay-2', amountCents: 6_460 })), [], 'reported twice: nothing more');
    run.refuses(command('RecordPaymentSuccess', actors.system, { paymentId: 'pay-3', amountCents: 6_460 }),
      'already_paid');
    assert.deepEqual(run.run(command('RecordPaymentSuccess', actors.system,
      { paymentId: 'pay-1', amountCents: DEPOSIT })), [], 'the deposit reported again: nothing');
    register(run);
    assert.equal(run.status, 'completed', 'the registration goes on regardless');
  });

  test('a balance payment that fails, is stopped or expires: recorded, the declarant told, still asked', () => {
    const run = served();
    run.run(settle(31_460));
    const failed = run.run(command('RecordPaymentFailure', actors.system, { paymentId: 'pay-2' }));
    assert.deepEqual(types(failed), ['SettlementPaymentEnded']);
    assert.equal((failed[0] as { ended: string }).ended, 'failed');
    assert.deepEqual(run.effectsOf(failed), [
      { kind: 'notify', recipient: 'declarant', template: 'payment_failed' },
    ]);
    const stopped = run.run(command('RecordPaymentFailure', actors.system,
      { paymentId: 'pay-3', reason: 'cancelled' }));
    assert.equal((stopped[0] as { ended: string }).ended, 'cancelled');
    const expired = run.run(command('RecordPaymentExpiry', actors.system, { paymentId: 'pay-4' }));
    assert.equal((expired[0] as { ended: string }).ended, 'expired');
    assert.deepEqual(run.effectsOf(expired), [
      { kind: 'notify', recipient: 'declarant', template: 'payment_expired' },
    ]);
    assert.equal(run.current.settlement?.status, 'payment_requested', 'the balance is still asked');
    assert.equal(run.status, 'registering');
    run.run(command('RecordPaymentSuccess', actors.system, { paymentId: 'pay-5', amountCents: 6_460 }));
    assert.deepEqual(run.run(command('RecordPaymentExpiry', actors.system, { paymentId: 'pay-4' })),
      [], 'an old request ending after the balance was paid adds nothing');
  });

  test('the deposit itself cannot fail outside awaiting payment, balance or not', () => {
    const run = served();
    run.refuses(command('RecordPaymentFailure', actors.system, { paymentId: 'pay-1' }),
      'command_not_allowed_in_state');
    run.run(settle(31_460));
    run.refuses(command('RecordPaymentFailure', actors.system, { paymentId: 'pay-1' }),
      'command_not_allowed_in_state');
    const refund = completed();
    refund.run(settle(18_150));
    refund.refuses(command('RecordPaymentExpiry', actors.system, { paymentId: 'pay-9' }),
      'command_not_allowed_in_state');
  });

  test('deposit equal to the invoice: settled at once, nothing leaves the system', () => {
    const run = completed();
    const emitted = run.run(settle(DEPOSIT));
    assert.deepEqual(run.effectsOf(emitted), []);
    assert.equal(run.current.settlement?.status, 'settled');
    assert.equal(run.current.settlement?.settledAt, run.now);
  });

  test('once per case: the same invoice again changes nothing, another is refused', () => {
    const run = completed();
    run.run(settle(20_000));
    assert.deepEqual(run.run(settle(20_000)), []);
    run.refuses(settle(20_001), 'command_not_allowed_in_state');
    run.refuses(settle(20_000, 'inv-2'), 'command_not_allowed_in_state');
  });

  test('only for a served case with its deposit paid', () => {
    const unserved = awaitingService();
    unserved.refuses(settle(20_000), 'command_not_allowed_in_state');
    const unpaid = awaitingPayment();
    unpaid.refuses(settle(20_000), 'command_not_allowed_in_state');
    const joint = registeringJoint();
    joint.refuses(settle(20_000), 'command_not_allowed_in_state');
  });

  test('amounts are integer cents, not negative; an invoice id is required', () => {
    const run = served();
    run.refuses(settle(100.5), 'invalid_input');
    run.refuses(settle(-1), 'invalid_input');
    run.refuses(settle(Number.NaN), 'invalid_input');
    run.refuses(settle(100, ' '), 'invalid_input');
  });

  test('municipal staff only: not the bailiff, the declarant or the system', () => {
    const run = served();
    for (const actor of [actors.bailiff, actors.declarant, actors.system, actors.counter]) {
      run.refuses(command('SettleInvoice', actor, { invoiceId: 'inv-1', invoiceCents: 1 }),
        'role_not_allowed');
    }
    for (const actor of [actors.registrar, actors.administrator]) {
      const other = served();
      assert.deepEqual(types(other.run(command('SettleInvoice', actor,
        { invoiceId: 'inv-1', invoiceCents: 1 }))), ['InvoiceSettled']);
    }
  });

  test('a refund the settlement did not ask for is still refused', () => {
    const run = served();
    run.run(settle(31_460));
    run.refuses(command('RecordRefund', actors.system, { paymentId: 'pay-1' }),
      'command_not_allowed_in_state');
  });

  test('without a settlement, a second payment is refused as before (rule 3)', () => {
    const run = served();
    run.refuses(command('RecordPaymentSuccess', actors.system, { paymentId: 'pay-9', amountCents: 100 }),
      'already_paid');
  });
});
