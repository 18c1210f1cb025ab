import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App } from '../../app/app.ts';
import { formField } from '../../adapters/login/form-body.ts';
import {
  approveRegistration, CaseActError, offeredActs, overrideStatus, reasonMaxLength,
  resendDelivery, retryIncident, withdrawOnBehalf, type StaffMember,
} from '../../app/office/case-actions.ts';
import {
  caseFile, certificatePdf, deedPdf, documentPdf, type CaseFile,
} from '../../app/office/case-file.ts';
import { addNote, noteIssue, noteMaxLength } from '../../app/office/notes.ts';
import { checkCsrf } from '../auth/index.ts';
import { ExpiredFormPage } from '../auth/pages.tsx';
import type { MessageKey } from '../i18n/index.ts';
import { sendPage } from '../page-context.ts';
import { ErrorPage } from '../views/error-page.tsx';
import type { FieldError } from '../views/form-errors.tsx';
import { OfficeCasePage, type CaseFormValues } from './case-page.tsx';
import { RefusedActPage } from './case-refused.tsx';
import { caseOfMunicipality, officeContext, staffOf } from './context.ts';

type Request = FastifyRequest<{ Params: { id: string; item?: string } }>;

const uuid = z.string().uuid();
const rowId = z.coerce.number().int().positive().max(2 ** 53);
const version = z.coerce.number().int().min(1);

/** The acts a redirect may confirm, each with its text. */
const doneTexts: Record<string, MessageKey> = {
  override: 'office.case.done.override', approve: 'office.case.done.approve',
  withdraw: 'office.case.done.withdraw', note: 'office.case.done.note',
  retry: 'office.case.done.retry', resend: 'office.case.done.resend',
};

/**
 * The staff's case page under /office/cases/:id, with the downloads of its documents and the
 * forms of what staff may do. A case of another municipality answers exactly like an unknown
 * one (404), for every route. Forms post-redirect-get; a refused act writes nothing.
 */
export function casePageRoutes(app: App) {
  return async (server: FastifyInstance) => {
    server.get('/office/cases/:id', (r: Request, reply) => show(app, r, reply));
    server.get('/office/cases/:id/documents/:item', (r: Request, reply) =>
      download(app, r, reply, 'document'));
    server.get('/office/cases/:id/certificates/:item', (r: Request, reply) =>
      download(app, r, reply, 'certificate'));
    server.get('/office/cases/:id/deeds/:item', (r: Request, reply) =>
      download(app, r, reply, 'deed'));
    for (const what of ['override', 'approve', 'withdraw'] as const) {
      server.post(`/office/cases/:id/${what}`, (r: Request, reply) => act(app, r, reply, what));
    }
    server.post('/office/cases/:id/notes', (r: Request, reply) => note(app, r, reply));
    server.post('/office/cases/:id/incidents/:item/retry', (r: Request, reply) =>
      machinery(app, r, reply, 'retry'));
    server.post('/office/cases/:id/deliveries/:item/resend', (r: Request, reply) =>
      machinery(app, r, reply, 'resend'));
  };
}

function member(request: FastifyRequest): StaffMember {
  const session = staffOf(request);
  return { subject: session.subject, name: session.name, roles: session.roles };
}

/** The case's file when it belongs to the member's municipality; otherwise undefined. */
async function fileOf(app: App, request: Request): Promise<CaseFile | undefined> {
  const session = staffOf(request);
  const known = await caseOfMunicipality(app, session, request.params.id);
  if (!known) return undefined;
  return caseFile(app.db, session.municipality, known.case_id);
}

function notFound(request: FastifyRequest, reply: FastifyReply) {
  return sendPage(reply, <ErrorPage ctx={officeContext(request)} kind="notFound" />, 404);
}

async function show(app: App, request: Request, reply: FastifyReply) {
  const file = await fileOf(app, request);
  if (!file) return notFound(request, reply);
  const query = request.query as Record<string, unknown>;
  const done = typeof query.done === 'string' ? doneTexts[query.done] ?? null : null;
  request.log.info({ caseId: file.state.caseId }, 'staff read a case');
  return render(app, request, reply, file, { errors: [], values: {}, done });
}

function render(app: App, request: FastifyRequest, reply: FastifyReply, file: CaseFile,
  form: { errors: FieldError[]; values: CaseFormValues; done: MessageKey | null }) {
  const ctx = officeContext(request);
  const offered = offeredActs(file.state, member(request), app.clock.now());
  return sendPage(reply, <OfficeCasePage ctx={ctx} view={{ file, offered,
    csrf: staffOf(request).csrfToken, ...form }} />, form.errors.length > 0 ? 422 : 200);
}

async function download(app: App, request: Request, reply: FastifyReply,
  what: 'document' | 'certificate' | 'deed') {
  const { municipality } = staffOf(request);
  const caseId = request.params.id;
  const item = request.params.item ?? '';
  if (!uuid.safeParse(caseId).success || !uuid.safeParse(item).success) {
    return notFound(request, reply);
  }
  const found = what === 'document' ? await documentPdf(app.db, municipality, caseId, item)
    : what === 'certificate' ? await certificatePdf(app.db, municipality, caseId, item)
      : await deedPdf(app.db, municipality, caseId, item);
  if (!found) return notFound(request, reply);
  request.log.info({ caseId, what }, 'staff downloaded a document of a case');
  return reply.type('application/pdf')
    .header('content-disposition', `attachment; filename="${found.reference}-${what}.pdf"`)
    .header('cache-control', 'no-store').send(Buffer.from(found.pdf));
}

function forbidden(request: FastifyRequest, reply: FastifyReply) {
  request.log.warn({ code: 'csrf_mismatch' }, 'office form refused');
  return sendPage(reply, <ExpiredFormPage ctx={officeContext(request)} />, 403);
}

/** A refused act: the form again with its error, or a page that says why (nothing written). */
function refused(app: App, request: Request, reply: FastifyReply, file: CaseFile,
  error: CaseActError, values: CaseFormValues, field: string) {
  request.log.warn({ caseId: file.state.caseId, code: error.code }, 'office act refused');
  const ctx = officeContext(request);
  const inForm: Partial<Record<typeof error.code, string>> = {
    reason_required: ctx.t('office.case.error.reason_required'),
    reason_too_long: ctx.t('office.case.error.reason_too_long', { max: reasonMaxLength }),
    override_not_allowed: ctx.t('office.case.error.override_not_allowed'),
  };
  const message = inForm[error.code];
  if (message !== undefined) {
    const at = error.code === 'override_not_allowed' ? 'override-to' : field;
    return render(app, request, reply, file,
      { errors: [{ field: at, message }], values, done: null });
  }
  const status = error.code === 'role_not_allowed' ? 403 : 409;
  return sendPage(reply, <RefusedActPage ctx={ctx} caseId={file.state.caseId} code={error.code}
    status={file.state.status} />, status);
}

async function act(app: App, request: Request, reply: FastifyReply,
  what: 'override' | 'approve' | 'withdraw') {
  const file = await fileOf(app, request);
  if (!file) return notFound(request, reply);
  if (!checkCsrf(request, request.staffSession)) return forbidden(request, reply);
  const parsed = version.safeParse(formField(request.body, 'version'));
  const seen = parsed.success ? parsed.data : undefined;
  const reason = formField(request.body, 'reason');
  const to = formField(request.body, 'to');
  const values: CaseFormValues = what === 'override' ? { to, overrideReason: reason }
    : what === 'withdraw' ? { withdrawReason: reason } : {};
  try {
    if (what === 'override') {
      await overrideStatus(app, file.state, member(request), { to, reason, version: seen });
    } else if (what === 'approve') {
      await approveRegistration(app, file.state, member(request), { version: seen });
    } else {
      await withdrawOnBehalf(app, file.state, member(request), { reason, version: seen });
    }
  } catch (error) {
    if (!(error instanceof CaseActError)) throw error;
    return refused(app, request, reply, file, error, values, `${what}-reason`);
  }
  request.log.info({ caseId: file.state.caseId, act: what }, 'staff acted on a case');
  return reply.redirect(`/office/cases/${file.state.caseId}?done=${what}`, 303);
}

async function note(app: App, request: Request, reply: FastifyReply) {
  const file = await fileOf(app, request);
  if (!file) return notFound(request, reply);
  if (!checkCsrf(request, request.staffSession)) return forbidden(request, reply);
  const text = formField(request.body, 'text');
  const issue = noteIssue(text);
  if (issue !== null) {
    const ctx = officeContext(request);
    const message = ctx.t(`office.case.error.${issue}`, { max: noteMaxLength });
    return render(app, request, reply, file,
      { errors: [{ field: 'note', message }], values: { note: text }, done: null });
  }
  const session = staffOf(request);
  await addNote(app.db, file.state.caseId, { subject: session.subject, name: session.name }, text,
    app.clock.now());
  request.log.info({ caseId: file.state.caseId }, 'staff added a note');
  return reply.redirect(`/office/cases/${file.state.caseId}?done=note#notes-title`, 303);
}

async function machinery(app: App, request: Request, reply: FastifyReply,
  what: 'retry' | 'resend') {
  const file = await fileOf(app, request);
  if (!file) return notFound(request, reply);
  const id = rowId.safeParse(request.params.item);
  if (!id.success) return notFound(request, reply);
  if (!checkCsrf(request, request.staffSession)) return forbidden(request, reply);
  try {
    if (what === 'retry') await retryIncident(app, file.state.caseId, member(request), id.data);
    else await resendDelivery(app, file.state.caseId, member(request), id.data);
  } catch (error) {
    if (!(error instanceof CaseActError)) throw error;
    return refused(app, request, reply, file, error, {}, '');
  }
  return reply.redirect(`/office/cases/${file.state.caseId}?done=${what}`, 303);
}
