import { z } from 'zod';
import type { CaseEngine } from '../../engine/case-engine.ts';
import type { Db } from '../../db/database.ts';
import type { JobHandler } from '../../engine/worker.ts';
import { brusselsDate, isOpen, openStatuses, systemActor } from '../../process/index.ts';
import type { NationalRegister } from '../../register/port.ts';
import { caseState, effectOf } from './job-payload.ts';

export type RegisterFor = (db: Db) => NationalRegister;

const registerActor = { role: 'register', id: 'national-register' } as const;

/** Records the termination in the register, then in the case: it takes effect today. */
export function registerTermination(engine: CaseEngine, registerFor: RegisterFor): JobHandler {
  return async (job, { trx, now }) => {
    const { caseId } = effectOf(job, 'register_termination');
    const state = await caseState(trx, caseId);
    if (state.status !== 'registering') return; // withdrawn or lapsed meanwhile: nothing to record
    const { registerReference } = await registerFor(trx).recordTermination({
      cohabitationId: state.cohabitationId, effectiveDate: brusselsDate(now.toISOString()),
      caseId, idempotencyKey: job.idempotencyKey, registeringMunicipality: state.municipality,
      ...(state.service ? { service: { date: state.service.date, place: state.service.place } }
        : {}),
    });
    await engine.executeIn(trx, {
      type: 'RegisterTermination', caseId, actor: systemActor, channel: 'system',
      registerReference,
    }, { idempotencyKey: job.idempotencyKey, now });
  };
}

/** Reads both partners' households again after the termination (rule 6: the read is logged). */
export function refreshHousehold(engine: CaseEngine, registerFor: RegisterFor): JobHandler {
  return async (job, { trx, now }) => {
    const { caseId } = effectOf(job, 'refresh_household');
    const state = await caseState(trx, caseId);
    const register = registerFor(trx);
    const context = { actor: systemActor, caseId, purpose: 'household after termination' };
    const declarant = await register.household(state.declarant, context);
    await register.household(state.partner, context);
    const sharedAddress = declarant?.members
      .some((member) => member.nationalNumber === state.partner) ?? false;
    await engine.executeIn(trx, {
      type: 'RecordHouseholdRefresh', caseId, actor: systemActor, channel: 'system', sharedAddress,
    }, { idempotencyKey: job.idempotencyKey, now });
  };
}

const registerEvent = z.object({
  registerEventId: z.union([z.string(), z.number()]),
  type: z.enum(['marriage', 'death']),
  person: z.string().regex(/^\d{11}$/),
  occurredOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

/** A marriage or death in the register closes the person's open cases as lapsed (rule 8). */
export function lapseOnRegisterEvent(engine: CaseEngine): JobHandler {
  return async (job, { trx, now }) => {
    const event = registerEvent.parse(job.payload);
    const cases = await trx.selectFrom('person_case').select('case_id')
      .where('person_id', '=', event.person).where('status', 'in', [...openStatuses]).execute();
    for (const { case_id: caseId } of cases) {
      if (!isOpen((await caseState(trx, caseId)).status)) continue;
      await engine.executeIn(trx, {
        type: 'RecordLapse', caseId, actor: registerActor, channel: 'register',
        cause: event.type, person: event.person, eventDate: event.occurredOn,
      }, { idempotencyKey: `${job.idempotencyKey}:${caseId}`, now });
    }
  };
}
