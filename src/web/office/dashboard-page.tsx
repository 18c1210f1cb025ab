import type { Html } from '../jsx/html.ts';
import type { DashboardFigures, Period, PeriodIssue } from '../../app/office/dashboard.ts';
import type { MessageKey } from '../i18n/index.ts';
import type { PageContext } from '../page-context.ts';
import { ErrorSummary, Field, describedBy, type FieldError } from '../views/form-errors.tsx';
import { Layout } from '../views/layout.tsx';
import { HorizontalBarChart, StackedColumnChart } from './svg-charts.tsx';

function number(ctx: PageContext, value: number | null): string {
  if (value === null) return ctx.t('office.dashboard.lead.none');
  return new Intl.NumberFormat(ctx.lang, { maximumFractionDigits: 1 }).format(value);
}

function percent(ctx: PageContext, value: number | null): string {
  if (value === null) return ctx.t('office.dashboard.norms.none');
  return new Intl.NumberFormat(ctx.lang, { style: 'percent', maximumFractionDigits: 1 })
    .format(value / 100);
}

function moment(ctx: PageContext, at: Date): string {
  return new Intl.DateTimeFormat(ctx.lang, {
    timeZone: 'Europe/Brussels', dateStyle: 'medium', timeStyle: 'short',
  }).format(at);
}

/** The query string of a period, for the CSV link. */
export function periodQuery(period: Period, lang: string): string {
  return new URLSearchParams({ from: period.from, to: period.to, lang }).toString();
}

export function periodErrors(ctx: PageContext, issues: PeriodIssue[]): FieldError[] {
  return issues.map((issue) => ({
    field: `period-${issue.field}`,
    message: ctx.t(`office.dashboard.error.${issue.field}.${issue.problem}` as MessageKey),
  }));
}

function PeriodForm({ ctx, values, errors }:
  { ctx: PageContext; values: { from: string; to: string }; errors: FieldError[] }) {
  const t = ctx.t;
  const errorOf = (id: string) => errors.find((e) => e.field === id)?.message;
  const hint = t('office.dashboard.period.hint');
  const input = (name: 'from' | 'to') => {
    const id = `period-${name}`;
    const error = errorOf(id);
    return (
      <Field ctx={ctx} id={id} label={t(`office.dashboard.period.${name}`)} hint={hint} error={error}>
        <input id={id} name={name} type="date" value={values[name]}
          aria-describedby={describedBy(id, hint, error)}
          aria-invalid={error ? 'true' : undefined} />
      </Field>
    );
  };
  return (
    <form method="get" action="/office/dashboard" novalidate>
      <input type="hidden" name="lang" value={ctx.lang} />
      <fieldset>
        <legend>{t('office.dashboard.period.legend')}</legend>
        {input('from')}
        {input('to')}
      </fieldset>
      <button type="submit" class="button">{t('office.dashboard.period.submit')}</button>
    </form>
  );
}

function DataTable({ caption, head, rows }:
  { caption: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead><tr>{head.map((h) => <th scope="col">{h}</th>)}</tr></thead>
      <tbody>
        {rows.map((row) => (
          <tr>{row.map((cell, i) => (i === 0 ? <th scope="row">{cell}</th> : <td>{cell}</td>))}</tr>
        ))}
      </tbody>
    </table>
  );
}

function Figure({ ctx, id, title, chart, table, note }: {
  ctx: PageContext; id: string; title: string; chart: Html; table: Html; note?: string;
}) {
  return (
    <section class="dashboard-figure" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {note ? <p>{note}</p> : null}
      {chart}
      <details>
        <summary>{ctx.t('office.dashboard.table')}</summary>
        {table}
      </details>
    </section>
  );
}

function States({ ctx, figures }: { ctx: PageContext; figures: DashboardFigures }) {
  const t = ctx.t;
  const bars = figures.states.map((s) => ({
    label: t(`office.dashboard.status.${s.status}` as MessageKey), value: s.count }));
  const list = bars.map((b) => `${b.label} ${b.value}`).join(', ');
  const title = t('office.dashboard.states.title');
  return (
    <Figure ctx={ctx} id="chart-states" title={title}
      chart={HorizontalBarChart({ chart: { id: 'chart-states', title,
        desc: t('office.dashboard.states.desc', { list }) }, bars })}
      table={<DataTable caption={title}
        head={[t('office.dashboard.states.status'), t('office.dashboard.count')]}
        rows={bars.map((b) => [b.label, b.value])} />} />
  );
}

function Weeks({ ctx, figures }: { ctx: PageContext; figures: DashboardFigures }) {
  const t = ctx.t;
  const online = figures.weeks.reduce((sum, w) => sum + w.online, 0);
  const counter = figures.weeks.reduce((sum, w) => sum + w.counter, 0);
  const title = t('office.dashboard.weeks.title');
  const series = [
    { key: 'online', label: t('office.dashboard.channel.online') },
    { key: 'counter', label: t('office.dashboard.channel.counter') },
  ];
  return (
    <Figure ctx={ctx} id="chart-weeks" title={title}
      chart={StackedColumnChart({
        chart: { id: 'chart-weeks', title,
          desc: t('office.dashboard.weeks.desc', { total: online + counter, online, counter }) },
        series, columns: figures.weeks.map((w) => ({ label: w.week, values: [w.online, w.counter] })),
      })}
      table={<DataTable caption={title}
        head={[t('office.dashboard.weeks.week'), series[0]?.label ?? '', series[1]?.label ?? '']}
        rows={figures.weeks.map((w) => [w.week, w.online, w.counter])} />} />
  );
}

function LeadTimes({ ctx, figures }: { ctx: PageContext; figures: DashboardFigures }) {
  const t = ctx.t;
  const title = t('office.dashboard.lead.title');
  const pathName = (path: string) => t(`office.dashboard.path.${path}` as MessageKey);
  const bars = figures.leadTimes.flatMap((l) => [
    { label: `${pathName(l.path)}, ${t('office.dashboard.lead.median')}`, value: l.medianDays ?? 0,
      shown: number(ctx, l.medianDays) },
    { label: `${pathName(l.path)}, ${t('office.dashboard.lead.p90')}`, value: l.p90Days ?? 0,
      shown: number(ctx, l.p90Days) },
  ]);
  const list = figures.leadTimes.map((l) => `${pathName(l.path)}: ${l.completed}, `
    + `${t('office.dashboard.lead.median')} ${number(ctx, l.medianDays)}, `
    + `${t('office.dashboard.lead.p90')} ${number(ctx, l.p90Days)}`).join('; ');
  return (
    <Figure ctx={ctx} id="chart-lead" title={title}
      chart={HorizontalBarChart({ chart: { id: 'chart-lead', title,
        desc: t('office.dashboard.lead.desc', { list }) }, bars })}
      table={<DataTable caption={title}
        head={[t('office.dashboard.lead.path'), t('office.dashboard.lead.completed'),
          t('office.dashboard.lead.median'), t('office.dashboard.lead.p90')]}
        rows={figures.leadTimes.map((l) => [pathName(l.path), l.completed,
          number(ctx, l.medianDays), number(ctx, l.p90Days)])} />} />
  );
}

function Norms({ ctx, figures }: { ctx: PageContext; figures: DashboardFigures }) {
  const t = ctx.t;
  const { completed, withinNorms } = figures.norms;
  const shown = percent(ctx, figures.norms.percent);
  const title = t('office.dashboard.norms.title');
  const bars = [
    { label: t('office.dashboard.norms.completed'), value: completed },
    { label: t('office.dashboard.norms.within'), value: withinNorms },
  ];
  return (
    <Figure ctx={ctx} id="chart-norms" title={title} note={t('office.dashboard.norms.explain')}
      chart={HorizontalBarChart({ chart: { id: 'chart-norms', title,
        desc: t('office.dashboard.norms.desc', { within: withinNorms, completed, percent: shown }) },
      bars })}
      table={<DataTable caption={title}
        head={[t('office.dashboard.figure'), t('office.dashboard.count')]}
        rows={[...bars.map((b) => [b.label, b.value]),
          [t('office.dashboard.norms.share'), shown]]} />} />
  );
}

function OverdueCases({ ctx, figures }: { ctx: PageContext; figures: DashboardFigures }) {
  const t = ctx.t;
  const o = figures.overdue;
  const title = t('office.dashboard.overdue.title');
  const bars = [
    { label: t('office.dashboard.overdue.total'), value: o.total },
    { label: t('office.dashboard.overdue.deadline'), value: o.deadlinePassed },
    { label: t('office.dashboard.overdue.followUp'), value: o.followUpOverdue },
  ];
  return (
    <Figure ctx={ctx} id="chart-overdue" title={title}
      chart={HorizontalBarChart({ chart: { id: 'chart-overdue', title,
        desc: t('office.dashboard.overdue.desc',
          { total: o.total, deadline: o.deadlinePassed, followUp: o.followUpOverdue }) },
      bars, colour: '#b3000f' })}
      table={<DataTable caption={title}
        head={[t('office.dashboard.figure'), t('office.dashboard.count')]}
        rows={bars.map((b) => [b.label, b.value])} />} />
  );
}

/**
 * The dashboard: the period form, then each figure as a chart with its table. With
 * problems in the period, the form and its error summary only.
 */
export function DashboardPage({ ctx, values, errors, figures }: {
  ctx: PageContext; values: { from: string; to: string }; errors: FieldError[];
  figures: DashboardFigures | null;
}) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t('office.dashboard.title')}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1>{t('office.dashboard.title')}</h1>
      <p>{t('office.dashboard.intro')}</p>
      <PeriodForm ctx={ctx} values={values} errors={errors} />
      {figures ? (
        <>
          <p>{t('office.dashboard.period.shown', { from: figures.period.from,
            to: figures.period.to, at: moment(ctx, figures.countedAt) })}</p>
          <p><a href={`/office/dashboard.csv?${periodQuery(figures.period, ctx.lang)}`}
          >{t('office.dashboard.csv')}</a></p>
          <States ctx={ctx} figures={figures} />
          <Weeks ctx={ctx} figures={figures} />
          <LeadTimes ctx={ctx} figures={figures} />
          <Norms ctx={ctx} figures={figures} />
          <OverdueCases ctx={ctx} figures={figures} />
        </>
      ) : null}
    </Layout>
  );
}

export function DashboardForbiddenPage({ ctx }: { ctx: PageContext }) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t('office.dashboard.forbidden.title')}>
      <h1>{t('office.dashboard.forbidden.title')}</h1>
      <p>{t('office.dashboard.forbidden.body')}</p>
      <p><a href="/office">{ctx.t('office.nav.cases')}</a></p>
    </Layout>
  );
}
