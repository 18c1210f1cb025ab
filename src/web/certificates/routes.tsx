import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../app/app.ts';
import { caseForPerson, CaseAccessError } from '../../app/case-access.ts';
import { copyForPerson, normalizeCode, verifyCode, verifyPdf } from '../../app/certificates.ts';
import { requireCitizen, type CitizenSession } from '../auth/index.ts';
import { ErrorPage } from '../views/error-page.tsx';
import { pageContext, sendPage } from '../page-context.ts';
import { VerifyPage, type VerifyOutcome } from './pages.tsx';

type CopyRequest = FastifyRequest<{ Params: { id: string; copy: string } }>;

/**
 * The public verification page (`/verify`, no sign-in: whoever holds a certificate's code
 * may check it), and the download of a citizen's own certificates.
 */
export function certificateRoutes(app: App) {
  return async (server: FastifyInstance) => {
    server.get<{ Querystring: { code?: string } }>('/verify', async (request, reply) => {
      const typed = (request.query.code ?? '').slice(0, 64);
      const outcome = await verification(app, typed);
      request.log.info({ outcome: outcome.kind }, 'certificate verification');
      return sendPage(reply, <VerifyPage ctx={pageContext(request)} outcome={outcome} />,
        outcome.kind === 'invalid' ? 400 : 200);
    });
    await server.register(async (upload) => {
      if (!upload.hasContentTypeParser('multipart/form-data')) {
        await upload.register(multipart, { limits: { fileSize: maxUpload, files: 1, fields: 2 } });
      }
      upload.post('/verify', async (request, reply) => {
        const outcome = await uploaded(app, request);
        request.log.info({ outcome: outcome.kind }, 'certificate verification by file');
        return sendPage(reply, <VerifyPage ctx={pageContext(request)} outcome={outcome} />,
          outcome.kind === 'badFile' ? 400 : 200);
      });
    });
    await server.register(async (own) => {
      own.addHook('preHandler', requireCitizen);
      own.get('/cases/:id/certificates/:copy', (request: CopyRequest, reply) =>
        download(app, request, reply));
    });
  };
}

/** Certificates are a few hundred kilobytes; a larger file cannot be one of ours. */
const maxUpload = 5 * 1024 * 1024;

/** The uploaded file: a PDF (by its content, not its name) whose exact bytes we issued. */
async function uploaded(app: App, request: FastifyRequest): Promise<VerifyOutcome> {
  if (!request.isMultipart()) return { kind: 'badFile', problem: 'missing' };
  let data: Buffer | undefined;
  try {
    const file = await request.file();
    if (!file) return { kind: 'badFile', problem: 'missing' };
    data = await file.toBuffer();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') return { kind: 'badFile', problem: 'tooLarge' };
    throw error;
  }
  if (data.length === 0) return { kind: 'badFile', problem: 'missing' };
  if (data.subarray(0, 5).toString('latin1') !== '%PDF-') {
    return { kind: 'badFile', problem: 'notPdf' };
  }
  const verified = await verifyPdf(app.db, data);
  return verified ? { kind: 'found', code: '', verified } : { kind: 'unknownFile' };
}

async function verification(app: App, typed: string): Promise<VerifyOutcome> {
  if (typed.trim() === '') return { kind: 'form' };
  if (normalizeCode(typed) === null) return { kind: 'invalid', code: typed };
  const verified = await verifyCode(app.db, typed);
  return verified ? { kind: 'found', code: typed, verified } : { kind: 'unknown', code: typed };
}

async function download(app: App, request: CopyRequest, reply: FastifyReply) {
  const person = (request.citizenSession as CitizenSession).nationalNumber;
  try {
    const access = await caseForPerson(app.engine, request.params.id, person);
    const copy = await copyForPerson(app.db, access.state.caseId, request.params.copy, person);
    if (copy) {
      return reply.code(200).type('application/pdf')
        .header('content-disposition',
          `attachment; filename="${copy.kind}-${copy.verification_code}.pdf"`)
        .header('cache-control', 'private, no-store').send(Buffer.from(copy.pdf));
    }
  } catch (error) {
    if (!(error instanceof CaseAccessError)) throw error;
  }
  request.log.warn({ code: 'certificate_not_found' }, 'certificate download refused');
  return sendPage(reply, <ErrorPage ctx={pageContext(request)} kind="notFound" />, 404);
}
