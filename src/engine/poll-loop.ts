import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

/**
 * Runs `pass` over and over in the background: at once again when it handled a full batch,
 * otherwise after `pollMs`, or sooner when woken. A failing pass is reported and the loop
 * goes on. The senders of outside messages (e-mail and SMS, payment webhooks) run on it.
 */
export class PollLoop {
  private running = false;
  private loop: Promise<void> | undefined;
  private wakeUp: (() => void) | undefined;

  constructor(
    private readonly pass: () => Promise<number>,
    private readonly options: { pollMs: number; batch: number },
    private readonly onError: (error: unknown) => void,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wakeUp?.();
    await this.loop;
    this.loop = undefined;
  }

  wake(): void {
    this.wakeUp?.();
  }

  private async run(): Promise<void> {
    while (this.running) {
      const handled = await this.pass().catch((error: unknown) => {
        this.onError(error);
        return 0;
      });
      if (handled < this.options.batch && this.running) await this.pause();
    }
  }

  private pause(): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = undefined;
        resolve();
      };
      const timer = setTimeout(done, this.options.pollMs);
      this.wakeUp = done;
    });
  }
}

/** Runs `pass` until it finds nothing to do (or `limit` rows), for tests and demos. */
export async function drainPasses(pass: () => Promise<number>, limit: number): Promise<number> {
  let total = 0;
  for (let n = await pass(); n > 0 && total < limit; n = await pass()) total += n;
  return total;
}

/**
 * Claims up to `batch` rows of a queue table for one sender, in one committed statement:
 * queued rows that are due, and rows whose earlier claim ran out (a sender that stopped
 * half-way). A claimed row is `sending` until `now + leaseMs`, its attempts counted; rows
 * another sender holds at this moment are skipped. The table needs the columns id, status
 * ('queued', 'sending', ...), next_attempt_at, lease_until, attempts and updated_at.
 */
export async function claimLeased<Row extends { id: number }>(
  db: Db, table: 'delivery' | 'embedded_psp_webhook', columns: readonly string[],
  options: { now: Date; leaseMs: number; batch: number },
): Promise<Row[]> {
  const { now, leaseMs, batch } = options;
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const result = await sql<Row>`
    update ${sql.table(table)} set status = 'sending', lease_until = ${leaseUntil},
      attempts = attempts + 1, updated_at = ${now}
    where id in (
      select id from ${sql.table(table)}
      where (status = 'queued' and next_attempt_at <= ${now})
         or (status = 'sending' and lease_until < ${now})
      order by next_attempt_at, id
      limit ${batch}
      for update skip locked)
    returning id, ${sql.join(columns.map((column) => sql.ref(column)))}`.execute(db);
  return result.rows.map((row) => ({ ...row, id: Number(row.id) }));
}
