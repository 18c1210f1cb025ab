import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { App } from '../../app/app.ts';
import { validStatusSignature } from '../../notifications/index.ts';

const report = z.object({
  id: z.string().min(1).max(200),
  status: z.enum(['delivered', 'failed']),
  reason: z.string().max(500).optional(),
});

/**
 * The SMS gateway's delivery reports: `POST /notifications/sms-status`, JSON
 * `{ id, status: "delivered" | "failed", reason? }`, signed with `X-Signature:
 * sha256=<HMAC-SHA256 of the raw body with SMS_STATUS_SECRET>`. A wrong signature is refused
 * (401); a report for an unknown message, or one that came before, is taken and ignored
 * (200), so that the gateway stops sending it again.
 */
export function notificationRoutes(app: App) {
  return async (server: FastifyInstance) => {
    const gateway = app.config.notifications.smsGateway;
    if (!gateway) return;
    server.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: 16 * 1024 },
      (_request, body, done) => done(null, body));
    server.post('/notifications/sms-status', async (request, reply) => {
      const raw = typeof request.body === 'string' ? request.body : '';
      if (!validStatusSignature(raw, request.headers['x-signature'], gateway.statusSecret)) {
        request.log.warn({ code: 'bad_signature' }, 'SMS status report refused');
        return reply.code(401).send({ error: 'invalid_signature' });
      }
      let parsed: z.infer<typeof report>;
      try {
        parsed = report.parse(JSON.parse(raw));
      } catch {
        return reply.code(400).send({ error: 'invalid_report' });
      }
      const taken = await app.notifications.sender.recordReport(parsed.id, parsed.status,
        parsed.reason);
      request.log.info({ status: parsed.status, matched: taken }, 'SMS status report');
      return reply.code(200).send({ received: true, matched: taken });
    });
  };
}
