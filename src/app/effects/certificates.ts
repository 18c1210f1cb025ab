import { randomUUID } from 'node:crypto';
import type { CaseEngine } from '../../engine/case-engine.ts';
import type { JobHandler } from '../../engine/worker.ts';
import { systemActor, type CertificateKind } from '../../process/index.ts';
import { issueCopies, verificationCode } from '../certificates.ts';
import type { Db } from '../../db/database.ts';
import type { DocumentsPort } from '../documents.ts';
import { effectOf } from './job-payload.ts';
import type { RegisterFor } from './register.ts';

/** Rows written before the effect named its kinds issued these three. */
const firstKinds: readonly CertificateKind[] = ['receipt', 'declaration', 'termination'];

export interface CertificatePorts {
  engine: CaseEngine;
  documentsFor: (db: Db) => DocumentsPort;
  registerFor: RegisterFor;
  publicUrl: string;
}

/**
 * Issues the effect's certificates: a record in the case for each kind, and each holder's
 * own sealed copy with a verification code, in the job's transaction (a retry starts over).
 */
export function issueCertificates(ports: CertificatePorts): JobHandler {
  return async (job, { trx, now }) => {
    const { caseId, effect } = effectOf(job, 'issue_certificates');
    const kinds = effect.kinds ?? firstKinds;
    for (const kind of kinds) {
      const key = `${job.idempotencyKey}:${kind}`;
      const id = randomUUID();
      await trx.insertInto('certificate').values({
        id, case_id: caseId, kind, verification_code: verificationCode(), issued_at: now,
        idempotency_key: key,
      }).execute();
      const { state } = await ports.engine.executeIn(trx, {
        type: 'RecordCertificate', caseId, actor: systemActor, channel: 'system',
        certificateId: id, kind,
      }, { idempotencyKey: key, now });
      await issueCopies({ db: trx, documents: ports.documentsFor(trx),
        register: ports.registerFor(trx), publicUrl: ports.publicUrl },
      { id, kind, state, now });
    }
  };
}
