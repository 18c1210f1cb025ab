// The office's case list with many cases, on the configured database: DATABASE_URL (a
// scratch database is made on that server and dropped afterwards) or a temporary in-memory
// PGlite. Loads N cases (half of them Gent's, the rest spread over four municipalities) with
// generate_series in batches, each with its two partners in case_party, then times the
// list's queries as a Gent member of staff sees them, through the list's own code. Prints
// p50 and p95 of each query, and last one JSON line with all figures.
//   BENCH_LIST_CASES or the first argument: N (default 1,000,000 on a server, 20,000 on PGlite)
//   BENCH_LIST_RUNS: timed runs per query (default 30)
//   BENCH_LIST_TIMEOUT_S: the whole run stops after this many seconds (default 1800)
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { sql } from 'kysely';
import {
  defaultQuery, listCases, nameKey, type CaseListQuery, type Searcher,
} from '../src/app/office/case-list.ts';
import { openDatabase, type DatabaseHandle } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';

const server = process.env.DATABASE_URL;
const cases = Number(process.argv[2] ?? process.env.BENCH_LIST_CASES ?? (server ? 1_000_000 : 20_000));
const runs = Number(process.env.BENCH_LIST_RUNS ?? 30);
const timeoutSeconds = Number(process.env.BENCH_LIST_TIMEOUT_S ?? 1800);
const batch = 100_000;

if (!Number.isInteger(cases) || cases < 100 || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: bench:list [N ≥ 100]   (BENCH_LIST_RUNS ≥ 1)');
  process.exit(2);
}

const gent = '44021';
const municipalities = [gent, '24062', '11002', '92094', '63079'];
const surnames = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes',
  'Goossens', 'Wouters', 'De Smet', 'Dubois', 'Lambert', 'Dupont', 'Martin', 'Simon', 'Laurent',
  'Vermeulen', 'Van den Broeck', 'Hermans', 'Michiels', 'Leclercq', 'Lemaire', 'Renard',
  'Desmet', 'Aerts', 'Smets', 'Pauwels', 'Verstraete', 'De Backer', 'Segers', 'Muller',
  'Schmitz', 'Schneider', 'Moreau', 'Fontaine', 'Dumont', 'Bogaert', 'Coppens', 'Cools',
  'Stevens'];
const givenNames = ['Jan', 'Els', 'Marie', 'Luc', 'Sofie', 'Tom', 'An', 'Karim', 'Lotte',
  'Jean', 'Julie', 'Hans', 'Greta', 'Lukas', 'Anna', 'Mats', 'Noor', 'Bram', 'Ilse', 'Koen',
  'Sarah', 'Ruben', 'Odile', 'Pieter', 'Emma', 'Louis', 'Lucas', 'Olivia', 'Arthur', 'Mila',
  'Nora', 'Adam', 'Lina', 'Victor', 'Elena', 'Jules', 'Fien', 'Wout', 'Amira', 'Youssef'];

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

const textArray = (values: string[]) => sql`array[${sql.join(values)}]::text[]`;

/** Cases from..to (inclusive) in one statement each for case_list and case_party. */
async function load(handle: DatabaseHandle, from: number, to: number) {
  const { db } = handle;
  await sql`
    insert into case_list (case_id, reference, municipality, status, path, filing_mode, channel,
      waiting_on, next_deadline_at, follow_up_open, started_at, updated_at, version)
    select lpad(to_hex(i), 32, '0')::uuid,
      'WS-' || (2020 + i % 7) || '-' || lpad((i / 7)::text, 6, '0'),
      case when i % 2 = 0 then ${gent} else (${textArray(municipalities)})[2 + (i / 2) % 4] end,
      s.status, case when i % 3 = 0 then 'unilateral' else 'joint' end,
      case when i % 5 = 0 then 'counter' else 'online' end,
      case when i % 5 = 0 or i % 11 = 0 then 'counter' else 'online' end,
      case s.status when 'draft' then 'declarant' when 'awaiting_partner' then 'partner'
        when 'awaiting_declarant_choice' then 'declarant' when 'awaiting_counter_visit' then 'counter'
        when 'awaiting_payment' then 'declarant' when 'awaiting_service' then 'bailiff'
        when 'registering' then 'registrar' end,
      case when s.status in ('completed', 'withdrawn', 'lapsed', 'expired') then null
        else now() + ((i % 97) - 7) * interval '1 day' + (i % 24) * interval '1 hour' end,
      i % 53 = 0,
      now() - i * interval '61 seconds',
      now() - i * interval '61 seconds' + (i % 40) * interval '1 day' / 3,
      1 + i % 9
    from generate_series(${from}::int, ${to}::int) as i,
      lateral (select (array['draft', 'awaiting_partner', 'awaiting_declarant_choice',
        'awaiting_counter_visit', 'awaiting_payment', 'awaiting_service', 'registering',
        'completed', 'completed', 'completed', 'completed', 'withdrawn', 'lapsed', 'expired'])
        [1 + (i * 7) % 14] as status) as s`.execute(db);
  await sql`
    insert into case_party (case_id, municipality, person_id, role, display_name, surname_key,
      given_key)
    select lpad(to_hex(i), 32, '0')::uuid,
      case when i % 2 = 0 then ${gent} else (${textArray(municipalities)})[2 + (i / 2) % 4] end,
      lpad((i * 2 + r.k)::text, 11, '0'), r.role,
      g.given || ' ' || g.surname,
      ${sql.raw(keySql('g.surname', 'g.given'))}, ${sql.raw(keySql('g.given', 'g.surname'))}
    from generate_series(${from}::int, ${to}::int) as i,
      (values (0, 'declarant'), (1, 'partner')) as r(k, role),
      lateral (select
        (${textArray(surnames)})[1 + ((i * 2 + r.k) * 7) % ${surnames.length}] as surname,
        (${textArray(givenNames)})[1 + ((i * 2 + r.k) / 3) % ${givenNames.length}] as given) as g`
    .execute(db);
}

/** The same key as nameKey() for the plain ASCII names loaded here. */
function keySql(first: string, second: string): string {
  return `lower(replace(${first} || ' ' || ${second}, '''', ' '))`;
}

async function time(label: string, work: () => Promise<unknown>) {
  await work();
  const latencies: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await work();
    latencies.push(performance.now() - start);
  }
  latencies.sort((a, b) => a - b);
  const p50 = percentile(latencies, 50);
  const p95 = percentile(latencies, 95);
  console.log(`${label.padEnd(34)} p50 ${p50.toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms`);
  return { p50: Number(p50.toFixed(2)), p95: Number(p95.toFixed(2)) };
}

async function run(handle: DatabaseHandle) {
  const { db } = handle;
  await migrate(db);
  for (const code of municipalities) {
    await sql`insert into municipality (code, name, judicial_district, settings)
      values (${code}, '{}'::jsonb, 'bench', '{}'::jsonb) on conflict do nothing`.execute(db);
  }
  const loadStart = performance.now();
  for (let from = 1; from <= cases; from += batch) {
    await load(handle, from, Math.min(cases, from + batch - 1));
    process.stdout.write(`loaded ${Math.min(cases, from + batch - 1)} of ${cases} cases\r`);
  }
  await sql`analyze case_list`.execute(db);
  await sql`analyze case_party`.execute(db);
  const loadSeconds = (performance.now() - loadStart) / 1000;
  console.log(`\nloaded ${cases} cases (${cases * 2} partners) in ${loadSeconds.toFixed(1)} s on ${handle.kind}`);

  const staff: Searcher = { municipality: gent, subject: 'bench-staff', role: 'civil_affairs' };
  const now = new Date();
  const list = (q: Partial<CaseListQuery>) => () =>
    listCases(db, staff, { ...defaultQuery, ...q }, now);
  // A Gent case (even numbers) in the middle, and one of its partners.
  const middle = Math.floor(cases / 4) * 2;
  const reference = `WS-${2020 + (middle % 7)}-${String(Math.floor(middle / 7)).padStart(6, '0')}`;
  const nationalNumber = String(middle * 2).padStart(11, '0');
  const figures: Record<string, { p50: number; p95: number }> = {
    list: await time('list (updated, newest first)', list({})),
    listStarted: await time('list sorted by started, oldest', list({ sort: 'started', direction: 'asc' })),
    listDeadline: await time('list sorted by next deadline', list({ sort: 'deadline', direction: 'asc' })),
    listReference: await time('list sorted by reference, desc', list({ sort: 'reference' })),
    listPage40: await time('list page 40', list({ page: 40 })),
    status: await time('filter status awaiting_payment', list({ status: 'awaiting_payment' })),
    waitingOn: await time('filter waiting on bailiff', list({ waitingOn: 'bailiff' })),
    overdue: await time('filter overdue', list({ overdue: true })),
    within7Days: await time('filter deadline within 7 days', list({ withinDays: 7 })),
    followUp: await time('filter needs follow-up', list({ followUp: true })),
    counterStarted: await time('filter counter, sorted by started', list({ channel: 'counter', sort: 'started' })),
    combined: await time('filter status + counter + 30 days', list({ status: 'awaiting_payment', channel: 'counter', withinDays: 30 })),
    searchReference: await time('search reference', list({ search: { kind: 'reference', reference } })),
    searchNationalNumber: await time('search national number',
      list({ search: { kind: 'nationalNumber', nationalNumber } })),
    searchName: await time('search name "peeters jan"', list({ search: { kind: 'name', key: nameKey('Peeters Jan') } })),
    searchNamePrefix: await time('search name prefix "verm"', list({ search: { kind: 'name', key: 'verm' } })),
  };
  console.log(JSON.stringify({ bench: 'case-list', database: handle.kind, cases, runs,
    loadSeconds: Number(loadSeconds.toFixed(1)), ...figures }));
}

async function main() {
  const timer = setTimeout(() => {
    console.error(`case-list bench: stopped after ${timeoutSeconds} s`);
    process.exitCode = 1;
    void cleanup().finally(() => process.exit(1));
  }, timeoutSeconds * 1000);
  timer.unref();
  try {
    await runBench();
  } finally {
    await cleanup();
    clearTimeout(timer);
  }
}

let cleanup: () => Promise<void> = async () => undefined;

async function runBench() {
  if (!server) {
    const handle = await openDatabase({ dataDir: 'memory://' });
    cleanup = async () => { cleanup = async () => undefined; await handle.close(); };
    await run(handle);
    return;
  }
  const name = `bench_list_${randomBytes(6).toString('hex')}`;
  await admin(server, `create database ${name}`);
  const handle = await openDatabase({ databaseUrl: scratchUrl(server, name), poolSize: 2 });
  cleanup = async () => {
    cleanup = async () => undefined;
    await handle.close().catch(() => undefined);
    await admin(server, `drop database if exists ${name} with (force)`);
  };
  await run(handle);
}

await main();
