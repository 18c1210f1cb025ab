import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * A strict content security policy: scripts, styles, images and fonts from this origin only,
 * no inline script or style, no framing, forms post to this origin only. A
 * `<script type="application/ld+json">` data block is not executed, so the policy allows it.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');

const baseHeaders: Record<string, string> = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

/** Security headers on every answer, errors included; HSTS in production only. */
export const securityHeaders = fp(async (server: FastifyInstance, options: { hsts: boolean }) => {
  const headers = options.hsts
    ? { ...baseHeaders, 'strict-transport-security': 'max-age=31536000; includeSubDomains' }
    : baseHeaders;
  server.addHook('onSend', async (_request, reply, payload) => {
    reply.headers(headers);
    return payload;
  });
}, { name: 'security-headers' });
