import { de } from './de.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { nl, type MessageKey, type Messages } from './nl.ts';

export type { MessageKey, Messages } from './nl.ts';

export const languages = ['nl', 'fr', 'de', 'en'] as const;
export type Lang = (typeof languages)[number];
export const defaultLang: Lang = 'nl';

/** Each language's name in that language, for the language switch. */
export const languageNames: Record<Lang, string> = {
  nl: 'Nederlands', fr: 'Français', de: 'Deutsch', en: 'English',
};

export const messages: Record<Lang, Messages> = { nl, fr, de, en };

export type Params = Record<string, string | number>;

/**
 * The text of `key` in `lang`, with each `{name}` replaced by `params[name]`. The result is
 * plain text: templates escape it like any other string.
 */
export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  return messages[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole);
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** A translator bound to one language, handed to the views. */
export type Translate = (key: MessageKey, params?: Params) => string;

export function translator(lang: Lang): Translate {
  return (key, params) => t(lang, key, params);
}
