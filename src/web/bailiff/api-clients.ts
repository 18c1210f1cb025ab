import { createHmac } from 'node:crypto';
import type { App } from '../../app/app.ts';
import type { ApiClient } from '../../adapters/login/embedded-provider.ts';
import type { ProviderSecrets } from '../../adapters/login/secrets.ts';

/** The client id of a bailiff's office's software at the embedded provider. */
export function bailiffClientId(bailiffId: string): string {
  return `${bailiffId}-api`;
}

/**
 * The client secret of an office at the embedded provider: derived from the provider's own
 * secret, so it stays the same across restarts and is never stored. Development only.
 */
export function embeddedClientSecret(secrets: Pick<ProviderSecrets, 'subjectSalt'>,
  bailiffId: string): string {
  return createHmac('sha256', secrets.subjectSalt).update(`api-client:${bailiffId}`)
    .digest('base64url');
}

/**
 * One client credentials client per bailiff's office in the database, registered at the
 * embedded provider, and mapped to its office in `bailiff_api_client` (with a real
 * authorization server, that table is filled when an office's client is registered there).
 */
export async function embeddedBailiffApiClients(
  app: App, secrets: ProviderSecrets,
): Promise<ApiClient[]> {
  const offices = await app.db.selectFrom('bailiff').select('id').orderBy('id').execute();
  if (offices.length === 0) return [];
  await app.db.insertInto('bailiff_api_client')
    .values(offices.map((o) => ({ client_id: bailiffClientId(o.id), bailiff_id: o.id })))
    .onConflict((oc) => oc.column('client_id').doNothing()).execute();
  return offices.map((o) => ({ clientId: bailiffClientId(o.id),
    clientSecret: embeddedClientSecret(secrets, o.id) }));
}
