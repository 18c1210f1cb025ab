// GET /invoices/:id.xml: the bailiff's invoice as UBL 2.1 XML, for the bailiff's office that
// issued it and for staff of the buyer municipality only; anyone else gets 404, as for an
// invoice that does not exist. Not signed in as a professional: sent to sign in. The same for
// GET /credit-notes/:id.xml, the credit note that cancelled a disputed invoice.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../app/app.ts';
import { creditNoteXml, invoiceXml, type InvoiceReader } from '../../app/invoices.ts';
import { professionalLoginPath } from '../auth/guards.ts';

/** Who reads, from the request's professional session; null for anyone else. */
export function invoiceReaderOf(request: FastifyRequest): InvoiceReader | null {
  if (request.bailiffSession) return { kind: 'bailiff', bailiffId: request.bailiffSession.bailiffId };
  if (request.staffSession) return { kind: 'staff', municipality: request.staffSession.municipality };
  return null;
}

/** The route's handler, given the acting party (testable without a session). */
export async function sendInvoiceXml(
  app: App, reader: InvoiceReader, id: string, reply: FastifyReply,
): Promise<FastifyReply> {
  const found = await invoiceXml(app.db, reader, id);
  if (found === null) return reply.code(404).type('text/plain; charset=utf-8').send('Not found.');
  const name = `invoice-${found.number.replace(/[^A-Za-z0-9-]/g, '-')}.xml`;
  return reply.type('application/xml; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}"`)
    .header('cache-control', 'private, no-store')
    .send(found.xml);
}

/** The credit note that cancelled a disputed invoice, to the same readers as the invoice. */
export async function sendCreditNoteXml(
  app: App, reader: InvoiceReader, id: string, reply: FastifyReply,
): Promise<FastifyReply> {
  const found = await creditNoteXml(app.db, reader, id);
  if (found === null) return reply.code(404).type('text/plain; charset=utf-8').send('Not found.');
  const name = `credit-note-${found.number.replace(/[^A-Za-z0-9-]/g, '-')}.xml`;
  return reply.type('application/xml; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}"`)
    .header('cache-control', 'private, no-store')
    .send(found.xml);
}

export function invoiceRoutes(app: App) {
  return async (server: FastifyInstance) => {
    server.get<{ Params: { id: string } }>('/invoices/:id.xml', async (request, reply) => {
      const reader = invoiceReaderOf(request);
      if (reader === null) return reply.redirect(professionalLoginPath(request.url), 303);
      const result = await sendInvoiceXml(app, reader, request.params.id, reply);
      request.log.info({ invoiceId: request.params.id, status: reply.statusCode }, 'invoice xml');
      return result;
    });
    server.get<{ Params: { id: string } }>('/credit-notes/:id.xml', async (request, reply) => {
      const reader = invoiceReaderOf(request);
      if (reader === null) return reply.redirect(professionalLoginPath(request.url), 303);
      const result = await sendCreditNoteXml(app, reader, request.params.id, reply);
      request.log.info({ creditNoteId: request.params.id, status: reply.statusCode },
        'credit note xml');
      return result;
    });
  };
}
