/**
 * Which municipality's registrar receives the declaration (Civil Code, old art. 1476):
 *
 * - joint: where both partners are registered; failing that, where one of them is; failing
 *   that, the last place of registration of the cohabitation.
 * - unilateral: where both partners are registered; failing that, the declarant's
 *   municipality; failing that, the last place of registration.
 *
 * "Registered" means having a domicile in a Belgian municipality. Pure.
 */
import { RegisterError } from './errors.ts';
import type { Cohabitation, MunicipalityCode, NationalNumber } from './port.ts';

export type DeclarationPath = 'joint' | 'unilateral';

/** The part of a Person the rule needs: a Person fits. */
export interface Domicile {
  nationalNumber: NationalNumber;
  municipality: MunicipalityCode | null;
}

/** Which branch of the law decided. */
export type CompetenceGround =
  | 'both_registered'
  | 'one_registered'
  | 'declarant_registered'
  | 'last_registration';

export interface Competence {
  municipality: MunicipalityCode;
  ground: CompetenceGround;
  /**
   * Other municipalities the law allows as well. A joint declaration by partners registered
   * in two municipalities may go to either: the declarant's comes first, the other is here.
   */
  alternatives: MunicipalityCode[];
}

export interface CompetenceParties {
  declarant: Domicile;
  partner: Domicile;
}

/** Throws `not_a_partner` when the two people are not this cohabitation's partners. */
export function competentMunicipality(
  cohabitation: Cohabitation,
  parties: CompetenceParties,
  path: DeclarationPath,
): Competence {
  assertPartners(cohabitation, parties);
  const { declarant, partner } = parties;
  if (declarant.municipality !== null && declarant.municipality === partner.municipality) {
    return competence(declarant.municipality, 'both_registered');
  }
  const chosen = path === 'joint' ? jointFallback(declarant, partner)
    : unilateralFallback(declarant);
  return chosen ?? competence(cohabitation.municipality, 'last_registration');
}

function jointFallback(declarant: Domicile, partner: Domicile): Competence | null {
  const registered = [declarant.municipality, partner.municipality]
    .filter((m): m is MunicipalityCode => m !== null);
  const [first, ...others] = registered;
  return first === undefined ? null : competence(first, 'one_registered', others);
}

function unilateralFallback(declarant: Domicile): Competence | null {
  if (declarant.municipality === null) return null;
  return competence(declarant.municipality, 'declarant_registered');
}

function competence(
  municipality: MunicipalityCode,
  ground: CompetenceGround,
  alternatives: MunicipalityCode[] = [],
): Competence {
  return { municipality, ground, alternatives };
}

function assertPartners(cohabitation: Cohabitation, parties: CompetenceParties): void {
  const [a, b] = cohabitation.partners;
  const given = [parties.declarant.nationalNumber, parties.partner.nationalNumber];
  const same = (given[0] === a && given[1] === b) || (given[0] === b && given[1] === a);
  if (!same) throw new RegisterError('not_a_partner');
}
