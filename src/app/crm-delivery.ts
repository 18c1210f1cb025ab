import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import type { Clock } from '../engine/clock.ts';
import type { Logger } from '../log.ts';
import { crmCaseTracking, statusChangedType } from '../adapters/case-tracking/cloudevents.ts';
import { CrmSender } from '../adapters/case-tracking/crm-sender.ts';
import { verifyWebhook } from '../adapters/case-tracking/standard-webhooks.ts';
import type { CaseTracking } from './case-tracking.ts';

/** The CRM link of the app: its case-tracking adapter and the sender of its queue. */
export interface Crm {
  /** Queues each status change for the CRM, in the publishing job's transaction. */
  trackingFor: (db: Db) => CaseTracking;
  sender: CrmSender;
  /** Where events go: CRM_URL, or the embedded receiver at PUBLIC_URL/crm/events. */
  url: string;
  embedded: boolean;
  secret: string;
}

export function createCrm(config: Config, db: Db, clock: Clock, log: Logger): Crm {
  const publicUrl = config.publicUrl.replace(/\/$/, '');
  const url = config.crm.url ?? `${publicUrl}/crm/events`;
  const sender = new CrmSender(db, clock, {
    url, secret: config.crm.secret, pollMs: Math.max(config.worker.pollMs, 500),
    batch: config.worker.batch, maxAttempts: config.crm.failedAfterAttempts,
    failedRetryMs: config.crm.failedRetryMs, leaseMs: 60_000, timeoutMs: 10_000,
  }, log);
  return {
    trackingFor: (executor) => crmCaseTracking(executor, { publicUrl, now: () => clock.now() }),
    sender, url, embedded: config.crm.url === undefined, secret: config.crm.secret,
  };
}

export type ReceiveOutcome =
  | { status: 200; outcome: 'stored' | 'repeated' }
  | { status: 400; reason: 'not_cloudevents' | 'malformed' }
  | { status: 401; reason: 'missing_headers' | 'bad_signature' | 'stale_timestamp' };

/**
 * The embedded CRM receiver takes one call: the signature and its timestamp first (401), then
 * a structured CloudEvent 1.0 (400 otherwise); an event id it already has is counted, not
 * stored again.
 */
export async function receiveCrmEvent(db: Db, call: {
  rawBody: string; contentType: string;
  headers: Record<string, string | string[] | undefined>; now: Date; secret: string;
}): Promise<ReceiveOutcome> {
  const check = verifyWebhook(call.headers, call.rawBody, call.now, call.secret);
  if (!check.ok) return { status: 401, reason: check.reason };
  if (!call.contentType.toLowerCase().startsWith('application/cloudevents+json')) {
    return { status: 400, reason: 'not_cloudevents' };
  }
  const event = parseEvent(call.rawBody);
  if (!event || event.id !== check.id) return { status: 400, reason: 'malformed' };
  const data = event.type === statusChangedType ? event.data : {};
  const sequence = Number(event['sequence']);
  const stored = await db.insertInto('crm_received_event').values({
    event_id: event.id, source: event.source, type: event.type,
    subject: typeof event.subject === 'string' ? event.subject : null,
    municipality: text(data['municipality']),
    case_status: text((data['status'] as Record<string, unknown> | undefined)?.['code']),
    sequence: Number.isInteger(sequence) && sequence > 0 ? sequence : null,
    event: JSON.stringify(event), received_at: call.now,
  }).onConflict((oc) => oc.column('event_id').doUpdateSet((eb) => ({
    times_received: eb('crm_received_event.times_received', '+', 1),
  }))).returning('times_received').executeTakeFirstOrThrow();
  return { status: 200, outcome: stored.times_received === 1 ? 'stored' : 'repeated' };
}

interface ParsedEvent extends Record<string, unknown> {
  id: string; source: string; type: string; subject?: unknown;
  data: Record<string, unknown>;
}

function parseEvent(rawBody: string): ParsedEvent | undefined {
  let value: unknown;
  try {
    value = JSON.parse(rawBody);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const event = value as Record<string, unknown>;
  const required = ['id', 'source', 'type'].every((name) =>
    typeof event[name] === 'string' && event[name] !== '');
  if (event['specversion'] !== '1.0' || !required) return undefined;
  const data = typeof event['data'] === 'object' && event['data'] !== null
    ? event['data'] as Record<string, unknown> : {};
  return { ...event, data } as ParsedEvent;
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value.slice(0, 200) : null;
}

/** What the embedded receiver got for the municipality, newest first. */
export async function receivedEvents(db: Db, municipality: string, limit = 100) {
  const rows = await db.selectFrom('crm_received_event')
    .select(['event_id', 'type', 'subject', 'case_status', 'sequence', 'times_received',
      'received_at'])
    .where('municipality', '=', municipality)
    .orderBy('received_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return rows.map((row) => ({
    eventId: row.event_id, type: row.type, reference: row.subject, status: row.case_status,
    sequence: row.sequence, timesReceived: Number(row.times_received),
    receivedAt: new Date(row.received_at),
  }));
}

export interface CaseQueue {
  caseId: string;
  reference: string;
  delivered: number;
  waiting: number;
  /** The change that goes next, when one is waiting. */
  next: {
    sequence: number; status: 'pending' | 'failed'; caseStatus: string; attempts: number;
    nextAttemptAt: Date; lastError: string | null;
  } | null;
}

/**
 * The delivery queue per case of the municipality: cases with a change still to go first
 * (failed ones before pending ones), then the most recently delivered.
 */
export async function deliveryQueue(db: Db, municipality: string, limit = 100) {
  const counts = await db.selectFrom('crm_delivery')
    .select(['case_id', 'case_reference'])
    .select((eb) => [
      eb.fn.countAll<number>().filterWhere('status', '=', 'delivered').as('delivered'),
      eb.fn.countAll<number>().filterWhere('status', '<>', 'delivered').as('waiting'),
      eb.fn.max('updated_at').as('last_change'),
    ])
    .where('municipality', '=', municipality)
    .groupBy(['case_id', 'case_reference'])
    .orderBy((eb) => eb.fn.countAll().filterWhere('status', '=', 'failed'), 'desc')
    .orderBy((eb) => eb.fn.countAll().filterWhere('status', '<>', 'delivered'), 'desc')
    .orderBy('last_change', 'desc').limit(limit).execute();
  const caseIds = counts.map((row) => row.case_id);
  const open = caseIds.length === 0 ? [] : await db.selectFrom('crm_delivery')
    .select(['case_id', 'sequence', 'status', 'case_status', 'attempts', 'next_attempt_at',
      'last_error'])
    .where('case_id', 'in', caseIds).where('status', '<>', 'delivered')
    .orderBy('case_id').orderBy('sequence').execute();
  return counts.map((row): CaseQueue => {
    const next = open.find((change) => change.case_id === row.case_id);
    return {
      caseId: row.case_id, reference: row.case_reference,
      delivered: Number(row.delivered), waiting: Number(row.waiting),
      next: next && next.status !== 'delivered' ? {
        sequence: next.sequence, status: next.status, caseStatus: next.case_status,
        attempts: next.attempts, nextAttemptAt: new Date(next.next_attempt_at),
        lastError: next.last_error,
      } : null,
    };
  });
}
