import { z } from 'zod';

/**
 * The one place where the environment is read. Every value has a default fit for a laptop
 * (`npm start`); in production (NODE_ENV=production) the values that must be chosen on
 * purpose are required, and a missing or wrong value stops the start with its name.
 */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WORKER_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(200),
  WORKER_BATCH: z.coerce.number().int().min(1).max(1000).default(20),
  WORKER_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(32).optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  SEED_DEMO: z.enum(['auto', 'never']).default('auto'),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).default('cohabitation-portal'),
  OIDC_CLIENT_SECRET: z.string().min(16).optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(7 * 24).default(8),
});

export type Config = {
  env: 'development' | 'test' | 'production';
  /** PostgreSQL server; when absent the embedded database (PGlite) in `dataDir` is used. */
  databaseUrl: string | undefined;
  dataDir: string;
  host: string;
  port: number;
  publicUrl: string;
  logLevel: string;
  /** concurrency: worker loops in one process (default 1 on PGlite, 2 on a server). */
  worker: { pollMs: number; batch: number; maxAttempts: number; concurrency: number };
  databasePoolSize: number;
  seedDemo: boolean;
  login: LoginConfig;
};

export type LoginConfig = {
  /** The OpenID provider; undefined: the embedded one, served under PUBLIC_URL/oidc. */
  issuer: string | undefined;
  clientId: string;
  /** Undefined with the embedded provider: it makes one at first start. */
  clientSecret: string | undefined;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = schema.safeParse(set);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const v = parsed.data;
  const problems = productionProblems(v);
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    env: v.NODE_ENV,
    databaseUrl: v.DATABASE_URL,
    dataDir: v.DATA_DIR,
    host: v.HOST,
    port: v.PORT,
    publicUrl: v.PUBLIC_URL ?? `http://${v.HOST}:${v.PORT}`,
    logLevel: v.LOG_LEVEL,
    worker: {
      pollMs: v.WORKER_POLL_MS,
      batch: v.WORKER_BATCH,
      maxAttempts: v.WORKER_MAX_ATTEMPTS,
      concurrency: v.WORKER_CONCURRENCY ?? (v.DATABASE_URL ? 2 : 1),
    },
    databasePoolSize: v.DATABASE_POOL_SIZE,
    seedDemo: v.SEED_DEMO === 'auto' && v.NODE_ENV !== 'production',
    login: {
      issuer: v.OIDC_ISSUER,
      clientId: v.OIDC_CLIENT_ID,
      clientSecret: v.OIDC_CLIENT_SECRET,
      sessionIdleMs: v.SESSION_IDLE_MINUTES * 60_000,
      sessionAbsoluteMs: v.SESSION_ABSOLUTE_HOURS * 3_600_000,
    },
  };
}

function productionProblems(v: z.infer<typeof schema>): string[] {
  if (v.NODE_ENV !== 'production') return [];
  const problems: string[] = [];
  if (!v.DATABASE_URL) problems.push('DATABASE_URL: required in production (a PostgreSQL server)');
  if (!v.PUBLIC_URL) problems.push('PUBLIC_URL: required in production (the address citizens use)');
  if (!v.OIDC_ISSUER) {
    problems.push('OIDC_ISSUER: required in production (the government login; the embedded '
      + 'test provider is not for production)');
  }
  if (!v.OIDC_CLIENT_SECRET) {
    problems.push('OIDC_CLIENT_SECRET: required in production (the client secret the '
      + 'government login issued)');
  }
  return problems;
}
