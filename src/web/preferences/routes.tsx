import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App } from '../../app/app.ts';
import {
  confirmCode, contactLanguages, contactPreferences, removeAddress, requestCode, setLanguage,
  setWanted, type AddressProblem, type CodeCheck, type CodeRequest, type ContactChannel,
  type WantedProblem,
} from '../../app/contact-preferences.ts';
import { acceptForms, formField } from '../../adapters/login/form-body.ts';
import { checkCsrf, requireCitizen, type CitizenSession } from '../auth/index.ts';
import { brusselsMoment } from '../citizen/format.ts';
import { NoticePage } from '../citizen/notice-page.tsx';
import { csrfNotice } from '../citizen/refusals.ts';
import type { MessageKey } from '../i18n/index.ts';
import { pageContext, sendPage } from '../page-context.ts';
import { ErrorPage } from '../views/error-page.tsx';
import type { FieldError } from '../views/form-errors.tsx';
import { doneNotices, PreferencesPage, type Done, type Typed } from './pages.tsx';

type Request = FastifyRequest<{ Querystring: { done?: string } }>;

/** What a post ends in: back to the page with a notice, or the page again with errors. */
type Outcome =
  | { done: Done }
  | { status: number; errors: FieldError[]; typed: Typed; retryAfter?: Date };

const actions = z.enum(['language', 'send-email', 'send-sms', 'confirm-email', 'confirm-sms',
  'remove-email', 'remove-sms', 'channels']);
type Action = z.infer<typeof actions>;

/**
 * The signed-in citizen's contact preferences: GET /preferences shows them, POST /preferences
 * carries one small form at a time (its `action` field says which), checked on the server,
 * with the session's token; every success redirects back (post-redirect-get).
 */
export function preferenceRoutes(app: App) {
  return async (server: FastifyInstance) => {
    acceptForms(server);
    server.addHook('preHandler', requireCitizen);
    server.get('/preferences', (request: Request, reply) => show(app, request, reply));
    server.post('/preferences', (request, reply) => post(app, request, reply));
  };
}

function session(request: FastifyRequest): CitizenSession {
  return request.citizenSession as CitizenSession;
}

async function show(app: App, request: Request, reply: FastifyReply) {
  const done = request.query.done;
  const known = done !== undefined && done in doneNotices ? done as Done : undefined;
  return render(app, request, reply, { status: 200, errors: [], typed: {} }, known);
}

async function render(app: App, request: FastifyRequest, reply: FastifyReply,
  failed: { status: number; errors: FieldError[]; typed: Typed }, done?: Done) {
  const { nationalNumber, csrfToken } = session(request);
  const preferences = await contactPreferences(app.db, nationalNumber, app.clock.now());
  return sendPage(reply, <PreferencesPage ctx={pageContext(request)} csrf={csrfToken}
    preferences={preferences} smsOffered={app.notifications.channels.sms !== undefined}
    done={done} errors={failed.errors} typed={failed.typed} />, failed.status);
}

async function post(app: App, request: FastifyRequest, reply: FastifyReply) {
  if (!checkCsrf(request)) {
    request.log.warn({ code: 'csrf_mismatch' }, 'form refused');
    const ctx = pageContext(request);
    return sendPage(reply, <NoticePage ctx={ctx} notice={csrfNotice(ctx)} />, 403);
  }
  const action = actions.safeParse(formField(request.body, 'action'));
  if (!action.success) {
    return sendPage(reply, <ErrorPage ctx={pageContext(request)} kind="badRequest" />, 400);
  }
  const outcome = await carryOut(app, request, action.data);
  const kind = 'done' in outcome ? outcome.done : `refused_${outcome.status}`;
  request.log.info({ action: action.data, outcome: kind }, 'contact preferences');
  if ('done' in outcome) return reply.redirect(`/preferences?done=${outcome.done}`, 303);
  if (outcome.retryAfter) {
    const seconds = Math.ceil((outcome.retryAfter.getTime() - app.clock.now().getTime()) / 1000);
    reply.header('retry-after', String(Math.max(1, seconds)));
  }
  return render(app, request, reply, outcome);
}

function carryOut(app: App, request: FastifyRequest, action: Action): Promise<Outcome> {
  const person = session(request).nationalNumber;
  const now = app.clock.now();
  switch (action) {
    case 'language': return chooseLanguage(app, request, person);
    case 'send-email': return sendCode(app, request, 'email');
    case 'send-sms': return sendCode(app, request, 'sms');
    case 'confirm-email': return confirm(app, request, 'email');
    case 'confirm-sms': return confirm(app, request, 'sms');
    case 'remove-email': return removeAddress(app.db, person, 'email', now)
      .then(() => ({ done: 'removed' as const }));
    case 'remove-sms': return removeAddress(app.db, person, 'sms', now)
      .then(() => ({ done: 'removed' as const }));
    case 'channels': return chooseChannels(app, request, person);
  }
}

function refusal(request: FastifyRequest, status: number, field: string, key: MessageKey,
  typed: Typed, params: Record<string, string | number> = {}): Outcome {
  const message = pageContext(request).t(key, params);
  return { status, errors: [{ field, message }], typed };
}

async function chooseLanguage(app: App, request: FastifyRequest, person: string) {
  const chosen = z.enum(contactLanguages).safeParse(formField(request.body, 'language'));
  if (!chosen.success) {
    return refusal(request, 422, 'language-nl', 'preferences.error.language', {});
  }
  await setLanguage(app.db, person, chosen.data, app.clock.now());
  return { done: 'language' as const };
}

const addressProblems: Record<AddressProblem, MessageKey> = {
  email_empty: 'preferences.error.emailEmpty',
  email_invalid: 'preferences.error.emailInvalid',
  phone_empty: 'preferences.error.phoneEmpty',
  phone_invalid: 'preferences.error.phoneInvalid',
  phone_not_mobile: 'preferences.error.phoneNotMobile',
};

/** The form field of each channel's address. */
const addressField = { email: 'email', sms: 'phone' } as const;

async function sendCode(app: App, request: FastifyRequest, channel: ContactChannel) {
  const field = addressField[channel];
  const typed = formField(request.body, field);
  const result = await requestCode({
    db: app.db, channels: app.notifications.channels, clock: app.clock, log: request.log,
    mailDomain: new URL(app.config.publicUrl).hostname,
  }, { personId: session(request).nationalNumber, channel, address: typed,
    language: request.lang });
  return codeRequestOutcome(request, result, field, { [field]: typed });
}

function codeRequestOutcome(request: FastifyRequest, result: CodeRequest,
  field: 'email' | 'phone', typed: Typed): Outcome {
  switch (result.kind) {
    case 'sent': return { done: 'code-sent' };
    case 'already_confirmed': return { done: 'already-confirmed' };
    case 'invalid_address':
      return refusal(request, 422, field, addressProblems[result.problem], typed);
    case 'channel_unavailable':
      return refusal(request, 409, field, 'preferences.error.smsUnavailable', typed);
    case 'send_failed':
      return refusal(request, 502, field, 'preferences.error.sendFailed', typed);
    case 'rate_limited': {
      const time = brusselsMoment(request.lang, result.retryAt);
      const refused = refusal(request, 429, field, 'preferences.error.rateLimited', typed,
        { time });
      return { ...refused, retryAfter: result.retryAt };
    }
  }
}

async function confirm(app: App, request: FastifyRequest, channel: ContactChannel) {
  const code = formField(request.body, 'code');
  const result = await confirmCode(app.db,
    { personId: session(request).nationalNumber, channel, code }, app.clock.now());
  return codeCheckOutcome(request, result, channel, code);
}

function codeCheckOutcome(request: FastifyRequest, result: CodeCheck, channel: ContactChannel,
  code: string): Outcome {
  const codeField = `${addressField[channel]}-code` as const;
  const typed = { [codeField]: code };
  switch (result.kind) {
    case 'confirmed': return { done: 'confirmed' };
    case 'malformed':
      return refusal(request, 422, codeField, 'preferences.error.codeMalformed', typed);
    case 'wrong':
      return refusal(request, 422, codeField, 'preferences.error.codeWrong', typed,
        { count: result.triesLeft });
    // The code entry is gone in these cases: the message points to asking a new code.
    case 'void':
      return refusal(request, 422, addressField[channel], 'preferences.error.codeVoid', {});
    case 'expired':
      return refusal(request, 422, addressField[channel], 'preferences.error.codeExpired', {});
    case 'no_code':
      return refusal(request, 422, addressField[channel], 'preferences.error.noCode', {});
  }
}

const wantedProblems: Record<WantedProblem, { field: string; key: MessageKey }> = {
  email_not_confirmed: { field: 'email', key: 'preferences.error.emailNotConfirmed' },
  sms_not_confirmed: { field: 'phone', key: 'preferences.error.smsNotConfirmed' },
};

async function chooseChannels(app: App, request: FastifyRequest, person: string) {
  const wanted = {
    email: formField(request.body, 'email-wanted') === 'yes',
    sms: formField(request.body, 'sms-wanted') === 'yes',
  };
  const problems = await setWanted(app.db, person, wanted, app.clock.now());
  if (problems.length === 0) return { done: 'channels' as const };
  const ctx = pageContext(request);
  return { status: 422, typed: {}, errors: problems.map((problem) => ({
    field: wantedProblems[problem].field, message: ctx.t(wantedProblems[problem].key) })) };
}
