import { sql, type Compilable } from 'kysely';
import type { Executor } from './event-store.ts';
import {
  isOpen, type CaseState, type CaseStatus, type Channel, type Deadline,
} from '../process/index.ts';
import { followUpDueAt } from '../process/follow-up-tasks.ts';

/** Whose move it is in each status: the staff lists filter on it. */
const waitingOn: Record<CaseStatus, string | null> = {
  draft: 'declarant',
  awaiting_partner: 'partner',
  awaiting_declarant_choice: 'declarant',
  awaiting_counter_visit: 'counter',
  awaiting_payment: 'declarant',
  awaiting_service: 'bailiff',
  registering: 'registrar',
  completed: null,
  withdrawn: null,
  lapsed: null,
  expired: null,
};

/** A statement the engine runs together with the others of one command. */
export type Statement = Compilable & { execute(): Promise<unknown> };

/**
 * The statements that bring the read models in line with the case's new state: the
 * municipality's case list, both partners' overviews, and the one-open-case-per-cohabitation
 * row (its primary key refuses a second open case: rule 1).
 */
export function projectionStatements(
  trx: Executor, state: CaseState, version: number, started: Channel | null, pending: Deadline[],
): Statement[] {
  const fields = listFields(state, version, pending);
  const statements: Statement[] = started
    ? insertCaseRow(trx, state, started, fields)
    : [trx.updateTable('case_list').set(fields).where('case_id', '=', state.caseId)];
  statements.push(upsertPeople(trx, state));
  if (state.followUps.length > 0) statements.push(upsertFollowUpTasks(trx, state));
  if (!isOpen(state.status)) {
    statements.push(trx.deleteFrom('open_case').where('case_id', '=', state.caseId));
  }
  return statements;
}

function listFields(state: CaseState, version: number, pending: Deadline[]) {
  const next = pending.map((d) => d.dueAt).sort()[0] ?? null;
  return {
    status: state.status,
    path: state.path,
    filing_mode: state.settings.filingMode,
    waiting_on: waitingOn[state.status],
    next_deadline_at: next,
    follow_up_open: state.followUps.some((f) => f.resolvedAt === null),
    updated_at: state.updatedAt,
    version,
  };
}

function insertCaseRow(
  trx: Executor, state: CaseState, channel: Channel, fields: ReturnType<typeof listFields>,
) {
  const year = state.startedAt.slice(0, 4);
  return [
    trx.insertInto('open_case')
      .values({ cohabitation_id: state.cohabitationId, case_id: state.caseId }),
    trx.insertInto('case_list').values({
      case_id: state.caseId,
      reference: sql<string>`'WS-' || ${year} || '-' || lpad(nextval('case_reference_seq')::text, 6, '0')`,
      municipality: state.municipality,
      started_at: state.startedAt,
      channel,
      ...fields,
    }),
  ];
}

function upsertPeople(trx: Executor, state: CaseState) {
  const rows = [
    { person_id: state.declarant, role: 'declarant' },
    { person_id: state.partner, role: 'partner' },
  ].map((p) => ({ ...p, case_id: state.caseId, status: state.status, updated_at: state.updatedAt }));
  return trx.insertInto('person_case').values(rows)
    .onConflict((oc) => oc.columns(['person_id', 'case_id']).doUpdateSet({
      status: (eb) => eb.ref('excluded.status'),
      updated_at: (eb) => eb.ref('excluded.updated_at'),
    }));
}

/**
 * One follow-up task per follow-up of the case: a raised one is inserted, a resolved one
 * closes (once: a closed task is not touched again). The assignment columns are the
 * office's and are never set here, so no later event undoes a hand-made assignment.
 */
function upsertFollowUpTasks(trx: Executor, state: CaseState) {
  const rows = state.followUps.map((f) => {
    const closer = f.resolvedBy ?? null;
    const closed = f.resolvedAt !== null;
    return {
      case_id: state.caseId,
      follow_up_id: f.id,
      municipality: state.municipality,
      topic: f.topic,
      team: f.assignee === 'registrar' ? 'registrar' as const : 'civil_affairs' as const,
      due_at: followUpDueAt(f.topic, f.raisedAt),
      status: closed ? 'closed' as const : 'open' as const,
      raised_at: f.raisedAt,
      closed_at: f.resolvedAt,
      closed_by: closed ? closer?.id ?? null : null,
      closed_by_role: closed ? closer?.role ?? null : null,
      closed_why: !closed ? null : closer?.role === 'system' ? 'case_moved_on' as const : 'by_hand' as const,
      closed_note: closed ? f.resolution ?? null : null,
    };
  });
  return trx.insertInto('follow_up_task').values(rows)
    .onConflict((oc) => oc.columns(['case_id', 'follow_up_id']).doUpdateSet((eb) => ({
      status: eb.ref('excluded.status'),
      closed_at: eb.ref('excluded.closed_at'),
      closed_by: eb.ref('excluded.closed_by'),
      closed_by_role: eb.ref('excluded.closed_by_role'),
      closed_why: eb.ref('excluded.closed_why'),
      closed_note: eb.ref('excluded.closed_note'),
    })).where('follow_up_task.status', '=', 'open').where('excluded.status', '=', 'closed'));
}

/**
 * Runs several writes as one statement (data-modifying WITH): one round trip to the
 * database instead of one per write, with the same all-or-nothing outcome.
 */
export async function runTogether(trx: Executor, statements: Statement[]) {
  const last = statements[statements.length - 1];
  if (!last) return;
  const before = statements.slice(0, -1).map((statement, i) => sql`${sql.raw(`w${i}`)} as (${statement})`);
  if (before.length === 0) {
    await last.execute();
    return;
  }
  await sql`with ${sql.join(before)} ${last}`.execute(trx);
}
