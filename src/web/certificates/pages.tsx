import type { Verified } from '../../app/certificates.ts';
import type { CertificateStatement } from '../../db/schema.ts';
import type { CertificateKind } from '../../process/index.ts';
import { brusselsDay } from '../citizen/format.ts';
import type { MessageKey } from '../i18n/index.ts';
import type { PageContext } from '../page-context.ts';
import { ErrorSummary } from '../views/form-errors.tsx';
import { Layout } from '../views/layout.tsx';

export interface CopySummary {
  id: string;
  kind: CertificateKind;
  verification_code: string;
  issued_at: Date;
  superseded_at: Date | null;
}

function kindKey(kind: CertificateKind): MessageKey {
  return `certificates.kind.${kind}`;
}

/** The citizen's own certificates on the case page, each with its verification code. */
export function CertificateList({ ctx, caseId, copies }: {
  ctx: PageContext; caseId: string; copies: CopySummary[];
}) {
  const { t } = ctx;
  if (copies.length === 0) return <></>;
  return (
    <>
      <h2>{t('certificates.heading')}</h2>
      <ul class="documents">
        {copies.map((c) => (
          <li>
            <a href={`/cases/${caseId}/certificates/${c.id}`}>{t(kindKey(c.kind))}</a>
            {' '}{t('certificates.code', { code: c.verification_code,
              date: brusselsDay(ctx.lang, c.issued_at) })}
            {c.superseded_at ? <> {t('certificates.superseded')}</> : null}
          </li>
        ))}
      </ul>
      <p><a href="/verify">{t('verify.link')}</a></p>
    </>
  );
}

export type VerifyOutcome =
  | { kind: 'form' }
  | { kind: 'invalid'; code: string }
  | { kind: 'unknown'; code: string }
  | { kind: 'found'; code: string; verified: Verified }
  | { kind: 'badFile'; problem: 'missing' | 'notPdf' | 'tooLarge' }
  | { kind: 'unknownFile' };

/**
 * The public verification page: a code, and what the certificate with that code states, or
 * that no certificate has it. Nothing else about the case or the people is shown.
 */
export function VerifyPage({ ctx, outcome }: { ctx: PageContext; outcome: VerifyOutcome }) {
  const { t } = ctx;
  const code = 'code' in outcome ? outcome.code : '';
  const errors = outcome.kind === 'invalid'
    ? [{ field: 'code', message: t('verify.invalid') }] : [];
  const fileError = outcome.kind === 'badFile' ? t(`verify.file.${outcome.problem}`) : null;
  const summary = fileError ? [...errors, { field: 'pdf', message: fileError }] : errors;
  return (
    <Layout ctx={ctx} title={t('verify.title')}>
      {summary.length > 0 ? <ErrorSummary ctx={ctx} errors={summary} /> : null}
      <h1>{t('verify.title')}</h1>
      <p class="lead">{t('verify.intro')}</p>
      {outcome.kind === 'found' ? <Result ctx={ctx} verified={outcome.verified} /> : null}
      {outcome.kind === 'unknown' ? (
        <div class="notice" role="status"><h2>{t('verify.unknown.title')}</h2>
          <p>{t('verify.unknown.body')}</p></div>
      ) : null}
      {outcome.kind === 'unknownFile' ? (
        <div class="notice" role="status"><h2>{t('verify.unknownFile.title')}</h2>
          <p>{t('verify.unknownFile.body')}</p></div>
      ) : null}
      <form method="get" action="/verify" novalidate>
        <div class={`field${errors.length > 0 ? ' field-error' : ''}`}>
          <label for="code">{t('verify.code.label')}</label>
          <p class="hint" id="code-hint">{t('verify.code.hint')}</p>
          {errors.length > 0 ? <p class="error-message" id="code-error">{errors[0]?.message}</p> : null}
          <input id="code" name="code" type="text" value={code} autocomplete="off"
            spellcheck="false" aria-describedby={errors.length > 0 ? 'code-hint code-error' : 'code-hint'}
            aria-invalid={errors.length > 0 ? 'true' : undefined} />
        </div>
        <button type="submit">{t('verify.submit')}</button>
      </form>
      <h2>{t('verify.file.heading')}</h2>
      <form method="post" action="/verify" enctype="multipart/form-data" novalidate>
        <div class={`field${fileError ? ' field-error' : ''}`}>
          <label for="pdf">{t('verify.file.label')}</label>
          <p class="hint" id="pdf-hint">{t('verify.file.hint')}</p>
          {fileError ? <p class="error-message" id="pdf-error">{fileError}</p> : null}
          <input id="pdf" name="pdf" type="file" accept="application/pdf"
            aria-describedby={fileError ? 'pdf-hint pdf-error' : 'pdf-hint'}
            aria-invalid={fileError ? 'true' : undefined} />
        </div>
        <button type="submit">{t('verify.file.submit')}</button>
      </form>
    </Layout>
  );
}

function Result({ ctx, verified }: { ctx: PageContext; verified: Verified }) {
  const { t } = ctx;
  return (
    <div class="notice" role="status">
      <h2>{verified.current ? t('verify.genuine.current') : t('verify.genuine.superseded')}</h2>
      <p>{t('verify.issued', { kind: t(kindKey(verified.kind)),
        date: brusselsDay(ctx.lang, verified.issuedAt) })}</p>
      <h3 lang={verified.language}>{verified.statement.title}</h3>
      <dl class="summary" lang={verified.language}>
        {verified.statement.lines.map((line) => (
          <><dt>{line.label}</dt><dd>{line.value}</dd></>
        ))}
      </dl>
    </div>
  );
}

export interface HouseholdView {
  statement: CertificateStatement;
  /** The partners still share the address: the household changes only with a move. */
  sharedAddress: boolean;
  addressChangeUrl: string | null;
}

/** The reader's household as the register holds it after the termination. */
export function HouseholdSection({ ctx, household }: { ctx: PageContext; household: HouseholdView }) {
  const { t } = ctx;
  const lines = household.statement.lines.filter((line, i) => i > 0
    && i < household.statement.lines.length - 1);
  return (
    <section aria-labelledby="household-heading">
      <h2 id="household-heading">{t('household.heading')}</h2>
      <dl class="summary">
        {lines.map((line) => <><dt>{line.label}</dt><dd>{line.value}</dd></>)}
      </dl>
      {household.sharedAddress ? (
        <div class="notice">
          <p>{t('household.shared')}</p>
          {household.addressChangeUrl
            ? <p><a href={household.addressChangeUrl}>{t('household.move')}</a></p>
            : <p>{t('household.moveAsk')}</p>}
        </div>
      ) : null}
    </section>
  );
}
