// The municipality's dashboard: how many cases are where, how many start each week and
// through which channel, how long they take, how many keep to the service norms, and how
// many are overdue. Every figure is counted by the database (a municipality may have a
// million cases); only the small aggregated rows come back.
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import {
  addDays, belgianHolidays, brusselsDate, dayOfWeek, endOfBrusselsDay, isCalendarDate,
  startOfBrusselsDay,
} from '../../process/calendar.ts';
import { SERVICE_DAYS } from '../../process/clocks.ts';
import { allStatuses, openStatuses } from '../../process/status.ts';
import type { CaseStatus, MunicipalityCode, Path } from '../../process/types.ts';

/** A period of Brussels calendar days, both ends included ('YYYY-MM-DD'). */
export interface Period {
  from: string;
  to: string;
}

export type PeriodField = 'from' | 'to';
export type PeriodProblem = 'invalid' | 'order' | 'tooLong';

export interface PeriodIssue {
  field: PeriodField;
  problem: PeriodProblem;
}

/** The default period: the current week and the eleven before it (twelve weeks). */
export const DEFAULT_WEEKS = 12;
/** A longer period would draw more bars than a chart can show legibly. */
export const MAX_PERIOD_DAYS = 731;

/** The Monday of a date's week (weeks run Monday to Sunday, as in Belgium). */
export function mondayOf(date: string): string {
  return addDays(date, -((dayOfWeek(date) + 6) % 7));
}

export function defaultPeriod(now: Date): Period {
  const today = brusselsDate(now);
  return { from: addDays(mondayOf(today), -7 * (DEFAULT_WEEKS - 1)), to: today };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The period asked for in the query (`from`, `to`), each end defaulting to the default
 * period's; problems are returned, never thrown.
 */
export function periodOf(query: { from?: unknown; to?: unknown }, now: Date):
  { period: Period; issues: PeriodIssue[] } {
  const fallback = defaultPeriod(now);
  const issues: PeriodIssue[] = [];
  const end = (field: PeriodField): string => {
    const raw = query[field];
    if (raw === undefined || raw === '') return fallback[field];
    const value = typeof raw === 'string' ? raw.trim() : '';
    if (isCalendarDate(value)) return value;
    issues.push({ field, problem: 'invalid' });
    return fallback[field];
  };
  const period = { from: end('from'), to: end('to') };
  if (issues.length === 0) {
    if (period.from > period.to) issues.push({ field: 'from', problem: 'order' });
    else if (daysBetween(period.from, period.to) > MAX_PERIOD_DAYS) {
      issues.push({ field: 'from', problem: 'tooLong' });
    }
  }
  return { period, issues };
}

export interface WeekCount {
  /** The week's Monday. */
  week: string;
  online: number;
  counter: number;
}

export interface LeadTime {
  path: Path;
  completed: number;
  /** Calendar days from the start to the registration, one decimal; null: none completed. */
  medianDays: number | null;
  p90Days: number | null;
}

export interface NormShare {
  completed: number;
  withinNorms: number;
  /** Per cent, one decimal; null when nothing was completed. */
  percent: number | null;
}

export interface Overdue {
  /** Open cases with a deadline passed or a follow-up task past its due date. */
  total: number;
  /** Open cases whose next clock's end has passed and not yet been dealt with. */
  deadlinePassed: number;
  /** Open cases with an open follow-up task past its due date. */
  followUpOverdue: number;
}

export interface DashboardFigures {
  period: Period;
  /** When the "now" figures (states, overdue) were counted. */
  countedAt: Date;
  states: { status: CaseStatus; count: number }[];
  weeks: WeekCount[];
  leadTimes: LeadTime[];
  norms: NormShare;
  overdue: Overdue;
}

/** The Brussels-time instants that bound a period: [start of `from`, end of `to`). */
function bounds(period: Period) {
  return { start: startOfBrusselsDay(period.from), end: endOfBrusselsDay(period.to) };
}

async function statesNow(db: Db, municipality: MunicipalityCode) {
  const rows = await db.selectFrom('case_list')
    .select(['status', sql<number>`count(*)::int`.as('count')])
    .where('municipality', '=', municipality).groupBy('status').execute();
  const counts = new Map(rows.map((row) => [row.status, Number(row.count)]));
  return allStatuses.map((status) => ({ status, count: counts.get(status) ?? 0 }));
}

/** The Mondays of every week that overlaps the period. */
export function weeksOf(period: Period): string[] {
  const weeks: string[] = [];
  for (let week = mondayOf(period.from); week <= period.to; week = addDays(week, 7)) {
    weeks.push(week);
  }
  return weeks;
}

/**
 * Cases started per week and channel. The channel is the one of the CaseStarted event
 * (the first of every case's history): 'counter' when staff started it at the desk,
 * 'online' when a citizen did. The filing mode is a setting of the municipality and says
 * nothing about who started the case, so it is not used here.
 */
async function startsPerWeek(db: Db, municipality: MunicipalityCode, period: Period) {
  const { start, end } = bounds(period);
  const rows = await sql<{ week: string; channel: string; count: number }>`
    select to_char(date_trunc('week', l.started_at at time zone 'Europe/Brussels'), 'YYYY-MM-DD')
             as week,
           e.channel, count(*)::int as count
    from case_list l
    cross join lateral (
      select s.event->>'channel' as channel from case_event s
      where s.case_id = l.case_id and s.version = 1
    ) e
    where l.municipality = ${municipality} and l.started_at >= ${start} and l.started_at < ${end}
    group by 1, 2`.execute(db);
  const byWeek = new Map(weeksOf(period).map((week) => [week, { week, online: 0, counter: 0 }]));
  for (const row of rows.rows) {
    const entry = byWeek.get(row.week);
    if (entry && (row.channel === 'online' || row.channel === 'counter')) {
      entry[row.channel] += Number(row.count);
    }
  }
  return [...byWeek.values()];
}

/**
 * The days over which registrations are measured, with the Belgian public holidays among
 * them. A case that entered `registering` before the first day (five years before the
 * period) was late in any case: no norm is longer than 365 days.
 */
function calendarSpan(period: Period) {
  const from = `${Number(period.from.slice(0, 4)) - 5}-01-01`;
  const holidays: string[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(period.to.slice(0, 4)); year++) {
    holidays.push(...belgianHolidays(year).map((holiday) => holiday.date));
  }
  return { from, to: period.to, holidays: holidays.join(',') };
}

interface CompletedRow {
  path: string | null;
  completed: number;
  median: number | null;
  p90: number | null;
  within: number;
}

/**
 * The cases completed (termination registered) in the period, per path: their lead time
 * and whether they kept to the service norms.
 *
 * Lead time: from the CaseStarted instant (case_list.started_at) to the
 * TerminationRegistered event's instant. case_list.updated_at is not used: later events
 * (certificates, the household's new reading, the invoice) move it after the completion.
 *
 * Within the norms, with the case's own settings captured at its start:
 * - registration: recorded at the latest on the registrationWorkingDays-th Belgian working
 *   day after the Brussels date the case entered `registering` (the receipt on the joint
 *   path, the recorded service on the unilateral one, or a staff override), i.e. fewer than
 *   that many working days lie strictly between the two dates. A calendar of the days with
 *   a running count of working days gives that number with two lookups per case;
 * - unilateral path: served within the law's 8 days of the receipt (service date at the
 *   latest receipt date + 8).
 *
 * `updated_at >= start` narrows the scan through the (municipality, status, updated_at)
 * index: a case completed in the period was last updated at or after its completion. The
 * events of each such case are read by its key (lateral lookups), never by a scan of the
 * whole history table.
 */
async function completedInPeriod(db: Db, municipality: MunicipalityCode, period: Period) {
  const { start, end } = bounds(period);
  const calendar = calendarSpan(period);
  const rows = await sql<CompletedRow>`
    with calendar as (
      select day::date as day,
        sum(case when working then 1 else 0 end) over (order by day rows unbounded preceding)
          as working_days
      from (
        select g.day, extract(isodow from g.day) < 6
            and g.day::date <> all(string_to_array(${calendar.holidays}, ',')::date[]) as working
        from generate_series(${calendar.from}::date, ${calendar.to}::date, interval '1 day') as g(day)
      ) days
    ), done as (
      select l.case_id, l.path, l.started_at, t.occurred_at as registered_at
      from case_list l
      cross join lateral (
        select r.occurred_at from case_event r
        where r.case_id = l.case_id and r.type = 'TerminationRegistered'
        order by r.version desc limit 1
      ) t
      where l.municipality = ${municipality} and l.status = 'completed'
        and l.updated_at >= ${start}
        and t.occurred_at >= ${start} and t.occurred_at < ${end}
    ), measured as (
      select d.path,
        extract(epoch from (d.registered_at - d.started_at)) / 86400.0 as days,
        coalesce(
          before_registration.working_days - at_entry.working_days
            < (s.event->'settings'->>'registrationWorkingDays')::int, false
        ) and (
          d.path <> 'unilateral' or coalesce((
            select (sr.event->>'serviceDate')::date
                     <= (rc.event->>'receiptDate')::date + ${SERVICE_DAYS}::int
            from case_event sr, case_event rc
            where sr.case_id = d.case_id and sr.type = 'ServiceRecorded'
              and rc.case_id = d.case_id and rc.type = 'DeclarationReceived'
            order by sr.version desc, rc.version desc limit 1), false)
        ) as within
      from done d
      join case_event s on s.case_id = d.case_id and s.version = 1
      cross join lateral (
        select max(e.occurred_at) as at from case_event e
        where e.case_id = d.case_id and e.occurred_at <= d.registered_at
          and (e.type in ('DeclarationReceived', 'ServiceRecorded')
               or (e.type = 'StaffOverride' and e.event->>'to' = 'registering'))
      ) entered
      left join calendar at_entry
        on at_entry.day = (entered.at at time zone 'Europe/Brussels')::date
      left join calendar before_registration
        on before_registration.day = (d.registered_at at time zone 'Europe/Brussels')::date - 1
    )
    select path, count(*)::int as completed,
      percentile_cont(0.5) within group (order by days) as median,
      percentile_cont(0.9) within group (order by days) as p90,
      count(*) filter (where within)::int as within
    from measured group by path`.execute(db);
  return rows.rows;
}

function oneDecimal(value: number | string | null): number | null {
  return value === null ? null : Math.round(Number(value) * 10) / 10;
}

/**
 * Open cases that are late now: the next clock of the case ended and was not dealt with
 * (case_list.next_deadline_at), or a follow-up task on it is open past its due date. Each
 * side reads its own index (case_list by municipality and deadline, the open tasks by
 * municipality and due date); a case late on both counts once in the total.
 */
async function overdueNow(db: Db, municipality: MunicipalityCode, now: Date): Promise<Overdue> {
  const open = sql.join([...openStatuses]);
  const row = await sql<{ total: number; deadline_passed: number; follow_up_overdue: number }>`
    with late as (
      select l.case_id, true as deadline, false as task from case_list l
      where l.municipality = ${municipality} and l.next_deadline_at < ${now}
        and l.status in (${open})
      union all
      select t.case_id, false as deadline, true as task from follow_up_task t
      join case_list l on l.case_id = t.case_id
      where t.municipality = ${municipality} and t.status = 'open' and t.due_at < ${now}
        and l.status in (${open})
    ), per_case as (
      select case_id, bool_or(deadline) as deadline, bool_or(task) as task
      from late group by case_id
    )
    select count(*)::int as total,
      (count(*) filter (where deadline))::int as deadline_passed,
      (count(*) filter (where task))::int as follow_up_overdue
    from per_case`.execute(db);
  const counts = row.rows[0];
  return {
    total: Number(counts?.total ?? 0),
    deadlinePassed: Number(counts?.deadline_passed ?? 0),
    followUpOverdue: Number(counts?.follow_up_overdue ?? 0),
  };
}

const paths: readonly Path[] = ['joint', 'unilateral'];

/** Every figure of the dashboard, for one municipality and one period. */
export async function dashboardFigures(
  db: Db, municipality: MunicipalityCode, period: Period, now: Date,
): Promise<DashboardFigures> {
  const [states, weeks, completed, overdue] = await Promise.all([
    statesNow(db, municipality),
    startsPerWeek(db, municipality, period),
    completedInPeriod(db, municipality, period),
    overdueNow(db, municipality, now),
  ]);
  const leadTimes = paths.map((path) => {
    const row = completed.find((r) => r.path === path);
    return {
      path,
      completed: Number(row?.completed ?? 0),
      medianDays: oneDecimal(row?.median ?? null),
      p90Days: oneDecimal(row?.p90 ?? null),
    };
  });
  const total = completed.reduce((sum, row) => sum + Number(row.completed), 0);
  const within = completed.reduce((sum, row) => sum + Number(row.within), 0);
  const percent = total === 0 ? null : Math.round((within / total) * 1000) / 10;
  return {
    period, countedAt: now, states, weeks, leadTimes,
    norms: { completed: total, withinNorms: within, percent }, overdue,
  };
}

/** The CSV export's columns; each row fills those that apply to its figure. */
export const csvHeader = ['figure', 'from', 'to', 'week', 'channel', 'path', 'state', 'value'];

/**
 * One cell: a cell that a spreadsheet would read as a formula (starting with = + - @, a tab
 * or a carriage return) gets a leading apostrophe; a cell with a comma, a quote or a line
 * break is quoted.
 */
export function csvCell(value: string | number | null): string {
  let cell = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(cell)) cell = `'${cell}`;
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

type CsvRow = Partial<Record<(typeof csvHeader)[number], string | number | null>>;

/** The dashboard as rows of the CSV export: a header, then one row per figure. */
export function dashboardCsv(figures: DashboardFigures): string {
  const { from, to } = figures.period;
  const now = figures.countedAt.toISOString();
  const rows: CsvRow[] = [
    ...figures.states.map((s) => ({ figure: 'cases_per_state', to: now, state: s.status, value: s.count })),
    ...figures.weeks.flatMap((w) => (['online', 'counter'] as const).map((channel) => ({
      figure: 'cases_started', from, to, week: w.week, channel, value: w[channel] }))),
    ...figures.leadTimes.flatMap((l) => [
      { figure: 'completed', from, to, path: l.path, value: l.completed },
      { figure: 'lead_time_median_days', from, to, path: l.path, value: l.medianDays },
      { figure: 'lead_time_p90_days', from, to, path: l.path, value: l.p90Days },
    ]),
    { figure: 'completed_within_norms', from, to, value: figures.norms.withinNorms },
    { figure: 'completed_within_norms_percent', from, to, value: figures.norms.percent },
    { figure: 'overdue', to: now, value: figures.overdue.total },
    { figure: 'overdue_deadline_passed', to: now, value: figures.overdue.deadlinePassed },
    { figure: 'overdue_follow_up', to: now, value: figures.overdue.followUpOverdue },
  ];
  const lines = [csvHeader.join(','),
    ...rows.map((row) => csvHeader.map((column) => csvCell(row[column] ?? null)).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
