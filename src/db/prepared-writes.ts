import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';

/** A write (or a statement of several writes) that starts with one of these words. */
const write = /^\s*(with|insert|update|delete)\b/i;

/** Texts run this often are prepared; a one-off text is not. */
const runsBeforePreparing = 3;

export interface PreparedWritesOptions {
  /** At most this many texts are prepared (per process; each server connection keeps them). */
  limit?: number;
}

/**
 * A pool whose connections run the writes the service repeats (a command's one statement, a
 * register read's log row, a job's claim) as named prepared statements: the server parses and
 * plans such a text once per connection instead of at every run. Reads stay unprepared, so a
 * list query is always planned for its own filters. A text is prepared from its third run on
 * and the number of prepared texts is bounded, so each server connection keeps a bounded set.
 */
export class PreparedWritesPool implements PostgresPool {
  private readonly names = new Map<string, string>();
  private readonly runs = new Map<string, number>();
  /** Texts whose prepared statement the server refused (its result type changed under it). */
  private readonly unpreparable = new Set<string>();
  private readonly clients = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  private readonly limit: number;

  constructor(private readonly pool: pg.Pool, options: PreparedWritesOptions = {}) {
    this.limit = options.limit ?? 300;
  }

  async connect(): Promise<PostgresPoolClient> {
    const client = await this.pool.connect();
    let wrapped = this.clients.get(client);
    if (!wrapped) {
      wrapped = this.wrap(client);
      this.clients.set(client, wrapped);
    }
    return wrapped;
  }

  end(): Promise<void> {
    return this.pool.end();
  }

  /** How many texts are prepared now. */
  get prepared(): number {
    return this.names.size;
  }

  private wrap(client: pg.PoolClient): PostgresPoolClient {
    // Kysely calls query(text, parameters) for a statement, query(cursor) for a stream.
    const query = (textOrCursor: unknown, parameters?: ReadonlyArray<unknown>) => {
      if (typeof textOrCursor !== 'string') {
        return client.query(textOrCursor as pg.Submittable);
      }
      const name = this.nameOf(textOrCursor);
      if (!name) return client.query(textOrCursor, parameters as unknown[]);
      return client.query({ name, text: textOrCursor, values: parameters as unknown[] })
        .catch((error: unknown) => {
          // A table changed under the prepared statement (a migration by a newer process):
          // this text runs unprepared from now on.
          if ((error as { code?: string }).code === '0A000') this.unpreparable.add(textOrCursor);
          throw error;
        });
    };
    return {
      query: query as unknown as PostgresPoolClient['query'],
      release: (destroy?: boolean) => client.release(destroy),
    };
  }

  private nameOf(text: string): string | undefined {
    const name = this.names.get(text);
    if (name !== undefined) return this.unpreparable.has(text) ? undefined : name;
    if (this.names.size >= this.limit || !write.test(text)) return undefined;
    const runs = (this.runs.get(text) ?? 0) + 1;
    if (runs < runsBeforePreparing) {
      // Texts seen once or twice are forgotten now and then, so this map stays small too.
      if (this.runs.size >= 10 * this.limit) this.runs.clear();
      this.runs.set(text, runs);
      return undefined;
    }
    this.runs.delete(text);
    const prepared = `w${this.names.size + 1}`;
    this.names.set(text, prepared);
    return prepared;
  }
}
