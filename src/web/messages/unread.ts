import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { App } from '../../app/app.ts';
import { unreadCount } from '../../app/messages/index.ts';

/** Paths that never render a page with the header: no count is needed there. */
const noHeader = ['/oidc', '/assets/', '/health/', '/metrics', '/auth/callback'];

function needsCount(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0] ?? '/';
  return request.citizenSession !== null
    && !noHeader.some((prefix) => path === prefix || path.startsWith(prefix));
}

/**
 * Counts the signed-in citizen's unread messages once per request, for the header's link to
 * the message box. Registered after the auth plugin, whose hook finds the session first; not
 * encapsulated, so every page (error pages included) sees the count.
 */
export function unreadCountPlugin(app: App) {
  const plugin = async (server: FastifyInstance) => {
    server.decorateRequest('unreadMessages', null);
    server.addHook('onRequest', async (request) => {
      if (!needsCount(request)) return;
      const session = request.citizenSession;
      if (session) request.unreadMessages = await unreadCount(app.db, session.nationalNumber);
    });
  };
  return Object.assign(plugin, { [Symbol.for('skip-override')]: true });
}
