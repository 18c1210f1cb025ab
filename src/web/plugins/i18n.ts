import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { defaultLang, isLang, type Lang } from '../i18n/index.ts';
import { chooseLanguage, cookieValue } from '../i18n/negotiate.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The language of the answer (see chooseLanguage). */
    lang: Lang;
  }
}

const ONE_YEAR = 365 * 24 * 3600;

/**
 * Picks each request's language; a `?lang=` choice is remembered in a `lang` cookie, so the
 * language switch (plain links) holds on the next pages.
 */
export const i18n = fp(async (server: FastifyInstance, options: { secureCookie: boolean }) => {
  server.decorateRequest('lang', defaultLang);
  server.addHook('onRequest', async (request, reply) => {
    const query = queryLang(request);
    const cookie = cookieValue(request.headers.cookie, 'lang');
    request.lang = chooseLanguage({
      query, cookie, acceptLanguage: request.headers['accept-language'],
    });
    if (isLang(query) && query !== cookie) {
      const secure = options.secureCookie ? '; Secure' : '';
      reply.header('set-cookie',
        `lang=${query}; Path=/; Max-Age=${ONE_YEAR}; SameSite=Lax; HttpOnly${secure}`);
    }
  });
}, { name: 'i18n' });

function queryLang(request: FastifyRequest): unknown {
  const query = request.query;
  return typeof query === 'object' && query !== null && 'lang' in query ? query.lang : undefined;
}
