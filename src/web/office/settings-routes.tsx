import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../app/app.ts';
import { formField } from '../../adapters/login/form-body.ts';
import {
  addBailiff, messageTextsOf, saveCounterContact, saveMessageTexts, saveProcessSettings,
  setBailiffAvailable, settingsOverview, textLanguages, type SaveOutcome, type SettingsEditor,
  type TextLanguage,
} from '../../app/office/settings.ts';
import { citizenTemplates, isCitizenTemplate } from '../../app/messages/templates.ts';
import { checkCsrf } from '../auth/index.ts';
import { languageNames } from '../i18n/index.ts';
import { ExpiredFormPage } from '../auth/pages.tsx';
import { sendPage } from '../page-context.ts';
import { ErrorPage } from '../views/error-page.tsx';
import type { FieldError } from '../views/form-errors.tsx';
import { hasRole, officeContext, staffOf } from './context.ts';
import {
  bailiffErrors, bailiffFields, counterContact, counterErrors, counterFields, counterValues,
  formValues, processErrors, processFields, processValues, readProcessForm,
  type BailiffValues, type CounterValues, type ProcessValues,
} from './settings-form.ts';
import { SettingsForbiddenPage, SettingsPage } from './settings-page.tsx';
import { textField, TextsPage } from './settings-texts-page.tsx';

type Request = FastifyRequest<{ Params: { id: string };
  Querystring: { saved?: string; template?: string } }>;

/** What a refused form sends back into the page: its values as typed and its errors. */
interface Typed {
  process?: ProcessValues;
  counter?: CounterValues;
  bailiff?: BailiffValues;
  errors: FieldError[];
}

/**
 * The municipality's settings under /office/settings, for its administrators only (other
 * roles get 403). The municipality is always the administrator's own: it never comes from
 * the address or the form. Each form names the settings version it showed; a save over a
 * change made in the meantime is refused with the input kept.
 */
export function settingsRoutes(app: App) {
  return async (server: FastifyInstance) => {
    server.get('/office/settings', (request: Request, reply) =>
      guarded(request, reply, () => show(app, request, reply, { errors: [] })));
    server.post('/office/settings', (request: Request, reply) =>
      guarded(request, reply, () => postProcess(app, request, reply)));
    server.post('/office/settings/counter', (request: Request, reply) =>
      guarded(request, reply, () => postCounter(app, request, reply)));
    server.post('/office/settings/bailiffs', (request: Request, reply) =>
      guarded(request, reply, () => postNewBailiff(app, request, reply)));
    server.post('/office/settings/bailiffs/:id', (request: Request, reply) =>
      guarded(request, reply, () => postAvailability(app, request, reply)));
    server.get('/office/settings/texts', (request: Request, reply) =>
      guarded(request, reply, () => showTexts(app, request, reply)));
    server.post('/office/settings/texts', (request: Request, reply) =>
      guarded(request, reply, () => postTexts(app, request, reply)));
  };
}

async function guarded(request: Request, reply: FastifyReply, then: () => Promise<FastifyReply>) {
  const session = staffOf(request);
  if (!hasRole(session, 'administrator')) {
    request.log.warn({ roles: session.roles }, 'settings refused: not an administrator');
    return sendPage(reply, <SettingsForbiddenPage ctx={officeContext(request)} />, 403);
  }
  if (request.method === 'POST' && !checkCsrf(request, session)) {
    request.log.warn({ code: 'csrf_mismatch' }, 'form refused');
    return sendPage(reply, <ExpiredFormPage ctx={officeContext(request)} />, 403);
  }
  return then();
}

function editorOf(request: FastifyRequest): SettingsEditor {
  const session = staffOf(request);
  return { subject: session.subject, name: session.name, municipality: session.municipality };
}

function versionOf(request: FastifyRequest): number {
  const text = formField(request.body, 'version');
  return /^\d{1,9}$/.test(text) ? Number(text) : 0;
}

async function show(app: App, request: Request, reply: FastifyReply, typed: Typed,
  status = 200) {
  const ctx = officeContext(request);
  const overview = await settingsOverview(app.db, staffOf(request).municipality);
  return sendPage(reply, <SettingsPage ctx={ctx} model={{
    overview, csrf: staffOf(request).csrfToken,
    process: typed.process ?? processValues(ctx.lang, overview.settings),
    counter: typed.counter ?? counterValues(overview.counter),
    bailiff: typed.bailiff ?? { bailiffName: '', bailiffEmail: '' },
    errors: typed.errors,
    saved: typed.errors.length === 0 && request.query.saved === '1',
  }} />, status);
}

/** After a save: back to the page (post-redirect-get); otherwise the form again, as typed. */
async function answer(app: App, request: Request, reply: FastifyReply, outcome: SaveOutcome,
  typed: Omit<Typed, 'errors'>, errorsOf: (problems: string[]) => FieldError[],
  section: string, firstField: string) {
  const ctx = officeContext(request);
  if (outcome.outcome === 'saved') {
    request.log.info({ section }, 'municipality settings changed');
    return reply.redirect(`/office/settings?saved=1#${section}-title`, 303);
  }
  if (outcome.outcome === 'not_found') {
    return sendPage(reply, <ErrorPage ctx={ctx} kind="notFound" />, 404);
  }
  if (outcome.outcome === 'conflict') {
    request.log.warn({ section }, 'settings changed in the meantime');
    return show(app, request, reply, { ...typed,
      errors: [{ field: firstField, message: ctx.t('office.settings.conflict') }] }, 409);
  }
  request.log.info({ section, problems: outcome.problems.length }, 'settings refused');
  return show(app, request, reply, { ...typed, errors: errorsOf(outcome.problems) }, 422);
}

async function postProcess(app: App, request: Request, reply: FastifyReply) {
  const ctx = officeContext(request);
  const values = formValues(processFields, (name) => formField(request.body, name));
  const { settings, errors } = readProcessForm(ctx, values);
  if (settings === null) {
    return show(app, request, reply, { process: values, errors }, 422);
  }
  const outcome = await saveProcessSettings(app.db, editorOf(request), versionOf(request),
    settings, app.clock.now());
  return answer(app, request, reply, outcome, { process: values },
    (problems) => processErrors(ctx, problems), 'process', 'filingMode');
}

async function postCounter(app: App, request: Request, reply: FastifyReply) {
  const ctx = officeContext(request);
  const values = formValues(counterFields, (name) => formField(request.body, name));
  const outcome = await saveCounterContact(app.db, editorOf(request), versionOf(request),
    counterContact(values), app.clock.now());
  return answer(app, request, reply, outcome, { counter: values },
    (problems) => counterErrors(ctx, problems), 'counter', 'bookingUrl');
}

async function postNewBailiff(app: App, request: Request, reply: FastifyReply) {
  const ctx = officeContext(request);
  const values = formValues(bailiffFields, (name) => formField(request.body, name));
  const outcome = await addBailiff(app.db, editorOf(request), versionOf(request),
    { name: values.bailiffName, email: values.bailiffEmail }, app.clock.now());
  return answer(app, request, reply, outcome, { bailiff: values },
    (problems) => bailiffErrors(ctx, problems), 'bailiffs', 'bailiffName');
}

async function postAvailability(app: App, request: Request, reply: FastifyReply) {
  const available = formField(request.body, 'available');
  if (available !== 'yes' && available !== 'no') {
    return sendPage(reply, <ErrorPage ctx={officeContext(request)} kind="badRequest" />, 400);
  }
  const outcome = await setBailiffAvailable(app.db, editorOf(request), versionOf(request),
    request.params.id, available === 'yes', app.clock.now());
  return answer(app, request, reply, outcome, {}, () => [], 'bailiffs', 'bailiffName');
}

async function showTexts(app: App, request: Request, reply: FastifyReply,
  typed?: { template: string; texts: Record<TextLanguage, string>; errors: FieldError[] },
  status = 200) {
  const asked = typed?.template ?? request.query.template ?? citizenTemplates[0] ?? '';
  if (!isCitizenTemplate(asked)) {
    return sendPage(reply, <ErrorPage ctx={officeContext(request)} kind="notFound" />, 404);
  }
  const ctx = officeContext(request);
  const { municipality, csrfToken } = staffOf(request);
  const overview = await settingsOverview(app.db, municipality);
  return sendPage(reply, <TextsPage ctx={ctx} model={{
    municipality: overview.name[ctx.lang], templates: citizenTemplates, template: asked,
    texts: typed?.texts ?? await messageTextsOf(app.db, municipality, asked),
    version: overview.version, csrf: csrfToken, errors: typed?.errors ?? [],
    saved: typed === undefined && request.query.saved === '1',
  }} />, status);
}

async function postTexts(app: App, request: Request, reply: FastifyReply) {
  const ctx = officeContext(request);
  const template = formField(request.body, 'template');
  if (!isCitizenTemplate(template)) {
    return sendPage(reply, <ErrorPage ctx={ctx} kind="notFound" />, 404);
  }
  const texts = Object.fromEntries(textLanguages.map((lang) =>
    [lang, formField(request.body, textField[lang])])) as Record<TextLanguage, string>;
  const outcome = await saveMessageTexts(app.db, editorOf(request), versionOf(request),
    template, texts, app.clock.now());
  if (outcome.outcome === 'saved') {
    request.log.info({ section: 'texts', template }, 'municipality settings changed');
    return reply.redirect(`/office/settings/texts?template=${template}&saved=1`, 303);
  }
  if (outcome.outcome === 'conflict') {
    return showTexts(app, request, reply, { template, texts, errors: [
      { field: textField.nl, message: ctx.t('office.settings.conflict') }] }, 409);
  }
  const problems = outcome.outcome === 'invalid' ? outcome.problems : [];
  const errors = textLanguages.filter((lang) => problems.some((p) => p.startsWith(`${lang}:`)))
    .map((lang) => ({ field: textField[lang], message: ctx.t('office.settings.error.text',
      { label: ctx.t('office.settings.texts.own', { language: languageNames[lang] }) }) }));
  return showTexts(app, request, reply, { template, texts, errors }, 422);
}
