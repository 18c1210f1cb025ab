import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../app/app.ts';
import { capturedMailHtml, capturedMessages } from '../../app/captured-messages.ts';
import { DevMessagesPage } from './messages-page.tsx';

/**
 * A mail's own HTML: no script, no request anywhere (inline styles and data: images only),
 * shown only inside a frame of this site, itself sandboxed.
 */
export const mailFramePolicy = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src data:",
  "frame-ancestors 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  'sandbox',
].join('; ');

/**
 * Development tools, registered only outside production (elsewhere the addresses answer
 * 404): GET /dev/messages lists what the embedded SMTP server and SMS sink received.
 */
export function devRoutes(app: App) {
  return async (server: FastifyInstance) => {
    if (app.config.env === 'production') return;
    server.get('/dev/messages', async (_request, reply) => reply.code(200)
      .type('text/html; charset=utf-8')
      .send(`<!doctype html>\n${<DevMessagesPage groups={await capturedMessages(app.db)} />}`));
    server.get<{ Params: { id: string } }>('/dev/messages/mail/:id/html',
      { onSend: frameHeaders }, (request, reply) => mailHtml(app, request.params.id, reply));
  };
}

async function mailHtml(app: App, id: string, reply: FastifyReply) {
  const html = await capturedMailHtml(app.db, id);
  if (html === undefined) {
    return reply.code(404).type('text/plain; charset=utf-8').send('No such mail.');
  }
  return reply.type('text/html; charset=utf-8').send(html);
}

/** Runs after the site's security headers and replaces the two that differ for the frame. */
async function frameHeaders(_request: FastifyRequest, reply: FastifyReply, payload: unknown) {
  reply.header('content-security-policy', mailFramePolicy);
  reply.header('x-frame-options', 'SAMEORIGIN');
  return payload;
}
