// The office's case page: what the case is, what staff may do now, and everything that
// happened (sections in case-sections.tsx), with the internal notes.
import type { CaseFile } from '../../app/office/case-file.ts';
import type { OfferedActs } from '../../app/office/case-actions.ts';
import { noteMaxLength } from '../../app/office/notes.ts';
import type { MessageKey } from '../i18n/index.ts';
import type { PageContext } from '../page-context.ts';
import { brusselsMoment } from '../citizen/format.ts';
import { describedBy, ErrorSummary, Field, type FieldError } from '../views/form-errors.tsx';
import { Layout } from '../views/layout.tsx';
import {
  BailiffSection, DocumentsSection, IncidentsSection, MessagesSection, PaymentsSection,
  RegisterSection, TimelineSection,
} from './case-sections.tsx';
import { statusWord } from './case-timeline.ts';

/** What a form sent back with errors holds, to show it again as typed. */
export interface CaseFormValues {
  to?: string;
  overrideReason?: string;
  withdrawReason?: string;
  note?: string;
}

export interface CasePageView {
  file: CaseFile;
  offered: OfferedActs;
  csrf: string;
  errors: FieldError[];
  values: CaseFormValues;
  /** The act just carried out (post-redirect-get), for the confirmation. */
  done: MessageKey | null;
}

type Props = { ctx: PageContext; view: CasePageView };

function errorOf(view: CasePageView, field: string): string | undefined {
  return view.errors.find((e) => e.field === field)?.message;
}

export function OfficeCasePage({ ctx, view }: Props) {
  const { t } = ctx;
  const { file } = view;
  const title = t('office.case.title', { reference: file.summary.reference });
  return (
    <Layout ctx={ctx} title={title}>
      <ErrorSummary ctx={ctx} errors={view.errors} />
      {view.done ? <div class="notice" role="status"><p>{t(view.done)}</p></div> : null}
      <h1>{title}</h1>
      <Summary ctx={ctx} file={file} />
      <FollowUps ctx={ctx} file={file} />
      <Actions ctx={ctx} view={view} />
      <TimelineSection ctx={ctx} file={file} />
      <DocumentsSection ctx={ctx} file={file} />
      <MessagesSection ctx={ctx} file={file} csrf={view.csrf} canResend={view.offered.machinery} />
      <PaymentsSection ctx={ctx} file={file} />
      <BailiffSection ctx={ctx} file={file} />
      <RegisterSection ctx={ctx} file={file} />
      <IncidentsSection ctx={ctx} file={file} csrf={view.csrf} canRetry={view.offered.machinery} />
      <Notes ctx={ctx} view={view} />
      <p><a href="/office">{t('office.case.back')}</a></p>
    </Layout>
  );
}

function Summary({ ctx, file }: { ctx: PageContext; file: CaseFile }) {
  const { t } = ctx;
  const { state, summary } = file;
  return (
    <dl class="summary">
      <dt>{t('office.case.summary.status')}</dt>
      <dd><strong>{statusWord(ctx, state.status)}</strong></dd>
      <dt>{t('office.case.summary.path')}</dt>
      <dd>{t(`office.case.path.${state.path}`)}</dd>
      <dt>{t('office.case.summary.filing')}</dt>
      <dd>{t(`office.case.filing.${state.settings.filingMode}`)}</dd>
      <dt>{t('office.case.summary.started')}</dt>
      <dd>{brusselsMoment(ctx.lang, state.startedAt)}</dd>
      {summary.waiting_on ? <>
        <dt>{t('office.case.summary.waiting')}</dt>
        <dd>{t(`office.case.role.${summary.waiting_on}` as MessageKey)}</dd>
      </> : null}
      <dt>{t('office.case.summary.version')}</dt>
      <dd>{String(file.version)}</dd>
    </dl>
  );
}

function FollowUps({ ctx, file }: { ctx: PageContext; file: CaseFile }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="follow-ups-title">
      <h2 id="follow-ups-title">{t('office.case.followUps.title')}</h2>
      {file.openFollowUps.length === 0 ? <p>{t('office.case.followUps.none')}</p> : (
        <ul>
          {file.openFollowUps.map((f) => (
            <li>{t('office.case.followUps.item', {
              topic: t(`office.case.topic.${f.topic}`),
              when: brusselsMoment(ctx.lang, f.raisedAt),
              assignee: t(`office.case.assignee.${f.assignee}`) })}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Hidden({ view }: { view: CasePageView }) {
  return <>
    <input type="hidden" name="_csrf" value={view.csrf} />
    <input type="hidden" name="version" value={String(view.file.version)} />
  </>;
}

function Actions({ ctx, view }: Props) {
  const { t } = ctx;
  const { offered } = view;
  const any = offered.overrideTo.length > 0 || offered.approve || offered.withdraw;
  return (
    <section aria-labelledby="actions-title">
      <h2 id="actions-title">{t('office.case.actions.title')}</h2>
      {any ? null : <p>{t('office.case.actions.none')}</p>}
      {offered.approve ? <ApproveForm ctx={ctx} view={view} /> : null}
      {offered.overrideTo.length > 0 ? <OverrideForm ctx={ctx} view={view} /> : null}
      {offered.withdraw ? <WithdrawForm ctx={ctx} view={view} /> : null}
    </section>
  );
}

function ApproveForm({ ctx, view }: Props) {
  const { t } = ctx;
  return (
    <form method="post" action={`/office/cases/${view.file.state.caseId}/approve`}>
      <h3>{t('office.case.approve.title')}</h3>
      <p>{t('office.case.approve.body')}</p>
      <Hidden view={view} />
      <button type="submit">{t('office.case.approve.submit')}</button>
    </form>
  );
}

function OverrideForm({ ctx, view }: Props) {
  const { t } = ctx;
  const toError = errorOf(view, 'override-to');
  const reasonError = errorOf(view, 'override-reason');
  const chosen = view.values.to ?? view.offered.overrideTo[0];
  return (
    <form method="post" action={`/office/cases/${view.file.state.caseId}/override`}
      class="secondary-form">
      <h3>{t('office.case.override.title')}</h3>
      <Hidden view={view} />
      <Field ctx={ctx} id="override-to" label={t('office.case.override.to')} error={toError}>
        <select id="override-to" name="to" aria-describedby={describedBy('override-to',
          undefined, toError)}>
          {view.offered.overrideTo.map((status) => (
            <option value={status} selected={status === chosen}>{statusWord(ctx, status)}</option>
          ))}
        </select>
      </Field>
      <Field ctx={ctx} id="override-reason" label={t('office.case.override.reason')}
        hint={t('office.case.override.hint')} error={reasonError}>
        <textarea id="override-reason" name="reason" rows="3"
          aria-describedby={describedBy('override-reason', 'hint', reasonError)}>
          {view.values.overrideReason ?? ''}</textarea>
      </Field>
      <button type="submit">{t('office.case.override.submit')}</button>
    </form>
  );
}

function WithdrawForm({ ctx, view }: Props) {
  const { t } = ctx;
  const error = errorOf(view, 'withdraw-reason');
  return (
    <form method="post" action={`/office/cases/${view.file.state.caseId}/withdraw`}
      class="secondary-form">
      <h3>{t('office.case.withdraw.title')}</h3>
      <Hidden view={view} />
      <Field ctx={ctx} id="withdraw-reason" label={t('office.case.withdraw.reason')} error={error}>
        <textarea id="withdraw-reason" name="reason" rows="3"
          aria-describedby={describedBy('withdraw-reason', undefined, error)}>
          {view.values.withdrawReason ?? ''}</textarea>
      </Field>
      <button type="submit">{t('office.case.withdraw.submit')}</button>
    </form>
  );
}

function Notes({ ctx, view }: Props) {
  const { t } = ctx;
  const error = errorOf(view, 'note');
  return (
    <section aria-labelledby="notes-title">
      <h2 id="notes-title">{t('office.case.notes.title')}</h2>
      <p class="hint">{t('office.case.notes.private')}</p>
      {view.file.notes.length === 0 ? <p>{t('office.case.notes.none')}</p> : (
        <ul class="notes">
          {view.file.notes.map((note) => (
            <li>
              <p>{note.text}</p>
              <p class="hint">{t('office.case.notes.by', { name: note.authorName,
                when: brusselsMoment(ctx.lang, note.createdAt) })}</p>
            </li>
          ))}
        </ul>
      )}
      <form method="post" action={`/office/cases/${view.file.state.caseId}/notes`}>
        <input type="hidden" name="_csrf" value={view.csrf} />
        <Field ctx={ctx} id="note" label={t('office.case.notes.label')}
          hint={t('office.case.notes.hint', { max: noteMaxLength })} error={error}>
          <textarea id="note" name="text" rows="4"
            aria-describedby={describedBy('note', 'hint', error)}>
            {view.values.note ?? ''}</textarea>
        </Field>
        <button type="submit">{t('office.case.notes.submit')}</button>
      </form>
    </section>
  );
}
