import type { FastifyInstance } from 'fastify';
import type { App } from '../../app/app.ts';
import {
  apiTokenVerifier, publicKeys, remoteKeys,
} from '../../adapters/login/api-tokens.ts';
import { providerMount } from '../../adapters/login/embedded-provider.ts';
import { loadProviderSecrets } from '../../adapters/login/secrets.ts';
import { embeddedClientSecret } from './api-clients.ts';
import { apiPrefix, bailiffApiRoutes } from './api-routes.ts';
import { bailiffRoutes } from './routes.tsx';

/**
 * The bailiff's area (/bailiff, signed-in bailiffs) and the bailiff API (/api/bailiff/v1,
 * OAuth2 access tokens). With the embedded provider, its own signing key verifies the tokens
 * and the worklist shows the office's client secret (never in production).
 */
export function bailiffArea(app: App) {
  return async (server: FastifyInstance) => {
    const api = app.config.bailiffApi;
    const embedded = !app.config.login.issuer;
    const secrets = embedded ? await loadProviderSecrets(app.db) : undefined;
    const issuer = embedded ? `${app.config.publicUrl}${providerMount}` : api.issuer;
    const keys = secrets ? publicKeys(secrets.signingKey)
      : api.jwksUrl ? remoteKeys(api.jwksUrl) : undefined;
    if (!issuer || !keys) throw new Error('BAILIFF_API_ISSUER: required with OIDC_ISSUER');
    const verify = apiTokenVerifier({ issuer, audience: api.audience, keys });
    const showSecret = (bailiffId: string) => secrets && app.config.env !== 'production'
      ? embeddedClientSecret(secrets, bailiffId) : undefined;
    await server.register(bailiffRoutes(app, showSecret));
    await server.register(bailiffApiRoutes(app, verify), { prefix: apiPrefix });
  };
}
