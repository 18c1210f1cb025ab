import type { Db } from '../../db/database.ts';
import type { Clock } from '../../engine/clock.ts';
import { parseLevel, type Level } from '../../adapters/login/levels.ts';
import { randomToken, tokenHash } from '../../adapters/login/tokens.ts';

/** A signed-in citizen, as a route sees it. */
export interface CitizenSession {
  /** The hash of the cookie value: the row's key, never the cookie itself. */
  idHash: string;
  nationalNumber: string;
  level: Level;
  /** When the person last proved who they are (a sign-in or a step-up). */
  authTime: Date;
  csrfToken: string;
  idToken: string | null;
  expiresAt: Date;
}

export interface NewSession {
  nationalNumber: string;
  level: Level;
  authTime: Date;
  idToken: string | undefined;
}

/**
 * Sessions in the database: the cookie holds a random id, the table its hash. A session ends
 * after `idleMs` without a request or `absoluteMs` after it began, whichever comes first.
 */
export class SessionStore {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly limits: { idleMs: number; absoluteMs: number },
  ) {}

  /** Makes a session; returns the cookie value. */
  async create(input: NewSession): Promise<string> {
    const id = randomToken();
    const now = this.clock.now();
    await this.db.insertInto('session').values({
      id_hash: tokenHash(id), national_number: input.nationalNumber, acr: input.level,
      auth_time: input.authTime, csrf_token: randomToken(), id_token: input.idToken ?? null,
      created_at: now, last_seen_at: now,
      expires_at: new Date(now.getTime() + this.limits.absoluteMs),
    }).execute();
    return id;
  }

  /** The live session of a cookie value, seen now; an expired one is removed. */
  async find(cookieValue: string): Promise<CitizenSession | undefined> {
    const idHash = tokenHash(cookieValue);
    const row = await this.db.selectFrom('session').selectAll()
      .where('id_hash', '=', idHash).executeTakeFirst();
    if (!row) return undefined;
    const now = this.clock.now();
    const idleEnd = row.last_seen_at.getTime() + this.limits.idleMs;
    if (now >= row.expires_at || now.getTime() >= idleEnd) {
      await this.endByHash(idHash);
      return undefined;
    }
    await this.db.updateTable('session').set({ last_seen_at: now })
      .where('id_hash', '=', idHash).execute();
    return {
      idHash, nationalNumber: row.national_number, level: parseLevel(row.acr) ?? 'low',
      authTime: row.auth_time, csrfToken: row.csrf_token, idToken: row.id_token,
      expiresAt: row.expires_at,
    };
  }

  async endByHash(idHash: string): Promise<void> {
    await this.db.deleteFrom('session').where('id_hash', '=', idHash).execute();
  }

  /** Removes sessions past their absolute end (idle ones go when next seen). */
  async sweep(): Promise<void> {
    await this.db.deleteFrom('session').where('expires_at', '<=', this.clock.now()).execute();
  }
}
