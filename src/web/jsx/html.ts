/**
 * Markup that is already safe to send: the only thing the JSX runtime inserts without
 * escaping. Every plain string that reaches a template is escaped; nothing else makes Html
 * except the runtime itself and `trustedJson` (for JSON inside a data block).
 */
export class Html {
  readonly #markup: string;
  constructor(markup: string, key: symbol) {
    if (key !== runtimeKey) throw new TypeError('Html is made by the JSX runtime only.');
    this.#markup = markup;
  }
  toString(): string {
    return this.#markup;
  }
}

const runtimeKey = Symbol('jsx-runtime');

/** For the runtime only: wraps markup it has built from escaped parts. */
export function markup(text: string): Html {
  return new Html(text, runtimeKey);
}

const entities: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
};

/** Escapes text for an element's content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => entities[char] ?? char);
}

/**
 * JSON for a `<script type="application/ld+json">` data block: `<`, `>` and `&` become
 * \u escapes, so no value can close the element; the JSON means the same.
 */
export function trustedJson(value: unknown): Html {
  const json = JSON.stringify(value)
    .replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
  return markup(json);
}
