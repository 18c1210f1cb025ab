import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../app/app.ts';
import {
  approveInvoice, disputeInvoice, InvoiceError, listInvoices, type ActingStaff,
} from '../../app/invoices.ts';
import { formField } from '../../adapters/login/form-body.ts';
import { ProcessError } from '../../process/index.ts';
import { checkCsrf, type StaffSession } from '../auth/index.ts';
import { ExpiredFormPage } from '../auth/pages.tsx';
import { sendPage } from '../page-context.ts';
import { ErrorPage } from '../views/error-page.tsx';
import type { FieldError } from '../views/form-errors.tsx';
import { hasRole, officeContext, staffOf } from './context.ts';
import {
  InvoicesForbiddenPage, InvoicesPage, type InvoiceRow, type InvoicesPageModel,
} from './invoice-page.tsx';

type Request = FastifyRequest<{ Params: { id: string } }>;

/**
 * The office's invoices under /office/invoices, for civil affairs and administrators: the
 * bailiffs' invoices of the member's municipality beside the deposits of their cases, with
 * their UBL XML; approve (the process settles the difference) or dispute with a reason.
 * Forms post-redirect-get; another municipality's invoice answers 404, like an unknown one.
 */
export function officeInvoiceRoutes(app: App) {
  return async (server: FastifyInstance) => {
    server.get('/office/invoices', async (request, reply) => {
      if (!allowed(request)) return forbidden(request, reply);
      const done = (request.query as Record<string, unknown>).done;
      return show(app, request, reply, {
        done: done === 'approved' || done === 'disputed' ? done : null, errors: [], typed: null,
      });
    });
    server.post('/office/invoices/:id/approve', (request: Request, reply) =>
      decide(app, request, reply, 'approve'));
    server.post('/office/invoices/:id/dispute', (request: Request, reply) =>
      decide(app, request, reply, 'dispute'));
  };
}

function allowed(request: FastifyRequest): boolean {
  return hasRole(staffOf(request), 'civil_affairs', 'administrator');
}

/** Who acts, as the invoice use cases know staff: the role that allows the decision. */
function acting(session: StaffSession): ActingStaff {
  return { staffId: session.subject, municipality: session.municipality,
    role: hasRole(session, 'civil_affairs') ? 'civil_affairs' : 'administrator' };
}

async function rows(app: App, session: StaffSession): Promise<InvoiceRow[]> {
  const items = await listInvoices(app.db, acting(session));
  if (items.length === 0) return [];
  const cases = await app.db.selectFrom('case_list').select(['case_id', 'reference'])
    .where('case_id', 'in', items.map((i) => i.caseId)).execute();
  const bailiffs = await app.db.selectFrom('bailiff').select(['id', 'name'])
    .where('id', 'in', items.map((i) => i.bailiffId)).execute();
  const reference = new Map(cases.map((c) => [c.case_id, c.reference]));
  const name = new Map(bailiffs.map((b) => [b.id, b.name]));
  return items.map((item) => ({ ...item, reference: reference.get(item.caseId) ?? item.caseId,
    bailiffName: name.get(item.bailiffId) ?? item.bailiffId }));
}

async function show(app: App, request: FastifyRequest, reply: FastifyReply,
  state: Omit<InvoicesPageModel, 'rows' | 'csrf'>, status = 200) {
  const session = staffOf(request);
  const model: InvoicesPageModel = { ...state, rows: await rows(app, session),
    csrf: session.csrfToken };
  return sendPage(reply, <InvoicesPage ctx={officeContext(request)} model={model} />, status);
}

async function decide(app: App, request: Request, reply: FastifyReply,
  what: 'approve' | 'dispute') {
  if (!allowed(request)) return forbidden(request, reply);
  const session = staffOf(request);
  if (!checkCsrf(request, session)) {
    request.log.warn({ code: 'csrf_mismatch' }, 'form refused');
    return sendPage(reply, <ExpiredFormPage ctx={officeContext(request)} />, 403);
  }
  const invoiceId = request.params.id;
  const reason = formField(request.body, 'reason');
  const deps = { db: app.db, engine: app.engine, now: app.clock.now() };
  try {
    if (what === 'approve') await approveInvoice(deps, acting(session), invoiceId);
    else await disputeInvoice(deps, acting(session), invoiceId, reason);
  } catch (error) {
    const code = error instanceof InvoiceError ? error.code
      : error instanceof ProcessError ? 'not_settleable' : null;
    if (code === null) throw error;
    request.log.warn({ invoiceId, code }, 'invoice decision refused');
    if (code === 'not_found') {
      return sendPage(reply, <ErrorPage ctx={officeContext(request)} kind="notFound" />, 404);
    }
    return refusedDecision(app, request, reply, invoiceId, code, reason);
  }
  request.log.info({ invoiceId, act: what }, 'staff decided on an invoice');
  return reply.redirect(`/office/invoices?done=${what === 'approve' ? 'approved' : 'disputed'}`,
    303);
}

/** The page again with the error summary; the reason as typed. */
async function refusedDecision(app: App, request: Request, reply: FastifyReply,
  invoiceId: string, code: string, reason: string) {
  const ctx = officeContext(request);
  const row = await app.db.selectFrom('invoice')
    .leftJoin('case_list', 'case_list.case_id', 'invoice.case_id')
    .select(['invoice.number', 'case_list.reference']).where('invoice.id', '=', invoiceId)
    .executeTakeFirst();
  const number = row?.number ?? '';
  const reference = row?.reference ?? '';
  const errors: FieldError[] = [code === 'reason_required'
    ? { field: `reason-${invoiceId}`,
      message: ctx.t('office.invoices.error.reason', { number, reference }) }
    : { field: `invoice-${invoiceId}`, message: ctx.t(code === 'not_settleable'
      ? 'office.invoices.error.not_settleable' : 'office.invoices.error.already_decided',
    { number, reference }) }];
  return show(app, request, reply, { done: null, errors,
    typed: { invoiceId, reason } }, code === 'reason_required' ? 422 : 409);
}

function forbidden(request: FastifyRequest, reply: FastifyReply) {
  request.log.warn({ code: 'role_not_allowed' }, 'office invoices refused');
  return sendPage(reply, <InvoicesForbiddenPage ctx={officeContext(request)} />, 403);
}
