import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { competentMunicipality, type DeclarationPath } from '../register/competent-municipality.ts';
import type { Cohabitation, NationalRegister, Person, ReadContext } from '../register/port.ts';
import { RegisterError } from '../register/errors.ts';
import { defaultSettings } from '../process/index.ts';
import type { RegisterFor } from './effects/register.ts';

/** A municipality that offers the service, as the start page shows it. */
export interface ServedMunicipality {
  code: string;
  name: { nl: string; fr: string; de: string; en: string };
  filingMode: 'online' | 'counter';
  jointFeeCents: number;
  depositCents: number;
  /** Calendar days the partner has to answer a joint declaration. */
  partnerAnswerDays: number;
}

/** What the start page can tell a signed-in person, before anything is started. */
export type StartOverview =
  | { kind: 'no_cohabitation' }
  | { kind: 'cohabitation_ended' }
  /** This person already opened a case for the cohabitation. */
  | { kind: 'case_already_open'; caseId: string }
  /** The other partner opened it: this person joins it as its partner. */
  | { kind: 'partner_case_open'; caseId: string }
  | { kind: 'municipality_not_served' }
  | { kind: 'ready'; partnerName: string; joint: ServedMunicipality;
      unilateral: ServedMunicipality };

const nameSchema = z.object({ nl: z.string(), fr: z.string(), de: z.string(), en: z.string() });
const settingsSchema = z.object({
  filingMode: z.enum(['online', 'counter']).default(defaultSettings.filingMode),
  jointFeeCents: z.number().int().min(0).default(defaultSettings.jointFeeCents),
  depositCents: z.number().int().min(0).default(defaultSettings.depositCents),
  partnerAnswerDays: z.number().int().min(1).default(defaultSettings.partnerAnswerDays),
});

/**
 * Reads the person's cohabitation and partner from the National Register (each read logged,
 * rule 6, with the purpose 'start page') and says whether and where a case can start.
 */
export async function startOverview(
  db: Db, registerFor: RegisterFor, person: string,
  /** Who reads: the person themself, or counter staff starting a case with them. */
  actor: ReadContext['actor'] = { role: 'declarant', id: person },
): Promise<StartOverview> {
  const register = registerFor(db);
  const context: ReadContext = { actor, purpose: 'start page' };
  const cohabitation = await cohabitationOf(register, person, context);
  if (!cohabitation) return { kind: 'no_cohabitation' };
  if (cohabitation.status !== 'active') return { kind: 'cohabitation_ended' };
  const open = await openCaseOf(db, cohabitation.id);
  if (open) {
    const kind = open.declarant === person ? 'case_already_open' : 'partner_case_open';
    return { kind, caseId: open.caseId };
  }
  return readyOverview(db, register, cohabitation, person, context);
}

async function readyOverview(
  db: Db, register: NationalRegister, cohabitation: Cohabitation, person: string,
  context: ReadContext,
): Promise<StartOverview> {
  const partnerId = cohabitation.partners.find((p) => p !== person) as string;
  const self = await register.findPerson(person, context);
  const partner = await register.findPerson(partnerId, context);
  const where = (path: DeclarationPath) => competentMunicipality(cohabitation, {
    declarant: { nationalNumber: person, municipality: self?.municipality ?? null },
    partner: { nationalNumber: partnerId, municipality: partner?.municipality ?? null },
  }, path).municipality;
  const joint = await servedMunicipality(db, where('joint'));
  const unilateral = await servedMunicipality(db, where('unilateral'));
  if (!joint || !unilateral) return { kind: 'municipality_not_served' };
  return { kind: 'ready', partnerName: fullName(partner), joint, unilateral };
}

/** First names and surname only: never the partner's address or contact details (rule 5). */
function fullName(person: Person | null): string {
  return person ? `${person.firstNames} ${person.surname}` : '';
}

async function cohabitationOf(
  register: NationalRegister, person: string, context: ReadContext,
): Promise<Cohabitation | null> {
  try {
    return await register.findCohabitation(person, context);
  } catch (error) {
    if (error instanceof RegisterError && error.code === 'person_not_found') return null;
    throw error;
  }
}

async function openCaseOf(db: Db, cohabitationId: string) {
  const row = await db.selectFrom('open_case')
    .innerJoin('case_snapshot', 'case_snapshot.case_id', 'open_case.case_id')
    .select(['open_case.case_id', 'case_snapshot.state'])
    .where('open_case.cohabitation_id', '=', cohabitationId).executeTakeFirst();
  if (!row) return null;
  const declarant = z.object({ declarant: z.string() }).parse(row.state).declarant;
  return { caseId: row.case_id, declarant };
}

/** The municipality and its settings, or null when it does not offer the service. */
export async function servedMunicipality(db: Db, code: string): Promise<ServedMunicipality | null> {
  const row = await db.selectFrom('municipality').select(['code', 'name', 'settings'])
    .where('code', '=', code).executeTakeFirst();
  if (!row) return null;
  const settings = settingsSchema.parse(row.settings);
  return { code: row.code, name: nameSchema.parse(row.name), ...settings };
}
