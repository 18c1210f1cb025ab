import type { CaseAccess, CaseRole } from '../../app/case-access.ts';
import type { DocumentSummary } from '../../app/case-documents.ts';
import type { CounterContact } from '../../app/municipalities.ts';
import { isOpen, type CaseEvent, type CaseState } from '../../process/index.ts';
import type { MessageKey } from '../i18n/index.ts';
import type { PageContext } from '../page-context.ts';
import { euro } from '../product/offer.ts';
import { Layout } from '../views/layout.tsx';
import {
  CertificateList, HouseholdSection, type CopySummary, type HouseholdView,
} from '../certificates/pages.tsx';
import { DocumentList } from './answer-pages.tsx';
import { PaymentBlock, type PaymentSummary } from './payment-block.tsx';
import { lastDay } from './format.ts';
import { doneSteps, nextStep } from './timeline.ts';

interface CasePageProps {
  ctx: PageContext;
  access: CaseAccess;
  reference: string;
  events: CaseEvent[];
  documents?: DocumentSummary[];
  /** While the case waits for the counter visit: how to book it (undefined: not given). */
  counter?: CounterVisit;
  /** The current payment request, shown to the declarant while the case waits for it. */
  payment?: PaymentSummary;
  /** The reader's own certificates. */
  certificates?: CopySummary[];
  /** After the termination: the reader's household as the register now holds it. */
  household?: HouseholdView;
}

export interface CounterVisit {
  municipality: string;
  contact: CounterContact | undefined;
}

/** The status page of one case, as its declarant or its partner may see it. */
export function CasePage(
  {
    ctx, access, reference, events, documents = [], counter, certificates = [], payment, household,
  }: CasePageProps,
) {
  const { t } = ctx;
  const { state, role } = access;
  const title = t('case.title', { reference });
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">{t('case.status', { status: statusText(ctx, state) })}</p>
      <h2>{t('case.todo.heading')}</h2>
      <ToDo ctx={ctx} state={state} role={role} />
      {counter && state.status === 'awaiting_counter_visit'
        ? <CounterBooking ctx={ctx} counter={counter} /> : null}
      {role === 'declarant' ? <PaymentBlock ctx={ctx} state={state} payment={payment} /> : null}
      <h2>{t('case.timeline.heading')}</h2>
      <Timeline ctx={ctx} access={access} events={events} />
      <DocumentList ctx={ctx} caseId={state.caseId} documents={documents} />
      {household ? <HouseholdSection ctx={ctx} household={household} /> : null}
      <CertificateList ctx={ctx} caseId={state.caseId} copies={certificates} />
      <p><a href={`/cases/${state.caseId}/reads`}>{t('reads.link')}</a></p>
      <h2>{t('messages.title')}</h2>
      <p><a href={`/messages?case=${state.caseId}`}>{t('case.messages.link')}</a></p>
      {role === 'declarant' && isOpen(state.status) ? (
        <p><a href={`/cases/${state.caseId}/withdraw`}>{t('case.withdraw.link')}</a></p>
      ) : null}
      <p><a href="/cases">{t('cases.back')}</a></p>
    </Layout>
  );
}

export function statusText(ctx: PageContext, state: { status: string }): string {
  return ctx.t(`case.status.${state.status}` as MessageKey);
}

interface ToDoItem { key: MessageKey; link?: { key: MessageKey; href: string } }

/** What this party must do now, per status; anything else: nothing to do. */
function toDo(state: CaseState, role: CaseRole): ToDoItem {
  const base = `/cases/${state.caseId}`;
  const declaration = { key: 'case.todo.declarationLink' as const, href: `${base}/declaration` };
  if (!isOpen(state.status)) return { key: 'case.todo.closed' };
  const mine = role === 'declarant';
  switch (state.status) {
    case 'draft': return mine ? { key: 'case.todo.sign', link: declaration } : nothing;
    case 'awaiting_partner': return mine ? nothing
      : { key: 'case.todo.answer', link: { ...declaration, href: `${base}/answer` } };
    case 'awaiting_declarant_choice': return mine
      ? { key: 'case.todo.choose', link: { key: 'case.todo.chooseLink', href: `${base}/choice` } }
      : nothing;
    case 'awaiting_counter_visit': return mine ? { key: 'case.todo.counter' } : nothing;
    case 'awaiting_payment': return mine ? { key: 'case.todo.pay' } : nothing;
    default: return nothing;
  }
}

const nothing: ToDoItem = { key: 'case.todo.nothing' };

function ToDo({ ctx, state, role }: { ctx: PageContext; state: CaseState; role: CaseRole }) {
  const item = toDo(state, role);
  const amount = euro(ctx.lang, state.payment?.amountCents ?? 0);
  return (
    <div class="to-do">
      <p>{ctx.t(item.key, { amount })}</p>
      {item.link ? <p><a class="button" href={item.link.href}>{ctx.t(item.link.key)}</a></p>
        : null}
    </div>
  );
}

interface TimelineProps { ctx: PageContext; access: CaseAccess; events: CaseEvent[] }

/** Done steps with their dates, then the current step and the next one with its deadline. */
function Timeline({ ctx, access, events }: TimelineProps) {
  const { t } = ctx;
  const done = doneSteps(events, access.state, access.role, ctx);
  const next = nextStep(access.state);
  return (
    <ol class="timeline">
      {done.map((step) => (
        <li class="done">
          <time datetime={step.at}>{step.when}</time>{' '}{step.text}
          {step.detail ? <p>{step.detail}</p> : null}
        </li>
      ))}
      <li class="current" aria-current="step">
        {t('case.timeline.now', { status: statusText(ctx, access.state) })}
      </li>
      {next ? (
        <li class="next">
          {t('case.timeline.next', { step: t(`case.next.${next.status}`) })}
          {next.dueAt ? <>{' '}{t('case.timeline.due', { date: lastDay(ctx.lang, next.dueAt) })}</>
            : null}
        </li>
      ) : null}
    </ol>
  );
}

/**
 * The municipality wants the declaration handed over at its counter: how to book the visit,
 * from the municipality's own data (booking page, phone, opening hours).
 */
function CounterBooking({ ctx, counter }: { ctx: PageContext; counter: CounterVisit }) {
  const { t, lang } = ctx;
  const { contact } = counter;
  return (
    <section class="counter-contact" aria-labelledby="counter-heading">
      <h2 id="counter-heading">{t('case.counter.heading')}</h2>
      <p>{t('case.counter.body', { municipality: counter.municipality })}</p>
      {contact ? (
        <dl class="summary">
          <dt>{t('case.counter.book')}</dt>
          <dd><a href={contact.bookingUrl}>{t('case.counter.bookLink')}</a>
            {' '}<span class="hint">({new URL(contact.bookingUrl).host})</span></dd>
          <dt>{t('case.counter.phone')}</dt>
          <dd><a href={`tel:${contact.phone.replace(/[^+0-9]/g, '')}`}>{contact.phone}</a></dd>
          <dt>{t('case.counter.hours')}</dt>
          <dd>{contact.openingHours[lang]}</dd>
        </dl>
      ) : <p>{t('case.counter.unknown')}</p>}
    </section>
  );
}
