import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import type { App } from '../../app/app.ts';
import {
  actsOfCase, attachCheck, checkIdentityForCase, checksOfCase, counterOverview, CounterError,
  identityCheck, recordIdentityCheck, recordPaperDeclaration, recordPaymentAtCounter,
  startAtCounter, type CounterProblem, type CounterStaff,
} from '../../app/office/counter.ts';
import { issueHandover, stepFor } from '../../app/office/handover.ts';
import { caseReference } from '../../app/case-access.ts';
import { formField } from '../../adapters/login/form-body.ts';
import { EngineError } from '../../engine/errors.ts';
import { ProcessError, type CaseState } from '../../process/index.ts';
import { checkCsrf } from '../auth/index.ts';
import { acceptMultipart, uploadedFile } from '../bailiff/multipart.ts';
import type { MessageKey } from '../i18n/index.ts';
import { sendPage } from '../page-context.ts';
import { ErrorPage } from '../views/error-page.tsx';
import type { FieldError } from '../views/form-errors.tsx';
import { caseOfMunicipality, hasRole, officeContext, staffOf } from './context.ts';
import {
  CounterCasePage, CounterChoicePage, CounterNoticePage, CounterStartPage, emptyIdentity,
  HandoverIssuedPage, type CounterCaseModel, type IdentityValues,
} from './counter-page.tsx';

type Request = FastifyRequest<{ Params: { id: string }; Querystring: { done?: string } }>;

/** Which form field each refusal is about, per form. */
const identityFields: Partial<Record<CounterProblem, string>> = {
  national_number_invalid: 'nationalNumber', card_number_invalid: 'cardNumber',
  photo_not_compared: 'photoCompared', person_not_in_case: 'nationalNumber',
};

const doneTexts: Record<string, MessageKey> = {
  started: 'office.counter.done.started', identity: 'office.counter.done.identity',
  visit: 'office.counter.done.visit', payment: 'office.counter.done.payment',
};

/**
 * The counter under /office/counter, for counter staff of the municipality: identify a citizen
 * on their eID, start their case with them, let them sign (a one-time hand-over link for their
 * phone or the counter's device), take the paper declaration of a counter visit and a payment
 * at the desk. Other roles get 403; another municipality's case 404.
 */
export function counterRoutes(app: App) {
  return async (server: FastifyInstance) => {
    acceptMultipart(server, app.config.bailiffApi.deedMaxBytes + 1024 * 1024);
    server.addHook('preHandler', async (request, reply) => {
      if (!request.url.startsWith('/office/counter')) return;
      if (hasRole(staffOf(request), 'counter')) return;
      const ctx = officeContext(request);
      return sendPage(reply, <CounterNoticePage ctx={ctx}
        title={ctx.t('office.counter.forbidden.title')}
        body={ctx.t('office.counter.forbidden.body')}
        link={{ href: '/office', label: ctx.t('office.nav.cases') }} />, 403);
    });
    server.get('/office/counter', (r: Request, reply) => startPage(r, reply, emptyIdentity, []));
    server.post('/office/counter/identity', (r: Request, reply) => postIdentity(app, r, reply));
    server.get('/office/counter/checks/:id', (r: Request, reply) => choicePage(app, r, reply, []));
    server.post('/office/counter/checks/:id/start', (r: Request, reply) =>
      postStart(app, r, reply));
    server.get('/office/counter/cases/:id', (r: Request, reply) =>
      casePage(app, r, reply, [], emptyIdentity));
    server.post('/office/counter/cases/:id/identity', (r: Request, reply) =>
      postCaseIdentity(app, r, reply));
    server.post('/office/counter/cases/:id/handover', (r: Request, reply) =>
      postHandover(app, r, reply));
    server.post('/office/counter/cases/:id/declaration', (r: Request, reply) =>
      postDeclaration(app, r, reply));
    server.post('/office/counter/cases/:id/payment', (r: Request, reply) =>
      postPayment(app, r, reply));
  };
}

function staffOfCounter(request: FastifyRequest): CounterStaff {
  const session = staffOf(request);
  return { subject: session.subject, name: session.name, municipality: session.municipality };
}

function problemText(request: FastifyRequest, problem: CounterProblem, app?: App): string {
  const size = app ? String(maxScanMb(app)) : '';
  return officeContext(request).t(`office.counter.error.${problem}` as MessageKey, { size });
}

function maxScanMb(app: App): number {
  return Math.round((app.config.bailiffApi.deedMaxBytes / (1024 * 1024)) * 10) / 10;
}

function identityValues(body: unknown): IdentityValues {
  return { nationalNumber: formField(body, 'nationalNumber'),
    cardNumber: formField(body, 'cardNumber'),
    photoCompared: formField(body, 'photoCompared') === 'yes' };
}

function notFound(request: FastifyRequest, reply: FastifyReply) {
  return sendPage(reply, <ErrorPage ctx={officeContext(request)} kind="notFound" />, 404);
}

function forbiddenForm(request: FastifyRequest, reply: FastifyReply) {
  return sendPage(reply, <ErrorPage ctx={officeContext(request)} kind="badRequest" />, 403);
}

function startPage(request: Request, reply: FastifyReply, values: IdentityValues,
  errors: FieldError[]) {
  return sendPage(reply, <CounterStartPage ctx={officeContext(request)}
    csrf={staffOf(request).csrfToken} values={values} errors={errors} />,
  errors.length > 0 ? 422 : 200);
}

function notice(request: FastifyRequest, reply: FastifyReply, body: MessageKey, status = 409) {
  const ctx = officeContext(request);
  return sendPage(reply, <CounterNoticePage ctx={ctx} title={ctx.t('office.counter.title')}
    body={ctx.t(body)} />, status);
}

async function postIdentity(app: App, request: Request, reply: FastifyReply) {
  if (!checkCsrf(request, request.staffSession)) return forbiddenForm(request, reply);
  const staff = staffOfCounter(request);
  const values = identityValues(request.body);
  let check: { id: string; nationalNumber: string };
  try {
    check = await recordIdentityCheck(app.db, staff, values, app.clock.now());
  } catch (error) {
    if (!(error instanceof CounterError)) throw error;
    const field = identityFields[error.problem] ?? 'nationalNumber';
    return startPage(request, reply, values,
      [{ field, message: problemText(request, error.problem) }]);
  }
  request.log.info({ checkId: check.id }, 'identity checked at the counter');
  const overview = await counterOverview(app, staff, check.nationalNumber);
  if (overview.kind === 'ready') return reply.redirect(`/office/counter/checks/${check.id}`, 303);
  if (overview.kind === 'case_already_open' || overview.kind === 'partner_case_open') {
    const row = await caseOfMunicipality(app, staffOf(request), overview.caseId);
    if (!row) return notice(request, reply, 'office.counter.notice.elsewhere');
    await attachCheck(app, staff, check.id, overview.caseId, check.nationalNumber);
    return reply.redirect(`/office/counter/cases/${overview.caseId}?done=identity`, 303);
  }
  return notice(request, reply, `office.counter.notice.${overview.kind}`);
}

async function choicePage(app: App, request: Request, reply: FastifyReply,
  errors: FieldError[]) {
  const staff = staffOfCounter(request);
  const check = await identityCheck(app.db, staff, request.params.id);
  if (!check) return notFound(request, reply);
  if (check.case_id !== null) return reply.redirect(`/office/counter/cases/${check.case_id}`, 303);
  const overview = await counterOverview(app, staff, check.person_national_number);
  if (overview.kind !== 'ready') {
    return reply.redirect('/office/counter', 303);
  }
  const ctx = officeContext(request);
  return sendPage(reply, <CounterChoicePage ctx={ctx} csrf={staffOf(request).csrfToken}
    checkId={check.id} partnerName={overview.partnerName}
    joint={{ municipality: overview.joint.name[ctx.lang] }}
    unilateral={{ municipality: overview.unilateral.name[ctx.lang] }} errors={errors} />,
  errors.length > 0 ? 422 : 200);
}

async function postStart(app: App, request: Request, reply: FastifyReply) {
  if (!checkCsrf(request, request.staffSession)) return forbiddenForm(request, reply);
  const raw = formField(request.body, 'path');
  const path = raw === 'joint' || raw === 'unilateral' ? raw : undefined;
  try {
    const caseId = await startAtCounter(app, staffOfCounter(request), request.params.id, path);
    request.log.info({ caseId }, 'case started at the counter');
    return await reply.redirect(`/office/counter/cases/${caseId}?done=started`, 303);
  } catch (error) {
    if (error instanceof CounterError) {
      if (error.problem === 'check_unknown') return notFound(request, reply);
      return choicePage(app, request, reply,
        [{ field: 'path', message: problemText(request, error.problem) }]);
    }
    if (error instanceof EngineError) {
      request.log.warn({ code: error.code }, 'counter start refused');
      return notice(request, reply, 'office.counter.notice.elsewhere');
    }
    throw error;
  }
}

/** The case of the staff member's municipality, or undefined (answered 404). */
async function caseOf(app: App, request: Request): Promise<
  { state: CaseState; version: number } | undefined> {
  const row = await caseOfMunicipality(app, staffOf(request), request.params.id);
  if (!row) return undefined;
  const loaded = await app.engine.load(row.case_id);
  return loaded ? { state: loaded.state, version: loaded.version } : undefined;
}

async function caseModel(app: App, state: CaseState, version: number):
  Promise<CounterCaseModel> {
  const checks = await checksOfCase(app.db, state.caseId, app.clock.now());
  const seen = new Set<string>();
  const checked = checks.filter((c) => {
    if (seen.has(c.person_national_number)) return false;
    seen.add(c.person_national_number);
    return true;
  }).map((c) => ({
    checkId: c.id, nationalNumber: c.person_national_number, staffName: c.staff_name,
    role: c.person_national_number === state.declarant ? 'declarant' as const : 'partner' as const,
    canSign: stepFor(state, c.person_national_number) !== undefined,
  }));
  const acts = (await actsOfCase(app.db, state.caseId)).map((a) => ({
    at: new Date(a.at), act: a.act, staffName: a.staff_name, person: a.person_national_number,
    detail: a.detail,
  }));
  const amountCents = state.status === 'awaiting_payment' && state.payment
    ? state.payment.amountCents : null;
  return { caseId: state.caseId, reference: await caseReference(app.db, state.caseId),
    status: state.status, version, checked, acts, amountCents,
    awaitingVisit: state.status === 'awaiting_counter_visit', maxScanMb: maxScanMb(app) };
}

async function casePage(app: App, request: Request, reply: FastifyReply, errors: FieldError[],
  identity: IdentityValues, status?: number) {
  const found = await caseOf(app, request);
  if (!found) return notFound(request, reply);
  const ctx = officeContext(request);
  const doneKey = errors.length === 0 ? doneTexts[request.query.done ?? ''] : undefined;
  return sendPage(reply, <CounterCasePage ctx={ctx} csrf={staffOf(request).csrfToken}
    model={await caseModel(app, found.state, found.version)} errors={errors}
    identity={identity} done={doneKey ? ctx.t(doneKey) : undefined} />,
  status ?? (errors.length > 0 ? 422 : 200));
}

async function postCaseIdentity(app: App, request: Request, reply: FastifyReply) {
  if (!checkCsrf(request, request.staffSession)) return forbiddenForm(request, reply);
  const found = await caseOf(app, request);
  if (!found) return notFound(request, reply);
  const values = identityValues(request.body);
  try {
    await checkIdentityForCase(app, staffOfCounter(request), found.state, values);
  } catch (error) {
    if (!(error instanceof CounterError)) throw error;
    const field = identityFields[error.problem] ?? 'nationalNumber';
    return casePage(app, request, reply,
      [{ field, message: problemText(request, error.problem) }], values);
  }
  return reply.redirect(`/office/counter/cases/${found.state.caseId}?done=identity`, 303);
}

async function postHandover(app: App, request: Request, reply: FastifyReply) {
  if (!checkCsrf(request, request.staffSession)) return forbiddenForm(request, reply);
  const found = await caseOf(app, request);
  if (!found) return notFound(request, reply);
  const staff = staffOfCounter(request);
  try {
    const issued = await issueHandover(app, staff, found.state,
      formField(request.body, 'checkId'));
    const url = `${app.config.publicUrl}/handover/${issued.token}`;
    const qrSvg = await QRCode.toString(url, { type: 'svg', margin: 1, width: 240,
      errorCorrectionLevel: 'M' });
    request.log.info({ caseId: found.state.caseId, step: issued.step }, 'hand-over link issued');
    const role = issued.step === 'answer' ? 'partner' : 'declarant';
    // The token is shown on this answer only: never cached, never stored in clear.
    reply.header('cache-control', 'no-store');
    return await sendPage(reply, <HandoverIssuedPage ctx={officeContext(request)}
      caseId={found.state.caseId} url={url} qrSvg={qrSvg} expiresAt={issued.expiresAt}
      role={role} />);
  } catch (error) {
    if (!(error instanceof CounterError)) throw error;
    return casePage(app, request, reply,
      [{ field: 'handover-person', message: problemText(request, error.problem) }],
      emptyIdentity);
  }
}

async function postDeclaration(app: App, request: Request, reply: FastifyReply) {
  if (!checkCsrf(request, request.staffSession)) return forbiddenForm(request, reply);
  const found = await caseOf(app, request);
  if (!found) return notFound(request, reply);
  const version = Number(formField(request.body, 'version'));
  try {
    const { sha256 } = await recordPaperDeclaration(app, staffOfCounter(request), {
      caseId: found.state.caseId, checkId: formField(request.body, 'checkId'),
      byProxy: formField(request.body, 'byProxy') === 'yes',
      scan: uploadedFile(request.body, 'scan')?.bytes,
      version: Number.isSafeInteger(version) && version > 0 ? version : found.version,
    });
    request.log.info({ caseId: found.state.caseId, sha256 }, 'counter visit recorded');
  } catch (error) {
    const field = error instanceof CounterError
      ? (error.problem === 'check_unknown' ? 'paper-person' : 'scan') : 'scan';
    return refusedForm(app, request, reply, error, field);
  }
  return reply.redirect(`/office/counter/cases/${found.state.caseId}?done=visit`, 303);
}

async function postPayment(app: App, request: Request, reply: FastifyReply) {
  if (!checkCsrf(request, request.staffSession)) return forbiddenForm(request, reply);
  const found = await caseOf(app, request);
  if (!found) return notFound(request, reply);
  try {
    await recordPaymentAtCounter(app, staffOfCounter(request), {
      caseId: found.state.caseId, checkId: formField(request.body, 'checkId'),
      amountCents: Number(formField(request.body, 'amountCents')),
      method: formField(request.body, 'method'), ticket: formField(request.body, 'ticket'),
    });
  } catch (error) {
    const problem = error instanceof CounterError ? error.problem : undefined;
    const field = problem === 'check_unknown' ? 'payment-person'
      : problem === 'ticket_invalid' ? 'ticket' : 'method';
    return refusedForm(app, request, reply, error, field);
  }
  return reply.redirect(`/office/counter/cases/${found.state.caseId}?done=payment`, 303);
}

/** A refused counter form: its field error, or the case changed meanwhile (409). */
function refusedForm(app: App, request: Request, reply: FastifyReply, error: unknown,
  field: string) {
  if (error instanceof CounterError) {
    request.log.info({ problem: error.problem }, 'counter act refused');
    return casePage(app, request, reply,
      [{ field, message: problemText(request, error.problem, app) }], emptyIdentity);
  }
  if (error instanceof EngineError || error instanceof ProcessError) {
    request.log.warn({ code: error.code }, 'counter act refused by the case');
    const message = officeContext(request).t('office.counter.error.stale');
    return casePage(app, request, reply, [{ field, message }], emptyIdentity, 409);
  }
  throw error;
}
