import { createHmac } from 'node:crypto';
import { demoPeople, type DemoPerson } from '../register-simulator/demo-people.ts';

/**
 * The embedded provider's accounts: the register simulator's demo people. The subject
 * (`sub`) is pseudonymous (an HMAC of the national number with a secret made at first
 * start), stable across restarts; the national number travels in the `egovNRN` claim, as
 * with the federal login.
 */
export type DemoAccount = CitizenAccount | ProfessionalAccount;

export interface CitizenAccount {
  kind: 'citizen';
  sub: string;
  person: DemoPerson;
}

/**
 * A professional at the embedded provider: a bailiff of a bailiff's office, or a member of a
 * municipality's staff with one role. Their claims carry the role and the organisation.
 */
export interface ProfessionalAccount {
  kind: 'professional';
  sub: string;
  profile: ProfessionalProfile;
}

export interface ProfessionalProfile {
  /** A stable name of the account, made into its subject. */
  login: string;
  firstNames: string;
  surname: string;
  /** 'bailiff', or staff roles: 'counter', 'civil_affairs', 'registrar', 'administrator'. */
  roles: string[];
  /** The bailiff's office, for a bailiff. */
  bailiffId?: string;
  /** The municipality's NIS code, for staff. */
  municipality?: string;
  /** The organisation's name, shown on the picker. */
  organisation: string;
}

function subjectOf(subjectSalt: string, value: string): string {
  return createHmac('sha256', subjectSalt).update(value).digest('base64url').slice(0, 27);
}

export function demoAccounts(
  subjectSalt: string, professionals: ProfessionalProfile[] = [],
): DemoAccount[] {
  const citizens: DemoAccount[] = demoPeople.map((person) => ({
    kind: 'citizen', sub: subjectOf(subjectSalt, person.nationalNumber), person,
  }));
  return [...citizens, ...professionals.map((profile): DemoAccount => ({
    kind: 'professional', sub: subjectOf(subjectSalt, `professional:${profile.login}`), profile,
  }))];
}

/** The claims an account releases, per scope: see `claimsByScope`. */
export function accountClaims(account: DemoAccount): { sub: string } & Record<string, unknown> {
  if (account.kind === 'professional') {
    const { profile } = account;
    return {
      sub: account.sub, given_name: profile.firstNames, family_name: profile.surname,
      roles: profile.roles, organisation: profile.organisation,
      ...(profile.bailiffId ? { bailiff_id: profile.bailiffId } : {}),
      ...(profile.municipality ? { municipality: profile.municipality } : {}),
    };
  }
  return {
    sub: account.sub,
    egovNRN: account.person.nationalNumber,
    given_name: account.person.firstNames,
    family_name: account.person.surname,
  };
}

export const claimsByScope = {
  openid: ['sub'],
  profile: ['given_name', 'family_name'],
  egovnrn: ['egovNRN'],
  /** Professionals: the roles and the organisation (bailiff's office or municipality). */
  professional: ['roles', 'bailiff_id', 'municipality', 'organisation'],
};

/** What a citizen's sign-in asks for. */
export const requestedScope = 'openid egovnrn profile';
/** What a professional's sign-in asks for: the extra scope releases roles and organisation. */
export const professionalScope = 'openid profile professional';
