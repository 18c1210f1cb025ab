import type { Db } from '../../db/database.ts';
import type { CaseTracking, TrackingRecord } from '../../app/case-tracking.ts';

/** The CloudEvents type of a status change (reverse-DNS of the product, then what happened). */
export const statusChangedType = 'be.beeindiging-wettelijke-samenwoning.case.status_changed';

/**
 * What the CRM gets of a status change. The CRM follows cases up, it does not identify people:
 * the event names the case (its id and reference), the municipality, the status, what is
 * expected and from whom (the role, not the person), and the kinds of documents so far. It
 * carries no national numbers, names, addresses or contact details; a CRM that needs the
 * person opens the case in the office.
 */
export interface StatusChangedData {
  caseId: string;
  reference: string;
  /** The case version at which the status changed; increases with every change of a case. */
  version: number;
  municipality: string;
  service: string;
  status: { code: string; open: boolean };
  changedAt: string;
  actionNeeded: { by: 'declarant' | 'partner'; action: string } | null;
  documents: { kind: string; identifier: string }[];
}

/** A CloudEvent 1.0 in structured JSON mode (`application/cloudevents+json`). */
export interface StatusChangedEvent {
  specversion: '1.0';
  id: string;
  source: string;
  type: typeof statusChangedType;
  subject: string;
  time: string;
  datacontenttype: 'application/json';
  /** The CloudEvents sequence extension: the case version, as a string. */
  sequence: string;
  data: StatusChangedData;
}

export const cloudEventsContentType = 'application/cloudevents+json';

/**
 * The event of one status change. Its id is the change's idempotency key (the case and its
 * version), so that every try of the same change carries the same id and a receiver can
 * drop what it already has. The source is the municipality's instance of the service.
 */
export function statusChangedEvent(
  record: TrackingRecord, eventId: string, publicUrl: string,
): StatusChangedEvent {
  const municipality = record.competentAuthority.municipality;
  return {
    specversion: '1.0',
    id: eventId,
    source: `${publicUrl.replace(/\/$/, '')}/municipalities/${municipality}`,
    type: statusChangedType,
    subject: record.identifier,
    time: record.changedAt,
    datacontenttype: 'application/json',
    sequence: String(record.version),
    data: {
      caseId: record.caseId, reference: record.identifier, version: record.version,
      municipality, service: record.service.identifier,
      status: { code: record.status.code, open: record.status.open },
      changedAt: record.changedAt, actionNeeded: record.actionNeeded,
      documents: record.evidence.map((e) => ({ kind: e.kind, identifier: e.identifier })),
    },
  };
}

/**
 * The CRM adapter of the case-tracking port: a status change becomes a CloudEvent queued for
 * delivery, in the transaction of the job that publishes it (so a change is queued exactly
 * when its job is done). The CRM sender delivers the queue. Once per key: the same change
 * published again changes nothing.
 */
export function crmCaseTracking(
  db: Db, options: { publicUrl: string; now: () => Date },
): CaseTracking {
  return {
    async publish(record: TrackingRecord, idempotencyKey: string) {
      const event = statusChangedEvent(record, idempotencyKey, options.publicUrl);
      const now = options.now();
      await db.insertInto('crm_delivery').values({
        event_id: event.id, case_id: record.caseId, municipality: event.data.municipality,
        case_reference: record.identifier, sequence: record.version,
        case_status: record.status.code, event: JSON.stringify(event), status: 'pending',
        next_attempt_at: now, created_at: now, updated_at: now,
      }).onConflict((oc) => oc.column('event_id').doNothing()).execute();
    },
  };
}

/** Publishes each record through every port given, in turn (the portal's and the CRM's). */
export function everyCaseTracking(...ports: CaseTracking[]): CaseTracking {
  return {
    async publish(record: TrackingRecord, idempotencyKey: string) {
      for (const port of ports) await port.publish(record, idempotencyKey);
    },
  };
}
