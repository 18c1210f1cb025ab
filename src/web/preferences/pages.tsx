import type {
  ContactChannel, ContactPreferences, PendingCode,
} from '../../app/contact-preferences.ts';
import { brusselsMoment } from '../citizen/format.ts';
import { languageNames, languages, type MessageKey } from '../i18n/index.ts';
import type { PageContext } from '../page-context.ts';
import { describedBy, ErrorSummary, Field, type FieldError } from '../views/form-errors.tsx';
import { Layout } from '../views/layout.tsx';

/** What a successful post leads to, shown once above the page (post-redirect-get). */
export const doneNotices = {
  language: 'preferences.done.language',
  'code-sent': 'preferences.done.codeSent',
  confirmed: 'preferences.done.confirmed',
  'already-confirmed': 'preferences.done.alreadyConfirmed',
  channels: 'preferences.done.channels',
  removed: 'preferences.done.removed',
} as const satisfies Record<string, MessageKey>;

export type Done = keyof typeof doneNotices;

/** What the citizen typed in the form that failed, to show it again. */
export type Typed = Partial<Record<'language' | 'email' | 'phone' | 'email-code' | 'phone-code'
  | 'email-wanted' | 'sms-wanted', string>>;

export interface PreferencesPageProps {
  ctx: PageContext;
  csrf: string;
  preferences: ContactPreferences;
  smsOffered: boolean;
  done?: Done | undefined;
  errors?: FieldError[];
  typed?: Typed;
}

/** The citizen's language and channels: each part is its own small form. */
export function PreferencesPage(props: PreferencesPageProps) {
  const { ctx, done, errors = [] } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('preferences.title')}>
      <ErrorSummary ctx={ctx} errors={errors} />
      {done && errors.length === 0 ? (
        <div class="success-notice" role="status"><p>{t(doneNotices[done])}</p></div>
      ) : null}
      <h1>{t('preferences.title')}</h1>
      <p class="lead">{t('preferences.lead')}</p>
      <p>{t('preferences.portal')}</p>
      <LanguageForm {...props} />
      <AddressPart {...props} channel="email" />
      {props.smsOffered ? <AddressPart {...props} channel="sms" /> : (
        <section aria-labelledby="sms-heading">
          <h2 id="sms-heading">{t('preferences.phone.heading')}</h2>
          <p>{t('preferences.phone.unavailable')}</p>
        </section>
      )}
      <ChannelsForm {...props} />
    </Layout>
  );
}

function errorFor(errors: FieldError[] | undefined, field: string): string | undefined {
  return errors?.find((e) => e.field === field)?.message;
}

function Hidden({ csrf, action }: { csrf: string; action: string }) {
  return (
    <>
      <input type="hidden" name="_csrf" value={csrf} />
      <input type="hidden" name="action" value={action} />
    </>
  );
}

function LanguageForm({ ctx, csrf, preferences, errors, typed }: PreferencesPageProps) {
  const { t } = ctx;
  const error = errorFor(errors, 'language-nl');
  const chosen = typed?.language ?? preferences.language ?? '';
  return (
    <section aria-labelledby="language-heading">
      <h2 id="language-heading">{t('preferences.language.heading')}</h2>
      <form method="post" action="/preferences" novalidate>
        <Hidden csrf={csrf} action="language" />
        <div class={error ? 'field field-error' : 'field'}>
          <fieldset aria-describedby={describedBy('language', 'hint', error)}>
            <legend>{t('preferences.language.legend')}</legend>
            <p class="hint" id="language-hint">{t('preferences.language.hint')}</p>
            {error ? <FieldMessage ctx={ctx} id="language-error" text={error} /> : null}
            {languages.map((lang) => (
              <div class="radio">
                <input type="radio" id={`language-${lang}`} name="language" value={lang}
                  checked={chosen === lang} />
                <label for={`language-${lang}`} lang={lang}>{languageNames[lang]}</label>
              </div>
            ))}
          </fieldset>
        </div>
        <button type="submit">{t('preferences.language.save')}</button>
      </form>
    </section>
  );
}

function FieldMessage({ ctx, id, text }: { ctx: PageContext; id: string; text: string }) {
  return (
    <p class="error-message" id={id}>
      <span class="visually-hidden">{ctx.t('error.fieldPrefix')} </span>{text}
    </p>
  );
}

/** The texts and input settings that differ between the e-mail and the SMS part. */
const parts = {
  email: {
    field: 'email', prefix: 'preferences.email', type: 'email', autocomplete: 'email',
    inputmode: 'email',
  },
  sms: {
    field: 'phone', prefix: 'preferences.phone', type: 'tel', autocomplete: 'tel',
    inputmode: 'tel',
  },
} as const;

type PartProps = PreferencesPageProps & { channel: ContactChannel };

/** One address: its state, the form to send a code, the code entry, removal. */
function AddressPart(props: PartProps) {
  const { ctx, preferences, channel } = props;
  const { t } = ctx;
  const part = parts[channel];
  const current = preferences[channel];
  const pending = preferences.pending[channel];
  return (
    <section aria-labelledby={`${part.field}-heading`}>
      <h2 id={`${part.field}-heading`}>{t(`${part.prefix}.heading`)}</h2>
      <p>{current === null ? t(`${part.prefix}.none`)
        : t(current.confirmed ? `${part.prefix}.confirmed` : `${part.prefix}.unconfirmed`,
          { address: current.address })}</p>
      <SendCodeForm {...props} />
      {pending ? <CodeForm {...props} pending={pending} /> : null}
      {current !== null ? (
        <form method="post" action="/preferences" class="secondary-form">
          <Hidden csrf={props.csrf} action={`remove-${channel}`} />
          <button type="submit">{t(`${part.prefix}.remove`)}</button>
        </form>
      ) : null}
    </section>
  );
}

function SendCodeForm({ ctx, csrf, preferences, channel, errors, typed }: PartProps) {
  const { t } = ctx;
  const part = parts[channel];
  const current = preferences[channel];
  const error = errorFor(errors, part.field);
  const shown = typed?.[part.field]
    ?? (current && !current.confirmed ? current.address : '');
  const hint = t(`${part.prefix}.hint`);
  return (
    <form method="post" action="/preferences" novalidate>
      <Hidden csrf={csrf} action={`send-${channel}`} />
      <Field ctx={ctx} id={part.field} error={error} hint={hint}
        label={t(current?.confirmed ? `${part.prefix}.newLabel` : `${part.prefix}.label`)}>
        <input type={part.type} id={part.field} name={part.field} value={shown}
          autocomplete={part.autocomplete} inputmode={part.inputmode} spellcheck="false"
          aria-describedby={describedBy(part.field, hint, error)} />
      </Field>
      <button type="submit">{t(`${part.prefix}.send`)}</button>
    </form>
  );
}

function CodeForm(props: PartProps & { pending: PendingCode }) {
  const { ctx, csrf, channel, pending, errors, typed } = props;
  const { t } = ctx;
  const id = `${parts[channel].field}-code` as const;
  if (!pending.usable) {
    return <p>{t('preferences.code.unusable', { address: pending.address })}</p>;
  }
  const error = errorFor(errors, id);
  const hint = t('preferences.code.hint', { address: pending.address,
    time: brusselsMoment(ctx.lang, pending.expiresAt) });
  return (
    <form method="post" action="/preferences" novalidate>
      <Hidden csrf={csrf} action={`confirm-${channel}`} />
      <Field ctx={ctx} id={id} label={t('preferences.code.label')} hint={hint} error={error}>
        <input type="text" id={id} name="code" value={typed?.[id] ?? ''} class="code-input"
          autocomplete="one-time-code" inputmode="numeric" maxlength="12" spellcheck="false"
          aria-describedby={describedBy(id, hint, error)} />
      </Field>
      <button type="submit">{t('preferences.code.confirm')}</button>
    </form>
  );
}

/** "Also send me e-mail / SMS": only for confirmed addresses. */
function ChannelsForm({ ctx, csrf, preferences, errors }: PreferencesPageProps) {
  const { t } = ctx;
  const options = (['email', 'sms'] as const).flatMap((channel) => {
    const current = preferences[channel];
    return current?.confirmed ? [{ channel, address: current.address,
      wanted: current.wanted }] : [];
  });
  const error = errorFor(errors, 'email-wanted') ?? errorFor(errors, 'sms-wanted');
  return (
    <section aria-labelledby="channels-heading">
      <h2 id="channels-heading">{t('preferences.channels.heading')}</h2>
      {options.length === 0 ? <p>{t('preferences.channels.none')}</p> : (
        <form method="post" action="/preferences" novalidate>
          <Hidden csrf={csrf} action="channels" />
          <div class={error ? 'field field-error' : 'field'}>
            <fieldset>
              <legend>{t('preferences.channels.legend')}</legend>
              {error ? <FieldMessage ctx={ctx} id="channels-error" text={error} /> : null}
              {options.map((o) => (
                <div class="checkbox">
                  <input type="checkbox" id={`${o.channel}-wanted`} name={`${o.channel}-wanted`}
                    value="yes" checked={o.wanted} />
                  <label for={`${o.channel}-wanted`}>
                    {t(`preferences.channels.${o.channel}`, { address: o.address })}</label>
                </div>
              ))}
            </fieldset>
          </div>
          <button type="submit">{t('preferences.channels.save')}</button>
        </form>
      )}
    </section>
  );
}
