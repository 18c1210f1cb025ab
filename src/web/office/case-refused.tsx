// The answer to an act on a case that was refused for the member's role, the case's state or
// a change since the page was read: what happened (nothing was written) and the way back.
import type { CaseActErrorCode } from '../../app/office/case-actions.ts';
import type { CaseStatus } from '../../process/index.ts';
import type { MessageKey } from '../i18n/index.ts';
import type { PageContext } from '../page-context.ts';
import { Layout } from '../views/layout.tsx';
import { statusWord } from './case-timeline.ts';

const texts: Record<'changed' | 'state' | 'role', { title: MessageKey; body: MessageKey }> = {
  changed: { title: 'office.case.refused.changed.title', body: 'office.case.refused.changed.body' },
  state: { title: 'office.case.refused.state.title', body: 'office.case.refused.state.body' },
  role: { title: 'office.case.refused.role.title', body: 'office.case.refused.role.body' },
};

export function RefusedActPage({ ctx, caseId, code, status }: {
  ctx: PageContext; caseId: string; code: CaseActErrorCode; status: CaseStatus;
}) {
  const { t } = ctx;
  const kind = code === 'changed' ? 'changed' : code === 'role_not_allowed' ? 'role' : 'state';
  const title = t(texts[kind].title);
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p data-refusal={code}>{t(texts[kind].body, { status: statusWord(ctx, status) })}</p>
      <p><a href={`/office/cases/${caseId}`}>{t('office.case.refused.back')}</a></p>
    </Layout>
  );
}
