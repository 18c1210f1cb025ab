import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../app/app.ts';
import { dashboardCsv, dashboardFigures, periodOf } from '../../app/office/dashboard.ts';
import { sendPage } from '../page-context.ts';
import { hasRole, officeContext, staffOf } from './context.ts';
import { DashboardForbiddenPage, DashboardPage, periodErrors } from './dashboard-page.tsx';

type Request = FastifyRequest<{ Querystring: { from?: unknown; to?: unknown } }>;

/** The roles that see the dashboard; the counter works case by case and does not. */
function allowed(request: FastifyRequest): boolean {
  return hasRole(staffOf(request), 'civil_affairs', 'registrar', 'administrator');
}

/**
 * The dashboard of the member's own municipality under /office/dashboard, for a period
 * (from, to; twelve weeks by default), and the same figures as CSV.
 */
export function dashboardRoutes(app: App) {
  return async (server: FastifyInstance) => {
    server.get('/office/dashboard', (request: Request, reply) => page(app, request, reply));
    server.get('/office/dashboard.csv', (request: Request, reply) => csv(app, request, reply));
  };
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

async function page(app: App, request: Request, reply: FastifyReply) {
  const ctx = officeContext(request);
  if (!allowed(request)) return sendPage(reply, <DashboardForbiddenPage ctx={ctx} />, 403);
  const now = app.clock.now();
  const { period, issues } = periodOf(request.query, now);
  if (issues.length > 0) {
    const values = { from: textOf(request.query.from), to: textOf(request.query.to) };
    return sendPage(reply, <DashboardPage ctx={ctx} values={values}
      errors={periodErrors(ctx, issues)} figures={null} />, 400);
  }
  const figures = await dashboardFigures(app.db, staffOf(request).municipality, period, now);
  return sendPage(reply, <DashboardPage ctx={ctx} values={period} errors={[]} figures={figures} />);
}

async function csv(app: App, request: Request, reply: FastifyReply) {
  const ctx = officeContext(request);
  if (!allowed(request)) return sendPage(reply, <DashboardForbiddenPage ctx={ctx} />, 403);
  const now = app.clock.now();
  const { period, issues } = periodOf(request.query, now);
  if (issues.length > 0) {
    const lines = periodErrors(ctx, issues).map((error) => error.message);
    return reply.code(400).type('text/plain; charset=utf-8').send(`${lines.join('\n')}\n`);
  }
  const session = staffOf(request);
  const figures = await dashboardFigures(app.db, session.municipality, period, now);
  const name = `dashboard-${session.municipality}-${period.from}-${period.to}.csv`;
  return reply.type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}"`)
    .send(dashboardCsv(figures));
}
