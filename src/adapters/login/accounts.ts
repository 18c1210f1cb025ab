import { createHmac } from 'node:crypto';
import { demoPeople, type DemoPerson } from '../register-simulator/demo-people.ts';

/**
 * The embedded provider's accounts: the register simulator's demo people. The subject
 * (`sub`) is pseudonymous (an HMAC of the national number with a secret made at first
 * start), stable across restarts; the national number travels in the `egovNRN` claim, as
 * with the federal login.
 */
export interface DemoAccount {
  sub: string;
  person: DemoPerson;
}

export function demoAccounts(subjectSalt: string): DemoAccount[] {
  return demoPeople.map((person) => ({
    sub: createHmac('sha256', subjectSalt).update(person.nationalNumber).digest('base64url')
      .slice(0, 27),
    person,
  }));
}

/** The claims an account releases, per scope: see `claimsByScope`. */
export function accountClaims(account: DemoAccount): { sub: string } & Record<string, string> {
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
};

export const requestedScope = 'openid egovnrn profile';
