import { t, type Lang } from '../i18n/index.ts';

/** The short e-mail and SMS that say there is news, for the notifications issue. */
export interface NewsNotice {
  subject: string;
  /** Plain-text e-mail body. */
  text: string;
  sms: string;
}

/**
 * There is news, and where to read it: no name, no reference, no step of the case. The
 * details stay behind the sign-in, in the portal message box.
 */
export function newsNotice(lang: Lang, link: string): NewsNotice {
  return {
    subject: t(lang, 'mail.subject'),
    text: t(lang, 'mail.body', { link }),
    sms: t(lang, 'mail.sms', { link }),
  };
}
