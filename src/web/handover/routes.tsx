import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../app/app.ts';
import { findHandover, useHandover } from '../../app/office/handover.ts';
import { signingSteps } from '../../app/sign-declaration.ts';
import { loginPath, signedInRecently } from '../auth/index.ts';
import type { MessageKey } from '../i18n/index.ts';
import { pageContext, sendPage } from '../page-context.ts';
import { Layout } from '../views/layout.tsx';
import type { PageContext } from '../page-context.ts';

type Request = FastifyRequest<{ Params: { token: string } }>;

/**
 * The hand-over link the counter gives a citizen: /handover/:token. The citizen signs in with
 * the government login (a fresh sign-in, as signing needs); when they are the person the
 * counter identified, the link is used up and they land on the case's signing page. Anyone
 * else, a used or an expired link: a clear page, and nothing happens.
 */
export function handoverRoutes(app: App) {
  return async (server: FastifyInstance) => {
    server.get('/handover/:token', (r: Request, reply) => open(app, r, reply));
  };
}

async function open(app: App, request: Request, reply: FastifyReply) {
  const { token } = request.params;
  reply.header('cache-control', 'no-store');
  const row = await findHandover(app.db, token);
  if (!row) return page(request, reply, 'office.counter.link.unknown', 404);
  if (row.used_at !== null) return page(request, reply, 'office.counter.link.used', 410);
  if (new Date(row.expires_at).getTime() <= app.clock.now().getTime()) {
    return page(request, reply, 'office.counter.link.expired', 410);
  }
  if (request.staffSession || request.bailiffSession) {
    return page(request, reply, 'office.counter.link.staff', 200);
  }
  const session = request.citizenSession;
  if (!session || !signedInRecently(session, app.clock.now())) {
    return reply.redirect(loginPath(`/handover/${token}`, 'substantial'), 303);
  }
  const loaded = await app.engine.load(row.case_id);
  if (loaded && loaded.state.status !== signingSteps[row.step].status
    && row.person_national_number === session.nationalNumber) {
    return page(request, reply, 'office.counter.link.notNow', 409);
  }
  const outcome = await useHandover(app, token, session.nationalNumber);
  switch (outcome.kind) {
    case 'sign':
      request.log.info({ caseId: outcome.caseId, step: outcome.step }, 'hand-over link used');
      return reply.redirect(`/cases/${outcome.caseId}/${outcome.step}/sign`, 303);
    case 'wrong_person':
      request.log.warn({ caseId: row.case_id }, 'hand-over link refused: another person');
      return page(request, reply, 'office.counter.link.wrongPerson', 403);
    case 'expired':
      return page(request, reply, 'office.counter.link.expired', 410);
    case 'used':
      return page(request, reply, 'office.counter.link.used', 410);
    default:
      return page(request, reply, 'office.counter.link.unknown', 404);
  }
}

function page(request: FastifyRequest, reply: FastifyReply, body: MessageKey, status: number) {
  return sendPage(reply, <HandoverPage ctx={pageContext(request)} body={body}
    citizen={request.citizenSession !== null} />, status);
}

function HandoverPage({ ctx, body, citizen }: { ctx: PageContext; body: MessageKey;
  citizen: boolean }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('office.counter.link.title')}>
      <h1>{t('office.counter.link.title')}</h1>
      <p>{t(body)}</p>
      {citizen ? <p><a href="/cases">{t('office.counter.link.cases')}</a></p> : null}
    </Layout>
  );
}
