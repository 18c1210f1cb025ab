import type { FastifyRequest } from 'fastify';
import type { App } from '../../app/app.ts';
import { unreadCount } from '../../app/messages/index.ts';
import { currentSession } from '../auth/index.ts';

export { messageRoutes } from './routes.tsx';
export { newsNotice, type NewsNotice } from './news-notice.ts';

/**
 * The signed-in citizen's number of unread messages, for the layout's header; null when
 * nobody is signed in. Not wired into the layout yet.
 */
export async function unreadMessages(app: App, request: FastifyRequest): Promise<number | null> {
  const session = currentSession(request);
  return session === undefined ? null : unreadCount(app.db, session.nationalNumber);
}
