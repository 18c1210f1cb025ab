import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import type { CaseEngine } from '../engine/case-engine.ts';
import { EngineError } from '../engine/errors.ts';
import type { Actor, CaseCommand, CaseState, Channel } from '../process/index.ts';
import { competentMunicipality } from '../register/competent-municipality.ts';
import { isValidNationalNumber } from '../register/national-number.ts';
import type { Cohabitation, NationalRegister } from '../register/port.ts';
import type { RegisterFor } from './effects/register.ts';
import { settingsOf } from './municipalities.ts';
import { caseParties, casePartyRows } from './office/case-list.ts';

export const startCaseInput = z.object({
  /** The national number of the partner who starts. */
  declarant: z.string().refine(isValidNationalNumber, 'not a valid national number'),
  path: z.enum(['joint', 'unilateral']),
  channel: z.enum(['online', 'counter']),
  /** The declarant themself, or counter staff starting the case with them. */
  actor: z.object({ role: z.enum(['declarant', 'counter']), id: z.string().min(1) }),
});
export type StartCaseInput = z.infer<typeof startCaseInput>;

export type StartCaseResult =
  | { outcome: 'started'; caseId: string; version: number }
  /** The other partner had already started: this person is that case's partner. */
  | { outcome: 'joined'; caseId: string };

/**
 * Starts a case for a person's active legal cohabitation (rule 1): reads it from the National
 * Register, finds the competent municipality and its settings, and starts the case. When the
 * other partner already has an open case for this cohabitation, this person joins it; a
 * second start by the same declarant is refused.
 */
export async function startCase(
  db: Db, engine: CaseEngine, registerFor: RegisterFor, raw: StartCaseInput,
): Promise<StartCaseResult> {
  const input = startCaseInput.parse(raw);
  try {
    return await tryStart(db, engine, registerFor, input);
  } catch (error) {
    // Both partners starting at the same moment: the database let one case in; the
    // other start now finds it (and joins it, or is refused as a second start).
    const raced = error instanceof EngineError && error.code === 'case_already_open';
    if (!raced || db.isTransaction) throw error;
    return tryStart(db, engine, registerFor, input);
  }
}

/**
 * The register reads come first, each logged as it is made (rule 6: a read is logged even
 * when the start is then refused). The start itself is one statement: the case's events,
 * snapshot and read models with its partners for the office's list, so a case is never listed
 * without them.
 */
async function tryStart(
  db: Db, engine: CaseEngine, registerFor: RegisterFor, input: StartCaseInput,
): Promise<StartCaseResult> {
  const register = registerFor(db);
  const cohabitation = await activeCohabitation(register, input);
  const partner = cohabitation.partners.find((p) => p !== input.declarant) as string;
  const context = readContext(input.actor);
  const declarantPerson = await register.findPerson(input.declarant, context);
  const partnerPerson = await register.findPerson(partner, context);
  const parties = {
    declarant: { nationalNumber: input.declarant, municipality: declarantPerson?.municipality ?? null },
    partner: { nationalNumber: partner, municipality: partnerPerson?.municipality ?? null },
  };
  const competence = competentMunicipality(cohabitation, parties, input.path);
  const { open, settings } = await openCaseAndSettings(db, cohabitation.id, competence.municipality);
  if (open) return join(open, input.declarant);
  const caseId = randomUUID();
  const command: CaseCommand = {
    type: 'StartCase', caseId, actor: input.actor as Actor,
    channel: input.channel as Channel, declarant: input.declarant, partner,
    cohabitation: { id: cohabitation.id, status: cohabitation.status, partners: cohabitation.partners },
    municipality: competence.municipality,
    declarantMunicipality: parties.declarant.municipality ?? competence.municipality,
    partnerMunicipality: parties.partner.municipality ?? competence.municipality,
    path: input.path, settings,
  };
  // The partners as the office's case list shows and searches them, from the reads above.
  const options = { newCase: true, alongside: [caseParties(db, casePartyRows(caseId,
    competence.municipality, [
      { role: 'declarant', personId: input.declarant, person: declarantPerson },
      { role: 'partner', personId: partner, person: partnerPerson },
    ]))] };
  const result = db.isTransaction
    ? await engine.executeIn(db as Transaction<Database>, command, options)
    : await engine.execute(command, options);
  return { outcome: 'started', caseId, version: result.version };
}

function readContext(actor: StartCaseInput['actor']) {
  return { actor, purpose: 'start a case to end the legal cohabitation' };
}

async function activeCohabitation(
  register: NationalRegister, input: StartCaseInput,
): Promise<Cohabitation> {
  const cohabitation = await register.findCohabitation(input.declarant, readContext(input.actor));
  if (!cohabitation) {
    throw new EngineError('no_cohabitation', 'This person is not in a legal cohabitation.');
  }
  if (cohabitation.status !== 'active') {
    throw new EngineError('cohabitation_ended', 'This legal cohabitation has already ended.');
  }
  return cohabitation;
}

/** The cohabitation's open case, if any, and the settings of the municipality that would
 * take a new one, in one read. */
async function openCaseAndSettings(db: Db, cohabitationId: string, municipality: string) {
  const row = await db.selectNoFrom((eb) => [
    eb.selectFrom('open_case')
      .innerJoin('case_snapshot', 'case_snapshot.case_id', 'open_case.case_id')
      .select('case_snapshot.state').where('open_case.cohabitation_id', '=', cohabitationId)
      .as('open'),
    eb.selectFrom('municipality').select('settings').where('code', '=', municipality)
      .as('settings'),
  ]).executeTakeFirstOrThrow();
  const open = row.open as unknown as CaseState | null;
  if (open) return { open, settings: null };
  return { open, settings: settingsOf(municipality, row.settings) };
}

function join(open: CaseState, person: string): StartCaseResult {
  if (open.partner === person) return { outcome: 'joined', caseId: open.caseId };
  throw new EngineError('case_already_open',
    'A case to end this legal cohabitation is already open.', open.caseId);
}
