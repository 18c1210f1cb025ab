import type { Html } from './html.ts';

/** What may stand between tags: text and numbers are escaped, Html is inserted. */
export type Child = Html | string | number | boolean | null | undefined | Child[];

type Value = string | number | boolean | null | undefined;

/** The attributes our pages use; a misspelt attribute is a type error. */
export interface Attributes {
  id?: Value;
  class?: Value;
  lang?: Value;
  dir?: Value;
  title?: Value;
  hidden?: boolean;
  role?: Value;
  tabindex?: Value;
  href?: Value;
  hreflang?: Value;
  rel?: Value;
  type?: Value;
  name?: Value;
  value?: Value;
  content?: Value;
  charset?: Value;
  media?: Value;
  src?: Value;
  alt?: Value;
  width?: Value;
  height?: Value;
  for?: Value;
  method?: Value;
  action?: Value;
  autocomplete?: Value;
  inputmode?: Value;
  spellcheck?: Value;
  maxlength?: Value;
  /** On a form: the server checks it and answers with an error summary instead. */
  novalidate?: boolean;
  /** A form with a file upload: multipart/form-data. */
  enctype?: Value;
  /** A file input's accepted types. */
  accept?: Value;
  /** An iframe's sandbox: an empty string allows nothing. */
  sandbox?: Value;
  rows?: Value;
  required?: boolean;
  disabled?: boolean;
  checked?: boolean;
  selected?: boolean;
  scope?: Value;
  datetime?: Value;
  'aria-label'?: Value;
  'aria-labelledby'?: Value;
  'aria-describedby'?: Value;
  'aria-invalid'?: Value;
  'aria-current'?: Value;
  'aria-sort'?: Value;
  'aria-live'?: Value;
  'aria-hidden'?: Value;
}

type Tag =
  | 'html' | 'head' | 'body' | 'title' | 'meta' | 'link' | 'script'
  | 'header' | 'nav' | 'main' | 'footer' | 'section' | 'article' | 'aside' | 'div' | 'span'
  | 'h1' | 'h2' | 'h3' | 'h4' | 'p' | 'a' | 'strong' | 'em' | 'small' | 'br' | 'hr' | 'abbr'
  | 'ul' | 'ol' | 'li' | 'dl' | 'dt' | 'dd'
  | 'table' | 'caption' | 'thead' | 'tbody' | 'tr' | 'th' | 'td'
  | 'form' | 'fieldset' | 'legend' | 'label' | 'input' | 'textarea' | 'select' | 'option'
  | 'button' | 'img' | 'time' | 'pre' | 'code' | 'details' | 'summary' | 'iframe';

export type IntrinsicTags = {
  [T in Tag]: Attributes & { children?: Child };
};
