/**
 * Recording the end of a legal cohabitation by declaration, once per idempotency key: the
 * same key gives the same register reference again and changes nothing (rule 4).
 */
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { withTransaction } from '../../db/transaction.ts';
import { RegisterError } from '../../register/errors.ts';
import type { TerminationRecorded, TerminationRequest } from '../../register/port.ts';
import { assertAvailable, checkedDate, endCohabitation, isoDate } from './store.ts';

export async function recordTermination(
  db: Db,
  request: TerminationRequest,
): Promise<TerminationRecorded> {
  assertRequest(request);
  return withTransaction(db, async (trx) => {
    await assertAvailable(trx);
    const cohabitation = await lockCohabitation(trx, request.cohabitationId);
    const earlier = await trx.selectFrom('register_termination')
      .select(['cohabitation_id', 'register_reference'])
      .where('idempotency_key', '=', request.idempotencyKey).executeTakeFirst();
    if (earlier) return replay(earlier, request);
    if (cohabitation.status !== 'active') throw new RegisterError('cohabitation_already_ended');
    if (request.effectiveDate < cohabitation.started_on) {
      throw new RegisterError('invalid_request');
    }
    return endByDeclaration(trx, request);
  });
}

function assertRequest(request: TerminationRequest): void {
  checkedDate(request.effectiveDate);
  if (!/^\d{5}$/.test(request.registeringMunicipality ?? '')) {
    throw new RegisterError('invalid_request');
  }
  if (request.service) {
    checkedDate(request.service.date);
    if (request.service.place.trim() === '') throw new RegisterError('invalid_request');
  }
  const filled = [request.cohabitationId, request.caseId, request.idempotencyKey]
    .every((s) => typeof s === 'string' && s.trim() !== '');
  if (!filled) throw new RegisterError('invalid_request');
}

/** Locks the cohabitation's row: two calls for one cohabitation take turns. */
async function lockCohabitation(db: Db, id: string) {
  const row = await db.selectFrom('register_cohabitation')
    .select(['status', isoDate('started_on').as('started_on')])
    .where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw new RegisterError('cohabitation_not_found');
  return row;
}

function replay(
  earlier: { cohabitation_id: string; register_reference: string },
  request: TerminationRequest,
): TerminationRecorded {
  if (earlier.cohabitation_id !== request.cohabitationId) {
    throw new RegisterError('idempotency_conflict');
  }
  return { registerReference: earlier.register_reference };
}

async function endByDeclaration(
  db: Db,
  request: TerminationRequest,
): Promise<TerminationRecorded> {
  await endCohabitation(db, request.cohabitationId, request.effectiveDate, 'declaration');
  const registerReference = await nextReference(db, request.effectiveDate);
  await db.insertInto('register_termination').values({
    idempotency_key: request.idempotencyKey,
    cohabitation_id: request.cohabitationId,
    case_id: request.caseId,
    effective_date: request.effectiveDate,
    register_reference: registerReference,
    registering_municipality: request.registeringMunicipality,
    service_date: request.service?.date ?? null,
    service_place: request.service?.place ?? null,
  }).execute();
  return { registerReference };
}

/** 'NR-2025-000042': the year of the effective date and a running number. */
async function nextReference(db: Db, effectiveDate: string): Promise<string> {
  const result = await sql<{ n: string | number }>`
    select nextval('register_reference_number') as n`.execute(db);
  const n = String(result.rows[0]?.n ?? '');
  return `NR-${effectiveDate.slice(0, 4)}-${n.padStart(6, '0')}`;
}
