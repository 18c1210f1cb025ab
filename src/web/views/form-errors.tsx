import type { Child } from '../jsx/types.ts';
import type { PageContext } from '../page-context.ts';

/** One problem with one field: the message links to the field's id. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * The error summary at the top of an invalid form: announced (role="alert"), with a link to
 * each field. Renders nothing when there is no error.
 */
export function ErrorSummary({ ctx, errors }: { ctx: PageContext; errors: FieldError[] }) {
  if (errors.length === 0) return <></>;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
      <h2 id="error-summary-title">{ctx.t('error.summary')}</h2>
      <ul>
        {errors.map((e) => <li><a href={`#${e.field}`}>{e.message}</a></li>)}
      </ul>
    </div>
  );
}

interface FieldProps {
  ctx: PageContext;
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** The control itself; give it `id`, and `aria-describedby={describedBy(...)}`. */
  children?: Child;
}

/** The field pattern: label, optional hint, the error message above the control. */
export function Field({ ctx, id, label, hint, error, children }: FieldProps) {
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <label for={id}>{label}</label>
      {hint ? <p class="hint" id={`${id}-hint`}>{hint}</p> : null}
      {error ? (
        <p class="error-message" id={`${id}-error`}>
          <span class="visually-hidden">{ctx.t('error.fieldPrefix')} </span>{error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

/** The ids a control's `aria-describedby` lists: its hint and its error, when present. */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
