import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from '../src/config.ts';

test('the defaults need no variable at all: embedded database, local address', () => {
  const config = loadConfig({});
  assert.equal(config.env, 'development');
  assert.equal(config.databaseUrl, undefined);
  assert.equal(config.host, '127.0.0.1');
  assert.equal(config.seedDemo, true);
});

test('production without a database server or public address stops with their names', () => {
  assert.throws(() => loadConfig({ NODE_ENV: 'production' }), (error: unknown) =>
    error instanceof ConfigError
    && error.problems.some((p) => p.startsWith('DATABASE_URL'))
    && error.problems.some((p) => p.startsWith('PUBLIC_URL')));
});

test('a wrong value names its variable', () => {
  assert.throws(() => loadConfig({ PORT: 'eighty' }), (error: unknown) =>
    error instanceof ConfigError && error.problems.some((p) => p.startsWith('PORT')));
});

test('production never seeds demo people', () => {
  const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x',
    PUBLIC_URL: 'https://example.test', OIDC_ISSUER: 'https://login.example.test',
    OIDC_CLIENT_SECRET: 'a-secret-of-sufficient-length', SMTP_HOST: 'smtp.example.test',
    PAYMENT_PROVIDER: 'mollie', MOLLIE_API_KEY: 'live_abcdefghijklmnopqrstuvwxyz' });
  assert.equal(config.seedDemo, false);
});

test('production needs a mail server, and the SMS gateway whole or not at all', () => {
  const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x',
    PUBLIC_URL: 'https://example.test', OIDC_ISSUER: 'https://login.example.test',
    OIDC_CLIENT_SECRET: 'a-secret-of-sufficient-length',
    PAYMENT_PROVIDER: 'mollie', MOLLIE_API_KEY: 'live_abcdefghijklmnopqrstuvwxyz' };
  assert.throws(() => loadConfig(production), (error: unknown) =>
    error instanceof ConfigError && error.problems.some((p) => p.startsWith('SMTP_HOST')));
  assert.throws(() => loadConfig({ ...production, SMTP_HOST: 'smtp.example.test',
    SMS_GATEWAY_URL: 'https://sms.example.test/send' }), (error: unknown) =>
    error instanceof ConfigError && error.problems.some((p) => p.startsWith('SMS_GATEWAY_URL')));
  const config = loadConfig({ ...production, SMTP_HOST: 'smtp.example.test', SMTP_SECURE: 'true' });
  assert.deepEqual(config.notifications.smtp, { host: 'smtp.example.test', port: 465,
    secure: true, requireTls: false, user: undefined, password: undefined });
  assert.equal(config.notifications.smsGateway, undefined);
});

test('outside production the embedded SMTP server listens on 2525, in tests on a free port', () => {
  assert.equal(loadConfig({}).notifications.capturePort, 2525);
  assert.equal(loadConfig({ NODE_ENV: 'test' }).notifications.capturePort, 0);
  assert.equal(loadConfig({}).notifications.smtp, undefined);
});

test('rate limits have defaults, can be set, and a wrong value names its variable', () => {
  const defaults = loadConfig({}).rateLimits;
  assert.equal(defaults.windowMs, 600_000);
  assert.ok(defaults.signIn.perAddress > defaults.signIn.perPerson);
  const set = loadConfig({ RATE_LIMIT_WINDOW_SECONDS: '60', RATE_LIMIT_START_PER_PERSON: '2' });
  assert.equal(set.rateLimits.windowMs, 60_000);
  assert.equal(set.rateLimits.startCase.perPerson, 2);
  assert.throws(() => loadConfig({ RATE_LIMIT_SIGN_IN_PER_ADDRESS: '0' }), (error: unknown) =>
    error instanceof ConfigError
    && error.problems.some((p) => p.startsWith('RATE_LIMIT_SIGN_IN_PER_ADDRESS')));
});
