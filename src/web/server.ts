import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import { sql } from 'kysely';
import type { App } from '../app/app.ts';
import { assets } from './plugins/assets.ts';
import { errorPages } from './plugins/error-pages.tsx';
import { i18n } from './plugins/i18n.ts';
import { securityHeaders } from './plugins/security-headers.ts';
import { productRoutes } from './product/routes.tsx';
import { authPlugin } from './auth/index.ts';
import { citizenRoutes } from './citizen/routes.tsx';
import { signingRoutes } from './citizen/signing-routes.tsx';
import { messageRoutes, unreadCountPlugin } from './messages/index.ts';
import { preferenceRoutes } from './preferences/routes.tsx';
import { devRoutes } from './dev/routes.tsx';
import { notificationRoutes } from './notifications/routes.ts';
import { bailiffArea } from './bailiff/index.ts';
import { checkoutFormAction, paymentRoutes } from './payments/routes.tsx';
import { hostedPageRoutes } from './payments/hosted-page.tsx';
import { certificateRoutes } from './certificates/routes.tsx';
import { readRoutes } from './citizen/reads-routes.tsx';
import { invoiceRoutes } from './invoices/routes.ts';
import { officeArea } from './office/index.ts';
import { handoverRoutes } from './handover/routes.tsx';
import { crmReceiverRoutes } from './crm/receiver-routes.ts';

/**
 * The office's list takes names and national numbers as query parameters (GET search):
 * its request lines are logged without the query string.
 */
function withoutOfficeSearch(url: string): string {
  return url === '/office' || url.startsWith('/office?') || url.startsWith('/office/')
    ? url.split('?')[0] as string : url;
}

/** A counter's hand-over link carries a one-time secret: logged without it. */
function withoutHandoverToken(url: string): string {
  return url.startsWith('/handover/') ? '/handover/-' : url;
}

export interface ServerOptions {
  /** Told of every route as it is added, in every area (the route-isolation tests). */
  onRoute?: (route: RouteOptions) => void;
}

/**
 * The web server. Start-up is a list of small plugins, one concern each; the citizen's,
 * the municipality's and the bailiff's areas are added here as they are built.
 */
export async function buildServer(app: App, options: ServerOptions = {}) {
  const server = Fastify({
    // Request lines carry the method, the route and the request id; not the client's address.
    loggerInstance: app.log.child({ component: 'web' }, {
      serializers: {
        req: (req: { method: string; url: string; id: string }) =>
          ({ method: req.method, url: withoutHandoverToken(withoutOfficeSearch(req.url)),
            id: req.id }),
      },
    }),
    genReqId: () => randomUUID(),
    // Behind TRUST_PROXY proxies the client's address comes from X-Forwarded-For (rate limits).
    trustProxy: (_address: string, hop: number) => hop < app.config.trustProxyHops,
  });
  if (options.onRoute) server.addHook('onRoute', options.onRoute);
  const production = app.config.env === 'production';
  await server.register(securityHeaders, { hsts: production });
  await server.register(i18n, { secureCookie: production });
  await server.register(errorPages, { details: !production });
  await server.register(healthRoutes(app));
  await server.register(metricsRoutes(app));
  await server.register(assets);
  await server.register(authPlugin(app));
  await server.register(unreadCountPlugin(app));
  await server.register(productRoutes(app));
  await server.register(citizenRoutes(app));
  await server.register(signingRoutes(app));
  await server.register(messageRoutes(app));
  await server.register(preferenceRoutes(app));
  await server.register(devRoutes(app));
  await server.register(notificationRoutes(app));
  await server.register(bailiffArea(app));
  await server.register(checkoutFormAction(app));
  await server.register(paymentRoutes(app));
  await server.register(hostedPageRoutes(app));
  await server.register(certificateRoutes(app));
  await server.register(readRoutes(app));
  await server.register(invoiceRoutes(app));
  await server.register(officeArea(app));
  await server.register(handoverRoutes(app));
  await server.register(crmReceiverRoutes(app));
  return server;
}

function healthRoutes(app: App) {
  return async (server: FastifyInstance) => {
    server.get('/health/live', async () => ({ status: 'live' }));
    server.get('/health/ready', async (_request, reply) => {
      try {
        await sql`select 1`.execute(app.db);
        return { status: 'ready', database: app.databaseKind };
      } catch {
        return reply.code(503).send({ status: 'not_ready', database: app.databaseKind });
      }
    });
  };
}

/** Prometheus text format: cases per status, outbox and deadlines per status. */
function metricsRoutes(app: App) {
  return async (server: FastifyInstance) => {
    server.get('/metrics', async (_request, reply) => {
      const cases = await app.db.selectFrom('case_list').select(['status'])
        .select((eb) => eb.fn.countAll<number>().as('n')).groupBy('status').execute();
      const outbox = await app.db.selectFrom('outbox').select(['status'])
        .select((eb) => eb.fn.countAll<number>().as('n')).groupBy('status').execute();
      const deadlines = await app.db.selectFrom('deadline').select(['status'])
        .select((eb) => eb.fn.countAll<number>().as('n')).groupBy('status').execute();
      const deliveries = await app.db.selectFrom('delivery').select(['status'])
        .select((eb) => eb.fn.countAll<number>().as('n')).groupBy('status').execute();
      const lines = [
        ...gauge('cases', 'Cases per status.', cases),
        ...gauge('deliveries', 'E-mail and SMS deliveries per status.', deliveries),
        ...gauge('outbox_rows', 'Outbox rows per status (incident: needs staff).', outbox),
        ...gauge('deadlines', 'Case deadlines per status.', deadlines),
      ];
      return reply.type('text/plain; version=0.0.4').send(`${lines.join('\n')}\n`);
    });
  };
}

function gauge(name: string, help: string, rows: { status: string; n: number }[]): string[] {
  const metric = `cohabitation_${name}`;
  return [
    `# HELP ${metric} ${help}`,
    `# TYPE ${metric} gauge`,
    ...rows.map((row) => `${metric}{status="${row.status}"} ${Number(row.n)}`),
  ];
}
