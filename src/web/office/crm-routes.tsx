import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../app/app.ts';
import {
  deliveryQueue, receivedEvents, type CaseQueue,
} from '../../app/crm-delivery.ts';
import { allStatuses } from '../../process/index.ts';
import { brusselsMoment } from '../citizen/format.ts';
import type { MessageKey } from '../i18n/index.ts';
import { sendPage, type PageContext } from '../page-context.ts';
import { Layout } from '../views/layout.tsx';
import { hasRole, officeContext, staffOf } from './context.ts';

/**
 * The CRM link seen from the office, `GET /office/crm`: for civil affairs and administrators,
 * the delivery queue per case of their municipality (what still has to go, failures with
 * their tries and last error) and what the embedded receiver got for their municipality.
 */
export function crmRoutes(app: App) {
  return async (server: FastifyInstance) => {
    server.get('/office/crm', (request, reply) => page(app, request, reply));
  };
}

async function page(app: App, request: FastifyRequest, reply: FastifyReply) {
  const session = staffOf(request);
  const ctx = officeContext(request);
  if (!hasRole(session, 'civil_affairs', 'administrator')) {
    return sendPage(reply, <ForbiddenPage ctx={ctx} />, 403);
  }
  const [queue, received] = await Promise.all([
    deliveryQueue(app.db, session.municipality),
    app.crm.embedded ? receivedEvents(app.db, session.municipality) : Promise.resolve([]),
  ]);
  return sendPage(reply, <CrmPage ctx={ctx} target={app.crm.url} embedded={app.crm.embedded}
    queue={queue} received={received} />);
}

type Received = Awaited<ReturnType<typeof receivedEvents>>[number];

function CrmPage({ ctx, target, embedded, queue, received }: {
  ctx: PageContext; target: string; embedded: boolean; queue: CaseQueue[]; received: Received[];
}) {
  const { t } = ctx;
  const failing = queue.filter((c) => c.next?.status === 'failed').length;
  return (
    <Layout ctx={ctx} title={t('office.crm.title')}>
      <h1>{t('office.crm.title')}</h1>
      <p class="lead">{t('office.crm.intro')}</p>
      <p>{t(embedded ? 'office.crm.target.embedded' : 'office.crm.target.external',
        { url: target })}</p>
      <h2>{t('office.crm.queue.title')}</h2>
      {failing > 0 ? (
        <div class="notice" role="status">
          <p>{t('office.crm.failedCount', { count: failing })}</p>
        </div>
      ) : null}
      {queue.length === 0 ? <p>{t('office.crm.queue.empty')}</p> : (
        <table class="crm-queue">
          <caption>{t('office.crm.queue.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('office.crm.col.case')}</th>
              <th scope="col">{t('office.crm.col.delivered')}</th>
              <th scope="col">{t('office.crm.col.waiting')}</th>
              <th scope="col">{t('office.crm.col.next')}</th>
              <th scope="col">{t('office.crm.col.attempts')}</th>
              <th scope="col">{t('office.crm.col.nextTry')}</th>
              <th scope="col">{t('office.crm.col.lastError')}</th>
            </tr>
          </thead>
          <tbody>
            {queue.map((c) => (
              <tr class={c.next?.status === 'failed' ? 'crm-failed' : undefined}>
                <th scope="row"><a href={`/office/cases/${c.caseId}`}>{c.reference}</a></th>
                <td>{String(c.delivered)}</td>
                <td>{String(c.waiting)}</td>
                <td>{c.next
                  ? `${statusText(ctx, c.next.caseStatus)} (#${c.next.sequence}): ${t(`office.crm.state.${c.next.status}`)}`
                  : t('office.crm.state.none')}</td>
                <td>{c.next ? String(c.next.attempts) : '–'}</td>
                <td>{c.next ? brusselsMoment(ctx.lang, c.next.nextAttemptAt) : '–'}</td>
                <td>{c.next?.lastError ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {embedded ? <>
        <h2>{t('office.crm.received.title')}</h2>
        {received.length === 0 ? <p>{t('office.crm.received.empty')}</p> : (
          <table class="crm-received">
            <caption>{t('office.crm.received.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('office.crm.col.received')}</th>
                <th scope="col">{t('office.crm.col.case')}</th>
                <th scope="col">{t('office.crm.col.sequence')}</th>
                <th scope="col">{t('office.crm.col.status')}</th>
                <th scope="col">{t('office.crm.col.event')}</th>
                <th scope="col">{t('office.crm.col.times')}</th>
              </tr>
            </thead>
            <tbody>
              {received.map((e) => (
                <tr>
                  <th scope="row">{brusselsMoment(ctx.lang, e.receivedAt)}</th>
                  <td>{e.reference ?? '–'}</td>
                  <td>{e.sequence === null ? '–' : String(e.sequence)}</td>
                  <td>{e.status ? statusText(ctx, e.status) : '–'}</td>
                  <td><code>{e.eventId}</code></td>
                  <td>{String(e.timesReceived)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </> : null}
    </Layout>
  );
}

/** The status in the reader's words when it is one of the process's, else its code. */
function statusText(ctx: PageContext, code: string): string {
  return (allStatuses as readonly string[]).includes(code)
    ? ctx.t(`case.status.${code}` as MessageKey) : code;
}

function ForbiddenPage({ ctx }: { ctx: PageContext }) {
  return (
    <Layout ctx={ctx} title={ctx.t('office.crm.forbidden.title')}>
      <h1>{ctx.t('office.crm.forbidden.title')}</h1>
      <p>{ctx.t('office.crm.forbidden.body')}</p>
      <p><a href="/office">{ctx.t('office.nav.cases')}</a></p>
    </Layout>
  );
}
