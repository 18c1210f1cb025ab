import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../app/app.ts';
import { acceptForms } from '../../adapters/login/form-body.ts';
import { parseLevel } from '../../adapters/login/levels.ts';
import { LoginError } from '../../adapters/login/login-error.ts';
import type { LoginClient } from '../../adapters/login/oidc-client.ts';
import type { Html } from '../jsx/html.ts';
import { pageContext, sendPage } from '../page-context.ts';
import { withinRateLimit } from '../rate-limit.tsx';
import { readCookie, setCookie } from './cookies.ts';
import { anySession, checkCsrf } from './guards.ts';
import {
  BadLinkPage, ExpiredFormPage, LoginFailedPage, LogoutPage, SignedOutPage,
} from './pages.tsx';
import type { SessionStore } from './sessions.ts';

export const sessionCookie = 'sid';
const flowCookie = 'login_flow';

export interface AuthRouteDeps {
  app: App;
  client: LoginClient;
  sessions: SessionStore;
}

/** `return=` may only name a path on this site: not another host, not a scheme. */
export function localPath(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return '/';
  const ok = /^\/(?![/\\])[^\s\\]*$/.test(value);
  return ok ? value : undefined;
}

type LoginQuery = { return?: string; level?: string; fresh?: string; as?: string };

export function authRoutes(deps: AuthRouteDeps) {
  return async (server: FastifyInstance) => {
    acceptForms(server);
    server.get<{ Querystring: LoginQuery }>('/auth/login', (request, reply) =>
      startLogin(deps, request, reply));
    server.get('/auth/callback', (request, reply) => callback(deps, request, reply));
    server.get('/auth/logout', async (request, reply) => html(reply, 200, <LogoutPage
      ctx={pageContext(request)} csrf={anySession(request)?.csrfToken} />));
    server.post('/auth/logout', (request, reply) => logout(deps, request, reply));
    server.get('/auth/signed-out', async (request, reply) => html(reply, 200,
      <SignedOutPage ctx={pageContext(request)} />));
  };
}

async function startLogin(deps: AuthRouteDeps, request: FastifyRequest<{
  Querystring: LoginQuery;
}>, reply: FastifyReply) {
  const returnTo = localPath(request.query.return);
  const level = parseLevel(request.query.level ?? 'low');
  const audience = request.query.as === undefined ? 'citizen' : request.query.as;
  if (!returnTo || !level || (audience !== 'citizen' && audience !== 'professional')) {
    request.log.warn({ code: returnTo ? 'bad_level' : 'bad_return' }, 'sign-in refused');
    return html(reply, 400, <BadLinkPage ctx={pageContext(request)} />);
  }
  const current = anySession(request);
  const person = current?.kind === 'citizen' ? current.nationalNumber : current?.subject;
  if (!(await withinRateLimit(deps.app, request, reply, 'sign-in', person))) return reply;
  const { url, browserToken } = await deps.client.start({
    returnTo, minLevel: level, audience, ...(request.query.fresh === '1' ? { maxAge: 0 } : {}),
    ...(current ? { previousSessionHash: current.idHash } : {}),
  });
  setCookie(reply, flowCookie, browserToken, { path: '/auth', secure: secure(deps), maxAge: 600 });
  return reply.redirect(url.href, 303);
}

async function callback(deps: AuthRouteDeps, request: FastifyRequest, reply: FastifyReply) {
  setCookie(reply, flowCookie, '', { path: '/auth', secure: secure(deps), maxAge: 0 });
  try {
    const url = new URL(request.url, deps.app.config.publicUrl);
    const signedIn = await deps.client.finish(readCookie(request, flowCookie), url);
    const previous = [signedIn.previousSessionHash, anySession(request)?.idHash];
    for (const hash of previous) if (hash) await deps.sessions.endByHash(hash);
    const id = await deps.sessions.create(signedIn);
    setCookie(reply, sessionCookie, id, { path: '/', secure: secure(deps) });
    request.log.info({ level: signedIn.level, as: signedIn.identity.kind }, 'signed in');
    return reply.redirect(signedIn.returnTo, 303);
  } catch (error) {
    if (!(error instanceof LoginError)) throw error;
    request.log.warn({ code: error.code }, 'sign-in refused');
    return html(reply, 400, <LoginFailedPage ctx={pageContext(request)} code={error.code} />);
  }
}

async function logout(deps: AuthRouteDeps, request: FastifyRequest, reply: FastifyReply) {
  const session = anySession(request);
  if (!session) return reply.redirect('/auth/signed-out', 303);
  if (!checkCsrf(request, session)) {
    request.log.warn({ code: 'csrf_mismatch' }, 'sign-out refused');
    return html(reply, 403, <ExpiredFormPage ctx={pageContext(request)} />);
  }
  await deps.sessions.endByHash(session.idHash);
  setCookie(reply, sessionCookie, '', { path: '/', secure: secure(deps), maxAge: 0 });
  const endSession = await deps.client.endSessionUrl(session.idToken).catch(() => undefined);
  return reply.redirect(endSession?.href ?? '/auth/signed-out', 303);
}

function secure(deps: AuthRouteDeps): boolean {
  return deps.app.config.env !== 'development';
}

function html(reply: FastifyReply, status: number, page: Html) {
  return sendPage(reply, page, status);
}
