// A separate process of the app for crash and concurrency tests. Modes:
//   drive FILE   start, sign and co-sign a case for each couple in FILE (JSON), the worker
//                running alongside; prints "committed <caseId>" after each case's last commit
//   work         run the worker until told to stop (SIGTERM), counting test jobs
//   drain        run the worker until nothing is due, then exit
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { createApp } from '../../src/app/app.ts';
import { startCase } from '../../src/app/start-case.ts';
import { loadConfig } from '../../src/config.ts';
import type { JobHandler } from '../../src/engine/worker.ts';
import { createLogger } from '../../src/log.ts';

/** A side effect counted in a plain table: a second run of a job would show as a second row. */
const countJob: JobHandler = async (job, { trx }) => {
  await sql`insert into counted_effect (key, pid) values (${job.idempotencyKey}, ${process.pid})`
    .execute(trx);
  await new Promise((resolve) => setTimeout(resolve, 5));
};

const config = loadConfig({ ...process.env, SEED_DEMO: 'never', WORKER_POLL_MS: '20',
  SMTP_CAPTURE_PORT: '0', SMTP_TIMEOUT_MS: '1000' });
const app = await createApp(config, {
  log: createLogger('silent'), handlers: { count: countJob },
});
const [mode, file] = process.argv.slice(2);

if (mode === 'drive') {
  app.worker.start();
  app.notifications.sender.start();
  const couples = JSON.parse(readFileSync(file as string, 'utf8')) as [string, string][];
  for (const [declarant, partner] of couples) {
    const started = await startCase(app.db, app.engine, app.registerFor, {
      declarant, path: 'joint', channel: 'online', actor: { role: 'declarant', id: declarant } });
    const base = { caseId: started.caseId, channel: 'online' } as const;
    await app.engine.execute({ ...base, type: 'SignDeclaration',
      actor: { role: 'declarant', id: declarant } });
    await app.engine.execute({ ...base, type: 'SignAsPartner',
      actor: { role: 'partner', id: partner } });
    process.stdout.write(`committed ${started.caseId}\n`);
  }
  process.stdout.write('all committed\n');
  await new Promise(() => undefined);
} else if (mode === 'work') {
  app.worker.start();
  process.stdout.write('working\n');
  process.once('SIGTERM', () => {
    void app.close().then(() => process.exit(0));
  });
} else if (mode === 'drain') {
  // Deliveries a killed process had claimed are taken again once their lease runs out.
  for (let round = 0; round < 120; round += 1) {
    const jobs = await app.worker.drain(100_000);
    const sent = await app.notifications.sender.drain(100_000);
    const claimed = await app.db.selectFrom('delivery').select('id')
      .where('status', 'in', ['sending', 'queued']).limit(1).executeTakeFirst();
    if (jobs === 0 && sent === 0 && !claimed) break;
    if (jobs === 0 && sent === 0) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await app.close();
  process.stdout.write('drained\n');
  process.exit(0);
}
