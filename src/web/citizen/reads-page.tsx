import type { ReadOfMine, Reader } from '../../app/case-reads.ts';
import type { MessageKey } from '../i18n/index.ts';
import type { PageContext } from '../page-context.ts';
import { Layout } from '../views/layout.tsx';

/** The purposes the service logs, in the reader's words; another purpose is shown as logged. */
const purposes: Record<string, MessageKey> = {
  'start a case to end the legal cohabitation': 'reads.purpose.start',
  declaration: 'reads.purpose.declaration',
  'household after termination': 'reads.purpose.household',
  'service of the unilateral declaration': 'reads.purpose.service',
  'certificate: receipt': 'reads.purpose.certificate',
  'certificate: declaration': 'reads.purpose.certificate',
  'certificate: termination': 'reads.purpose.certificate',
  'certificate: household': 'reads.purpose.certificate',
  'office case list: search by person': 'office.list.readPurpose',
};

const readers: Record<Reader, MessageKey> = {
  you: 'reads.reader.you',
  partner: 'reads.reader.partner',
  service: 'reads.reader.service',
  municipality: 'reads.reader.municipality',
  bailiff: 'reads.reader.bailiff',
};

const when = (lang: string) => new Intl.DateTimeFormat(`${lang}-BE`, {
  timeZone: 'Europe/Brussels', dateStyle: 'long', timeStyle: 'short',
});

/** Who read my data in the National Register for this case, when, and why (rule 6). */
export function ReadsPage({ ctx, caseId, reference, reads }: {
  ctx: PageContext; caseId: string; reference: string; reads: ReadOfMine[];
}) {
  const { t } = ctx;
  const format = when(ctx.lang);
  return (
    <Layout ctx={ctx} title={t('reads.title')}>
      <h1>{t('reads.title')}</h1>
      <p class="lead">{t('reads.intro', { reference })}</p>
      {reads.length === 0 ? <p>{t('reads.none')}</p> : (
        <table>
          <caption>{t('reads.caption', { reference })}</caption>
          <thead><tr>
            <th scope="col">{t('reads.when')}</th>
            <th scope="col">{t('reads.who')}</th>
            <th scope="col">{t('reads.why')}</th>
          </tr></thead>
          <tbody>
            {reads.map((read) => (
              <tr>
                <td>{format.format(read.readAt)}</td>
                <td>{t(readers[read.reader])}</td>
                <td>{purposes[read.purpose] ? t(purposes[read.purpose] as MessageKey) : read.purpose}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p><a href={`/cases/${caseId}`}>{t('reads.back')}</a></p>
    </Layout>
  );
}
