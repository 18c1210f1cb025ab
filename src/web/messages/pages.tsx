import type { BoxMessage } from '../../app/messages/index.ts';
import { brusselsMoment } from '../citizen/format.ts';
import type { PageContext } from '../page-context.ts';
import { Layout } from '../views/layout.tsx';
import { messageSubject } from './texts.ts';

interface MessagesPageProps {
  ctx: PageContext;
  messages: BoxMessage[];
  csrf: string;
  /** The box narrowed to one case's messages. */
  forCase?: { caseId: string; reference: string } | undefined;
}

/** The message box: newest first; an unread message opens through a POST that marks it. */
export function MessagesPage({ ctx, messages, csrf, forCase }: MessagesPageProps) {
  const { t } = ctx;
  const title = forCase ? t('messages.forCase', { reference: forCase.reference })
    : t('messages.title');
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {forCase ? (
        <p><a href={`/cases/${forCase.caseId}`}>
          {t('messages.toCase', { reference: forCase.reference })}</a>
          {' – '}<a href="/messages">{t('messages.all')}</a></p>
      ) : null}
      {messages.length === 0 ? <p>{t(forCase ? 'messages.caseEmpty' : 'messages.empty')}</p> : (
        <>
          <p>{t('messages.lead')}</p>
          <ul class="messages">
            {messages.map((m) => <MessageItem ctx={ctx} message={m} csrf={csrf} />)}
          </ul>
        </>
      )}
      <p><a href="/preferences">{t('preferences.link')}</a></p>
    </Layout>
  );
}

function MessageItem({ ctx, message, csrf }: { ctx: PageContext; message: BoxMessage;
  csrf: string }) {
  const { t } = ctx;
  const unread = message.readAt === null;
  return (
    <li class={unread ? 'message unread' : 'message'}>
      {unread ? <OpenForm ctx={ctx} message={message} csrf={csrf} /> : (
        <a href={`/messages/${message.id}`}>{messageSubject(ctx, message.template)}</a>
      )}
      <p>{t('messages.received', { date: brusselsMoment(ctx.lang, message.createdAt) })}
        {' – '}<a href={`/cases/${message.caseId}`}>
          {t('messages.case', { reference: message.reference })}</a></p>
    </li>
  );
}

/** Opening an unread message is a state change: a small form, so it carries the token. */
function OpenForm({ ctx, message, csrf }: { ctx: PageContext; message: BoxMessage;
  csrf: string }) {
  return (
    <form method="post" action={`/messages/${message.id}/read`}>
      <input type="hidden" name="_csrf" value={csrf} />
      <strong class="badge" aria-hidden="true">{ctx.t('messages.unread')}</strong>{' '}
      <button type="submit" class="link-button">
        <span class="visually-hidden">{ctx.t('messages.unreadHidden')} </span>
        {messageSubject(ctx, message.template)}
      </button>
    </form>
  );
}

interface MessagePageProps {
  ctx: PageContext;
  message: BoxMessage;
  paragraphs: string[];
  csrf: string;
}

/** One message, with its case; still unread (reached by its address) offers to mark it. */
export function MessagePage({ ctx, message, paragraphs, csrf }: MessagePageProps) {
  const { t } = ctx;
  const subject = messageSubject(ctx, message.template);
  return (
    <Layout ctx={ctx} title={subject}>
      <h1>{subject}</h1>
      <p>{t('messages.received', { date: brusselsMoment(ctx.lang, message.createdAt) })}</p>
      {paragraphs.map((text) => <p>{text}</p>)}
      <p><a href={`/cases/${message.caseId}`}>
        {t('messages.toCase', { reference: message.reference })}</a></p>
      {message.readAt === null ? (
        <form method="post" action={`/messages/${message.id}/read`}>
          <input type="hidden" name="_csrf" value={csrf} />
          <button type="submit">{t('messages.markRead')}</button>
        </form>
      ) : null}
      <p><a href="/messages">{t('messages.back')}</a></p>
    </Layout>
  );
}
