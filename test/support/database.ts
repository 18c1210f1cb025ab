import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../src/db/database.ts';
import { migrate, readMigrations } from '../../src/db/migrate.ts';

/**
 * A fresh, migrated database for one test file: in memory on the embedded database, or,
 * when DATABASE_URL is set, a new database on that server that is dropped afterwards.
 */
export interface TestDatabase extends DatabaseHandle {
  /** The server address of this test database (PostgreSQL only). */
  url: string | undefined;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const handle = await openDatabase({ dataDir: 'memory://', template: await template() });
    await migrate(handle.db);
    return { ...handle, url: undefined };
  }
  const name = `test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const url = withDatabase(serverUrl, name);
  const handle = await openDatabase({ databaseUrl: url, poolSize: 10 });
  await migrate(handle.db);
  return {
    ...handle,
    url,
    close: async () => {
      await handle.close();
      await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

/** Creates an empty database on the server without migrating it (for start-up tests). */
export async function createEmptyServerDatabase(serverUrl: string) {
  const name = `test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${name}`);
  return {
    url: withDatabase(serverUrl, name),
    drop: () => adminQuery(serverUrl, `drop database if exists ${name} with (force)`),
  };
}

/**
 * Starting PGlite from a dump of a migrated database is several times faster than a fresh
 * start: the first test file of a run makes the dump (kept per migration set), the rest load it.
 */
async function template(): Promise<Blob> {
  const key = createHash('sha256')
    .update(readMigrations().map((m) => m.checksum).join()).digest('hex').slice(0, 16);
  const path = join(tmpdir(), `cohabitation-test-template-${key}.tar`);
  if (existsSync(path)) return new Blob([readFileSync(path)]);
  const handle = await openDatabase({ dataDir: 'memory://' });
  await migrate(handle.db);
  const dump = await (handle.dump as () => Promise<Blob>)();
  await handle.close();
  const partial = `${path}.${process.pid}`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, path);
  return dump;
}

export const usingServer = Boolean(process.env.DATABASE_URL);

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
