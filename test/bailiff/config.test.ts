// The bailiff API's configuration: defaults from the public address and the login issuer,
// explicit values, and a wrong deed limit that stops the start with its name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from '../../src/config.ts';

test('by default the embedded provider issues the tokens for PUBLIC_URL/api/bailiff/v1; deeds up to 10 MB', () => {
  const config = loadConfig({ PUBLIC_URL: 'https://samenwoning.example' });
  assert.deepEqual(config.bailiffApi, { issuer: undefined, jwksUrl: undefined,
    audience: 'https://samenwoning.example/api/bailiff/v1', deedMaxBytes: 10 * 1024 * 1024 });
});

test('with a login issuer, tokens come from it and its keys by default; each can be set', () => {
  const config = loadConfig({ OIDC_ISSUER: 'https://idp.example/realms/x' });
  assert.equal(config.bailiffApi.issuer, 'https://idp.example/realms/x');
  assert.equal(config.bailiffApi.jwksUrl, 'https://idp.example/realms/x/jwks');
  const set = loadConfig({ BAILIFF_API_ISSUER: 'https://as.example', BAILIFF_API_AUDIENCE: 'api://bailiff',
    BAILIFF_API_JWKS_URL: 'https://as.example/keys', DEED_MAX_BYTES: '2048' });
  assert.deepEqual(set.bailiffApi, { issuer: 'https://as.example', audience: 'api://bailiff',
    jwksUrl: 'https://as.example/keys', deedMaxBytes: 2048 });
});

test('a deed limit that is not a number of bytes stops the start, naming the variable', () => {
  assert.throws(() => loadConfig({ DEED_MAX_BYTES: 'ten megabytes' }), (error: unknown) =>
    error instanceof ConfigError && error.problems.some((p) => p.startsWith('DEED_MAX_BYTES')));
});
