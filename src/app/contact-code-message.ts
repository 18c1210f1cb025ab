import type { OutgoingMail, OutgoingSms } from '../notifications/channels.ts';

export type ContactLanguage = 'nl' | 'fr' | 'de' | 'en';

interface CodeTexts {
  subject: string;
  /** The e-mail's paragraphs; {code} and {minutes} are filled in. */
  mail: string[];
  sms: string;
}

// Short and discreet: who sends it, the code, how long it is valid, and that someone who did
// not ask can ignore it. Nothing about a case: another person may read the mailbox.
const texts: Record<ContactLanguage, CodeTexts> = {
  nl: {
    subject: 'Uw bevestigingscode',
    mail: [
      'Goedendag,',
      'Dit bericht komt van de dienst Burgerzaken van uw gemeente. Uw code is: {code}',
      'Vul de code in op de website om uw adres te bevestigen. De code is {minutes} minuten '
        + 'geldig.',
      'Hebt u dit niet gevraagd? Dan mag u dit bericht negeren. Er verandert dan niets.',
      'Antwoord niet op deze e-mail.',
    ],
    sms: 'Burgerzaken van uw gemeente: uw code is {code}. Hij is {minutes} minuten geldig. '
      + 'Niet gevraagd? Negeer dit bericht.',
  },
  fr: {
    subject: 'Votre code de confirmation',
    mail: [
      'Bonjour,',
      'Ce message vient du service Population de votre commune. Votre code est : {code}',
      'Saisissez ce code sur le site pour confirmer votre adresse. Il est valable '
        + '{minutes} minutes.',
      'Vous ne l’avez pas demandé ? Vous pouvez ignorer ce message. Rien ne change alors.',
      'Ne répondez pas à cet e-mail.',
    ],
    sms: 'Service Population de votre commune : votre code est {code}. Il est valable '
      + '{minutes} minutes. Pas demandé ? Ignorez ce message.',
  },
  de: {
    subject: 'Ihr Bestätigungscode',
    mail: [
      'Guten Tag,',
      'Diese Nachricht kommt vom Bürgerdienst Ihrer Gemeinde. Ihr Code lautet: {code}',
      'Geben Sie den Code auf der Website ein, um Ihre Adresse zu bestätigen. Er ist '
        + '{minutes} Minuten gültig.',
      'Haben Sie das nicht angefordert? Dann können Sie diese Nachricht ignorieren. Es ändert '
        + 'sich dann nichts.',
      'Bitte antworten Sie nicht auf diese E-Mail.',
    ],
    sms: 'Bürgerdienst Ihrer Gemeinde: Ihr Code ist {code}. Er ist {minutes} Minuten gültig. '
      + 'Nicht angefordert? Ignorieren Sie diese Nachricht.',
  },
  en: {
    subject: 'Your confirmation code',
    mail: [
      'Hello,',
      'This message comes from the civil affairs service of your municipality. Your code '
        + 'is: {code}',
      'Enter the code on the website to confirm your address. It is valid for {minutes} '
        + 'minutes.',
      'Did you not ask for this? Then you can ignore this message. Nothing will change.',
      'Please do not reply to this e-mail.',
    ],
    sms: 'Civil affairs of your municipality: your code is {code}. It is valid for {minutes} '
      + 'minutes. Did not ask for it? Ignore this message.',
  },
};

function fill(text: string, code: string, minutes: number): string {
  return text.replace('{code}', code).replace('{minutes}', String(minutes));
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export interface CodeMessageInput {
  to: string;
  code: string;
  minutes: number;
  language: ContactLanguage;
  /** Unique per send (the code is new each time), so it is never taken for a repeat. */
  id: string;
  /** The domain of the Message-ID, e.g. the service's host name. */
  mailDomain: string;
}

/** The e-mail that carries a confirmation code, in plain text and HTML. */
export function codeMail(input: CodeMessageInput): OutgoingMail {
  const { subject, mail } = texts[input.language];
  const paragraphs = mail.map((text) => fill(text, input.code, input.minutes));
  return {
    to: input.to, subject, language: input.language,
    text: `${paragraphs.join('\n\n')}\n`,
    html: `<!doctype html><html lang="${input.language}"><body>`
      + paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('') + '</body></html>',
    messageId: `<contact-code-${input.id}@${input.mailDomain}>`,
  };
}

/** The SMS that carries a confirmation code. */
export function codeSms(input: Omit<CodeMessageInput, 'mailDomain'>): OutgoingSms {
  return {
    to: input.to, text: fill(texts[input.language].sms, input.code, input.minutes),
    reference: `contact-code-${input.id}`,
  };
}
