// Many cases driven concurrently through the engine and the worker (not HTTP), on the
// configured database: DATABASE_URL (a scratch database is made on that server and dropped
// afterwards) or the embedded PGlite. Prints cases/s, transitions/s, p50 and p99 of one
// transition, and last one JSON line with those figures.
//
// Two runs: first every case to its end (the clients' commands, then the worker's jobs and
// commands: register, messages, certificates, until no job is due); then the engine alone, the worker stopped:
// the clients' commands (start, both signatures) with their events, read models, outbox rows
// and deadlines written, but no job carried out.
//   BENCH_CASES (default 600 on a server, 150 on PGlite), BENCH_CLIENTS (default 8),
//   BENCH_ENGINE_CASES (the second run; default four times BENCH_CASES)
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { sql } from 'kysely';
import { addSyntheticCouples } from '../src/adapters/register-simulator/synthetic.ts';
import { createApp, type App } from '../src/app/app.ts';
import { startCase } from '../src/app/start-case.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/log.ts';

const server = process.env.DATABASE_URL;
const cases = Number(process.env.BENCH_CASES ?? (server ? 600 : 150));
const clients = Number(process.env.BENCH_CLIENTS ?? 8);
const engineCases = Number(process.env.BENCH_ENGINE_CASES ?? cases * 4);

async function admin(url: string, statement: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try { await client.query(statement); } finally { await client.end(); }
}

function scratchUrl(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function timed<T>(latencies: number[], work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  latencies.push(performance.now() - start);
  return result;
}

async function driveCase(app: App, couple: [string, string], latencies: number[]) {
  const [declarant, partner] = couple;
  const started = await timed(latencies, () => startCase(app.db, app.engine, app.registerFor, {
    declarant, path: 'joint', channel: 'online', actor: { role: 'declarant', id: declarant } }));
  const base = { caseId: started.caseId, channel: 'online' } as const;
  await timed(latencies, () => app.engine.execute({ ...base, type: 'SignDeclaration',
    actor: { role: 'declarant', id: declarant } }));
  await timed(latencies, () => app.engine.execute({ ...base, type: 'SignAsPartner',
    actor: { role: 'partner', id: partner } }));
}

/** Whether outbox jobs are still due: a completed case's certificates come after it completes. */
async function jobsDue(app: App): Promise<boolean> {
  const row = await app.db.selectFrom('outbox').select('id').where('status', '=', 'pending')
    .where('run_at', '<=', new Date()).limit(1).executeTakeFirst();
  return row !== undefined;
}

async function completed(app: App): Promise<number> {
  const row = await app.db.selectFrom('case_list').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'completed').executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Drives the cases of `count` new couples (numbered from `from`) with the clients; with the
 * worker, until all are completed.
 */
async function run(app: App, count: number, withWorker: boolean, from = 0) {
  const couples = await addSyntheticCouples(app.db, {
    count, from, municipality: '44021', postalCode: '9000', city: 'Gent' });
  const latencies: number[] = [];
  const queue = [...couples];
  const before = app.engine.commandsCarriedOut;
  const completedBefore = await completed(app);
  if (withWorker) app.worker.start();
  const start = performance.now();
  await Promise.all(Array.from({ length: clients }, async () => {
    for (let couple = queue.shift(); couple; couple = queue.shift()) {
      await driveCase(app, couple, latencies);
    }
  }));
  while (withWorker && ((await completed(app)) - completedBefore < count || await jobsDue(app))) {
    await new Promise((r) => setTimeout(r, 20));
  }
  const seconds = (performance.now() - start) / 1000;
  if (withWorker) await app.worker.stop();
  const transitions = app.engine.commandsCarriedOut - before;
  latencies.sort((a, b) => a - b);
  return {
    cases: count, seconds: round(seconds),
    casesPerSecond: round(count / seconds), transitions,
    transitionsPerSecond: round(transitions / seconds),
    transitionP50Ms: round(percentile(latencies, 50)), transitionP99Ms: round(percentile(latencies, 99)),
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** pgbench's default script with 8 clients on a scratch database of the same server. */
function pgbench(url: string): number | null {
  const probe = spawnSync('pgbench', ['--version'], { encoding: 'utf8' });
  if (probe.status !== 0) return null;
  const init = spawnSync('pgbench', ['-i', '-q', '-s', '10', url], { encoding: 'utf8' });
  if (init.status !== 0) return null;
  const out = spawnSync('pgbench', ['-c', '8', '-j', '2', '-T', '20', url], { encoding: 'utf8' });
  const match = /tps = ([\d.]+)/.exec(out.stdout);
  return match ? Number(match[1]) : null;
}

async function main() {
  const name = `bench_${randomBytes(4).toString('hex')}`;
  if (server) await admin(server, `create database ${name}`);
  const env = { ...process.env, LOG_LEVEL: 'warn', SEED_DEMO: 'auto', DATA_DIR: 'memory://',
    DATABASE_URL: server ? scratchUrl(server, name) : '', DATABASE_POOL_SIZE: '12',
    SMTP_CAPTURE_PORT: '0' };
  const config = loadConfig(env);
  const app = await createApp(config, { log: createLogger('warn') });
  try {
    const figures = await run(app, cases, true);
    const engine = await run(app, engineCases, false, cases);
    await sql`select 1`.execute(app.db);
    await app.close();
    let reference: Record<string, number> = {};
    let engineRatio: Record<string, number> = {};
    if (server) {
      const tps = pgbench(scratchUrl(server, name));
      if (tps !== null) {
        reference = { pgbenchTps: round(tps), ratioToPgbench: round(figures.transitionsPerSecond / tps) };
        engineRatio = { ratioToPgbench: round(engine.transitionsPerSecond / tps) };
      }
    }
    const result = { database: app.databaseKind, clients, ...figures, ...reference,
      engineAlone: { ...engine, ...engineRatio } };
    const print = (title: string, f: typeof figures) => {
      console.log(title);
      console.log(`  cases per second      ${f.casesPerSecond} (${f.cases} cases)`);
      console.log(`  transitions/second    ${f.transitionsPerSecond} (${f.transitions} in ${f.seconds} s)`);
      console.log(`  transition p50 / p99  ${f.transitionP50Ms} ms / ${f.transitionP99Ms} ms`);
    };
    console.log(`database              ${result.database} (${clients} clients)`);
    print('every case to its end (clients, worker, documents, messages)', figures);
    print('the engine alone (the clients\' commands, worker stopped)', engine);
    if (reference.pgbenchTps) {
      console.log(`pgbench (8 clients)   ${reference.pgbenchTps} tps; ratio ${reference.ratioToPgbench}`
        + ` (to its end), ${engineRatio.ratioToPgbench} (engine alone)`);
    }
    console.log(JSON.stringify(result));
  } finally {
    if (server) await admin(server, `drop database if exists ${name} with (force)`);
  }
}

await main();
