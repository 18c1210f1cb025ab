// Which messages each person receives on which channel, in which language, for a joint and a
// unilateral case, with real SMTP to the embedded capture server and the SMS sink; and that
// nothing of the other partner's personal data is in any e-mail or SMS.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startCase } from '../../src/app/start-case.ts';
import type { Actor, CaseCommand } from '../../src/process/index.ts';
import { advanceBy, days } from '../../src/demo/simulation.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { capturedMails, capturedSms, setPreference, settle, templatesTo } from './support.ts';

async function sentTo(channel: 'email' | 'sms', address: string): Promise<string[]> {
  const rows = await templatesTo(app, channel, address);
  return rows.map((row) => `${row.template} ${row.language} ${row.status}`);
}

const PIETER = '92011792123';
const SOFIE = '01040592273';
const LUC = '83042792140';
const JULIE = '02112092281';

let app: TestApp;
before(async () => {
  app = await createTestApp();
});
after(async () => {
  await app.close();
});

async function act(caseId: string, actor: Actor, command: Record<string, unknown>) {
  const channel = actor.role === 'bailiff' ? 'bailiff' : 'online';
  await app.engine.execute({ caseId, actor, channel, ...command } as unknown as CaseCommand);
  await settle(app);
}

async function passDays(n: number) {
  await advanceBy(app, app.clock, days(n));
  await settle(app);
}

describe('a joint case in Gent', () => {
  let caseId: string;
  before(async () => {
    await setPreference(app, PIETER, { email: 'pieter@example.be' });
    await setPreference(app, SOFIE, { language: 'en', email: 'sofie@example.be', sms: '+32470000002' });
    const started = await startCase(app.db, app.engine, app.registerFor, {
      declarant: PIETER, path: 'joint', channel: 'online', actor: { role: 'declarant', id: PIETER } });
    caseId = started.caseId;
    await settle(app);
    await act(caseId, { role: 'declarant', id: PIETER }, { type: 'SignDeclaration' });
    await passDays(2);
    await act(caseId, { role: 'partner', id: SOFIE }, { type: 'SignAsPartner' });
    await passDays(1);
  });

  test('the declarant gets every step by e-mail, in Dutch', async () => {
    assert.deepEqual(await sentTo('email', 'pieter@example.be'), [
      'case_started nl sent', 'declaration_signed nl sent', 'partner_signed nl sent',
      'declaration_received nl sent', 'termination_registered nl sent',
      'address_change_offer nl sent', 'certificates_ready nl sent',
    ]);
  });

  test('the partner gets her messages by e-mail and SMS, in English, from the invitation on', async () => {
    const expected = ['partner_invited', 'declaration_received', 'termination_registered',
      'address_change_offer', 'certificates_ready'];
    assert.deepEqual(await sentTo('email', 'sofie@example.be'), expected.map((t) => `${t} en sent`));
    assert.deepEqual(await sentTo('sms', '+32470000002'), expected.map((t) => `${t} en delivered`));
  });

  test('the municipality is not told anything: nothing needs following up', async () => {
    assert.deepEqual(await sentTo('email', 'burgerzaken@gent.example'), []);
  });

  test('each mail arrived once, with its subject in the reader\'s language', async () => {
    const mails = (await capturedMails(app)).filter((m) => /sofie|pieter/.test(m.to.join()));
    assert.equal(mails.length, 12);
    assert.equal(new Set(mails.map((m) => m.messageId)).size, 12);
    for (const mail of mails.filter((m) => m.to[0] === 'sofie@example.be')) {
      assert.equal(mail.language, 'en');
      assert.match(mail.subject, /^(News about your application|Your application) WS-\d{4}-\d{6}/);
      assert.match(mail.html, /<html lang="en">/);
    }
  });
});


describe('a unilateral case in Namur after silence', () => {
  let caseId: string;
  before(async () => {
    await setPreference(app, LUC, { email: 'luc@example.be' });
    await setPreference(app, JULIE, { language: 'nl', sms: '+32470000003' });
    const started = await startCase(app.db, app.engine, app.registerFor, {
      declarant: LUC, path: 'joint', channel: 'online', actor: { role: 'declarant', id: LUC } });
    caseId = started.caseId;
    await settle(app);
    const luc: Actor = { role: 'declarant', id: LUC };
    await act(caseId, luc, { type: 'SignDeclaration' });
    await passDays(15);
    await act(caseId, luc, { type: 'ContinueUnilaterally' });
    await passDays(1);
    const payment = await app.db.selectFrom('payment').selectAll()
      .where('case_id', '=', caseId).where('status', '=', 'open').executeTakeFirstOrThrow();
    await act(caseId, { role: 'system', id: 'payment-provider' }, {
      type: 'RecordPaymentSuccess', paymentId: payment.id, amountCents: payment.amount_cents });
    const bailiff = (await app.engine.load(caseId))?.state.bailiff?.id ?? '';
    await act(caseId, { role: 'bailiff', id: bailiff }, { type: 'AcceptAssignment' });
    await passDays(2);
    await act(caseId, { role: 'bailiff', id: bailiff }, {
      type: 'RecordService', serviceDate: app.clock.now().toISOString().slice(0, 10),
      place: 'Leuven', mode: 'in_person', deedReference: 'EXP-2026-0042' });
    await passDays(1);
  });

  test('the declarant gets every step by e-mail, in French (the municipality\'s language)', async () => {
    assert.deepEqual(await sentTo('email', 'luc@example.be'), [
      'case_started fr sent', 'declaration_signed fr sent', 'partner_no_answer fr sent',
      'declaration_signed fr sent', 'payment_received fr sent', 'declaration_received fr sent',
      'service_recorded fr sent', 'termination_registered fr sent',
      'certificates_ready fr sent',
    ]);
  });

  test('the silent partner gets the invitation, two reminders, the registration and her certificates by SMS', async () => {
    assert.deepEqual(await sentTo('sms', '+32470000003'), [
      'partner_invited nl delivered', 'partner_reminder nl delivered',
      'partner_reminder nl delivered', 'termination_registered nl delivered',
      'certificates_ready nl delivered',
    ]);
  });

  test('the municipality is told of the silence; the other municipality of receipt and registration', async () => {
    assert.deepEqual(await sentTo('email', 'etat-civil@namur.example'),
      ['follow_up_partner_silence fr sent']);
    assert.deepEqual(await sentTo('email', 'burgerzaken@leuven.example'),
      ['unilateral_declaration_received nl sent', 'termination_registered nl sent']);
  });

  test('the engaged bailiff is told of the assignment', async () => {
    const bailiff = (await app.engine.load(caseId))?.state.bailiff?.id ?? 'none';
    assert.deepEqual(await sentTo('email', `${bailiff}@bailiffs.example`),
      ['bailiff_assignment fr sent']);
  });
});

describe('reminders: a refusal, a slow choice and a slow payment in Antwerpen', () => {
  const MATS = '03021492126';
  const LINA = '04063092279';
  before(async () => {
    await setPreference(app, MATS, { language: 'de', sms: '+32470000004' });
    await setPreference(app, LINA, { email: 'lina@example.be' });
    const { caseId } = await startCase(app.db, app.engine, app.registerFor, {
      declarant: MATS, path: 'joint', channel: 'online', actor: { role: 'declarant', id: MATS } });
    await settle(app);
    await act(caseId, { role: 'declarant', id: MATS }, { type: 'SignDeclaration' });
    await passDays(1);
    await act(caseId, { role: 'partner', id: LINA }, {
      type: 'RefuseAsPartner', shareWithDeclarant: false, reason: 'Niet akkoord' });
    await passDays(25);
    await act(caseId, { role: 'declarant', id: MATS }, { type: 'ContinueUnilaterally' });
    await passDays(9);
  });

  test('the declarant is reminded to choose, then to pay, by SMS in German', async () => {
    assert.deepEqual(await sentTo('sms', '+32470000004'), [
      'case_started de delivered', 'declaration_signed de delivered',
      'partner_refused de delivered', 'choice_reminder de delivered',
      'declaration_signed de delivered', 'payment_reminder de delivered',
    ]);
  });

  test('the partner who refused hears nothing more until something concerns her', async () => {
    assert.deepEqual(await sentTo('email', 'lina@example.be'), ['partner_invited nl sent']);
  });

  test('the municipality is told of the refusal', async () => {
    assert.deepEqual(await sentTo('email', 'burgerzaken@antwerpen.example'),
      ['follow_up_refusal nl sent']);
  });

  test('no reason of the refusal reaches an e-mail or SMS', async () => {
    const texts = [...(await capturedMails(app)).map((m) => `${m.subject} ${m.text} ${m.html}`),
      ...(await capturedSms(app)).map((m) => m.text)];
    assert.ok(texts.every((text) => !text.includes('Niet akkoord')));
  });
});

describe('discretion', () => {
  /** Names, national numbers and streets of all four partners: never in a mail or an SMS. */
  const personal = new RegExp(['Pieter', 'De Proef', 'Sofie', 'Fictief', 'Luc', 'Essai',
    'Julie', 'Modèle', '92011792123', '01040592273', '83042792140', '02112092281',
    'Proefdreef', "Rue de l'Essai", 'Testlaan'].map((word) => `\\b${word}\\b`).join('|'));

  test('no e-mail and no SMS holds a name, a national number or an address', async () => {
    const mails = await capturedMails(app);
    const sms = await capturedSms(app);
    assert.ok(mails.length >= 20 && sms.length >= 8);
    for (const mail of mails) {
      const body = `${mail.subject}\n${mail.text}\n${mail.html}`;
      assert.doesNotMatch(body, personal, `mail to ${mail.to.join()}`);
    }
    for (const message of sms) {
      assert.doesNotMatch(message.text, personal);
      assert.ok(message.text.length <= 160, message.text);
    }
  });

  test('an SMS says only that there is news and where to read it', async () => {
    const sms = await capturedSms(app);
    for (const message of sms) {
      assert.match(message.text, /^(Ghent|Namen|Antwerpen): [^\n]*WS-\d{4}-\d{6}[^\n]* http:\/\/127\.0\.0\.1:3000\/messages$/);
    }
  });
});
