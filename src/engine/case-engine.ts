import type { Transaction } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import type { Logger } from '../log.ts';
import {
  ProcessError, decide, deadlines, effects, evolve,
  type CaseCommand, type CaseEvent, type CaseState, type Deadline,
} from '../process/index.ts';
import type { Clock } from './clock.ts';
import { EngineError, isUniqueViolation } from './errors.ts';
import { chainRows, versionConflict, type Appended, type Executor } from './event-store.ts';
import { GENESIS_HASH } from './hash-chain.ts';
import { projectionStatements, runTogether, type Statement } from './projections.ts';
import type { DeadlineRunner } from './worker.ts';

export interface ExecuteOptions {
  /** The version the actor saw; a different current version is a conflict. */
  expectedVersion?: number;
  /** A command carried out before under this key is not carried out again. */
  idempotencyKey?: string;
  /** The instant of the command, when the caller already fixed it (the worker's pass). */
  now?: Date;
  /**
   * The command starts a case under an id made for it just now: there is nothing to read
   * (should the id be taken after all, its snapshot's key refuses the write).
   */
  newCase?: boolean;
  /** The caller's own writes that commit with the command's, in the same statement. */
  alongside?: Statement[];
}

export interface ExecuteResult {
  state: CaseState;
  version: number;
  events: CaseEvent[];
  /** True when the idempotency key was seen before and nothing new was written. */
  replayed: boolean;
}

interface Snapshot extends Appended {
  state: CaseState;
}

/**
 * Carries out commands on cases: reads the case's state, asks the process what happens,
 * and writes in one transaction the events, the new snapshot, the read models, the outbox
 * rows of the events' effects and the case's pending deadlines.
 */
export class CaseEngine {
  private readonly listeners: Array<() => void> = [];
  /** The snapshots this process wrote last (see `execute`). */
  private readonly recent = new RecentSnapshots(1000);
  /** Commands this process wrote since it started (for benchmarks; a write whose transaction
   * was rolled back afterwards still counts). */
  commandsCarriedOut = 0;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  /** Called after each commit that wrote events (the in-process worker wakes up). */
  onCommit(listener: () => void): void {
    this.listeners.push(listener);
  }

  /**
   * Carries out a command on its own: reads the case, decides, and writes everything in one
   * statement (its own transaction). When another writer got there first, it reads the case
   * again and decides again, a few times; a caller that gave the version it saw gets the
   * conflict instead.
   *
   * The case this process wrote last is not read again: its snapshot is kept. Should another
   * process have written the case since, the write meets that writer's event at the same
   * version and nothing is written; the command is then decided again on the case as it is
   * now, as it also is after any error on a kept snapshot.
   */
  async execute(command: CaseCommand, options: ExecuteOptions = {}): Promise<ExecuteResult> {
    const kept = this.recent.take(command.caseId);
    if (kept && (options.expectedVersion === undefined || options.expectedVersion === kept.version)) {
      const result = await this.carryOut(this.db, command, options, false, kept)
        .catch((error: unknown) => {
          // Refused by the process, or met a newer event: the kept snapshot may no longer be
          // the case's. Anything else (the database) is the caller's to see.
          const stale = error instanceof ProcessError
            || (error instanceof EngineError && error.code === 'version_conflict');
          if (!stale) throw error;
          return null;
        });
      if (result) return this.committed(result);
    }
    for (let attempt = 1; ; attempt++) {
      try {
        return this.committed(await this.carryOut(this.db, command, options, false));
      } catch (error) {
        const conflict = error instanceof EngineError && error.code === 'version_conflict';
        if (!conflict || options.expectedVersion !== undefined || attempt >= 5) throw error;
      }
    }
  }

  private committed(result: ExecuteResult & { snapshot?: Snapshot }): ExecuteResult {
    const { snapshot, ...outcome } = result;
    if (snapshot) this.recent.keep(outcome.state.caseId, snapshot);
    if (outcome.events.length > 0) this.listeners.forEach((listener) => listener());
    return outcome;
  }

  /**
   * The same, inside a transaction the caller owns (the worker's, a use case's): the case's
   * snapshot row is locked, so commands on one case in two transactions wait for each other.
   */
  async executeIn(
    trx: Transaction<Database>, command: CaseCommand, options: ExecuteOptions = {},
  ): Promise<ExecuteResult> {
    // The transaction may still roll back: what it writes is not kept.
    this.recent.take(command.caseId);
    const { snapshot: _written, ...result } = await this.carryOut(trx, command, options, true);
    return result;
  }

  private async carryOut(
    db: Executor, command: CaseCommand, options: ExecuteOptions, lock: boolean,
    kept?: Snapshot,
  ): Promise<ExecuteResult & { snapshot?: Snapshot }> {
    if (options.idempotencyKey) {
      const earlier = await this.replay(db, options.idempotencyKey);
      if (earlier) return earlier;
    }
    const before = kept ?? (options.newCase ? null : await loadSnapshot(db, command.caseId, lock));
    checkVersion(command.caseId, before, options.expectedVersion);
    const now = options.now ?? this.clock.now();
    const events = decide(before?.state ?? null, command, now);
    const result = await this.write(db, before, events, options);
    this.commandsCarriedOut += 1;
    this.log.debug({ caseId: command.caseId, command: command.type, version: result.version,
      events: events.map((e) => e.type) }, 'case command carried out');
    return result;
  }

  private async write(
    trx: Executor, before: Snapshot | null, events: CaseEvent[],
    { idempotencyKey, alongside = [] }: ExecuteOptions,
  ): Promise<ExecuteResult & { snapshot: Snapshot }> {
    const first = events[0];
    if (!first) throw new Error('The process decided no events.');
    const caseId = first.caseId;
    let state = before?.state ?? null;
    for (const event of events) state = evolve(state, event);
    const after = state as CaseState;
    const start = before ?? { version: 0, lastHash: GENESIS_HASH };
    const { rows, appended } = chainRows(caseId, start, events);
    const pending = deadlines(after);
    const statements: Statement[] = [
      trx.insertInto('case_event').values(rows),
      snapshotStatement(trx, caseId, start.version, { ...appended, state: after }),
      // A new case's list row takes the channel it was started through.
      ...projectionStatements(trx, after, appended.version, before === null ? first.channel : null,
        pending),
      ...outboxStatements(trx, caseId, start.version, events, before?.state ?? null),
      ...deadlineStatements(trx, after.caseId, pending),
      ...alongside,
    ];
    if (idempotencyKey) {
      statements.push(trx.insertInto('command_key')
        .values({ key: idempotencyKey, case_id: caseId, version: appended.version }));
    }
    await this.runOrRefuse(trx, statements, after, start.version);
    return { state: after, version: appended.version, events, replayed: false,
      snapshot: { ...appended, state: after } };
  }

  private async runOrRefuse(
    trx: Executor, statements: Statement[], state: CaseState, version: number,
  ) {
    try {
      await runTogether(trx, statements);
    } catch (error) {
      if (isUniqueViolation(error, 'open_case_pkey')) {
        throw new EngineError('case_already_open',
          'This cohabitation already has an open case.', state.caseId);
      }
      throw versionConflict(error, state.caseId, version);
    }
  }

  private async replay(trx: Executor, key: string): Promise<ExecuteResult | null> {
    const row = await trx.selectFrom('command_key').selectAll().where('key', '=', key)
      .executeTakeFirst();
    if (!row) return null;
    const snapshot = await loadSnapshot(trx, row.case_id);
    if (!snapshot) return null;
    return { state: snapshot.state, version: snapshot.version, events: [], replayed: true };
  }

  /** The current state of a case, or null. */
  async load(caseId: string): Promise<{ state: CaseState; version: number } | null> {
    const snapshot = await loadSnapshot(this.db, caseId);
    return snapshot ? { state: snapshot.state, version: snapshot.version } : null;
  }
}

/**
 * The snapshots of the cases a process wrote last, at most `size`: the oldest is forgotten
 * first. A snapshot is taken out when used, and kept again only after its write committed.
 */
class RecentSnapshots {
  private readonly snapshots = new Map<string, Snapshot>();

  constructor(private readonly size: number) {}

  take(caseId: string): Snapshot | undefined {
    const snapshot = this.snapshots.get(caseId);
    this.snapshots.delete(caseId);
    return snapshot;
  }

  keep(caseId: string, snapshot: Snapshot): void {
    this.snapshots.delete(caseId);
    this.snapshots.set(caseId, snapshot);
    if (this.snapshots.size > this.size) {
      const oldest = this.snapshots.keys().next().value;
      if (oldest !== undefined) this.snapshots.delete(oldest);
    }
  }
}

/**
 * The case's latest state. Inside a command's transaction the row is locked, so two
 * commands on one case at once run one after the other instead of failing on the version.
 */
async function loadSnapshot(db: Db | Transaction<Database>, caseId: string, lock = false) {
  const query = db.selectFrom('case_snapshot').selectAll().where('case_id', '=', caseId);
  const row = await (lock ? query.forUpdate() : query).executeTakeFirst();
  if (!row) return null;
  return { version: row.version, lastHash: row.last_hash, state: row.state as unknown as CaseState };
}

function checkVersion(caseId: string, snapshot: Snapshot | null, expected?: number) {
  if (expected === undefined) return;
  const current = snapshot?.version ?? 0;
  if (current !== expected) {
    throw new EngineError('version_conflict',
      `Case ${caseId} is at version ${current}, not ${expected}.`, caseId);
  }
}

function snapshotStatement(
  trx: Executor, caseId: string, previous: number, next: Snapshot,
): Statement {
  const values = { version: next.version, state: JSON.stringify(next.state), last_hash: next.lastHash };
  if (previous === 0) return trx.insertInto('case_snapshot').values({ case_id: caseId, ...values });
  return trx.updateTable('case_snapshot').set(values)
    .where('case_id', '=', caseId).where('version', '=', previous);
}

function outboxStatements(
  trx: Executor, caseId: string, startVersion: number,
  events: CaseEvent[], initial: CaseState | null,
): Statement[] {
  let state = initial;
  const rows = events.flatMap((event, i) => {
    const before = state;
    state = evolve(state, event);
    const version = startVersion + i + 1;
    const row = (kind: string, effect: object, key: string | number) => ({
      case_id: caseId, kind, run_at: event.at, idempotency_key: `${caseId}:${version}:${key}`,
      payload: JSON.stringify({ caseId, version, event: event.type, effect }),
    });
    const changed = before?.status !== state.status;
    return [
      ...effects(event, state).map((effect, index) => row(effect.kind, effect, index)),
      // Every status change is published through the case-tracking port.
      ...(changed ? [row('publish_status', { status: state.status, at: event.at }, 'status')]
        : []),
    ];
  });
  return rows.length > 0 ? [trx.insertInto('outbox').values(rows)] : [];
}

/** Replaces the case's pending deadlines with those its new state needs. */
function deadlineStatements(trx: Executor, caseId: string, wanted: Deadline[]): Statement[] {
  const names = wanted.map((d) => d.name);
  let stale = trx.deleteFrom('deadline').where('case_id', '=', caseId)
    .where('status', '=', 'pending');
  if (names.length > 0) stale = stale.where('name', 'not in', names);
  if (wanted.length === 0) return [stale];
  return [stale, trx.insertInto('deadline').values(wanted.map((d) => ({
    case_id: caseId, name: d.name, due_at: d.dueAt, command: JSON.stringify(d.command),
  }))).onConflict((oc) => oc.columns(['case_id', 'name']).doUpdateSet({
    due_at: (eb) => eb.ref('excluded.due_at'),
    command: (eb) => eb.ref('excluded.command'),
  }).where('deadline.status', '=', 'pending'))];
}

/** Fires a due deadline: its command runs in the worker's transaction, once per due time. */
export function deadlineRunner(engine: CaseEngine): DeadlineRunner {
  return async (deadline, { trx, now }) => {
    const key = `deadline:${deadline.caseId}:${deadline.name}:${deadline.dueAt.toISOString()}`;
    await engine.executeIn(trx, deadline.command as unknown as CaseCommand,
      { idempotencyKey: key, now });
    await trx.deleteFrom('deadline').where('case_id', '=', deadline.caseId)
      .where('name', '=', deadline.name).where('due_at', '=', deadline.dueAt).execute();
  };
}
