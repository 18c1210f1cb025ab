import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import type { Clock } from '../engine/clock.ts';
import type { Logger } from '../log.ts';
import { embeddedProvider, type EmbeddedProvider } from '../adapters/payments/embedded.ts';
import { mollieProvider } from '../adapters/payments/mollie.ts';
import { EmbeddedWebhookSender } from '../adapters/payments/webhook-sender.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { PaymentsFor } from './payments.ts';

export interface Payments {
  /** The configured provider, through a database executor (a transaction or the pool). */
  providerFor: PaymentsFor;
  /** The embedded provider's own side (hosted page); undefined with Mollie. */
  embedded: ((db: Kysely<Database>) => EmbeddedProvider) | undefined;
  /** Sends the embedded provider's webhooks; undefined with Mollie. */
  webhooks: EmbeddedWebhookSender | undefined;
  /** Where the provider sends its webhooks: PUBLIC_URL/payments/webhook. */
  webhookUrl: string;
  publicUrl: string;
}

/** The payment provider of the configuration, with the embedded one's webhook sender. */
export function createPayments(config: Config, db: Db, clock: Clock, log: Logger): Payments {
  const publicUrl = config.publicUrl.replace(/\/$/, '');
  const webhookUrl = `${publicUrl}/payments/webhook`;
  const settings = config.payments;
  if (settings.provider === 'mollie') {
    const mollie = mollieProvider({ apiKey: settings.apiKey, apiUrl: settings.apiUrl,
      timeoutMs: 15_000 });
    return { providerFor: () => mollie, embedded: undefined, webhooks: undefined, webhookUrl,
      publicUrl };
  }
  const embedded = (executor: Kysely<Database>) => embeddedProvider(executor, {
    publicUrl, secret: settings.webhookSecret, now: () => clock.now(),
  });
  const webhooks = new EmbeddedWebhookSender(db, clock, {
    secret: settings.webhookSecret, pollMs: config.worker.pollMs, batch: config.worker.batch,
    maxAttempts: config.worker.maxAttempts, leaseMs: 30_000, timeoutMs: 10_000,
  }, log);
  return { providerFor: embedded, embedded, webhooks, webhookUrl, publicUrl };
}
