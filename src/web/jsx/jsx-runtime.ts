// A small JSX runtime that renders to a string and escapes by default: text and attribute
// values are escaped; only Html made by this runtime goes in as it is. TypeScript's
// `react-jsx` transform calls `jsx`/`jsxs` (tsconfig: jsxImportSource "#jsx", mapped in
// package.json "imports").
import { escapeHtml, Html, markup } from './html.ts';
import type { Attributes, Child, IntrinsicTags } from './types.ts';

export { Html } from './html.ts';

/** Elements that have no content and no end tag. */
const voidElements = new Set(['meta', 'link', 'br', 'hr', 'img', 'input']);

type Props = Attributes & { children?: Child };
type Component = (props: Props) => Html;

export function jsx(type: string | Component, props: Props): Html {
  if (typeof type === 'function') return type(props);
  const { children, ...attributes } = props;
  const open = `<${type}${renderAttributes(attributes)}>`;
  if (voidElements.has(type)) return markup(open);
  return markup(`${open}${renderChild(children)}</${type}>`);
}

export const jsxs = jsx;

export function Fragment(props: { children?: Child }): Html {
  return markup(renderChild(props.children));
}

function renderChild(child: Child): string {
  if (child === null || child === undefined || typeof child === 'boolean') return '';
  if (child instanceof Html) return child.toString();
  if (Array.isArray(child)) return child.map(renderChild).join('');
  return escapeHtml(String(child));
}

function renderAttributes(attributes: Attributes): string {
  return Object.entries(attributes).map(([name, value]) => {
    if (value === undefined || value === null || value === false) return '';
    if (value === true) return ` ${name}`;
    return ` ${name}="${escapeHtml(String(value))}"`;
  }).join('');
}

// eslint-disable-next-line @typescript-eslint/no-namespace
export namespace JSX {
  export type Element = Html;
  export type IntrinsicElements = IntrinsicTags;
  export interface ElementChildrenAttribute {
    children: unknown;
  }
}
