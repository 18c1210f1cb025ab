/**
 * The office's case list: a municipality's cases, searched by reference, by a partner's name
 * or national number, filtered, sorted and paged. Staff see their own municipality only.
 *
 * The partners' names come from the read model `case_party`, filled in the transaction that
 * starts the case from the register reads the start made; the list reads no register data
 * per row. A search by person shows whose data was asked for, so it is logged as a register
 * read (rule 6) for each case it finds, with the staff member and the purpose.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { withTransaction } from '../../db/transaction.ts';
import { logRegisterRead, logRegisterReads } from '../../register/read-log.ts';
import { isValidNationalNumber } from '../../register/national-number.ts';
import type { Person } from '../../register/port.ts';

export const caseStatuses = [
  'draft', 'awaiting_partner', 'awaiting_declarant_choice', 'awaiting_counter_visit',
  'awaiting_payment', 'awaiting_service', 'registering', 'completed', 'withdrawn', 'lapsed',
  'expired',
] as const;
export const waitingOnValues = ['declarant', 'partner', 'counter', 'bailiff', 'registrar'] as const;
/** The channels a case can be started through. */
export const channels = ['online', 'counter'] as const;
export const sortKeys = ['started', 'updated', 'deadline', 'reference'] as const;
export const directions = ['asc', 'desc'] as const;

export const pageSize = 25;
/** The last page the list pages to: deeper than this, a search or a filter is the way. */
export const maxPage = 400;
/** The widest "deadline within n days". */
export const maxDays = 366;
/** The most partners a search by person looks at (see `matchingCases`). */
export const maxPeople = 1000;

/** What staff ask of the list; every field is checked before the list is read. */
export interface CaseListQuery {
  search: Search | null;
  status: (typeof caseStatuses)[number] | null;
  waitingOn: (typeof waitingOnValues)[number] | null;
  /** Cases started through this channel. */
  channel: (typeof channels)[number] | null;
  /** Cases whose next deadline falls within this many days from now. */
  withinDays: number | null;
  overdue: boolean;
  followUp: boolean;
  sort: (typeof sortKeys)[number];
  direction: (typeof directions)[number];
  page: number;
}

export type Search =
  | { kind: 'reference'; reference: string }
  | { kind: 'nationalNumber'; nationalNumber: string }
  | { kind: 'name'; key: string };

/** The parameter that is wrong, and why; the web layer words it. */
export interface QueryProblem {
  field: 'q' | 'status' | 'waiting' | 'channel' | 'days' | 'sort' | 'dir' | 'page';
  problem: 'invalid' | 'nationalNumber' | 'tooShort' | 'notNumber' | 'outOfRange';
}

export const defaultQuery: CaseListQuery = {
  search: null, status: null, waitingOn: null, channel: null, withinDays: null,
  overdue: false, followUp: false, sort: 'updated', direction: 'desc', page: 1,
};

/**
 * A name as the list searches it: without accents, in lower case, letters and digits only,
 * words separated by one space ("D'Hondt-Müller" becomes "d hondt muller").
 */
export function nameKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The search box holds a reference, a national number (with or without dots) or a name. */
export function parseSearch(raw: string): Search | QueryProblem['problem'] {
  const text = raw.trim();
  const reference = /^ws-(\d{4})-(\d{6})$/i.exec(text);
  if (reference) return { kind: 'reference', reference: `WS-${reference[1]}-${reference[2]}` };
  if (/^[\d\s.\-/]+$/.test(text)) {
    const digits = text.replace(/\D/g, '');
    if (digits.length !== 11 || !isValidNationalNumber(digits)) return 'nationalNumber';
    return { kind: 'nationalNumber', nationalNumber: digits };
  }
  const key = nameKey(text);
  if (key.replace(/ /g, '').length < 2) return 'tooShort';
  return { kind: 'name', key };
}

type Raw = Record<string, unknown>;

function one(raw: Raw, name: string): string {
  const value = raw[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first.trim() : '';
}

function choice<T extends string>(values: readonly T[], text: string): T | null | undefined {
  if (text === '') return null;
  return (values as readonly string[]).includes(text) ? text as T : undefined;
}

/**
 * The list's query parameters, checked: the query to run (the wrong parameters left out)
 * and the problems to show. A wrong parameter never stops the list.
 */
export function parseListQuery(raw: Raw): { query: CaseListQuery; problems: QueryProblem[] } {
  const problems: QueryProblem[] = [];
  const query: CaseListQuery = { ...defaultQuery };
  const q = one(raw, 'q');
  if (q !== '') {
    const search = parseSearch(q);
    if (typeof search === 'string') problems.push({ field: 'q', problem: search });
    else query.search = search;
  }
  const pick = <T extends string>(field: QueryProblem['field'], values: readonly T[]) => {
    const value = choice(values, one(raw, field));
    if (value === undefined) problems.push({ field, problem: 'invalid' });
    return value ?? null;
  };
  query.status = pick('status', caseStatuses);
  query.waitingOn = pick('waiting', waitingOnValues);
  query.channel = pick('channel', channels);
  query.sort = pick('sort', sortKeys) ?? defaultQuery.sort;
  query.direction = pick('dir', directions) ?? defaultQuery.direction;
  const days = one(raw, 'days');
  if (days !== '') {
    if (!/^\d+$/.test(days)) problems.push({ field: 'days', problem: 'notNumber' });
    else if (Number(days) < 1 || Number(days) > maxDays) {
      problems.push({ field: 'days', problem: 'outOfRange' });
    } else query.withinDays = Number(days);
  }
  const page = one(raw, 'page');
  if (page !== '') {
    if (!/^\d+$/.test(page)) problems.push({ field: 'page', problem: 'notNumber' });
    else if (Number(page) < 1 || Number(page) > maxPage) {
      problems.push({ field: 'page', problem: 'outOfRange' });
    } else query.page = Number(page);
  }
  query.overdue = one(raw, 'overdue') !== '';
  query.followUp = one(raw, 'followup') !== '';
  return { query, problems };
}

/** The query as URL parameters: for the page links and the sort links. */
export function queryParams(query: CaseListQuery, search: string): URLSearchParams {
  const params = new URLSearchParams();
  if (search !== '') params.set('q', search);
  if (query.status) params.set('status', query.status);
  if (query.waitingOn) params.set('waiting', query.waitingOn);
  if (query.channel) params.set('channel', query.channel);
  if (query.withinDays !== null) params.set('days', String(query.withinDays));
  if (query.overdue) params.set('overdue', '1');
  if (query.followUp) params.set('followup', '1');
  if (query.sort !== defaultQuery.sort) params.set('sort', query.sort);
  if (query.direction !== defaultQuery.direction) params.set('dir', query.direction);
  if (query.page !== 1) params.set('page', String(query.page));
  return params;
}

export interface Party {
  personId: string;
  role: string;
  name: string | null;
}

export interface CaseRow {
  caseId: string;
  reference: string;
  status: string;
  path: string | null;
  /** The channel the case was started through (online, counter). */
  channel: string | null;
  waitingOn: string | null;
  nextDeadlineAt: Date | null;
  followUpOpen: boolean;
  startedAt: Date;
  updatedAt: Date;
  parties: Party[];
}

export interface CaseListPage {
  rows: CaseRow[];
  page: number;
  hasNext: boolean;
  /** A search by person found more people than it looks at: the search needs narrowing. */
  tooManyPeople: boolean;
}

/** Who searches: the member of staff, in the role that reads (the register read's actor). */
export interface Searcher {
  municipality: string;
  subject: string;
  role: string;
}

export const searchPurpose = 'office case list: search by person';

function sortColumn(sort: CaseListQuery['sort']) {
  switch (sort) {
    case 'started': return 'case_list.started_at' as const;
    case 'updated': return 'case_list.updated_at' as const;
    case 'deadline': return 'case_list.next_deadline_at' as const;
    case 'reference': return 'case_list.reference' as const;
  }
}

/**
 * One page of the municipality's cases for the query. A search by person writes one register
 * read per case it shows, in the same transaction as the read of the page.
 */
export function listCases(
  db: Db, who: Searcher, query: CaseListQuery, now: Date,
): Promise<CaseListPage> {
  return withTransaction(db, (trx) => readPage(trx, who, query, now));
}

async function readPage(
  db: Db, who: Searcher, query: CaseListQuery, now: Date,
): Promise<CaseListPage> {
  const { search } = query;
  const person = search?.kind === 'nationalNumber' || search?.kind === 'name' ? search : null;
  const matched = person ? await matchingCases(db, who, person) : null;
  let select = db.selectFrom('case_list')
    .select(['case_list.case_id', 'case_list.reference', 'case_list.status', 'case_list.path',
      'case_list.channel', 'case_list.waiting_on', 'case_list.next_deadline_at',
      'case_list.follow_up_open', 'case_list.started_at', 'case_list.updated_at'])
    .where('case_list.municipality', '=', who.municipality);
  if (search?.kind === 'reference') select = select.where('case_list.reference', '=', search.reference);
  if (matched) {
    select = matched.caseIds.length > 0 ? select.where('case_list.case_id', 'in', matched.caseIds)
      : select.where(sql<boolean>`false`);
  }
  if (query.status) select = select.where('case_list.status', '=', query.status);
  if (query.waitingOn) select = select.where('case_list.waiting_on', '=', query.waitingOn);
  if (query.channel) select = select.where('case_list.channel', '=', query.channel);
  if (query.followUp) select = select.where('case_list.follow_up_open', '=', true);
  if (query.overdue) select = select.where('case_list.next_deadline_at', '<', now);
  if (query.withinDays !== null) {
    const until = new Date(now.getTime() + query.withinDays * 86_400_000);
    select = select.where('case_list.next_deadline_at', '>=', now)
      .where('case_list.next_deadline_at', '<', until);
  }
  const column = sortColumn(query.sort);
  const dir = query.direction;
  select = query.sort === 'deadline'
    ? select.orderBy(sql`case_list.next_deadline_at ${sql.raw(dir)} nulls last`)
    : select.orderBy(column, dir);
  if (query.sort !== 'reference') select = select.orderBy('case_list.case_id', dir);
  const found = await select.limit(pageSize + 1).offset((query.page - 1) * pageSize).execute();
  const shown = found.slice(0, pageSize);
  const parties = await partiesOf(db, shown.map((r) => r.case_id));
  if (person) await logPersonSearch(db, who, person, parties);
  return {
    page: query.page,
    hasNext: found.length > pageSize,
    tooManyPeople: matched?.tooMany ?? false,
    rows: shown.map((r) => ({
      caseId: r.case_id, reference: r.reference, status: r.status, path: r.path,
      channel: r.channel, waitingOn: r.waiting_on,
      nextDeadlineAt: r.next_deadline_at === null ? null : new Date(r.next_deadline_at),
      followUpOpen: r.follow_up_open, startedAt: new Date(r.started_at),
      updatedAt: new Date(r.updated_at),
      parties: (parties.get(r.case_id) ?? []).map(({ personId, role, name }) => ({ personId, role, name })),
    })),
  };
}

type PartyWithKeys = Party & { keys: (string | null)[] };

type PersonSearch = Extract<Search, { kind: 'name' | 'nationalNumber' }>;

/**
 * The cases of the partners a search by person finds: the partners first, through their own
 * index, at most `maxPeople` of them; then the list reads and sorts those cases only. A name
 * that more people share than that is searched among the first `maxPeople` found, and the
 * page says so (walking the whole list in its sort order would be slow for a rare name;
 * sorting every bearer of a common name would be slow for a common one).
 */
async function matchingCases(db: Db, who: Searcher, search: PersonSearch) {
  let parties = db.selectFrom('case_party').select('case_party.case_id')
    .where('case_party.municipality', '=', who.municipality);
  if (search.kind === 'nationalNumber') {
    parties = parties.where('case_party.person_id', '=', search.nationalNumber);
  } else {
    const prefix = `${search.key}%`;
    parties = parties.where((p) => p.or([
      p('case_party.surname_key', 'like', prefix), p('case_party.given_key', 'like', prefix)]));
  }
  const rows = await parties.limit(maxPeople + 1).execute();
  return { caseIds: [...new Set(rows.slice(0, maxPeople).map((r) => r.case_id))],
    tooMany: rows.length > maxPeople };
}

async function partiesOf(db: Db, caseIds: string[]): Promise<Map<string, PartyWithKeys[]>> {
  const byCase = new Map<string, PartyWithKeys[]>();
  if (caseIds.length === 0) return byCase;
  const rows = await db.selectFrom('case_party')
    .select(['case_id', 'person_id', 'role', 'display_name', 'surname_key', 'given_key'])
    .where('case_id', 'in', caseIds).orderBy('case_id').orderBy('role').execute();
  for (const row of rows) {
    const list = byCase.get(row.case_id) ?? [];
    list.push({ personId: row.person_id, role: row.role, name: row.display_name,
      keys: [row.surname_key, row.given_key] });
    byCase.set(row.case_id, list);
  }
  return byCase;
}

/**
 * Rule 6 for the list: a search by person reads whose cases these are. Each case found gets
 * a register read row (the person asked for, the partners shown); a national number that
 * finds nothing is logged as a read that found nothing. A name that finds nothing showed no
 * one's data and has no national number to log.
 */
async function logPersonSearch(
  db: Db, who: Searcher, search: PersonSearch, parties: Map<string, PartyWithKeys[]>,
) {
  const context = (caseId?: string) => ({
    actor: { role: who.role, id: who.subject }, purpose: searchPurpose,
    ...(caseId ? { caseId } : {}),
  });
  if (parties.size === 0 && search.kind === 'nationalNumber') {
    await logRegisterRead(db, { operation: 'findPerson', context: context(),
      nationalNumber: search.nationalNumber, found: false, subjects: [] });
    return;
  }
  // One read per case: the partner asked for (the first one whose name matches), and both
  // partners as the subjects whose data the page shows.
  await logRegisterReads(db, [...parties].map(([caseId, list]) => {
    const subjects = list.map((p) => p.personId);
    const asked = search.kind === 'nationalNumber' ? search.nationalNumber
      : list.find((p) => p.keys.some((k) => k?.startsWith(search.key)))?.personId;
    return { operation: 'findPerson' as const, context: context(caseId),
      nationalNumber: asked ?? subjects[0] ?? '', found: true, subjects };
  }));
}


function keysOf(given: string, surname: string): [string | null, string | null] {
  const g = nameKey(given);
  const s = nameKey(surname);
  if (g === '' && s === '') return [null, null];
  return [`${s} ${g}`.trim(), `${g} ${s}`.trim()];
}

/** The partners' rows of a new case, from the register's answers the start read. */
export function casePartyRows(caseId: string, municipality: string,
  parties: { role: 'declarant' | 'partner'; personId: string;
    person: Pick<Person, 'firstNames' | 'surname'> | null }[]) {
  return parties.map(({ role, personId, person }) => {
    const [surnameKey, givenKey] = person ? keysOf(person.firstNames, person.surname) : [null, null];
    return {
      case_id: caseId, municipality, person_id: personId, role,
      display_name: person ? `${person.firstNames} ${person.surname}` : null,
      surname_key: surnameKey, given_key: givenKey,
    };
  });
}

/**
 * The write of the partners of a new case for the list; it goes with the statement that
 * starts the case, so a case is never listed without them.
 */
export function caseParties(db: Db, rows: ReturnType<typeof casePartyRows>) {
  return db.insertInto('case_party').values(rows).onConflict((oc) => oc.doNothing());
}
