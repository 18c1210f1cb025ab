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
    OIDC_CLIENT_SECRET: 'a-secret-of-sufficient-length' });
  assert.equal(config.seedDemo, false);
});
