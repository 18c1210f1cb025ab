import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { loadConfig } from '../../src/config.ts';
import { PreparedWritesPool } from '../../src/db/prepared-writes.ts';
import { createEmptyServerDatabase } from '../support/database.ts';

const serverUrl = process.env.DATABASE_URL;

test('prepared writes are on by default and can be switched off for a pooler', () => {
  assert.equal(loadConfig({}).databasePreparedWrites, true);
  assert.equal(loadConfig({ DATABASE_PREPARED_WRITES: 'false' }).databasePreparedWrites, false);
  assert.throws(() => loadConfig({ DATABASE_PREPARED_WRITES: 'sometimes' }),
    /DATABASE_PREPARED_WRITES/);
});

/** One server connection, so the session's prepared statements can be listed. */
async function withOneConnection(
  limit: number,
  work: (db: Kysely<Record<string, never>>, pool: PreparedWritesPool) => Promise<void>,
) {
  const server = await createEmptyServerDatabase(serverUrl as string);
  const pool = new PreparedWritesPool(new pg.Pool({ connectionString: server.url, max: 1 }),
    { limit });
  const db = new Kysely<Record<string, never>>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`create table note (id int primary key, body text not null)`.execute(db);
    await work(db, pool);
  } finally {
    await db.destroy();
    await server.drop();
  }
}

async function preparedTexts(db: Kysely<Record<string, never>>): Promise<string[]> {
  const result = await sql<{ statement: string }>`select statement from pg_prepared_statements
    order by prepare_time`.execute(db);
  return result.rows.map((r) => r.statement);
}

if (serverUrl) test('a write run a third time is prepared on the server; reads never are', async () => {
  await withOneConnection(300, async (db, pool) => {
    const insert = (id: number) => sql`insert into note (id, body) values (${id}, ${'n'})`.execute(db);
    const read = () => sql`select body from note where id = ${1}`.execute(db);
    await insert(1);
    await insert(2);
    await read();
    assert.deepEqual(await preparedTexts(db), [], 'twice: not yet');
    await insert(3);
    await insert(4);
    for (let i = 0; i < 4; i += 1) await read();
    const texts = await preparedTexts(db);
    assert.equal(texts.length, 1);
    assert.match(texts[0] as string, /^insert into note/);
    assert.equal(pool.prepared, 1);
    const rows = await sql<{ id: number }>`select id from note order by id`.execute(db);
    assert.deepEqual(rows.rows.map((r) => r.id), [1, 2, 3, 4], 'every write was carried out once');
  });
});

if (serverUrl) test('no more texts are prepared than the limit; the others still run', async () => {
  await withOneConnection(2, async (db, pool) => {
    for (let round = 0; round < 4; round += 1) {
      for (const body of ['a', 'b', 'c']) {
        await sql`insert into note (id, body) values (${round * 10 + body.charCodeAt(0)}, ${body})
          on conflict do nothing`.execute(db);
        // Three different texts: the body is part of the statement, not a parameter.
        await sql.raw(`update note set body = '${body}' where id = -1`).execute(db);
      }
    }
    assert.equal(pool.prepared, 2);
    assert.equal((await preparedTexts(db)).length, 2);
    const count = await sql<{ n: number }>`select count(*)::int as n from note`.execute(db);
    assert.equal(count.rows[0]?.n, 12);
  });
});

if (serverUrl) test('a table changed under a prepared write fails that run once, then runs unprepared', async () => {
  await withOneConnection(300, async (db) => {
    const insert = (id: number) => sql<{ id: number }>`insert into note (id, body)
      values (${id}, ${'n'}) returning *`.execute(db);
    for (let id = 1; id <= 3; id += 1) await insert(id);
    await sql`alter table note add column extra text`.execute(db);
    await assert.rejects(insert(4), (error: { code?: string }) => error.code === '0A000');
    const after = await insert(5);
    assert.deepEqual(Object.keys(after.rows[0] ?? {}).sort(), ['body', 'extra', 'id']);
    const rows = await sql<{ id: number }>`select id from note order by id`.execute(db);
    assert.deepEqual(rows.rows.map((r) => r.id), [1, 2, 3, 5], 'the refused run wrote nothing');
  });
});
