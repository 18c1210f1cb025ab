import { actionTemplates, type OfficeTemplate } from './templates.ts';
import { de } from './texts/de.ts';
import { en } from './texts/en.ts';
import { fr } from './texts/fr.ts';
import { nl, type NotificationTexts } from './texts/nl.ts';

export type Language = 'nl' | 'fr' | 'de' | 'en';

const texts: Record<Language, NotificationTexts> = { nl, fr, de, en };

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

function escape(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A plain, accessible HTML mail: language set, no images, no remote content, one link. */
function htmlMail(lang: Language, subject: string, paragraphs: string[], link: {
  href: string; label: string;
}, after: string[]): string {
  const p = (text: string) => `<p style="margin:0 0 16px">${escape(text)}</p>`;
  return '<!doctype html>\n'
    + `<html lang="${lang}"><head><meta charset="utf-8">`
    + '<meta name="viewport" content="width=device-width, initial-scale=1">'
    + `<title>${escape(subject)}</title></head>`
    + '<body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#0b0c0c">'
    + paragraphs.map(p).join('')
    + `<p style="margin:0 0 16px"><a href="${escape(link.href)}" style="color:#1d4f91">`
    + `${escape(link.label)}</a></p>`
    + after.map(p).join('')
    + '</body></html>\n';
}

export type CitizenValues = {
  reference: string;
  municipality: string;
  /** The message box in the portal. */
  link: string;
  /** The page where the citizen chooses channels. */
  preferencesLink: string;
};

/**
 * The e-mail to a partner about a portal message: that there is news (and whether something
 * is asked), where to read it, who sends it. Never the news itself.
 */
export function citizenMail(lang: Language, template: string, v: CitizenValues): RenderedMail {
  const c = texts[lang].citizen;
  const action = actionTemplates.has(template);
  const values = { ...v, link: v.preferencesLink };
  const subject = fill(action ? c.subjectAction : c.subjectNews, v);
  const lines = [c.greeting, fill(c.news, v), ...(action ? [c.action] : [])];
  const after = [c.signIn, fill(c.sender, v), fill(c.preferences, values)];
  const text = [...lines, `${c.read}: ${v.link}`, ...after].join('\n\n') + '\n';
  return { subject, text, html: htmlMail(lang, subject, lines, { href: v.link, label: c.read }, after) };
}

/** The SMS: one short line with the link. */
export function citizenSms(lang: Language, template: string, v: CitizenValues): string {
  const c = texts[lang].citizen;
  return fill(actionTemplates.has(template) ? c.smsAction : c.sms, v);
}

export type OfficeValues = {
  reference: string;
  /** The case in the office or the bailiff's area. */
  link: string;
};

/** A notice to civil affairs or a bailiff: the case's reference, what happened, a link. */
export function officeMail(lang: Language, template: OfficeTemplate, v: OfficeValues): RenderedMail {
  const o = texts[lang].office;
  const title = o.titles[template];
  const subject = fill(o.subject, { reference: v.reference, title });
  const lines = [fill(o.intro, v), title];
  const text = [...lines, `${o.open}: ${v.link}`, o.footer].join('\n\n') + '\n';
  return { subject, text, html: htmlMail(lang, subject, lines, { href: v.link, label: o.open }, [o.footer]) };
}
