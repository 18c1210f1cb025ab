import type { DocumentsPort, SealCertificate } from '../../app/documents.ts';
import type { Db } from '../../db/database.ts';
import { loadSealCertificate } from './development-certificate.ts';
import { renderCertificate } from './render-certificate.ts';
import { renderDeclaration } from './render-declaration.ts';
import { sealPdf } from './seal.ts';

export { contentHash, newBindingSalt, signerHash } from './binding.ts';
export { renderDeclaration } from './render-declaration.ts';
export { sealPdf } from './seal.ts';
export { loadSealCertificate, makeDevelopmentCertificate } from './development-certificate.ts';

/**
 * The documents adapter. Limitation: the certificate is always the self-signed development
 * one kept in the database; loading a municipality's real certificate (from a key store or
 * an HSM) is not built yet.
 */
export function createDocuments(db: Db): DocumentsPort {
  const certificates = new Map<string, { loaded: Promise<SealCertificate>; until: number }>();
  return {
    renderDeclaration,
    renderCertificate,
    seal: (pdf, certificate) => sealPdf(pdf, certificate),
    /**
     * Kept in memory for a few minutes: every seal of a municipality needs it, and the first
     * callers at once share one load (and one key generation, in development).
     */
    certificateFor: (code) => {
      const kept = certificates.get(code);
      if (kept && kept.until > Date.now()) return kept.loaded;
      const loaded = municipality(db, code).then((m) => loadSealCertificate(db, m));
      certificates.set(code, { loaded, until: Date.now() + CERTIFICATE_KEPT_MS });
      loaded.catch(() => {
        if (certificates.get(code)?.loaded === loaded) certificates.delete(code);
      });
      return loaded;
    },
  };
}

const CERTIFICATE_KEPT_MS = 5 * 60 * 1000;

async function municipality(db: Db, code: string): Promise<{ code: string; name: string }> {
  const row = await db.selectFrom('municipality').select('name')
    .where('code', '=', code).executeTakeFirst();
  return { code, name: row?.name.nl ?? code };
}
