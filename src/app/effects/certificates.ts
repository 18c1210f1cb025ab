import { randomBytes, randomUUID } from 'node:crypto';
import type { CaseEngine } from '../../engine/case-engine.ts';
import type { JobHandler } from '../../engine/worker.ts';
import { systemActor, type CertificateKind } from '../../process/index.ts';
import { effectOf } from './job-payload.ts';

const kinds: readonly CertificateKind[] = ['receipt', 'declaration', 'termination'];

/** A verification code people can type: 12 characters without look-alikes, in 3 groups. */
export function verificationCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const chars = [...randomBytes(12)].map((b) => alphabet[b % alphabet.length]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

/**
 * Issues the case's certificates (receipt, declaration, termination) as records with a
 * verification code, and records each in the case.
 * Limitation: the sealed PDF documents themselves are not produced yet (see the README).
 */
export function issueCertificates(engine: CaseEngine): JobHandler {
  return async (job, { trx, now }) => {
    const { caseId } = effectOf(job, 'issue_certificates');
    for (const kind of kinds) {
      const key = `${job.idempotencyKey}:${kind}`;
      const id = randomUUID();
      await trx.insertInto('certificate').values({
        id, case_id: caseId, kind, verification_code: verificationCode(), issued_at: now,
        idempotency_key: key,
      }).execute();
      await engine.executeIn(trx, {
        type: 'RecordCertificate', caseId, actor: systemActor, channel: 'system',
        certificateId: id, kind,
      }, { idempotencyKey: key, now });
    }
  };
}
