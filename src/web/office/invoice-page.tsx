import type { InvoiceListItem } from '../../app/invoices.ts';
import type { PageContext } from '../page-context.ts';
import { euro } from '../product/offer.ts';
import { describedBy, ErrorSummary, type FieldError } from '../views/form-errors.tsx';
import { Layout } from '../views/layout.tsx';

/** One row of the page: the invoice with its case reference and the bailiff's office. */
export interface InvoiceRow extends InvoiceListItem {
  reference: string;
  bailiffName: string;
}

export interface InvoicesPageModel {
  rows: InvoiceRow[];
  csrf: string;
  /** The decision just made (post-redirect-get), announced at the top. */
  done: 'approved' | 'disputed' | null;
  errors: FieldError[];
  /** The reason as typed, for the invoice whose dispute was refused. */
  typed: { invoiceId: string; reason: string } | null;
}

/** The bailiffs' invoices of the municipality, each beside the deposit of its case. */
export function InvoicesPage({ ctx, model }: { ctx: PageContext; model: InvoicesPageModel }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={model.errors.length > 0
      ? `${t('error.summary')}: ${t('office.invoices.title')}` : t('office.invoices.title')}>
      <ErrorSummary ctx={ctx} errors={model.errors} />
      <h1>{t('office.invoices.title')}</h1>
      {model.done ? <p class="notice" role="status">{t(`office.invoices.done.${model.done}`)}</p>
        : null}
      <p class="lead">{t('office.invoices.intro')}</p>
      {model.rows.length === 0 ? <p>{t('office.invoices.empty')}</p> : (
        <table class="invoices">
          <caption>{t('office.invoices.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('office.invoices.col.invoice')}</th>
              <th scope="col">{t('office.invoices.col.case')}</th>
              <th scope="col">{t('office.invoices.col.bailiff')}</th>
              <th scope="col">{t('office.invoices.col.deposit')}</th>
              <th scope="col">{t('office.invoices.col.total')}</th>
              <th scope="col">{t('office.invoices.col.difference')}</th>
              <th scope="col">{t('office.invoices.col.status')}</th>
              <th scope="col">{t('office.invoices.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {model.rows.map((row) => <Row ctx={ctx} row={row} model={model} />)}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

function Row({ ctx, row, model }: { ctx: PageContext; row: InvoiceRow; model: InvoicesPageModel }) {
  const { t, lang } = ctx;
  return (
    <tr id={`invoice-${row.id}`}>
      <th scope="row">
        <a href={`/invoices/${row.id}.xml`}>
          {t('office.invoices.xml', { number: row.number, reference: row.reference })}</a>
        {row.creditNoteId ? <><br /><a href={`/credit-notes/${row.creditNoteId}.xml`}>
          {t('office.invoices.creditNoteXml')}</a></> : null}
      </th>
      <td><a href={`/office/cases/${row.caseId}`}>{row.reference}</a></td>
      <td>{row.bailiffName}</td>
      <td>{row.depositCents !== null && row.depositStatus !== 'requested'
        && row.depositStatus !== 'failed' && row.depositStatus !== 'expired'
        ? euro(lang, row.depositCents) : t('office.invoices.noDeposit')}</td>
      <td>{euro(lang, row.payableCents)}</td>
      <td><Difference ctx={ctx} cents={row.differenceCents} /></td>
      <td><Status ctx={ctx} row={row} /></td>
      <td>{row.status === 'submitted' ? <Decide ctx={ctx} row={row} model={model} /> : null}</td>
    </tr>
  );
}

function Difference({ ctx, cents }: { ctx: PageContext; cents: number | null }) {
  const { t, lang } = ctx;
  if (cents === null) return <>{'—'}</>;
  if (cents === 0) return <>{t('office.invoices.difference.none')}</>;
  return <>{cents < 0
    ? t('office.invoices.difference.refund', { amount: euro(lang, -cents) })
    : t('office.invoices.difference.due', { amount: euro(lang, cents) })}</>;
}

function Status({ ctx, row }: { ctx: PageContext; row: InvoiceRow }) {
  const { t } = ctx;
  if (row.status === 'disputed') {
    return <>{t('office.invoices.status.disputed', { reason: row.disputeReason ?? '' })}</>;
  }
  if (row.status === 'approved' && row.settlement) {
    return <>{t('office.invoices.status.approved')}<br />
      {t(`office.invoices.settlement.${row.settlement}`)}</>;
  }
  return <>{t(`office.invoices.status.${row.status}`)}</>;
}

/** Approve, or dispute with a reason: two small forms, each with the session's token. */
function Decide({ ctx, row, model }: { ctx: PageContext; row: InvoiceRow; model: InvoicesPageModel }) {
  const { t } = ctx;
  const reasonId = `reason-${row.id}`;
  const error = model.errors.find((e) => e.field === reasonId)?.message;
  const hint = t('office.invoices.reasonHint');
  const typed = model.typed?.invoiceId === row.id ? model.typed.reason : '';
  return (
    <>
      <form method="post" action={`/office/invoices/${row.id}/approve`}>
        <input type="hidden" name="_csrf" value={model.csrf} />
        <button type="submit" id={`approve-${row.id}`}>
          {t('office.invoices.approve', { number: row.number, reference: row.reference })}</button>
      </form>
      <form method="post" action={`/office/invoices/${row.id}/dispute`} novalidate>
        <input type="hidden" name="_csrf" value={model.csrf} />
        <div class={error ? 'field field-error' : 'field'}>
          <label for={reasonId}>{t('office.invoices.reason', { number: row.number, reference: row.reference })}</label>
          <p class="hint" id={`${reasonId}-hint`}>{hint}</p>
          {error ? <p class="error-message" id={`${reasonId}-error`}>
            <span class="visually-hidden">{t('error.fieldPrefix')} </span>{error}</p> : null}
          <textarea id={reasonId} name="reason" rows="2" maxlength="1000"
            aria-describedby={describedBy(reasonId, hint, error)}
            aria-invalid={error ? 'true' : undefined}>{typed}</textarea>
        </div>
        <button type="submit" class="secondary">
          {t('office.invoices.dispute', { number: row.number, reference: row.reference })}</button>
      </form>
    </>
  );
}

/** A member of staff whose role does not handle invoices. */
export function InvoicesForbiddenPage({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('office.invoices.forbidden.title')}>
      <h1>{t('office.invoices.forbidden.title')}</h1>
      <p>{t('office.invoices.forbidden.body')}</p>
      <p><a href="/office">{t('office.nav.cases')}</a></p>
    </Layout>
  );
}
