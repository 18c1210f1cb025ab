import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Clock } from '../../engine/clock.ts';
import { drainPasses, PollLoop } from '../../engine/poll-loop.ts';
import { backoffMs, describe } from '../../engine/worker.ts';
import type { Logger } from '../../log.ts';
import { cloudEventsContentType } from './cloudevents.ts';
import { signWebhook } from './standard-webhooks.ts';

export interface CrmSenderOptions {
  /** The CRM's address for events (the embedded receiver's when none is configured). */
  url: string;
  secret: string;
  pollMs: number;
  batch: number;
  /** Failed tries after which a change shows as failed; it is still tried after that. */
  maxAttempts: number;
  /** The pause between tries of a failed change (the longest pause of the back-off). */
  failedRetryMs: number;
  /** How long a claimed change is left to its sender before another may send it. */
  leaseMs: number;
  timeoutMs: number;
}

interface Claimed {
  id: number;
  event_id: string;
  case_id: string;
  sequence: number;
  event: string;
  attempts: number;
}

/**
 * Delivers the CRM queue over HTTP, outside any database transaction, after a committed
 * claim. Order per case: only a case's lowest undelivered change may be claimed, and only once
 * no earlier status change of the case is still waiting in the outbox to be queued; cases do
 * not wait for each other (a pass sends its cases side by side). A claim moves the change's
 * next try past the lease, so a sender that dies mid-send leaves it to the next one; the
 * attempt count fences a late answer. Anything but a 2xx is tried again after a growing
 * pause; after `maxAttempts` tries the change is `failed` and tried at the longest pause.
 * At least once: a receiver drops repeats by the event id.
 */
export class CrmSender {
  private readonly loop: PollLoop;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly options: CrmSenderOptions,
    private readonly log: Logger,
  ) {
    this.loop = new PollLoop(() => this.runOnce(), options,
      (error) => log.error({ err: describe(error) }, 'CRM delivery pass failed'));
  }

  async runOnce(): Promise<number> {
    const claimed = await this.claim();
    await Promise.all(claimed.map((change) => this.deliver(change)));
    return claimed.length;
  }

  async drain(limit = 1000): Promise<number> {
    return drainPasses(() => this.runOnce(), limit);
  }

  start(): void {
    this.loop.start();
  }

  wake(): void {
    this.loop.wake();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
  }

  private async claim(): Promise<Claimed[]> {
    const now = this.clock.now();
    const leaseUntil = new Date(now.getTime() + this.options.leaseMs);
    const result = await sql<Claimed>`
      update crm_delivery set attempts = attempts + 1, next_attempt_at = ${leaseUntil},
        updated_at = ${now}
      where id in (
        select d.id from crm_delivery d
        where d.status <> 'delivered' and d.next_attempt_at <= ${now}
          and not exists (select 1 from crm_delivery earlier
            where earlier.case_id = d.case_id and earlier.status <> 'delivered'
              and earlier.sequence < d.sequence)
          and not exists (select 1 from outbox o
            where o.case_id = d.case_id and o.kind = 'publish_status' and o.status <> 'done'
              and cast(o.payload->>'version' as integer) < d.sequence)
        order by d.next_attempt_at, d.id
        limit ${this.options.batch}
        for update skip locked)
      returning id, event_id, case_id, sequence, event, attempts`.execute(this.db);
    return result.rows.map((row) => ({ ...row, id: Number(row.id) }));
  }

  private async deliver(change: Claimed): Promise<void> {
    const log = this.log.child({ caseId: change.case_id, sequence: change.sequence });
    let error: string | null = null;
    try {
      const headers = signWebhook(change.event_id, change.event, this.clock.now(),
        this.options.secret);
      const response = await fetch(this.options.url, {
        method: 'POST', body: change.event,
        headers: { 'content-type': cloudEventsContentType, ...headers },
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      await response.arrayBuffer();
      if (!response.ok) error = `HTTP ${response.status}`;
    } catch (failure) {
      error = describe(failure);
    }
    const now = this.clock.now();
    const failed = change.attempts >= this.options.maxAttempts;
    const values = error === null
      ? { status: 'delivered' as const, last_error: null, delivered_at: now }
      : { status: failed ? 'failed' as const : 'pending' as const, last_error: error,
        next_attempt_at: new Date(now.getTime()
          + (failed ? this.options.failedRetryMs : backoffMs(change.attempts))) };
    await this.db.updateTable('crm_delivery').set({ ...values, updated_at: now })
      .where('id', '=', change.id).where('attempts', '=', change.attempts)
      .where('status', '<>', 'delivered').execute();
    if (error === null) {
      log.debug('CRM event delivered');
    } else {
      log.warn({ attempt: change.attempts, failed, reason: error }, 'CRM event not taken');
    }
  }
}
