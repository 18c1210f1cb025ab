import { z } from 'zod';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Effect, CaseState } from '../../process/index.ts';
import type { Job } from '../../engine/worker.ts';

/** The payload the engine writes for each effect (see writeOutbox). */
const effectPayload = z.object({
  caseId: z.string().uuid(),
  version: z.number().int().positive(),
  event: z.string(),
  effect: z.object({ kind: z.string() }).passthrough(),
});

/** Reads an effect job's payload back, checked, with the effect of the expected kind. */
export function effectOf<K extends Effect['kind']>(
  job: Job, kind: K,
): { caseId: string; version: number; effect: Extract<Effect, { kind: K }> } {
  const payload = effectPayload.parse(job.payload);
  if (payload.effect.kind !== kind) {
    throw new Error(`Outbox row ${job.id} holds a ${payload.effect.kind} effect, not ${kind}.`);
  }
  return {
    caseId: payload.caseId,
    version: payload.version,
    effect: payload.effect as unknown as Extract<Effect, { kind: K }>,
  };
}

/** The case's current state, read inside the job's transaction. */
export async function caseState(trx: Transaction<Database>, caseId: string): Promise<CaseState> {
  const row = await trx.selectFrom('case_snapshot').select('state')
    .where('case_id', '=', caseId).executeTakeFirstOrThrow();
  return row.state as unknown as CaseState;
}
