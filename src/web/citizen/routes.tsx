import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App } from '../../app/app.ts';
import {
  caseForDeclarant, caseForPerson, caseReference, casesOfPerson,
} from '../../app/case-access.ts';
import { documentsOfCase } from '../../app/case-documents.ts';
import { copiesOfPerson, currentHousehold } from '../../app/certificates.ts';
import { startCase } from '../../app/start-case.ts';
import { startOverview, type StartOverview } from '../../app/start-overview.ts';
import { withdrawCase } from '../../app/withdraw-case.ts';
import { acceptForms } from '../../adapters/login/form-body.ts';
import { EngineError } from '../../engine/errors.ts';
import { readEvents } from '../../engine/event-store.ts';
import { municipalityCounter } from '../../app/municipalities.ts';
import { isOpen, ProcessError, type CaseEvent, type CaseState } from '../../process/index.ts';
import { checkCsrf, requireCitizen, type CitizenSession } from '../auth/index.ts';
import { pageContext, sendPage, type PageContext } from '../page-context.ts';
import { withinRateLimit } from '../rate-limit.tsx';
import { CasePage } from './case-page.tsx';
import { paymentSummary } from '../payments/routes.tsx';
import { CasesPage, WithdrawPage } from './cases-page.tsx';
import { caseAccessRefused, csrfRefused, sendNotice } from './case-refusals.tsx';
import { caseNotice, startRefusal } from './refusals.ts';
import { StartPage } from './start-page.tsx';

type Request = FastifyRequest<{ Params: { id?: string } }>;

const startForm = z.object({ path: z.enum(['joint', 'unilateral']) });
const withdrawForm = z.object({ version: z.coerce.number().int().min(1) });

/**
 * The citizen's area: start a case, "My cases", a case's status page and withdrawal. Every
 * case read and write goes through the case access module; every page needs a sign-in.
 */
export function citizenRoutes(app: App) {
  return async (server: FastifyInstance) => {
    acceptForms(server);
    server.addHook('preHandler', requireCitizen);
    server.get('/start', (request, reply) => showStart(app, request, reply));
    server.post('/start', (request, reply) => postStart(app, request, reply));
    server.get('/cases', async (request, reply) => sendPage(reply, <CasesPage
      ctx={pageContext(request)} cases={await casesOfPerson(app.db, person(request))} />));
    server.get('/cases/:id', (request: Request, reply) => showCase(app, request, reply));
    server.get('/cases/:id/withdraw', (request: Request, reply) =>
      confirmWithdraw(app, request, reply));
    server.post('/cases/:id/withdraw', (request: Request, reply) =>
      postWithdraw(app, request, reply));
    server.setErrorHandler(async (error, request, reply) =>
      refused(request as Request, reply, error));
  };
}

function session(request: FastifyRequest): CitizenSession {
  return request.citizenSession as CitizenSession;
}

function person(request: FastifyRequest): string {
  return session(request).nationalNumber;
}

async function showStart(app: App, request: FastifyRequest, reply: FastifyReply) {
  const overview = await startOverview(app.db, app.registerFor, person(request));
  return startAnswer(request, reply, overview, 200);
}

function startAnswer(request: FastifyRequest, reply: FastifyReply, overview: StartOverview,
  status: number, chosen?: string) {
  const ctx = pageContext(request);
  if (overview.kind !== 'ready') return sendNotice(reply, startRefusal(ctx, overview), status);
  const errors = chosen === undefined ? []
    : [{ field: 'path', message: ctx.t('start.error.path') }];
  return sendPage(reply, <StartPage ctx={ctx} choice={overview} csrf={session(request).csrfToken}
    chosen={chosen} errors={errors} />, errors.length > 0 ? 422 : status);
}

async function postStart(app: App, request: FastifyRequest, reply: FastifyReply) {
  if (!(await withinRateLimit(app, request, reply, 'start-case', person(request)))) return reply;
  if (!checkCsrf(request)) return csrfRefused(request, reply);
  const form = startForm.safeParse(request.body);
  const nn = person(request);
  if (!form.success) {
    const overview = await startOverview(app.db, app.registerFor, nn);
    const raw = (request.body as Record<string, unknown> | undefined)?.path;
    return startAnswer(request, reply, overview, 422, typeof raw === 'string' ? raw : '');
  }
  const result = await startCase(app.db, app.engine, app.registerFor, {
    declarant: nn, path: form.data.path, channel: 'online', actor: { role: 'declarant', id: nn },
  });
  request.log.info({ caseId: result.caseId, outcome: result.outcome }, 'case started');
  return reply.redirect(`/cases/${result.caseId}`, 303);
}

async function showCase(app: App, request: Request, reply: FastifyReply) {
  const access = await caseForPerson(app.engine, request.params.id ?? '', person(request));
  const events = await readEvents<CaseEvent>(app.db, access.state.caseId);
  const reference = await caseReference(app.db, access.state.caseId);
  const documents = await documentsOfCase(app.db, access.state.caseId);
  const certificates = await copiesOfPerson(app.db, access.state.caseId, person(request));
  const household = await householdView(app, access.state.caseId, events, person(request));
  const ctx = pageContext(request);
  const counter = await counterVisit(app, ctx, access.state);
  const payment = access.role === 'declarant' ? await paymentSummary(app, access.state)
    : undefined;
  return sendPage(reply, <CasePage ctx={ctx} access={access} reference={reference}
    events={events} documents={documents} counter={counter} certificates={certificates}
    payment={payment} household={household} />);
}

/** The reader's household after the termination, from their current extract. */
async function householdView(app: App, caseId: string, events: CaseEvent[], me: string) {
  const statement = await currentHousehold(app.db, caseId, me);
  if (!statement) return undefined;
  const refreshed = events.filter((e) => e.type === 'HouseholdRefreshed').at(-1);
  const municipality = await app.db.selectFrom('municipality').innerJoin('case_list',
    'case_list.municipality', 'municipality.code').select('municipality.address_change_url')
    .where('case_list.case_id', '=', caseId).executeTakeFirst();
  return {
    statement, addressChangeUrl: municipality?.address_change_url ?? null,
    sharedAddress: refreshed?.type === 'HouseholdRefreshed' && refreshed.sharedAddress,
  };
}

/** How to book the counter visit, when the case waits for it. */
async function counterVisit(app: App, ctx: PageContext, state: CaseState) {
  if (state.status !== 'awaiting_counter_visit') return undefined;
  const counter = await municipalityCounter(app.db, state.municipality);
  return { municipality: counter?.name[ctx.lang] ?? state.municipality,
    contact: counter?.contact };
}

async function confirmWithdraw(app: App, request: Request, reply: FastifyReply) {
  const access = await caseForDeclarant(app.engine, request.params.id ?? '', person(request));
  const ctx = pageContext(request);
  if (!isOpen(access.state.status)) {
    return sendNotice(reply, caseNotice(ctx, 'closed', access.state.caseId), 409);
  }
  return sendPage(reply, <WithdrawPage ctx={ctx} access={access}
    csrf={session(request).csrfToken} />);
}

async function postWithdraw(app: App, request: Request, reply: FastifyReply) {
  if (!checkCsrf(request)) return csrfRefused(request, reply);
  const caseId = request.params.id ?? '';
  const form = withdrawForm.safeParse(request.body);
  const version = form.success ? form.data.version : 0;
  await withdrawCase(app.engine, { caseId, person: person(request), version });
  request.log.info({ caseId }, 'case withdrawn');
  return reply.redirect(`/cases/${caseId}`, 303);
}


/** Expected refusals become their pages; anything else goes to the server's error pages. */
function refused(request: Request, reply: FastifyReply, error: unknown) {
  const ctx = pageContext(request);
  const caseId = request.params.id ?? '';
  const access = caseAccessRefused(request, reply, error, caseId);
  if (access) return access;
  if (error instanceof EngineError && error.code === 'version_conflict') {
    return sendNotice(reply, caseNotice(ctx, 'stale', caseId), 409);
  }
  if (error instanceof ProcessError && error.code === 'command_not_allowed_in_state') {
    return sendNotice(reply, caseNotice(ctx, 'closed', caseId), 409);
  }
  const start = startRefusalOf(error);
  if (start) return sendNotice(reply, startRefusal(ctx, start), start.kind === 'case_already_open'
    ? 409 : 422);
  throw error;
}

/** The start use case's refusals, as the start page's overview kinds. */
function startRefusalOf(error: unknown): Exclude<StartOverview, { kind: 'ready' }> | null {
  if (!(error instanceof EngineError)) return null;
  switch (error.code) {
    case 'no_cohabitation': return { kind: 'no_cohabitation' };
    case 'cohabitation_ended': return { kind: 'cohabitation_ended' };
    case 'municipality_not_served': return { kind: 'municipality_not_served' };
    case 'case_already_open': return { kind: 'case_already_open', caseId: error.caseId ?? '' };
    default: return null;
  }
}
