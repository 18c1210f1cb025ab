import {
  createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JWK, type JWTVerifyGetKey,
} from 'jose';

/** Why an API request is not authenticated; both answer 401 with WWW-Authenticate. */
export const apiTokenCodes = {
  /** No `Authorization: Bearer` header. */
  token_missing: 'token_missing',
  /** A token that does not verify: signature, issuer, audience, type, expiry or client. */
  token_invalid: 'token_invalid',
} as const;

export type ApiTokenCode = keyof typeof apiTokenCodes;

export class ApiTokenError extends Error {
  constructor(readonly code: ApiTokenCode, detail?: string) {
    super(detail ?? code);
    this.name = 'ApiTokenError';
  }
}

export interface ApiTokenOptions {
  issuer: string;
  audience: string;
  keys: JWTVerifyGetKey;
}

/** The verified token: the OAuth2 client that asked for it (client credentials). */
export interface ApiCaller {
  clientId: string;
}

/**
 * Verifies JWT access tokens (RFC 9068, `typ: at+jwt`) from an authorization server: the
 * signature against its keys, the issuer, the audience, the expiry (60 s of leeway for
 * clocks apart), and a `client_id`. The tokens' times are the issuer's real clock.
 */
export function apiTokenVerifier(options: ApiTokenOptions) {
  return async (authorization: string | undefined): Promise<ApiCaller> => {
    const token = /^Bearer\s+([A-Za-z0-9._~+/-]+=*)$/i.exec(authorization ?? '')?.[1];
    if (!token) throw new ApiTokenError('token_missing');
    try {
      const { payload } = await jwtVerify(token, options.keys, {
        issuer: options.issuer, audience: options.audience, typ: 'at+jwt',
        algorithms: ['RS256', 'PS256', 'ES256'], requiredClaims: ['exp', 'client_id'],
        clockTolerance: 60,
      });
      if (typeof payload.client_id !== 'string') throw new ApiTokenError('token_invalid');
      return { clientId: payload.client_id };
    } catch (error) {
      if (error instanceof ApiTokenError) throw error;
      if (error instanceof errors.JOSEError) throw new ApiTokenError('token_invalid', error.code);
      throw error;
    }
  };
}

/** The public half of a private JWK (the embedded provider's signing key). */
export function publicKeys(privateJwk: Record<string, unknown>): JWTVerifyGetKey {
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = privateJwk;
  return createLocalJWKSet({ keys: [publicJwk as JWK] });
}

/** The keys an authorization server publishes (fetched and cached by jose). */
export function remoteKeys(jwksUrl: string): JWTVerifyGetKey {
  return createRemoteJWKSet(new URL(jwksUrl));
}
