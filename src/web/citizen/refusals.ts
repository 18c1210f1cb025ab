import type { StartOverview } from '../../app/start-overview.ts';
import type { PageContext } from '../page-context.ts';
import type { Notice } from './notice-page.tsx';

type Refusal = Exclude<StartOverview, { kind: 'ready' }>;

/** Why a case cannot start for this person, and what they can do instead. */
export function startRefusal(ctx: PageContext, refusal: Refusal): Notice {
  const { t } = ctx;
  const home = { href: '/', text: t('error.home') };
  switch (refusal.kind) {
    case 'no_cohabitation':
      return notice(t('start.none.title'), [t('start.none.body'), t('start.none.help')], home);
    case 'cohabitation_ended':
      return notice(t('start.ended.title'), [t('start.ended.body'), t('start.ended.help')], home);
    case 'municipality_not_served':
      return notice(t('start.notServed.title'),
        [t('start.notServed.body'), t('start.notServed.help')], home);
    case 'case_already_open':
      return notice(t('start.open.title'), [t('start.open.body')],
        { href: `/cases/${refusal.caseId}`, text: t('start.open.link') });
    case 'partner_case_open':
      return notice(t('start.partnerOpen.title'), [t('start.partnerOpen.body')],
        { href: `/cases/${refusal.caseId}`, text: t('start.partnerOpen.link') });
  }
}

function notice(title: string, paragraphs: string[], link: Notice['links'][number]): Notice {
  return { title, paragraphs, links: [link] };
}

/** The notices of refused case steps: each links back to the case. */
export function caseNotice(
  ctx: PageContext, kind: 'stale' | 'closed' | 'declarantOnly', caseId: string,
): Notice {
  const { t } = ctx;
  const back = { href: `/cases/${caseId}`, text: t('withdraw.cancel') };
  return notice(t(`withdraw.${kind}.title`), [t(`withdraw.${kind}.body`)], back);
}

export function csrfNotice(ctx: PageContext): Notice {
  return notice(ctx.t('csrf.title'), [ctx.t('csrf.body')], { href: '/cases',
    text: ctx.t('cases.back') });
}
