import type { FastifyRequest } from 'fastify';
import type { LogoutPageInput } from '../../adapters/login/embedded-provider.ts';
import type { PickPageModel } from '../../adapters/login/provider-routes.ts';
import { levels, type Level } from '../../adapters/login/levels.ts';
import type { LoginErrorCode } from '../../adapters/login/login-error.ts';
import { translator, type MessageKey } from '../i18n/index.ts';
import { chooseLanguage, cookieValue } from '../i18n/negotiate.ts';
import { pageContext, type PageContext } from '../page-context.ts';
import { ErrorSummary } from '../views/form-errors.tsx';
import { Layout } from '../views/layout.tsx';

const levelKeys: Record<Level, { label: MessageKey; hint: MessageKey }> = {
  low: { label: 'login.level.low', hint: 'login.level.low.hint' },
  substantial: { label: 'login.level.substantial', hint: 'login.level.substantial.hint' },
  high: { label: 'login.level.high', hint: 'login.level.high.hint' },
};

/** The embedded provider's page, rendered by the web layer in the product's layout. */
export function renderPickPage(request: FastifyRequest, model: PickPageModel): string {
  return `<!doctype html>\n${<PickPage ctx={pageContext(request)} model={model} />}`;
}

/**
 * The embedded test login: pick a demo person and a level of assurance. A missing choice
 * comes back with an error summary linked to the field, the other choice kept.
 */
export function PickPage({ ctx, model }: { ctx: PageContext; model: PickPageModel }) {
  const { t } = ctx;
  const errors = model.problems.map((field) => ({ field,
    message: t(field === 'person' ? 'login.pick.error.person' : 'login.pick.error.level') }));
  const level = model.chosen.level ?? (model.problems.length > 0 ? undefined : model.askedLevel);
  return (
    <Layout ctx={ctx} title={t('login.pick.title')}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1>{t('login.pick.title')}</h1>
      <p>{t('login.pick.intro')}</p>
      <form method="post" action={`${model.action}/login`}>
        <PersonChoices ctx={ctx} model={model}
          error={errors.find((e) => e.field === 'person')?.message} />
        <Choices ctx={ctx} name="level" legend={t('login.pick.level')}
          hint={t('login.pick.asked', { level: t(levelKeys[model.askedLevel].label) })}
          error={errors.find((e) => e.field === 'level')?.message}
          options={levels.map((each) => ({ value: each, label: t(levelKeys[each].label),
            hint: t(levelKeys[each].hint) }))}
          checked={level} />
        <button type="submit">{t('login.pick.submit')}</button>
      </form>
      <form method="post" action={`${model.action}/abort`} class="secondary-form">
        <button type="submit">{t('login.pick.cancel')}</button>
      </form>
    </Layout>
  );
}

/**
 * The demo accounts in two groups, citizens and professionals (bailiffs, municipal staff),
 * one radio group across both; the first radio has the id the error summary links to.
 */
function PersonChoices({ ctx, model, error }: {
  ctx: PageContext; model: PickPageModel; error: string | undefined;
}) {
  const { t } = ctx;
  const groups = [
    { group: 'citizen', legend: t('login.pick.citizens') },
    { group: 'professional', legend: t('login.pick.professionals') },
  ] as const;
  const ids = new Map(model.people.map((p, index) =>
    [p.value, index === 0 ? 'person' : `person-${index}`]));
  return (
    <fieldset class={error ? 'field field-error' : 'field'}
      aria-describedby={error ? 'person-error' : undefined}>
      <legend>{t('login.pick.person')}</legend>
      {error ? (
        <p class="error-message" id="person-error">
          <span class="visually-hidden">{t('error.fieldPrefix')} </span>{error}
        </p>
      ) : null}
      {groups.map(({ group, legend }) => (
        <fieldset class="field">
          <legend>{legend}</legend>
          {model.people.filter((p) => p.group === group).map((option) => {
            const id = ids.get(option.value) ?? option.value;
            return (
              <div class="radio">
                <input type="radio" id={id} name="person" value={option.value}
                  checked={option.value === model.chosen.person} />
                <label for={id}>{option.label}</label>
              </div>
            );
          })}
        </fieldset>
      ))}
    </fieldset>
  );
}

interface ChoicesProps {
  ctx: PageContext;
  name: string;
  legend: string;
  hint?: string;
  error: string | undefined;
  options: { value: string; label: string; hint?: string }[];
  checked: string | undefined;
}

/** Radios in a fieldset; the first radio has the field's id, which the summary links to. */
function Choices({ ctx, name, legend, hint, error, options, checked }: ChoicesProps) {
  const described = [hint ? `${name}-legend-hint` : '', error ? `${name}-error` : '']
    .filter(Boolean).join(' ');
  return (
    <fieldset class={error ? 'field field-error' : 'field'}
      aria-describedby={described === '' ? undefined : described}>
      <legend>{legend}</legend>
      {hint ? <p class="hint" id={`${name}-legend-hint`}>{hint}</p> : null}
      {error ? (
        <p class="error-message" id={`${name}-error`}>
          <span class="visually-hidden">{ctx.t('error.fieldPrefix')} </span>{error}
        </p>
      ) : null}
      {options.map((option, index) => {
        const id = index === 0 ? name : `${name}-${index}`;
        return (
          <div class="radio">
            <input type="radio" id={id} name={name} value={option.value}
              checked={option.value === checked}
              aria-describedby={option.hint ? `${id}-hint` : undefined} />
            <label for={id}>{option.label}</label>
            {option.hint ? <p class="hint" id={`${id}-hint`}>{option.hint}</p> : null}
          </div>
        );
      })}
    </fieldset>
  );
}

/** The sign-in link asks to go to another site or for an unknown level. */
export function BadLinkPage({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('login.badLink.title')}>
      <h1>{t('login.badLink.title')}</h1>
      <p>{t('login.badLink.body')}</p>
      <p><a href="/auth/login">{t('login.signIn')}</a></p>
    </Layout>
  );
}

/** A sign-in that did not complete: why in plain words, and the code for the helpdesk. */
export function LoginFailedPage({ ctx, code }: { ctx: PageContext; code: LoginErrorCode }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('login.failed.title')}>
      <h1>{t('login.failed.title')}</h1>
      <p role="alert">{t(`login.error.${code}`)}</p>
      <p>{t('login.failed.code')} <code>{code}</code></p>
      <p><a href="/auth/login">{t('login.failed.again')}</a></p>
    </Layout>
  );
}

/** Sign out: a form with the session's token (a GET never signs out). */
export function LogoutPage({ ctx, csrf }: { ctx: PageContext; csrf: string | undefined }) {
  const { t } = ctx;
  if (csrf === undefined) {
    return (
      <Layout ctx={ctx} title={t('logout.notSignedIn')}>
        <h1>{t('logout.notSignedIn')}</h1>
        <p><a href="/auth/login">{t('login.signIn')}</a></p>
      </Layout>
    );
  }
  return (
    <Layout ctx={ctx} title={t('logout.title')}>
      <h1>{t('logout.title')}</h1>
      <p>{t('logout.body')}</p>
      <form method="post" action="/auth/logout">
        <input type="hidden" name="_csrf" value={csrf} />
        <button type="submit">{t('logout.submit')}</button>
      </form>
    </Layout>
  );
}

export function SignedOutPage({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('signedOut.title')}>
      <h1>{t('signedOut.title')}</h1>
      <p>{t('signedOut.body')}</p>
      <p><a href={`/?lang=${ctx.lang}`}>{t('error.home')}</a></p>
    </Layout>
  );
}

/** The sign-out form's token did not match. */
export function ExpiredFormPage({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('csrf.title')}>
      <h1>{t('csrf.title')}</h1>
      <p>{t('csrf.body')}</p>
      <p><a href={`/?lang=${ctx.lang}`}>{t('error.home')}</a></p>
    </Layout>
  );
}

/**
 * The embedded provider's own question at sign-out (its session, not the product's, which
 * has already ended), in the product's layout; the language comes from the cookie or the
 * browser, as the provider's request has no route of the product.
 */
export function renderProviderLogout(input: LogoutPageInput): string {
  const lang = chooseLanguage({ query: undefined, cookie: cookieValue(input.headers.cookie, 'lang'),
    acceptLanguage: input.headers['accept-language'] });
  const ctx: PageContext = { lang, t: translator(lang), path: '/auth/logout' };
  const { t } = ctx;
  return `<!doctype html>\n${(
    <Layout ctx={ctx} title={t('logout.provider.title')}>
      <h1>{t('logout.provider.title')}</h1>
      <p>{t('logout.provider.body')}</p>
      <form method="post" action={input.action}>
        <input type="hidden" name="xsrf" value={input.xsrf} />
        <p><button type="submit" name="logout" value="yes">{t('logout.provider.yes')}</button></p>
      </form>
      <form method="post" action={input.action} class="secondary-form">
        <input type="hidden" name="xsrf" value={input.xsrf} />
        <p><button type="submit">{t('logout.provider.no')}</button></p>
      </form>
    </Layout>
  )}`;
}
