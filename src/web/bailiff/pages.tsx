import type {
  AssignmentSummary, FieldIssue, PersonToServe,
} from '../../app/bailiff-work.ts';
import { serviceModes } from '../../app/bailiff-work.ts';
import type { Service, ServiceMode } from '../../process/index.ts';
import type { MessageKey } from '../i18n/index.ts';
import type { PageContext } from '../page-context.ts';
import { brusselsDay, calendarDay, lastDay } from '../citizen/format.ts';
import { describedBy, ErrorSummary, Field, type FieldError } from '../views/form-errors.tsx';
import { Layout } from '../views/layout.tsx';
import { InvoiceSection, type InvoiceSectionModel } from './invoice-form.tsx';

/** What the worklist shows of the API: the office's client, and its secret in development. */
export interface ApiAccess {
  clientId: string;
  /** Only with the embedded provider, outside production. */
  clientSecret: string | undefined;
}

export function WorklistPage({ ctx, office, assignments, api }: {
  ctx: PageContext; office: string; assignments: AssignmentSummary[]; api: ApiAccess;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('bailiff.worklist.title')}>
      <h1>{t('bailiff.worklist.title')}</h1>
      <p class="lead">{t('bailiff.worklist.intro', { office })}</p>
      {assignments.length === 0 ? <p>{t('bailiff.worklist.empty')}</p> : (
        <table class="worklist">
          <caption>{t('bailiff.worklist.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('bailiff.col.reference')}</th>
              <th scope="col">{t('bailiff.col.municipality')}</th>
              <th scope="col">{t('bailiff.col.status')}</th>
              <th scope="col">{t('bailiff.col.deadline')}</th>
            </tr>
          </thead>
          <tbody>
            {assignments.map((a) => (
              <tr>
                <th scope="row"><a href={`/bailiff/assignments/${a.caseId}`}>{a.reference}</a></th>
                <td>{a.municipalityName[ctx.lang]}</td>
                <td>{assignmentText(ctx, a)}</td>
                <td><Deadline ctx={ctx} assignment={a} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('bailiff.api.title')}</h2>
      <p>{t('bailiff.api.body')}</p>
      <dl>
        <dt>{t('bailiff.api.clientId')}</dt>
        <dd><code>{api.clientId}</code></dd>
        {api.clientSecret ? <>
          <dt>{t('bailiff.api.secret')}</dt>
          <dd><code>{api.clientSecret}</code></dd>
        </> : null}
      </dl>
      <p><a href="/api/bailiff/v1/openapi.json">{t('bailiff.api.description')}</a></p>
    </Layout>
  );
}

/** The assignment's state in words: new, accepted, served, declined, closed. */
export function assignmentText(ctx: PageContext, a: AssignmentSummary): string {
  const { t } = ctx;
  if (a.servedOn) return t('bailiff.assignment.served', { date: calendarDay(ctx.lang, a.servedOn) });
  if (a.status !== 'awaiting_service' && a.assignment !== 'declined') {
    return t('bailiff.assignment.closed');
  }
  return t(`bailiff.assignment.${a.assignment}`);
}

/** The last day of the 8-day clock, and the warning from two days before its end. */
function Deadline({ ctx, assignment }: { ctx: PageContext; assignment: AssignmentSummary }) {
  if (!assignment.serviceDueAt) return <>–</>;
  return (
    <>
      {lastDay(ctx.lang, assignment.serviceDueAt)}
      {assignment.urgency ? <>
        {' '}<strong class="tag tag-warning">{ctx.t(`bailiff.urgency.${assignment.urgency}`)}</strong>
      </> : null}
    </>
  );
}

export interface AssignmentView {
  summary: AssignmentSummary;
  person: PersonToServe | null;
  declarationUrl: string | null;
  history: {
    receiptDate: string | null;
    engagedAt: string | null;
    attempts: { date: string; reason: string }[];
    service: Service | null;
  };
  deeds: { deed_reference: string; sha256: string; size_bytes: number }[];
  canAccept: boolean;
  canRecord: boolean;
  csrf: string;
  /** Once this bailiff served the case: the invoice, or its form. */
  invoice: InvoiceSectionModel | null;
}

/** One assignment: what is needed to serve, the bailiff's history, and the next acts. */
export function AssignmentPage({ ctx, view }: { ctx: PageContext; view: AssignmentView }) {
  const { t } = ctx;
  const { summary } = view;
  const title = t('bailiff.case.title', { reference: summary.reference });
  const base = `/bailiff/assignments/${summary.caseId}`;
  return (
    <Layout ctx={ctx} title={title}>
      <ErrorSummary ctx={ctx} errors={view.invoice?.errors ?? []} />
      <h1>{title}</h1>
      <dl>
        <dt>{t('bailiff.case.status')}</dt>
        <dd>{assignmentText(ctx, summary)}</dd>
        <dt>{t('bailiff.col.municipality')}</dt>
        <dd>{summary.municipalityName[ctx.lang]}</dd>
        {summary.serviceDueAt ? <>
          <dt>{t('bailiff.case.deadline')}</dt>
          <dd><Deadline ctx={ctx} assignment={summary} /></dd>
        </> : null}
      </dl>
      {view.person ? <PersonSection ctx={ctx} person={view.person} /> : null}
      {view.declarationUrl ? (
        <p><a href={view.declarationUrl}>{t('bailiff.case.declaration')}</a></p>
      ) : null}
      {view.canAccept ? <AnswerForms ctx={ctx} base={base} view={view} /> : null}
      {view.canRecord ? <>
        <h2>{t('bailiff.actions.title')}</h2>
        <ul>
          <li><a href={`${base}/service`}>{t('bailiff.actions.service')}</a></li>
          <li><a href={`${base}/attempt`}>{t('bailiff.actions.attempt')}</a></li>
        </ul>
      </> : null}
      <History ctx={ctx} history={view.history} />
      {view.deeds.length > 0 ? <>
        <h2>{t('bailiff.deeds.title')}</h2>
        <ul>
          {view.deeds.map((d) => <li>{t('bailiff.deeds.item', { reference: d.deed_reference,
            size: Math.ceil(d.size_bytes / 1024), hash: d.sha256 })}</li>)}
        </ul>
      </> : null}
      {view.invoice ? <InvoiceSection ctx={ctx} base={base} csrf={view.csrf}
        model={view.invoice} /> : null}
      <p><a href="/bailiff">{t('bailiff.nav.worklist')}</a></p>
    </Layout>
  );
}

function PersonSection({ ctx, person }: { ctx: PageContext; person: PersonToServe }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="serve-title">
      <h2 id="serve-title">{t('bailiff.case.serve.title')}</h2>
      <dl>
        <dt>{t('bailiff.case.serve.name')}</dt>
        <dd>{person.name}</dd>
        <dt>{t('bailiff.case.serve.address')}</dt>
        <dd>{person.address
          ? person.address.map((line, i) => <>{i > 0 ? <br /> : null}{line}</>)
          : t('bailiff.case.serve.noAddress')}</dd>
      </dl>
      <p class="hint">{t('bailiff.case.serve.logged')}</p>
    </section>
  );
}

function AnswerForms({ ctx, base, view }: { ctx: PageContext; base: string; view: AssignmentView }) {
  const { t } = ctx;
  return (
    <>
      <form method="post" action={`${base}/accept`}>
        <input type="hidden" name="_csrf" value={view.csrf} />
        <input type="hidden" name="version" value={String(view.summary.version)} />
        <button type="submit">{t('bailiff.accept.submit')}</button>
      </form>
      <h2>{t('bailiff.decline.title')}</h2>
      <form method="post" action={`${base}/decline`} class="secondary-form">
        <input type="hidden" name="_csrf" value={view.csrf} />
        <input type="hidden" name="version" value={String(view.summary.version)} />
        <Field ctx={ctx} id="reason" label={t('bailiff.decline.reason')}
          hint={t('bailiff.decline.hint')}>
          <textarea id="reason" name="reason" rows="3" maxlength="1000"
            aria-describedby={describedBy('reason', 'hint')}></textarea>
        </Field>
        <button type="submit">{t('bailiff.decline.submit')}</button>
      </form>
    </>
  );
}

function History({ ctx, history }: { ctx: PageContext; history: AssignmentView['history'] }) {
  const { t, lang } = ctx;
  const items = [
    history.receiptDate ? t('bailiff.history.receipt', { date: calendarDay(lang, history.receiptDate) })
      : null,
    history.engagedAt ? t('bailiff.history.engaged', { date: brusselsDay(lang, history.engagedAt) })
      : null,
    ...history.attempts.map((a) => t('bailiff.history.attempt',
      { date: calendarDay(lang, a.date), reason: a.reason })),
    history.service ? t('bailiff.history.service', { date: calendarDay(lang, history.service.date),
      place: history.service.place, mode: t(modeKey(history.service.mode)),
      reference: history.service.deedReference }) : null,
  ].filter((item): item is string => item !== null);
  return (
    <>
      <h2>{t('bailiff.case.history')}</h2>
      <ul>{items.map((item) => <li>{item}</li>)}</ul>
    </>
  );
}

function modeKey(mode: ServiceMode): MessageKey {
  return `bailiff.mode.${mode}`;
}

/** A field issue as its message in the visitor's language. */
export function issueMessage(
  ctx: PageContext, issue: FieldIssue, params: { maxMb: number; receiptDate: string | null },
): FieldError {
  const { t } = ctx;
  const required: Record<string, MessageKey> = {
    serviceDate: 'bailiff.error.serviceDate.required',
    attemptDate: 'bailiff.error.attemptDate.required',
    place: 'bailiff.error.place.required',
    deedReference: 'bailiff.error.deedReference.required',
    reason: 'bailiff.error.reason.required',
  };
  const message = issue.problem === 'required'
    ? t(required[issue.field] ?? 'bailiff.error.too_long')
    : t(`bailiff.error.${issue.problem}`, { max: params.maxMb,
      date: params.receiptDate ? calendarDay(ctx.lang, params.receiptDate) : '' });
  return { field: issue.field, message };
}

export interface ServiceValues {
  serviceDate: string;
  place: string;
  mode: string;
  deedReference: string;
}

/** Record the service: date, place, mode, deed reference and the deed as a PDF. */
export function ServicePage({ ctx, summary, csrf, values, errors, maxMb }: {
  ctx: PageContext; summary: AssignmentSummary; csrf: string; values: ServiceValues;
  errors: FieldError[]; maxMb: number;
}) {
  const { t } = ctx;
  const error = (field: string) => errors.find((e) => e.field === field)?.message;
  const base = `/bailiff/assignments/${summary.caseId}`;
  const dateHint = t('bailiff.date.hint');
  const deedHint = t('bailiff.service.deedHint', { max: maxMb });
  return (
    <Layout ctx={ctx} title={t('bailiff.service.title')}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1>{t('bailiff.service.title')}</h1>
      <p class="lead">{t('bailiff.case.title', { reference: summary.reference })}</p>
      <form method="post" action={`${base}/service`} enctype="multipart/form-data" novalidate>
        <input type="hidden" name="_csrf" value={csrf} />
        <input type="hidden" name="version" value={String(summary.version)} />
        <Field ctx={ctx} id="serviceDate" label={t('bailiff.service.date')} hint={dateHint}
          error={error('serviceDate')}>
          <input type="text" id="serviceDate" name="serviceDate" value={values.serviceDate}
            inputmode="numeric" autocomplete="off"
            aria-describedby={describedBy('serviceDate', dateHint, error('serviceDate'))}
            aria-invalid={error('serviceDate') ? 'true' : undefined} />
        </Field>
        <Field ctx={ctx} id="place" label={t('bailiff.service.place')} error={error('place')}>
          <input type="text" id="place" name="place" value={values.place} maxlength="200"
            aria-describedby={describedBy('place', undefined, error('place'))}
            aria-invalid={error('place') ? 'true' : undefined} />
        </Field>
        <ModeChoices ctx={ctx} checked={values.mode} error={error('mode')} />
        <Field ctx={ctx} id="deedReference" label={t('bailiff.service.reference')}
          error={error('deedReference')}>
          <input type="text" id="deedReference" name="deedReference" maxlength="100"
            value={values.deedReference}
            aria-describedby={describedBy('deedReference', undefined, error('deedReference'))}
            aria-invalid={error('deedReference') ? 'true' : undefined} />
        </Field>
        <Field ctx={ctx} id="deed" label={t('bailiff.service.deed')} hint={deedHint}
          error={error('deed')}>
          <input type="file" id="deed" name="deed" accept="application/pdf,.pdf"
            aria-describedby={describedBy('deed', deedHint, error('deed'))}
            aria-invalid={error('deed') ? 'true' : undefined} />
        </Field>
        <button type="submit">{t('bailiff.service.submit')}</button>
      </form>
      <p><a href={base}>{t('bailiff.back')}</a></p>
    </Layout>
  );
}

/** The four modes of service the process allows, as radios; the first has the field's id. */
function ModeChoices({ ctx, checked, error }: {
  ctx: PageContext; checked: string; error: string | undefined;
}) {
  const { t } = ctx;
  return (
    <fieldset class={error ? 'field field-error' : 'field'}
      aria-describedby={error ? 'mode-error' : undefined}>
      <legend>{t('bailiff.service.mode')}</legend>
      {error ? (
        <p class="error-message" id="mode-error">
          <span class="visually-hidden">{t('error.fieldPrefix')} </span>{error}
        </p>
      ) : null}
      {serviceModes.map((mode, index) => {
        const id = index === 0 ? 'mode' : `mode-${mode}`;
        return (
          <div class="radio">
            <input type="radio" id={id} name="mode" value={mode} checked={mode === checked} />
            <label for={id}>{t(modeKey(mode))}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

export interface AttemptValues {
  attemptDate: string;
  reason: string;
}

/** Record a failed attempt with its reason; the clock runs on. */
export function AttemptPage({ ctx, summary, csrf, values, errors }: {
  ctx: PageContext; summary: AssignmentSummary; csrf: string; values: AttemptValues;
  errors: FieldError[];
}) {
  const { t } = ctx;
  const error = (field: string) => errors.find((e) => e.field === field)?.message;
  const base = `/bailiff/assignments/${summary.caseId}`;
  const dateHint = t('bailiff.date.hint');
  return (
    <Layout ctx={ctx} title={t('bailiff.attempt.title')}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1>{t('bailiff.attempt.title')}</h1>
      <p class="lead">{t('bailiff.attempt.hint')}</p>
      <form method="post" action={`${base}/attempt`} novalidate>
        <input type="hidden" name="_csrf" value={csrf} />
        <input type="hidden" name="version" value={String(summary.version)} />
        <Field ctx={ctx} id="attemptDate" label={t('bailiff.attempt.date')} hint={dateHint}
          error={error('attemptDate')}>
          <input type="text" id="attemptDate" name="attemptDate" value={values.attemptDate}
            inputmode="numeric" autocomplete="off"
            aria-describedby={describedBy('attemptDate', dateHint, error('attemptDate'))}
            aria-invalid={error('attemptDate') ? 'true' : undefined} />
        </Field>
        <Field ctx={ctx} id="reason" label={t('bailiff.attempt.reason')} error={error('reason')}>
          <textarea id="reason" name="reason" rows="4" maxlength="1000"
            aria-describedby={describedBy('reason', undefined, error('reason'))}
            aria-invalid={error('reason') ? 'true' : undefined}>{values.reason}</textarea>
        </Field>
        <button type="submit">{t('bailiff.attempt.submit')}</button>
      </form>
      <p><a href={base}>{t('bailiff.back')}</a></p>
    </Layout>
  );
}

/** The act is no longer possible (changed meanwhile, already done): back to the assignment. */
export function RefusedPage({ ctx, caseId }: { ctx: PageContext; caseId: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('bailiff.refused.title')}>
      <h1>{t('bailiff.refused.title')}</h1>
      <p>{t('bailiff.refused.body')}</p>
      <p><a href={`/bailiff/assignments/${caseId}`}>{t('bailiff.back')}</a></p>
    </Layout>
  );
}
