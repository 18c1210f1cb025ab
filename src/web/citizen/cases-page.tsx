import type { CaseAccess, CaseSummary } from '../../app/case-access.ts';
import type { PageContext } from '../page-context.ts';
import { Layout } from '../views/layout.tsx';
import { statusText } from './case-page.tsx';
import { brusselsDay } from './format.ts';

/** "My cases": every case the person is a party to, with its status. */
export function CasesPage({ ctx, cases }: { ctx: PageContext; cases: CaseSummary[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('cases.title')}>
      <h1>{t('cases.title')}</h1>
      {cases.length === 0 ? <p>{t('cases.empty')}</p> : (
        <ul class="cases">
          {cases.map((c) => (
            <li>
              <a href={`/cases/${c.caseId}`}>{t('case.title', { reference: c.reference })}</a>
              <p>{t(c.role === 'declarant' ? 'cases.role.declarant' : 'cases.role.partner')}
                {' '}{t('case.status', { status: statusText(ctx, c) })}
                {' '}{t('cases.updated', { date: brusselsDay(ctx.lang, c.updatedAt) })}</p>
            </li>
          ))}
        </ul>
      )}
      <p><a href="/start">{t('cases.start')}</a></p>
      <p><a href="/preferences">{t('preferences.link')}</a></p>
    </Layout>
  );
}

interface WithdrawPageProps { ctx: PageContext; access: CaseAccess; csrf: string }

/** Asks before withdrawing; the form carries the version the person saw. */
export function WithdrawPage({ ctx, access, csrf }: WithdrawPageProps) {
  const { t } = ctx;
  const caseUrl = `/cases/${access.state.caseId}`;
  return (
    <Layout ctx={ctx} title={t('withdraw.title')}>
      <h1>{t('withdraw.title')}</h1>
      <p>{t('withdraw.body')}</p>
      <form method="post" action={`${caseUrl}/withdraw`}>
        <input type="hidden" name="_csrf" value={csrf} />
        <input type="hidden" name="version" value={access.version} />
        <button type="submit">{t('withdraw.confirm')}</button>
      </form>
      <p><a href={caseUrl}>{t('withdraw.cancel')}</a></p>
    </Layout>
  );
}
