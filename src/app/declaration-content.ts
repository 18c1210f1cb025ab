import type { Db } from '../db/database.ts';
import type { CaseState } from '../process/index.ts';
import type { Address, Person, ReadContext } from '../register/port.ts';
import type { CaseRole } from './case-access.ts';
import type { DeclarationPartner } from './documents.ts';
import type { RegisterFor } from './effects/register.ts';
import { servedMunicipality } from './start-overview.ts';

/** What the declaration says of the partners and where it is filed, read from the register. */
export interface DeclarationDetails {
  kind: 'joint' | 'unilateral';
  municipality: { code: string; name: { nl: string; fr: string; de: string; en: string } };
  declarant: DeclarationPartner;
  partner: DeclarationPartner;
}

/**
 * Reads both partners from the National Register for the declaration (each read logged with
 * the case and the purpose 'declaration', rule 6). Both partners read and download the
 * declaration, so a domicile is printed in full only when they share it; partners who live
 * apart see each other's city only (rule 5: no new address of the other partner). The
 * registrar has both full domiciles from the register.
 */
export async function declarationDetails(
  db: Db, registerFor: RegisterFor, state: CaseState, reader: { role: CaseRole; id: string },
): Promise<DeclarationDetails> {
  const register = registerFor(db);
  const context: ReadContext = { actor: reader, caseId: state.caseId, purpose: 'declaration' };
  const declarant = await register.findPerson(state.declarant, context);
  const partner = await register.findPerson(state.partner, context);
  const municipality = await servedMunicipality(db, state.municipality);
  const name = municipality?.name ?? sameName(state.municipality);
  const shared = sameAddress(declarant?.address ?? null, partner?.address ?? null);
  return {
    kind: state.path, municipality: { code: state.municipality, name },
    declarant: partnerOf(declarant, shared), partner: partnerOf(partner, shared),
  };
}

function sameName(code: string) {
  return { nl: code, fr: code, de: code, en: code };
}

function partnerOf(person: Person | null, sharedAddress: boolean): DeclarationPartner {
  const address = person?.address ?? null;
  return {
    surname: person?.surname ?? '', firstNames: person?.firstNames ?? '',
    birthPlace: person?.birthPlace ?? '', birthDate: person?.birthDate ?? '',
    domicile: !address ? [] : sharedAddress ? addressLines(address) : [address.city],
  };
}

function sameAddress(a: Address | null, b: Address | null): boolean {
  return a !== null && b !== null && addressLines(a).join() === addressLines(b).join();
}

/** An address as the lines of a letter: street, number and box; postal code and city. */
export function addressLines(address: Address): string[] {
  const box = address.box ? ` ${address.box}` : '';
  return [`${address.street} ${address.number}${box}`, `${address.postalCode} ${address.city}`];
}

/** First names and surname, as printed under a signature. */
export function personName(partner: DeclarationPartner): string {
  return `${partner.firstNames} ${partner.surname}`.trim();
}
