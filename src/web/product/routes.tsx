import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../app/app.ts';
import { languages } from '../i18n/index.ts';
import { pageContext, sendPage } from '../page-context.ts';
import { catalogueEntry } from './catalogue-entry.ts';
import { loadOffer } from './offer.ts';
import { ProductPage } from './product-page.tsx';

/**
 * The public product page at `/` (language from `?lang=`, cookie or browser), `/en`, `/fr`,
 * `/de` and `/nl` as short addresses, and the same content as a catalogue entry (JSON-LD).
 */
export function productRoutes(app: App) {
  return async (server: FastifyInstance) => {
    server.get('/', async (request: FastifyRequest, reply: FastifyReply) => {
      const offer = await loadOffer(app.db);
      const entry = catalogueEntry(offer, app.config.publicUrl);
      return sendPage(reply,
        <ProductPage ctx={pageContext(request)} offer={offer} catalogueEntry={entry} />);
    });
    for (const lang of languages) {
      server.get(`/${lang}`, async (_request, reply) => reply.redirect(`/?lang=${lang}`));
    }
    server.get('/product.jsonld', async (_request, reply) => {
      const entry = catalogueEntry(await loadOffer(app.db), app.config.publicUrl);
      return reply.type('application/ld+json; charset=utf-8').send(JSON.stringify(entry));
    });
  };
}
