import type { OfficeTemplate } from '../templates.ts';

/**
 * The words of e-mails and SMS in Dutch (the source language; the others follow its keys).
 * They say only that there is news, and where to read it: details stay behind the login, so
 * that nothing about the case or the other partner is in a mailbox or on a phone.
 */
export const nl = {
  citizen: {
    subjectNews: 'Nieuws over uw aanvraag {reference}',
    subjectAction: 'Uw aanvraag {reference}: er wordt iets van u gevraagd',
    greeting: 'Goedendag,',
    news: 'Er staat een nieuw bericht over uw aanvraag {reference} in uw berichtenbox.',
    action: 'In het bericht leest u wat u moet doen en tegen wanneer.',
    read: 'Lees het bericht',
    signIn: 'Meld u aan met uw eID of itsme om het bericht te lezen.',
    sender: 'Dit bericht komt van {municipality} en is automatisch verstuurd. U kunt er niet op antwoorden.',
    preferences: 'Hoe u berichten krijgt, kiest u zelf in het portaal: {link}',
    sms: '{municipality}: nieuw bericht over uw aanvraag {reference}. Lees het op {link}',
    smsAction: '{municipality}: uw aanvraag {reference} vraagt iets van u. Lees het op {link}',
  },
  office: {
    subject: '{reference}: {title}',
    intro: 'Aanvraag {reference} (beëindiging van een wettelijke samenwoning):',
    open: 'Open de aanvraag',
    footer: 'Automatisch bericht van de dienst voor de beëindiging van de wettelijke samenwoning.',
    titles: {
      registration_review_needed: 'klaar voor nazicht vóór registratie',
      service_attempt_failed: 'betekening niet gelukt',
      service_deadline_passed: 'betekeningstermijn verstreken',
      case_lapsed_marriage: 'vervallen door een huwelijk',
      case_lapsed_death: 'vervallen door een overlijden',
      unilateral_declaration_received: 'eenzijdige verklaring ontvangen (andere gemeente)',
      termination_registered: 'beëindiging geregistreerd (andere gemeente)',
      follow_up_refusal: 'de partner weigert: opvolging nodig',
      follow_up_partner_silence: 'de partner antwoordt niet: opvolging nodig',
      follow_up_unpaid: 'het voorschot is niet betaald: opvolging nodig',
      follow_up_bailiff_late: 'de gerechtsdeurwaarder is te laat: opvolging nodig',
      follow_up_registration_late: 'de registratie is te laat: opvolging nodig',
      follow_up_register_failure: 'het Rijksregister weigert: opvolging nodig',
      follow_up_citizen_unreachable: 'een burger is niet bereikbaar: opvolging nodig',
      follow_up_other: 'opvolging nodig',
      bailiff_assignment: 'nieuwe opdracht tot betekening',
      bailiff_assignment_withdrawn: 'opdracht ingetrokken',
      bailiff_assignment_cancelled: 'opdracht geannuleerd',
    } satisfies Record<OfficeTemplate, string>,
  },
};

export type NotificationTexts = typeof nl;
