import type { Config } from '../config.ts';
import { openDatabase, type Db } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { createDocuments } from '../adapters/documents/index.ts';
import { createRegisterSimulator } from '../adapters/register-simulator/simulator.ts';
import { CaseEngine, deadlineRunner } from '../engine/case-engine.ts';
import { systemClock, type Clock } from '../engine/clock.ts';
import { Worker, type JobHandler } from '../engine/worker.ts';
import { createLogger, type Logger } from '../log.ts';
import type { DocumentsPort } from './documents.ts';
import { embeddedCaseTracking } from '../adapters/case-tracking/embedded.ts';
import { everyCaseTracking } from '../adapters/case-tracking/cloudevents.ts';
import { createCrm, type Crm } from './crm-delivery.ts';
import { effectHandlers } from './effects/index.ts';
import type { RegisterFor } from './effects/register.ts';
import { isEmpty, seedDemo } from './seed.ts';
import { registerFailureAlerts } from './register-alerts.ts';
import { createNotifications, type Notifications } from './notifications.ts';
import { createPayments, type Payments } from './payment-setup.ts';

export interface App {
  config: Config;
  db: Db;
  databaseKind: 'pglite' | 'postgres';
  clock: Clock;
  log: Logger;
  engine: CaseEngine;
  worker: Worker;
  registerFor: RegisterFor;
  documents: DocumentsPort;
  /** E-mail and SMS: the channels, the sender of queued deliveries, the capture server. */
  notifications: Notifications;
  /** The payment provider and, when embedded, its hosted page and webhook sender. */
  payments: Payments;
  /** The CRM link: status changes as signed CloudEvents, queued and sent in order per case. */
  crm: Crm;
  close(): Promise<void>;
}

export interface AppOverrides {
  clock?: Clock;
  log?: Logger;
  /** Extra outbox handlers (tests count side effects with them). */
  handlers?: Record<string, JobHandler>;
  /** Run migrations at start-up (default) or not. */
  migrate?: boolean;
  /** Wraps the register (tests make it fail or slow). */
  register?: (base: RegisterFor) => RegisterFor;
}

/**
 * The composition root: builds the adapters, then the engine and worker on them. Tests,
 * the demo and the benchmark build the same app with other clocks or handlers.
 */
export async function createApp(config: Config, overrides: AppOverrides = {}): Promise<App> {
  const log = overrides.log ?? createLogger(config.logLevel, config.env === 'development');
  const clock = overrides.clock ?? systemClock;
  const database = await openDatabase({
    databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.databasePoolSize,
    preparedWrites: config.databasePreparedWrites,
  });
  if (overrides.migrate !== false) await migrate(database.db);
  if (config.seedDemo && (await isEmpty(database.db))) {
    const summary = await seedDemo(database.db);
    log.info(summary, 'demo data loaded');
  }
  const simulator: RegisterFor = (db) => createRegisterSimulator(db, { clock });
  const registerFor = overrides.register ? overrides.register(simulator) : simulator;
  const engine = new CaseEngine(database.db, clock, log);
  const crm = createCrm(config, database.db, clock, log.child({ component: 'crm' }));
  const trackingFor = (db: Db) => everyCaseTracking(
    embeddedCaseTracking(db, () => clock.now()), crm.trackingFor(db));
  const payments = createPayments(config, database.db, clock,
    log.child({ component: 'payments' }));
  const handlers = {
    ...effectHandlers({ engine, registerFor, trackingFor, documentsFor: createDocuments,
      paymentsFor: payments.providerFor,
      publicUrl: config.publicUrl }), ...overrides.handlers,
  };
  const worker = new Worker(database.db, clock, handlers, deadlineRunner(engine),
    config.worker, log.child({ component: 'worker' }));
  engine.onCommit(() => worker.wake());
  worker.onJobFailure(registerFailureAlerts(engine, config.registerAlertAfterMs,
    log.child({ component: 'register' })));
  const notifications = await createNotifications(config, database.db, engine, clock,
    log.child({ component: 'notifications' }));
  return {
    config, db: database.db, databaseKind: database.kind, clock, log, engine, worker,
    registerFor, documents: createDocuments(database.db), notifications, payments, crm,
    close: async () => {
      await worker.stop();
      await crm.sender.stop();
      await payments.webhooks?.stop();
      await notifications.close();
      await database.close();
    },
  };
}
