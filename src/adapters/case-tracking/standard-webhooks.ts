import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signatures of the Standard Webhooks scheme, as the CRM link uses them: three headers,
 * `webhook-id` (the event id), `webhook-timestamp` (Unix seconds) and `webhook-signature`
 * (`v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, several separated by spaces while a
 * secret is being changed). A secret written `whsec_<base64>` is used as those bytes, as the
 * scheme says; any other secret as its UTF-8 bytes.
 */
export interface WebhookHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

/** How far a timestamp may be from the receiver's clock (the scheme's usual 5 minutes). */
export const timestampToleranceSeconds = 5 * 60;

function key(secret: string): Buffer {
  return secret.startsWith('whsec_')
    ? Buffer.from(secret.slice('whsec_'.length), 'base64') : Buffer.from(secret, 'utf8');
}

function signature(id: string, timestamp: string, body: string, secret: string): string {
  return createHmac('sha256', key(secret)).update(`${id}.${timestamp}.${body}`, 'utf8')
    .digest('base64');
}

export function signWebhook(id: string, body: string, at: Date, secret: string): WebhookHeaders {
  const timestamp = String(Math.floor(at.getTime() / 1000));
  return { 'webhook-id': id, 'webhook-timestamp': timestamp,
    'webhook-signature': `v1,${signature(id, timestamp, body, secret)}` };
}

export type WebhookCheck =
  | { ok: true; id: string }
  | { ok: false; reason: 'missing_headers' | 'bad_signature' | 'stale_timestamp' };

/**
 * Checks a call's headers against its raw body: one of the `v1` signatures must match (in
 * constant time), and the timestamp must lie within the tolerance of `now`, so that a
 * recorded call cannot be played again later.
 */
export function verifyWebhook(
  headers: Partial<Record<keyof WebhookHeaders, string | string[] | undefined>>,
  body: string, now: Date, secret: string,
): WebhookCheck {
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  const signatures = headers['webhook-signature'];
  if (typeof id !== 'string' || typeof timestamp !== 'string' || typeof signatures !== 'string'
    || id === '' || !/^\d{1,12}$/.test(timestamp)) {
    return { ok: false, reason: 'missing_headers' };
  }
  const expected = Buffer.from(signature(id, timestamp, body, secret), 'base64');
  const matches = signatures.split(' ').some((entry) => {
    const [version, value] = entry.split(',', 2);
    if (version !== 'v1' || value === undefined) return false;
    const given = Buffer.from(value, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!matches) return { ok: false, reason: 'bad_signature' };
  const age = Math.abs(now.getTime() / 1000 - Number(timestamp));
  if (age > timestampToleranceSeconds) return { ok: false, reason: 'stale_timestamp' };
  return { ok: true, id };
}
