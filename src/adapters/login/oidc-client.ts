import * as oidc from 'openid-client';
import type { Db } from '../../db/database.ts';
import type { Clock } from '../../engine/clock.ts';
import { professionalScope, requestedScope } from './accounts.ts';
import { isStaffRole, type StaffRole } from './demo-professionals.ts';
import { acrFor, atLeast, levelOfAcr, parseLevel, type Level } from './levels.ts';
import { LoginError } from './login-error.ts';
import { randomToken, tokenHash } from './tokens.ts';

export interface LoginClientOptions {
  db: Db;
  clock: Clock;
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
  /** Plain http to the provider: only outside production, for a local provider. */
  allowHttp: boolean;
  fetch?: oidc.CustomFetch;
}

export interface StartLogin {
  returnTo: string;
  minLevel: Level;
  /** Seconds; 0 demands a fresh sign-in (step-up). */
  maxAge?: number;
  previousSessionHash?: string;
  /** A citizen's sign-in (default) or a professional's: bailiff or municipal staff. */
  audience?: 'citizen' | 'professional';
}

/** Who signed in, as what: from the provider's claims. */
export type Identity =
  | { kind: 'citizen'; nationalNumber: string }
  | { kind: 'bailiff'; subject: string; name: string; bailiffId: string }
  | { kind: 'staff'; subject: string; name: string; municipality: string; roles: StaffRole[] };

export interface SignedIn {
  identity: Identity;
  level: Level;
  /** When the person signed in at the provider, on the app's clock. */
  authTime: Date;
  idToken: string | undefined;
  returnTo: string;
  previousSessionHash: string | null;
}

const requestTtlMs = 10 * 60_000;

/**
 * The product as an OpenID Connect client (`openid-client`): authorization code flow with
 * PKCE, state and nonce; the flow's secrets wait in the database (`login_request`), bound to
 * the browser by a cookie and used once.
 */
export class LoginClient {
  private configuration: Promise<oidc.Configuration> | undefined;

  constructor(private readonly options: LoginClientOptions) {}

  /** Starts a sign-in: returns the provider's address and the token for the browser. */
  async start(input: StartLogin): Promise<{ url: URL; browserToken: string }> {
    const config = await this.config();
    const browserToken = randomToken();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const audience = input.audience ?? 'citizen';
    await this.options.db.insertInto('login_request').values({
      audience,
      browser_hash: tokenHash(browserToken), state, nonce, code_verifier: codeVerifier,
      return_to: input.returnTo, min_level: input.minLevel, max_age: input.maxAge ?? null,
      previous_session_hash: input.previousSessionHash ?? null,
      expires_at: new Date(this.options.clock.now().getTime() + requestTtlMs),
    }).execute();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.options.redirectUri, state, nonce,
      scope: audience === 'professional' ? professionalScope : requestedScope,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256', acr_values: acrFor(input.minLevel),
      ...(input.maxAge === undefined ? {} : { max_age: String(input.maxAge) }),
    });
    return { url, browserToken };
  }

  /** Completes a sign-in from the provider's answer; refuses with a LoginError. */
  async finish(browserToken: string | undefined, callbackUrl: URL): Promise<SignedIn> {
    const request = await this.takeRequest(browserToken);
    if (callbackUrl.searchParams.get('state') !== request.state) {
      throw new LoginError('state_mismatch');
    }
    if (callbackUrl.searchParams.has('error')) throw new LoginError('provider_refused');
    const minLevel = parseLevel(request.min_level) ?? 'high';
    const { claims, accessToken, idToken } = await this.exchange(callbackUrl, request);
    const level = levelOfAcr(claims.acr);
    if (!level || !atLeast(level, minLevel)) throw new LoginError('insufficient_level');
    const info = await this.userInfo(accessToken, claims.sub);
    return {
      identity: request.audience === 'professional'
        ? professionalIdentity(info, claims.sub) : citizenIdentity(info),
      level,
      authTime: this.appTime(claims.auth_time),
      idToken,
      returnTo: request.return_to,
      previousSessionHash: request.previous_session_hash,
    };
  }

  /** The provider's end-of-session address (RP-initiated logout), when it has one. */
  async endSessionUrl(idToken: string | null): Promise<URL | undefined> {
    const config = await this.config();
    if (!config.serverMetadata().end_session_endpoint) return undefined;
    return oidc.buildEndSessionUrl(config, {
      post_logout_redirect_uri: this.options.postLogoutRedirectUri,
      ...(idToken ? { id_token_hint: idToken } : { client_id: this.options.clientId }),
    });
  }

  private async takeRequest(browserToken: string | undefined) {
    if (!browserToken) throw new LoginError('login_request_missing');
    const row = await this.options.db.deleteFrom('login_request')
      .where('browser_hash', '=', tokenHash(browserToken)).returningAll().executeTakeFirst();
    if (!row || row.expires_at <= this.options.clock.now()) {
      throw new LoginError('login_request_missing');
    }
    return row;
  }

  private async exchange(callbackUrl: URL, request: {
    state: string; nonce: string; code_verifier: string; max_age: number | null;
  }) {
    const config = await this.config();
    try {
      const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: request.code_verifier, expectedState: request.state,
        expectedNonce: request.nonce, idTokenExpected: true,
        ...(request.max_age === null ? {} : { maxAge: request.max_age }),
      });
      const claims = tokens.claims();
      if (!claims) throw new LoginError('token_exchange_failed');
      return { claims, accessToken: tokens.access_token, idToken: tokens.id_token };
    } catch (error) {
      if (error instanceof LoginError) throw error;
      throw new LoginError('token_exchange_failed');
    }
  }

  private async userInfo(accessToken: string, sub: string): Promise<oidc.UserInfoResponse> {
    const config = await this.config();
    return oidc.fetchUserInfo(config, accessToken, sub)
      .catch(() => { throw new LoginError('token_exchange_failed'); });
  }

  /**
   * The provider stamps auth_time with its own (real) clock; the session keeps it on the
   * app's clock (simulated in tests) as "now minus how long ago the person signed in".
   */
  private appTime(authTime: number | undefined): Date {
    const now = this.options.clock.now().getTime();
    const ago = authTime === undefined ? 0 : Math.max(0, Date.now() - authTime * 1000);
    return new Date(now - ago);
  }

  private config(): Promise<oidc.Configuration> {
    this.configuration ??= this.discover().catch((error: unknown) => {
      this.configuration = undefined;
      throw error;
    });
    return this.configuration;
  }

  private async discover(): Promise<oidc.Configuration> {
    const { issuer, clientId, clientSecret, allowHttp, fetch } = this.options;
    try {
      return await oidc.discovery(new URL(issuer), clientId, undefined,
        oidc.ClientSecretBasic(clientSecret), {
          ...(allowHttp ? { execute: [oidc.allowInsecureRequests] } : {}),
          ...(fetch ? { [oidc.customFetch]: fetch } : {}),
        });
    } catch {
      throw new LoginError('provider_unavailable');
    }
  }
}

function citizenIdentity(info: oidc.UserInfoResponse): Identity {
  const nrn = info.egovNRN;
  if (typeof nrn !== 'string' || !/^\d{11}$/.test(nrn)) {
    throw new LoginError('missing_national_number');
  }
  return { kind: 'citizen', nationalNumber: nrn };
}

/**
 * A bailiff (role 'bailiff' and a `bailiff_id`) or staff (staff roles and a `municipality`);
 * anything else is refused: a professional's sign-in needs a role and an organisation.
 */
function professionalIdentity(info: oidc.UserInfoResponse, subject: string): Identity {
  const roles = Array.isArray(info.roles) ? info.roles.filter((r) => typeof r === 'string') : [];
  const name = [info.given_name, info.family_name].filter((p) => typeof p === 'string').join(' ');
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  const bailiffId = text(info.bailiff_id);
  if (roles.includes('bailiff') && bailiffId) return { kind: 'bailiff', subject, name, bailiffId };
  const municipality = text(info.municipality);
  const staff = roles.filter(isStaffRole);
  if (staff.length > 0 && municipality) {
    return { kind: 'staff', subject, name, municipality, roles: staff };
  }
  throw new LoginError('missing_professional_role');
}
