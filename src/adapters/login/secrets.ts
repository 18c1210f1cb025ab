import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';

/**
 * Secrets of the embedded OpenID provider, made at first start and kept in the database so
 * that every process (and every restart) uses the same ones. Of two processes that start at
 * once, the first insert wins and both read it back.
 */
export interface ProviderSecrets {
  /** The private signing key (RS256) as a JWK. */
  signingKey: Record<string, unknown>;
  cookieKeys: string[];
  clientSecret: string;
  /** Makes the pseudonymous subject identifiers. */
  subjectSalt: string;
}

const NAME = 'embedded_oidc_provider';

export async function loadProviderSecrets(db: Db): Promise<ProviderSecrets> {
  await db.insertInto('login_secret')
    .values({ name: NAME, value: JSON.stringify(makeSecrets()) })
    .onConflict((oc) => oc.column('name').doNothing()).execute();
  const row = await db.selectFrom('login_secret').select('value')
    .where('name', '=', NAME).executeTakeFirstOrThrow();
  return row.value as unknown as ProviderSecrets;
}

function makeSecrets(): ProviderSecrets {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  return {
    signingKey: { ...jwk, kid: randomUUID(), alg: 'RS256', use: 'sig' },
    cookieKeys: [randomBytes(32).toString('base64url')],
    clientSecret: randomBytes(32).toString('base64url'),
    subjectSalt: randomBytes(32).toString('base64url'),
  };
}
