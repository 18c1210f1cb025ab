// A unilateral case that is paid and served, ready for the bailiff's invoice.
import type { App } from '../../../src/app/app.ts';
import type { InvoiceLine } from '../../../src/invoices/index.ts';
import type { CaseCommand } from '../../../src/process/index.ts';
import { caseAwaitingService } from '../../bailiff/support.ts';
import { settle } from '../../notifications/support.ts';

export async function servedCase(app: App, declarant: string) {
  const { caseId, bailiffId } = await caseAwaitingService(app, declarant);
  await app.engine.execute({
    type: 'RecordService', caseId, actor: { role: 'bailiff', id: bailiffId }, channel: 'bailiff',
    serviceDate: app.clock.now().toISOString().slice(0, 10), place: 'Gent', mode: 'in_person',
    deedReference: 'DEED-1',
  } as CaseCommand);
  await settle(app);
  const deposit = (await app.engine.load(caseId))?.state.payment;
  if (deposit?.status !== 'succeeded') throw new Error('the deposit was not paid');
  return { caseId, bailiffId, depositCents: deposit.amountCents };
}

/** One fee line at 21 % VAT. */
export const fee = (cents: number, description = 'Betekening'): InvoiceLine => ({
  kind: 'fee', description, quantity: 1, unitCode: 'C62', unitPriceCents: cents,
  vatCategory: 'S', vatRatePercent: 21 });
