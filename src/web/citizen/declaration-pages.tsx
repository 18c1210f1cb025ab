import type { DeclarationDetails } from '../../app/declaration-content.ts';
import type { DeclarationPartner } from '../../app/documents.ts';
import type { SigningStep } from '../../app/sign-declaration.ts';
import type { MessageKey } from '../i18n/index.ts';
import type { PageContext } from '../page-context.ts';
import { ErrorSummary, type FieldError } from '../views/form-errors.tsx';
import { Layout } from '../views/layout.tsx';
import { calendarDay } from './format.ts';

interface DeclarationPageProps { ctx: PageContext; caseId: string; details: DeclarationDetails }

/**
 * What the declarant signs, prefilled from the register. The only page that shows the
 * partner's domicile: it is part of the legal declaration (Civil Code, old art. 1476).
 */
export function DeclarationPage({ ctx, caseId, details }: DeclarationPageProps) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('declaration.title')}>
      <h1>{t('declaration.title')}</h1>
      <p class="lead">{t('declaration.intro')}</p>
      <Facts ctx={ctx} details={details} />
      <h2>{t('declaration.you')}</h2>
      <Partner ctx={ctx} partner={details.declarant} />
      <h2>{t('declaration.partner')}</h2>
      <Partner ctx={ctx} partner={details.partner} />
      <p>{t('declaration.wrong')}</p>
      <h2>{t('declaration.signHeading')}</h2>
      <p>{t('declaration.stepUp')}</p>
      <p><a class="button" href={`/cases/${caseId}/declaration/sign`}>
        {t('declaration.continue')}</a></p>
      <p><a href={`/cases/${caseId}`}>{t('declaration.back')}</a></p>
    </Layout>
  );
}

function Facts({ ctx, details }: { ctx: PageContext; details: DeclarationDetails }) {
  const { t } = ctx;
  return (
    <dl class="summary">
      <dt>{t('declaration.field.kind')}</dt>
      <dd><KindText ctx={ctx} kind={details.kind} /></dd>
      <dt>{t('declaration.field.municipality')}</dt>
      <dd>{details.municipality.name[ctx.lang]}</dd>
    </dl>
  );
}

function KindText({ ctx, kind }: { ctx: PageContext; kind: 'joint' | 'unilateral' }) {
  return <>{ctx.t(kind === 'joint' ? 'declaration.kind.joint' : 'declaration.kind.unilateral')}</>;
}

function Partner({ ctx, partner }: { ctx: PageContext; partner: DeclarationPartner }) {
  const { t } = ctx;
  const born = partner.birthDate ? calendarDay(ctx.lang, partner.birthDate) : '';
  return (
    <dl class="summary">
      <dt>{t('declaration.field.surname')}</dt><dd>{partner.surname}</dd>
      <dt>{t('declaration.field.firstNames')}</dt><dd>{partner.firstNames}</dd>
      <dt>{t('declaration.field.birth')}</dt>
      <dd>{t('declaration.birth', { place: partner.birthPlace, date: born })}</dd>
      <dt>{t('declaration.field.domicile')}</dt>
      <dd>{partner.domicile.length > 0 ? partner.domicile.join(', ')
        : t('declaration.noDomicile')}</dd>
    </dl>
  );
}

/** The texts that differ between the three signing steps. */
const stepTexts: Record<SigningStep, { title: MessageKey; after: MessageKey }> = {
  declaration: { title: 'declaration.check.title', after: 'declaration.check.after' },
  answer: { title: 'answer.check.title', after: 'answer.check.after' },
  choice: { title: 'choice.check.title', after: 'choice.check.after' },
};

export interface CheckSummary {
  kind: 'joint' | 'unilateral';
  municipality: string;
  declarantName: string;
  partnerName: string;
}

interface CheckPageProps {
  ctx: PageContext;
  step: SigningStep;
  caseId: string;
  version: number;
  csrf: string;
  summary: CheckSummary;
  errors?: FieldError[];
}

/** Check your answers, then sign: one checkbox to confirm, the version the person saw. */
export function CheckPage(props: CheckPageProps) {
  const { ctx, step, caseId, summary, errors = [] } = props;
  const { t } = ctx;
  const texts = stepTexts[step];
  const error = errors[0]?.message;
  return (
    <Layout ctx={ctx} title={t(texts.title)}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1>{t(texts.title)}</h1>
      <CheckList ctx={ctx} summary={summary} />
      <p>{t(texts.after)}</p>
      <form method="post" action={`/cases/${caseId}/${step}/sign`}>
        <input type="hidden" name="_csrf" value={props.csrf} />
        <input type="hidden" name="version" value={props.version} />
        <Confirm ctx={ctx} error={error} />
        <button type="submit">{t('declaration.check.sign')}</button>
      </form>
      <p><a href={`/cases/${caseId}`}>{t('declaration.back')}</a></p>
    </Layout>
  );
}

function CheckList({ ctx, summary }: { ctx: PageContext; summary: CheckSummary }) {
  const { t } = ctx;
  return (
    <dl class="summary">
      <dt>{t('declaration.field.kind')}</dt>
      <dd><KindText ctx={ctx} kind={summary.kind} /></dd>
      <dt>{t('declaration.field.municipality')}</dt><dd>{summary.municipality}</dd>
      <dt>{t('declaration.field.declarant')}</dt><dd>{summary.declarantName}</dd>
      <dt>{t('declaration.field.partnerName')}</dt><dd>{summary.partnerName}</dd>
    </dl>
  );
}

function Confirm({ ctx, error }: { ctx: PageContext; error: string | undefined }) {
  const { t } = ctx;
  return (
    <div class={error ? 'field field-error' : 'field'}>
      {error ? (
        <p class="error-message" id="confirm-error">
          <span class="visually-hidden">{t('error.fieldPrefix')} </span>{error}
        </p>
      ) : null}
      <div class="checkbox">
        <input type="checkbox" id="confirm" name="confirm" value="yes"
          aria-describedby={error ? 'confirm-error' : undefined} />
        <label for="confirm">{t('declaration.check.confirm')}</label>
      </div>
    </div>
  );
}
