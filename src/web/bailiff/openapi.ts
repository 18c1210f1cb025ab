/**
 * The bailiff API's OpenAPI 3.1 description, written by hand beside the routes; a test checks
 * that it describes exactly the routes the server has (`apiRoutes`).
 */
export function openApiDocument(audience: string, issuer: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Bailiff API: service of unilateral declarations ending a legal cohabitation',
      version: '1.0.0',
      description: 'For bailiffs\' offices\' own software: the assignments the municipality gave '
        + 'the office, and the same acts as the bailiff\'s pages (accept, decline, record the '
        + 'service with the deed as a PDF in base64, record a failed attempt), and the invoice '
        + 'of a served case (UBL 2.1, Peppol BIS Billing 3.0), cancelled by a credit note when '
        + 'the municipality disputes it. Authenticate with '
        + 'OAuth2 client credentials at the authorization server; the access token is a JWT for '
        + `the audience ${audience}. POSTs take an optional Idempotency-Key header.`,
    },
    servers: [{ url: '/api/bailiff/v1' }],
    security: [{ clientCredentials: ['bailiff'] }],
    paths: {
      '/assignments': {
        get: op('listAssignments', 'The office\'s assignments, the most urgent first.',
          { 200: json('AssignmentList') }),
      },
      '/assignments/{caseId}': {
        get: op('getAssignment', 'One assignment with what is needed to serve it; the register '
          + 'read of the partner is logged with the office as reader.',
        { 200: json('AssignmentDetail'), 404: error() }, true),
      },
      '/assignments/{caseId}/declaration': {
        get: op('getDeclaration', 'The sealed declaration to serve, as PDF.', {
          200: { description: 'The PDF.', content: { 'application/pdf': {
            schema: { type: 'string', contentMediaType: 'application/pdf' } } } },
          404: error(),
        }, true),
      },
      '/assignments/{caseId}/accept': {
        post: op('acceptAssignment', 'Accept the assignment.', acted(),
          true, body('VersionOnly')),
      },
      '/assignments/{caseId}/decline': {
        post: op('declineAssignment', 'Decline: the process engages the next bailiff, after '
          + 'which the case answers 404 to this office.', acted(), true, body('Decline')),
      },
      '/assignments/{caseId}/service': {
        post: op('recordService', 'Record the service with the deed (a PDF, base64, at most the '
          + 'configured size, 10 MB by default).', { ...acted(), 413: error() }, true,
        body('Service')),
      },
      '/assignments/{caseId}/failed-attempts': {
        post: op('recordFailedAttempt', 'Record a failed attempt with its reason; the 8-day '
          + 'clock runs on.', acted(), true, body('FailedAttempt')),
      },
      '/assignments/{caseId}/invoice': {
        post: op('submitInvoice', 'Submit the invoice of a case this office served: fees and '
          + 'costs in integer cents excluding VAT. The product issues it as UBL 2.1 (Peppol BIS '
          + 'Billing 3.0). Idempotent: the same lines again answer the stored invoice (200); '
          + 'other lines are refused (already_invoiced) unless the invoice was credited.', {
          201: json('InvoiceResult'), 200: json('InvoiceResult'), 400: error(), 404: error(),
          409: error(),
        }, true, body('Invoice')),
      },
      '/assignments/{caseId}/invoice/credit-note': {
        post: op('creditInvoice', 'Cancel the case\'s disputed invoice in full with a credit '
          + 'note (UBL 2.1 CreditNote, Peppol BIS Billing 3.0); a corrected invoice can then be '
          + 'submitted. Repeated: the same credit note (200).', {
          201: json('CreditNoteResult'), 200: json('CreditNoteResult'), 400: error(),
          404: error(), 409: error(),
        }, true, body('Empty')),
      },
    },
    components: {
      securitySchemes: {
        clientCredentials: { type: 'oauth2', flows: { clientCredentials: {
          tokenUrl: `${issuer}/token`, scopes: { bailiff: 'The office\'s assignments' } } } },
      },
      parameters: {
        caseId: { name: 'caseId', in: 'path', required: true,
          schema: { type: 'string', format: 'uuid' } },
      },
      schemas: schemas(),
    },
  };
}

type Responses = Record<number, object>;

function op(operationId: string, summary: string, responses: Responses, withCase = false,
  requestBody?: object) {
  return {
    operationId, summary,
    ...(withCase ? { parameters: [{ $ref: '#/components/parameters/caseId' }] } : {}),
    ...(requestBody ? { requestBody } : {}),
    responses: { ...responses, 401: error(), 403: error() },
  };
}

function ref(name: string) {
  return { $ref: `#/components/schemas/${name}` };
}

function json(name: string) {
  return { description: 'OK', content: { 'application/json': { schema: ref(name) } } };
}

function error() {
  return { description: 'An error: { error, message }.',
    content: { 'application/json': { schema: ref('Error') } } };
}

function body(name: string) {
  return { required: true, content: { 'application/json': { schema: ref(name) } } };
}

function acted(): Responses {
  return { 200: json('ActResult'), 400: error(), 404: error(), 409: error() };
}

const text = { type: 'string' };
const date = { type: 'string', format: 'date' };
const version = { type: 'integer', minimum: 1,
  description: 'The case version read; another current version answers version_conflict.' };

function schemas() {
  return {
    Error: { type: 'object', required: ['error', 'message'], properties: {
      error: { type: 'string', enum: ['token_missing', 'token_invalid', 'client_not_registered',
        'assignment_not_found', 'invalid_input', 'invalid_json', 'payload_too_large',
        'not_allowed', 'version_conflict', 'already_invoiced', 'billing_details_missing',
        'not_disputed', 'not_found'] },
      message: text,
      fields: { type: 'array', items: { type: 'object', properties: { field: text,
        problem: text } } },
    } },
    Assignment: { type: 'object', properties: {
      caseId: { type: 'string', format: 'uuid' }, reference: text, municipality: text,
      status: text,
      assignment: { type: 'string', enum: ['engaged', 'accepted', 'declined', 'replaced'] },
      engagedAt: { type: 'string', format: 'date-time' },
      serviceDueAt: { type: ['string', 'null'], format: 'date-time' },
      warningAt: { type: ['string', 'null'], format: 'date-time' },
      urgency: { enum: ['overdue', 'due_soon', null] },
      servedOn: { type: ['string', 'null'], format: 'date' },
      version: { type: 'integer' },
    } },
    AssignmentList: { type: 'object', properties: {
      assignments: { type: 'array', items: ref('Assignment') } } },
    AssignmentDetail: { type: 'object', properties: {
      assignment: ref('Assignment'),
      personToServe: { type: ['object', 'null'], properties: { name: text,
        address: { type: ['array', 'null'], items: text } } },
      declaration: { type: ['object', 'null'], properties: { url: text } },
      receiptDate: { type: ['string', 'null'], format: 'date' },
      failedAttempts: { type: 'array', items: { type: 'object', properties: { date, reason: text } } },
      service: { type: ['object', 'null'] },
      deeds: { type: 'array', items: { type: 'object', properties: { deedReference: text,
        sha256: text, sizeBytes: { type: 'integer' }, uploadedAt: text } } },
    } },
    ActResult: { type: 'object', properties: {
      assignment: { description: 'The assignment after the act; null when it is no longer the '
        + 'office\'s.', oneOf: [ref('Assignment'), { type: 'null' }] } } },
    VersionOnly: { type: 'object', additionalProperties: false, properties: { version } },
    Decline: { type: 'object', additionalProperties: false, properties: {
      reason: { type: 'string', maxLength: 1000 }, version } },
    Service: { type: 'object', additionalProperties: false,
      required: ['serviceDate', 'place', 'mode', 'deedReference', 'deedPdfBase64'], properties: {
        serviceDate: date, place: { type: 'string', maxLength: 200 },
        mode: { type: 'string', enum: ['in_person', 'at_address', 'electronic',
          'public_prosecutor'] },
        deedReference: { type: 'string', maxLength: 100 },
        deedPdfBase64: { type: 'string', contentEncoding: 'base64',
          contentMediaType: 'application/pdf' },
        version,
      } },
    InvoiceLine: { type: 'object', additionalProperties: false,
      required: ['kind', 'description', 'quantity', 'unitCode', 'unitPriceCents', 'vatCategory',
        'vatRatePercent'], properties: {
        kind: { type: 'string', enum: ['fee', 'cost'] },
        description: { type: 'string', maxLength: 200 },
        quantity: { type: 'number', exclusiveMinimum: 0, maximum: 10000,
          description: 'At most three decimals.' },
        unitCode: { type: 'string', enum: ['C62', 'KMT', 'H87'] },
        unitPriceCents: { type: 'integer', minimum: 0, maximum: 10000000,
          description: 'Net unit price in integer cents.' },
        vatCategory: { type: 'string', enum: ['S', 'Z', 'E'] },
        vatRatePercent: { type: 'integer', enum: [0, 6, 12, 21] },
      } },
    Invoice: { type: 'object', additionalProperties: false, required: ['lines'], properties: {
      lines: { type: 'array', minItems: 1, maxItems: 100, items: ref('InvoiceLine') } } },
    InvoiceResult: { type: 'object', properties: { invoice: { type: 'object', properties: {
      id: { type: 'string', format: 'uuid' }, number: text,
      payableCents: { type: 'integer' },
      status: { type: 'string', enum: ['submitted', 'approved', 'disputed', 'credited'] },
      xmlUrl: text,
    } } } },
    CreditNoteResult: { type: 'object', properties: { creditNote: { type: 'object', properties: {
      id: { type: 'string', format: 'uuid' }, number: text,
      invoiceId: { type: 'string', format: 'uuid' }, xmlUrl: text,
    } } } },
    Empty: { type: 'object', additionalProperties: false, properties: {} },
    FailedAttempt: { type: 'object', additionalProperties: false,
      required: ['attemptDate', 'reason'], properties: {
        attemptDate: date, reason: { type: 'string', maxLength: 1000 }, version } },
  };
}
