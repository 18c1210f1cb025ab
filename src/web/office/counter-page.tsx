import type { CaseStatus } from '../../process/index.ts';
import type { MessageKey } from '../i18n/index.ts';
import { markup } from '../jsx/html.ts';
import type { PageContext } from '../page-context.ts';
import { brusselsMoment } from '../citizen/format.ts';
import { euro } from '../product/offer.ts';
import { describedBy, ErrorSummary, Field, type FieldError } from '../views/form-errors.tsx';
import { Layout } from '../views/layout.tsx';

export interface IdentityValues {
  nationalNumber: string;
  cardNumber: string;
  photoCompared: boolean;
}

export const emptyIdentity: IdentityValues = { nationalNumber: '', cardNumber: '', photoCompared: false };

const k = (key: string) => `office.counter.${key}` as MessageKey;

/** The counter's first page: check the citizen's identity on the eID, then start. */
export function CounterStartPage({ ctx, csrf, values, errors, done }: {
  ctx: PageContext; csrf: string; values: IdentityValues; errors: FieldError[];
  done?: string;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('office.counter.start.title')}>
      <ErrorSummary ctx={ctx} errors={errors} />
      {done ? <p class="notice" role="status">{done}</p> : null}
      <h1>{t('office.counter.start.title')}</h1>
      <p class="lead">{t('office.counter.start.intro')}</p>
      <IdentityForm ctx={ctx} csrf={csrf} action="/office/counter/identity" values={values}
        errors={errors} heading={t('office.counter.identity.heading')} />
    </Layout>
  );
}

function IdentityForm({ ctx, csrf, action, values, errors, heading }: {
  ctx: PageContext; csrf: string; action: string; values: IdentityValues;
  errors: FieldError[]; heading: string;
}) {
  const { t } = ctx;
  const error = (field: string) => errors.find((e) => e.field === field)?.message;
  const nnHint = t('office.counter.identity.nationalNumber.hint');
  const cardHint = t('office.counter.identity.cardNumber.hint');
  return (
    <form method="post" action={action}>
      <input type="hidden" name="_csrf" value={csrf} />
      <fieldset>
        <legend>{heading}</legend>
        <Field ctx={ctx} id="nationalNumber" label={t('office.counter.identity.nationalNumber')}
          hint={nnHint} error={error('nationalNumber')}>
          <input type="text" id="nationalNumber" name="nationalNumber" inputmode="numeric"
            autocomplete="off" value={values.nationalNumber}
            aria-describedby={describedBy('nationalNumber', nnHint, error('nationalNumber'))} />
        </Field>
        <Field ctx={ctx} id="cardNumber" label={t('office.counter.identity.cardNumber')}
          hint={cardHint} error={error('cardNumber')}>
          <input type="text" id="cardNumber" name="cardNumber" autocomplete="off"
            value={values.cardNumber}
            aria-describedby={describedBy('cardNumber', cardHint, error('cardNumber'))} />
        </Field>
        <div class={error('photoCompared') ? 'field field-error' : 'field'}>
          {error('photoCompared') ? (
            <p class="error-message" id="photoCompared-error">{error('photoCompared')}</p>
          ) : null}
          <div class="checkbox">
            <input type="checkbox" id="photoCompared" name="photoCompared" value="yes"
              checked={values.photoCompared}
              aria-describedby={error('photoCompared') ? 'photoCompared-error' : undefined} />
            <label for="photoCompared">{t('office.counter.identity.photo')}</label>
          </div>
        </div>
        <p class="hint">{t('office.counter.identity.privacy')}</p>
      </fieldset>
      <button type="submit">{t('office.counter.identity.submit')}</button>
    </form>
  );
}

/** A short notice of the counter (nothing can start), with the way back. */
export function CounterNoticePage({ ctx, title, body, link }: {
  ctx: PageContext; title: string; body: string; link?: { href: string; label: string };
}) {
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p>{body}</p>
      <p><a href={link?.href ?? '/office/counter'}>{link?.label ?? ctx.t('office.counter.notice.back')}</a></p>
    </Layout>
  );
}

export interface PathOption {
  municipality: string;
}

/** Together or alone, as the citizen would choose online; the municipality of each. */
export function CounterChoicePage({ ctx, csrf, checkId, partnerName, joint, unilateral,
  errors }: {
  ctx: PageContext; csrf: string; checkId: string; partnerName: string; joint: PathOption;
  unilateral: PathOption; errors: FieldError[];
}) {
  const { t } = ctx;
  const error = errors[0]?.message;
  return (
    <Layout ctx={ctx} title={t('office.counter.choice.title')}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1>{t('office.counter.choice.title')}</h1>
      <p>{t('office.counter.choice.partner', { name: partnerName })}</p>
      <form method="post" action={`/office/counter/checks/${checkId}/start`}>
        <input type="hidden" name="_csrf" value={csrf} />
        <div class={error ? 'field field-error' : 'field'}>
          <fieldset id="path" aria-describedby={error ? 'path-error' : undefined}>
            <legend>{t('office.counter.choice.legend')}</legend>
            {error ? <p class="error-message" id="path-error">{error}</p> : null}
            <div class="radio">
              <input type="radio" id="path-joint" name="path" value="joint" />
              <label for="path-joint">{t('office.counter.choice.joint',
                { municipality: joint.municipality })}</label>
            </div>
            <div class="radio">
              <input type="radio" id="path-unilateral" name="path" value="unilateral" />
              <label for="path-unilateral">{t('office.counter.choice.unilateral',
                { municipality: unilateral.municipality })}</label>
            </div>
          </fieldset>
        </div>
        <button type="submit">{t('office.counter.choice.submit')}</button>
      </form>
    </Layout>
  );
}

export interface CheckedPerson {
  checkId: string;
  nationalNumber: string;
  role: 'declarant' | 'partner';
  staffName: string;
  /** True when this person has something to sign now. */
  canSign: boolean;
}

export interface ActRow {
  at: Date;
  act: string;
  staffName: string;
  person: string;
  detail: string | null;
}

export interface CounterCaseModel {
  caseId: string;
  reference: string;
  status: CaseStatus;
  version: number;
  checked: CheckedPerson[];
  acts: ActRow[];
  /** The amount asked, when the case waits for a payment. */
  amountCents: number | null;
  awaitingVisit: boolean;
  maxScanMb: number;
}

/** The counter's page of one case: who was checked, signing, paper, payment, the acts. */
export function CounterCasePage({ ctx, csrf, model, errors, done, identity }: {
  ctx: PageContext; csrf: string; model: CounterCaseModel; errors: FieldError[];
  done?: string; identity: IdentityValues;
}) {
  const { t } = ctx;
  const title = t('office.counter.case.title', { reference: model.reference });
  const base = `/office/counter/cases/${model.caseId}`;
  return (
    <Layout ctx={ctx} title={title}>
      <ErrorSummary ctx={ctx} errors={errors} />
      {done ? <p class="notice" role="status">{done}</p> : null}
      <h1>{title}</h1>
      <p>{t('office.counter.case.status',
        { status: t(`case.status.${model.status}` as MessageKey) })}</p>
      <p><a href={`/office/cases/${model.caseId}`}>{t('office.counter.case.casePage')}</a></p>
      <h2>{t('office.counter.case.checks.heading')}</h2>
      {model.checked.length === 0 ? <p>{t('office.counter.case.checks.none')}</p> : (
        <ul>
          {model.checked.map((p) => <li>{personLabel(ctx, p)}</li>)}
        </ul>
      )}
      <IdentityForm ctx={ctx} csrf={csrf} action={`${base}/identity`} values={identity}
        errors={errors} heading={t('office.counter.case.checks.add')} />
      <Signing ctx={ctx} csrf={csrf} base={base} model={model} errors={errors} />
      {model.awaitingVisit ? (
        <PaperForm ctx={ctx} csrf={csrf} base={base} model={model} errors={errors} />
      ) : null}
      {model.amountCents !== null ? (
        <PaymentForm ctx={ctx} csrf={csrf} base={base} model={model} errors={errors} />
      ) : null}
      <Acts ctx={ctx} acts={model.acts} />
    </Layout>
  );
}

function personLabel(ctx: PageContext, p: CheckedPerson): string {
  return ctx.t('office.counter.person.option', { name: p.nationalNumber,
    role: ctx.t(k(`role.${p.role}`)), staff: p.staffName });
}

function PersonSelect({ ctx, id, people, error }: {
  ctx: PageContext; id: string; people: CheckedPerson[]; error?: string;
}) {
  return (
    <Field ctx={ctx} id={id} label={ctx.t('office.counter.person.label')} error={error}>
      <select id={id} name="checkId" aria-describedby={describedBy(id, undefined, error)}>
        {people.map((p) => <option value={p.checkId}>{personLabel(ctx, p)}</option>)}
      </select>
    </Field>
  );
}

function fieldError(errors: FieldError[], field: string) {
  return errors.find((e) => e.field === field)?.message;
}

function Signing({ ctx, csrf, base, model, errors }: {
  ctx: PageContext; csrf: string; base: string; model: CounterCaseModel; errors: FieldError[];
}) {
  const { t } = ctx;
  const signers = model.checked.filter((p) => p.canSign);
  return (
    <section aria-labelledby="signing-heading">
      <h2 id="signing-heading">{t('office.counter.handover.heading')}</h2>
      <p>{t('office.counter.handover.intro')}</p>
      {signers.length === 0 ? <p>{t('office.counter.handover.nothing')}</p> : (
        <form method="post" action={`${base}/handover`}>
          <input type="hidden" name="_csrf" value={csrf} />
          <PersonSelect ctx={ctx} id="handover-person" people={signers}
            error={fieldError(errors, 'handover-person')} />
          <button type="submit">{t('office.counter.handover.submit')}</button>
        </form>
      )}
    </section>
  );
}

function PaperForm({ ctx, csrf, base, model, errors }: {
  ctx: PageContext; csrf: string; base: string; model: CounterCaseModel; errors: FieldError[];
}) {
  const { t } = ctx;
  const hint = t('office.counter.paper.scan.hint', { size: String(model.maxScanMb) });
  const scanError = fieldError(errors, 'scan');
  return (
    <section aria-labelledby="paper-heading">
      <h2 id="paper-heading">{t('office.counter.paper.heading')}</h2>
      <p>{t('office.counter.paper.intro')}</p>
      <form method="post" action={`${base}/declaration`} enctype="multipart/form-data">
        <input type="hidden" name="_csrf" value={csrf} />
        <input type="hidden" name="version" value={String(model.version)} />
        <PersonSelect ctx={ctx} id="paper-person" people={model.checked}
          error={fieldError(errors, 'paper-person')} />
        <Field ctx={ctx} id="scan" label={t('office.counter.paper.scan')} hint={hint}
          error={scanError}>
          <input type="file" id="scan" name="scan" accept="application/pdf,.pdf"
            aria-describedby={describedBy('scan', hint, scanError)} />
        </Field>
        <div class="checkbox">
          <input type="checkbox" id="byProxy" name="byProxy" value="yes" />
          <label for="byProxy">{t('office.counter.paper.proxy')}</label>
        </div>
        <button type="submit">{t('office.counter.paper.submit')}</button>
      </form>
    </section>
  );
}

function PaymentForm({ ctx, csrf, base, model, errors }: {
  ctx: PageContext; csrf: string; base: string; model: CounterCaseModel; errors: FieldError[];
}) {
  const { t } = ctx;
  const amount = model.amountCents ?? 0;
  const methodError = fieldError(errors, 'method');
  const ticketError = fieldError(errors, 'ticket');
  return (
    <section aria-labelledby="payment-heading">
      <h2 id="payment-heading">{t('office.counter.payment.heading')}</h2>
      <p>{t('office.counter.payment.amount', { amount: euro(ctx.lang, amount) })}</p>
      <form method="post" action={`${base}/payment`}>
        <input type="hidden" name="_csrf" value={csrf} />
        <input type="hidden" name="amountCents" value={String(amount)} />
        <PersonSelect ctx={ctx} id="payment-person" people={model.checked}
          error={fieldError(errors, 'payment-person')} />
        <div class={methodError ? 'field field-error' : 'field'}>
          <fieldset id="method" aria-describedby={methodError ? 'method-error' : undefined}>
            <legend>{t('office.counter.payment.method')}</legend>
            {methodError ? <p class="error-message" id="method-error">{methodError}</p> : null}
            {(['card', 'cash'] as const).map((m) => (
              <div class="radio">
                <input type="radio" id={`method-${m}`} name="method" value={m} />
                <label for={`method-${m}`}>{t(k(`payment.method.${m}`))}</label>
              </div>
            ))}
          </fieldset>
        </div>
        <Field ctx={ctx} id="ticket" label={t('office.counter.payment.ticket')}
          error={ticketError}>
          <input type="text" id="ticket" name="ticket" autocomplete="off"
            aria-describedby={describedBy('ticket', undefined, ticketError)} />
        </Field>
        <button type="submit">{t('office.counter.payment.submit')}</button>
      </form>
    </section>
  );
}

function Acts({ ctx, acts }: { ctx: PageContext; acts: ActRow[] }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="acts-heading">
      <h2 id="acts-heading">{t('office.counter.acts.heading')}</h2>
      {acts.length === 0 ? <p>{t('office.counter.acts.none')}</p> : (
        <table class="counter-acts">
          <caption>{t('office.counter.acts.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('office.counter.acts.col.at')}</th>
              <th scope="col">{t('office.counter.acts.col.act')}</th>
              <th scope="col">{t('office.counter.acts.col.staff')}</th>
              <th scope="col">{t('office.counter.acts.col.person')}</th>
              <th scope="col">{t('office.counter.acts.col.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {acts.map((a) => (
              <tr>
                <th scope="row">{brusselsMoment(ctx.lang, a.at)}</th>
                <td>{t(k(`act.${a.act}`))}</td>
                <td>{a.staffName}</td>
                <td>{a.person}</td>
                <td>{actDetail(ctx, a)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** What an act recorded, in words: the step to sign, the scan's hash, the payment. */
function actDetail(ctx: PageContext, a: ActRow): string {
  const { t } = ctx;
  const detail = a.detail ?? '';
  if (a.act === 'handover_issued' && ['declaration', 'answer', 'choice'].includes(detail)) {
    return t(k(`step.${detail}`));
  }
  const scan = /^sha256:([0-9a-f]{64})( proxy)?$/.exec(detail);
  if (scan) {
    const hash = `SHA-256 ${(scan[1] as string).slice(0, 16)}…`;
    return scan[2] ? `${hash}, ${t('office.counter.paper.proxyShort')}` : hash;
  }
  const paid = /^(card|cash) (\d+) ticket:(.+)$/.exec(detail);
  if (paid) {
    return `${t(k(`payment.method.${paid[1] as string}`))}, ${euro(ctx.lang, Number(paid[2]))}, `
      + `${t('office.counter.payment.ticket')} ${paid[3] as string}`;
  }
  return detail === '' ? '–' : detail;
}

/** The hand-over link, shown once: the address, its QR code, how to use it at the counter. */
export function HandoverIssuedPage({ ctx, caseId, url, qrSvg, expiresAt, role }: {
  ctx: PageContext; caseId: string; url: string; qrSvg: string; expiresAt: Date;
  role: 'declarant' | 'partner';
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('office.counter.handover.title')}>
      <h1>{t('office.counter.handover.title')}</h1>
      <p class="notice" role="status">{t('office.counter.handover.once')}</p>
      <p>{t('office.counter.handover.expires', { name: t(k(`role.${role}`)),
        time: brusselsMoment(ctx.lang, expiresAt) })}</p>
      <h2>{t('office.counter.handover.heading')}</h2>
      <p>{t('office.counter.handover.phone')}</p>
      <div class="handover-qr" role="img" aria-label={t('office.counter.handover.qr')}>
        {markup(qrSvg)}
      </div>
      <p><a href={url} id="handover-link">{url}</a></p>
      <p>{t('office.counter.handover.device')}</p>
      <p><a href={`/office/counter/cases/${caseId}`}>{t('office.counter.handover.back')}</a></p>
    </Layout>
  );
}
