import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { App } from '../../app/app.ts';
import { caseForPerson, CaseAccessError, caseReference } from '../../app/case-access.ts';
import { readsOfMine } from '../../app/case-reads.ts';
import { requireCitizen, type CitizenSession } from '../auth/index.ts';
import { pageContext, sendPage } from '../page-context.ts';
import { ErrorPage } from '../views/error-page.tsx';
import { ReadsPage } from './reads-page.tsx';

/** A partner's view of the register reads about them for their case. */
export function readRoutes(app: App) {
  return async (server: FastifyInstance) => {
    server.addHook('preHandler', requireCitizen);
    server.get('/cases/:id/reads', async (request: FastifyRequest<{ Params: { id: string } }>,
      reply) => {
      const me = (request.citizenSession as CitizenSession).nationalNumber;
      try {
        const access = await caseForPerson(app.engine, request.params.id, me);
        const reads = await readsOfMine(app.db, access.state.caseId, me);
        const reference = await caseReference(app.db, access.state.caseId);
        return sendPage(reply, <ReadsPage ctx={pageContext(request)} caseId={access.state.caseId}
          reference={reference} reads={reads} />);
      } catch (error) {
        if (!(error instanceof CaseAccessError)) throw error;
        request.log.warn({ code: error.code }, 'case access refused');
        return sendPage(reply, <ErrorPage ctx={pageContext(request)} kind="notFound" />, 404);
      }
    });
  };
}
