import type { IncomingHttpHeaders } from 'node:http';
import Provider, {
  errors, type ClientMetadata, type Configuration, type KoaContextWithOIDC,
} from 'oidc-provider';
import {
  accountClaims, claimsByScope, professionalScope, requestedScope, type DemoAccount,
} from './accounts.ts';
import { acrFor, levels } from './levels.ts';
import type { ProviderSecrets } from './secrets.ts';

/** Where the embedded provider is mounted on the product's own web server. */
export const providerMount = '/oidc';

export interface EmbeddedProviderOptions {
  issuer: string;
  publicUrl: string;
  clientId: string;
  secrets: ProviderSecrets;
  accounts: DemoAccount[];
  /** The page that asks to end the provider's session too (RP-initiated logout). */
  renderLogout?: (input: LogoutPageInput) => string;
  /** Clients of the bailiff API (client credentials), and the API's audience. */
  api?: { audience: string; clients: ApiClient[] };
}

/** A client that gets JWT access tokens for an API with the client credentials grant. */
export interface ApiClient {
  clientId: string;
  clientSecret: string;
}

/** The scope of the bailiff API's access tokens. */
export const bailiffApiScope = 'bailiff';
/** How long an API access token lives, in seconds. */
export const apiTokenTtlSeconds = 600;

/** What the provider's sign-out page needs: the request's headers and its form's target. */
export interface LogoutPageInput {
  headers: IncomingHttpHeaders;
  /** Where the confirmation posts, with the provider's own form token. */
  action: string;
  xsrf: string;
}

/**
 * The embedded OpenID provider (`oidc-provider`) for `npm start`, demos and tests: the demo
 * people are its accounts, a page lets the tester pick one and a level of assurance, PKCE is
 * required, and the product is its one confidential client.
 * Limitation: its grants, codes and provider sessions live in process memory (the library's
 * memory adapter), so a restart signs testers out of the provider (not of the product) and
 * several processes cannot share it; a database adapter would lift this.
 */
export function createEmbeddedProvider(options: EmbeddedProviderOptions): Provider {
  const provider = new Provider(options.issuer, configuration(options));
  provider.on('server_error', () => undefined);
  return provider;
}

function configuration(options: EmbeddedProviderOptions): Configuration {
  const bySub = new Map(options.accounts.map((account) => [account.sub, account]));
  return {
    clients: [client(options), ...apiClients(options)],
    jwks: { keys: [options.secrets.signingKey] },
    cookies: { keys: options.secrets.cookieKeys },
    pkce: { required: () => true },
    acrValues: levels.map(acrFor),
    claims: claimsByScope,
    scopes: [...new Set([...requestedScope.split(' '), ...professionalScope.split(' '),
      bailiffApiScope])],
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: options.api !== undefined },
      resourceIndicators: resourceIndicators(options.api),
      rpInitiatedLogout: { enabled: true, ...logoutPage(options.renderLogout) },
    },
    interactions: { url: (_ctx, interaction) => `${providerMount}/interaction/${interaction.uid}` },
    findAccount: (_ctx, sub) => {
      const account = bySub.get(sub);
      return account ? { accountId: sub, claims: () => accountClaims(account) } : undefined;
    },
    loadExistingGrant,
    ttl: {
      AuthorizationCode: 60, Interaction: 600, AccessToken: 600, IdToken: 600,
      Session: 8 * 3600, Grant: 8 * 3600, ClientCredentials: apiTokenTtlSeconds,
    },
  };
}

function client(options: EmbeddedProviderOptions): ClientMetadata {
  return {
    client_id: options.clientId,
    client_secret: options.secrets.clientSecret,
    redirect_uris: [`${options.publicUrl}/auth/callback`],
    post_logout_redirect_uris: [`${options.publicUrl}/auth/signed-out`],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
    require_auth_time: true,
  };
}

function apiClients(options: EmbeddedProviderOptions): ClientMetadata[] {
  return (options.api?.clients ?? []).map((api) => ({
    client_id: api.clientId, client_secret: api.clientSecret, grant_types: ['client_credentials'],
    response_types: [], redirect_uris: [], scope: bailiffApiScope,
    token_endpoint_auth_method: 'client_secret_basic',
  }));
}

/**
 * API clients get JWT access tokens for the API's audience (RFC 9068, signed with the
 * provider's key); the product's own client keeps opaque tokens for userinfo.
 */
function resourceIndicators(api: EmbeddedProviderOptions['api']) {
  if (!api) return { enabled: false };
  const ids = new Set(api.clients.map((c) => c.clientId));
  return {
    enabled: true,
    defaultResource: (_ctx: KoaContextWithOIDC, rp: { clientId: string }) =>
      ids.has(rp.clientId) ? api.audience : undefined,
    useGrantedResource: () => false,
    getResourceServerInfo: (_ctx: KoaContextWithOIDC, resource: string,
      rp: { clientId: string }) => {
      if (resource !== api.audience || !ids.has(rp.clientId)) {
        throw new errors.InvalidTarget();
      }
      return { scope: bailiffApiScope, audience: api.audience,
        accessTokenTTL: apiTokenTtlSeconds, accessTokenFormat: 'jwt' as const };
    },
  };
}

/** The product is first-party: its grant is given without a consent page. */
async function loadExistingGrant(ctx: KoaContextWithOIDC) {
  const { client: rp, session, provider } = ctx.oidc;
  if (!rp || !session?.accountId) return undefined;
  const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(rp.clientId);
  const existing = grantId ? await provider.Grant.find(grantId) : undefined;
  if (existing) return existing;
  const grant = new provider.Grant({ clientId: rp.clientId, accountId: session.accountId });
  grant.addOIDCScope(`${requestedScope} ${professionalScope}`);
  await grant.save();
  return grant;
}

/** The provider's own sign-out question, in the product's layout when a renderer is given. */
function logoutPage(render: EmbeddedProviderOptions['renderLogout']) {
  if (!render) return {};
  return {
    logoutSource: async (ctx: KoaContextWithOIDC, form: string) => {
      const action = /action="([^"]+)"/.exec(form)?.[1] ?? '';
      const xsrf = /name="xsrf" value="([^"]+)"/.exec(form)?.[1] ?? '';
      ctx.type = 'html';
      ctx.body = render({ headers: ctx.req.headers, action, xsrf });
    },
  };
}
