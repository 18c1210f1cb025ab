import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Html } from './jsx/html.ts';
import { translator, type Lang, type Translate } from './i18n/index.ts';

/** What every page needs from its request: the language, its texts and the current path. */
export interface PageContext {
  lang: Lang;
  t: Translate;
  /** The path without the query string, for the language switch's links. */
  path: string;
}

export function pageContext(request: FastifyRequest): PageContext {
  const path = request.url.split('?')[0] ?? '/';
  return { lang: request.lang, t: translator(request.lang), path };
}

/** Sends a whole page as an HTML document. */
export function sendPage(reply: FastifyReply, page: Html, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(`<!doctype html>\n${page}`);
}
