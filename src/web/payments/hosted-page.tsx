import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { App } from '../../app/app.ts';
import { paymentMethods, type Outcome } from '../../adapters/payments/embedded.ts';
import { acceptForms } from '../../adapters/login/form-body.ts';
import type { EmbeddedPspPaymentTable } from '../../db/schema.ts';
import type { Child } from '../jsx/types.ts';
import { pageContext, sendPage, type PageContext } from '../page-context.ts';
import { euro } from '../product/offer.ts';
import { brusselsMoment } from '../citizen/format.ts';
import { ErrorSummary } from '../views/form-errors.tsx';

type Row = Selectable<EmbeddedPspPaymentTable>;
type Request = FastifyRequest<{ Params: { id: string; token: string } }>;

const choice = z.object({
  outcome: z.enum(['paid', 'failed', 'canceled', 'expired']),
  method: z.enum(paymentMethods).optional(),
});

/**
 * The embedded provider's hosted payment page, `/pay/:id/:token` (development, demos and
 * tests only): its own look, marked as a simulation. The tester picks Bancontact, Payconiq or
 * a card and pays, makes it fail, stops, or lets it expire; the browser then goes back to the
 * product's return address and the provider owes the product a signed webhook.
 */
export function hostedPageRoutes(app: App) {
  return async (server: FastifyInstance) => {
    const embedded = app.payments.embedded;
    if (!embedded) return;
    acceptForms(server);
    server.get('/pay/:id/:token', async (request: Request, reply) => {
      const row = await embedded(app.db).page(request.params.id, request.params.token);
      return row ? showPage(request, reply, row, undefined) : notFound(request, reply);
    });
    server.post('/pay/:id/:token', async (request: Request, reply) => {
      const provider = embedded(app.db);
      const { id, token } = request.params;
      const row = await provider.page(id, token);
      if (!row) return notFound(request, reply);
      const form = choice.safeParse(request.body);
      const outcome: Outcome = form.success ? form.data.outcome : 'paid';
      const method = form.success ? form.data.method : undefined;
      if (!form.success || ((outcome === 'paid' || outcome === 'failed') && !method)) {
        return showPage(request, reply, row, 'method', 422);
      }
      const done = await provider.complete(id, token, outcome, method ?? null);
      request.log.info({ providerPaymentId: id, outcome }, 'simulated payment');
      return reply.redirect(done?.redirect_url ?? row.redirect_url, 303);
    });
  };
}

function notFound(request: FastifyRequest, reply: FastifyReply) {
  const ctx = pageContext(request);
  return sendPage(reply, <PspLayout ctx={ctx} title={ctx.t('pay.closed.title')}>
    <h1>{ctx.t('pay.closed.title')}</h1>
    <p>{ctx.t('pay.closed.body')}</p>
  </PspLayout>, 404);
}

function showPage(request: Request, reply: FastifyReply, row: Row, error: 'method' | undefined,
  status = 200) {
  const ctx = pageContext(request);
  const { t, lang } = ctx;
  if (row.status !== 'open') {
    return sendPage(reply, <PspLayout ctx={ctx} title={t('pay.closed.title')}>
      <h1>{t('pay.closed.title')}</h1>
      <p>{t('pay.closed.body')}</p>
      <p><a href={row.redirect_url}>{t('pay.closed.back')}</a></p>
    </PspLayout>, status);
  }
  const errors = error ? [{ field: 'method-bancontact', message: t('pay.error.method') }] : [];
  const action = `/pay/${row.id}/${row.token}?lang=${lang}`;
  return sendPage(reply, <PspLayout ctx={ctx} title={t('pay.title')}>
    <h1>{t('pay.title')}</h1>
    <ErrorSummary ctx={ctx} errors={errors} />
    <dl class="summary">
      <dt>{t('pay.amount')}</dt><dd>{euro(lang, row.amount_cents)}</dd>
      <dt>{t('pay.description')}</dt><dd>{row.description}</dd>
      <dt>{t('pay.reference')}</dt><dd>{row.reference}</dd>
      <dt>{t('pay.expires')}</dt><dd>{brusselsMoment(lang, row.expires_at)}</dd>
    </dl>
    <form method="post" action={action} novalidate>
      <fieldset class={error ? 'field field-error' : 'field'}
        aria-describedby={error ? 'method-error' : undefined}>
        <legend>{t('pay.method.legend')}</legend>
        {error ? <p class="error-message" id="method-error">{t('pay.error.method')}</p> : null}
        {paymentMethods.map((method) => (
          <div class="radio">
            <input type="radio" name="method" id={`method-${method}`} value={method} />
            <label for={`method-${method}`}>{t(`pay.method.${method}`)}</label>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('pay.outcome.legend')}</legend>
        <div class="psp-actions">
          <button type="submit" name="outcome" value="paid" class="button">
            {t('pay.outcome.paid')}</button>
          <button type="submit" name="outcome" value="failed" class="button secondary">
            {t('pay.outcome.failed')}</button>
          <button type="submit" name="outcome" value="canceled" class="button secondary">
            {t('pay.outcome.canceled')}</button>
          <button type="submit" name="outcome" value="expired" class="button secondary">
            {t('pay.outcome.expired')}</button>
        </div>
      </fieldset>
    </form>
  </PspLayout>, status);
}

/** The provider's own frame: not the product's header and footer, and a simulation banner. */
function PspLayout(
  { ctx, title, children }: { ctx: PageContext; title: string; children?: Child },
) {
  return (
    <html lang={ctx.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – ${ctx.t('pay.provider')}`}</title>
        <link rel="stylesheet" href="/assets/site.css" />
      </head>
      <body class="psp">
        <header class="psp-header">
          <div class="container">
            <p class="psp-name">{ctx.t('pay.provider')}</p>
            <p class="psp-banner" role="note"><strong>{ctx.t('pay.simulation')}</strong></p>
          </div>
        </header>
        <main id="main" class="container">{children}</main>
      </body>
    </html>
  );
}
