import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App } from '../../app/app.ts';
import {
  acceptAssignment, assignmentFor, assignmentsOf, bailiffHistory, BailiffWorkError,
  declarationToServe, declineAssignment, deedsOf, isActive, personToServe, recordFailedAttempt,
  recordService, type Assignment, type FieldIssue,
} from '../../app/bailiff-work.ts';
import { acceptForms, formField } from '../../adapters/login/form-body.ts';
import { checkCsrf, requireBailiff, type BailiffSession } from '../auth/index.ts';
import { pageContext, sendPage, type PageContext } from '../page-context.ts';
import { ErrorPage } from '../views/error-page.tsx';
import { ExpiredFormPage } from '../auth/pages.tsx';
import { acceptMultipart, uploadedFile } from './multipart.ts';
import {
  AssignmentPage, AttemptPage, issueMessage, RefusedPage, ServicePage, WorklistPage,
  type ApiAccess,
} from './pages.tsx';
import { bailiffClientId } from './api-clients.ts';
import { creditInvoice, InvoiceError, submitInvoice } from '../../app/invoices.ts';
import {
  emptyInvoice, invoiceLines, type InvoiceSectionModel, type InvoiceValues,
} from './invoice-form.tsx';
import type { FieldError } from '../views/form-errors.tsx';

type Request = FastifyRequest<{ Params: { id: string } }>;

const versionField = z.coerce.number().int().min(1);

/**
 * The bailiff's area under /bailiff: the worklist, one assignment, accept or decline, record
 * the service (with the deed as a PDF upload) or a failed attempt. Signed-in bailiffs only;
 * another office's case answers 404. Forms post-redirect-get and work without JavaScript.
 */
export function bailiffRoutes(app: App, apiSecret: (bailiffId: string) => string | undefined) {
  return async (server: FastifyInstance) => {
    acceptForms(server);
    acceptMultipart(server, app.config.bailiffApi.deedMaxBytes + 1024 * 1024);
    server.addHook('preHandler', requireBailiff);
    server.get('/bailiff', (request, reply) => worklist(app, request, reply, apiSecret));
    server.get('/bailiff/assignments/:id', (r: Request, reply) => showAssignment(app, r, reply));
    server.get('/bailiff/assignments/:id/declaration.pdf', (r: Request, reply) =>
      declaration(app, r, reply));
    server.post('/bailiff/assignments/:id/accept', (r: Request, reply) =>
      answer(app, r, reply, 'accept'));
    server.post('/bailiff/assignments/:id/decline', (r: Request, reply) =>
      answer(app, r, reply, 'decline'));
    server.get('/bailiff/assignments/:id/service', (r: Request, reply) =>
      serviceForm(app, r, reply));
    server.post('/bailiff/assignments/:id/service', (r: Request, reply) =>
      postService(app, r, reply));
    server.post('/bailiff/assignments/:id/invoice', (r: Request, reply) =>
      postInvoice(app, r, reply));
    server.post('/bailiff/assignments/:id/credit-note', (r: Request, reply) =>
      postCreditNote(app, r, reply));
    server.get('/bailiff/assignments/:id/attempt', (r: Request, reply) =>
      attemptForm(app, r, reply));
    server.post('/bailiff/assignments/:id/attempt', (r: Request, reply) =>
      postAttempt(app, r, reply));
    server.setErrorHandler(async (error, request, reply) => refused(request as Request, reply, error));
  };
}

function session(request: FastifyRequest): BailiffSession {
  return request.bailiffSession as BailiffSession;
}

/** The page context of the bailiff's area: its own navigation and the sign-out button. */
function context(request: FastifyRequest): PageContext {
  const ctx = pageContext(request);
  return { ...ctx, account: { unread: null, csrf: session(request).csrfToken,
    nav: [{ href: '/bailiff', label: ctx.t('bailiff.nav.worklist') }] } };
}

async function worklist(app: App, request: FastifyRequest, reply: FastifyReply,
  apiSecret: (bailiffId: string) => string | undefined) {
  const { bailiffId } = session(request);
  const office = await app.db.selectFrom('bailiff').select('name').where('id', '=', bailiffId)
    .executeTakeFirst();
  const assignments = await assignmentsOf(app, bailiffId);
  const api: ApiAccess = { clientId: bailiffClientId(bailiffId), clientSecret: apiSecret(bailiffId) };
  return sendPage(reply, <WorklistPage ctx={context(request)} office={office?.name ?? bailiffId}
    assignments={assignments} api={api} />);
}

async function showAssignment(app: App, request: Request, reply: FastifyReply,
  invoiceForm?: { values: InvoiceValues; errors: FieldError[] }) {
  const { bailiffId } = session(request);
  const assignment = await assignmentFor(app, request.params.id, bailiffId);
  const person = await personToServe(app, assignment, bailiffId);
  const declarationDoc = await declarationToServe(app, assignment);
  const base = `/bailiff/assignments/${assignment.state.caseId}`;
  const status = assignment.state.bailiff?.status;
  request.log.info({ caseId: assignment.state.caseId }, 'bailiff read an assignment');
  return sendPage(reply, <AssignmentPage ctx={context(request)} view={{
    summary: assignment.summary, person,
    declarationUrl: declarationDoc ? `${base}/declaration.pdf` : null,
    history: bailiffHistory(assignment.state, bailiffId),
    deeds: await deedsOf(app, assignment.state.caseId, bailiffId),
    canAccept: isActive(assignment) && status === 'engaged',
    canRecord: isActive(assignment) && status === 'accepted',
    csrf: session(request).csrfToken,
    invoice: await invoiceOf(app, assignment, bailiffId, invoiceForm),
  }} />, invoiceForm ? 422 : 200);
}

/** The invoice of a case this bailiff served: the submitted one, or the form (as typed). */
async function invoiceOf(app: App, assignment: Assignment, bailiffId: string,
  form?: { values: InvoiceValues; errors: FieldError[] }): Promise<InvoiceSectionModel | null> {
  if (assignment.state.service?.bailiffId !== bailiffId) return null;
  const row = await app.db.selectFrom('invoice')
    .select(['id', 'number', 'payable_cents', 'status', 'dispute_reason'])
    .where('case_id', '=', assignment.state.caseId).where('bailiff_id', '=', bailiffId)
    .where('status', '<>', 'credited').executeTakeFirst();
  const credited = row ? undefined : await app.db.selectFrom('credit_note')
    .innerJoin('invoice', 'invoice.id', 'credit_note.invoice_id')
    .select(['invoice.number', 'credit_note.id', 'credit_note.number as credit_number'])
    .where('credit_note.case_id', '=', assignment.state.caseId)
    .where('credit_note.bailiff_id', '=', bailiffId)
    .orderBy('credit_note.issued_at', 'desc').executeTakeFirst();
  return {
    submitted: row ? { id: row.id, number: row.number, payableCents: row.payable_cents,
      disputeReason: row.status === 'disputed' ? row.dispute_reason : null } : null,
    credited: credited ? { number: credited.number, creditNoteId: credited.id,
      creditNoteNumber: credited.credit_number } : null,
    values: form?.values ?? emptyInvoice, errors: form?.errors ?? [],
  };
}

/** The invoice for a served case, through the invoice use case (`submitInvoice`). */
async function postInvoice(app: App, request: Request, reply: FastifyReply) {
  if (!checkCsrf(request, request.bailiffSession)) return forbidden(request, reply);
  const { bailiffId } = session(request);
  const assignment = await assignmentFor(app, request.params.id, bailiffId);
  if (assignment.state.service?.bailiffId !== bailiffId) throw new BailiffWorkError('not_allowed');
  const values: InvoiceValues = {
    feeDescription: formField(request.body, 'feeDescription'),
    feeAmount: formField(request.body, 'feeAmount'),
    costDescription: formField(request.body, 'costDescription'),
    costAmount: formField(request.body, 'costAmount'),
  };
  const ctx = context(request);
  const { lines, errors } = invoiceLines(ctx, values);
  if (errors.length > 0) return showAssignment(app, request, reply, { values, errors });
  try {
    await submitInvoice({ db: app.db, now: app.clock.now() },
      { bailiffId, caseId: assignment.state.caseId, lines });
  } catch (error) {
    if (!(error instanceof InvoiceError)) throw error;
    request.log.warn({ code: error.code }, 'invoice refused');
    return showAssignment(app, request, reply, { values,
      errors: [{ field: 'feeDescription', message: ctx.t('bailiff.error.invoice_refused') }] });
  }
  request.log.info({ caseId: assignment.state.caseId }, 'bailiff submitted an invoice');
  return reply.redirect(`/bailiff/assignments/${assignment.state.caseId}`, 303);
}

/** The bailiff corrects a disputed invoice: a credit note cancels it (`creditInvoice`). */
async function postCreditNote(app: App, request: Request, reply: FastifyReply) {
  if (!checkCsrf(request, request.bailiffSession)) return forbidden(request, reply);
  const { bailiffId } = session(request);
  const assignment = await assignmentFor(app, request.params.id, bailiffId);
  const row = await app.db.selectFrom('invoice').select('id')
    .where('case_id', '=', assignment.state.caseId).where('bailiff_id', '=', bailiffId)
    .where('status', '=', 'disputed').executeTakeFirst();
  if (!row) throw new BailiffWorkError('not_allowed');
  await creditInvoice({ db: app.db, now: app.clock.now() }, bailiffId, row.id);
  request.log.info({ caseId: assignment.state.caseId }, 'bailiff credited a disputed invoice');
  return reply.redirect(`/bailiff/assignments/${assignment.state.caseId}`, 303);
}

async function declaration(app: App, request: Request, reply: FastifyReply) {
  const assignment = await assignmentFor(app, request.params.id, session(request).bailiffId);
  const doc = await declarationToServe(app, assignment);
  if (!doc) throw new BailiffWorkError('assignment_not_found');
  return reply.type('application/pdf')
    .header('content-disposition',
      `attachment; filename="${assignment.summary.reference}-declaration.pdf"`)
    .header('cache-control', 'no-store').send(Buffer.from(doc.pdf));
}

async function answer(app: App, request: Request, reply: FastifyReply, what: 'accept' | 'decline') {
  if (!checkCsrf(request, request.bailiffSession)) return forbidden(request, reply);
  const { bailiffId } = session(request);
  const version = versionOf(request);
  const caseId = request.params.id;
  if (what === 'accept') await acceptAssignment(app, caseId, bailiffId, { version });
  else await declineAssignment(app, caseId, bailiffId, formField(request.body, 'reason'), { version });
  request.log.info({ caseId, act: what }, 'bailiff answered an assignment');
  return reply.redirect(what === 'accept' ? `/bailiff/assignments/${caseId}` : '/bailiff', 303);
}

function versionOf(request: FastifyRequest): number | undefined {
  const parsed = versionField.safeParse(formField(request.body, 'version'));
  return parsed.success ? parsed.data : undefined;
}

/** The forms of an accepted assignment only; otherwise the refusal page. */
async function recordable(app: App, request: Request): Promise<Assignment> {
  const assignment = await assignmentFor(app, request.params.id, session(request).bailiffId);
  if (!isActive(assignment) || assignment.state.bailiff?.status !== 'accepted') {
    throw new BailiffWorkError('not_allowed');
  }
  return assignment;
}

const emptyService = { serviceDate: '', place: '', mode: '', deedReference: '' };

async function serviceForm(app: App, request: Request, reply: FastifyReply) {
  const assignment = await recordable(app, request);
  return sendPage(reply, <ServicePage ctx={context(request)} summary={assignment.summary}
    csrf={session(request).csrfToken} values={emptyService} errors={[]} maxMb={maxMb(app)} />);
}

async function postService(app: App, request: Request, reply: FastifyReply) {
  if (!checkCsrf(request, request.bailiffSession)) return forbidden(request, reply);
  const assignment = await recordable(app, request);
  const values = {
    serviceDate: formField(request.body, 'serviceDate').trim(),
    place: formField(request.body, 'place'), mode: formField(request.body, 'mode'),
    deedReference: formField(request.body, 'deedReference'),
  };
  try {
    await recordService(app, assignment.state.caseId, session(request).bailiffId,
      { ...values, deed: uploadedFile(request.body, 'deed')?.bytes },
      app.config.bailiffApi.deedMaxBytes, { version: versionOf(request) });
  } catch (error) {
    if (!(error instanceof BailiffWorkError) || error.code !== 'invalid_input') throw error;
    const errors = messages(app, request, assignment, error.fields);
    return sendPage(reply, <ServicePage ctx={context(request)} summary={assignment.summary}
      csrf={session(request).csrfToken} values={values} errors={errors} maxMb={maxMb(app)} />,
    422);
  }
  request.log.info({ caseId: assignment.state.caseId }, 'bailiff recorded the service');
  return reply.redirect(`/bailiff/assignments/${assignment.state.caseId}`, 303);
}

async function attemptForm(app: App, request: Request, reply: FastifyReply) {
  const assignment = await recordable(app, request);
  return sendPage(reply, <AttemptPage ctx={context(request)} summary={assignment.summary}
    csrf={session(request).csrfToken} values={{ attemptDate: '', reason: '' }} errors={[]} />);
}

async function postAttempt(app: App, request: Request, reply: FastifyReply) {
  if (!checkCsrf(request, request.bailiffSession)) return forbidden(request, reply);
  const assignment = await recordable(app, request);
  const values = { attemptDate: formField(request.body, 'attemptDate').trim(),
    reason: formField(request.body, 'reason') };
  try {
    await recordFailedAttempt(app, assignment.state.caseId, session(request).bailiffId, values,
      { version: versionOf(request) });
  } catch (error) {
    if (!(error instanceof BailiffWorkError) || error.code !== 'invalid_input') throw error;
    const errors = messages(app, request, assignment, error.fields);
    return sendPage(reply, <AttemptPage ctx={context(request)} summary={assignment.summary}
      csrf={session(request).csrfToken} values={values} errors={errors} />, 422);
  }
  request.log.info({ caseId: assignment.state.caseId }, 'bailiff recorded a failed attempt');
  return reply.redirect(`/bailiff/assignments/${assignment.state.caseId}`, 303);
}

function maxMb(app: App): number {
  return Math.round((app.config.bailiffApi.deedMaxBytes / (1024 * 1024)) * 10) / 10;
}

function messages(app: App, request: FastifyRequest, assignment: Assignment, fields: FieldIssue[]) {
  return fields.map((issue) => issueMessage(context(request), issue,
    { maxMb: maxMb(app), receiptDate: assignment.state.receipt?.date ?? null }));
}

function forbidden(request: FastifyRequest, reply: FastifyReply) {
  request.log.warn({ code: 'csrf_mismatch' }, 'form refused');
  return sendPage(reply, <ExpiredFormPage ctx={context(request)} />, 403);
}

/** Not this bailiff's case: 404, as for a case that does not exist. */
function refused(request: Request, reply: FastifyReply, error: unknown) {
  if (!(error instanceof BailiffWorkError)) throw error;
  request.log.warn({ code: error.code }, 'bailiff act refused');
  const ctx = context(request);
  if (error.code === 'assignment_not_found') {
    return sendPage(reply, <ErrorPage ctx={ctx} kind="notFound" />, 404);
  }
  return sendPage(reply, <RefusedPage ctx={ctx} caseId={request.params.id} />, 409);
}
