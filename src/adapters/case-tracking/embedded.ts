import type { Db } from '../../db/database.ts';
import type { CaseTracking, TrackingRecord } from '../../app/case-tracking.ts';

/** The embedded case-tracking adapter: keeps every record it gets, once per key. */
export function embeddedCaseTracking(db: Db, now: () => Date): CaseTracking {
  return {
    async publish(record: TrackingRecord, idempotencyKey: string) {
      await db.insertInto('case_tracking_publication').values({
        case_id: record.caseId, version: record.version, record: JSON.stringify(record),
        idempotency_key: idempotencyKey, published_at: now(),
      }).onConflict((oc) => oc.column('idempotency_key').doNothing()).execute();
    },
  };
}
