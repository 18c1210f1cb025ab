import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App } from '../../app/app.ts';
import { CaseAccessError, type CaseAccess } from '../../app/case-access.ts';
import { documentForPerson, latestDocument } from '../../app/case-documents.ts';
import { declarationDetails, personName } from '../../app/declaration-content.ts';
import {
  caseForStep, signDeclaration, signingSteps, type SigningStep,
} from '../../app/sign-declaration.ts';
import { withdrawCase } from '../../app/withdraw-case.ts';
import { acceptForms } from '../../adapters/login/form-body.ts';
import { EngineError } from '../../engine/errors.ts';
import { deadlines, ProcessError } from '../../process/index.ts';
import {
  checkCsrf, requireCitizen, requireRecentSignIn, signedInRecently, type CitizenSession,
} from '../auth/index.ts';
import { pageContext, sendPage, type PageContext } from '../page-context.ts';
import { ErrorPage } from '../views/error-page.tsx';
import { AnswerPage, ChoicePage, RefusePage, type RefuseForm } from './answer-pages.tsx';
import { CheckPage, DeclarationPage } from './declaration-pages.tsx';
import { NoticePage } from './notice-page.tsx';
import { csrfNotice } from './refusals.ts';

type Request = FastifyRequest<{ Params: { id?: string; doc?: string } }>;

const idOf = (request: FastifyRequest) => (request as Request).params.id ?? '';

const signForm = z.object({ version: z.coerce.number().int().min(1), confirm: z.literal('yes') });
const refuseForm = z.object({
  version: z.coerce.number().int().min(1),
  reason: z.string().max(500).default(''),
  share: z.literal('yes').optional(),
});
const choiceForm = z.object({
  version: z.coerce.number().int().min(1), choice: z.enum(['alone', 'stop']),
});
const steps = Object.keys(signingSteps) as SigningStep[];

/**
 * Signing and answering: the declarant's declaration, the partner's answer, the declarant's
 * choice after a refusal or silence, and the download of the signed documents. Each signature
 * needs a fresh sign-in at level substantial or high (step-up).
 */
export function signingRoutes(app: App) {
  return async (server: FastifyInstance) => {
    acceptForms(server);
    server.addHook('preHandler', requireCitizen);
    const stepUp = requireRecentSignIn(app, { level: 'substantial' });
    server.get('/cases/:id/declaration', (r, reply) => showDeclaration(app, r, reply));
    for (const step of steps) {
      server.get(`/cases/:id/${step}/sign`, { preHandler: stepUp },
        (r, reply) => showCheck(app, step, r, reply));
      server.post(`/cases/:id/${step}/sign`, (r, reply) => postSign(app, step, r, reply));
    }
    server.get('/cases/:id/answer', (r, reply) => showAnswer(app, r, reply));
    server.get('/cases/:id/answer/refuse', (r, reply) => showRefuse(app, r, reply));
    server.post('/cases/:id/answer/refuse', (r, reply) => postRefuse(app, r, reply));
    server.get('/cases/:id/choice', (r, reply) => showChoice(app, r, reply));
    server.post('/cases/:id/choice', (r, reply) => postChoice(app, r, reply));
    server.get('/cases/:id/documents/:doc', (r, reply) => download(app, r, reply));
    server.setErrorHandler(async (error, request, reply) => refused(request, reply, error));
  };
}

function session(request: FastifyRequest): CitizenSession {
  return request.citizenSession as CitizenSession;
}

class NotNow extends Error {}

/** The case when this person takes this step and the case is where the step is possible. */
async function caseAt(app: App, step: SigningStep, request: FastifyRequest): Promise<CaseAccess> {
  const access = await caseForStep(app, step, idOf(request), session(request).nationalNumber);
  if (access.state.status !== signingSteps[step].status) throw new NotNow();
  return access;
}

async function showDeclaration(app: App, request: FastifyRequest, reply: FastifyReply) {
  const access = await caseAt(app, 'declaration', request);
  const details = await declarationDetails(app.db, app.registerFor, access.state,
    { role: 'declarant', id: access.person });
  return sendPage(reply, <DeclarationPage ctx={pageContext(request)}
    caseId={access.state.caseId} details={details} />);
}

async function showCheck(app: App, step: SigningStep, request: FastifyRequest, reply: FastifyReply,
  errors: { field: string; message: string }[] = []) {
  const access = await caseAt(app, step, request);
  const ctx = pageContext(request);
  const details = await declarationDetails(app.db, app.registerFor, access.state,
    { role: access.role, id: access.person });
  const summary = {
    kind: step === 'choice' ? 'unilateral' as const : details.kind,
    municipality: details.municipality.name[ctx.lang],
    declarantName: personName(details.declarant), partnerName: personName(details.partner),
  };
  return sendPage(reply, <CheckPage ctx={ctx} step={step} caseId={access.state.caseId}
    version={access.version} csrf={session(request).csrfToken} summary={summary}
    errors={errors} />, errors.length > 0 ? 422 : 200);
}

async function postSign(app: App, step: SigningStep, request: FastifyRequest, reply: FastifyReply) {
  const caseUrl = `/cases/${idOf(request)}`;
  if (!checkCsrf(request)) return forbidden(request, reply);
  // A sign-in older than five minutes: back to the check page, which asks for a fresh one.
  if (!signedInRecently(session(request), app.clock.now())) {
    return reply.redirect(`${caseUrl}/${step}/sign`, 303);
  }
  const form = signForm.safeParse(request.body);
  if (!form.success) {
    const message = pageContext(request).t('declaration.check.error');
    return showCheck(app, step, request, reply, [{ field: 'confirm', message }]);
  }
  const { nationalNumber, level } = session(request);
  const documentId = await signDeclaration(app, {
    step, caseId: idOf(request), person: nationalNumber, version: form.data.version,
    language: request.lang, assurance: level,
  });
  request.log.info({ caseId: idOf(request), documentId, step }, 'declaration signed');
  return reply.redirect(caseUrl, 303);
}

async function showAnswer(app: App, request: FastifyRequest, reply: FastifyReply) {
  const access = await caseAt(app, 'answer', request);
  const details = await declarationDetails(app.db, app.registerFor, access.state,
    { role: 'partner', id: access.person });
  const document = await latestDocument(app.db, access.state.caseId);
  const due = deadlines(access.state).find((d) => d.name === 'partner-answer');
  return sendPage(reply, <AnswerPage ctx={pageContext(request)} caseId={access.state.caseId}
    declarantName={personName(details.declarant)} documentId={document?.id ?? null}
    dueAt={due?.dueAt ?? null} />);
}

async function showRefuse(app: App, request: FastifyRequest, reply: FastifyReply,
  form: RefuseForm = { reason: '', share: false }, errors: { field: string; message: string }[]
  = []) {
  const access = await caseAt(app, 'answer', request);
  return sendPage(reply, <RefusePage ctx={pageContext(request)} caseId={access.state.caseId}
    version={access.version} csrf={session(request).csrfToken} form={form} errors={errors} />,
  errors.length > 0 ? 422 : 200);
}

async function postRefuse(app: App, request: FastifyRequest, reply: FastifyReply) {
  if (!checkCsrf(request)) return forbidden(request, reply);
  const form = refuseForm.safeParse(request.body);
  if (!form.success) return refuseAgain(app, request, reply);
  const access = await caseForStep(app, 'answer', idOf(request), session(request).nationalNumber);
  const reason = form.data.reason.trim();
  await app.engine.execute({
    type: 'RefuseAsPartner', caseId: access.state.caseId, channel: 'online',
    actor: { role: 'partner', id: access.person }, shareWithDeclarant: form.data.share === 'yes',
    ...(reason === '' ? {} : { reason }),
  }, { expectedVersion: form.data.version });
  request.log.info({ caseId: access.state.caseId }, 'partner refused');
  return reply.redirect(`/cases/${access.state.caseId}`, 303);
}

function refuseAgain(app: App, request: FastifyRequest, reply: FastifyReply) {
  const body = (request.body ?? {}) as Record<string, unknown>;
  const form = { reason: typeof body.reason === 'string' ? body.reason : '',
    share: body.share === 'yes' };
  const message = pageContext(request).t('answer.refuse.error');
  return showRefuse(app, request, reply, form, [{ field: 'reason', message }]);
}

async function showChoice(app: App, request: FastifyRequest, reply: FastifyReply,
  errors: { field: string; message: string }[] = []) {
  const access = await caseAt(app, 'choice', request);
  return sendPage(reply, <ChoicePage ctx={pageContext(request)} caseId={access.state.caseId}
    version={access.version} csrf={session(request).csrfToken}
    depositCents={access.state.settings.depositCents} errors={errors} />,
  errors.length > 0 ? 422 : 200);
}

async function postChoice(app: App, request: FastifyRequest, reply: FastifyReply) {
  if (!checkCsrf(request)) return forbidden(request, reply);
  const caseUrl = `/cases/${idOf(request)}`;
  const form = choiceForm.safeParse(request.body);
  if (!form.success) {
    const message = pageContext(request).t('choice.error');
    return showChoice(app, request, reply, [{ field: 'choice', message }]);
  }
  if (form.data.choice === 'alone') return reply.redirect(`${caseUrl}/choice/sign`, 303);
  await withdrawCase(app.engine, { caseId: idOf(request),
    person: session(request).nationalNumber, version: form.data.version });
  request.log.info({ caseId: idOf(request) }, 'case withdrawn at the choice');
  return reply.redirect(caseUrl, 303);
}

async function download(app: App, request: FastifyRequest, reply: FastifyReply) {
  const { pdf, reference } = await documentForPerson(app.db, app.engine,
    { caseId: idOf(request), documentId: (request as Request).params.doc ?? '' },
    session(request).nationalNumber);
  return reply.code(200).type('application/pdf')
    .header('content-disposition', `attachment; filename="${reference}.pdf"`)
    .header('cache-control', 'private, no-store').send(Buffer.from(pdf));
}

function forbidden(request: FastifyRequest, reply: FastifyReply) {
  request.log.warn({ code: 'csrf_mismatch' }, 'form refused');
  const ctx = pageContext(request);
  return sendPage(reply, <NoticePage ctx={ctx} notice={csrfNotice(ctx)} />, 403);
}

function caseNotice(ctx: PageContext, kind: 'stale' | 'notNow', caseId: string) {
  const { t } = ctx;
  return {
    title: t(`declaration.${kind}.title`), paragraphs: [t(`declaration.${kind}.body`)],
    links: [{ href: `/cases/${caseId}`, text: t('declaration.back') }],
  };
}

/** Someone else's case or a tampered id: 404; a step the case is not at, or stale: 409. */
function refused(request: FastifyRequest, reply: FastifyReply, error: unknown) {
  const ctx = pageContext(request);
  const caseId = idOf(request);
  if (error instanceof CaseAccessError) {
    request.log.warn({ code: error.code }, 'case access refused');
    return sendPage(reply, <ErrorPage ctx={ctx} kind="notFound" />, 404);
  }
  const stale = error instanceof EngineError && error.code === 'version_conflict';
  const notNow = error instanceof NotNow
    || (error instanceof ProcessError && error.code === 'command_not_allowed_in_state');
  if (!stale && !notNow) throw error;
  request.log.warn({ code: stale ? 'version_conflict' : 'not_now' }, 'case step refused');
  return sendPage(reply, <NoticePage ctx={ctx}
    notice={caseNotice(ctx, stale ? 'stale' : 'notNow', caseId)} />, 409);
}
