import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import type { JobHandler } from '../../engine/worker.ts';
import { trackingRecord, type CaseTracking } from '../case-tracking.ts';
import { caseState } from './job-payload.ts';
import { allStatuses } from '../../process/index.ts';

const payload = z.object({
  caseId: z.string().uuid(),
  version: z.number().int().positive(),
  effect: z.object({ status: z.enum(allStatuses), at: z.string().datetime() }),
});

/**
 * Publishes a status change through the case-tracking port: the status entered at that
 * version, with the case's actors and its documents so far as evidence.
 */
export function publishStatus(trackingFor: (db: Db) => CaseTracking): JobHandler {
  return async (job, { trx }) => {
    const { caseId, version, effect } = payload.parse(job.payload);
    const state = await caseState(trx, caseId);
    const listed = await trx.selectFrom('case_list').select('reference')
      .where('case_id', '=', caseId).executeTakeFirstOrThrow();
    const documents = await trx.selectFrom('document').select(['id', 'kind'])
      .where('case_id', '=', caseId).orderBy('created_at').execute();
    const record = trackingRecord(state, { version, ...effect }, listed.reference, documents);
    await trackingFor(trx).publish(record, job.idempotencyKey);
  };
}
