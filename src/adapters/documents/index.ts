import type { DocumentsPort } from '../../app/documents.ts';
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
  return {
    renderDeclaration,
    renderCertificate,
    seal: (pdf, certificate) => sealPdf(pdf, certificate),
    certificateFor: async (code) => loadSealCertificate(db, await municipality(db, code)),
  };
}

async function municipality(db: Db, code: string): Promise<{ code: string; name: string }> {
  const row = await db.selectFrom('municipality').select('name')
    .where('code', '=', code).executeTakeFirst();
  return { code, name: row?.name.nl ?? code };
}
