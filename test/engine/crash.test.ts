import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { addSyntheticCouples } from '../../src/adapters/register-simulator/synthetic.ts';
import { createApp } from '../../src/app/app.ts';
import { loadConfig } from '../../src/config.ts';
import { readEvents, verifyChain } from '../../src/engine/event-store.ts';
import { createLogger } from '../../src/log.ts';
import type { CaseEvent } from '../../src/process/index.ts';
import { sharedDatabase, spawnEngine, type SharedDatabase } from '../support/processes.ts';

async function openShared(shared: SharedDatabase) {
  const config = loadConfig({ ...process.env, ...shared.env, SEED_DEMO: 'auto', NODE_ENV: 'test' });
  return createApp({ ...config, databaseUrl: shared.env.DATABASE_URL || undefined },
    { log: createLogger('silent') });
}

async function prepare(shared: SharedDatabase, couples: number): Promise<string> {
  const app = await openShared(shared);
  const list = await addSyntheticCouples(app.db, {
    count: couples, municipality: '44021', postalCode: '9000', city: 'Gent' });
  const now = new Date();
  await app.db.insertInto('contact_preference').values(list.flat().map((person, i) => ({
    person_id: person, email: `citizen-${i}@example.be`, email_confirmed_at: now,
    email_wanted: true, updated_at: now,
  }))).execute();
  await sql`create table if not exists counted_effect (key text not null, pid int not null)`
    .execute(app.db);
  await app.close();
  const file = join(tmpdir(), `couples-${process.pid}-${Date.now()}.json`);
  writeFileSync(file, JSON.stringify(list));
  return file;
}

test('a SIGKILL in the middle of many cases loses no committed event and no effect runs twice',
  { timeout: 240_000 }, async () => {
    const shared = await sharedDatabase();
    try {
      const file = await prepare(shared, 40);
      const driver = spawnEngine(['drive', file], shared.env);
      await driver.waitFor(/^committed /, 12);
      driver.process.kill('SIGKILL');
      await driver.exited;
      const committed = driver.lines.filter((l) => l.startsWith('committed '))
        .map((l) => l.slice('committed '.length));

      const restart = spawnEngine(['drain'], shared.env);
      await restart.waitFor(/^drained$/);
      await restart.exited;

      const app = await openShared(shared);
      try {
        for (const caseId of committed) {
          const events = await readEvents<CaseEvent>(app.db, caseId);
          const count = (type: string) => events.filter((e) => e.type === type).length;
          assert.equal((await app.engine.load(caseId))?.state.status, 'completed', caseId);
          assert.equal(count('TerminationRegistered'), 1);
          assert.equal(count('HouseholdRefreshed'), 1);
          assert.equal(count('CertificateIssued'), 4);
          assert.equal((await verifyChain(app.db, caseId)).ok, true);
        }
        const unfinished = await app.db.selectFrom('outbox').select(['kind', 'status'])
          .where('status', '!=', 'done').execute();
        assert.deepEqual(unfinished, [], 'every outbox row was carried out after the restart');
        const doubled = await sql<{ n: number }>`select count(*)::int as n from (
          select cohabitation_id from register_termination group by cohabitation_id
          having count(*) > 1) d`.execute(app.db);
        assert.equal(doubled.rows[0]?.n, 0, 'no cohabitation was ended twice in the register');
        const messages = await sql<{ sent: number; effects: number }>`select
          (select count(*)::int from message) as sent,
          (select count(*)::int from outbox where kind = 'notify') as effects`.execute(app.db);
        assert.equal(messages.rows[0]?.sent, messages.rows[0]?.effects,
          'one message per notify effect: none lost, none doubled');
        const mail = await sql<{ citizen: number; deliveries: number; sent: number;
          captured: number; copies: number; retried: number }>`select
          (select count(*)::int from message where recipient in ('declarant', 'partner')) as citizen,
          (select count(*)::int from delivery) as deliveries,
          (select count(*)::int from delivery where status = 'sent') as sent,
          (select count(*)::int from captured_mail) as captured,
          (select coalesce(sum(copies), 0)::int from captured_mail) as copies,
          (select count(*)::int from delivery where attempts > 1) as retried`.execute(app.db);
        const m = mail.rows[0];
        assert.ok(m && m.citizen > 0);
        assert.equal(m?.deliveries, m?.citizen, 'each citizen message queued once on e-mail');
        assert.equal(m?.sent, m?.deliveries, 'every e-mail sent after the restart');
        assert.equal(m?.captured, m?.deliveries, 'every e-mail arrived');
        // Only a mail in flight at the kill (claimed, not yet recorded) may arrive twice.
        assert.ok((m?.copies ?? 0) - (m?.captured ?? 0) <= (m?.retried ?? 0),
          'no mail arrived twice unless the kill fell between its sending and its record');
      } finally {
        await app.close();
      }
    } finally {
      await shared.drop();
    }
  });
