import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../app/app.ts';
import { hitRateLimit, type LimitedAction } from '../app/rate-limit.ts';
import { NoticePage } from './citizen/notice-page.tsx';
import { pageContext, sendPage } from './page-context.ts';

/** Which configured limits an action uses. */
const rules = {
  'sign-in': 'signIn', 'provider-login': 'signIn', 'start-case': 'startCase',
} as const satisfies Record<LimitedAction, 'signIn' | 'startCase'>;

/**
 * Counts this try of `action` for the client's address (and the person, when known). Over
 * the limit it answers 429 with a page that says when to try again (and Retry-After), and
 * returns false; the caller then stops.
 */
export async function withinRateLimit(app: App, request: FastifyRequest, reply: FastifyReply,
  action: LimitedAction, person?: string): Promise<boolean> {
  const { windowMs, ...limits } = app.config.rateLimits;
  const now = app.clock.now();
  const verdict = await hitRateLimit(app.db, now, action,
    { address: request.ip, person }, { windowMs, ...limits[rules[action]] });
  if (verdict.allowed) return true;
  const seconds = Math.max(1, Math.ceil((verdict.retryAt.getTime() - now.getTime()) / 1000));
  request.log.warn({ code: 'rate_limited', action, retryAfter: seconds }, 'request refused');
  tooMany(request, reply, verdict.retryAt, seconds);
  return false;
}

function tooMany(request: FastifyRequest, reply: FastifyReply, retryAt: Date, seconds: number) {
  const ctx = pageContext(request);
  const time = new Intl.DateTimeFormat(`${ctx.lang}-BE`, { timeStyle: 'short',
    timeZone: 'Europe/Brussels' }).format(retryAt);
  const minutes = Math.ceil(seconds / 60);
  const notice = {
    title: ctx.t('rateLimit.title'),
    paragraphs: [ctx.t('rateLimit.body'), ctx.t('rateLimit.retry', { time, minutes })],
    links: [{ href: `/?lang=${ctx.lang}`, text: ctx.t('error.home') }],
  };
  reply.header('retry-after', String(seconds));
  return sendPage(reply, <NoticePage ctx={ctx} notice={notice} />, 429);
}
