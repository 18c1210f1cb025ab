import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App } from '../../src/app/app.ts';
import { loadConfig } from '../../src/config.ts';
import { SimulatedClock } from '../../src/engine/clock.ts';
import { createLogger } from '../../src/log.ts';
import { createEmptyServerDatabase } from '../support/database.ts';
import { completedJointCase, deliveriesOf, testCrm } from './support.ts';

const secret = 'the-crm-secret-across-restarts';
const dataDir = mkdtempSync(join(tmpdir(), 'crm-restart-'));
const serverDatabase = process.env.DATABASE_URL
  ? await createEmptyServerDatabase(process.env.DATABASE_URL) : undefined;
const clock = new SimulatedClock('2026-03-02T09:00:00+01:00');

after(async () => {
  await serverDatabase?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The service started on the same database: on disk (embedded) or on the server. */
function startService(crmUrl: string): Promise<App> {
  const config = loadConfig({
    NODE_ENV: 'test', DATA_DIR: dataDir, SEED_DEMO: 'auto', CRM_URL: crmUrl, CRM_SECRET: secret,
    ...(serverDatabase ? { DATABASE_URL: serverDatabase.url } : {}),
  });
  return createApp(config, { clock, log: createLogger('silent') });
}

test('a restart between tries keeps the order of a case\'s changes', async () => {
  const crm = await testCrm(secret, [503, 503], () => clock.now());
  try {
    let app = await startService(crm.url);
    const caseId = await completedJointCase(app, 'gentA');
    assert.equal(await app.crm.sender.runOnce(), 1, 'only the first change of the case');
    let rows = await deliveriesOf(app, caseId);
    assert.equal(rows[0]?.status, 'pending');
    assert.equal(rows[0]?.attempts, 1);
    await app.close();

    clock.advance(5_000);
    app = await startService(crm.url);
    rows = await deliveriesOf(app, caseId);
    assert.equal(rows.length, 4, 'the queue survived the restart');
    assert.deepEqual(rows.map((r) => [r.status, r.attempts]),
      [['pending', 1], ['pending', 0], ['pending', 0], ['pending', 0]]);
    for (let i = 0; i < 20; i++) {
      await app.crm.sender.runOnce();
      if ((await deliveriesOf(app, caseId)).every((r) => r.status === 'delivered')) break;
      clock.advance(61_000);
    }
    rows = await deliveriesOf(app, caseId);
    assert.ok(rows.every((r) => r.status === 'delivered'));
    assert.equal(rows[0]?.attempts, 3, 'two refusals, then taken');
    await app.close();

    const tried = crm.calls.map((c) => c.sequence);
    assert.deepEqual(tried, [...tried].sort((a, b) => a - b), 'never a later change first');
    assert.deepEqual(crm.accepted.map((e) => e.data.status.code),
      ['draft', 'awaiting_partner', 'registering', 'completed']);
    assert.ok(crm.calls.every((c) => c.signatureValid));
  } finally {
    await crm.close();
  }
});
