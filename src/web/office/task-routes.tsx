import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../app/app.ts';
import {
  actingRole, assignTask, closeTask, colleaguesOf, giveBackTask, mayHandle, myTasks, takeTask,
  taskOf, TaskError, teamsOf, type Task, type TaskViewer,
} from '../../app/office/tasks.ts';
import { formField } from '../../adapters/login/form-body.ts';
import { checkCsrf, type StaffSession } from '../auth/index.ts';
import { ExpiredFormPage } from '../auth/pages.tsx';
import { sendPage } from '../page-context.ts';
import { ErrorPage } from '../views/error-page.tsx';
import type { FieldError } from '../views/form-errors.tsx';
import { officeContext, staffActor, staffOf } from './context.ts';
import {
  TaskForbiddenPage, TaskPage, TasksPage, type TaskDone, type TaskPageModel,
} from './task-page.tsx';

type Request = FastifyRequest<{ Params: { caseId: string; followUpId: string } }>;
type Act = 'take' | 'give-back' | 'assign' | 'close';

const doneWords: readonly TaskDone[] = ['taken', 'returned', 'assigned', 'closed'];

/**
 * "My tasks" under /office/tasks: the follow-up tasks assigned to the member and their
 * teams' tasks nobody took (the counter, without a team, only the tasks assigned to them);
 * one task's page; take, give back, assign to a colleague, close with a note. Forms
 * post-redirect-get; another municipality's task answers 404, like an unknown one; a task
 * of another team not assigned to the member answers 403.
 */
export function taskRoutes(app: App) {
  return async (server: FastifyInstance) => {
    server.get('/office/tasks', (request, reply) => list(app, request, reply));
    server.get('/office/tasks/:caseId/:followUpId', (request: Request, reply) =>
      showTask(app, request, reply));
    for (const act of ['take', 'give-back', 'assign', 'close'] as const) {
      server.post(`/office/tasks/:caseId/:followUpId/${act}`, (request: Request, reply) =>
        post(app, request, reply, act));
    }
  };
}

function viewerOf(session: StaffSession): TaskViewer {
  return { subject: session.subject, name: session.name, municipality: session.municipality,
    roles: session.roles };
}

async function list(app: App, request: FastifyRequest, reply: FastifyReply) {
  const session = staffOf(request);
  const viewer = viewerOf(session);
  const query = request.query as Record<string, unknown>;
  const done = doneWords.find((word) => word === query.done) ?? null;
  const { mine, team } = await myTasks(app.db, viewer);
  return sendPage(reply, <TasksPage ctx={officeContext(request)} model={{
    mine, team, hasTeam: teamsOf(viewer.roles).length > 0, done, now: app.clock.now(),
    csrf: session.csrfToken,
  }} />);
}

async function showTask(app: App, request: Request, reply: FastifyReply) {
  const viewer = viewerOf(staffOf(request));
  const task = await taskOf(app.db, viewer, request.params.caseId, request.params.followUpId);
  if (task === undefined) return notFound(request, reply);
  if (!mayHandle(viewer, task)) return forbidden(request, reply);
  return showPage(app, request, reply, task, [], { note: '', colleague: '' });
}

async function showPage(app: App, request: FastifyRequest, reply: FastifyReply, task: Task,
  errors: FieldError[], typed: TaskPageModel['typed'], status = 200) {
  const session = staffOf(request);
  const viewer = viewerOf(session);
  const model: TaskPageModel = {
    task, errors, typed, now: app.clock.now(), csrf: session.csrfToken,
    colleagues: task.status === 'open' ? await colleaguesOf(app.db, viewer) : [],
    canTake: task.assignedTo !== viewer.subject && teamsOf(viewer.roles).includes(task.team),
  };
  return sendPage(reply, <TaskPage ctx={officeContext(request)} model={model} />, status);
}

async function post(app: App, request: Request, reply: FastifyReply, act: Act) {
  const session = staffOf(request);
  if (!checkCsrf(request, session)) {
    request.log.warn({ code: 'csrf_mismatch' }, 'form refused');
    return sendPage(reply, <ExpiredFormPage ctx={officeContext(request)} />, 403);
  }
  const viewer = viewerOf(session);
  const { caseId, followUpId } = request.params;
  const now = app.clock.now();
  const note = formField(request.body, 'note');
  const colleague = formField(request.body, 'colleague');
  try {
    if (act === 'take') {
      await takeTask(app.db, viewer, caseId, followUpId, now);
      return done(request, reply, caseId, followUpId, 'taken');
    }
    if (act === 'give-back') {
      await giveBackTask(app.db, viewer, caseId, followUpId, now);
      return done(request, reply, caseId, followUpId, 'returned');
    }
    if (act === 'assign') {
      await assignTask(app.db, viewer, caseId, followUpId, colleague, now);
      return done(request, reply, caseId, followUpId, 'assigned');
    }
    const task = await taskOf(app.db, viewer, caseId, followUpId);
    const actor = staffActor(session, task === undefined ? 'counter' : actingRole(viewer, task));
    await closeTask({ db: app.db, engine: app.engine, now }, viewer, actor, caseId, followUpId,
      note);
    return done(request, reply, caseId, followUpId, 'closed');
  } catch (error) {
    if (!(error instanceof TaskError)) throw error;
    request.log.warn({ caseId, followUpId, act, code: error.code }, 'task act refused');
    if (error.code === 'not_found') return notFound(request, reply);
    if (error.code === 'not_allowed') return forbidden(request, reply);
    const task = await taskOf(app.db, viewer, caseId, followUpId);
    if (task === undefined) return notFound(request, reply);
    const ctx = officeContext(request);
    const field = error.code === 'colleague_unknown' ? 'colleague'
      : error.code === 'closed' ? 'task' : 'note';
    const errors = [{ field, message: ctx.t(`office.tasks.error.${error.code}`) }];
    return showPage(app, request, reply, task, errors, { note, colleague },
      error.code === 'closed' ? 409 : 422);
  }
}

/** Post-redirect-get: back to the list, with what was done. */
function done(request: Request, reply: FastifyReply, caseId: string, followUpId: string,
  what: TaskDone) {
  request.log.info({ caseId, followUpId, act: what }, 'staff acted on a task');
  return reply.redirect(`/office/tasks?done=${what}`, 303);
}

function notFound(request: FastifyRequest, reply: FastifyReply) {
  return sendPage(reply, <ErrorPage ctx={officeContext(request)} kind="notFound" />, 404);
}

function forbidden(request: FastifyRequest, reply: FastifyReply) {
  request.log.warn({ code: 'role_not_allowed' }, 'office task refused');
  return sendPage(reply, <TaskForbiddenPage ctx={officeContext(request)} />, 403);
}
