// One test (or a few) per rule of process.md that the decider owns.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  brusselsDate,
  closedStatuses,
  decide,
  deadlines,
  evolve,
  ProcessError,
  type CaseCommand,
  type CaseState,
} from '../../src/process/index.ts';
import {
  actors,
  awaitingChoice,
  awaitingPartner,
  awaitingPayment,
  awaitingService,
  BAILIFF,
  CaseRun,
  command,
  DECLARANT,
  pay,
  PARTNER,
  register,
  registeringJoint,
  serve,
  startCommand,
  started,
  STRANGER,
  T0,
  historyEffects,
  types,
} from './helpers.ts';

describe('rule 1: only partners in an active legal cohabitation with each other can start', () => {
  test('an active cohabitation of the two people starts a case in draft', () => {
    const run = started();
    assert.equal(run.status, 'draft');
    assert.deepEqual(types(run.events), ['CaseStarted']);
  });

  test('a cohabitation that already ended is refused', () => {
    const cmd = startCommand({
      cohabitation: { id: 'coh-77', status: 'ended', partners: [DECLARANT, PARTNER] },
    });
    new CaseRun().refuses(cmd, 'cohabitation_not_active');
  });

  test('a partner who is not in this cohabitation is refused', () => {
    const cmd = startCommand({ partner: STRANGER });
    new CaseRun().refuses(cmd, 'not_cohabitation_partners');
  });

  test('a declarant who is not in this cohabitation is refused', () => {
    const cmd = startCommand({
      declarant: STRANGER,
      actor: { role: 'declarant', id: STRANGER },
    });
    new CaseRun().refuses(cmd, 'not_cohabitation_partners');
  });

  test('declarant and partner may not be the same person', () => {
    const cmd = startCommand({
      partner: DECLARANT,
      cohabitation: { id: 'coh-77', status: 'active', partners: [DECLARANT, DECLARANT] },
    });
    new CaseRun().refuses(cmd, 'not_cohabitation_partners');
  });

  test('nobody starts a case for someone else, except counter staff', () => {
    new CaseRun().refuses(startCommand({ actor: actors.partnerAsDeclarant }), 'not_a_party');
    new CaseRun().refuses(startCommand({ actor: actors.registrar }), 'role_not_allowed');
    const atCounter = started({ actor: actors.counter, channel: 'counter' });
    assert.equal(atCounter.status, 'draft');
  });

  test('a case id is started only once', () => {
    const run = started();
    run.refuses(startCommand(), 'case_exists');
  });

  test('bad national numbers, NIS codes and settings are refused', () => {
    new CaseRun().refuses(startCommand({ partner: '123' }), 'invalid_input');
    new CaseRun().refuses(startCommand({ municipality: 'Antwerp' }), 'invalid_input');
    const settings = { ...startCommand().settings, paymentDays: -1 };
    new CaseRun().refuses(startCommand({ settings }), 'invalid_settings');
  });
});

describe('rule 2: no termination registered without both signatures or a recorded service', () => {
  test('joint: registered only after the partner signed', () => {
    const run = awaitingPartner();
    run.refuses(
      command('RegisterTermination', actors.system, { registerReference: 'R' }),
      'command_not_allowed_in_state',
    );
    run.run(command('SignAsPartner', actors.partner));
    assert.equal(run.status, 'registering');
    register(run);
    assert.equal(run.status, 'completed');
  });

  test('unilateral: registered only after the service was recorded', () => {
    const run = awaitingService();
    run.refuses(
      command('RegisterTermination', actors.registrar, { registerReference: 'R' }),
      'command_not_allowed_in_state',
    );
    serve(run);
    register(run);
    assert.equal(run.status, 'completed');
  });

  test('a staff override cannot bring an unserved unilateral case to registering', () => {
    const run = awaitingService();
    const cmd = command('OverrideStatus', actors.registrar, {
      to: 'registering',
      reason: 'urgent',
    });
    run.refuses(cmd, 'override_not_allowed');
  });

  test('a staff override cannot bring a joint case without the partner to registering', () => {
    const run = awaitingChoice();
    const cmd = command('OverrideStatus', actors.registrar, { to: 'registering', reason: 'phone' });
    run.refuses(cmd, 'override_not_allowed');
  });

  test('the decider checks rule 2 itself even in registering', () => {
    // A state that could only come from a corrupted history: registering, but unserved.
    const run = awaitingService();
    const forged: CaseState = { ...run.current, status: 'registering' };
    const cmd = command('RegisterTermination', actors.system, { registerReference: 'R' });
    assert.throws(
      () => decide(forged, cmd, new Date(T0)),
      (error: unknown) =>
        error instanceof ProcessError && error.code === 'registration_not_allowed',
    );
  });
});

describe('rule 3: no bailiff before the payment succeeded; a payment is never taken twice', () => {
  test('engaging a bailiff before payment is refused', () => {
    const run = awaitingPayment();
    const engage = command('EngageBailiff', actors.system, { bailiffId: BAILIFF });
    run.refuses(engage, 'payment_not_succeeded');
    pay(run);
    run.run(engage);
    assert.equal(run.current.bailiff?.id, BAILIFF);
  });

  test('the bailiff is engaged as an effect of the receipt, which follows the payment', () => {
    const run = awaitingPayment();
    const emitted = pay(run);
    assert.deepEqual(types(emitted), ['PaymentSucceeded', 'DeclarationReceived']);
    const engaging = historyEffects(run.events)
      .filter(([, list]) => list.some((effect) => effect.kind === 'engage_bailiff'))
      .map(([event]) => event.type);
    assert.deepEqual(engaging, ['DeclarationReceived']);
  });

  test('a second report of the same payment changes nothing', () => {
    const run = awaitingPayment();
    pay(run, 'pay-1');
    assert.deepEqual(pay(run, 'pay-1'), []);
    assert.equal(run.events.filter((e) => e.type === 'PaymentSucceeded').length, 1);
  });

  test('a second, different payment is refused', () => {
    const run = awaitingPayment();
    pay(run, 'pay-1');
    const amountCents = run.current.payment?.amountCents ?? 0;
    const second = command('RecordPaymentSuccess', actors.system, {
      paymentId: 'pay-2',
      amountCents,
    });
    run.refuses(second, 'already_paid');
  });

  test('a new request while one is still open is refused', () => {
    const run = awaitingPayment();
    run.refuses(command('RequestPayment', actors.declarant), 'command_not_allowed_in_state');
  });

  test('a payment of the wrong amount is refused', () => {
    const run = awaitingPayment();
    const cmd = command('RecordPaymentSuccess', actors.system, { paymentId: 'p', amountCents: 1 });
    run.refuses(cmd, 'payment_amount_mismatch');
  });
});

describe('rule 7: the effective date is the registration date, never earlier', () => {
  test('the effective date is the Brussels date of the registration, not of the signatures', () => {
    const run = registeringJoint();
    const at = '2026-03-20T23:30:00.000Z'; // 21 March 00:30 in Brussels
    const [event] = register(run, at);
    assert.equal(event?.type, 'TerminationRegistered');
    assert.equal(event.type === 'TerminationRegistered' && event.effectiveDate, '2026-03-21');
    assert.equal(run.current.registration?.effectiveDate, brusselsDate(at));
  });

  test('a registration dated before the declaration is refused', () => {
    const run = registeringJoint();
    const cmd = command('RegisterTermination', actors.system, { registerReference: 'R' });
    run.refuses(cmd, 'invalid_input', '2026-02-01T10:00:00.000Z');
  });

  test('no override reaches completed: only a registration completes a case', () => {
    const run = registeringJoint();
    const cmd = command('OverrideStatus', actors.registrar, { to: 'completed', reason: 'done' });
    run.refuses(cmd, 'override_not_allowed');
  });
});

describe('rule 8: a marriage or death reported by the register closes the case as lapsed', () => {
  const cases: Array<[string, () => CaseRun]> = [
    ['draft', () => started()],
    ['awaiting_partner', () => awaitingPartner()],
    ['awaiting_payment', () => awaitingPayment()],
    ['awaiting_service', () => awaitingService()],
    ['registering', () => registeringJoint()],
  ];
  for (const [status, make] of cases) {
    test(`a death in ${status} lapses the case`, () => {
      const run = make();
      assert.equal(run.status, status);
      run.run(
        command('RecordLapse', actors.register, {
          cause: 'death',
          person: PARTNER,
          eventDate: '2026-03-01',
        }),
      );
      assert.equal(run.status, 'lapsed');
      assert.deepEqual(run.current.closure?.cause, 'death');
      assert.deepEqual(deadlines(run.current), []);
    });
  }

  test('only the register reports a lapse, and only for one of the partners', () => {
    const run = awaitingPartner();
    const byCitizen = command('RecordLapse', actors.declarant, {
      cause: 'marriage',
      person: PARTNER,
      eventDate: '2026-03-01',
    });
    run.refuses(byCitizen, 'role_not_allowed');
    const stranger = command('RecordLapse', actors.register, {
      cause: 'marriage',
      person: STRANGER,
      eventDate: '2026-03-01',
    });
    run.refuses(stranger, 'invalid_input');
  });

  test('the surviving partner is told; the one who died is not', () => {
    const run = awaitingPartner();
    const emitted = run.run(
      command('RecordLapse', actors.register, {
        cause: 'death',
        person: DECLARANT,
        eventDate: '2026-03-01',
      }),
    );
    const notes = run.effectsOf(emitted).filter((e) => e.kind === 'notify');
    assert.deepEqual(
      notes.map((e) => e.kind === 'notify' && [e.recipient, e.template]),
      [
        ['partner', 'case_lapsed_death'],
        ['municipality', 'case_lapsed_death'],
      ],
    );
  });
});

describe('refused commands are typed errors and emit nothing', () => {
  test('the error names the status and the command', () => {
    const run = awaitingPartner();
    const error = run.refuses(
      command('RecordService', actors.bailiff, {
        serviceDate: '2026-03-02',
        place: 'x',
        mode: 'in_person',
        deedReference: 'd',
      }),
      'not_a_party',
    );
    assert.equal(error.status, 'awaiting_partner');
    assert.equal(error.command, 'RecordService');
    assert.match(error.message, /RecordService in status awaiting_partner/);
  });

  test('a command that does not fit the status', () => {
    const run = started();
    const error = run.refuses(
      command('SignAsPartner', actors.partner),
      'command_not_allowed_in_state',
    );
    assert.match(error.message, /SignAsPartner in status draft/);
  });

  test('wrong people: partner as declarant, stranger, a bailiff who is not engaged', () => {
    const run = started();
    run.refuses(command('SignDeclaration', actors.partnerAsDeclarant), 'not_a_party');
    run.refuses(command('SignDeclaration', actors.strangerAsDeclarant), 'not_a_party');
    run.refuses(command('SignDeclaration', actors.counter), 'role_not_allowed');
    const service = awaitingService();
    service.refuses(command('AcceptAssignment', actors.otherBailiff), 'not_a_party');
  });

  test('a command for a case that does not exist', () => {
    const error = new CaseRun().refuses(
      command('SignDeclaration', actors.declarant),
      'case_not_found',
    );
    assert.equal(error.status, null);
  });

  test('a command for another case id', () => {
    const run = started();
    run.refuses(
      { ...command('SignDeclaration', actors.declarant), caseId: 'other' },
      'invalid_input',
    );
  });
});

describe('closed states are final', () => {
  function closedRuns(): Array<[string, CaseRun]> {
    const completed = registeringJoint();
    register(completed);
    const withdrawn = awaitingPartner();
    withdrawn.run(command('Withdraw', actors.declarant));
    const lapsed = awaitingPayment();
    lapsed.run(
      command('RecordLapse', actors.register, {
        cause: 'marriage',
        person: DECLARANT,
        eventDate: '2026-03-01',
      }),
    );
    const expired = awaitingChoice();
    expired.fire('declarant-choice');
    return [
      ['completed', completed],
      ['withdrawn', withdrawn],
      ['lapsed', lapsed],
      ['expired', expired],
    ];
  }

  const statusChangers: CaseCommand[] = [
    command('SignDeclaration', actors.declarant),
    command('SignAsPartner', actors.partner),
    command('ContinueUnilaterally', actors.declarant),
    command('Withdraw', actors.declarant),
    command('Withdraw', actors.registrar, { reason: 'asked by phone' }),
    command('RecordLapse', actors.register, {
      cause: 'death',
      person: PARTNER,
      eventDate: '2026-03-01',
    }),
    command('OverrideStatus', actors.registrar, { to: 'registering', reason: 'x' }),
    command('OverrideStatus', actors.registrar, { to: 'awaiting_partner', reason: 'x' }),
    command('RegisterTermination', actors.system, { registerReference: 'R' }),
    command('ExpireCase', actors.system),
    command('EngageBailiff', actors.system, { bailiffId: BAILIFF }),
  ];

  test('there are four closed statuses', () => {
    assert.deepEqual([...closedStatuses].sort(), ['completed', 'expired', 'lapsed', 'withdrawn']);
  });

  for (const [status, run] of closedRuns()) {
    test(`${status}: nothing changes the status, and no timer is pending`, () => {
      assert.equal(run.status, status);
      assert.deepEqual(deadlines(run.current), []);
      for (const cmd of statusChangers) {
        assert.throws(
          () => decide(run.current, cmd, new Date('2027-01-01T10:00:00Z')),
          (error: unknown) => error instanceof ProcessError,
          cmd.type,
        );
      }
    });
  }

  test('completed still takes the household, certificates and follow-up resolution', () => {
    const run = registeringJoint({ registrationWorkingDays: 1 });
    run.fire('registration-due');
    register(run);
    run.run(command('RecordHouseholdRefresh', actors.system, { sharedAddress: false }));
    run.run(
      command('RecordCertificate', actors.system, { certificateId: 'c-1', kind: 'termination' }),
    );
    // The late registration's follow-up resolved itself when the case was registered.
    assert.equal(run.current.followUps[0]?.resolvedBy?.role, 'system');
    run.run(command('RaiseFollowUp', actors.registrar, { topic: 'other', reason: 'copy asked' }));
    const followUpId = run.current.followUps[1]?.id ?? '';
    run.run(command('ResolveFollowUp', actors.registrar, { followUpId, reason: 'copy sent' }));
    assert.equal(run.status, 'completed');
    assert.equal(run.current.certificates.length, 1);
    assert.equal(run.current.followUps[1]?.resolvedBy?.role, 'registrar');
    assert.equal(run.current.followUps[1]?.resolution, 'copy sent');
  });
});

describe('the state is plain JSON', () => {
  test('a full unilateral journey survives a JSON round trip after every event', () => {
    const run = awaitingService();
    serve(run);
    register(run);
    const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
    let state: CaseState | null = null;
    for (const event of run.events) {
      state = roundTrip(evolve(state, roundTrip(event)));
    }
    assert.deepEqual(state, run.current);
  });
});
