import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App } from '../../app/app.ts';
import {
  acceptAssignment, assignmentFor, assignmentsOf, bailiffHistory, BailiffWorkError,
  declarationToServe, declineAssignment, deedsOf, personToServe, recordFailedAttempt,
  recordService, type ActOptions, type BailiffWorkCode,
} from '../../app/bailiff-work.ts';
import { ApiTokenError, type ApiCaller } from '../../adapters/login/api-tokens.ts';
import {
  creditInvoice, InvoiceError, submitInvoice, type InvoiceErrorCode,
} from '../../app/invoices.ts';
import type { InvoiceLine } from '../../invoices/index.ts';
import { openApiDocument } from './openapi.ts';

export const apiPrefix = '/api/bailiff/v1';

/**
 * Every error the bailiff API answers, with its HTTP status: the body is always
 * `{ error: code, message }` (plus `fields` for invalid_input).
 */
export const apiErrors = {
  /** No bearer token. */
  token_missing: 401,
  /** The token does not verify (signature, issuer, audience, expiry, type). */
  token_invalid: 401,
  /** A valid token of a client that is not registered for a bailiff's office. */
  client_not_registered: 403,
  /** No such case, or not this office's. */
  assignment_not_found: 404,
  /** A field is missing or wrong; `fields` names each with its problem. */
  invalid_input: 400,
  /** The body is not JSON, or not an object. */
  invalid_json: 400,
  /** The body is larger than the deed's limit allows. */
  payload_too_large: 413,
  /** The process refuses the act in the case's current state. */
  not_allowed: 409,
  /** The case changed since the version the client sent. */
  version_conflict: 409,
  /** The case has another invoice (other lines); a disputed one can be credited first. */
  already_invoiced: 409,
  /** The office's or the municipality's invoicing details are not on record. */
  billing_details_missing: 409,
  /** Only a disputed invoice can be cancelled by a credit note. */
  not_disputed: 409,
  /** No such route. */
  not_found: 404,
} as const;

export type ApiErrorCode = keyof typeof apiErrors;

class ApiError extends Error {
  constructor(readonly code: ApiErrorCode, message: string, readonly extra: object = {}) {
    super(message);
  }
}

type Verify = (authorization: string | undefined) => Promise<ApiCaller>;
type Params = { caseId: string };
type Handler = (app: App, request: FastifyRequest<{ Params: Params }>, bailiffId: string,
  reply: FastifyReply) => Promise<unknown>;

/** One operation of the API; the OpenAPI description is checked against this table. */
export interface ApiRoute {
  method: 'GET' | 'POST';
  /** The path under the prefix, in OpenAPI's form ({caseId}). */
  path: string;
  handler: Handler;
}

const optionalVersion = z.number().int().min(1).optional();
const acceptBody = z.object({ version: optionalVersion }).strict();
const declineBody = z.object({ reason: z.string().max(1000).optional(), version: optionalVersion })
  .strict();
const serviceBody = z.object({
  serviceDate: z.string(), place: z.string(), mode: z.string(), deedReference: z.string(),
  deedPdfBase64: z.string(), version: optionalVersion,
}).strict();
const attemptBody = z.object({ attemptDate: z.string(), reason: z.string(), version: optionalVersion })
  .strict();
const invoiceLine = z.object({
  kind: z.enum(['fee', 'cost']), description: z.string(), quantity: z.number(),
  unitCode: z.enum(['C62', 'KMT', 'H87']), unitPriceCents: z.number(),
  vatCategory: z.enum(['S', 'Z', 'E']), vatRatePercent: z.number(),
}).strict();
const invoiceBody = z.object({ lines: z.array(invoiceLine).min(1).max(100) }).strict();

export const apiRoutes: ApiRoute[] = [
  { method: 'GET', path: '/assignments', handler: list },
  { method: 'GET', path: '/assignments/{caseId}', handler: detail },
  { method: 'GET', path: '/assignments/{caseId}/declaration', handler: declarationPdf },
  { method: 'POST', path: '/assignments/{caseId}/accept', handler: accept },
  { method: 'POST', path: '/assignments/{caseId}/decline', handler: decline },
  { method: 'POST', path: '/assignments/{caseId}/service', handler: service },
  { method: 'POST', path: '/assignments/{caseId}/failed-attempts', handler: failedAttempt },
  { method: 'POST', path: '/assignments/{caseId}/invoice', handler: invoice },
  { method: 'POST', path: '/assignments/{caseId}/invoice/credit-note', handler: creditNote },
];

/**
 * The bailiff API for bailiffs' offices' own software: the same acts as the bailiff's pages,
 * in JSON, authenticated with OAuth2 client credentials (a JWT access token whose client is
 * registered for the office in `bailiff_api_client`). The deed travels as base64 in JSON.
 */
export function bailiffApiRoutes(app: App, verify: Verify) {
  const bailiffOf = new WeakMap<FastifyRequest, string>();
  const bodyLimit = Math.ceil(app.config.bailiffApi.deedMaxBytes * 4 / 3) + 64 * 1024;
  return async (server: FastifyInstance) => {
    server.get('/openapi.json', async () => openApiDocument(app.config.bailiffApi.audience,
      app.config.bailiffApi.issuer ?? `${app.config.publicUrl}/oidc`));
    server.register(async (api) => {
      api.addHook('onRequest', async (request) => {
        bailiffOf.set(request, await authenticate(app, verify, request));
      });
      for (const route of apiRoutes) {
        api.route({ method: route.method, url: route.path.replace(/\{(\w+)\}/g, ':$1'),
          bodyLimit, handler: (request, reply) => route.handler(app,
            request as FastifyRequest<{ Params: Params }>, bailiffOf.get(request) ?? '', reply) });
      }
    });
    server.setNotFoundHandler(async (_request, reply) =>
      send(reply, new ApiError('not_found', 'There is no such route.')));
    server.setErrorHandler(async (error, request, reply) => send(reply, toApiError(error, request)));
  };
}

async function authenticate(app: App, verify: Verify, request: FastifyRequest): Promise<string> {
  const caller = await verify(request.headers.authorization);
  const row = await app.db.selectFrom('bailiff_api_client').select('bailiff_id')
    .where('client_id', '=', caller.clientId).executeTakeFirst();
  if (!row) throw new ApiError('client_not_registered', 'This client is not registered for a '
    + 'bailiff\'s office.');
  request.log.info({ bailiffId: row.bailiff_id }, 'bailiff API call');
  return row.bailiff_id;
}

function send(reply: FastifyReply, error: ApiError) {
  if (error.code === 'token_missing' || error.code === 'token_invalid') {
    reply.header('www-authenticate', error.code === 'token_missing' ? 'Bearer'
      : 'Bearer error="invalid_token"');
  }
  return reply.code(apiErrors[error.code]).type('application/json; charset=utf-8')
    .send({ error: error.code, message: error.message, ...error.extra });
}

const workMessages: Record<BailiffWorkCode, string> = {
  assignment_not_found: 'There is no such assignment for this office.',
  invalid_input: 'Some fields are missing or wrong: see fields.',
  not_allowed: 'This act is not possible in the case\'s current state.',
  version_conflict: 'The case changed since this version; read it again.',
};

function toApiError(error: unknown, request: FastifyRequest): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof ApiTokenError) {
    request.log.warn({ code: error.code }, 'bailiff API token refused');
    return new ApiError(error.code, error.code === 'token_missing'
      ? 'Send an access token: Authorization: Bearer <token>.' : 'The access token is not valid.');
  }
  if (error instanceof BailiffWorkError) {
    request.log.warn({ code: error.code }, 'bailiff API act refused');
    return new ApiError(error.code, workMessages[error.code],
      error.fields.length > 0 ? { fields: error.fields } : {});
  }
  if (error instanceof InvoiceError) {
    request.log.warn({ code: error.code }, 'bailiff API invoice refused');
    return invoiceApiError(error);
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return new ApiError('payload_too_large', 'The body is too large.');
  }
  if (fastifyError.statusCode === 400 || fastifyError.statusCode === 415) {
    return new ApiError('invalid_json', 'Send a JSON object (Content-Type: application/json).');
  }
  throw error;
}

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const fields = result.error.issues.flatMap((issue) => issue.code === 'unrecognized_keys'
    ? issue.keys.map((key) => ({ field: key, problem: 'unknown_field' }))
    : [{ field: String(issue.path[0] ?? 'body'), problem: 'required' }]);
  throw new ApiError('invalid_input', workMessages.invalid_input, { fields });
}

function options(request: FastifyRequest, version: number | undefined): ActOptions {
  const key = request.headers['idempotency-key'];
  return {
    ...(version === undefined ? {} : { version }),
    ...(typeof key === 'string' && key !== '' && key.length <= 200 ? { idempotencyKey: key } : {}),
  };
}

async function list(app: App, _request: FastifyRequest, bailiffId: string) {
  return { assignments: await assignmentsOf(app, bailiffId) };
}

async function detail(app: App, request: FastifyRequest<{ Params: Params }>, bailiffId: string) {
  const assignment = await assignmentFor(app, request.params.caseId, bailiffId);
  const doc = await declarationToServe(app, assignment);
  const history = bailiffHistory(assignment.state, bailiffId);
  return {
    assignment: assignment.summary,
    personToServe: await personToServe(app, assignment, bailiffId),
    declaration: doc ? { url: `${apiPrefix}/assignments/${assignment.state.caseId}/declaration` }
      : null,
    receiptDate: history.receiptDate,
    failedAttempts: history.attempts.map((a) => ({ date: a.date, reason: a.reason })),
    service: history.service,
    deeds: (await deedsOf(app, assignment.state.caseId, bailiffId)).map((d) => ({
      deedReference: d.deed_reference, sha256: d.sha256, sizeBytes: d.size_bytes,
      uploadedAt: d.uploaded_at,
    })),
  };
}

async function declarationPdf(app: App, request: FastifyRequest<{ Params: Params }>,
  bailiffId: string, reply: FastifyReply) {
  const assignment = await assignmentFor(app, request.params.caseId, bailiffId);
  const doc = await declarationToServe(app, assignment);
  if (!doc) throw new BailiffWorkError('assignment_not_found');
  return reply.type('application/pdf').header('cache-control', 'no-store')
    .send(Buffer.from(doc.pdf));
}

async function summaryAfter(app: App, caseId: string, bailiffId: string) {
  try {
    return { assignment: (await assignmentFor(app, caseId, bailiffId)).summary };
  } catch {
    return { assignment: null }; // declined and already given to the next bailiff
  }
}

async function accept(app: App, request: FastifyRequest<{ Params: Params }>, bailiffId: string) {
  const body = parse(acceptBody, request.body);
  await acceptAssignment(app, request.params.caseId, bailiffId, options(request, body.version));
  return summaryAfter(app, request.params.caseId, bailiffId);
}

async function decline(app: App, request: FastifyRequest<{ Params: Params }>, bailiffId: string) {
  const body = parse(declineBody, request.body);
  await declineAssignment(app, request.params.caseId, bailiffId, body.reason ?? '',
    options(request, body.version));
  return summaryAfter(app, request.params.caseId, bailiffId);
}

async function service(app: App, request: FastifyRequest<{ Params: Params }>, bailiffId: string) {
  const body = parse(serviceBody, request.body);
  // Not base64 at all: not a PDF either (an empty string is a missing deed).
  const deed = /^[A-Za-z0-9+/]*={0,2}$/.test(body.deedPdfBase64)
    ? new Uint8Array(Buffer.from(body.deedPdfBase64, 'base64')) : new Uint8Array([0]);
  await recordService(app, request.params.caseId, bailiffId, { ...body, deed },
    app.config.bailiffApi.deedMaxBytes, options(request, body.version));
  return summaryAfter(app, request.params.caseId, bailiffId);
}

async function failedAttempt(app: App, request: FastifyRequest<{ Params: Params }>,
  bailiffId: string) {
  const body = parse(attemptBody, request.body);
  await recordFailedAttempt(app, request.params.caseId, bailiffId, body,
    options(request, body.version));
  return summaryAfter(app, request.params.caseId, bailiffId);
}

const invoiceMessages: Record<InvoiceErrorCode, [ApiErrorCode, string]> = {
  invalid_invoice: ['invalid_input', workMessages.invalid_input],
  not_your_case: ['not_allowed', 'Only the bailiff who recorded the service invoices the case.'],
  already_invoiced: ['already_invoiced', 'The case has another invoice; a disputed invoice '
    + 'can be cancelled with a credit note first.'],
  billing_details_missing: ['billing_details_missing', 'The invoicing details of the office or '
    + 'the municipality are not on record.'],
  not_found: ['assignment_not_found', 'The case has no invoice of this office.'],
  already_decided: ['not_allowed', workMessages.not_allowed],
  reason_required: ['invalid_input', workMessages.invalid_input],
  not_disputed: ['not_disputed', 'Only a disputed invoice can be cancelled by a credit note.'],
};

function invoiceApiError(error: InvoiceError): ApiError {
  const [code, message] = invoiceMessages[error.code];
  const fields = error.problems.map((problem) => {
    const [field = 'lines', what = 'invalid'] = problem.split(': ');
    return { field, problem: what };
  });
  return new ApiError(code, message, fields.length > 0 ? { fields } : {});
}

function invoiceUrls(id: string) {
  return { xmlUrl: `/invoices/${id}.xml` };
}

/**
 * The invoice of a case this office served. The same lines again answer the stored invoice
 * (200, nothing new); other lines are refused while the invoice stands.
 */
async function invoice(app: App, request: FastifyRequest<{ Params: Params }>, bailiffId: string,
  reply: FastifyReply) {
  const body = parse(invoiceBody, request.body);
  const assignment = await assignmentFor(app, request.params.caseId, bailiffId);
  const submitted = await submitInvoice({ db: app.db, now: app.clock.now() },
    { bailiffId, caseId: assignment.state.caseId, lines: body.lines as InvoiceLine[] });
  request.log.info({ caseId: assignment.state.caseId, created: submitted.created },
    'bailiff API invoice');
  return reply.code(submitted.created ? 201 : 200).send({ invoice: {
    id: submitted.id, number: submitted.number, payableCents: submitted.payableCents,
    status: submitted.created ? 'submitted' : await statusOf(app, submitted.id),
    ...invoiceUrls(submitted.id),
  } });
}

async function statusOf(app: App, invoiceId: string) {
  const row = await app.db.selectFrom('invoice').select('status').where('id', '=', invoiceId)
    .executeTakeFirstOrThrow();
  return row.status;
}

/** A credit note cancels the case's disputed invoice; a new invoice can then be submitted. */
async function creditNote(app: App, request: FastifyRequest<{ Params: Params }>,
  bailiffId: string, reply: FastifyReply) {
  parse(z.object({}).strict(), request.body);
  const assignment = await assignmentFor(app, request.params.caseId, bailiffId);
  const rows = await app.db.selectFrom('invoice').select(['id', 'status'])
    .where('case_id', '=', assignment.state.caseId).where('bailiff_id', '=', bailiffId)
    .orderBy('submitted_at', 'desc').execute();
  // The disputed invoice; else the last credited one, so that a repeated call answers the same.
  const target = rows.find((r) => r.status === 'disputed') ?? rows.find((r) => r.status === 'credited')
    ?? rows[0];
  if (!target) throw new InvoiceError('not_found');
  const issued = await creditInvoice({ db: app.db, now: app.clock.now() }, bailiffId, target.id);
  return reply.code(issued.created ? 201 : 200).send({ creditNote: {
    id: issued.id, number: issued.number, invoiceId: issued.invoiceId,
    xmlUrl: `/credit-notes/${issued.id}.xml`,
  } });
}
