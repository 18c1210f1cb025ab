import { demoPeople } from '../adapters/register-simulator/demo-people.ts';
import { createApp, type App } from '../app/app.ts';
import { startCase } from '../app/start-case.ts';
import { loadConfig } from '../config.ts';
import { SimulatedClock } from '../engine/clock.ts';
import { readEvents, verifyChain } from '../engine/event-store.ts';
import { createLogger } from '../log.ts';
import type { Actor, CaseCommand, CaseEvent } from '../process/index.ts';
import { advanceBy, days } from './simulation.ts';

type Write = (line: string) => void;

/**
 * Two cases end to end on a simulated clock, through the engine and the worker, with the
 * citizens, the payment provider and the bailiff played by this script: a joint one in Gent
 * and a unilateral one in Namur after the partner stays silent. Prints each case's timeline.
 */
export async function runDemo(write: Write = (line) => process.stdout.write(`${line}\n`)) {
  const clock = new SimulatedClock('2026-03-02T09:00:00+01:00');
  const config = loadConfig({ ...process.env, DATA_DIR: 'memory://', SEED_DEMO: 'auto',
    SMTP_CAPTURE_PORT: '0', NODE_ENV: 'development', DATABASE_URL: process.env.DEMO_DATABASE_URL });
  const app = await createApp(config, { clock, log: createLogger('warn') });
  try {
    const joint = await jointCase(app, clock);
    const unilateral = await unilateralCase(app, clock);
    for (const [title, caseId] of [['Joint declaration, Gent', joint],
      ['Unilateral declaration after silence, Namur', unilateral]] as const) {
      await printTimeline(app, title, caseId, write);
    }
  } finally {
    await app.close();
  }
}

function person(label: string): string {
  const found = demoPeople.find((p) => p.label.startsWith(label));
  if (!found) throw new Error(`No demo person "${label}".`);
  return found.nationalNumber;
}

async function act(app: App, caseId: string, actor: Actor, command: Record<string, unknown>) {
  const channel = actor.role === 'bailiff' ? 'bailiff' : 'online';
  await app.engine.execute({ caseId, actor, channel, ...command } as unknown as CaseCommand);
  await app.worker.drain();
}

async function jointCase(app: App, clock: SimulatedClock): Promise<string> {
  const declarant = person('Gent: lives with his partner Els');
  const partner = person('Gent: lives with her partner Jan');
  const started = await startCase(app.db, app.engine, app.registerFor, {
    declarant, path: 'joint', channel: 'online', actor: { role: 'declarant', id: declarant } });
  const caseId = started.caseId;
  await act(app, caseId, { role: 'declarant', id: declarant }, { type: 'SignDeclaration' });
  await advanceBy(app, clock, days(3));
  await act(app, caseId, { role: 'partner', id: partner }, { type: 'SignAsPartner' });
  await advanceBy(app, clock, days(1));
  return caseId;
}

async function unilateralCase(app: App, clock: SimulatedClock): Promise<string> {
  const declarant = person('Namur: lives with his partner Marie');
  const started = await startCase(app.db, app.engine, app.registerFor, {
    declarant, path: 'joint', channel: 'online', actor: { role: 'declarant', id: declarant } });
  const caseId = started.caseId;
  const citizen: Actor = { role: 'declarant', id: declarant };
  await act(app, caseId, citizen, { type: 'SignDeclaration' });
  await advanceBy(app, clock, days(15));
  await act(app, caseId, citizen, { type: 'ContinueUnilaterally' });
  await advanceBy(app, clock, days(2));
  const payment = await app.db.selectFrom('payment').selectAll()
    .where('case_id', '=', caseId).where('status', '=', 'open').executeTakeFirstOrThrow();
  await app.db.updateTable('payment').set({ status: 'paid', updated_at: clock.now() })
    .where('id', '=', payment.id).execute();
  await act(app, caseId, { role: 'system', id: 'payment-provider' }, {
    type: 'RecordPaymentSuccess', paymentId: payment.id, amountCents: payment.amount_cents });
  const bailiff = await app.engine.load(caseId).then((c) => c?.state.bailiff?.id ?? '');
  await advanceBy(app, clock, days(1));
  await act(app, caseId, { role: 'bailiff', id: bailiff }, { type: 'AcceptAssignment' });
  await advanceBy(app, clock, days(3));
  await act(app, caseId, { role: 'bailiff', id: bailiff }, {
    type: 'RecordService', serviceDate: '2026-03-25', place: 'Namur',
    mode: 'in_person', deedReference: 'EXP-2026-0042' });
  await advanceBy(app, clock, days(1));
  return caseId;
}

async function printTimeline(app: App, title: string, caseId: string, write: Write) {
  const events = await readEvents<CaseEvent>(app.db, caseId);
  const current = await app.engine.load(caseId);
  const chain = await verifyChain(app.db, caseId);
  write('');
  write(`${title}: ${current?.state.status ?? 'unknown'} (${events.length} events, ` +
    `hash chain ${chain.ok ? 'intact' : 'BROKEN'})`);
  for (const [i, event] of events.entries()) {
    const when = new Date(event.at).toLocaleString('nl-BE', { timeZone: 'Europe/Brussels' });
    write(`  ${String(i + 1).padStart(2)}  ${when.padEnd(20)}  ${event.type.padEnd(26)}` +
      `  ${event.actor.role} via ${event.channel}`);
  }
  const messages = await app.db.selectFrom('message').select(['recipient', 'template'])
    .where('case_id', '=', caseId).orderBy('id').execute();
  write(`  messages: ${messages.map((m) => `${m.recipient}:${m.template}`).join(', ')}`);
}
