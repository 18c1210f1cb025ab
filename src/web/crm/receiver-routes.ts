import type { FastifyInstance } from 'fastify';
import type { App } from '../../app/app.ts';
import { receiveCrmEvent } from '../../app/crm-delivery.ts';

/**
 * The embedded CRM receiver, `POST /crm/events`: the CRM's side of the CRM link, for
 * development, demos and tests (outside the office: it is the CRM's address, not a staff
 * page). The body is read raw, since the signature covers it byte for byte. A wrong
 * signature or a timestamp outside the tolerance is refused (401); a call that is not a
 * structured CloudEvent is a 400; an event it already has is answered 200 again.
 */
export function crmReceiverRoutes(app: App) {
  return async (server: FastifyInstance) => {
    const raw = { parseAs: 'string' as const, bodyLimit: 64 * 1024 };
    server.addContentTypeParser(['application/cloudevents+json', 'application/json'], raw,
      (_request, body, done) => done(null, body));
    server.post('/crm/events', async (request, reply) => {
      const result = await receiveCrmEvent(app.db, {
        rawBody: typeof request.body === 'string' ? request.body : '',
        contentType: request.headers['content-type'] ?? '',
        headers: request.headers, now: app.clock.now(), secret: app.crm.secret,
      });
      if (result.status !== 200) {
        request.log.warn({ code: result.reason }, 'CRM event refused');
        return reply.code(result.status).send({ error: result.reason });
      }
      request.log.info({ outcome: result.outcome }, 'CRM event received');
      return reply.code(200).send({ received: true });
    });
  };
}
