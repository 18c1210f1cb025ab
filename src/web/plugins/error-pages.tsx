import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { pageContext, sendPage } from '../page-context.ts';
import { ErrorPage, type ErrorKind } from '../views/error-page.tsx';

/**
 * HTML pages for 404 and for errors, in the request's language. Details (message and stack)
 * are shown only outside production. A client that asks for JSON only gets JSON.
 */
export const errorPages = fp(async (server: FastifyInstance, options: { details: boolean }) => {
  server.setNotFoundHandler(async (request, reply) =>
    answer(request, reply, 404, 'notFound', undefined));
  server.setErrorHandler(async (error: FastifyError, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    const kind: ErrorKind = status >= 500 ? 'server' : status === 404 ? 'notFound' : 'badRequest';
    const details = options.details ? `${error.message}\n\n${error.stack ?? ''}` : undefined;
    return answer(request, reply, status, kind, details);
  });
}, { name: 'error-pages' });

function answer(request: FastifyRequest, reply: FastifyReply, status: number,
  kind: ErrorKind, details: string | undefined): FastifyReply {
  if (wantsJsonOnly(request)) return reply.code(status).send({ error: kind, status });
  return sendPage(reply, <ErrorPage ctx={pageContext(request)} kind={kind} details={details} />,
    status);
}

function wantsJsonOnly(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}
