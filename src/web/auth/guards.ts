import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../app/app.ts';
import { formField } from '../../adapters/login/form-body.ts';
import { atLeast, type Level } from '../../adapters/login/levels.ts';
import { sameToken } from '../../adapters/login/tokens.ts';
import type { StaffRole } from '../../adapters/login/demo-professionals.ts';
import type {
  BailiffSession, CitizenSession, Session, StaffSession,
} from './sessions.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the auth plugin for every request that carries a live citizen's session. */
    citizenSession: CitizenSession | null;
    /** The same for a bailiff's session: never set together with another kind. */
    bailiffSession: BailiffSession | null;
    /** The same for a municipal staff member's session. */
    staffSession: StaffSession | null;
  }
}

/** The request's session, whoever signed in (sign-out, the form token). */
export function anySession(request: FastifyRequest): Session | undefined {
  return request.citizenSession ?? request.bailiffSession ?? request.staffSession ?? undefined;
}

/** Where to send a professional (bailiff or staff) to sign in and come back to `returnTo`. */
export function professionalLoginPath(returnTo: string): string {
  return `/auth/login?${new URLSearchParams({ return: returnTo, as: 'professional' }).toString()}`;
}

/** A professional area's guard: the session of the right kind, or sign in as a professional. */
function requireProfessional(has: (request: FastifyRequest) => boolean) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (has(request)) return;
    if (request.method === 'GET') return reply.redirect(professionalLoginPath(request.url), 303);
    return reply.code(401).type('text/plain; charset=utf-8').send('Sign in first.');
  };
}

/** A preHandler: a page for signed-in bailiffs only (citizens and staff are sent to sign in). */
export const requireBailiff = requireProfessional((request) => request.bailiffSession !== null);

/**
 * A preHandler for the municipality's office: staff with at least one of `roles` (any staff
 * role when none is given). Seeing only their own municipality is up to each route.
 */
export function requireStaff(...roles: StaffRole[]) {
  return requireProfessional((request) => {
    const session = request.staffSession;
    return session !== null && (roles.length === 0 || session.roles.some((r) => roles.includes(r)));
  });
}

/** The signed-in citizen of this request, if any. */
export function currentSession(request: FastifyRequest): CitizenSession | undefined {
  return request.citizenSession ?? undefined;
}

/** Where to send a browser to sign in (again) and come back to `returnTo`. */
export function loginPath(returnTo: string, stepUp?: Level): string {
  const query = new URLSearchParams({ return: returnTo });
  if (stepUp) {
    query.set('level', stepUp);
    query.set('fresh', '1');
  }
  return `/auth/login?${query.toString()}`;
}

/** A preHandler: a page for signed-in citizens; others are sent to sign in first. */
export async function requireCitizen(request: FastifyRequest, reply: FastifyReply) {
  if (request.citizenSession) return;
  if (request.method === 'GET') return reply.redirect(loginPath(request.url), 303);
  return reply.code(401).type('text/plain; charset=utf-8').send('Sign in first.');
}

/**
 * True when the form's `_csrf` field carries this session's token and nothing says the post
 * comes from another site (the browser's Sec-Fetch-Site, or an Origin of another host).
 */
export function checkCsrf(
  request: FastifyRequest, session: Session | null = request.citizenSession,
): boolean {
  const sent = formField(request.body, '_csrf');
  return session !== null && sent !== '' && sameToken(sent, session.csrfToken)
    && !crossSite(request);
}

/**
 * An Origin of "null" is what browsers send under Referrer-Policy: no-referrer, which this
 * site uses: it is not taken as another site.
 */
function crossSite(request: FastifyRequest): boolean {
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') return true;
  const origin = request.headers.origin;
  if (origin === undefined || origin === 'null') return false;
  try {
    return new URL(origin).host !== request.host;
  } catch {
    return true;
  }
}

export interface RecentSignIn {
  /** The lowest acceptable level; default 'substantial'. */
  level?: Level;
  /** How long ago the sign-in may be; default 5 minutes. */
  withinMs?: number;
}

/** Did the citizen sign in at `level` or higher within `withinMs` before `now`? */
export function signedInRecently(session: CitizenSession, now: Date, need: RecentSignIn = {}) {
  const level = need.level ?? 'substantial';
  const withinMs = need.withinMs ?? 5 * 60_000;
  return atLeast(session.level, level) && now.getTime() - session.authTime.getTime() <= withinMs;
}

/**
 * A preHandler for acts such as signing a declaration: demands a fresh sign-in (max_age=0,
 * acr_values) at the given level unless the citizen had one within the given time. A GET is
 * sent to sign in again and comes back; another method gets 403 with the address to go to.
 */
export function requireRecentSignIn(app: App, need: RecentSignIn = {}) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const session = request.citizenSession;
    if (!session) return requireCitizen(request, reply);
    if (signedInRecently(session, app.clock.now(), need)) return;
    const to = loginPath(request.method === 'GET' ? request.url : '/', need.level ?? 'substantial');
    if (request.method === 'GET') return reply.redirect(to, 303);
    return reply.code(403).type('text/plain; charset=utf-8')
      .send(`Sign in again first: ${to}`);
  };
}
