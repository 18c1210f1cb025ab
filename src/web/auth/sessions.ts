import type { Selectable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { SessionTable } from '../../db/schema.ts';
import type { Clock } from '../../engine/clock.ts';
import { parseLevel, type Level } from '../../adapters/login/levels.ts';
import { isStaffRole, type StaffRole } from '../../adapters/login/demo-professionals.ts';
import type { Identity } from '../../adapters/login/oidc-client.ts';
import { randomToken, tokenHash } from '../../adapters/login/tokens.ts';

/** What every session has, whoever signed in. */
interface SessionBase {
  /** The hash of the cookie value: the row's key, never the cookie itself. */
  idHash: string;
  level: Level;
  /** When the person last proved who they are (a sign-in or a step-up). */
  authTime: Date;
  csrfToken: string;
  idToken: string | null;
  expiresAt: Date;
}

/** A signed-in citizen, as a route sees it. */
export interface CitizenSession extends SessionBase {
  kind: 'citizen';
  nationalNumber: string;
}

/** A professional: known by the provider's subject, with a name for the header. */
interface ProfessionalBase extends SessionBase {
  subject: string;
  name: string;
}

/** A bailiff of one bailiff's office. */
export interface BailiffSession extends ProfessionalBase {
  kind: 'bailiff';
  bailiffId: string;
}

/** A member of a municipality's staff, with their roles there. */
export interface StaffSession extends ProfessionalBase {
  kind: 'staff';
  municipality: string;
  roles: StaffRole[];
}

export type Session = CitizenSession | BailiffSession | StaffSession;

export interface NewSession {
  identity: Identity;
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
      id_hash: tokenHash(id), ...identityColumns(input.identity), acr: input.level,
      auth_time: input.authTime, csrf_token: randomToken(), id_token: input.idToken ?? null,
      created_at: now, last_seen_at: now,
      expires_at: new Date(now.getTime() + this.limits.absoluteMs),
    }).execute();
    return id;
  }

  /** The live session of a cookie value, seen now; an expired one is removed. */
  async find(cookieValue: string): Promise<Session | undefined> {
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
    const base: SessionBase = {
      idHash, level: parseLevel(row.acr) ?? 'low',
      authTime: row.auth_time, csrfToken: row.csrf_token, idToken: row.id_token,
      expiresAt: row.expires_at,
    };
    return sessionOf(base, row);
  }

  async endByHash(idHash: string): Promise<void> {
    await this.db.deleteFrom('session').where('id_hash', '=', idHash).execute();
  }

  /** Removes sessions past their absolute end (idle ones go when next seen). */
  async sweep(): Promise<void> {
    await this.db.deleteFrom('session').where('expires_at', '<=', this.clock.now()).execute();
  }
}

type Row = Selectable<SessionTable>;

/** The row's columns for who signed in: the check constraint of migration 0012 holds them. */
function identityColumns(identity: Identity) {
  switch (identity.kind) {
    case 'citizen':
      return { kind: 'citizen' as const, national_number: identity.nationalNumber };
    case 'bailiff':
      return { kind: 'bailiff' as const, national_number: null, subject: identity.subject,
        display_name: identity.name, bailiff_id: identity.bailiffId };
    case 'staff':
      return { kind: 'staff' as const, national_number: null, subject: identity.subject,
        display_name: identity.name, municipality: identity.municipality,
        roles: JSON.stringify(identity.roles) };
  }
}

function sessionOf(base: SessionBase, row: Row): Session | undefined {
  const professional = { subject: row.subject ?? '', name: row.display_name ?? '' };
  if (row.kind === 'citizen' && row.national_number) {
    return { ...base, kind: 'citizen', nationalNumber: row.national_number };
  }
  if (row.kind === 'bailiff' && row.bailiff_id) {
    return { ...base, ...professional, kind: 'bailiff', bailiffId: row.bailiff_id };
  }
  if (row.kind === 'staff' && row.municipality) {
    return { ...base, ...professional, kind: 'staff', municipality: row.municipality,
      roles: row.roles.filter(isStaffRole) };
  }
  return undefined;
}
