import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { signWebhook, verifyWebhook } from '../../src/adapters/case-tracking/standard-webhooks.ts';

const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x',
  PUBLIC_URL: 'https://example.test', OIDC_ISSUER: 'https://login.example.test',
  OIDC_CLIENT_SECRET: 'a-secret-of-sufficient-length', SMTP_HOST: 'smtp.example.test',
  PAYMENT_PROVIDER: 'mollie', MOLLIE_API_KEY: 'live_abcdefghijklmnopqrstuvwxyz' };

test('production with CRM_URL needs CRM_SECRET', () => {
  assert.throws(() => loadConfig({ ...production, CRM_URL: 'https://crm.example.test/events' }),
    (error: unknown) => error instanceof ConfigError
      && error.problems.some((p) => p.startsWith('CRM_SECRET')));
  const config = loadConfig({ ...production, CRM_URL: 'https://crm.example.test/events',
    CRM_SECRET: 'a-long-enough-shared-secret' });
  assert.deepEqual(config.crm, { url: 'https://crm.example.test/events',
    secret: 'a-long-enough-shared-secret', failedAfterAttempts: 10, failedRetryMs: 30 * 60_000 });
});

test('the tries before a change shows as failed, and the pause after, are configurable', () => {
  const config = loadConfig({ CRM_FAILED_AFTER_ATTEMPTS: '4', CRM_FAILED_RETRY_MINUTES: '120' });
  assert.equal(config.crm.failedAfterAttempts, 4);
  assert.equal(config.crm.failedRetryMs, 120 * 60_000);
  for (const wrong of [{ CRM_FAILED_AFTER_ATTEMPTS: '0' }, { CRM_FAILED_AFTER_ATTEMPTS: 'many' },
    { CRM_FAILED_RETRY_MINUTES: '0' }, { CRM_FAILED_RETRY_MINUTES: String(24 * 60 + 1) }]) {
    assert.throws(() => loadConfig(wrong), (error: unknown) => error instanceof ConfigError
      && error.problems.some((p) => p.startsWith(Object.keys(wrong)[0] as string)));
  }
});

test('without CRM_URL the embedded receiver is used; production never signs with the '
  + 'development secret', () => {
  const development = loadConfig({});
  assert.equal(development.crm.url, undefined);
  const first = loadConfig(production).crm.secret;
  assert.notEqual(first, development.crm.secret);
  assert.notEqual(first, loadConfig(production).crm.secret, 'a random secret of the process');
  assert.throws(() => loadConfig({ CRM_SECRET: 'short' }), ConfigError);
});

test('signatures follow Standard Webhooks: v1, base64 HMAC-SHA256 of "id.timestamp.body"', () => {
  const at = new Date('2026-03-02T08:00:00Z');
  // A whsec_ secret is the base64 of its key bytes, as the scheme says.
  const secret = `whsec_${Buffer.from('key-bytes-of-the-link').toString('base64')}`;
  const headers = signWebhook('msg_1', '{"a":1}', at, secret);
  assert.equal(headers['webhook-timestamp'], String(at.getTime() / 1000));
  assert.match(headers['webhook-signature'], /^v1,[A-Za-z0-9+/]{43}=$/);
  assert.deepEqual(verifyWebhook(headers, '{"a":1}', at, secret), { ok: true, id: 'msg_1' });
  const rotated = { ...headers,
    'webhook-signature': `v1,AAAA ${headers['webhook-signature']}` };
  assert.equal(verifyWebhook(rotated, '{"a":1}', at, secret).ok, true, 'one of several');
  assert.deepEqual(verifyWebhook(headers, '{"a":2}', at, secret),
    { ok: false, reason: 'bad_signature' });
  assert.deepEqual(verifyWebhook({ ...headers, 'webhook-id': 'msg_2' }, '{"a":1}', at, secret),
    { ok: false, reason: 'bad_signature' });
});

test('the signature matches the example of the Standard Webhooks specification', () => {
  const headers = signWebhook('msg_p5jXN8AQM9LWM0D4loKWxJek', '{"test": 2432232314}',
    new Date(1614265330_000), 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw');
  assert.equal(headers['webhook-signature'], 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
});
