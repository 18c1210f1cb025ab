import { defaultLang, isLang, type Lang } from './index.ts';

export interface LanguageHints {
  query: unknown;
  cookie: string | undefined;
  acceptLanguage: string | undefined;
}

/** The language of a request: `?lang=`, then the `lang` cookie, then Accept-Language, then nl. */
export function chooseLanguage(hints: LanguageHints): Lang {
  if (isLang(hints.query)) return hints.query;
  if (isLang(hints.cookie)) return hints.cookie;
  return fromAcceptLanguage(hints.acceptLanguage) ?? defaultLang;
}

/** The best supported language of an Accept-Language header (q-values honoured). */
export function fromAcceptLanguage(header: string | undefined): Lang | undefined {
  if (!header) return undefined;
  const ranked = header.split(',').map((part, index) => {
    const [range = '', ...options] = part.trim().split(';');
    const q = options.map((o) => o.trim()).find((o) => o.startsWith('q='));
    return { base: range.trim().toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) : 1, index };
  }).filter((entry) => entry.q > 0).sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map((entry) => entry.base).find(isLang);
}

/** One cookie's value from a Cookie header. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const pair of (header ?? '').split(';')) {
    const [key, ...rest] = pair.trim().split('=');
    if (key === name) return safeDecode(rest.join('='));
  }
  return undefined;
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
