/**
 * Minimal HTML pages for sign-in until the portal's layout takes over: valid, in Dutch and
 * English, no script, every field labelled.
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function page(title: string, body: string): string {
  return '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
    + '<meta name="viewport" content="width=device-width, initial-scale=1">'
    + `<title>${escapeHtml(title)}</title></head>`
    + `<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>\n`;
}

/** An error summary that links to the field it is about. */
export function errorSummary(message: string, fieldId: string): string {
  return '<div role="alert" aria-labelledby="error-summary-title">'
    + '<h2 id="error-summary-title">There is a problem</h2>'
    + `<ul><li><a href="#${fieldId}">${escapeHtml(message)}</a></li></ul></div>`;
}
