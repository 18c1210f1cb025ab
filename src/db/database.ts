import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect.ts';
import { PreparedWritesPool } from './prepared-writes.ts';
import type { Database } from './schema.ts';
import { lockDataDir } from './data-dir-lock.ts';

export type Db = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** A copy of the embedded database's files (PGlite only). */
  dump?: () => Promise<Blob>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A PostgreSQL server; without it the embedded database is used. */
  databaseUrl?: string | undefined;
  /** Folder of the embedded database; 'memory://' keeps it in memory (tests). */
  dataDir?: string;
  /** An in-memory embedded database starts from this dump (tests: a migrated template). */
  template?: Blob;
  poolSize?: number;
  /** Repeated writes run as prepared statements on the server (default); off behind a
   * connection pooler that does not keep them. */
  preparedWrites?: boolean;
}

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    return openPostgres(options.databaseUrl, options.poolSize ?? 10, options.preparedWrites ?? true);
  }
  return openPGlite(options.dataDir ?? 'memory://', options.template);
}

function openPostgres(url: string, poolSize: number, preparedWrites: boolean): DatabaseHandle {
  const types = {
    getTypeParser(oid: number, format?: 'text' | 'binary') {
      if (oid === 20) return (value: string) => Number(value);
      return format === 'binary' ? pg.types.getTypeParser(oid, 'binary')
        : pg.types.getTypeParser(oid, 'text');
    },
  };
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types });
  // An idle connection closed by the server (a restart, a dropped database) is an event on
  // the pool, not a crash: the pool opens a new connection for the next query.
  pool.on('error', () => undefined);
  const dialect = new PostgresDialect({ pool: preparedWrites ? new PreparedWritesPool(pool) : pool });
  const db = new Kysely<Database>({ dialect });
  return { db, kind: 'postgres', close: () => db.destroy() };
}

async function openPGlite(dataDir: string, template?: Blob): Promise<DatabaseHandle> {
  const inMemory = dataDir.startsWith('memory://');
  const unlock = inMemory ? () => undefined : lockDataDir(dataDir);
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const pglite = inMemory
    ? new PGlite(template ? { loadDataDir: template } : {})
    : new PGlite(`${dataDir}/pglite`);
  await pglite.waitReady;
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    kind: 'pglite',
    dump: () => pglite.dumpDataDir('none'),
    close: async () => {
      await db.destroy();
      unlock();
    },
  };
}
