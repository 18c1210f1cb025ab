// The parts of the office's case page that show what happened: the timeline, documents,
// messages with their delivery, payments, the bailiff, the register and the incidents.
import type { CaseFile, MessageLine, OutboxLine } from '../../app/office/case-file.ts';
import type { MessageKey, Params } from '../i18n/index.ts';
import { isCitizenTemplate } from '../../app/messages/templates.ts';
import type { PageContext } from '../page-context.ts';
import { euro } from '../product/offer.ts';
import { brusselsMoment, calendarDay } from '../citizen/format.ts';
import { messageSubject } from '../messages/texts.ts';
import { staffTimeline } from './case-timeline.ts';

type Props = { ctx: PageContext; file: CaseFile };

/** The text of an office.case key made of a value (a status, a kind, a channel). */
function key(ctx: PageContext, name: string, params?: Params): string {
  return ctx.t(`office.case.${name}` as MessageKey, params);
}

function When({ ctx, at }: { ctx: PageContext; at: Date | string }) {
  const iso = new Date(at).toISOString();
  return <time datetime={iso}>{brusselsMoment(ctx.lang, iso)}</time>;
}

export function TimelineSection({ ctx, file }: Props) {
  const { t } = ctx;
  const entries = staffTimeline(file.events, ctx,
    { bailiffs: file.bailiffNames, staff: file.staffNames });
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('office.case.timeline.title')}</h2>
      <table class="timeline-table">
        <caption>{t('office.case.timeline.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('office.case.col.when')}</th>
            <th scope="col">{t('office.case.col.event')}</th>
            <th scope="col">{t('office.case.col.actor')}</th>
            <th scope="col">{t('office.case.col.channel')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr id={`event-${entry.version}`}>
              <td><time datetime={entry.at}>{entry.when}</time></td>
              <th scope="row">{entry.text}{entry.reason ? <><br />{entry.reason}</> : null}</th>
              <td>{entry.actor}</td>
              <td>{entry.channel}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function DocumentsSection({ ctx, file }: Props) {
  const { t } = ctx;
  const base = `/office/cases/${file.state.caseId}`;
  const none = file.documents.length + file.certificates.length + file.deeds.length === 0;
  return (
    <section aria-labelledby="documents-title">
      <h2 id="documents-title">{t('office.case.documents.title')}</h2>
      {none ? <p>{t('office.case.documents.none')}</p> : (
        <ul class="documents">
          {file.documents.map((doc) => (
            <li>
              {key(ctx, `documents.${doc.kind}`, { count: doc.signatures,
                when: brusselsMoment(ctx.lang, doc.createdAt) })}
              {' '}<a href={`${base}/documents/${doc.id}`}>{t('office.case.documents.download')}</a>
            </li>
          ))}
          {file.certificates.map((copy) => (
            <li>
              {t('office.case.documents.certificate', {
                kind: key(ctx, `certificate.${copy.kind}`), holder: key(ctx, `role.${copy.holder}`),
                when: brusselsMoment(ctx.lang, copy.issuedAt) })}
              {copy.current ? null : <>{' '}{t('office.case.documents.superseded')}</>}
              {' '}<a href={`${base}/certificates/${copy.id}`}>
                {t('office.case.documents.download')}</a>
            </li>
          ))}
          {file.deeds.map((deed) => (
            <li>
              {t('office.case.documents.deed', { reference: deed.deedReference,
                size: Math.ceil(deed.sizeBytes / 1024) })}
              {' '}<a href={`${base}/deeds/${deed.id}`}>{t('office.case.documents.download')}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function messageTitle(ctx: PageContext, message: MessageLine): string {
  return isCitizenTemplate(message.template) ? messageSubject(ctx, message.template)
    : message.template;
}

function ResendForm({ ctx, file, csrf, message, delivery }: Props & {
  csrf: string; message: MessageLine; delivery: MessageLine['deliveries'][number];
}) {
  const channel = key(ctx, `delivery.${delivery.channel}`);
  return (
    <form method="post" class="inline-form"
      action={`/office/cases/${file.state.caseId}/deliveries/${delivery.id}/resend`}>
      <input type="hidden" name="_csrf" value={csrf} />
      <button type="submit" aria-label={ctx.t('office.case.messages.resendLabel',
        { message: messageTitle(ctx, message), channel })}>
        {ctx.t('office.case.messages.resend')}</button>
    </form>
  );
}

export function MessagesSection({ ctx, file, csrf, canResend }: Props & {
  csrf: string; canResend: boolean;
}) {
  const { t } = ctx;
  return (
    <section aria-labelledby="messages-title">
      <h2 id="messages-title">{t('office.case.messages.title')}</h2>
      {file.messages.length === 0 ? <p>{t('office.case.messages.none')}</p> : (
        <table>
          <caption>{t('office.case.messages.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('office.case.col.when')}</th>
              <th scope="col">{t('office.case.col.message')}</th>
              <th scope="col">{t('office.case.col.recipient')}</th>
              <th scope="col">{t('office.case.col.delivery')}</th>
            </tr>
          </thead>
          <tbody>
            {file.messages.map((message) => (
              <tr>
                <td><When ctx={ctx} at={message.createdAt} /></td>
                <th scope="row">{messageTitle(ctx, message)}</th>
                <td>{key(ctx, `recipient.${message.recipient}`)}</td>
                <td>
                  <ul class="plain">
                    {message.recipient === 'declarant' || message.recipient === 'partner' ? (
                      <li>{t('office.case.messages.portal')}: {message.readAt
                        ? t('office.case.messages.read') : t('office.case.messages.unread')}</li>
                    ) : null}
                    {message.deliveries.length === 0
                      ? <li>{t('office.case.messages.noDelivery')}</li> : null}
                    {message.deliveries.map((delivery) => (
                      <li>
                        {t('office.case.messages.delivery', {
                          channel: key(ctx, `delivery.${delivery.channel}`),
                          status: key(ctx, `delivery.${delivery.status}`),
                          tries: delivery.attempts })}
                        {delivery.lastError ? <> <span class="hint">({delivery.lastError})</span></>
                          : null}
                        {canResend && delivery.status === 'failed'
                          ? <ResendForm ctx={ctx} file={file} csrf={csrf} message={message}
                            delivery={delivery} /> : null}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function PaymentsSection({ ctx, file }: Props) {
  const { t } = ctx;
  return (
    <section aria-labelledby="payments-title">
      <h2 id="payments-title">{t('office.case.payments.title')}</h2>
      {file.payments.length === 0 ? <p>{t('office.case.payments.none')}</p> : (
        <table>
          <caption>{t('office.case.payments.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('office.case.col.when')}</th>
              <th scope="col">{t('office.case.col.purpose')}</th>
              <th scope="col">{t('office.case.col.amount')}</th>
              <th scope="col">{t('office.case.col.status')}</th>
              <th scope="col">{t('office.case.col.paid')}</th>
              <th scope="col">{t('office.case.col.refunded')}</th>
            </tr>
          </thead>
          <tbody>
            {file.payments.map((payment) => (
              <tr>
                <td><When ctx={ctx} at={payment.createdAt} /></td>
                <th scope="row">{key(ctx, `purpose.${payment.purpose}`)}</th>
                <td>{euro(ctx.lang, payment.amountCents)}</td>
                <td>{key(ctx, `payment.${payment.status}`)}</td>
                <td>{payment.paidAt ? <When ctx={ctx} at={payment.paidAt} /> : '–'}</td>
                <td>{payment.refundedCents ? euro(ctx.lang, payment.refundedCents) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function BailiffSection({ ctx, file }: Props) {
  const { t, lang } = ctx;
  const { state, bailiffNames } = file;
  const name = (id: string) => bailiffNames[id] ?? id;
  return (
    <section aria-labelledby="bailiff-title">
      <h2 id="bailiff-title">{t('office.case.bailiff.title')}</h2>
      {state.bailiff === null ? <p>{t('office.case.bailiff.none')}</p> : (
        <ul class="plain">
          <li>{t('office.case.bailiff.current', { name: name(state.bailiff.id),
            status: key(ctx, `bailiff.${state.bailiff.status}`),
            when: brusselsMoment(lang, state.bailiff.engagedAt) })}</li>
          {state.formerBailiffs.map((former) => (
            <li>{t('office.case.bailiff.former', { name: name(former.id),
              status: key(ctx, `bailiff.${former.status}`) })}</li>
          ))}
          {state.serviceAttempts.map((attempt) => (
            <li>{t('office.case.bailiff.attempt', { date: calendarDay(lang, attempt.attemptDate),
              reason: attempt.reason })}</li>
          ))}
          {state.service ? <li>{t('office.case.bailiff.served', {
            date: calendarDay(lang, state.service.date), place: state.service.place,
            deed: state.service.deedReference })}</li> : null}
        </ul>
      )}
    </section>
  );
}

function JobRow({ ctx, job }: { ctx: PageContext; job: OutboxLine }) {
  return (
    <tr>
      <td><When ctx={ctx} at={job.doneAt ?? job.runAt} /></td>
      <th scope="row">{key(ctx, `job.${job.kind}`)}</th>
      <td>{key(ctx, `job.status.${job.status}`)}</td>
      <td>{job.attempts}</td>
    </tr>
  );
}

export function RegisterSection({ ctx, file }: Props) {
  const { t, lang } = ctx;
  const registration = file.state.registration;
  return (
    <section aria-labelledby="register-title">
      <h2 id="register-title">{t('office.case.register.title')}</h2>
      <h3>{t('office.case.register.writes')}</h3>
      {registration ? <p>{t('office.case.register.registered', {
        reference: registration.registerReference,
        date: calendarDay(lang, registration.effectiveDate) })}</p> : null}
      {file.registerJobs.length === 0 ? <p>{t('office.case.register.noWrites')}</p> : (
        <table>
          <caption>{t('office.case.register.writesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('office.case.col.when')}</th>
              <th scope="col">{t('office.case.col.kind')}</th>
              <th scope="col">{t('office.case.col.status')}</th>
              <th scope="col">{t('office.case.col.tries')}</th>
            </tr>
          </thead>
          <tbody>{file.registerJobs.map((job) => <JobRow ctx={ctx} job={job} />)}</tbody>
        </table>
      )}
      <h3>{t('office.case.register.reads')}</h3>
      {file.reads.length === 0 ? <p>{t('office.case.register.noReads')}</p> : (
        <table>
          <caption>{t('office.case.register.readsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('office.case.col.when')}</th>
              <th scope="col">{t('office.case.col.kind')}</th>
              <th scope="col">{t('office.case.col.actor')}</th>
              <th scope="col">{t('office.case.col.purposeRead')}</th>
              <th scope="col">{t('office.case.col.found')}</th>
            </tr>
          </thead>
          <tbody>
            {file.reads.map((read) => (
              <tr>
                <td><When ctx={ctx} at={read.readAt} /></td>
                <th scope="row"><code>{read.operation}</code></th>
                <td>{key(ctx, `role.${read.actor.role}`)}</td>
                <td>{read.purpose}</td>
                <td>{read.found ? t('office.case.register.yes') : t('office.case.register.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function IncidentsSection({ ctx, file, csrf, canRetry }: Props & {
  csrf: string; canRetry: boolean;
}) {
  const { t } = ctx;
  const base = `/office/cases/${file.state.caseId}`;
  return (
    <section aria-labelledby="incidents-title">
      <h2 id="incidents-title">{t('office.case.incidents.title')}</h2>
      {file.incidents.length === 0 ? <p>{t('office.case.incidents.none')}</p> : (
        <table>
          <caption>{t('office.case.incidents.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('office.case.col.kind')}</th>
              <th scope="col">{t('office.case.col.tries')}</th>
              <th scope="col">{t('office.case.col.error')}</th>
              {canRetry ? <th scope="col">{t('office.case.col.act')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {file.incidents.map((job) => (
              <tr>
                <th scope="row"><code>{job.kind}</code></th>
                <td>{job.attempts}</td>
                <td>{job.lastError ?? '–'}</td>
                {canRetry ? (
                  <td>
                    <form method="post" class="inline-form"
                      action={`${base}/incidents/${job.id}/retry`}>
                      <input type="hidden" name="_csrf" value={csrf} />
                      <button type="submit"
                        aria-label={t('office.case.incidents.retryLabel', { kind: job.kind })}>
                        {t('office.case.incidents.retry')}</button>
                    </form>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {file.staffActions.length > 0 ? <>
        <h3>{t('office.case.staffActs.title')}</h3>
        <ul class="plain">
          {file.staffActions.map((act) => (
            <li>{key(ctx, `staffActs.${act.kind}`, { when: brusselsMoment(ctx.lang, act.actedAt),
              name: act.staffName, target: act.targetId })}</li>
          ))}
        </ul>
      </> : null}
    </section>
  );
}
