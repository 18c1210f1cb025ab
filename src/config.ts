import { randomBytes } from 'node:crypto';
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
  DATABASE_PREPARED_WRITES: z.enum(['true', 'false']).default('true'),
  SEED_DEMO: z.enum(['auto', 'never']).default('auto'),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).default('cohabitation-portal'),
  OIDC_CLIENT_SECRET: z.string().min(16).optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(7 * 24).default(8),
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(24 * 3600).default(600),
  RATE_LIMIT_SIGN_IN_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(60),
  RATE_LIMIT_SIGN_IN_PER_PERSON: z.coerce.number().int().min(1).max(100_000).default(15),
  RATE_LIMIT_START_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(30),
  RATE_LIMIT_START_PER_PERSON: z.coerce.number().int().min(1).max(100_000).default(5),
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  SMTP_SECURE: z.enum(['true', 'false']).default('false'),
  SMTP_REQUIRE_TLS: z.enum(['true', 'false']).default('false'),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASSWORD: z.string().min(1).optional(),
  SMTP_FROM: z.string().min(3).default('Burgerzaken <no-reply@samenwoning.localhost>'),
  SMTP_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  SMTP_CAPTURE_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  SMS_GATEWAY_URL: z.string().url().optional(),
  SMS_GATEWAY_TOKEN: z.string().min(8).optional(),
  SMS_STATUS_SECRET: z.string().min(16).optional(),
  SMS_SENDER: z.string().min(1).max(11).default('Gemeente'),
  DELIVERY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(6),
  REGISTER_ALERT_AFTER_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(15),
  PAYMENT_PROVIDER: z.enum(['embedded', 'mollie']).default('embedded'),
  MOLLIE_API_KEY: z.string()
    .regex(/^(live|test)_\w{20,}$/, 'a Mollie API key (live_… or test_…)').optional(),
  MOLLIE_API_URL: z.string().url().default('https://api.mollie.com'),
  PAYMENT_WEBHOOK_SECRET: z.string().min(16).optional(),
  BAILIFF_API_ISSUER: z.string().url().optional(),
  BAILIFF_API_AUDIENCE: z.string().min(1).optional(),
  BAILIFF_API_JWKS_URL: z.string().url().optional(),
  DEED_MAX_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024)
    .default(10 * 1024 * 1024),
  CRM_URL: z.string().url().optional(),
  CRM_SECRET: z.string().min(16).optional(),
  CRM_FAILED_AFTER_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(10),
  CRM_FAILED_RETRY_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
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
  /** Repeated writes as prepared statements on the PostgreSQL server. */
  databasePreparedWrites: boolean;
  seedDemo: boolean;
  login: LoginConfig;
  /** Proxies in front of the server whose X-Forwarded-For is trusted (0: none). */
  trustProxyHops: number;
  rateLimits: RateLimitConfig;
  notifications: NotificationConfig;
  /** How long a National Register write may keep failing before staff get a task. */
  registerAlertAfterMs: number;
  payments: PaymentConfig;
  bailiffApi: BailiffApiConfig;
  crm: CrmConfig;
};

/**
 * The CRM link: where status changes go as signed CloudEvents, and the shared secret of their
 * signatures. Without a URL they go to this service's embedded receiver (PUBLIC_URL/crm/events).
 */
export type CrmConfig = {
  url: string | undefined;
  /**
   * Without CRM_SECRET: a fixed development secret outside production; in production (only
   * allowed with the embedded receiver) a random secret of this process.
   */
  secret: string;
  /** Tries of a change before it shows as failed on /office/crm. */
  failedAfterAttempts: number;
  /** The pause between tries of a change that shows as failed (it is still tried). */
  failedRetryMs: number;
};

/**
 * The bailiff API's access tokens (OAuth2 client credentials, JWT access tokens): who issues
 * them, for which audience, and where the issuer's signing keys are. Without an issuer the
 * embedded provider issues them and its own key verifies them.
 */
export type BailiffApiConfig = {
  issuer: string | undefined;
  audience: string;
  jwksUrl: string | undefined;
  /** The largest deed of service (PDF) accepted, in bytes. */
  deedMaxBytes: number;
};

/** The payment provider: the embedded simulation (not in production) or Mollie. */
export type PaymentConfig =
  | { provider: 'embedded'; webhookSecret: string }
  | { provider: 'mollie'; apiKey: string; apiUrl: string };

export type NotificationConfig = {
  /**
   * The SMTP server mail goes to; undefined: the embedded capture server on `capturePort`
   * (2525 in development, a free port in tests; 0 picks a free port).
   */
  smtp: {
    host: string; port: number; secure: boolean; requireTls: boolean;
    user: string | undefined; password: string | undefined;
  } | undefined;
  capturePort: number;
  from: string;
  timeoutMs: number;
  /** The HTTP SMS gateway; undefined: the embedded sink (outside production) or no SMS. */
  smsGateway: { url: string; token: string; statusSecret: string } | undefined;
  smsSender: string;
  /** Tries of one delivery before it fails and the next channel is tried. */
  maxAttempts: number;
};

/** Most tries in one fixed window, per client address and per person (sign-in, start). */
export type RateLimitConfig = {
  windowMs: number;
  signIn: { perAddress: number; perPerson: number };
  startCase: { perAddress: number; perPerson: number };
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
    databasePreparedWrites: v.DATABASE_PREPARED_WRITES === 'true',
    seedDemo: v.SEED_DEMO === 'auto' && v.NODE_ENV !== 'production',
    login: {
      issuer: v.OIDC_ISSUER,
      clientId: v.OIDC_CLIENT_ID,
      clientSecret: v.OIDC_CLIENT_SECRET,
      sessionIdleMs: v.SESSION_IDLE_MINUTES * 60_000,
      sessionAbsoluteMs: v.SESSION_ABSOLUTE_HOURS * 3_600_000,
    },
    trustProxyHops: v.TRUST_PROXY,
    rateLimits: {
      windowMs: v.RATE_LIMIT_WINDOW_SECONDS * 1000,
      signIn: { perAddress: v.RATE_LIMIT_SIGN_IN_PER_ADDRESS,
        perPerson: v.RATE_LIMIT_SIGN_IN_PER_PERSON },
      startCase: { perAddress: v.RATE_LIMIT_START_PER_ADDRESS,
        perPerson: v.RATE_LIMIT_START_PER_PERSON },
    },
    notifications: notificationConfig(v),
    registerAlertAfterMs: v.REGISTER_ALERT_AFTER_MINUTES * 60_000,
    payments: paymentConfig(v),
    bailiffApi: bailiffApiConfig(v),
    crm: crmConfig(v),
  };
}

/** Outside production the CRM link may sign with a fixed development secret. */
const developmentCrmSecret = 'development-only-crm-event-secret';

function crmConfig(v: z.infer<typeof schema>): CrmConfig {
  const fallback = v.NODE_ENV === 'production'
    ? randomBytes(32).toString('base64url') : developmentCrmSecret;
  return { url: v.CRM_URL, secret: v.CRM_SECRET ?? fallback,
    failedAfterAttempts: v.CRM_FAILED_AFTER_ATTEMPTS,
    failedRetryMs: v.CRM_FAILED_RETRY_MINUTES * 60_000 };
}

function bailiffApiConfig(v: z.infer<typeof schema>): BailiffApiConfig {
  const publicUrl = v.PUBLIC_URL ?? `http://${v.HOST}:${v.PORT}`;
  const issuer = v.BAILIFF_API_ISSUER ?? v.OIDC_ISSUER;
  return {
    issuer,
    audience: v.BAILIFF_API_AUDIENCE ?? `${publicUrl}/api/bailiff/v1`,
    jwksUrl: v.BAILIFF_API_JWKS_URL ?? (issuer ? `${issuer.replace(/\/$/, '')}/jwks` : undefined),
    deedMaxBytes: v.DEED_MAX_BYTES,
  };
}

/** Outside production the embedded provider may sign with a fixed development secret. */
const developmentWebhookSecret = 'development-only-payment-webhook-secret';

function paymentConfig(v: z.infer<typeof schema>): PaymentConfig {
  if (v.PAYMENT_PROVIDER === 'mollie') {
    if (!v.MOLLIE_API_KEY) {
      throw new ConfigError(['MOLLIE_API_KEY: required with PAYMENT_PROVIDER=mollie']);
    }
    return { provider: 'mollie', apiKey: v.MOLLIE_API_KEY, apiUrl: v.MOLLIE_API_URL };
  }
  return { provider: 'embedded',
    webhookSecret: v.PAYMENT_WEBHOOK_SECRET ?? developmentWebhookSecret };
}

function notificationConfig(v: z.infer<typeof schema>): NotificationConfig {
  const secure = v.SMTP_SECURE === 'true';
  return {
    smtp: v.SMTP_HOST === undefined ? undefined : {
      host: v.SMTP_HOST, port: v.SMTP_PORT ?? (secure ? 465 : 587), secure,
      requireTls: v.SMTP_REQUIRE_TLS === 'true', user: v.SMTP_USER, password: v.SMTP_PASSWORD,
    },
    capturePort: v.SMTP_CAPTURE_PORT ?? (v.NODE_ENV === 'development' ? 2525 : 0),
    from: v.SMTP_FROM,
    timeoutMs: v.SMTP_TIMEOUT_MS,
    smsGateway: v.SMS_GATEWAY_URL && v.SMS_GATEWAY_TOKEN && v.SMS_STATUS_SECRET
      ? { url: v.SMS_GATEWAY_URL, token: v.SMS_GATEWAY_TOKEN, statusSecret: v.SMS_STATUS_SECRET }
      : undefined,
    smsSender: v.SMS_SENDER,
    maxAttempts: v.DELIVERY_MAX_ATTEMPTS,
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
  if (!v.SMTP_HOST) {
    problems.push('SMTP_HOST: required in production (the mail server; the embedded capture '
      + 'server keeps mail instead of sending it)');
  }
  problems.push(...paymentProblems(v));
  if (v.CRM_URL && !v.CRM_SECRET) {
    problems.push('CRM_SECRET: required in production with CRM_URL (the shared secret the '
      + 'CRM checks the signature of each event with)');
  }
  const sms = [v.SMS_GATEWAY_URL, v.SMS_GATEWAY_TOKEN, v.SMS_STATUS_SECRET];
  if (sms.some(Boolean) && !sms.every(Boolean)) {
    problems.push('SMS_GATEWAY_URL, SMS_GATEWAY_TOKEN, SMS_STATUS_SECRET: set all three, or '
      + 'none (then no SMS is offered)');
  }
  return problems;
}

function paymentProblems(v: z.infer<typeof schema>): string[] {
  if (v.PAYMENT_PROVIDER === 'embedded') {
    return ['PAYMENT_PROVIDER: must be mollie in production (the embedded provider is a '
      + 'simulation that takes no money)'];
  }
  return v.MOLLIE_API_KEY ? [] : ['MOLLIE_API_KEY: required with PAYMENT_PROVIDER=mollie'];
}
