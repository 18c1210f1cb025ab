import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import { simpleParser } from 'mailparser';
import { reachableChannels } from '../../src/app/contact-preferences.ts';
import { DeliveryError, type Channels } from '../../src/notifications/channels.ts';
import { assertPage, hidden, signedIn } from '../citizen/support.ts';
import type { Browser } from '../login/browser.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { html, serverFor, type Server } from './support.ts';

const nina = '95122492249';
const pieter = '92011792123';

let app: TestApp;
let server: Server;

before(async () => {
  // Port 0: the embedded SMTP server takes a free port, whatever else runs beside.
  app = await createTestApp(undefined, {}, { SMTP_CAPTURE_PORT: '0' });
  server = await serverFor(app, 'test');
});
after(async () => {
  await server.close();
  await app.close();
});

/** Posts one of the page's forms, with the session's token unless told otherwise. */
async function submit(browser: Browser, form: Record<string, string>, csrf?: string) {
  const token = csrf ?? hidden(await browser.get('/preferences'), '_csrf');
  return browser.post('/preferences', { _csrf: token, ...form });
}

/** The error summary: announced, with a link to each field in error. */
function summaryLinks(response: LightMyRequestResponse): { href: string; text: string }[] {
  const summary = html(response.body).querySelector('.error-summary[role="alert"]');
  assert.ok(summary, 'no error summary');
  return summary.querySelectorAll('a').map((a) => ({
    href: a.getAttribute('href') ?? '', text: a.textContent.trim() }));
}

function inputValue(response: LightMyRequestResponse, id: string): string | undefined {
  return html(response.body).querySelector(`#${id}`)?.getAttribute('value');
}

/** The code in the latest mail the embedded SMTP server received for `address`. */
async function codeFromMail(address: string): Promise<string> {
  const row = await app.db.selectFrom('captured_mail').select(['raw', 'envelope_to'])
    .orderBy('id', 'desc').execute()
    .then((rows) => rows.find((r) => r.envelope_to.includes(address)));
  assert.ok(row, `no mail to ${address}`);
  const mail = await simpleParser(row.raw);
  const code = /\b(\d{6})\b/.exec(mail.text ?? '')?.[1];
  assert.ok(code, 'no code in the mail');
  return code;
}

async function codeFromSms(number: string): Promise<string> {
  const row = await app.db.selectFrom('captured_sms').select('text')
    .where('to_number', '=', number).orderBy('id', 'desc').executeTakeFirst();
  const code = /\b(\d{6})\b/.exec(row?.text ?? '')?.[1];
  assert.ok(code, `no SMS with a code to ${number}`);
  return code;
}

function wrong(code: string): string {
  return String((Number(code) + 1) % 1_000_000).padStart(6, '0');
}

describe('the preferences page', () => {
  test('needs a sign-in, and is linked from the message box and "my cases"', async () => {
    const anonymous = await server.inject({ method: 'GET', url: '/preferences' });
    assert.equal(anonymous.statusCode, 303);
    assert.match(String(anonymous.headers.location), /^\/auth\/login\?return=%2Fpreferences/);
    const browser = await signedIn(server, 'Nina');
    for (const page of ['/messages', '/cases']) {
      const links = html((await browser.get(page)).body).querySelectorAll('a[href="/preferences"]');
      assert.equal(links.length, 1, page);
    }
    const page = assertPage(await browser.get('/preferences'));
    const email = page.querySelector('input#email');
    assert.equal(email?.getAttribute('autocomplete'), 'email');
    assert.equal(email?.getAttribute('type'), 'email');
    assert.equal(page.querySelector('label[for="email"]')?.textContent.trim(), 'E-mailadres');
    assert.equal(page.querySelector('input#phone')?.getAttribute('autocomplete'), 'tel');
    assert.equal(page.querySelector('input#phone')?.getAttribute('inputmode'), 'tel');
    assert.equal(page.querySelectorAll('input[name="language"]').length, 4);
    assert.equal(page.querySelector('input#email-code'), null);
  });

  test('an invalid e-mail address or phone number is refused, with what was typed', async () => {
    const browser = await signedIn(server, 'Nina');
    const email = await submit(browser, { action: 'send-email', email: 'nina@alleen' });
    assertPage(email, 422);
    assert.deepEqual(summaryLinks(email), [{ href: '#email',
      text: 'Vul een e-mailadres in zoals naam@voorbeeld.be, zonder spaties.' }]);
    assert.equal(inputValue(email, 'email'), 'nina@alleen');
    assert.ok(html(email.body).querySelector('#email-error'));
    const phone = await submit(browser, { action: 'send-sms', phone: '09 265 11 11' });
    assertPage(phone, 422);
    assert.deepEqual(summaryLinks(phone), [{ href: '#phone',
      text: 'Dit is geen gsm-nummer. Een sms kan alleen naar een gsm-nummer.' }]);
    assert.equal(inputValue(phone, 'phone'), '09 265 11 11');
    const language = await submit(browser, { action: 'language', language: 'xx' });
    assert.deepEqual(summaryLinks(language).map((l) => l.href), ['#language-nl']);
    assert.equal((await reachableChannels(app.db, nina)).email, undefined);
    assert.equal(await app.db.selectFrom('captured_mail').select('id').executeTakeFirst(),
      undefined);
  });

  test('a form without the session\'s token is refused', async () => {
    const browser = await signedIn(server, 'Nina');
    const refused = await submit(browser, { action: 'send-email', email: 'x@example.be' },
      'not-the-token');
    assert.equal(refused.statusCode, 403);
  });

  test('e-mail: the code from the mail confirms the address; a wrong one is refused',
    async () => {
      const browser = await signedIn(server, 'Nina');
      const sent = await submit(browser, { action: 'send-email',
        email: ' Nina.Alleen@Example.BE ' });
      assert.equal(sent.statusCode, 303);
      assert.equal(sent.headers.location, '/preferences?done=code-sent');
      const page = assertPage(await browser.get('/preferences?done=code-sent'));
      assert.ok(page.querySelector('[role="status"]'));
      const codeInput = page.querySelector('input#email-code');
      assert.equal(codeInput?.getAttribute('autocomplete'), 'one-time-code');
      assert.equal(codeInput?.getAttribute('inputmode'), 'numeric');
      const code = await codeFromMail('Nina.Alleen@example.be');
      assert.deepEqual(await reachableChannels(app.db, nina), { language: null });

      const refused = await submit(browser, { action: 'confirm-email', code: wrong(code) });
      assertPage(refused, 422);
      assert.deepEqual(summaryLinks(refused), [{ href: '#email-code',
        text: 'Deze code klopt niet. U kunt het nog 4 keer proberen.' }]);
      assert.equal(inputValue(refused, 'email-code'), wrong(code));
      assert.deepEqual(await reachableChannels(app.db, nina), { language: null });

      const confirmed = await submit(browser, { action: 'confirm-email', code });
      assert.equal(confirmed.headers.location, '/preferences?done=confirmed');
      assert.deepEqual(await reachableChannels(app.db, nina),
        { language: null, email: 'Nina.Alleen@example.be' });
      const after = assertPage(await browser.get('/preferences'));
      assert.match(after.querySelector('#email-heading')?.parentNode.textContent ?? '',
        /Nina\.Alleen@example\.be \(bevestigd\)/);
      assert.equal(after.querySelector('input#email-wanted')?.getAttribute('checked'), '');
    });

  test('SMS: confirmed with the code from the SMS; the choices and the language are saved',
    async () => {
      const browser = await signedIn(server, 'Nina');
      await submit(browser, { action: 'send-sms', phone: '0470 99 88 77' });
      const code = await codeFromSms('+32470998877');
      assert.equal((await submit(browser, { action: 'confirm-sms', code })).statusCode, 303);
      assert.equal((await reachableChannels(app.db, nina)).sms, '+32470998877');

      const choice = await submit(browser, { action: 'channels', 'sms-wanted': 'yes' });
      assert.equal(choice.headers.location, '/preferences?done=channels');
      await submit(browser, { action: 'language', language: 'fr' });
      assert.deepEqual(await reachableChannels(app.db, nina),
        { language: 'fr', sms: '+32470998877' });
      const page = html((await browser.get('/preferences')).body);
      assert.equal(page.querySelector('#language-fr')?.getAttribute('checked'), '');

      await submit(browser, { action: 'remove-sms' });
      assert.deepEqual(await reachableChannels(app.db, nina), { language: 'fr' });
    });

  test('changing the e-mail address un-confirms it until the new code', async () => {
    const browser = await signedIn(server, 'Nina');
    await submit(browser, { action: 'send-email', email: 'nina.new@example.be' });
    assert.equal((await reachableChannels(app.db, nina)).email, undefined);
    const page = html((await browser.get('/preferences')).body);
    assert.match(page.querySelector('#email-heading')?.parentNode.textContent ?? '',
      /nina\.new@example\.be \(nog niet bevestigd\)/);
    const code = await codeFromMail('nina.new@example.be');
    await submit(browser, { action: 'confirm-email', code });
    assert.equal((await reachableChannels(app.db, nina)).email, 'nina.new@example.be');
  });

  test('five wrong codes void the code: even the right one no longer works', async () => {
    const browser = await signedIn(server, 'Nina');
    await submit(browser, { action: 'send-sms', phone: '+32 470 11 22 33' });
    const code = await codeFromSms('+32470112233');
    for (let left = 4; left > 0; left -= 1) {
      const refused = await submit(browser, { action: 'confirm-sms', code: wrong(code) });
      assert.match(summaryLinks(refused)[0]?.text ?? '', new RegExp(`nog ${left} keer`));
    }
    const voided = await submit(browser, { action: 'confirm-sms', code: wrong(code) });
    assert.deepEqual(summaryLinks(voided).map((l) => l.href), ['#phone']);
    assert.match(summaryLinks(voided)[0]?.text ?? '', /werkt niet meer/);
    const right = await submit(browser, { action: 'confirm-sms', code });
    assertPage(right, 422);
    assert.equal(html(right.body).querySelector('input#phone-code'), null);
    assert.equal((await reachableChannels(app.db, nina)).sms, undefined);
  });

  test('sending codes is limited: the sixth in an hour says when to try again', async () => {
    const browser = await signedIn(server, 'Pieter');
    for (let i = 0; i < 5; i += 1) {
      const sent = await submit(browser, { action: 'send-email', email: `p${i}@example.be` });
      assert.equal(sent.statusCode, 303, sent.body.slice(0, 300));
    }
    const limited = await submit(browser, { action: 'send-email', email: 'p5@example.be' });
    assertPage(limited, 429);
    assert.equal(limited.headers['retry-after'], '3600');
    assert.deepEqual(summaryLinks(limited).map((l) => l.href), ['#email']);
    assert.match(summaryLinks(limited)[0]?.text ?? '', /vanaf 2 maart 2026 om 10:00/);
    assert.equal(inputValue(limited, 'email'), 'p5@example.be');
    const mails = await app.db.selectFrom('captured_mail').select('envelope_to').execute();
    assert.equal(mails.filter((m) => m.envelope_to.includes('p5@example.be')).length, 0);
    assert.equal((await reachableChannels(app.db, pieter)).email, undefined);
  });

  test('the page speaks each language, with a code on its way', async () => {
    const browser = await signedIn(server, 'Hans');
    await submit(browser, { action: 'send-email', email: 'hans.neu@example.be' });
    for (const lang of ['fr', 'de', 'en', 'nl']) {
      const page = assertPage(await browser.get(`/preferences?lang=${lang}`));
      assert.equal(page.querySelector('html')?.getAttribute('lang'), lang);
      assert.ok(page.querySelector('input#email-code'), lang);
      assert.ok(page.querySelector('input#sms-wanted'), lang);
    }
  });

  test('another person\'s addresses are never shown', async () => {
    const els = html((await (await signedIn(server, 'Els')).get('/preferences')).body);
    const text = els.querySelector('main')?.textContent ?? '';
    assert.match(text, /\+32470000001 \(bevestigd\)/);
    for (const other of ['jan.voorbeeld@example.be', 'nina', 'Nina', 'p4@example.be']) {
      assert.ok(!els.toString().includes(other), other);
    }
    const jan = (await (await signedIn(server, 'Jan')).get('/preferences')).body;
    assert.ok(jan.includes('jan.voorbeeld@example.be'));
    assert.ok(!jan.includes('+32470000001'));
  });
});

describe('when the code cannot be sent', () => {
  let failing: Server;
  before(async () => {
    const refuse = async () => { throw new DeliveryError(false, 'test: refused'); };
    const channels: Channels = {
      email: { send: refuse, close: async () => undefined },
      sms: undefined,
    };
    failing = await serverFor({ ...app, notifications: { ...app.notifications, channels } },
      'test');
  });
  after(async () => { await failing.close(); });

  test('the page says so and nothing is stored; without SMS the page says that', async () => {
    const browser = await signedIn(failing, 'Sofie');
    const page = assertPage(await browser.get('/preferences'));
    assert.equal(page.querySelector('input#phone'), null);
    assert.match(page.querySelector('#sms-heading')?.parentNode.textContent ?? '',
      /niet mogelijk/);
    const failed = await submit(browser, { action: 'send-email', email: 'sofie@example.be' });
    assertPage(failed, 502);
    assert.deepEqual(summaryLinks(failed), [{ href: '#email', text: 'We konden de code nu '
      + 'niet versturen. Kijk het adres na of probeer het later opnieuw.' }]);
    assert.equal(inputValue(failed, 'email'), 'sofie@example.be');
    const stored = await app.db.selectFrom('contact_preference').select('email')
      .where('person_id', '=', '01040592273').executeTakeFirst();
    assert.equal(stored?.email ?? null, null);
    const sms = await submit(browser, { action: 'send-sms', phone: '0470 12 34 56' });
    assertPage(sms, 409);
  });
});
