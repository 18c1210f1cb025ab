import type { MessageKey } from '../i18n/index.ts';
import type { PageContext } from '../page-context.ts';
import { Layout } from './layout.tsx';

export type ErrorKind = 'notFound' | 'badRequest' | 'server';

interface ErrorPageProps {
  ctx: PageContext;
  kind: ErrorKind;
  /** Shown only outside production: the error's message and stack. */
  details?: string;
}

const texts: Record<ErrorKind, { title: MessageKey; body: MessageKey }> = {
  notFound: { title: 'error.notFound.title', body: 'error.notFound.body' },
  badRequest: { title: 'error.badRequest.title', body: 'error.badRequest.body' },
  server: { title: 'error.server.title', body: 'error.server.body' },
};

export function ErrorPage({ ctx, kind, details }: ErrorPageProps) {
  const title = ctx.t(texts[kind].title);
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p>{ctx.t(texts[kind].body)}</p>
      <p><a href={`/?lang=${ctx.lang}`}>{ctx.t('error.home')}</a></p>
      {details ? (
        <section class="error-details" aria-labelledby="error-details-title">
          <h2 id="error-details-title">{ctx.t('error.details')}</h2>
          <pre>{details}</pre>
        </section>
      ) : null}
    </Layout>
  );
}
