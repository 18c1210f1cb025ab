import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { JobHandler } from '../../engine/worker.ts';
import { queueDeliveries, type QueuedMessage } from '../../notifications/queue.ts';
import { messageTextsOf } from '../office/settings.ts';
import { caseState, effectOf } from './job-payload.ts';

type MessageRow = Omit<QueuedMessage, 'messageId'> & {
  caseId: string; template: string; idempotencyKey: string;
};

/**
 * Records the message (the portal's message box is the channel of record), then queues it on
 * its reader's outside channels, in the job's transaction: a crash undoes both, a retry finds
 * the message by its key and queues nothing twice.
 */
async function recordMessage(trx: Transaction<Database>, row: MessageRow, now: Date) {
  // A citizen's message keeps the municipality's own texts of this moment (a later change of
  // those texts does not rewrite what was sent).
  const citizen = row.recipient === 'declarant' || row.recipient === 'partner';
  const ownTexts = citizen ? await messageTextsOf(trx, row.municipality, row.template) : null;
  const inserted = await trx.insertInto('message').values({
    case_id: row.caseId, recipient: row.recipient, template: row.template,
    idempotency_key: row.idempotencyKey, created_at: now, person_id: row.personId,
    municipality: row.recipient === 'municipality' ? row.municipality : null,
    bailiff_id: row.bailiffId, own_texts: ownTexts && JSON.stringify(ownTexts),
  }).onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning('id').executeTakeFirst();
  const id = inserted?.id ?? (await trx.selectFrom('message').select('id')
    .where('idempotency_key', '=', row.idempotencyKey).executeTakeFirstOrThrow()).id;
  await queueDeliveries(trx, { ...row, messageId: Number(id) }, now);
}

/**
 * A message for the partner it is meant for, or a notice to the municipality or the bailiff.
 * The message is a template name: the words are rendered in the reader's language.
 */
export const notify: JobHandler = async (job, { trx, now }) => {
  const { caseId, effect } = effectOf(job, 'notify');
  const state = await caseState(trx, caseId);
  const personId = effect.recipient === 'declarant' ? state.declarant
    : effect.recipient === 'partner' ? state.partner : null;
  const bailiffId = effect.recipient === 'bailiff'
    ? effect.bailiffId ?? state.bailiff?.id ?? null : null;
  await recordMessage(trx, {
    caseId, recipient: effect.recipient, template: effect.template, personId, bailiffId,
    municipality: state.municipality, idempotencyKey: job.idempotencyKey,
  }, now);
};

/** A notice to the other municipality where a partner lives (the law's 8-day notice). */
export const notifyOtherMunicipality: JobHandler = async (job, { trx, now }) => {
  const { caseId, effect } = effectOf(job, 'notify_other_municipality');
  await recordMessage(trx, {
    caseId, recipient: 'municipality', template: effect.template, personId: null,
    bailiffId: null, municipality: effect.municipality, idempotencyKey: job.idempotencyKey,
  }, now);
};
