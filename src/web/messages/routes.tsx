import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../app/app.ts';
import {
  markRead, MessageAccessError, messageOfPerson, messagesOfPerson,
} from '../../app/messages/index.ts';
import { CaseAccessError, caseForPerson, caseReference } from '../../app/case-access.ts';
import { municipalityMessageText } from '../../app/office/settings.ts';
import { acceptForms } from '../../adapters/login/form-body.ts';
import { checkCsrf, requireCitizen, type CitizenSession } from '../auth/index.ts';
import { NoticePage } from '../citizen/notice-page.tsx';
import { csrfNotice } from '../citizen/refusals.ts';
import { pageContext, sendPage } from '../page-context.ts';
import { ErrorPage } from '../views/error-page.tsx';
import { MessagePage, MessagesPage } from './pages.tsx';
import { messageBody } from './texts.ts';

type Request = FastifyRequest<{ Params: { id?: string } }>;

/**
 * The portal message box of the signed-in citizen: the list (GET /messages), one message
 * (GET /messages/:id, which changes nothing) and marking it read (POST /messages/:id/read,
 * with the session's token; the list's unread messages open through it).
 */
export function messageRoutes(app: App) {
  return async (server: FastifyInstance) => {
    acceptForms(server);
    server.addHook('preHandler', requireCitizen);
    server.get('/messages', (request: BoxRequest, reply) => showBox(app, request, reply));
    server.get('/messages/:id', (request: Request, reply) => showOne(app, request, reply));
    server.post('/messages/:id/read', (request: Request, reply) => read(app, request, reply));
    server.setErrorHandler(async (error, request, reply) => refused(request, reply, error));
  };
}

function session(request: FastifyRequest): CitizenSession {
  return request.citizenSession as CitizenSession;
}

type BoxRequest = FastifyRequest<{ Querystring: { case?: string } }>;

/** The whole box, or (?case=) the messages of one of the person's cases. */
async function showBox(app: App, request: BoxRequest, reply: FastifyReply) {
  const person = session(request).nationalNumber;
  const all = await messagesOfPerson(app.db, person);
  const caseId = request.query.case;
  const forCase = caseId === undefined ? undefined : await caseOfBox(app, caseId, person);
  const messages = forCase ? all.filter((m) => m.caseId === forCase.caseId) : all;
  return sendPage(reply, <MessagesPage ctx={pageContext(request)} messages={messages}
    csrf={session(request).csrfToken} forCase={forCase} />);
}

/** The case the box is narrowed to; another person's case or a tampered id answers 404. */
async function caseOfBox(app: App, caseId: string, person: string) {
  const access = await caseForPerson(app.engine, caseId, person);
  return { caseId: access.state.caseId,
    reference: await caseReference(app.db, access.state.caseId) };
}

async function showOne(app: App, request: Request, reply: FastifyReply) {
  const { nationalNumber, csrfToken } = session(request);
  const message = await messageOfPerson(app.db, request.params.id ?? '', nationalNumber);
  const loaded = await app.engine.load(message.caseId);
  const ctx = pageContext(request);
  // The own text kept with the message; one made before texts were kept reads today's.
  const own = message.ownTexts ? message.ownTexts[ctx.lang] || undefined
    : loaded ? await municipalityMessageText(app.db, loaded.state.municipality,
      message.template, ctx.lang) : undefined;
  const paragraphs = messageBody(ctx, message.template, loaded?.state ?? null, own);
  return sendPage(reply, <MessagePage ctx={ctx} message={message} paragraphs={paragraphs}
    csrf={csrfToken} />);
}

async function read(app: App, request: Request, reply: FastifyReply) {
  if (!checkCsrf(request)) {
    request.log.warn({ code: 'csrf_mismatch' }, 'form refused');
    const ctx = pageContext(request);
    return sendPage(reply, <NoticePage ctx={ctx} notice={csrfNotice(ctx)} />, 403);
  }
  const id = request.params.id ?? '';
  await markRead(app.db, id, session(request).nationalNumber, app.clock.now());
  request.log.info({ messageId: id }, 'message read');
  return reply.redirect(`/messages/${id}`, 303);
}

/** Another person's message, or none: the same 404, so nobody learns whether it exists. */
function refused(request: FastifyRequest, reply: FastifyReply, error: unknown) {
  if (!(error instanceof MessageAccessError) && !(error instanceof CaseAccessError)) throw error;
  request.log.warn({ code: error.code }, 'message access refused');
  return sendPage(reply, <ErrorPage ctx={pageContext(request)} kind="notFound" />, 404);
}
