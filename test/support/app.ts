import { createApp, type App, type AppOverrides } from '../../src/app/app.ts';
import { loadConfig } from '../../src/config.ts';
import { SimulatedClock } from '../../src/engine/clock.ts';
import { createLogger } from '../../src/log.ts';
import { createEmptyServerDatabase } from './database.ts';

export interface TestApp extends App {
  clock: SimulatedClock;
}

/**
 * The whole app (engine, worker, register simulator, demo data) on a fresh database: in
 * memory, or a new database on the server when DATABASE_URL is set. The clock is simulated.
 */
export async function createTestApp(
  start = '2026-03-02T09:00:00+01:00', overrides: AppOverrides = {},
  env: Record<string, string> = {},
): Promise<TestApp> {
  const server = process.env.DATABASE_URL
    ? await createEmptyServerDatabase(process.env.DATABASE_URL) : undefined;
  const config = loadConfig({
    NODE_ENV: 'test', DATA_DIR: 'memory://', SEED_DEMO: 'auto', WORKER_POLL_MS: '50', ...env,
    ...(server ? { DATABASE_URL: server.url } : {}),
  });
  const clock = new SimulatedClock(start);
  const app = await createApp({ ...config, seedDemo: true },
    { clock, log: createLogger('silent'), ...overrides });
  return {
    ...app,
    clock,
    close: async () => {
      await app.close();
      await server?.drop();
    },
  };
}
