import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { App } from '../../app/app.ts';
import {
  listCases, maxDays, maxPage, parseListQuery, type QueryProblem,
} from '../../app/office/case-list.ts';
import type { MessageKey } from '../i18n/index.ts';
import type { PageContext } from '../page-context.ts';
import { sendPage } from '../page-context.ts';
import type { FieldError } from '../views/form-errors.tsx';
import { officeContext, staffOf } from './context.ts';
import { CaseListPage } from './list-page.tsx';

/**
 * The case list at GET /office, for every staff role: search, filters, sort and pages are
 * query parameters of one form that works without JavaScript. Wrong parameters are left out
 * of the query and shown in an error summary (400); the list of the rest is still shown.
 * The search terms never reach the application log (the request line is logged without its
 * query string: see the web server's serializer).
 */
export function caseListRoutes(app: App) {
  return async (server: FastifyInstance) => {
    server.get('/office', async (request: FastifyRequest<{ Querystring: Record<string, unknown> }>,
      reply) => {
      const session = staffOf(request);
      const raw = request.query ?? {};
      const { query, problems } = parseListQuery(raw);
      const now = app.clock.now();
      const result = await listCases(app.db, {
        municipality: session.municipality, subject: session.subject,
        role: session.roles[0] ?? 'staff',
      }, query, now);
      request.log.info({ search: query.search?.kind ?? null, rows: result.rows.length,
        page: result.page, problems: problems.map((p) => p.field) }, 'office case list read');
      const ctx = officeContext(request);
      return sendPage(reply, <CaseListPage ctx={ctx} model={{
        query, result, now, errors: problems.map((p) => fieldError(ctx, p)),
        search: text(raw.q), rawDays: text(raw.days),
      }} />, problems.length > 0 ? 400 : 200);
    });
  };
}

function text(value: unknown): string {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}

function fieldError(ctx: PageContext, problem: QueryProblem): FieldError {
  const key = problem.field === 'q' || problem.field === 'days' || problem.field === 'page'
    ? `office.list.error.${problem.field}.${problem.problem}`
    : `office.list.error.${problem.field}`;
  const max = problem.field === 'page' ? maxPage : maxDays;
  // The page has no field of its own: its message links to the list's search box.
  return { field: problem.field === 'page' ? 'q' : problem.field,
    message: ctx.t(key as MessageKey, { max }) };
}
