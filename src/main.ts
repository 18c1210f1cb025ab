import { createApp } from './app/app.ts';
import { seedDemo } from './app/seed.ts';
import { ConfigError, loadConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { createLogger } from './log.ts';
import { buildServer } from './web/server.ts';
import { runDemo } from './demo/run-demo.ts';

/**
 * One program, several commands:
 *   start    migrate, seed an empty database with demo data, serve the web and run the worker
 *   serve    the web server only        work     the worker only
 *   migrate  bring the schema up to date
 *   seed     load the demo municipalities, bailiffs and register people
 *   demo     a joint and a unilateral case end to end on a simulated clock
 */
const commands: Record<string, () => Promise<void>> = {
  start: () => run({ web: true, work: true }),
  serve: () => run({ web: true, work: false }),
  work: () => run({ web: false, work: true }),
  migrate: migrateOnly,
  seed: seedOnly,
  demo: () => runDemo(),
};

async function run(parts: { web: boolean; work: boolean }): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  const server = parts.web ? await buildServer(app) : undefined;
  if (parts.work) {
    app.worker.start();
    app.notifications.sender.start();
    app.payments.webhooks?.start();
    app.crm.sender.start();
  }
  if (server) await server.listen({ host: config.host, port: config.port });
  app.log.info({ web: parts.web, work: parts.work, database: app.databaseKind,
    url: parts.web ? config.publicUrl : undefined }, 'started');
  const stop = async () => {
    app.log.info('stopping');
    await server?.close();
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function migrateOnly(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const done = await migrate(database.db);
  log.info({ applied: done }, 'migrations applied');
  await database.close();
}

async function seedOnly(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrate(database.db);
  log.info(await seedDemo(database.db), 'demo data loaded');
  await database.close();
}

const name = process.argv[2] ?? 'start';
const command = commands[name];
if (!command) {
  process.stderr.write(`Unknown command "${name}". Commands: ${Object.keys(commands).join(', ')}\n`);
  process.exit(2);
}
command().catch((error: unknown) => {
  if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
  else process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
