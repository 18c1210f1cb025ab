import type { SettingsChange, SettingsOverview } from '../../app/office/settings.ts';
import type { PageContext } from '../page-context.ts';
import { brusselsMoment } from '../citizen/format.ts';
import { euro } from '../product/offer.ts';
import { describedBy, ErrorSummary, Field, type FieldError } from '../views/form-errors.tsx';
import { Layout } from '../views/layout.tsx';
import {
  changeLabel, fieldLabel, type BailiffValues, type CounterField, type CounterValues, type ProcessField,
  type ProcessValues,
} from './settings-form.ts';

export interface SettingsPageModel {
  overview: SettingsOverview;
  csrf: string;
  /** The values of each form: as stored, or as typed in the form that was refused. */
  process: ProcessValues;
  counter: CounterValues;
  bailiff: BailiffValues;
  errors: FieldError[];
  /** A change was saved (after the redirect). */
  saved: boolean;
}

/**
 * The administrator's settings of the municipality on one page, one form per part, each
 * saving on its own (post-redirect-get), with the log of changes below.
 */
export function SettingsPage({ ctx, model }: { ctx: PageContext; model: SettingsPageModel }) {
  const { t } = ctx;
  const { overview } = model;
  const title = t('office.settings.title', { municipality: overview.name[ctx.lang] });
  return (
    <Layout ctx={ctx} title={title}>
      <ErrorSummary ctx={ctx} errors={model.errors} />
      {model.saved ? <div class="notice" role="status"><p>{t('office.settings.saved')}</p></div>
        : null}
      <h1>{title}</h1>
      <p class="lead">{t('office.settings.intro')}</p>
      <ProcessForm ctx={ctx} model={model} />
      <CounterForm ctx={ctx} model={model} />
      <Bailiffs ctx={ctx} model={model} />
      <section aria-labelledby="texts-title">
        <h2 id="texts-title">{t('office.settings.texts.title')}</h2>
        <p>{t('office.settings.texts.body')}</p>
        <p><a href="/office/settings/texts">{t('office.settings.texts.link')}</a></p>
      </section>
      <ChangeLog ctx={ctx} changes={overview.changes} />
    </Layout>
  );
}

type Errors = (field: string) => string | undefined;

function errorsOf(model: SettingsPageModel): Errors {
  return (field) => model.errors.find((e) => e.field === field)?.message;
}

function TextInput({ ctx, id, value, error, hint, label, numeric, wide }: {
  ctx: PageContext; id: string; value: string; error: string | undefined; hint?: string;
  label: string; numeric?: 'numeric' | 'decimal'; wide?: boolean;
}) {
  return (
    <Field ctx={ctx} id={id} label={label} hint={hint} error={error}>
      <input type="text" id={id} name={id} value={value} inputmode={numeric}
        class={wide ? undefined : 'input-short'} maxlength={wide ? '300' : '40'}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? 'true' : undefined} />
    </Field>
  );
}

function ProcessForm({ ctx, model }: { ctx: PageContext; model: SettingsPageModel }) {
  const { t } = ctx;
  const error = errorsOf(model);
  const v = model.process;
  const input = (id: ProcessField, hint?: string, numeric: 'numeric' | 'decimal' = 'numeric') => (
    <TextInput ctx={ctx} id={id} value={v[id]} error={error(id)} hint={hint}
      label={fieldLabel(ctx, id)} numeric={numeric} />
  );
  const reminderHint = t('office.settings.reminderHint');
  const amountHint = t('office.settings.amountHint');
  const filingError = error('filingMode');
  return (
    <section aria-labelledby="process-title">
      <h2 id="process-title">{t('office.settings.process.title')}</h2>
      <form method="post" action="/office/settings" novalidate>
        <input type="hidden" name="_csrf" value={model.csrf} />
        <input type="hidden" name="version" value={String(model.overview.version)} />
        <fieldset class={filingError ? 'field field-error' : 'field'}
          aria-describedby={filingError ? 'filingMode-error' : undefined}>
          <legend>{t('office.settings.filingMode')}</legend>
          {filingError ? (
            <p class="error-message" id="filingMode-error">
              <span class="visually-hidden">{t('error.fieldPrefix')} </span>{filingError}
            </p>
          ) : null}
          <div class="radio">
            <input type="radio" id="filingMode" name="filingMode" value="online"
              checked={v.filingMode === 'online'} />
            <label for="filingMode">{t('office.settings.filingMode.online')}</label>
          </div>
          <div class="radio">
            <input type="radio" id="filingMode-counter" name="filingMode" value="counter"
              checked={v.filingMode === 'counter'} />
            <label for="filingMode-counter">{t('office.settings.filingMode.counter')}</label>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('office.settings.money.title')}</legend>
          {input('deposit', amountHint, 'decimal')}
          {input('jointFee', amountHint, 'decimal')}
        </fieldset>
        <fieldset>
          <legend>{t('office.settings.review.title')}</legend>
          <div class="checkbox">
            <input type="checkbox" id="reviewBeforeRegistration" name="reviewBeforeRegistration"
              value="yes" checked={v.reviewBeforeRegistration === 'yes'} />
            <label for="reviewBeforeRegistration">{t('office.settings.review')}</label>
          </div>
        </fieldset>
        <fieldset aria-describedby="deadlines-law">
          <legend>{t('office.settings.deadlines.title')}</legend>
          <p class="hint" id="deadlines-law">{t('office.settings.deadlines.law')}</p>
          {input('partnerAnswerDays')}
          {input('partnerReminderDays', reminderHint)}
          {input('declarantChoiceDays')}
          {input('declarantReminderDays', reminderHint)}
          {input('paymentDays')}
          {input('paymentReminderDays', reminderHint)}
          {input('paymentGraceDays')}
        </fieldset>
        <fieldset aria-describedby="norms-intro">
          <legend>{t('office.settings.norms.title')}</legend>
          <p class="hint" id="norms-intro">{t('office.settings.norms.intro')}</p>
          {input('registrationWorkingDays')}
        </fieldset>
        <button type="submit">{t('office.settings.process.submit')}</button>
      </form>
    </section>
  );
}

function CounterForm({ ctx, model }: { ctx: PageContext; model: SettingsPageModel }) {
  const { t } = ctx;
  const error = errorsOf(model);
  const input = (id: CounterField, wide = true) => (
    <TextInput ctx={ctx} id={id} value={model.counter[id]} error={error(id)}
      label={fieldLabel(ctx, id)} wide={wide} />
  );
  return (
    <section aria-labelledby="counter-title">
      <h2 id="counter-title">{t('office.settings.counter.title')}</h2>
      <p>{t('office.settings.counter.intro')}</p>
      <form method="post" action="/office/settings/counter" novalidate>
        <input type="hidden" name="_csrf" value={model.csrf} />
        <input type="hidden" name="version" value={String(model.overview.version)} />
        {input('bookingUrl')}
        {input('phone', false)}
        {input('hoursNl')}
        {input('hoursFr')}
        {input('hoursDe')}
        {input('hoursEn')}
        <button type="submit">{t('office.settings.counter.submit')}</button>
      </form>
    </section>
  );
}

function Bailiffs({ ctx, model }: { ctx: PageContext; model: SettingsPageModel }) {
  const { t } = ctx;
  const { overview } = model;
  const error = errorsOf(model);
  const district = overview.judicialDistrict;
  return (
    <section aria-labelledby="bailiffs-title">
      <h2 id="bailiffs-title">{t('office.settings.bailiffs.title')}</h2>
      <p>{t('office.settings.bailiffs.intro', { district })}</p>
      <table class="bailiffs">
        <caption>{t('office.settings.bailiffs.caption', { district })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('office.settings.bailiffs.name')}</th>
            <th scope="col">{t('office.settings.bailiffs.email')}</th>
            <th scope="col">{t('office.settings.bailiffs.status')}</th>
            <th scope="col">{t('office.settings.bailiffs.lastEngaged')}</th>
            <th scope="col">{t('office.settings.bailiffs.action')}</th>
          </tr>
        </thead>
        <tbody>
          {overview.bailiffs.map((b) => (
            <tr>
              <th scope="row" id={`bailiff-${b.id}`}>{b.name}</th>
              <td>{b.email ?? '–'}</td>
              <td>{b.available ? t('office.settings.bailiffs.available')
                : t('office.settings.bailiffs.unavailable')}</td>
              <td>{b.lastEngagedAt ? brusselsMoment(ctx.lang, b.lastEngagedAt)
                : t('office.settings.bailiffs.never')}</td>
              <td>
                <form method="post" action={`/office/settings/bailiffs/${b.id}`}>
                  <input type="hidden" name="_csrf" value={model.csrf} />
                  <input type="hidden" name="version" value={String(overview.version)} />
                  <input type="hidden" name="available" value={b.available ? 'no' : 'yes'} />
                  <button type="submit" class="button-secondary"
                    aria-describedby={`bailiff-${b.id}`}>
                    {b.available ? t('office.settings.bailiffs.makeUnavailable')
                      : t('office.settings.bailiffs.makeAvailable')}
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('office.settings.bailiffs.add')}</h3>
      <form method="post" action="/office/settings/bailiffs" novalidate>
        <input type="hidden" name="_csrf" value={model.csrf} />
        <input type="hidden" name="version" value={String(overview.version)} />
        <TextInput ctx={ctx} id="bailiffName" value={model.bailiff.bailiffName}
          error={error('bailiffName')} label={fieldLabel(ctx, 'bailiffName')} wide />
        <Field ctx={ctx} id="bailiffEmail" label={fieldLabel(ctx, 'bailiffEmail')}
          error={error('bailiffEmail')}>
          <input type="email" id="bailiffEmail" name="bailiffEmail" autocomplete="off"
            value={model.bailiff.bailiffEmail} maxlength="254"
            aria-describedby={describedBy('bailiffEmail', undefined, error('bailiffEmail'))}
            aria-invalid={error('bailiffEmail') ? 'true' : undefined} />
        </Field>
        <button type="submit">{t('office.settings.bailiffs.submit')}</button>
      </form>
    </section>
  );
}

/** A changed value in words: amounts in euro, yes or no, lists of days. */
function valueText(ctx: PageContext, field: string, value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'boolean') return ctx.t(value ? 'office.settings.yes' : 'office.settings.no');
  if (typeof value === 'number' && field.endsWith('Cents')) return euro(ctx.lang, value);
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'object') {
    const texts = value as Record<string, unknown>;
    if (typeof texts[ctx.lang] === 'string') return texts[ctx.lang] as string;
  }
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '…';
}

function ChangeText({ ctx, change }: { ctx: PageContext; change: SettingsChange }) {
  const { t } = ctx;
  return (
    <ul class="plain">
      {change.changes.map((c) => {
        if (change.section === 'texts') {
          return <li>{c.field}: {typeof c.to === 'string' ? c.to : '–'}</li>;
        }
        if (change.section === 'bailiffs') {
          const to = c.to as { bailiff: string; available?: boolean };
          if (c.field === 'added') return <li>{t('office.settings.log.added', { name: to.bailiff })}</li>;
          return <li>{to.bailiff}: {to.available ? t('office.settings.bailiffs.available')
            : t('office.settings.bailiffs.unavailable')}</li>;
        }
        return <li>{changeLabel(ctx, c.field)}: {valueText(ctx, c.field, c.from)} → {valueText(ctx, c.field, c.to)}</li>;
      })}
    </ul>
  );
}

function ChangeLog({ ctx, changes }: { ctx: PageContext; changes: SettingsChange[] }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="log-title">
      <h2 id="log-title">{t('office.settings.log.title')}</h2>
      {changes.length === 0 ? <p>{t('office.settings.log.empty')}</p> : (
        <table class="settings-log">
          <caption>{t('office.settings.log.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('office.settings.log.when')}</th>
              <th scope="col">{t('office.settings.log.who')}</th>
              <th scope="col">{t('office.settings.log.what')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr>
                <td>{brusselsMoment(ctx.lang, change.changedAt)}</td>
                <td>{change.staffName}</td>
                <td>
                  <p>{t(`office.settings.section.${change.section}`)}</p>
                  <ChangeText ctx={ctx} change={change} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Settings are for the municipality's administrators only. */
export function SettingsForbiddenPage({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('office.settings.forbidden.title')}>
      <h1>{t('office.settings.forbidden.title')}</h1>
      <p>{t('office.settings.forbidden.body')}</p>
      <p><a href="/office">{t('office.nav.cases')}</a></p>
    </Layout>
  );
}
