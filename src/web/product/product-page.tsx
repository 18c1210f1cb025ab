import type { PageContext } from '../page-context.ts';
import { Layout } from '../views/layout.tsx';
import { trustedJson } from '../jsx/html.ts';
import { costSummary } from './cost-summary.ts';
import { euro, type MunicipalityOffer, type ProductOffer } from './offer.ts';

interface ProductPageProps {
  ctx: PageContext;
  offer: ProductOffer;
  /** The catalogue entry, published in the page as a JSON-LD data block. */
  catalogueEntry: unknown;
}

/** The public product page: what, who, cost, time, law, what to prepare, and start. */
export function ProductPage({ ctx, offer, catalogueEntry }: ProductPageProps) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('product.title')}>
      <h1>{t('product.title')}</h1>
      <p class="lead">{t('product.lead')}</p>
      <p><a class="button" href={`/start?lang=${ctx.lang}`}>{t('product.start')}</a></p>
      <What ctx={ctx} />
      <h2>{t('product.who.heading')}</h2>
      <p>{t('product.who.body')}</p>
      <p>{t('product.who.municipality')}</p>
      <Costs ctx={ctx} municipalities={offer.municipalities} />
      <Norms ctx={ctx} norms={offer.norms} />
      <h2>{t('product.law.heading')}</h2>
      <p>{t('product.law.body')}</p>
      <Prepare ctx={ctx} />
      <p><a class="button" href={`/start?lang=${ctx.lang}`}>{t('product.start')}</a></p>
      <script type="application/ld+json">{trustedJson(catalogueEntry)}</script>
    </Layout>
  );
}

function What({ ctx: { t } }: { ctx: PageContext }) {
  return (
    <>
      <h2>{t('product.what.heading')}</h2>
      <p>{t('product.what.body')}</p>
      <ul>
        <li>{t('product.what.joint')}</li>
        <li>{t('product.what.unilateral')}</li>
      </ul>
      <p>{t('product.what.after')}</p>
    </>
  );
}

function Costs({ ctx, municipalities }: CostProps) {
  const summary = costSummary(ctx.lang, municipalities);
  return (
    <>
      <h2>{ctx.t('product.cost.heading')}</h2>
      {summary ? (
        <>
          <p>{summary.joint}</p>
          <p>{summary.unilateral}</p>
          <CostTable ctx={ctx} municipalities={municipalities} />
        </>
      ) : <p>{ctx.t('product.cost.none')}</p>}
    </>
  );
}

interface CostProps { ctx: PageContext; municipalities: MunicipalityOffer[] }

function CostTable({ ctx, municipalities }: CostProps) {
  const { t, lang } = ctx;
  const fee = (cents: number) => (cents === 0 ? t('product.cost.free') : euro(lang, cents));
  return (
    <table>
      <caption>{t('product.cost.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('product.cost.municipality')}</th>
          <th scope="col">{t('product.cost.jointColumn')}</th>
          <th scope="col">{t('product.cost.unilateralColumn')}</th>
          <th scope="col">{t('product.cost.filingColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {municipalities.map((m) => (
          <tr>
            <th scope="row">{m.name[lang]}</th>
            <td class="amount">{fee(m.jointFeeCents)}</td>
            <td class="amount">{euro(lang, m.depositCents)}</td>
            <td>{t(m.filingMode === 'online' ? 'product.cost.online' : 'product.cost.counter')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Norms({ ctx: { t }, norms }: { ctx: PageContext; norms: ProductOffer['norms'] }) {
  return (
    <>
      <h2>{t('product.time.heading')}</h2>
      <ul>
        <li>{t('product.time.partner', { days: norms.partnerAnswerDays })}</li>
        <li>{t('product.time.bailiff', { days: norms.serviceDays })}</li>
        <li>{t('product.time.registration', { days: norms.registrationWorkingDays })}</li>
      </ul>
      <p>{t('product.time.note')}</p>
    </>
  );
}

function Prepare({ ctx: { t } }: { ctx: PageContext }) {
  return (
    <>
      <h2>{t('product.prepare.heading')}</h2>
      <ul>
        <li>{t('product.prepare.login')}</li>
        <li>{t('product.prepare.partner')}</li>
      </ul>
      <p>{t('product.prepare.help')}</p>
    </>
  );
}
