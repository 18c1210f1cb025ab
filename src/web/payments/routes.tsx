import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { App } from '../../app/app.ts';
import { caseForDeclarant } from '../../app/case-access.ts';
import { balanceRequested, latestPayment } from '../../app/payment-requests.ts';
import { PaymentStepError, startPayment } from '../../app/start-payment.ts';
import { syncPayment, type SyncOutcome } from '../../app/sync-payment.ts';
import { acceptForms } from '../../adapters/login/form-body.ts';
import type { CaseState } from '../../process/index.ts';
import { checkCsrf, requireCitizen, type CitizenSession } from '../auth/index.ts';
import { pageContext, sendPage, type PageContext } from '../page-context.ts';
import { euro } from '../product/offer.ts';
import { Layout } from '../views/layout.tsx';
import { caseAccessRefused, csrfRefused } from '../citizen/case-refusals.tsx';
import { PaymentBlock, type PaymentSummary } from '../citizen/payment-block.tsx';

type Request = FastifyRequest<{ Params: { id?: string } }>;

/** The payment summary of the case page: the current request's amount and reference. */
export async function paymentSummary(app: App, state: CaseState):
  Promise<PaymentSummary | undefined> {
  if (balanceRequested(state)) {
    const rows = await app.db.selectFrom('payment').select(['status', 'reference'])
      .where('case_id', '=', state.caseId).where('purpose', '=', 'invoice_balance')
      .orderBy('created_at', 'desc').orderBy('idempotency_key', 'desc').limit(2).execute();
    const open = rows[0]?.status === 'open' ? rows[0] : undefined;
    const ended = (open ? rows[1] : rows[0])?.status;
    return { amountCents: state.settlement?.differenceCents ?? 0, reference: open?.reference,
      balanceRetry: ended === 'failed' || ended === 'cancelled' || ended === 'expired'
        ? ended : null };
  }
  if (state.status !== 'awaiting_payment') return undefined;
  const row = await latestPayment(app.db, state.caseId);
  const current = row?.status === 'open' ? row : undefined;
  return { amountCents: current?.amount_cents ?? state.payment?.amountCents ?? 0,
    reference: current?.reference };
}

/**
 * Payments on the web: the provider's webhook (`POST /payments/webhook`), the declarant's
 * "Pay" button (`POST /cases/:id/pay`) and the return address (`GET /cases/:id/payment`),
 * which shows the result only after asking the provider.
 */
export function paymentRoutes(app: App) {
  return async (server: FastifyInstance) => {
    await server.register(webhookRoute(app));
    await server.register(citizenPaymentRoutes(app));
  };
}

/**
 * The webhook: the body is read raw (the embedded provider signs it; Mollie's only names the
 * payment). A wrong signature is refused (401); a malformed call is a 400; a call for an
 * unknown payment is taken and ignored (200), so that the provider stops sending it.
 */
function webhookRoute(app: App) {
  return async (server: FastifyInstance) => {
    const raw = { parseAs: 'string' as const, bodyLimit: 16 * 1024 };
    server.addContentTypeParser('application/json', raw, (_r, body, done) => done(null, body));
    server.addContentTypeParser('application/x-www-form-urlencoded', raw,
      (_r, body, done) => done(null, body));
    server.post('/payments/webhook', async (request, reply) => {
      const provider = app.payments.providerFor(app.db);
      const signature = request.headers['x-payment-signature'];
      const check = provider.webhookPaymentId({
        rawBody: typeof request.body === 'string' ? request.body : '',
        contentType: request.headers['content-type'] ?? '',
        signature: typeof signature === 'string' ? signature : undefined,
      });
      if (!check.ok) {
        request.log.warn({ code: check.reason }, 'payment webhook refused');
        return reply.code(check.reason === 'bad_signature' ? 401 : 400)
          .send({ error: check.reason });
      }
      const outcome = await syncPayment(app, check.providerPaymentId);
      request.log.info({ outcome }, 'payment webhook');
      return reply.code(200).send({ received: true });
    });
  };
}

function citizenPaymentRoutes(app: App) {
  return async (server: FastifyInstance) => {
    acceptForms(server);
    server.addHook('preHandler', requireCitizen);
    server.post('/cases/:id/pay', (request: Request, reply) => pay(app, request, reply));
    server.get('/cases/:id/payment', (request: Request, reply) => showReturn(app, request, reply));
    server.setErrorHandler(async (error, request, reply) =>
      refused(request as Request, reply, error));
  };
}

function person(request: FastifyRequest): string {
  return (request.citizenSession as CitizenSession).nationalNumber;
}

async function pay(app: App, request: Request, reply: FastifyReply) {
  if (!checkCsrf(request)) return csrfRefused(request, reply);
  const caseId = request.params.id ?? '';
  const target = await startPayment(app, { caseId, person: person(request) });
  request.log.info({ caseId }, 'payment started');
  return reply.redirect(target, 303);
}

async function showReturn(app: App, request: Request, reply: FastifyReply) {
  const access = await caseForDeclarant(app.engine, request.params.id ?? '', person(request));
  const caseId = access.state.caseId;
  const row = await latestPayment(app.db, caseId);
  let outcome: SyncOutcome = 'open';
  if (row?.provider_payment_id) outcome = await syncPayment(app, row.provider_payment_id);
  if (outcome === 'unknown') outcome = 'open';
  const state = (await app.engine.load(caseId))?.state ?? access.state;
  if (outcome === 'paid' && state.closure !== null) outcome = 'refunded';
  const ctx = pageContext(request);
  const summary = await paymentSummary(app, state);
  return sendPage(reply, <ReturnPage ctx={ctx} state={state} outcome={outcome}
    amountCents={row?.amount_cents ?? 0} payment={summary} />);
}

interface ReturnProps {
  ctx: PageContext;
  state: CaseState;
  outcome: Exclude<SyncOutcome, 'unknown'>;
  amountCents: number;
  payment: PaymentSummary | undefined;
}

/** The result of the payment, as the provider gave it, and the way on. */
function ReturnPage({ ctx, state, outcome, amountCents, payment }: ReturnProps) {
  const { t } = ctx;
  const title = t(`payment.return.title.${outcome}`);
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead" role="status">
        {t(`payment.return.body.${outcome}`, { amount: euro(ctx.lang, amountCents) })}</p>
      {outcome !== 'paid' ? <PaymentBlock ctx={ctx} state={state} payment={payment} /> : null}
      <p><a href={`/cases/${state.caseId}`}>{t('payment.return.back')}</a></p>
    </Layout>
  );
}

function refused(request: Request, reply: FastifyReply, error: unknown) {
  const caseId = request.params.id ?? '';
  const access = caseAccessRefused(request, reply, error, caseId);
  if (access) return access;
  if (error instanceof PaymentStepError) {
    request.log.info({ caseId, code: error.code }, 'payment refused');
    return reply.redirect(`/cases/${caseId}`, 303);
  }
  throw error;
}

/**
 * Browsers apply the policy's form-action to the redirects that follow a form post: the Pay
 * button's answer sends the browser to the provider's checkout, so that origin is allowed
 * (with Mollie; the embedded hosted page is this origin).
 */
export function checkoutFormAction(app: App) {
  return fp(async (server: FastifyInstance) => {
    const settings = app.config.payments;
    if (settings.provider !== 'mollie') return;
    const origins = new Set(['https://www.mollie.com', new URL(settings.apiUrl).origin]);
    origins.delete('https://api.mollie.com');
    const allowed = `form-action 'self' ${[...origins].join(' ')}`;
    server.addHook('onSend', async (_request, reply, payload) => {
      const policy = reply.getHeader('content-security-policy');
      if (typeof policy === 'string') {
        reply.header('content-security-policy', policy.replace("form-action 'self'", allowed));
      }
      return payload;
    });
  }, { name: 'checkout-form-action', dependencies: ['security-headers'] });
}
