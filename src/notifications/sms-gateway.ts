import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { DeliveryError, type Accepted, type OutgoingSms, type SmsChannel } from './channels.ts';

/**
 * An HTTP SMS gateway: `POST {url}` with a bearer token, the delivery's reference as
 * `Idempotency-Key` and a JSON body `{ from, to, text, reference }`; a 2xx answer with
 * `{ id }` means accepted. 4xx answers (but 408 and 429) are permanent, the rest temporary.
 * The gateway reports delivery later to `/notifications/sms-status`, signed (see below).
 */
export function smsGateway(
  gateway: { url: string; token: string }, sender: string, timeoutMs: number,
): SmsChannel {
  return {
    async send(sms: OutgoingSms): Promise<Accepted> {
      let response: Response;
      try {
        response = await fetch(gateway.url, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${gateway.token}`, 'content-type': 'application/json',
            'idempotency-key': sms.reference,
          },
          body: JSON.stringify({ from: sender, to: sms.to, text: sms.text, reference: sms.reference }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        throw new DeliveryError(false, `SMS gateway unreachable (${(error as Error).name})`);
      }
      if (response.ok) {
        const body = await response.json().catch(() => ({})) as { id?: unknown };
        return { providerId: typeof body.id === 'string' ? body.id : undefined };
      }
      const permanent = response.status >= 400 && response.status < 500
        && response.status !== 408 && response.status !== 429;
      throw new DeliveryError(permanent, `SMS gateway answered ${response.status}`);
    },
    async close() {},
  };
}

/** The signature of a status report: `sha256=` and the HMAC-SHA256 of the raw body. */
export function signStatusReport(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export function validStatusSignature(body: string, header: unknown, secret: string): boolean {
  if (typeof header !== 'string') return false;
  const expected = Buffer.from(signStatusReport(body, secret));
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * The embedded SMS sink of `npm start` and the tests: keeps each SMS in `captured_sms`, once
 * per reference, and answers as a gateway that delivered it at once.
 */
export function smsSink(db: Db, now: () => Date = () => new Date()): SmsChannel {
  return {
    async send(sms: OutgoingSms): Promise<Accepted> {
      await db.insertInto('captured_sms').values({
        reference: sms.reference, to_number: sms.to, text: sms.text, received_at: now(),
      }).onConflict((oc) => oc.column('reference').doNothing()).execute();
      return { providerId: `sink-${sms.reference}`, delivered: true };
    },
    async close() {},
  };
}
