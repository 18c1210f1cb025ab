import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  confirmCode, confirmedAddresses, contactPreferences, normalizeEmail, normalizePhone,
  reachableChannels, removeAddress, requestCode, setLanguage, setWanted, type CodeDeps,
} from '../../src/app/contact-preferences.ts';
import { SimulatedClock } from '../../src/engine/clock.ts';
import { createLogger } from '../../src/log.ts';
import {
  DeliveryError, type Channels, type OutgoingMail, type OutgoingSms,
} from '../../src/notifications/channels.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

/** Channels that keep what they are given, or refuse when told to. */
class StubChannels {
  mails: OutgoingMail[] = [];
  sms: OutgoingSms[] = [];
  failing = false;

  channels(withSms = true): Channels {
    const keep = <T>(into: T[]) => ({
      send: async (message: T) => {
        if (this.failing) throw new DeliveryError(false, 'stub refuses');
        into.push(message);
        return { providerId: undefined };
      },
      close: async () => undefined,
    });
    return { email: keep(this.mails), sms: withSms ? keep(this.sms) : undefined };
  }

  /** The six digits of the latest code message. */
  lastCode(channel: 'email' | 'sms'): string {
    const text = channel === 'email' ? this.mails.at(-1)?.text : this.sms.at(-1)?.text;
    const code = /\b(\d{6})\b/.exec(text ?? '')?.[1];
    assert.ok(code, `no code in the ${channel} message`);
    return code;
  }
}

/** A code that is not the right one. */
function other(code: string): string {
  return String((Number(code) + 1) % 1_000_000).padStart(6, '0');
}

let database: TestDatabase;
let stub: StubChannels;
let clock: SimulatedClock;
let deps: CodeDeps;
let person = 0;
/** A new person for each test, so counts and codes do not carry over. */
let me = '';

before(async () => { database = await createTestDatabase(); });
after(async () => { await database.close(); });
beforeEach(() => {
  stub = new StubChannels();
  clock = new SimulatedClock('2026-03-02T09:00:00+01:00');
  deps = { db: database.db, channels: stub.channels(), clock, log: createLogger('silent'),
    mailDomain: 'portal.test' };
  person += 1;
  me = `9001010${String(person).padStart(4, '0')}`;
});

const ask = (channel: 'email' | 'sms', address: string) =>
  requestCode(deps, { personId: me, channel, address, language: 'nl' });
const confirm = (channel: 'email' | 'sms', code: string) =>
  confirmCode(database.db, { personId: me, channel, code }, clock.now());

describe('address checks', () => {
  test('e-mail addresses are trimmed, the domain lower-cased; bad ones refused', () => {
    assert.deepEqual(normalizeEmail('  An.Model@Example.BE '),
      { ok: true, value: 'An.Model@example.be' });
    for (const bad of ['an', 'an@', '@example.be', 'an@example', 'an model@example.be',
      'an@@example.be', 'an@example..be', 'an.@example.be', 'an@-example.be', 'a@b.c',
      'an@example.be\r\nBcc: x@y.be']) {
      assert.deepEqual(normalizeEmail(bad), { ok: false, problem: 'email_invalid' }, bad);
    }
    assert.deepEqual(normalizeEmail('   '), { ok: false, problem: 'email_empty' });
  });

  test('mobile numbers are read as Belgian by default and kept in E.164', () => {
    for (const typed of ['0470 12 34 56', '0470/12.34.56', '+32 470 12 34 56',
      '0032470123456']) {
      assert.deepEqual(normalizePhone(typed), { ok: true, value: '+32470123456' }, typed);
    }
    assert.deepEqual(normalizePhone('+33 6 12 34 56 78'), { ok: true, value: '+33612345678' });
    assert.deepEqual(normalizePhone('09 265 11 11'), { ok: false, problem: 'phone_not_mobile' });
    for (const bad of ['12', 'abc', '0470 12 34', '0470-12-34-56-78-90']) {
      assert.deepEqual(normalizePhone(bad), { ok: false, problem: 'phone_invalid' }, bad);
    }
    assert.deepEqual(normalizePhone(''), { ok: false, problem: 'phone_empty' });
  });
});

describe('confirming an address with a code', () => {
  test('the right code confirms the address; then, and only then, it is reachable', async () => {
    const sent = await ask('email', ' Me@Example.BE');
    assert.equal(sent.kind, 'sent');
    assert.equal(stub.mails.length, 1);
    assert.equal(stub.mails[0]?.to, 'Me@example.be');
    assert.deepEqual(await reachableChannels(database.db, me), { language: null });
    assert.deepEqual(await confirmedAddresses(database.db, me), { language: null });
    assert.deepEqual(await confirm('email', stub.lastCode('email')),
      { kind: 'confirmed', address: 'Me@example.be' });
    assert.deepEqual(await reachableChannels(database.db, me),
      { language: null, email: 'Me@example.be' });
  });

  test('the code message is short, in the language asked, and only a hash is kept', async () => {
    await requestCode(deps, { personId: me, channel: 'sms', address: '0470 12 34 56',
      language: 'fr' });
    const sms = stub.sms[0];
    assert.ok(sms && sms.to === '+32470123456');
    assert.match(sms.text, /votre code est \d{6}/);
    assert.ok(sms.text.length <= 160, sms.text);
    const row = await database.db.selectFrom('contact_confirmation').selectAll()
      .where('person_id', '=', me).executeTakeFirstOrThrow();
    assert.ok(!row.code_hash.includes(stub.lastCode('sms')));
    assert.equal(new Date(row.expires_at).getTime() - clock.now().getTime(), 15 * 60_000);
  });

  test('a wrong code is refused and says how many tries are left', async () => {
    await ask('sms', '0470 00 00 09');
    const code = stub.lastCode('sms');
    assert.deepEqual(await confirm('sms', other(code)), { kind: 'wrong', triesLeft: 4 });
    assert.deepEqual(await confirm('sms', '12a456'), { kind: 'malformed' });
    assert.deepEqual(await reachableChannels(database.db, me), { language: null });
    assert.deepEqual(await confirm('sms', code.replace(/(\d{3})/, '$1 ')),
      { kind: 'confirmed', address: '+32470000009' });
    assert.deepEqual(await reachableChannels(database.db, me),
      { language: null, sms: '+32470000009' });
  });

  test('after five wrong codes the code is void, even the right one', async () => {
    await ask('email', 'void@example.be');
    const code = stub.lastCode('email');
    for (let left = 4; left > 0; left -= 1) {
      assert.deepEqual(await confirm('email', other(code)), { kind: 'wrong', triesLeft: left });
    }
    assert.deepEqual(await confirm('email', other(code)), { kind: 'void' });
    assert.deepEqual(await confirm('email', code), { kind: 'void' });
    assert.equal((await contactPreferences(database.db, me, clock.now())).pending.email?.usable,
      false);
    assert.deepEqual(await reachableChannels(database.db, me), { language: null });
    await ask('email', 'void@example.be');
    assert.equal((await confirm('email', stub.lastCode('email'))).kind, 'confirmed');
  });

  test('a code is valid fifteen minutes', async () => {
    await ask('email', 'late@example.be');
    clock.advance(15 * 60_000);
    assert.deepEqual(await confirm('email', stub.lastCode('email')), { kind: 'expired' });
    assert.deepEqual(await confirm('sms', '123456'), { kind: 'no_code' });
  });

  test('a newer code replaces the older one', async () => {
    await ask('email', 'twice@example.be');
    const first = stub.lastCode('email');
    await ask('email', 'twice@example.be');
    const second = stub.lastCode('email');
    if (first !== second) assert.equal((await confirm('email', first)).kind, 'wrong');
    assert.equal((await confirm('email', second)).kind, 'confirmed');
  });

  test('five codes an hour; the sixth is refused with the time to try again', async () => {
    for (let i = 0; i < 5; i += 1) {
      assert.equal((await ask(i % 2 ? 'sms' : 'email',
        i % 2 ? '0470 00 00 02' : 'many@example.be')).kind, 'sent');
      clock.advance(60_000);
    }
    const refused = await ask('email', 'many@example.be');
    assert.deepEqual(refused,
      { kind: 'rate_limited', retryAt: new Date('2026-03-02T10:00:00+01:00') });
    assert.equal(stub.mails.length + stub.sms.length, 5);
    clock.advance(55 * 60_000);
    assert.equal((await ask('email', 'many@example.be')).kind, 'sent');
  });

  test('a code that cannot be sent confirms nothing and stores no address', async () => {
    stub.failing = true;
    assert.deepEqual(await ask('email', 'down@example.be'), { kind: 'send_failed' });
    const prefs = await contactPreferences(database.db, me, clock.now());
    assert.equal(prefs.email, null);
    assert.equal(prefs.pending.email, null);
  });

  test('without an SMS gateway no code goes out by SMS', async () => {
    deps = { ...deps, channels: stub.channels(false) };
    assert.deepEqual(await ask('sms', '0470 12 34 56'), { kind: 'channel_unavailable' });
  });

  test('an invalid address is refused before anything is sent or counted', async () => {
    assert.deepEqual(await ask('email', 'not-an-address'),
      { kind: 'invalid_address', problem: 'email_invalid' });
    assert.deepEqual(await ask('sms', '09 265 11 11'),
      { kind: 'invalid_address', problem: 'phone_not_mobile' });
    assert.equal(stub.mails.length + stub.sms.length, 0);
    const counted = await database.db.selectFrom('contact_code_sent').select('id')
      .where('person_id', '=', me).execute();
    assert.equal(counted.length, 0);
  });
});

describe('changing what is confirmed', () => {
  async function confirmed(channel: 'email' | 'sms', address: string) {
    await ask(channel, address);
    assert.equal((await confirm(channel, stub.lastCode(channel))).kind, 'confirmed');
  }

  test('changing the address un-confirms it: the old one is no longer used', async () => {
    await confirmed('email', 'old@example.be');
    assert.deepEqual(await ask('email', 'old@EXAMPLE.be'),
      { kind: 'already_confirmed', address: 'old@example.be' });
    assert.equal((await ask('email', 'new@example.be')).kind, 'sent');
    assert.deepEqual(await reachableChannels(database.db, me), { language: null });
    assert.deepEqual(await confirmedAddresses(database.db, me), { language: null });
    const prefs = await contactPreferences(database.db, me, clock.now());
    assert.deepEqual(prefs.email, { address: 'new@example.be', confirmed: false, wanted: false });
  });

  test('not wanted: not reachable, but kept among the confirmed addresses', async () => {
    await confirmed('email', 'both@example.be');
    await confirmed('sms', '+32 470 00 00 03');
    await setLanguage(database.db, me, 'de', clock.now());
    assert.deepEqual(await setWanted(database.db, me, { email: false, sms: true }, clock.now()),
      []);
    assert.deepEqual(await reachableChannels(database.db, me),
      { language: 'de', sms: '+32470000003' });
    assert.deepEqual(await confirmedAddresses(database.db, me),
      { language: 'de', email: 'both@example.be', sms: '+32470000003' });
  });

  test('a channel cannot be turned on before its address is confirmed', async () => {
    await ask('email', 'pending@example.be');
    assert.deepEqual(await setWanted(database.db, me, { email: true, sms: true }, clock.now()),
      ['email_not_confirmed', 'sms_not_confirmed']);
    assert.deepEqual(await reachableChannels(database.db, me), { language: null });
  });

  test('a removed address is gone, with its code', async () => {
    await confirmed('sms', '0470 00 00 04');
    await ask('email', 'gone@example.be');
    await removeAddress(database.db, me, 'sms', clock.now());
    await removeAddress(database.db, me, 'email', clock.now());
    const prefs = await contactPreferences(database.db, me, clock.now());
    assert.deepEqual([prefs.email, prefs.sms, prefs.pending.email], [null, null, null]);
    assert.deepEqual(await reachableChannels(database.db, me), { language: null });
  });

  test('a person never gets another person\'s addresses', async () => {
    await confirmed('email', 'mine@example.be');
    const mine = me;
    me = '80000000000';
    assert.deepEqual(await reachableChannels(database.db, me), { language: null });
    assert.equal((await contactPreferences(database.db, me, clock.now())).email, null);
    assert.equal((await reachableChannels(database.db, mine)).email, 'mine@example.be');
  });
});
