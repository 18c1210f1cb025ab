import type { FastifyInstance } from 'fastify';

/** Parses HTML form posts into a plain record, in an encapsulated context that has none. */
export function acceptForms(server: FastifyInstance): void {
  const type = 'application/x-www-form-urlencoded';
  if (server.hasContentTypeParser(type)) return;
  server.addContentTypeParser(type, { parseAs: 'string', bodyLimit: 16 * 1024 },
    (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    });
}

/** One string field of a parsed form, or '' when it is missing. */
export function formField(body: unknown, name: string): string {
  if (typeof body !== 'object' || body === null) return '';
  const value = (body as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : '';
}
