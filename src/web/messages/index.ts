export { messageRoutes } from './routes.tsx';
export { newsNotice, type NewsNotice } from './news-notice.ts';
export { unreadCountPlugin } from './unread.ts';
