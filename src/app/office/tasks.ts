// Follow-up tasks of the municipality's office: what the process asks civil affairs or the
// registrar to look at, with a due date, assigned to a person or left with the team.
// The engine keeps the tasks in line with the cases (projections.ts); this file reads them
// for staff and changes the one thing that is the office's own: who a task is assigned to.
import type { StaffRole } from '../../adapters/login/demo-professionals.ts';
import type { Db } from '../../db/database.ts';
import type { CaseEngine } from '../../engine/case-engine.ts';
import { ProcessError, type Actor, type FollowUpTopic } from '../../process/index.ts';

export type TaskTeam = 'civil_affairs' | 'registrar';

/** The member of staff who reads or acts on tasks. */
export interface TaskViewer {
  subject: string;
  name: string;
  municipality: string;
  roles: readonly StaffRole[];
}

/**
 * The teams whose tasks a member sees: civil affairs and the registrar their own team's,
 * the administrator both. The counter has no team queue: a counter clerk sees only the
 * tasks a colleague assigned to them by name.
 */
export function teamsOf(roles: readonly StaffRole[]): TaskTeam[] {
  const teams: TaskTeam[] = [];
  if (roles.includes('civil_affairs') || roles.includes('administrator')) teams.push('civil_affairs');
  if (roles.includes('registrar') || roles.includes('administrator')) teams.push('registrar');
  return teams;
}

export interface Task {
  caseId: string;
  followUpId: string;
  reference: string;
  caseStatus: string;
  topic: FollowUpTopic;
  team: TaskTeam;
  assignedTo: string | null;
  assignedName: string | null;
  dueAt: Date;
  raisedAt: Date;
  status: 'open' | 'closed';
  closedAt: Date | null;
  closedWhy: 'case_moved_on' | 'by_hand' | null;
  closedByRole: string | null;
  /** The name of the member of staff who closed it by hand, as last seen. */
  closedByName: string | null;
  closedNote: string | null;
}

export type TaskErrorCode =
  | 'not_found' | 'not_allowed' | 'closed' | 'colleague_unknown' | 'note_empty' | 'note_too_long';

export class TaskError extends Error {
  constructor(readonly code: TaskErrorCode) {
    super(`The task act is refused: ${code}`);
    this.name = 'TaskError';
  }
}

/** The longest closing note, in characters. */
export const closingNoteMaxLength = 1000;

function taskQuery(db: Db, municipality: string) {
  return db.selectFrom('follow_up_task as t')
    .innerJoin('case_list as c', 'c.case_id', 't.case_id')
    .leftJoin('staff_member as s', (join) => join
      .onRef('s.subject', '=', 't.closed_by').onRef('s.municipality', '=', 't.municipality'))
    .select([
      't.case_id', 't.follow_up_id', 'c.reference', 'c.status as case_status', 't.topic',
      't.team', 't.assigned_to', 't.assigned_name', 't.due_at', 't.raised_at', 't.status',
      't.closed_at', 't.closed_why', 't.closed_by_role', 's.name as closed_by_name',
      't.closed_note',
    ])
    .where('t.municipality', '=', municipality);
}

type TaskRow = Awaited<ReturnType<ReturnType<typeof taskQuery>['execute']>>[number];

function toTask(row: TaskRow): Task {
  return {
    caseId: row.case_id, followUpId: row.follow_up_id, reference: row.reference,
    caseStatus: row.case_status, topic: row.topic as FollowUpTopic, team: row.team,
    assignedTo: row.assigned_to, assignedName: row.assigned_name,
    dueAt: new Date(row.due_at), raisedAt: new Date(row.raised_at), status: row.status,
    closedAt: row.closed_at === null ? null : new Date(row.closed_at),
    closedWhy: row.closed_why, closedByRole: row.closed_by_role,
    closedByName: row.closed_by_name ?? null, closedNote: row.closed_note,
  };
}

/**
 * "My tasks": the open tasks assigned to the member, then the open tasks of their teams that
 * nobody has taken; each list the earliest due first, so overdue tasks come first.
 */
export async function myTasks(db: Db, viewer: TaskViewer): Promise<{ mine: Task[]; team: Task[] }> {
  const mine = await taskQuery(db, viewer.municipality)
    .where('t.status', '=', 'open').where('t.assigned_to', '=', viewer.subject)
    .orderBy('t.due_at').orderBy('t.raised_at').orderBy('t.follow_up_id').execute();
  const teams = teamsOf(viewer.roles);
  const team = teams.length === 0 ? [] : await taskQuery(db, viewer.municipality)
    .where('t.status', '=', 'open').where('t.assigned_to', 'is', null)
    .where('t.team', 'in', teams)
    .orderBy('t.due_at').orderBy('t.raised_at').orderBy('t.follow_up_id').execute();
  return { mine: mine.map(toTask), team: team.map(toTask) };
}

/** One task of the member's municipality; undefined for another's, exactly as for none. */
export async function taskOf(
  db: Db, viewer: TaskViewer, caseId: string, followUpId: string,
): Promise<Task | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(caseId) || !/^[a-z_]+-[0-9]+$/.test(followUpId)) return undefined;
  const row = await taskQuery(db, viewer.municipality)
    .where('t.case_id', '=', caseId).where('t.follow_up_id', '=', followUpId)
    .executeTakeFirst();
  return row === undefined ? undefined : toTask(row);
}

/** Whether the member may act on the task: it is assigned to them, or it is their team's. */
export function mayHandle(viewer: TaskViewer, task: Task): boolean {
  return task.assignedTo === viewer.subject || teamsOf(viewer.roles).includes(task.team);
}

export interface Colleague {
  subject: string;
  name: string;
}

/** The municipality's staff who have signed in, but the member themself, by name. */
export async function colleaguesOf(db: Db, viewer: TaskViewer): Promise<Colleague[]> {
  const rows = await db.selectFrom('staff_member').select(['subject', 'name'])
    .where('municipality', '=', viewer.municipality).where('subject', '!=', viewer.subject)
    .orderBy('name').orderBy('subject').execute();
  return rows;
}

async function handleable(
  db: Db, viewer: TaskViewer, caseId: string, followUpId: string,
): Promise<Task> {
  const task = await taskOf(db, viewer, caseId, followUpId);
  if (task === undefined) throw new TaskError('not_found');
  if (!mayHandle(viewer, task)) throw new TaskError('not_allowed');
  if (task.status !== 'open') throw new TaskError('closed');
  return task;
}

async function setAssignment(
  db: Db, viewer: TaskViewer, task: Task, to: Colleague | null, now: Date,
): Promise<void> {
  const result = await db.updateTable('follow_up_task').set({
    assigned_to: to?.subject ?? null, assigned_name: to?.name ?? null,
    assigned_at: now, assigned_by: viewer.subject,
  }).where('case_id', '=', task.caseId).where('follow_up_id', '=', task.followUpId)
    .where('municipality', '=', viewer.municipality).where('status', '=', 'open')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw new TaskError('closed');
}

/** The member takes a task of their team ("assign to me"). */
export async function takeTask(
  db: Db, viewer: TaskViewer, caseId: string, followUpId: string, now: Date,
): Promise<Task> {
  const task = await handleable(db, viewer, caseId, followUpId);
  if (!teamsOf(viewer.roles).includes(task.team)) throw new TaskError('not_allowed');
  await setAssignment(db, viewer, task, { subject: viewer.subject, name: viewer.name }, now);
  return task;
}

/** The task goes back to its team, unassigned. */
export async function giveBackTask(
  db: Db, viewer: TaskViewer, caseId: string, followUpId: string, now: Date,
): Promise<Task> {
  const task = await handleable(db, viewer, caseId, followUpId);
  await setAssignment(db, viewer, task, null, now);
  return task;
}

/** The task is assigned to a named colleague of the same municipality. */
export async function assignTask(
  db: Db, viewer: TaskViewer, caseId: string, followUpId: string, colleague: string, now: Date,
): Promise<{ task: Task; to: Colleague }> {
  const task = await handleable(db, viewer, caseId, followUpId);
  const to = await db.selectFrom('staff_member').select(['subject', 'name'])
    .where('municipality', '=', viewer.municipality).where('subject', '=', colleague)
    .executeTakeFirst();
  if (to === undefined) throw new TaskError('colleague_unknown');
  await setAssignment(db, viewer, task, to, now);
  return { task, to };
}

/**
 * The member closes a task by hand, with a note: the process resolves the follow-up
 * (ResolveFollowUp), and the task closes with the case's events in the same transaction.
 */
export async function closeTask(
  deps: { db: Db; engine: CaseEngine; now: Date }, viewer: TaskViewer, actor: Actor,
  caseId: string, followUpId: string, note: string,
): Promise<Task> {
  const task = await handleable(deps.db, viewer, caseId, followUpId);
  const text = note.trim();
  if (text === '') throw new TaskError('note_empty');
  if (text.length > closingNoteMaxLength) throw new TaskError('note_too_long');
  try {
    await deps.engine.execute({
      type: 'ResolveFollowUp', caseId, followUpId, actor,
      channel: actor.role === 'counter' ? 'counter' : 'online', reason: text,
    }, { now: deps.now });
  } catch (error) {
    if (error instanceof ProcessError && error.code === 'follow_up_not_found') {
      throw new TaskError('closed');
    }
    throw error;
  }
  return task;
}

/** The role a member acts in on a task: their team's role when they have it. */
export function actingRole(viewer: TaskViewer, task: Task): StaffRole {
  if (viewer.roles.includes(task.team)) return task.team;
  const order: StaffRole[] = ['administrator', 'civil_affairs', 'registrar', 'counter'];
  return order.find((role) => viewer.roles.includes(role)) ?? 'counter';
}
