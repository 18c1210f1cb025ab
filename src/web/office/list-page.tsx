import {
  caseStatuses, channels, directions, maxPeople, queryParams, sortKeys,
  waitingOnValues, type CaseListPage, type CaseListQuery, type CaseRow,
} from '../../app/office/case-list.ts';
import type { MessageKey } from '../i18n/index.ts';
import type { PageContext } from '../page-context.ts';
import { brusselsDay } from '../citizen/format.ts';
import { describedBy, ErrorSummary, Field, type FieldError } from '../views/form-errors.tsx';
import { Layout } from '../views/layout.tsx';

export interface ListPageModel {
  query: CaseListQuery;
  /** The search box as typed (shown again, never logged). */
  search: string;
  result: CaseListPage;
  errors: FieldError[];
  /** The number of days as typed, shown again when it is wrong. */
  rawDays: string;
  now: Date;
}

/** The office's case list: the search and filter form (GET), the table, the page links. */
export function CaseListPage({ ctx, model }: { ctx: PageContext; model: ListPageModel }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('office.list.title')}>
      <ErrorSummary ctx={ctx} errors={model.errors} />
      <h1>{t('office.list.title')}</h1>
      <p class="lead">{t('office.list.intro')}</p>
      <ListForm ctx={ctx} model={model} />
      {model.result.tooManyPeople
        ? <p class="notice" role="status">{t('office.list.tooMany', { max: maxPeople })}</p>
        : null}
      {model.result.rows.length === 0
        ? <p>{t('office.list.empty')}</p>
        : <CaseTable ctx={ctx} model={model} />}
      <PageLinks ctx={ctx} model={model} />
    </Layout>
  );
}

function errorOf(errors: FieldError[], field: string): string | undefined {
  return errors.find((e) => e.field === field)?.message;
}

function Select({ ctx, id, label, values, selected, text, error }: {
  ctx: PageContext; id: string; label: string; values: readonly string[];
  selected: string | null; text: (value: string) => string; error?: string;
}) {
  return (
    <Field ctx={ctx} id={id} label={label} error={error}>
      <select id={id} name={id} aria-describedby={describedBy(id, undefined, error)}>
        <option value="" selected={selected === null}>{ctx.t('office.list.any')}</option>
        {values.map((value) => (
          <option value={value} selected={selected === value}>{text(value)}</option>
        ))}
      </select>
    </Field>
  );
}

function ListForm({ ctx, model }: { ctx: PageContext; model: ListPageModel }) {
  const { t } = ctx;
  const { query, errors } = model;
  const searchError = errorOf(errors, 'q');
  const daysError = errorOf(errors, 'days');
  const searchHint = t('office.list.search.hint');
  const daysHint = t('office.list.days.hint');
  return (
    <form method="get" action="/office" class="case-list-form">
      <Field ctx={ctx} id="q" label={t('office.list.search.label')} hint={searchHint}
        error={searchError}>
        <input type="search" id="q" name="q" value={model.search} autocomplete="off"
          aria-describedby={describedBy('q', searchHint, searchError)} />
      </Field>
      <fieldset>
        <legend>{t('office.list.filters')}</legend>
        <Select ctx={ctx} id="status" label={t('office.list.status.label')} values={caseStatuses}
          selected={query.status} error={errorOf(errors, 'status')}
          text={(v) => t(`office.list.status.${v}` as MessageKey)} />
        <Select ctx={ctx} id="waiting" label={t('office.list.waiting.label')}
          values={waitingOnValues} selected={query.waitingOn} error={errorOf(errors, 'waiting')}
          text={(v) => t(`office.list.waiting.${v}` as MessageKey)} />
        <Select ctx={ctx} id="channel" label={t('office.list.channel.label')} values={channels}
          selected={query.channel} error={errorOf(errors, 'channel')}
          text={(v) => t(`office.list.channel.${v}` as MessageKey)} />
        <Field ctx={ctx} id="days" label={t('office.list.days.label')} hint={daysHint}
          error={daysError}>
          <input type="text" inputmode="numeric" id="days" name="days"
            value={daysError ? model.rawDays : (query.withinDays?.toString() ?? '')}
            aria-describedby={describedBy('days', daysHint, daysError)} />
        </Field>
        <div class="checkbox">
          <input type="checkbox" id="overdue" name="overdue" value="1" checked={query.overdue} />
          <label for="overdue">{t('office.list.overdue')}</label>
        </div>
        <div class="checkbox">
          <input type="checkbox" id="followup" name="followup" value="1"
            checked={query.followUp} />
          <label for="followup">{t('office.list.followup')}</label>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('office.list.sorting')}</legend>
        <Field ctx={ctx} id="sort" label={t('office.list.sort.label')} error={errorOf(errors, 'sort')}>
          <select id="sort" name="sort">
            {sortKeys.map((key) => (
              <option value={key} selected={query.sort === key}>
                {t(`office.list.sort.${key}` as MessageKey)}
              </option>
            ))}
          </select>
        </Field>
        <Field ctx={ctx} id="dir" label={t('office.list.dir.label')} error={errorOf(errors, 'dir')}>
          <select id="dir" name="dir">
            {directions.map((dir) => (
              <option value={dir} selected={query.direction === dir}>
                {t(`office.list.dir.${dir}` as MessageKey)}
              </option>
            ))}
          </select>
        </Field>
      </fieldset>
      <button type="submit" class="button">{t('office.list.submit')}</button>
      {' '}<a href="/office">{t('office.list.reset')}</a>
    </form>
  );
}

const sortedColumn: Record<CaseListQuery['sort'], string> = {
  reference: 'reference', started: 'started', updated: 'updated', deadline: 'deadline',
};

function CaseTable({ ctx, model }: { ctx: PageContext; model: ListPageModel }) {
  const { t } = ctx;
  const { query, result } = model;
  const ariaSort = (column: string) => sortedColumn[query.sort] === column
    ? (query.direction === 'asc' ? 'ascending' : 'descending') : undefined;
  return (
    <table class="case-list">
      <caption>{t('office.list.caption', { page: result.page })}</caption>
      <thead>
        <tr>
          <th scope="col" aria-sort={ariaSort('reference')}>{t('office.list.col.reference')}</th>
          <th scope="col">{t('office.list.col.parties')}</th>
          <th scope="col">{t('office.list.col.status')}</th>
          <th scope="col">{t('office.list.col.waiting')}</th>
          <th scope="col">{t('office.list.col.channel')}</th>
          <th scope="col" aria-sort={ariaSort('deadline')}>{t('office.list.col.deadline')}</th>
          <th scope="col" aria-sort={ariaSort('started')}>{t('office.list.col.started')}</th>
          <th scope="col" aria-sort={ariaSort('updated')}>{t('office.list.col.updated')}</th>
        </tr>
      </thead>
      <tbody>
        {result.rows.map((row) => <Row ctx={ctx} row={row} now={model.now} />)}
      </tbody>
    </table>
  );
}

function Row({ ctx, row, now }: { ctx: PageContext; row: CaseRow; now: Date }) {
  const { t, lang } = ctx;
  const overdue = row.nextDeadlineAt !== null && row.nextDeadlineAt < now;
  return (
    <tr>
      <th scope="row"><a href={`/office/cases/${row.caseId}`}>{row.reference}</a></th>
      <td>
        {row.parties.map((p, i) => (
          <>{i > 0 ? <br /> : null}{p.name ?? t('office.list.unknownName')}</>
        ))}
      </td>
      <td>
        {t(`office.list.status.${row.status}` as MessageKey)}
        {row.followUpOpen ? <>
          {' '}<strong class="tag tag-warning">{t('office.list.tag.followup')}</strong>
        </> : null}
      </td>
      <td>{row.waitingOn ? t(`office.list.waiting.${row.waitingOn}` as MessageKey)
        : t('office.list.nobody')}</td>
      <td>{row.channel ? t(`office.list.channel.${row.channel}` as MessageKey) : ''}</td>
      <td>
        {row.nextDeadlineAt ? brusselsDay(lang, row.nextDeadlineAt) : t('office.list.nobody')}
        {overdue ? <>
          {' '}<strong class="tag tag-warning">{t('office.list.tag.overdue')}</strong>
        </> : null}
      </td>
      <td>{brusselsDay(lang, row.startedAt)}</td>
      <td>{brusselsDay(lang, row.updatedAt)}</td>
    </tr>
  );
}

/** First, previous and next page, keeping the search, filters and sort. */
function PageLinks({ ctx, model }: { ctx: PageContext; model: ListPageModel }) {
  const { t } = ctx;
  const { query, result, search } = model;
  const href = (page: number) => {
    const params = queryParams({ ...query, page }, search).toString();
    return params === '' ? '/office' : `/office?${params}`;
  };
  if (result.page === 1 && !result.hasNext) return <></>;
  return (
    <nav class="pagination" aria-label={t('office.list.pages')}>
      <ul>
        {result.page > 2 ? <li><a href={href(1)}>{t('office.list.page.first')}</a></li> : null}
        {result.page > 1
          ? <li><a href={href(result.page - 1)} rel="prev">{t('office.list.page.previous')}</a></li>
          : null}
        <li><span aria-current="page">{t('office.list.page.current', { page: result.page })}</span></li>
        {result.hasNext
          ? <li><a href={href(result.page + 1)} rel="next">{t('office.list.page.next')}</a></li>
          : null}
      </ul>
    </nav>
  );
}
