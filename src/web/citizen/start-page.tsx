import type { ServedMunicipality } from '../../app/start-overview.ts';
import type { PageContext } from '../page-context.ts';
import { euro } from '../product/offer.ts';
import { ErrorSummary, type FieldError } from '../views/form-errors.tsx';
import { Layout } from '../views/layout.tsx';

export interface StartChoice {
  partnerName: string;
  joint: ServedMunicipality;
  unilateral: ServedMunicipality;
}

interface StartPageProps {
  ctx: PageContext;
  choice: StartChoice;
  csrf: string;
  /** The path chosen before, kept when the form comes back. */
  chosen?: string;
  errors?: FieldError[];
}

/** Who the partner is, where the case goes, joint or unilateral in plain words, and a form. */
export function StartPage({ ctx, choice, csrf, chosen, errors = [] }: StartPageProps) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('start.title')}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1>{t('start.title')}</h1>
      <p>{t('start.partner', { name: choice.partnerName })}</p>
      <Where ctx={ctx} choice={choice} />
      <h2>{t('start.choice.heading')}</h2>
      <form method="post" action="/start">
        <input type="hidden" name="_csrf" value={csrf} />
        <PathField ctx={ctx} choice={choice} chosen={chosen} error={errors[0]?.message} />
        <p>{t('start.after')}</p>
        <button type="submit">{t('start.submit')}</button>
      </form>
    </Layout>
  );
}

function Where({ ctx, choice }: { ctx: PageContext; choice: StartChoice }) {
  const { t, lang } = ctx;
  const { joint, unilateral } = choice;
  return (
    <>
      <p>{t('start.municipality', { municipality: joint.name[lang] })}
        {' '}{t(joint.filingMode === 'online' ? 'start.filing.online' : 'start.filing.counter')}</p>
      {unilateral.code !== joint.code ? (
        <p>{t('start.municipality.unilateral', { municipality: unilateral.name[lang] })}</p>
      ) : null}
    </>
  );
}

interface PathFieldProps {
  ctx: PageContext;
  choice: StartChoice;
  chosen: string | undefined;
  error: string | undefined;
}

/** Two radios in a fieldset; the error summary links to the first one (id "path"). */
function PathField({ ctx, choice, chosen, error }: PathFieldProps) {
  const { t, lang } = ctx;
  const name = choice.partnerName;
  const cost = choice.joint.jointFeeCents === 0 ? t('start.cost.free')
    : euro(lang, choice.joint.jointFeeCents);
  const deposit = euro(lang, choice.unilateral.depositCents);
  return (
    <fieldset class={error ? 'field field-error' : 'field'}
      aria-describedby={error ? 'path-error' : undefined}>
      <legend>{t('start.choice.legend')}</legend>
      {error ? (
        <p class="error-message" id="path-error">
          <span class="visually-hidden">{t('error.fieldPrefix')} </span>{error}
        </p>
      ) : null}
      <Radio id="path" value="joint" checked={chosen === 'joint'}
        label={t('start.joint.label', { name })}
        hint={t('start.joint.hint', { name, days: choice.joint.partnerAnswerDays, cost })} />
      <Radio id="path-unilateral" value="unilateral" checked={chosen === 'unilateral'}
        label={t('start.unilateral.label')} hint={t('start.unilateral.hint', { deposit })} />
    </fieldset>
  );
}

interface RadioProps { id: string; value: string; checked: boolean; label: string; hint: string }

function Radio({ id, value, checked, label, hint }: RadioProps) {
  return (
    <div class="radio">
      <input type="radio" id={id} name="path" value={value} checked={checked}
        aria-describedby={`${id}-hint`} />
      <label for={id}>{label}</label>
      <p class="hint" id={`${id}-hint`}>{hint}</p>
    </div>
  );
}
