import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from '../../src/db/database.ts';
import { migrate, readMigrations, MigrationError } from '../../src/db/migrate.ts';
import { createEmptyServerDatabase, createTestDatabase, usingServer } from '../support/database.ts';
import { DataDirInUseError } from '../../src/db/data-dir-lock.ts';

test('a migrated database has every migration recorded once', async () => {
  const t = await createTestDatabase();
  try {
    const rows = await sql<{ version: string }>`select version from schema_migration
      order by version`.execute(t.db);
    assert.deepEqual(rows.rows.map((r) => r.version), readMigrations().map((m) => m.version));
    assert.deepEqual(await migrate(t.db), [], 'a second run has nothing to do');
  } finally {
    await t.close();
  }
});

test('a migration edited after it ran stops the start', async () => {
  const t = await createTestDatabase();
  try {
    const [first, ...rest] = readMigrations();
    assert.ok(first);
    const edited = { ...first, checksum: 'changed', sql: `${first.sql}\n-- edited` };
    await assert.rejects(migrate(t.db, [edited, ...rest]), MigrationError);
  } finally {
    await t.close();
  }
});

test('migrations run in order from files and a failing one leaves nothing behind', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'migrations-'));
  writeFileSync(join(dir, '0001_first.sql'), 'create table first_table (id int);');
  writeFileSync(join(dir, '0002_broken.sql'), 'create table second_table (id int); select nope;');
  const handle = await openDatabase({ dataDir: 'memory://' });
  try {
    await assert.rejects(migrate(handle.db, readMigrations(dir)));
    const tables = await sql<{ n: number }>`select count(*)::int as n from pg_tables
      where tablename in ('first_table', 'second_table')`.execute(handle.db);
    assert.equal(tables.rows[0]?.n, 0);
  } finally {
    await handle.close();
  }
});

if (usingServer) test('two processes migrating one server at once apply each migration once', async () => {
  const server = await createEmptyServerDatabase(process.env.DATABASE_URL as string);
  const a = await openDatabase({ databaseUrl: server.url });
  const b = await openDatabase({ databaseUrl: server.url });
  try {
    const [doneA, doneB] = await Promise.all([migrate(a.db), migrate(b.db)]);
    const all = readMigrations().map((m) => m.version);
    assert.deepEqual([...doneA, ...doneB].sort(), all, 'every migration ran exactly once');
  } finally {
    await a.close();
    await b.close();
    await server.drop();
  }
});

test('a second process cannot open the embedded database folder in use', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'data-'));
  const first = await openDatabase({ dataDir: dir });
  try {
    writeFileSync(join(dir, 'owner.pid'), String(process.ppid));
    await assert.rejects(openDatabase({ dataDir: dir }), DataDirInUseError);
  } finally {
    await first.close();
  }
});

test('migration 0025 gives existing cases in the list the channel of their first event', async () => {
  const handle = await openDatabase({ dataDir: 'memory://' });
  try {
    const before = readMigrations().filter((m) => m.version < '0025');
    await migrate(handle.db, before);
    await sql`insert into municipality (code, name, judicial_district, settings)
      values ('44021', ${JSON.stringify({ nl: 'Gent', fr: 'Gand', de: 'Gent', en: 'Ghent' })},
        'Gent', '{}')`.execute(handle.db);
    const cases = [['00000000-0000-4000-8000-000000000001', 'counter'],
      ['00000000-0000-4000-8000-000000000002', 'online']] as const;
    for (const [n, [caseId, channel]] of cases.entries()) {
      await sql`insert into case_list (case_id, reference, municipality, status, path, filing_mode,
          waiting_on, next_deadline_at, follow_up_open, started_at, updated_at, version)
        values (${caseId}, ${`WS-2026-00000${n}`}, '44021', 'draft', 'joint', 'online',
          'declarant', null, false, now(), now(), 1)`.execute(handle.db);
      await sql`insert into case_event (case_id, version, type, event, occurred_at,
          previous_hash, hash)
        values (${caseId}, 1, 'CaseStarted', ${JSON.stringify({ type: 'CaseStarted', channel })},
          now(), ${'0'.repeat(64)}, ${String(n).repeat(64)})`.execute(handle.db);
    }
    await migrate(handle.db);
    const rows = await sql<{ case_id: string; channel: string }>`select case_id, channel
      from case_list order by case_id`.execute(handle.db);
    assert.deepEqual(rows.rows.map((r) => [r.case_id, r.channel]), cases);
  } finally {
    await handle.close();
  }
});
