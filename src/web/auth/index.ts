import type { FastifyInstance } from 'fastify';
import type { App } from '../../app/app.ts';
import { demoAccounts } from '../../adapters/login/accounts.ts';
import { createEmbeddedProvider, providerMount } from '../../adapters/login/embedded-provider.ts';
import { injectFetch } from '../../adapters/login/inject-fetch.ts';
import { LoginClient } from '../../adapters/login/oidc-client.ts';
import { embeddedProviderRoutes } from '../../adapters/login/provider-routes.ts';
import { loadProviderSecrets } from '../../adapters/login/secrets.ts';
import { formField } from '../../adapters/login/form-body.ts';
import {
  demoBailiffProfiles, demoStaffProfiles,
} from '../../adapters/login/demo-professionals.ts';
import { demoBailiffs } from '../../app/seed.ts';
import { embeddedBailiffApiClients } from '../bailiff/api-clients.ts';
import { withinRateLimit } from '../rate-limit.tsx';
import { readCookie } from './cookies.ts';
import { renderPickPage, renderProviderLogout } from './pages.tsx';
import { authRoutes, sessionCookie } from './routes.tsx';
import { SessionStore } from './sessions.ts';

export {
  anySession, checkCsrf, currentSession, loginPath, professionalLoginPath, requireBailiff,
  requireCitizen, requireRecentSignIn, requireStaff, signedInRecently,
} from './guards.ts';
export type {
  BailiffSession, CitizenSession, Session, StaffSession,
} from './sessions.ts';

/**
 * Sign-in as one Fastify plugin: the session of each request (`currentSession`), the routes
 * under /auth and, without OIDC_ISSUER, the embedded OpenID provider under /oidc.
 * It is not encapsulated, so the request's session is seen by every route of the server.
 */
export function authPlugin(app: App) {
  const plugin = async (server: FastifyInstance) => {
    const client = await loginClient(app, server);
    const { sessionIdleMs, sessionAbsoluteMs } = app.config.login;
    const sessions = new SessionStore(app.db, app.clock,
      { idleMs: sessionIdleMs, absoluteMs: sessionAbsoluteMs });
    server.decorateRequest('citizenSession', null);
    server.decorateRequest('bailiffSession', null);
    server.decorateRequest('staffSession', null);
    // Each kind of session lands in its own field: a citizen's session is never a bailiff's.
    server.addHook('onRequest', async (request) => {
      const id = readCookie(request, sessionCookie);
      const session = id ? await sessions.find(id) : undefined;
      if (session?.kind === 'citizen') request.citizenSession = session;
      if (session?.kind === 'bailiff') request.bailiffSession = session;
      if (session?.kind === 'staff') request.staffSession = session;
    });
    await server.register(authRoutes({ app, client, sessions }));
  };
  return Object.assign(plugin, { [Symbol.for('skip-override')]: true });
}

async function loginClient(app: App, server: FastifyInstance): Promise<LoginClient> {
  const { config } = app;
  const callbacks = {
    redirectUri: `${config.publicUrl}/auth/callback`,
    postLogoutRedirectUri: `${config.publicUrl}/auth/signed-out`,
  };
  if (config.login.issuer) {
    if (!config.login.clientSecret) {
      throw new Error('OIDC_CLIENT_SECRET: required with OIDC_ISSUER');
    }
    return new LoginClient({ db: app.db, clock: app.clock, issuer: config.login.issuer,
      clientId: config.login.clientId, clientSecret: config.login.clientSecret, ...callbacks,
      allowHttp: config.env !== 'production' && config.login.issuer.startsWith('http:') });
  }
  const issuer = `${config.publicUrl}${providerMount}`;
  const secrets = await loadProviderSecrets(app.db);
  const accounts = demoAccounts(secrets.subjectSalt,
    [...demoBailiffProfiles(demoBailiffs), ...demoStaffProfiles()]);
  const api = await embeddedBailiffApiClients(app, secrets);
  const provider = createEmbeddedProvider({ issuer, publicUrl: config.publicUrl,
    clientId: config.login.clientId, secrets, accounts, renderLogout: renderProviderLogout,
    api: { audience: config.bailiffApi.audience, clients: api } });
  await server.register(embeddedProviderRoutes(provider, accounts, {
    renderPick: renderPickPage,
    // Per address, and per demo account (its pseudonymous subject) once one is chosen.
    beforeLogin: async (request, reply) => {
      const person = formField(request.body, 'person') || undefined;
      if (!(await withinRateLimit(app, request, reply, 'provider-login', person))) return reply;
    },
  }));
  return new LoginClient({ db: app.db, clock: app.clock, issuer,
    clientId: config.login.clientId, clientSecret: secrets.clientSecret, ...callbacks,
    allowHttp: issuer.startsWith('http:'), fetch: injectFetch(server) });
}
