import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Html } from './jsx/html.ts';
import { defaultLang, translator, type Lang, type Translate } from './i18n/index.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in citizen's unread messages, for the header (see messages/unread.ts). */
    unreadMessages: number | null;
  }
}

/** What the header shows to a signed-in citizen. */
export interface Account {
  /** Unread messages in the box; null when not counted for this request. */
  unread: number | null;
  /** The session's form token, for the sign-out button. */
  csrf: string;
  /** A professional area's own links (the bailiff's); absent: the citizen's links. */
  nav?: { href: string; label: string }[];
}

/** What every page needs from its request: the language, its texts and the current path. */
export interface PageContext {
  lang: Lang;
  t: Translate;
  /** The path without the query string, for the language switch's links. */
  path: string;
  /** The signed-in citizen, if any. */
  account?: Account;
}

export function pageContext(request: FastifyRequest): PageContext {
  const path = request.url.split('?')[0] ?? '/';
  // A server without the i18n plugin (a test's bare server) answers in the default language.
  const lang = request.lang ?? defaultLang;
  const ctx: PageContext = { lang, t: translator(lang), path };
  const session = request.citizenSession;
  if (!session) return ctx;
  return { ...ctx, account: { unread: request.unreadMessages ?? null, csrf: session.csrfToken } };
}

/** Sends a whole page as an HTML document. */
export function sendPage(reply: FastifyReply, page: Html, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(`<!doctype html>\n${page}`);
}
