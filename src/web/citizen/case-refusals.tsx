import type { FastifyReply, FastifyRequest } from 'fastify';
import { CaseAccessError } from '../../app/case-access.ts';
import { pageContext, sendPage } from '../page-context.ts';
import { ErrorPage } from '../views/error-page.tsx';
import { NoticePage, type Notice } from './notice-page.tsx';
import { caseNotice, csrfNotice } from './refusals.ts';

/** A notice page with the given status, in the request's language. */
export function sendNotice(reply: FastifyReply, content: Notice, status: number) {
  return sendPage(reply, <NoticePage ctx={pageContext(reply.request)} notice={content} />, status);
}

/** A form post without this session's token, or from another site: 403, nothing done. */
export function csrfRefused(request: FastifyRequest, reply: FastifyReply) {
  request.log.warn({ code: 'csrf_mismatch' }, 'form refused');
  return sendNotice(reply, csrfNotice(pageContext(request)), 403);
}

/**
 * A case the person may not see answers 404, exactly like an unknown one; a step for the
 * declarant only, taken by the partner, answers 403 with the way back to the case. Undefined
 * when the error is not about access to the case.
 */
export function caseAccessRefused(
  request: FastifyRequest, reply: FastifyReply, error: unknown, caseId: string,
): FastifyReply | undefined {
  if (!(error instanceof CaseAccessError)) return undefined;
  request.log.warn({ code: error.code }, 'case access refused');
  const ctx = pageContext(request);
  if (error.code === 'declarant_only') {
    return sendNotice(reply, caseNotice(ctx, 'declarantOnly', caseId), 403);
  }
  return sendPage(reply, <ErrorPage ctx={ctx} kind="notFound" />, 404);
}
