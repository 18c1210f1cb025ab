import type { Transaction } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import type { Logger } from '../log.ts';
import type { Clock } from './clock.ts';

/** An outbox row as a handler gets it. */
export interface Job {
  id: number;
  caseId: string | null;
  kind: string;
  payload: Record<string, unknown>;
  /** Stable across retries: pass it to every outside system so a retry is not a second act. */
  idempotencyKey: string;
  attempt: number;
}

export interface JobContext {
  /** The transaction that also marks the row done: a crash undoes both together. */
  trx: Transaction<Database>;
  now: Date;
  log: Logger;
}

export type JobHandler = (job: Job, context: JobContext) => Promise<void>;

/** A due deadline: the engine runs its command inside the given transaction. */
export type DeadlineRunner = (
  deadline: { caseId: string; name: string; dueAt: Date; command: Record<string, unknown> },
  context: JobContext,
) => Promise<void>;

/** A failed try of an outbox row, after it was recorded. */
export interface JobFailure {
  job: Job;
  /** The row became an incident: no further try without staff. */
  incident: boolean;
  /** How long the row has been failing, from its first failed try. */
  failingForMs: number;
  now: Date;
}

export type FailureHook = (failure: JobFailure) => Promise<void>;

export interface WorkerOptions {
  pollMs: number;
  batch: number;
  maxAttempts: number;
  /** Loops in this process; on a server each claims its own rows. */
  concurrency?: number;
}

/**
 * Carries out outbox rows and fires deadlines. Each row is claimed with FOR UPDATE SKIP
 * LOCKED inside the transaction that runs its handler and marks it done, so two workers never
 * run the same row and a crash half-way leaves it pending for the next try. A failing row is
 * retried with growing pauses; after its last try it becomes an incident for staff.
 */
export class Worker {
  private running = false;
  private loops: Promise<void>[] = [];
  private readonly sleepers = new Set<() => void>();
  private readonly failureHooks: FailureHook[] = [];

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly handlers: Readonly<Record<string, JobHandler>>,
    private readonly runDeadline: DeadlineRunner,
    private readonly options: WorkerOptions,
    private readonly log: Logger,
  ) {}

  /** Processes what is due now, up to one batch of each kind; returns how many it handled. */
  async runOnce(): Promise<number> {
    return (await this.fireDeadlines()) + (await this.runJobs());
  }

  /** Runs until nothing is due (for demos and tests with a simulated clock). */
  async drain(limit = 10_000): Promise<number> {
    let total = 0;
    for (let n = await this.runOnce(); n > 0 && total < limit; n = await this.runOnce()) {
      total += n;
    }
    return total;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    const loops = Math.max(1, this.options.concurrency ?? 1);
    this.loops = Array.from({ length: loops }, () => this.run());
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await Promise.all(this.loops);
    this.loops = [];
  }

  /** Called after each recorded failure of an outbox row (to tell staff, for instance). */
  onJobFailure(hook: FailureHook): void {
    this.failureHooks.push(hook);
  }

  /** Looks for work at once (called after a commit in this process). */
  wake(): void {
    for (const wakeUp of [...this.sleepers]) wakeUp();
  }

  private async run(): Promise<void> {
    while (this.running) {
      const handled = await this.runOnce().catch((error: unknown) => {
        this.log.error({ err: describe(error) }, 'worker pass failed');
        return 0;
      });
      if (handled < this.options.batch) await this.pause();
    }
  }

  private pause(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, this.options.pollMs);
      this.sleepers.add(done);
    });
  }

  /**
   * Claims a batch of due rows and runs them in the claiming transaction, which also marks
   * them done. A failing handler rolls the whole batch back; its try is then recorded apart,
   * and the others run again on the next pass (their handlers are idempotent by key).
   */
  private async runJobs(): Promise<number> {
    const now = this.clock.now();
    let current: Job | undefined;
    try {
      return await this.db.transaction().execute(async (trx) => {
        const rows = await trx.selectFrom('outbox').selectAll()
          .where('status', '=', 'pending').where('run_at', '<=', now)
          .orderBy('run_at').orderBy('id').limit(this.options.batch)
          .forUpdate().skipLocked().execute();
        for (const row of rows) {
          current = {
            id: row.id, caseId: row.case_id, kind: row.kind, payload: row.payload,
            idempotencyKey: row.idempotency_key, attempt: row.attempts + 1,
          };
          const log = this.log.child({ outboxId: row.id, kind: row.kind, caseId: row.case_id });
          await this.handle(current, { trx, now, log });
        }
        if (rows.length === 0) return 0;
        await trx.updateTable('outbox').where('id', 'in', rows.map((row) => row.id))
          .set((eb) => ({ status: 'done', attempts: eb('attempts', '+', 1), done_at: now }))
          .execute();
        return rows.length;
      });
    } catch (error) {
      if (!current) throw error;
      await this.recordJobFailure(current, now, error);
      return 1;
    }
  }

  private async recordJobFailure(job: Job, now: Date, error: unknown): Promise<void> {
    const last = job.attempt >= this.options.maxAttempts;
    const row = await this.db.updateTable('outbox')
      .where('id', '=', job.id).where('status', '=', 'pending')
      .set((eb) => ({
        status: last ? 'incident' : 'pending', attempts: job.attempt,
        run_at: new Date(now.getTime() + backoffMs(job.attempt)), last_error: describe(error),
        first_failed_at: eb.fn.coalesce('first_failed_at', eb.val(now)),
      })).returning('first_failed_at').executeTakeFirst();
    this.log.warn({ outboxId: job.id, kind: job.kind, caseId: job.caseId, attempt: job.attempt,
      incident: last, err: describe(error) }, 'outbox job failed');
    if (!row) return;
    const since = row.first_failed_at ? new Date(row.first_failed_at) : now;
    const failure = { job, incident: last, failingForMs: now.getTime() - since.getTime(), now };
    for (const hook of this.failureHooks) {
      await hook(failure).catch((hookError: unknown) => this.log.error({ outboxId: job.id,
        err: describe(hookError) }, 'failure hook failed'));
    }
  }

  private async handle(job: Job, context: JobContext): Promise<void> {
    const handler = this.handlers[job.kind];
    if (!handler) throw new Error(`No handler for outbox kind ${job.kind}`);
    await handler(job, context);
  }

  /**
   * Fires a batch of due deadlines in their order per case: only a case's earliest pending
   * deadline is taken (a command changes the case's other deadlines), so another worker never
   * fires a later one first. A failure is recorded apart, as for outbox rows.
   */
  private async fireDeadlines(): Promise<number> {
    const now = this.clock.now();
    let current: { case_id: string; name: string; attempts: number } | undefined;
    try {
      return await this.db.transaction().execute(async (trx) => {
        const rows = await trx.selectFrom('deadline').selectAll()
          .where('status', '=', 'pending').where('due_at', '<=', now)
          .where(({ not, exists, selectFrom }) => not(exists(selectFrom('deadline as earlier')
            .select('earlier.name')
            .whereRef('earlier.case_id', '=', 'deadline.case_id')
            .where('earlier.status', '=', 'pending')
            .whereRef('earlier.due_at', '<', 'deadline.due_at'))))
          .orderBy('due_at').limit(this.options.batch).forUpdate().skipLocked().execute();
        const firstPerCase = rows.filter((row, i) =>
          rows.findIndex((other) => other.case_id === row.case_id) === i);
        for (const row of firstPerCase) {
          current = row;
          const log = this.log.child({ caseId: row.case_id, deadline: row.name });
          await this.runDeadline({
            caseId: row.case_id, name: row.name, dueAt: row.due_at, command: row.command,
          }, { trx, now, log });
        }
        return firstPerCase.length;
      });
    } catch (error) {
      if (!current) throw error;
      await this.recordDeadlineFailure(current, now, error);
      return 1;
    }
  }

  private async recordDeadlineFailure(
    row: { case_id: string; name: string; attempts: number }, now: Date, error: unknown,
  ): Promise<void> {
    const attempt = row.attempts + 1;
    const last = attempt >= this.options.maxAttempts;
    await this.db.updateTable('deadline')
      .where('case_id', '=', row.case_id).where('name', '=', row.name)
      .where('status', '=', 'pending')
      .set({
        status: last ? 'incident' : 'pending', attempts: attempt,
        due_at: new Date(now.getTime() + backoffMs(attempt)), last_error: describe(error),
      }).execute();
    this.log.warn({ caseId: row.case_id, deadline: row.name, attempt, incident: last,
      err: describe(error) }, 'deadline failed');
  }
}

/** 1 s, 2 s, 4 s ... up to 30 minutes between tries. */
export function backoffMs(attempt: number): number {
  return Math.min(1000 * 2 ** Math.max(0, attempt - 1), 30 * 60 * 1000);
}

/** An error as a short text without personal data: its name, code and message. */
export function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return `${error.name}${code ? ` [${String(code)}]` : ''}: ${error.message}`.slice(0, 500);
  }
  return String(error).slice(0, 500);
}
