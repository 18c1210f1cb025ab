import type { CaseEngine } from '../engine/case-engine.ts';
import type { FailureHook } from '../engine/worker.ts';
import type { Logger } from '../log.ts';
import { ProcessError, systemActor } from '../process/index.ts';

/** The outbox rows that write to, or read from, the National Register for a case. */
const registerKinds: ReadonlySet<string> = new Set(['register_termination', 'refresh_household']);

/**
 * While the register is down or slow the case waits and its row is tried again; once a row
 * has failed for `alertAfterMs` (or has become an incident sooner), the registrar gets one
 * follow-up task (register_failure) on the case. The register's writes are idempotent by
 * key, so the tries that follow record nothing twice.
 */
export function registerFailureAlerts(
  engine: CaseEngine, alertAfterMs: number, log: Logger,
): FailureHook {
  return async ({ job, incident, failingForMs, now }) => {
    if (!registerKinds.has(job.kind) || job.caseId === null) return;
    if (!incident && failingForMs < alertAfterMs) return;
    try {
      const result = await engine.execute({
        type: 'RaiseFollowUp', caseId: job.caseId, actor: systemActor, channel: 'system',
        topic: 'register_failure',
        reason: `The National Register has not taken ${job.kind} for ${Math.round(
          failingForMs / 60_000)} minutes; the case tries again by itself.`,
      }, { idempotencyKey: `register-failure:${job.id}`, now });
      if (!result.replayed) log.warn({ caseId: job.caseId, kind: job.kind }, 'register failure: staff told');
    } catch (error) {
      if (!(error instanceof ProcessError)) throw error;
      log.info({ caseId: job.caseId, code: error.code }, 'register failure: no follow-up possible');
    }
  };
}
