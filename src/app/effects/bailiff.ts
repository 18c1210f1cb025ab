import type { CaseEngine } from '../../engine/case-engine.ts';
import type { JobHandler } from '../../engine/worker.ts';
import { systemActor } from '../../process/index.ts';
import { caseState, effectOf } from './job-payload.ts';

export class NoBailiffAvailableError extends Error {
  constructor(readonly district: string) {
    super(`No bailiff is available in judicial district ${district}.`);
    this.name = 'NoBailiffAvailableError';
  }
}

/**
 * Engages the next bailiff of the municipality's judicial district in turn (the one engaged
 * longest ago), skipping those marked unavailable and those who already declined this case.
 * With none left the job fails, is retried, and ends as an incident staff see.
 */
export function engageBailiff(engine: CaseEngine): JobHandler {
  return async (job, { trx, now }) => {
    const { caseId, effect } = effectOf(job, 'engage_bailiff');
    const state = await caseState(trx, caseId);
    if (state.status !== 'awaiting_service') return; // closed meanwhile: nobody to engage
    const municipality = await trx.selectFrom('municipality').select('judicial_district')
      .where('code', '=', state.municipality).executeTakeFirstOrThrow();
    let query = trx.selectFrom('bailiff').select('id')
      .where('judicial_district', '=', municipality.judicial_district)
      .where('available', '=', true);
    if (effect.excludeBailiffIds.length > 0) {
      query = query.where('id', 'not in', effect.excludeBailiffIds);
    }
    const bailiff = await query.orderBy('last_engaged_at', (ob) => ob.asc().nullsFirst())
      .orderBy('id').limit(1).forUpdate().executeTakeFirst();
    if (!bailiff) throw new NoBailiffAvailableError(municipality.judicial_district);
    await trx.updateTable('bailiff').set({ last_engaged_at: now })
      .where('id', '=', bailiff.id).execute();
    await engine.executeIn(trx, {
      type: 'EngageBailiff', caseId, actor: systemActor, channel: 'system', bailiffId: bailiff.id,
    }, { idempotencyKey: job.idempotencyKey, now });
  };
}
