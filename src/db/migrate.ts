import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Db } from './database.ts';

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

/** Any fixed number: every process takes the same advisory lock before it migrates. */
const MIGRATION_LOCK = 7_147_501;

export interface Migration {
  version: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationError';
  }
}

export function readMigrations(dir = migrationsDir): Migration[] {
  return readdirSync(dir)
    .filter((name) => /^\d{4}_[a-z0-9_]+\.sql$/.test(name))
    .sort()
    .map((name) => {
      const text = readFileSync(`${dir}/${name}`, 'utf8');
      return { version: name.replace(/\.sql$/, ''), sql: text, checksum: sha256(text) };
    });
}

/**
 * Brings the schema up to date, forward only, in one transaction under an advisory lock:
 * of two processes starting together, the second waits and then finds nothing left to do.
 * A migration that was applied and has since been edited stops the start.
 */
export async function migrate(db: Db, migrations = readMigrations()): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
    await sql`create table if not exists schema_migration (
      version text primary key,
      checksum text not null,
      applied_at timestamptz not null default now())`.execute(trx);
    const applied = await sql<{ version: string; checksum: string }>`
      select version, checksum from schema_migration`.execute(trx);
    const known = new Map(applied.rows.map((row) => [row.version, row.checksum]));
    const done: string[] = [];
    for (const migration of migrations) {
      const checksum = known.get(migration.version);
      if (checksum === migration.checksum) continue;
      if (checksum !== undefined) {
        throw new MigrationError(`Migration ${migration.version} was changed after it ran; ` +
          'migrations are forward-only: add a new one instead.');
      }
      await sql.raw(migration.sql).execute(trx);
      await sql`insert into schema_migration (version, checksum)
        values (${migration.version}, ${migration.checksum})`.execute(trx);
      done.push(migration.version);
    }
    return done;
  });
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
