import type { IncomingMessage } from 'node:http';
import type {
  FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler,
} from 'fastify';
import type Provider from 'oidc-provider';
import type { DemoAccount } from './accounts.ts';
import { providerMount } from './embedded-provider.ts';
import { acceptForms, formField } from './form-body.ts';
import { acrFor, levels, levelOfAcr, parseLevel, type Level } from './levels.ts';

/** What the page where the tester picks a person and a level shows. */
export interface PickPageModel {
  /** The interaction's address: the form posts to `${action}/login` or `${action}/abort`. */
  action: string;
  /** The demo people: the value to post, the text of the label, citizen or professional. */
  people: { value: string; label: string; group: 'citizen' | 'professional' }[];
  /** The lowest level the product asked for (acr_values). */
  askedLevel: Level;
  /** What the tester chose before, kept when the form comes back with a problem. */
  chosen: { person: string | undefined; level: Level | undefined };
  /** Which fields are missing, in the order of the form. */
  problems: ('person' | 'level')[];
}

/**
 * What the web layer gives the provider's pages: the page itself (in the product's layout and
 * the visitor's language) and a check that runs before a login is handled (rate limits).
 */
export interface ProviderPages {
  renderPick(request: FastifyRequest, model: PickPageModel): string;
  beforeLogin?: preHandlerAsyncHookHandler;
}

/**
 * Serves the embedded provider under /oidc on the product's Fastify server: the provider's
 * own endpoints (discovery, authorization, token, userinfo, keys, end of session) and the
 * page where the tester picks a demo person and a level of assurance.
 */
export function embeddedProviderRoutes(
  provider: Provider, accounts: DemoAccount[], pages: ProviderPages,
) {
  return async (server: FastifyInstance) => {
    await server.register(providerEndpoints(provider));
    await server.register(interactionRoutes(provider, accounts, pages));
  };
}

/** Hands requests under the mount to the provider untouched: it reads the bodies itself. */
function providerEndpoints(provider: Provider) {
  const callback = provider.callback();
  return async (server: FastifyInstance) => {
    server.removeAllContentTypeParsers();
    server.addContentTypeParser('*', (_request, _payload, done) => done(null));
    const handler = async (request: FastifyRequest, reply: FastifyReply) => {
      reply.hijack();
      const raw = request.raw as IncomingMessage & { originalUrl?: string };
      const url = raw.url ?? providerMount;
      const rest = url.slice(providerMount.length);
      raw.originalUrl = url;
      raw.url = rest.startsWith('/') ? rest : `/${rest}`;
      await callback(raw, reply.raw);
    };
    server.all(providerMount, handler);
    server.all(`${providerMount}/*`, handler);
  };
}

type Uid = { Params: { uid: string } };

function interactionRoutes(provider: Provider, accounts: DemoAccount[], pages: ProviderPages) {
  const bySub = new Map(accounts.map((account) => [account.sub, account]));
  const people = accounts.map((account) => ({ value: account.sub, group: account.kind,
    label: account.kind === 'citizen'
      ? `${account.person.firstNames} ${account.person.surname} (${account.person.label})`
      : `${account.profile.firstNames} ${account.profile.surname} `
        + `(${account.profile.organisation}: ${account.profile.roles.join(', ')})` }));
  const show = (request: FastifyRequest, reply: FastifyReply, model: PickPageModel,
    status: number) => reply.code(status).type('text/html; charset=utf-8')
    .send(pages.renderPick(request, model));
  return async (server: FastifyInstance) => {
    acceptForms(server);
    server.get<Uid>(`${providerMount}/interaction/:uid`, async (request, reply) => {
      const details = await provider.interactionDetails(request.raw, reply.raw);
      return show(request, reply, { action: actionOf(details.uid), people,
        askedLevel: requestedLevel(details.params.acr_values),
        chosen: { person: undefined, level: undefined }, problems: [] }, 200);
    });
    const guard = pages.beforeLogin ? { preHandler: pages.beforeLogin } : {};
    server.post<Uid>(`${providerMount}/interaction/:uid/login`, guard, async (request, reply) => {
      const details = await provider.interactionDetails(request.raw, reply.raw);
      const account = bySub.get(formField(request.body, 'person'));
      const level = parseLevel(formField(request.body, 'level'));
      if (!account || !level) {
        const problems = [...(account ? [] : ['person' as const]),
          ...(level ? [] : ['level' as const])];
        return show(request, reply, { action: actionOf(details.uid), people,
          askedLevel: requestedLevel(details.params.acr_values),
          chosen: { person: account?.sub, level }, problems }, 400);
      }
      const login = { accountId: account.sub, acr: acrFor(level), amr: ['demo'] };
      const to = await provider.interactionResult(request.raw, reply.raw, { login },
        { mergeWithLastSubmission: false });
      return reply.redirect(to, 303);
    });
    server.post<Uid>(`${providerMount}/interaction/:uid/abort`, async (request, reply) => {
      const result = { error: 'access_denied', error_description: 'The tester cancelled.' };
      const to = await provider.interactionResult(request.raw, reply.raw, result,
        { mergeWithLastSubmission: false });
      return reply.redirect(to, 303);
    });
  };
}

function actionOf(uid: string): string {
  return `${providerMount}/interaction/${encodeURIComponent(uid)}`;
}

/** The highest level the client asked for with acr_values, or 'low'. */
function requestedLevel(acrValues: unknown): Level {
  const asked = typeof acrValues === 'string' ? acrValues.split(' ').map(levelOfAcr) : [];
  return levels.filter((level) => asked.includes(level)).at(-1) ?? 'low';
}
