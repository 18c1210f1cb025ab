import { createHash, randomBytes, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { withTransaction } from '../db/transaction.ts';
import type { Clock } from '../engine/clock.ts';
import type { Logger } from '../log.ts';
import { DeliveryError, type Channels } from '../notifications/channels.ts';
import { citizenAddresses } from '../notifications/queue.ts';
import { normalizeEmail, normalizePhone, type AddressProblem } from './contact-addresses.ts';
import { codeMail, codeSms, type ContactLanguage } from './contact-code-message.ts';

export { normalizeEmail, normalizePhone, type AddressProblem } from './contact-addresses.ts';
export type { ContactLanguage } from './contact-code-message.ts';

/**
 * A citizen's channels for news about their cases. The portal's message box is always on;
 * e-mail and SMS only go to an address the citizen confirmed with a one-time code sent to it,
 * and only when they want them. Changing an address un-confirms it.
 */
export type ContactChannel = 'email' | 'sms';

export const contactLanguages = ['nl', 'fr', 'de', 'en'] as const satisfies ContactLanguage[];

/** How long a code is valid, how many wrong tries void it, how many codes an hour. */
export const codeRules = { validMinutes: 15, maxWrongTries: 5, perHour: 5 } as const;

const hourMs = 3_600_000;

/** What the delivery core may use: only addresses that are confirmed (and, here, wanted). */
export interface Reachable {
  language: ContactLanguage | null;
  email?: string;
  sms?: string;
}

type PreferenceRow = {
  language: ContactLanguage | null; email: string | null; email_confirmed_at: Date | null;
  email_wanted: boolean; phone: string | null; phone_confirmed_at: Date | null;
  sms_wanted: boolean;
};

function preferenceRow(db: Db, personId: string): Promise<PreferenceRow | undefined> {
  return db.selectFrom('contact_preference')
    .select(['language', 'email', 'email_confirmed_at', 'email_wanted', 'phone',
      'phone_confirmed_at', 'sms_wanted'])
    .where('person_id', '=', personId).executeTakeFirst();
}

function reachable(language: ContactLanguage | null,
  found: Partial<Record<ContactChannel, string>>): Reachable {
  return { language, ...found };
}

/**
 * The person's language and the addresses news may go to: confirmed AND wanted. An address
 * that was never confirmed, or was changed since, is never returned. The delivery core reads
 * the same (`citizenAddresses`).
 */
export async function reachableChannels(db: Db, personId: string): Promise<Reachable> {
  const found = await citizenAddresses(db, personId);
  return reachable(found.language, found.wanted);
}

/** Every confirmed address, wanted or not: for a fallback when nothing else reaches them. */
export async function confirmedAddresses(db: Db, personId: string): Promise<Reachable> {
  const found = await citizenAddresses(db, personId);
  return reachable(found.language, found.confirmed);
}

/** One address on the preferences page. */
export interface AddressState {
  address: string;
  confirmed: boolean;
  wanted: boolean;
}

/** A code on its way: `usable` is false once it expired or had too many wrong tries. */
export interface PendingCode {
  address: string;
  expiresAt: Date;
  usable: boolean;
}

export interface ContactPreferences {
  language: ContactLanguage | null;
  email: AddressState | null;
  sms: AddressState | null;
  pending: Record<ContactChannel, PendingCode | null>;
}

/** Everything the preferences page shows, for one person only. */
export async function contactPreferences(
  db: Db, personId: string, now: Date,
): Promise<ContactPreferences> {
  const row = await preferenceRow(db, personId);
  const codes = await db.selectFrom('contact_confirmation')
    .select(['channel', 'address', 'expires_at', 'wrong_tries'])
    .where('person_id', '=', personId).execute();
  const pending = (channel: ContactChannel): PendingCode | null => {
    const code = codes.find((c) => c.channel === channel);
    if (!code) return null;
    const expiresAt = new Date(code.expires_at);
    const usable = expiresAt > now && code.wrong_tries < codeRules.maxWrongTries;
    return { address: code.address, expiresAt, usable };
  };
  return {
    language: row?.language ?? null,
    email: addressState(row?.email, row?.email_confirmed_at, row?.email_wanted),
    sms: addressState(row?.phone, row?.phone_confirmed_at, row?.sms_wanted),
    pending: { email: pending('email'), sms: pending('sms') },
  };
}

function addressState(address: string | null | undefined, confirmedAt: Date | null | undefined,
  wanted: boolean | undefined): AddressState | null {
  if (address === null || address === undefined) return null;
  return { address, confirmed: confirmedAt !== null && confirmedAt !== undefined,
    wanted: wanted === true };
}

type PreferenceChange = Partial<PreferenceRow>;

/** Inserts the person's row or changes the given columns of it. */
async function savePreference(db: Db, personId: string, now: Date, change: PreferenceChange) {
  await db.insertInto('contact_preference')
    .values({ person_id: personId, updated_at: now, ...change })
    .onConflict((oc) => oc.column('person_id').doUpdateSet({ ...change, updated_at: now }))
    .execute();
}

/** The language of the person's messages. */
export async function setLanguage(db: Db, personId: string, language: ContactLanguage,
  now: Date): Promise<void> {
  await savePreference(db, personId, now, { language });
}

/** Why the channel choices cannot be saved: that address is not confirmed. */
export type WantedProblem = 'email_not_confirmed' | 'sms_not_confirmed';

/** Turns e-mail and SMS on or off; on needs a confirmed address. */
export async function setWanted(db: Db, personId: string,
  wanted: Record<ContactChannel, boolean>, now: Date): Promise<WantedProblem[]> {
  const row = await preferenceRow(db, personId);
  const problems: WantedProblem[] = [];
  if (wanted.email && !row?.email_confirmed_at) problems.push('email_not_confirmed');
  if (wanted.sms && !row?.phone_confirmed_at) problems.push('sms_not_confirmed');
  if (problems.length > 0) return problems;
  await savePreference(db, personId, now, { email_wanted: wanted.email, sms_wanted: wanted.sms });
  return [];
}

/** Forgets an address, its confirmation and any code on its way to it. */
export async function removeAddress(db: Db, personId: string, channel: ContactChannel,
  now: Date): Promise<void> {
  await withTransaction(db, async (trx) => {
    await savePreference(trx, personId, now, channel === 'email'
      ? { email: null, email_confirmed_at: null, email_wanted: false }
      : { phone: null, phone_confirmed_at: null, sms_wanted: false });
    await trx.deleteFrom('contact_confirmation')
      .where('person_id', '=', personId).where('channel', '=', channel).execute();
  });
}

export interface CodeDeps {
  db: Db;
  channels: Channels;
  clock: Clock;
  log: Pick<Logger, 'warn'>;
  /** The domain of the code mails' Message-ID (the service's host name). */
  mailDomain: string;
}

export interface CodeRequestInput {
  personId: string;
  channel: ContactChannel;
  /** The address as typed. */
  address: string;
  /** The language of the code message: the page's. */
  language: ContactLanguage;
}

export type CodeRequest =
  | { kind: 'sent'; address: string; expiresAt: Date }
  | { kind: 'invalid_address'; problem: AddressProblem }
  | { kind: 'already_confirmed'; address: string }
  | { kind: 'rate_limited'; retryAt: Date }
  | { kind: 'channel_unavailable' }
  | { kind: 'send_failed' };

/**
 * Sends a new one-time code to the address. The address is stored (un-confirmed when it is a
 * new one) together with the code's hash only after the channel accepted the message: when
 * sending fails, nothing changes but the count of codes sent.
 */
export async function requestCode(deps: CodeDeps, input: CodeRequestInput): Promise<CodeRequest> {
  if (input.channel === 'sms' && !deps.channels.sms) return { kind: 'channel_unavailable' };
  const checked = input.channel === 'email'
    ? normalizeEmail(input.address) : normalizePhone(input.address);
  if (!checked.ok) return { kind: 'invalid_address', problem: checked.problem };
  const address = checked.value;
  const current = await confirmedAddresses(deps.db, input.personId);
  if (current[input.channel] === address) return { kind: 'already_confirmed', address };
  const now = deps.clock.now();
  const retryAt = await reserveCodeSend(deps.db, input.personId, input.channel, now);
  if (retryAt) return { kind: 'rate_limited', retryAt };
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  if (!(await sendCode(deps, { ...input, address }, code))) return { kind: 'send_failed' };
  const expiresAt = new Date(now.getTime() + codeRules.validMinutes * 60_000);
  const hash = codeHash(input, address, code);
  await storeCode(deps.db, { ...input, address }, { hash, now, expiresAt });
  return { kind: 'sent', address, expiresAt };
}

/**
 * Counts one more code for the person in the past hour, or refuses it: then the answer is
 * the moment a code can be asked again. Counting first, then checking, keeps two requests at
 * the same moment from both slipping through (both are refused instead).
 */
async function reserveCodeSend(db: Db, personId: string, channel: ContactChannel,
  now: Date): Promise<Date | null> {
  const mine = await db.insertInto('contact_code_sent')
    .values({ person_id: personId, channel, sent_at: now })
    .returning('id').executeTakeFirstOrThrow();
  const since = new Date(now.getTime() - hourMs);
  const earlier = await db.selectFrom('contact_code_sent').select(['sent_at'])
    .where('person_id', '=', personId).where('sent_at', '>', since).where('id', '<>', mine.id)
    .orderBy('sent_at', 'asc').execute();
  if (earlier.length < codeRules.perHour) return null;
  await db.deleteFrom('contact_code_sent').where('id', '=', mine.id).execute();
  const freeing = earlier[earlier.length - codeRules.perHour];
  return new Date(new Date(freeing?.sent_at ?? now).getTime() + hourMs);
}

/** Sends the code message directly; false when the channel did not take it. */
async function sendCode(deps: CodeDeps, input: CodeRequestInput, code: string) {
  const message = { to: input.address, code, minutes: codeRules.validMinutes,
    language: input.language, id: randomUUID() };
  try {
    if (input.channel === 'email') {
      await deps.channels.email.send(codeMail({ ...message, mailDomain: deps.mailDomain }));
    } else {
      await deps.channels.sms?.send(codeSms(message));
    }
    return true;
  } catch (error) {
    // Only the channel and the adapter's reason (never the address or the code); another
    // error's message might hold the address, so only its name is logged.
    const reason = error instanceof DeliveryError ? error.reason
      : error instanceof Error ? error.name : 'unknown';
    deps.log.warn({ channel: input.channel, reason }, 'confirmation code not sent');
    return false;
  }
}

/** The new address (un-confirmed unless it is the confirmed one) and the code's hash. */
async function storeCode(db: Db, input: CodeRequestInput,
  { hash, now, expiresAt }: { hash: string; now: Date; expiresAt: Date }) {
  await withTransaction(db, async (trx) => {
    const row = await preferenceRow(trx, input.personId);
    const stored = input.channel === 'email' ? row?.email : row?.phone;
    if (stored !== input.address) {
      await savePreference(trx, input.personId, now, input.channel === 'email'
        ? { email: input.address, email_confirmed_at: null, email_wanted: false }
        : { phone: input.address, phone_confirmed_at: null, sms_wanted: false });
    }
    const code = { address: input.address, code_hash: hash, expires_at: expiresAt,
      wrong_tries: 0, sent_at: now };
    await trx.insertInto('contact_confirmation')
      .values({ person_id: input.personId, channel: input.channel, ...code })
      .onConflict((oc) => oc.columns(['person_id', 'channel']).doUpdateSet(code)).execute();
  });
}

/** Only this hash is kept: salted, and bound to the person, the channel and the address. */
function codeHash(input: Pick<CodeRequestInput, 'personId' | 'channel'>, address: string,
  code: string, salt = randomBytes(16).toString('hex')): string {
  const digest = createHash('sha256')
    .update(`${salt}\n${input.personId}\n${input.channel}\n${address}\n${code}`).digest('hex');
  return `${salt}:${digest}`;
}

function sameCode(stored: string, input: Pick<CodeRequestInput, 'personId' | 'channel'>,
  address: string, code: string): boolean {
  const [salt = ''] = stored.split(':');
  const computed = Buffer.from(codeHash(input, address, code, salt));
  const expected = Buffer.from(stored);
  return computed.length === expected.length && timingSafeEqual(computed, expected);
}

export type CodeCheck =
  | { kind: 'confirmed'; address: string }
  /** Not six digits: refused without counting as a try. */
  | { kind: 'malformed' }
  | { kind: 'wrong'; triesLeft: number }
  /** Too many wrong tries: the code no longer works; ask a new one. */
  | { kind: 'void' }
  | { kind: 'expired' }
  | { kind: 'no_code' };

export interface CodeCheckInput {
  personId: string;
  channel: ContactChannel;
  /** The code as typed; spaces are ignored. */
  code: string;
}

/** Checks a code; the right one confirms the address and turns the channel on. */
export async function confirmCode(db: Db, input: CodeCheckInput, now: Date): Promise<CodeCheck> {
  const code = input.code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(code)) return { kind: 'malformed' };
  return withTransaction(db, async (trx): Promise<CodeCheck> => {
    const pending = await trx.selectFrom('contact_confirmation')
      .select(['address', 'code_hash', 'expires_at', 'wrong_tries'])
      .where('person_id', '=', input.personId).where('channel', '=', input.channel)
      .forUpdate().executeTakeFirst();
    if (!pending) return { kind: 'no_code' };
    if (pending.wrong_tries >= codeRules.maxWrongTries) return { kind: 'void' };
    if (new Date(pending.expires_at) <= now) return { kind: 'expired' };
    if (!sameCode(pending.code_hash, input, pending.address, code)) {
      return wrongTry(trx, input);
    }
    await trx.deleteFrom('contact_confirmation')
      .where('person_id', '=', input.personId).where('channel', '=', input.channel).execute();
    await savePreference(trx, input.personId, now, input.channel === 'email'
      ? { email: pending.address, email_confirmed_at: now, email_wanted: true }
      : { phone: pending.address, phone_confirmed_at: now, sms_wanted: true });
    return { kind: 'confirmed', address: pending.address };
  });
}

async function wrongTry(db: Db, input: CodeCheckInput): Promise<CodeCheck> {
  const row = await db.updateTable('contact_confirmation')
    .set((eb) => ({ wrong_tries: eb('wrong_tries', '+', 1) }))
    .where('person_id', '=', input.personId).where('channel', '=', input.channel)
    .returning('wrong_tries').executeTakeFirstOrThrow();
  const triesLeft = codeRules.maxWrongTries - row.wrong_tries;
  return triesLeft > 0 ? { kind: 'wrong', triesLeft } : { kind: 'void' };
}
