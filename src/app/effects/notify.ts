import type { JobHandler } from '../../engine/worker.ts';
import { caseState, effectOf } from './job-payload.ts';

/**
 * A message in the portal's message box (the channel of record) for the partner it is meant
 * for, or a notice to the municipality or the bailiff. The message is a template name: the
 * words are rendered in the reader's language when shown.
 */
export const notify: JobHandler = async (job, { trx, now }) => {
  const { caseId, effect } = effectOf(job, 'notify');
  const state = await caseState(trx, caseId);
  const target = {
    declarant: { person_id: state.declarant },
    partner: { person_id: state.partner },
    municipality: { municipality: state.municipality },
    bailiff: { bailiff_id: effect.bailiffId ?? state.bailiff?.id ?? null },
  }[effect.recipient];
  await trx.insertInto('message').values({
    case_id: caseId, recipient: effect.recipient, template: effect.template,
    idempotency_key: job.idempotencyKey, created_at: now, ...target,
  }).onConflict((oc) => oc.column('idempotency_key').doNothing()).execute();
};

/** A notice to the other municipality where a partner lives (the law's 8-day notice). */
export const notifyOtherMunicipality: JobHandler = async (job, { trx, now }) => {
  const { caseId, effect } = effectOf(job, 'notify_other_municipality');
  await trx.insertInto('message').values({
    case_id: caseId, recipient: 'municipality', municipality: effect.municipality,
    template: effect.template, idempotency_key: job.idempotencyKey, created_at: now,
  }).onConflict((oc) => oc.column('idempotency_key').doNothing()).execute();
};
