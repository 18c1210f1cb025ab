import type { TextLanguage } from '../../app/office/settings.ts';
import type { CitizenTemplate } from '../../app/messages/templates.ts';
import { languageNames, translator } from '../i18n/index.ts';
import { bodyKey, messageSubject } from '../messages/texts.ts';
import type { PageContext } from '../page-context.ts';
import { describedBy, ErrorSummary, Field, type FieldError } from '../views/form-errors.tsx';
import { Layout } from '../views/layout.tsx';

export interface TextsPageModel {
  municipality: string;
  templates: readonly CitizenTemplate[];
  template: CitizenTemplate;
  /** The municipality's own texts, as stored or as typed; '' uses the service's text. */
  texts: Record<TextLanguage, string>;
  version: number;
  csrf: string;
  errors: FieldError[];
  saved: boolean;
}

export const textField: Record<TextLanguage, string> = {
  nl: 'textNl', fr: 'textFr', de: 'textDe', en: 'textEn',
};

/** The municipality's own body texts of one citizen message, in the four languages. */
export function TextsPage({ ctx, model }: { ctx: PageContext; model: TextsPageModel }) {
  const { t } = ctx;
  const title = t('office.settings.texts.pageTitle', { municipality: model.municipality });
  const error = (field: string) => model.errors.find((e) => e.field === field)?.message;
  return (
    <Layout ctx={ctx} title={title}>
      <ErrorSummary ctx={ctx} errors={model.errors} />
      {model.saved ? <div class="notice" role="status"><p>{t('office.settings.saved')}</p></div>
        : null}
      <h1>{title}</h1>
      <p class="lead">{t('office.settings.texts.body')}</p>
      <form method="get" action="/office/settings/texts">
        <div class="field">
          <label for="template">{t('office.settings.texts.template')}</label>
          <select id="template" name="template">
            {model.templates.map((template) => (
              <option value={template} selected={template === model.template}>
                {messageSubject(ctx, template)} ({template})
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button-secondary">{t('office.settings.texts.choose')}</button>
      </form>
      <form method="post" action="/office/settings/texts" novalidate>
        <input type="hidden" name="_csrf" value={model.csrf} />
        <input type="hidden" name="version" value={String(model.version)} />
        <input type="hidden" name="template" value={model.template} />
        <h2>{messageSubject(ctx, model.template)}</h2>
        <p class="hint">{t('office.settings.texts.hint')}</p>
        {(Object.keys(textField) as TextLanguage[]).map((lang) => {
          const id = textField[lang];
          const hint = t('office.settings.texts.default',
            { text: translator(lang)(bodyKey(model.template)) });
          return (
            <Field ctx={ctx} id={id} label={t('office.settings.texts.own',
              { language: languageNames[lang] })} hint={hint} error={error(id)}>
              <textarea id={id} name={id} rows="5" lang={lang}
                aria-describedby={describedBy(id, hint, error(id))}
                aria-invalid={error(id) ? 'true' : undefined}>{model.texts[lang]}</textarea>
            </Field>
          );
        })}
        <button type="submit">{t('office.settings.texts.submit')}</button>
      </form>
      <p><a href="/office/settings">{t('office.settings.texts.back')}</a></p>
    </Layout>
  );
}
