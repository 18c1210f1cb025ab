// Payment of the deposit: the case page's payment block, the return page, the payment steps
// of the timeline, and the embedded provider's hosted page (a simulation), in four
// languages. Spread into the message files (nl.ts is the source of the keys).

export const paymentsNl = {
  'case.pay.heading': 'Het voorschot betalen',
  'case.pay.intro': 'Het voorschot betaalt de kosten van de gerechtsdeurwaarder. Na de '
    + 'betaling geeft de gemeente u een ontvangstbewijs en bezorgt een gerechtsdeurwaarder '
    + 'de verklaring binnen 8 dagen aan uw partner.',
  'case.pay.amount': 'Bedrag',
  'case.pay.reference': 'Gestructureerde mededeling',
  'case.pay.due': 'Betaal uiterlijk op',
  'case.pay.button': 'Betalen',
  'case.pay.again': 'Opnieuw betalen',
  'case.pay.failed': 'De vorige betaling is niet gelukt. Er is geen geld van uw rekening '
    + 'gegaan. U kunt opnieuw betalen.',
  'case.pay.expired': 'De vorige betaling is verlopen. Er is geen geld van uw rekening '
    + 'gegaan. U kunt opnieuw betalen.',
  'case.pay.counter': 'U kunt ook aan het loket van uw gemeente betalen.',
  'case.pay.balance.heading': 'Het saldo van de kosten van de gerechtsdeurwaarder betalen',
  'case.pay.balance.intro': 'De factuur van de gerechtsdeurwaarder is hoger dan het voorschot '
    + 'dat u betaalde. De gemeente vraagt u het verschil te betalen.',
  'case.pay.balance.failed': 'De vorige betaling van het saldo is niet gelukt. Er is geen geld '
    + 'van uw rekening gegaan. U hebt een nieuw betaalverzoek gekregen.',
  'case.pay.balance.cancelled': 'U hebt de vorige betaling van het saldo stopgezet. U hebt een '
    + 'nieuw betaalverzoek gekregen.',
  'case.pay.balance.expired': 'De vorige betaling van het saldo is verlopen. U hebt een nieuw '
    + 'betaalverzoek gekregen.',
  'case.event.paymentFailed': 'De betaling is niet gelukt. U kunt opnieuw betalen.',
  'case.event.paymentCancelled': 'U hebt de betaling stopgezet. U kunt opnieuw betalen.',
  'case.event.paymentExpired': 'De betaling is verlopen. U kunt opnieuw betalen.',
  'case.event.refunded': 'Het voorschot van {amount} is teruggestort.',
  'case.event.invoiceSettled': 'De factuur van de gerechtsdeurwaarder ({invoice}) is verrekend '
    + 'met uw voorschot ({deposit}).',
  'case.event.settlementRefunded': 'Het verschil van {amount} is aan u teruggestort.',
  'case.event.settlementPaid': 'Betaling van het saldo ontvangen: {amount}.',
  'payment.return.title.paid': 'Uw betaling is gelukt',
  'payment.return.body.paid': 'Wij hebben {amount} ontvangen. U krijgt een ontvangstbewijs '
    + 'en een gerechtsdeurwaarder bezorgt de verklaring aan uw partner.',
  'payment.return.title.open': 'Uw betaling wordt nog verwerkt',
  'payment.return.body.open': 'Uw bank heeft de betaling nog niet bevestigd. Dat duurt '
    + 'meestal enkele minuten. U krijgt een bericht zodra de betaling binnen is.',
  'payment.return.title.failed': 'De betaling is niet gelukt',
  'payment.return.body.failed': 'Er is geen geld van uw rekening gegaan. U kunt opnieuw '
    + 'betalen, ook met een andere betaalwijze.',
  'payment.return.title.cancelled': 'U hebt de betaling stopgezet',
  'payment.return.body.cancelled': 'Er is geen geld van uw rekening gegaan. U kunt opnieuw '
    + 'betalen wanneer u wilt.',
  'payment.return.title.expired': 'De betaling is verlopen',
  'payment.return.body.expired': 'Er is geen geld van uw rekening gegaan. U kunt opnieuw betalen.',
  'payment.return.title.refunded': 'U krijgt uw geld terug',
  'payment.return.body.refunded': 'Uw aanvraag wachtte niet meer op een betaling. Wij storten '
    + 'het bedrag terug op uw rekening. De gemeente kijkt uw aanvraag na.',
  'payment.return.back': 'Terug naar uw aanvraag',
  'pay.title': 'Betaalpagina',
  'pay.simulation': 'Simulatie: hier wordt geen echt geld betaald. Deze pagina speelt de '
    + 'betaaldienst na om de dienst te testen.',
  'pay.provider': 'Testbetaaldienst',
  'pay.amount': 'Bedrag',
  'pay.description': 'Omschrijving',
  'pay.reference': 'Mededeling',
  'pay.expires': 'Geldig tot',
  'pay.method.legend': 'Hoe betaalt u?',
  'pay.method.bancontact': 'Bancontact',
  'pay.method.payconiq': 'Payconiq',
  'pay.method.card': 'Kredietkaart',
  'pay.outcome.legend': 'Wat moet de betaaldienst doen? (test)',
  'pay.outcome.paid': 'Betalen',
  'pay.outcome.failed': 'De betaling laten mislukken',
  'pay.outcome.canceled': 'Stoppen en teruggaan',
  'pay.outcome.expired': 'De betaling laten verlopen',
  'pay.error.method': 'Kies hoe u betaalt.',
  'pay.closed.title': 'Deze betaling is afgesloten',
  'pay.closed.body': 'U kunt hier niet meer betalen.',
  'pay.closed.back': 'Terug naar de dienst',
} as const satisfies Record<string, string>;

type PaymentTexts = Record<keyof typeof paymentsNl, string>;

export const paymentsFr: PaymentTexts = {
  'case.pay.heading': 'Payer la provision',
  'case.pay.intro': 'La provision paie les frais de l\'huissier de justice. Après le '
    + 'paiement, la commune vous donne un accusé de réception et un huissier de justice '
    + 'signifie la déclaration à votre partenaire dans les 8 jours.',
  'case.pay.amount': 'Montant',
  'case.pay.reference': 'Communication structurée',
  'case.pay.due': 'Payez au plus tard le',
  'case.pay.button': 'Payer',
  'case.pay.again': 'Payer à nouveau',
  'case.pay.failed': 'Le paiement précédent n\'a pas abouti. Aucun argent n\'a quitté votre '
    + 'compte. Vous pouvez payer à nouveau.',
  'case.pay.expired': 'Le paiement précédent a expiré. Aucun argent n\'a quitté votre '
    + 'compte. Vous pouvez payer à nouveau.',
  'case.pay.counter': 'Vous pouvez aussi payer au guichet de votre commune.',
  'case.pay.balance.heading': 'Payer le solde des frais de l\'huissier de justice',
  'case.pay.balance.intro': 'La facture de l\'huissier de justice dépasse la provision que '
    + 'vous avez payée. La commune vous demande de payer la différence.',
  'case.pay.balance.failed': 'Le paiement précédent du solde n\'a pas abouti. Aucun argent '
    + 'n\'a quitté votre compte. Vous avez reçu une nouvelle demande de paiement.',
  'case.pay.balance.cancelled': 'Vous avez interrompu le paiement précédent du solde. Vous avez '
    + 'reçu une nouvelle demande de paiement.',
  'case.pay.balance.expired': 'Le paiement précédent du solde a expiré. Vous avez reçu une '
    + 'nouvelle demande de paiement.',
  'case.event.paymentFailed': 'Le paiement n\'a pas abouti. Vous pouvez payer à nouveau.',
  'case.event.paymentCancelled': 'Vous avez arrêté le paiement. Vous pouvez payer à nouveau.',
  'case.event.paymentExpired': 'Le paiement a expiré. Vous pouvez payer à nouveau.',
  'case.event.refunded': 'La provision de {amount} a été remboursée.',
  'case.event.invoiceSettled': 'La facture de l\'huissier de justice ({invoice}) a été imputée '
    + 'sur votre provision ({deposit}).',
  'case.event.settlementRefunded': 'La différence de {amount} vous a été remboursée.',
  'case.event.settlementPaid': 'Paiement du solde reçu : {amount}.',
  'payment.return.title.paid': 'Votre paiement a réussi',
  'payment.return.body.paid': 'Nous avons reçu {amount}. Vous recevez un accusé de réception '
    + 'et un huissier de justice signifie la déclaration à votre partenaire.',
  'payment.return.title.open': 'Votre paiement est en cours de traitement',
  'payment.return.body.open': 'Votre banque n\'a pas encore confirmé le paiement. Cela prend '
    + 'en général quelques minutes. Vous recevez un message dès que le paiement est arrivé.',
  'payment.return.title.failed': 'Le paiement n\'a pas abouti',
  'payment.return.body.failed': 'Aucun argent n\'a quitté votre compte. Vous pouvez payer à '
    + 'nouveau, aussi avec un autre moyen de paiement.',
  'payment.return.title.cancelled': 'Vous avez arrêté le paiement',
  'payment.return.body.cancelled': 'Aucun argent n\'a quitté votre compte. Vous pouvez payer '
    + 'à nouveau quand vous le souhaitez.',
  'payment.return.title.expired': 'Le paiement a expiré',
  'payment.return.body.expired': 'Aucun argent n\'a quitté votre compte. Vous pouvez payer à '
    + 'nouveau.',
  'payment.return.title.refunded': 'Vous êtes remboursé',
  'payment.return.body.refunded': 'Votre demande n\'attendait plus de paiement. Nous '
    + 'remboursons le montant sur votre compte. La commune examine votre demande.',
  'payment.return.back': 'Retour à votre demande',
  'pay.title': 'Page de paiement',
  'pay.simulation': 'Simulation : aucun argent réel n\'est payé ici. Cette page imite le '
    + 'service de paiement pour tester le service.',
  'pay.provider': 'Service de paiement de test',
  'pay.amount': 'Montant',
  'pay.description': 'Description',
  'pay.reference': 'Communication',
  'pay.expires': 'Valable jusqu\'au',
  'pay.method.legend': 'Comment payez-vous ?',
  'pay.method.bancontact': 'Bancontact',
  'pay.method.payconiq': 'Payconiq',
  'pay.method.card': 'Carte de crédit',
  'pay.outcome.legend': 'Que doit faire le service de paiement ? (test)',
  'pay.outcome.paid': 'Payer',
  'pay.outcome.failed': 'Faire échouer le paiement',
  'pay.outcome.canceled': 'Arrêter et revenir',
  'pay.outcome.expired': 'Laisser expirer le paiement',
  'pay.error.method': 'Choisissez comment vous payez.',
  'pay.closed.title': 'Ce paiement est clôturé',
  'pay.closed.body': 'Vous ne pouvez plus payer ici.',
  'pay.closed.back': 'Retour au service',
};

export const paymentsDe: PaymentTexts = {
  'case.pay.heading': 'Den Vorschuss bezahlen',
  'case.pay.intro': 'Der Vorschuss bezahlt die Kosten des Gerichtsvollziehers. Nach der '
    + 'Zahlung erhalten Sie von der Gemeinde eine Empfangsbestätigung, und ein '
    + 'Gerichtsvollzieher stellt Ihrem Partner die Erklärung innerhalb von 8 Tagen zu.',
  'case.pay.amount': 'Betrag',
  'case.pay.reference': 'Strukturierte Mitteilung',
  'case.pay.due': 'Zahlen Sie spätestens am',
  'case.pay.button': 'Bezahlen',
  'case.pay.again': 'Erneut bezahlen',
  'case.pay.failed': 'Die letzte Zahlung ist nicht gelungen. Es wurde kein Geld von Ihrem '
    + 'Konto abgebucht. Sie können erneut bezahlen.',
  'case.pay.expired': 'Die letzte Zahlung ist abgelaufen. Es wurde kein Geld von Ihrem Konto '
    + 'abgebucht. Sie können erneut bezahlen.',
  'case.pay.counter': 'Sie können auch am Schalter Ihrer Gemeinde bezahlen.',
  'case.pay.balance.heading': 'Den Restbetrag der Gerichtsvollzieherkosten bezahlen',
  'case.pay.balance.intro': 'Die Rechnung des Gerichtsvollziehers ist höher als der Vorschuss, '
    + 'den Sie gezahlt haben. Die Gemeinde bittet Sie, die Differenz zu zahlen.',
  'case.pay.balance.failed': 'Die vorige Zahlung des Restbetrags ist fehlgeschlagen. Es wurde '
    + 'kein Geld abgebucht. Sie haben eine neue Zahlungsaufforderung erhalten.',
  'case.pay.balance.cancelled': 'Sie haben die vorige Zahlung des Restbetrags abgebrochen. Sie '
    + 'haben eine neue Zahlungsaufforderung erhalten.',
  'case.pay.balance.expired': 'Die vorige Zahlung des Restbetrags ist abgelaufen. Sie haben eine '
    + 'neue Zahlungsaufforderung erhalten.',
  'case.event.paymentFailed': 'Die Zahlung ist nicht gelungen. Sie können erneut bezahlen.',
  'case.event.paymentCancelled': 'Sie haben die Zahlung abgebrochen. Sie können erneut bezahlen.',
  'case.event.paymentExpired': 'Die Zahlung ist abgelaufen. Sie können erneut bezahlen.',
  'case.event.refunded': 'Der Vorschuss von {amount} wurde zurückgezahlt.',
  'case.event.invoiceSettled': 'Die Rechnung des Gerichtsvollziehers ({invoice}) wurde mit Ihrem '
    + 'Vorschuss ({deposit}) verrechnet.',
  'case.event.settlementRefunded': 'Die Differenz von {amount} wurde Ihnen zurückgezahlt.',
  'case.event.settlementPaid': 'Zahlung des Restbetrags erhalten: {amount}.',
  'payment.return.title.paid': 'Ihre Zahlung ist gelungen',
  'payment.return.body.paid': 'Wir haben {amount} erhalten. Sie erhalten eine '
    + 'Empfangsbestätigung, und ein Gerichtsvollzieher stellt Ihrem Partner die Erklärung zu.',
  'payment.return.title.open': 'Ihre Zahlung wird noch bearbeitet',
  'payment.return.body.open': 'Ihre Bank hat die Zahlung noch nicht bestätigt. Das dauert '
    + 'meist einige Minuten. Sie erhalten eine Nachricht, sobald die Zahlung eingegangen ist.',
  'payment.return.title.failed': 'Die Zahlung ist nicht gelungen',
  'payment.return.body.failed': 'Es wurde kein Geld von Ihrem Konto abgebucht. Sie können '
    + 'erneut bezahlen, auch mit einer anderen Zahlungsart.',
  'payment.return.title.cancelled': 'Sie haben die Zahlung abgebrochen',
  'payment.return.body.cancelled': 'Es wurde kein Geld von Ihrem Konto abgebucht. Sie können '
    + 'erneut bezahlen, wann Sie möchten.',
  'payment.return.title.expired': 'Die Zahlung ist abgelaufen',
  'payment.return.body.expired': 'Es wurde kein Geld von Ihrem Konto abgebucht. Sie können '
    + 'erneut bezahlen.',
  'payment.return.title.refunded': 'Sie erhalten Ihr Geld zurück',
  'payment.return.body.refunded': 'Ihr Antrag wartete nicht mehr auf eine Zahlung. Wir '
    + 'überweisen den Betrag auf Ihr Konto zurück. Die Gemeinde prüft Ihren Antrag.',
  'payment.return.back': 'Zurück zu Ihrem Antrag',
  'pay.title': 'Zahlungsseite',
  'pay.simulation': 'Simulation: Hier wird kein echtes Geld gezahlt. Diese Seite spielt den '
    + 'Zahlungsdienst nach, um den Dienst zu testen.',
  'pay.provider': 'Test-Zahlungsdienst',
  'pay.amount': 'Betrag',
  'pay.description': 'Beschreibung',
  'pay.reference': 'Mitteilung',
  'pay.expires': 'Gültig bis',
  'pay.method.legend': 'Wie bezahlen Sie?',
  'pay.method.bancontact': 'Bancontact',
  'pay.method.payconiq': 'Payconiq',
  'pay.method.card': 'Kreditkarte',
  'pay.outcome.legend': 'Was soll der Zahlungsdienst tun? (Test)',
  'pay.outcome.paid': 'Bezahlen',
  'pay.outcome.failed': 'Die Zahlung scheitern lassen',
  'pay.outcome.canceled': 'Abbrechen und zurückgehen',
  'pay.outcome.expired': 'Die Zahlung ablaufen lassen',
  'pay.error.method': 'Wählen Sie, wie Sie bezahlen.',
  'pay.closed.title': 'Diese Zahlung ist abgeschlossen',
  'pay.closed.body': 'Sie können hier nicht mehr bezahlen.',
  'pay.closed.back': 'Zurück zum Dienst',
};

export const paymentsEn: PaymentTexts = {
  'case.pay.heading': 'Pay the deposit',
  'case.pay.intro': 'The deposit pays for the bailiff. After the payment the municipality '
    + 'gives you a receipt, and a bailiff serves the declaration on your partner within 8 days.',
  'case.pay.amount': 'Amount',
  'case.pay.reference': 'Structured reference',
  'case.pay.due': 'Pay by',
  'case.pay.button': 'Pay',
  'case.pay.again': 'Pay again',
  'case.pay.failed': 'The last payment did not go through. No money left your account. You '
    + 'can pay again.',
  'case.pay.expired': 'The last payment expired. No money left your account. You can pay again.',
  'case.pay.counter': 'You can also pay at the counter of your municipality.',
  'case.pay.balance.heading': 'Pay the rest of the bailiff\'s costs',
  'case.pay.balance.intro': 'The bailiff\'s invoice is higher than the deposit you paid. The '
    + 'municipality asks you to pay the difference.',
  'case.pay.balance.failed': 'The previous payment of the balance did not go through. No money '
    + 'left your account. You have a new payment request.',
  'case.pay.balance.cancelled': 'You stopped the previous payment of the balance. You have a new '
    + 'payment request.',
  'case.pay.balance.expired': 'The previous payment of the balance expired. You have a new '
    + 'payment request.',
  'case.event.paymentFailed': 'The payment did not go through. You can pay again.',
  'case.event.paymentCancelled': 'You stopped the payment. You can pay again.',
  'case.event.paymentExpired': 'The payment expired. You can pay again.',
  'case.event.refunded': 'The deposit of {amount} was paid back.',
  'case.event.invoiceSettled': 'The bailiff\'s invoice ({invoice}) was set against your deposit '
    + '({deposit}).',
  'case.event.settlementRefunded': 'The difference of {amount} was paid back to you.',
  'case.event.settlementPaid': 'Payment of the balance received: {amount}.',
  'payment.return.title.paid': 'Your payment went through',
  'payment.return.body.paid': 'We received {amount}. You will get a receipt, and a bailiff '
    + 'serves the declaration on your partner.',
  'payment.return.title.open': 'Your payment is still being processed',
  'payment.return.body.open': 'Your bank has not confirmed the payment yet. This usually takes '
    + 'a few minutes. You will get a message as soon as the payment is in.',
  'payment.return.title.failed': 'The payment did not go through',
  'payment.return.body.failed': 'No money left your account. You can pay again, also with '
    + 'another payment method.',
  'payment.return.title.cancelled': 'You stopped the payment',
  'payment.return.body.cancelled': 'No money left your account. You can pay again whenever '
    + 'you like.',
  'payment.return.title.expired': 'The payment expired',
  'payment.return.body.expired': 'No money left your account. You can pay again.',
  'payment.return.title.refunded': 'You will get your money back',
  'payment.return.body.refunded': 'Your application was no longer waiting for a payment. We '
    + 'pay the amount back into your account. The municipality will look at your application.',
  'payment.return.back': 'Back to your application',
  'pay.title': 'Payment page',
  'pay.simulation': 'Simulation: no real money is paid here. This page plays the payment '
    + 'service so that the service can be tested.',
  'pay.provider': 'Test payment service',
  'pay.amount': 'Amount',
  'pay.description': 'Description',
  'pay.reference': 'Reference',
  'pay.expires': 'Valid until',
  'pay.method.legend': 'How do you pay?',
  'pay.method.bancontact': 'Bancontact',
  'pay.method.payconiq': 'Payconiq',
  'pay.method.card': 'Credit card',
  'pay.outcome.legend': 'What should the payment service do? (test)',
  'pay.outcome.paid': 'Pay',
  'pay.outcome.failed': 'Make the payment fail',
  'pay.outcome.canceled': 'Stop and go back',
  'pay.outcome.expired': 'Let the payment expire',
  'pay.error.method': 'Choose how you pay.',
  'pay.closed.title': 'This payment is closed',
  'pay.closed.body': 'You can no longer pay here.',
  'pay.closed.back': 'Back to the service',
};
