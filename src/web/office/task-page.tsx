import type { Colleague, Task, TaskTeam } from '../../app/office/tasks.ts';
import type { MessageKey } from '../i18n/index.ts';
import type { PageContext } from '../page-context.ts';
import { brusselsDay, brusselsMoment, lastDay } from '../citizen/format.ts';
import { describedBy, ErrorSummary, Field, type FieldError } from '../views/form-errors.tsx';
import { Layout } from '../views/layout.tsx';

export type TaskDone = 'taken' | 'returned' | 'assigned' | 'closed';

export interface TasksPageModel {
  mine: Task[];
  team: Task[];
  /** Whether the member has a team queue (the counter has none). */
  hasTeam: boolean;
  done: TaskDone | null;
  now: Date;
  csrf: string;
}

export function topicText(ctx: PageContext, task: Task): string {
  return ctx.t(`office.tasks.topic.${task.topic}` as MessageKey);
}

function teamText(ctx: PageContext, team: TaskTeam): string {
  return ctx.t(`office.tasks.teamName.${team}`);
}

export function taskPath(task: Task): string {
  return `/office/tasks/${task.caseId}/${task.followUpId}`;
}

function Due({ ctx, task, now }: { ctx: PageContext; task: Task; now: Date }) {
  const overdue = task.status === 'open' && task.dueAt.getTime() <= now.getTime();
  return (
    <>
      {lastDay(ctx.lang, task.dueAt.toISOString())}
      {overdue ? <>{' '}<strong class="tag tag-warning">{ctx.t('office.tasks.overdue')}</strong></>
        : null}
    </>
  );
}

function TaskTable({ ctx, tasks, caption, model, take }: {
  ctx: PageContext; tasks: Task[]; caption: string; model: TasksPageModel; take: boolean;
}) {
  const { t } = ctx;
  return (
    <table class="tasks">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('office.tasks.col.case')}</th>
          <th scope="col">{t('office.tasks.col.topic')}</th>
          <th scope="col">{t('office.tasks.col.team')}</th>
          <th scope="col">{t('office.tasks.col.due')}</th>
          <th scope="col">{t('office.tasks.col.raised')}</th>
          <th scope="col">{t('office.tasks.col.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {tasks.map((task) => {
          const labels = { topic: topicText(ctx, task), reference: task.reference };
          return (
            <tr>
              <th scope="row"><a href={`/office/cases/${task.caseId}`}>{task.reference}</a></th>
              <td>
                <a href={taskPath(task)}>
                  {topicText(ctx, task)}
                  <span class="visually-hidden"> ({task.reference})</span>
                </a>
              </td>
              <td>{teamText(ctx, task.team)}</td>
              <td><Due ctx={ctx} task={task} now={model.now} /></td>
              <td>{brusselsDay(ctx.lang, task.raisedAt)}</td>
              <td>
                <form method="post" action={`${taskPath(task)}/${take ? 'take' : 'give-back'}`}
                  class="inline-form">
                  <input type="hidden" name="_csrf" value={model.csrf} />
                  <button type="submit" class={take ? undefined : 'secondary'}>
                    {t(take ? 'office.tasks.take' : 'office.tasks.giveBack')}
                    <span class="visually-hidden">{t('office.tasks.rowContext', labels)}</span>
                  </button>
                </form>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** "My tasks": assigned to me, then my teams' tasks nobody took; the earliest due first. */
export function TasksPage({ ctx, model }: { ctx: PageContext; model: TasksPageModel }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('office.tasks.title')}>
      <h1>{t('office.tasks.title')}</h1>
      {model.done ? (
        <p class="notice" role="status">
          {t(`office.tasks.done.${model.done}`)}
        </p>
      ) : null}
      <p class="lead">{t(model.hasTeam ? 'office.tasks.intro' : 'office.tasks.counterIntro')}</p>
      <h2 id="mine">{t('office.tasks.mine.title')}</h2>
      {model.mine.length === 0 ? <p>{t('office.tasks.mine.empty')}</p> : (
        <TaskTable ctx={ctx} tasks={model.mine} caption={t('office.tasks.mine.title')}
          model={model} take={false} />
      )}
      {model.hasTeam ? <>
        <h2 id="team">{t('office.tasks.team.title')}</h2>
        {model.team.length === 0 ? <p>{t('office.tasks.team.empty')}</p> : (
          <TaskTable ctx={ctx} tasks={model.team} caption={t('office.tasks.team.title')}
            model={model} take={true} />
        )}
      </> : null}
    </Layout>
  );
}

export interface TaskPageModel {
  task: Task;
  colleagues: Colleague[];
  /** Whether the member may take the task (it is their team's and not theirs yet). */
  canTake: boolean;
  errors: FieldError[];
  typed: { note: string; colleague: string };
  now: Date;
  csrf: string;
}

/** One task: what it is about, its case, who has it; take, give back, assign or close it. */
export function TaskPage({ ctx, model }: { ctx: PageContext; model: TaskPageModel }) {
  const { t } = ctx;
  const { task } = model;
  const title = t('office.tasks.task.title', { topic: topicText(ctx, task) });
  const base = taskPath(task);
  const error = (field: string) => model.errors.find((e) => e.field === field)?.message;
  return (
    <Layout ctx={ctx} title={title}>
      <ErrorSummary ctx={ctx} errors={model.errors} />
      <h1>{title}</h1>
      <dl id="task">
        <dt>{t('office.tasks.task.case')}</dt>
        <dd><a href={`/office/cases/${task.caseId}`}>{task.reference}</a></dd>
        <dt>{t('office.tasks.col.team')}</dt>
        <dd>{teamText(ctx, task.team)}</dd>
        <dt>{t('office.tasks.col.raised')}</dt>
        <dd>{brusselsMoment(ctx.lang, task.raisedAt)}</dd>
        <dt>{t('office.tasks.col.due')}</dt>
        <dd><Due ctx={ctx} task={task} now={model.now} /></dd>
        <dt>{t('office.tasks.task.status')}</dt>
        <dd>{t(`office.tasks.status.${task.status}`)}</dd>
        {task.status === 'open' ? <>
          <dt>{t('office.tasks.task.assigned')}</dt>
          <dd>{task.assignedName
            ?? t('office.tasks.task.toTeam', { team: teamText(ctx, task.team) })}</dd>
        </> : null}
      </dl>
      {task.status === 'closed' ? <Closure ctx={ctx} task={task} /> : <OpenActions ctx={ctx}
        model={model} base={base} error={error} />}
      <p><a href="/office/tasks">{t('office.tasks.back')}</a></p>
    </Layout>
  );
}

function Closure({ ctx, task }: { ctx: PageContext; task: Task }) {
  const { t } = ctx;
  const date = task.closedAt ? brusselsMoment(ctx.lang, task.closedAt) : '';
  return (
    <>
      <p>{task.closedWhy === 'case_moved_on'
        ? t('office.tasks.closed.movedOn', { date })
        : t('office.tasks.closed.byHand', { name: task.closedByName ?? task.closedByRole ?? '',
          date })}</p>
      {task.closedNote ? <>
        <h2>{t('office.tasks.closed.note')}</h2>
        <p>{task.closedNote}</p>
      </> : null}
    </>
  );
}

function OpenActions({ ctx, model, base, error }: {
  ctx: PageContext; model: TaskPageModel; base: string;
  error: (field: string) => string | undefined;
}) {
  const { t } = ctx;
  const { task } = model;
  const colleagueError = error('colleague');
  const noteError = error('note');
  return (
    <>
      {model.canTake ? (
        <form method="post" action={`${base}/take`}>
          <input type="hidden" name="_csrf" value={model.csrf} />
          <button type="submit">{t('office.tasks.take')}</button>
        </form>
      ) : null}
      {task.assignedTo !== null ? (
        <form method="post" action={`${base}/give-back`}>
          <input type="hidden" name="_csrf" value={model.csrf} />
          <button type="submit" class="secondary">{t('office.tasks.giveBack')}</button>
        </form>
      ) : null}
      <h2>{t('office.tasks.assign.title')}</h2>
      {model.colleagues.length === 0 ? <p>{t('office.tasks.assign.none')}</p> : (
        <form method="post" action={`${base}/assign`}>
          <input type="hidden" name="_csrf" value={model.csrf} />
          <Field ctx={ctx} id="colleague" label={t('office.tasks.assign.label')}
            hint={t('office.tasks.assign.hint')} error={colleagueError}>
            <select id="colleague" name="colleague"
              aria-describedby={describedBy('colleague', 'hint', colleagueError)}>
              <option value="">{t('office.tasks.assign.choose')}</option>
              {model.colleagues.map((c) => (
                <option value={c.subject} selected={c.subject === model.typed.colleague}>
                  {c.name}
                </option>
              ))}
            </select>
          </Field>
          <button type="submit">{t('office.tasks.assign.submit')}</button>
        </form>
      )}
      <h2>{t('office.tasks.close.title')}</h2>
      <form method="post" action={`${base}/close`}>
        <input type="hidden" name="_csrf" value={model.csrf} />
        <Field ctx={ctx} id="note" label={t('office.tasks.close.label')}
          hint={t('office.tasks.close.hint')} error={noteError}>
          <textarea id="note" name="note" rows="4" maxlength="1000"
            aria-describedby={describedBy('note', 'hint', noteError)}>{model.typed.note}</textarea>
        </Field>
        <button type="submit">{t('office.tasks.close.submit')}</button>
      </form>
    </>
  );
}

/** A task of another team, not assigned to the member. */
export function TaskForbiddenPage({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('office.tasks.forbidden.title')}>
      <h1>{t('office.tasks.forbidden.title')}</h1>
      <p>{t('office.tasks.forbidden.body')}</p>
      <p><a href="/office/tasks">{t('office.tasks.back')}</a></p>
    </Layout>
  );
}
