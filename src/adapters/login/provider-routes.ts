import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type Provider from 'oidc-provider';
import type { DemoAccount } from './accounts.ts';
import { providerMount } from './embedded-provider.ts';
import { acceptForms, formField } from './form-body.ts';
import { acrFor, levels, levelOfAcr, parseLevel, type Level } from './levels.ts';
import { errorSummary, escapeHtml, page } from './page.ts';

/**
 * Serves the embedded provider under /oidc on the product's Fastify server: the provider's
 * own endpoints (discovery, authorization, token, userinfo, keys, end of session) and the
 * page where the tester picks a demo person and a level of assurance.
 */
export function embeddedProviderRoutes(provider: Provider, accounts: DemoAccount[]) {
  return async (server: FastifyInstance) => {
    await server.register(providerEndpoints(provider));
    await server.register(interactionRoutes(provider, accounts));
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

function interactionRoutes(provider: Provider, accounts: DemoAccount[]) {
  const bySub = new Map(accounts.map((account) => [account.sub, account]));
  return async (server: FastifyInstance) => {
    acceptForms(server);
    server.get<{ Params: { uid: string } }>(`${providerMount}/interaction/:uid`,
      async (request, reply) => {
        const details = await provider.interactionDetails(request.raw, reply.raw);
        const wanted = requestedLevel(details.params.acr_values);
        return reply.type('text/html; charset=utf-8')
          .send(pickPage(details.uid, accounts, wanted, undefined));
      });
    server.post<{ Params: { uid: string } }>(`${providerMount}/interaction/:uid/login`,
      async (request, reply) => {
        const details = await provider.interactionDetails(request.raw, reply.raw);
        const account = bySub.get(formField(request.body, 'person'));
        const level = parseLevel(formField(request.body, 'level'));
        if (!account || !level) {
          const problem = account ? 'Choose a level of assurance' : 'Choose a person';
          return reply.code(400).type('text/html; charset=utf-8').send(
            pickPage(details.uid, accounts, level ?? 'low', problem));
        }
        const login = { accountId: account.sub, acr: acrFor(level), amr: ['demo'] };
        const to = await provider.interactionResult(request.raw, reply.raw, { login },
          { mergeWithLastSubmission: false });
        return reply.redirect(to, 303);
      });
    server.post<{ Params: { uid: string } }>(`${providerMount}/interaction/:uid/abort`,
      async (request, reply) => {
        const result = { error: 'access_denied', error_description: 'The tester cancelled.' };
        const to = await provider.interactionResult(request.raw, reply.raw, result,
          { mergeWithLastSubmission: false });
        return reply.redirect(to, 303);
      });
  };
}

/** The highest level the client asked for with acr_values, or 'low'. */
function requestedLevel(acrValues: unknown): Level {
  const asked = typeof acrValues === 'string' ? acrValues.split(' ').map(levelOfAcr) : [];
  return levels.filter((level) => asked.includes(level)).at(-1) ?? 'low';
}

function pickPage(uid: string, accounts: DemoAccount[], level: Level, problem?: string) {
  const action = `${providerMount}/interaction/${encodeURIComponent(uid)}`;
  const people = accounts.map((account, index) => radio('person', account.sub,
    `${account.person.firstNames} ${account.person.surname} (${account.person.label})`,
    index === 0 ? 'person' : `person-${index}`, false)).join('');
  const levelRadios = levels.map((each) => radio('level', each, each,
    each === 'low' ? 'level' : `level-${each}`, each === level)).join('');
  return page('Test sign-in: choose a person', (problem ? errorSummary(problem,
    problem.includes('person') ? 'person' : 'level') : '')
    + '<p>This is the embedded test login. It signs in one of the fictitious demo people.</p>'
    + `<form method="post" action="${action}/login">`
    + `<fieldset><legend>Person</legend>${people}</fieldset>`
    + `<fieldset><legend>Level of assurance</legend>${levelRadios}</fieldset>`
    + '<button type="submit">Sign in</button></form>'
    + `<form method="post" action="${action}/abort"><button type="submit">Cancel</button></form>`);
}

function radio(name: string, value: string, label: string, id: string, checked: boolean) {
  return `<div><input type="radio" id="${id}" name="${name}" value="${escapeHtml(value)}"`
    + `${checked ? ' checked' : ''}><label for="${id}">${escapeHtml(label)}</label></div>`;
}
