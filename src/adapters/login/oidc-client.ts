import * as oidc from 'openid-client';
import type { Db } from '../../db/database.ts';
import type { Clock } from '../../engine/clock.ts';
import { requestedScope } from './accounts.ts';
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
}

export interface SignedIn {
  nationalNumber: string;
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
    await this.options.db.insertInto('login_request').values({
      browser_hash: tokenHash(browserToken), state, nonce, code_verifier: codeVerifier,
      return_to: input.returnTo, min_level: input.minLevel, max_age: input.maxAge ?? null,
      previous_session_hash: input.previousSessionHash ?? null,
      expires_at: new Date(this.options.clock.now().getTime() + requestTtlMs),
    }).execute();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.options.redirectUri, scope: requestedScope, state, nonce,
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
    return {
      nationalNumber: await this.nationalNumber(accessToken, claims.sub),
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

  private async nationalNumber(accessToken: string, sub: string): Promise<string> {
    const config = await this.config();
    const info = await oidc.fetchUserInfo(config, accessToken, sub)
      .catch(() => { throw new LoginError('token_exchange_failed'); });
    const nrn = info.egovNRN;
    if (typeof nrn !== 'string' || !/^\d{11}$/.test(nrn)) {
      throw new LoginError('missing_national_number');
    }
    return nrn;
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
