import type { Db } from '../../db/database.ts';
import type { Clock } from '../../engine/clock.ts';
import { claimLeased, drainPasses, PollLoop } from '../../engine/poll-loop.ts';
import { backoffMs, describe } from '../../engine/worker.ts';
import type { Logger } from '../../log.ts';
import { signBody } from './signature.ts';

export interface WebhookSenderOptions {
  secret: string;
  pollMs: number;
  batch: number;
  /** Tries before a webhook is given up (the product can still ask for the status). */
  maxAttempts: number;
  leaseMs: number;
  timeoutMs: number;
}

interface Claimed {
  id: number;
  payment_id: string;
  url: string;
  body: string;
  attempts: number;
}

/**
 * The embedded provider's side of webhooks: each one is sent over HTTP, outside any database
 * transaction, after a committed claim; anything but a 2xx answer is tried again after a
 * growing pause (at least once: a crash after the send sends it again). The body only names
 * the payment; it is signed with HMAC-SHA256 over the raw body (`X-Payment-Signature`).
 */
export class EmbeddedWebhookSender {
  private readonly loop: PollLoop;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly options: WebhookSenderOptions,
    private readonly log: Logger,
  ) {
    this.loop = new PollLoop(() => this.runOnce(), options,
      (error) => log.error({ err: describe(error) }, 'payment webhook pass failed'));
  }

  async runOnce(): Promise<number> {
    const claimed = await this.claim();
    for (const webhook of claimed) await this.deliver(webhook);
    return claimed.length;
  }

  async drain(limit = 1000): Promise<number> {
    return drainPasses(() => this.runOnce(), limit);
  }

  start(): void {
    this.loop.start();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
  }


  private async claim(): Promise<Claimed[]> {
    return claimLeased<Claimed>(this.db, 'embedded_psp_webhook',
      ['payment_id', 'url', 'body', 'attempts'],
      { now: this.clock.now(), leaseMs: this.options.leaseMs, batch: this.options.batch });
  }

  private async deliver(webhook: Claimed): Promise<void> {
    const log = this.log.child({ webhookId: webhook.id, providerPaymentId: webhook.payment_id });
    let error: string | null = null;
    try {
      const response = await fetch(webhook.url, {
        method: 'POST', body: webhook.body,
        headers: { 'content-type': 'application/json',
          'x-payment-signature': signBody(webhook.body, this.options.secret) },
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      await response.arrayBuffer();
      if (!response.ok) error = `HTTP ${response.status}`;
    } catch (failure) {
      error = describe(failure);
    }
    const now = this.clock.now();
    const last = webhook.attempts >= this.options.maxAttempts;
    const values = error === null
      ? { status: 'delivered', last_error: null }
      : last ? { status: 'failed', last_error: error }
        : { status: 'queued', last_error: error,
          next_attempt_at: new Date(now.getTime() + backoffMs(webhook.attempts)) };
    await this.db.updateTable('embedded_psp_webhook')
      .set({ ...values, lease_until: null, updated_at: now })
      .where('id', '=', webhook.id).where('status', '=', 'sending').execute();
    if (error === null) {
      log.debug('payment webhook delivered');
    } else {
      log.warn({ attempt: webhook.attempts, failed: last, reason: error },
        'payment webhook not taken');
    }
  }
}
