import type { DocumentSummary } from '../../app/case-documents.ts';
import type { PageContext } from '../page-context.ts';
import { euro } from '../product/offer.ts';
import { describedBy, ErrorSummary, Field, type FieldError } from '../views/form-errors.tsx';
import { Layout } from '../views/layout.tsx';
import { brusselsDay, lastDay } from './format.ts';

interface AnswerPageProps {
  ctx: PageContext;
  caseId: string;
  declarantName: string;
  documentId: string | null;
  /** When the time to answer ends (the partner-answer deadline). */
  dueAt: string | null;
}

/** The partner reads the declaration, sees the deadline and what follows, and answers. */
export function AnswerPage({ ctx, caseId, declarantName, documentId, dueAt }: AnswerPageProps) {
  const { t } = ctx;
  const base = `/cases/${caseId}`;
  return (
    <Layout ctx={ctx} title={t('answer.title')}>
      <h1>{t('answer.title')}</h1>
      <p class="lead">{t('answer.intro', { name: declarantName })}</p>
      {documentId ? <p><a href={`${base}/documents/${documentId}`}>{t('answer.read')}</a></p>
        : null}
      {dueAt ? <p>{t('answer.deadline', { date: lastDay(ctx.lang, dueAt) })}</p> : null}
      <h2>{t('answer.next.heading')}</h2>
      <ul>
        <li>{t('answer.next.sign')}</li>
        <li>{t('answer.next.refuse')}</li>
        <li>{t('answer.next.silent')}</li>
      </ul>
      <p><a class="button" href={`${base}/answer/sign`}>{t('answer.sign')}</a></p>
      <p><a href={`${base}/answer/refuse`}>{t('answer.refuse')}</a></p>
      <p><a href={base}>{t('declaration.back')}</a></p>
    </Layout>
  );
}

export interface RefuseForm { reason: string; share: boolean }

interface RefusePageProps {
  ctx: PageContext;
  caseId: string;
  version: number;
  csrf: string;
  form: RefuseForm;
  errors?: FieldError[];
}

/** Refusing: an optional reason, shared with the declarant only when the box is ticked. */
export function RefusePage({ ctx, caseId, version, csrf, form, errors = [] }: RefusePageProps) {
  const { t } = ctx;
  const error = errors[0]?.message;
  const hint = t('answer.refuse.reasonHint');
  return (
    <Layout ctx={ctx} title={t('answer.refuse.title')}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1>{t('answer.refuse.title')}</h1>
      <p>{t('answer.refuse.body')}</p>
      <form method="post" action={`/cases/${caseId}/answer/refuse`}>
        <input type="hidden" name="_csrf" value={csrf} />
        <input type="hidden" name="version" value={version} />
        <Field ctx={ctx} id="reason" label={t('answer.refuse.reason')} hint={hint} error={error}>
          <textarea id="reason" name="reason" rows={4}
            aria-describedby={describedBy('reason', hint, error)}>{form.reason}</textarea>
        </Field>
        <div class="checkbox">
          <input type="checkbox" id="share" name="share" value="yes" checked={form.share} />
          <label for="share">{t('answer.refuse.share')}</label>
        </div>
        <button type="submit">{t('answer.refuse.submit')}</button>
      </form>
      <p><a href={`/cases/${caseId}/answer`}>{t('answer.back')}</a></p>
    </Layout>
  );
}

interface ChoicePageProps {
  ctx: PageContext;
  caseId: string;
  version: number;
  csrf: string;
  depositCents: number;
  errors?: FieldError[];
}

/** After a refusal or silence: go on alone (sign the unilateral declaration) or stop. */
export function ChoicePage({ ctx, caseId, version, csrf, depositCents, errors = [] }:
  ChoicePageProps) {
  const { t } = ctx;
  const error = errors[0]?.message;
  return (
    <Layout ctx={ctx} title={t('choice.title')}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1>{t('choice.title')}</h1>
      <p class="lead">{t('choice.intro')}</p>
      <form method="post" action={`/cases/${caseId}/choice`}>
        <input type="hidden" name="_csrf" value={csrf} />
        <input type="hidden" name="version" value={version} />
        <fieldset class={error ? 'field field-error' : 'field'}
          aria-describedby={error ? 'choice-error' : undefined}>
          <legend>{t('choice.legend')}</legend>
          {error ? <p class="error-message" id="choice-error">
            <span class="visually-hidden">{t('error.fieldPrefix')} </span>{error}</p> : null}
          <Option id="choice" value="alone" label={t('choice.alone')}
            hint={t('choice.alone.hint', { deposit: euro(ctx.lang, depositCents) })} />
          <Option id="choice-stop" value="stop" label={t('choice.stop')}
            hint={t('choice.stop.hint')} />
        </fieldset>
        <button type="submit">{t('choice.submit')}</button>
      </form>
      <p><a href={`/cases/${caseId}`}>{t('declaration.back')}</a></p>
    </Layout>
  );
}

function Option({ id, value, label, hint }: { id: string; value: string; label: string;
  hint: string }) {
  return (
    <div class="radio">
      <input type="radio" id={id} name="choice" value={value} aria-describedby={`${id}-hint`} />
      <label for={id}>{label}</label>
      <p class="hint" id={`${id}-hint`}>{hint}</p>
    </div>
  );
}

/** The signed documents of a case, on its status page. */
export function DocumentList({ ctx, caseId, documents }: { ctx: PageContext; caseId: string;
  documents: DocumentSummary[] }) {
  const { t } = ctx;
  if (documents.length === 0) return <></>;
  return (
    <>
      <h2>{t('declaration.documents.heading')}</h2>
      <ul class="documents">
        {documents.map((d) => (
          <li><a href={`/cases/${caseId}/documents/${d.id}`}>{t(d.signatures > 1
            ? 'declaration.documents.both' : 'declaration.documents.one',
          { date: brusselsDay(ctx.lang, d.createdAt) })}</a></li>
        ))}
      </ul>
    </>
  );
}
