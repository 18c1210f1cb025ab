import { test } from 'node:test';
import assert from 'node:assert/strict';
import { centsToValue, valueToCents, PaymentProviderError } from '../../src/app/payments.ts';
import { signBody, validSignature } from '../../src/adapters/payments/signature.ts';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { structuredReference } from '../../src/app/payment-requests.ts';

test('amounts are integer cents; the provider\'s decimal strings are converted without floats', () => {
  assert.equal(centsToValue(27_500), '275.00');
  assert.equal(centsToValue(5), '0.05');
  assert.equal(centsToValue(1_234_567), '12345.67');
  assert.equal(valueToCents('275.00'), 27_500);
  assert.equal(valueToCents('0.29'), 29);
  // 0.29 * 100 is 28.999999999999996 in floating point: the conversion must not go that way.
  assert.equal(valueToCents('1.15'), 115);
  for (const bad of ['275', '275.5', '2.755', '-1.00', '1e3', ' 1.00']) {
    assert.throws(() => valueToCents(bad), PaymentProviderError, bad);
  }
  for (const bad of [275.5, -1, Number.NaN, 2 ** 60]) {
    assert.throws(() => centsToValue(bad), RangeError, String(bad));
  }
});

test('webhook signatures: HMAC-SHA256 over the raw body with the shared secret', () => {
  const secret = 'a-shared-secret-of-length';
  const body = '{"id":"emb_abcdefgh"}';
  const signature = signBody(body, secret);
  assert.match(signature, /^sha256=[0-9a-f]{64}$/);
  assert.equal(validSignature(body, signature, secret), true);
  assert.equal(validSignature(`${body}\n`, signature, secret), false);
  assert.equal(validSignature(body, signature, `${secret}x`), false);
  assert.equal(validSignature(body, undefined, secret), false);
  assert.equal(validSignature(body, signature.toUpperCase(), secret), false);
});

test('the structured reference carries its modulo-97 check', () => {
  for (let i = 0; i < 50; i += 1) {
    const reference = structuredReference();
    const digits = reference.replace(/\D/g, '');
    assert.match(reference, /^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/);
    const check = Number(BigInt(digits.slice(0, 10)) % 97n) || 97;
    assert.equal(Number(digits.slice(10)), check);
  }
});

const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x',
  PUBLIC_URL: 'https://example.test', OIDC_ISSUER: 'https://login.example.test',
  OIDC_CLIENT_SECRET: 'a-secret-of-sufficient-length', SMTP_HOST: 'smtp.example.test' };

test('payments config: embedded by default; production refuses it and Mollie needs its key', () => {
  const local = loadConfig({});
  assert.equal(local.payments.provider, 'embedded');
  assert.throws(() => loadConfig(production), (error: unknown) =>
    error instanceof ConfigError && error.problems.some((p) => p.startsWith('PAYMENT_PROVIDER')));
  assert.throws(() => loadConfig({ ...production, PAYMENT_PROVIDER: 'mollie' }),
    (error: unknown) => error instanceof ConfigError
      && error.problems.some((p) => p.startsWith('MOLLIE_API_KEY')));
  assert.throws(() => loadConfig({ PAYMENT_PROVIDER: 'mollie' }), ConfigError);
  assert.throws(() => loadConfig({ PAYMENT_PROVIDER: 'mollie', MOLLIE_API_KEY: 'secret' }),
    (error: unknown) => error instanceof ConfigError
      && error.problems.some((p) => p.startsWith('MOLLIE_API_KEY')));
  const mollie = loadConfig({ ...production, PAYMENT_PROVIDER: 'mollie',
    MOLLIE_API_KEY: 'live_abcdefghijklmnopqrstuvwxyz' });
  assert.deepEqual(mollie.payments, { provider: 'mollie',
    apiKey: 'live_abcdefghijklmnopqrstuvwxyz', apiUrl: 'https://api.mollie.com' });
  assert.throws(() => loadConfig({ PAYMENT_WEBHOOK_SECRET: 'short' }), ConfigError);
  const secret = loadConfig({ PAYMENT_WEBHOOK_SECRET: 'a-shared-secret-of-length' });
  assert.deepEqual(secret.payments, { provider: 'embedded',
    webhookSecret: 'a-shared-secret-of-length' });
});
