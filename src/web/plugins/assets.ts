import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';

/**
 * The one stylesheet, read once at start-up and served with a validator: browsers keep it
 * for an hour, then ask again and get 304 while it is unchanged.
 */
export async function assets(server: FastifyInstance) {
  const css = await readFile(new URL('../assets/site.css', import.meta.url));
  const etag = `"${createHash('sha256').update(css).digest('base64url').slice(0, 16)}"`;
  server.get('/assets/site.css', async (request, reply) => {
    reply.header('cache-control', 'public, max-age=3600').header('etag', etag);
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    return reply.type('text/css; charset=utf-8').send(css);
  });
}
