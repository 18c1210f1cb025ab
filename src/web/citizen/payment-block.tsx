import type { CaseState } from '../../process/index.ts';
import type { PageContext } from '../page-context.ts';
import { euro } from '../product/offer.ts';
import { lastDay } from './format.ts';
import { nextStep } from './timeline.ts';

/** The current payment request as the declarant sees it. */
export interface PaymentSummary {
  amountCents: number;
  /** The structured reference; undefined for the moment the request is being recorded. */
  reference: string | undefined;
  /** The balance of the bailiff's invoice: how its previous payment ended, if it did. */
  balanceRetry?: 'failed' | 'cancelled' | 'expired' | null;
}

interface PaymentBlockProps {
  ctx: PageContext;
  state: CaseState;
  payment: PaymentSummary | undefined;
}

/**
 * What the declarant pays, with which reference and by when, and the "Pay" button: a form
 * (with the session's token) that opens the provider's hosted page. After a failed or
 * expired payment it says so and offers to pay again.
 */
export function PaymentBlock({ ctx, state, payment }: PaymentBlockProps) {
  const { t, lang } = ctx;
  const settlement = state.settlement ?? null;
  if (settlement?.status === 'payment_requested' && settlement.differenceCents > 0) {
    return <BalanceBlock ctx={ctx} state={state} payment={payment}
      amountCents={settlement.differenceCents} />;
  }
  if (state.status !== 'awaiting_payment' || state.payment === null) return <></>;
  const status = state.payment.status;
  const retry = status === 'failed' || status === 'expired';
  const due = nextStep(state)?.dueAt ?? null;
  return (
    <section class="payment" aria-labelledby="payment-heading">
      <h2 id="payment-heading">{t('case.pay.heading')}</h2>
      {retry ? (
        <p class="notice">{t(status === 'failed' ? 'case.pay.failed' : 'case.pay.expired')}</p>
      ) : null}
      <p>{t('case.pay.intro')}</p>
      <dl class="summary">
        <dt>{t('case.pay.amount')}</dt>
        <dd>{euro(lang, payment?.amountCents ?? state.payment.amountCents)}</dd>
        {payment?.reference ? <><dt>{t('case.pay.reference')}</dt>
          <dd>{payment.reference}</dd></> : null}
        {due ? <><dt>{t('case.pay.due')}</dt><dd>{lastDay(lang, due)}</dd></> : null}
      </dl>
      <form method="post" action={`/cases/${state.caseId}/pay`}>
        <input type="hidden" name="_csrf" value={ctx.account?.csrf ?? ''} />
        <button type="submit" class="button">
          {t(retry ? 'case.pay.again' : 'case.pay.button')}</button>
      </form>
      <p class="hint">{t('case.pay.counter')}</p>
    </section>
  );
}

/**
 * The balance the approved bailiff's invoice asks beyond the deposit: the amount, the
 * current request's reference and the "Pay" button; after a failed, cancelled or expired
 * payment, a notice that a new request was made.
 */
function BalanceBlock({ ctx, state, payment, amountCents }: PaymentBlockProps & {
  amountCents: number;
}) {
  const { t, lang } = ctx;
  const retry = payment?.balanceRetry ?? null;
  return (
    <section class="payment" aria-labelledby="payment-heading">
      <h2 id="payment-heading">{t('case.pay.balance.heading')}</h2>
      {retry ? <p class="notice">{t(`case.pay.balance.${retry}`)}</p> : null}
      <p>{t('case.pay.balance.intro')}</p>
      <dl class="summary">
        <dt>{t('case.pay.amount')}</dt>
        <dd>{euro(lang, amountCents)}</dd>
        {payment?.reference ? <><dt>{t('case.pay.reference')}</dt>
          <dd>{payment.reference}</dd></> : null}
      </dl>
      <form method="post" action={`/cases/${state.caseId}/pay`}>
        <input type="hidden" name="_csrf" value={ctx.account?.csrf ?? ''} />
        <button type="submit" class="button">
          {t(retry ? 'case.pay.again' : 'case.pay.button')}</button>
      </form>
      <p class="hint">{t('case.pay.counter')}</p>
    </section>
  );
}
