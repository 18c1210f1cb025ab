import type { InvoiceLine } from '../../invoices/index.ts';
import type { PageContext } from '../page-context.ts';
import { euro } from '../product/offer.ts';
import { describedBy, Field, type FieldError } from '../views/form-errors.tsx';

/** What the bailiff typed in the invoice form (amounts in euros, excluding VAT). */
export interface InvoiceValues {
  feeDescription: string;
  feeAmount: string;
  costDescription: string;
  costAmount: string;
}

export const emptyInvoice: InvoiceValues =
  { feeDescription: '', feeAmount: '', costDescription: '', costAmount: '' };

export interface InvoiceSectionModel {
  /** The invoice already submitted for the case, if any (a credited one no longer is). */
  submitted: { id: string; number: string; payableCents: number;
    /** Why the municipality disputes it; null when it does not. */
    disputeReason: string | null } | null;
  /** The last invoice cancelled by a credit note, when the bailiff is to correct it. */
  credited: { number: string; creditNoteId: string; creditNoteNumber: string } | null;
  values: InvoiceValues;
  errors: FieldError[];
}

/** An amount in euros ("185,50" or "185.50") as integer cents, or null. */
export function cents(value: string): number | null {
  const match = /^(\d{1,6})(?:[.,](\d{1,2}))?$/.exec(value.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
}

/**
 * The form's lines: the fee, and the costs when given; each at the standard Belgian VAT rate
 * (21 %). Field errors otherwise, in the order of the form.
 */
export function invoiceLines(ctx: PageContext, v: InvoiceValues):
  { lines: InvoiceLine[]; errors: FieldError[] } {
  const { t } = ctx;
  const errors: FieldError[] = [];
  if (v.feeDescription.trim() === '') {
    errors.push({ field: 'feeDescription', message: t('bailiff.error.feeDescription.required') });
  }
  const fee = cents(v.feeAmount);
  if (fee === null) errors.push({ field: 'feeAmount', message: t('bailiff.error.amount_invalid') });
  const withCost = v.costDescription.trim() !== '' || v.costAmount.trim() !== '';
  const cost = withCost ? cents(v.costAmount) : null;
  if (withCost && v.costDescription.trim() === '') {
    errors.push({ field: 'costDescription', message: t('bailiff.error.costDescription.required') });
  }
  if (withCost && cost === null) {
    errors.push({ field: 'costAmount', message: t('bailiff.error.amount_invalid') });
  }
  const line = (kind: 'fee' | 'cost', description: string, price: number): InvoiceLine => ({
    kind, description: description.trim(), quantity: 1, unitCode: 'C62', unitPriceCents: price,
    vatCategory: 'S', vatRatePercent: 21 });
  const lines = [
    ...(fee === null ? [] : [line('fee', v.feeDescription, fee)]),
    ...(cost === null ? [] : [line('cost', v.costDescription, cost)]),
  ];
  return { lines, errors };
}

/** The invoice of a served case: the submitted one, or the form to submit it. */
export function InvoiceSection({ ctx, base, csrf, model }: {
  ctx: PageContext; base: string; csrf: string; model: InvoiceSectionModel;
}) {
  const { t } = ctx;
  const error = (field: string) => model.errors.find((e) => e.field === field)?.message;
  const hint = t('bailiff.invoice.amountHint');
  if (model.submitted) {
    return (
      <section aria-labelledby="invoice-title">
        <h2 id="invoice-title">{t('bailiff.invoice.title')}</h2>
        <p>{t('bailiff.invoice.done', { number: model.submitted.number,
          amount: euro(ctx.lang, model.submitted.payableCents) })}</p>
        <p><a href={`/invoices/${model.submitted.id}.xml`}>{t('bailiff.invoice.xml')}</a></p>
        {model.submitted.disputeReason !== null ? <>
          <p class="notice">{t('bailiff.invoice.disputed',
            { reason: model.submitted.disputeReason })}</p>
          <p>{t('bailiff.invoice.creditIntro')}</p>
          <form method="post" action={`${base}/credit-note`}>
            <input type="hidden" name="_csrf" value={csrf} />
            <button type="submit">{t('bailiff.invoice.credit')}</button>
          </form>
        </> : null}
      </section>
    );
  }
  const text = (id: keyof InvoiceValues, label: string, amount: boolean) => (
    <Field ctx={ctx} id={id} label={label} hint={amount ? hint : undefined} error={error(id)}>
      <input type="text" id={id} name={id} value={model.values[id]}
        maxlength={amount ? '10' : '200'} inputmode={amount ? 'decimal' : undefined}
        aria-describedby={describedBy(id, amount ? hint : undefined, error(id))}
        aria-invalid={error(id) ? 'true' : undefined} />
    </Field>
  );
  return (
    <section aria-labelledby="invoice-title">
      <h2 id="invoice-title">{t('bailiff.invoice.title')}</h2>
      {model.credited ? <p class="notice">{t('bailiff.invoice.credited',
        { number: model.credited.number, creditNote: model.credited.creditNoteNumber })}{' '}
        <a href={`/credit-notes/${model.credited.creditNoteId}.xml`}>
          {t('bailiff.invoice.creditXml')}</a></p> : null}
      <p>{t('bailiff.invoice.intro')}</p>
      <form method="post" action={`${base}/invoice`} novalidate>
        <input type="hidden" name="_csrf" value={csrf} />
        {text('feeDescription', t('bailiff.invoice.feeDescription'), false)}
        {text('feeAmount', t('bailiff.invoice.feeAmount'), true)}
        {text('costDescription', t('bailiff.invoice.costDescription'), false)}
        {text('costAmount', t('bailiff.invoice.costAmount'), true)}
        <button type="submit">{t('bailiff.invoice.submit')}</button>
      </form>
    </section>
  );
}
