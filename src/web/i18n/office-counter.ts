// The office's counter section, in four languages (nl is the source of the keys).

export const officeCounterNl = {
  'office.counter.title': 'Loket',
  'office.counter.forbidden.title': 'Alleen voor loketmedewerkers',
  'office.counter.forbidden.body':
    'Deze pagina is er voor medewerkers met de rol loket. Vraag uw beheerder om die rol als u ze nodig hebt.',
  'office.counter.start.title': 'Een zaak starten aan het loket',
  'office.counter.start.intro':
    'Controleer eerst de identiteit van de burger op de eID: vergelijk de foto met de persoon aan het loket en neem het kaartnummer over.',
  'office.counter.identity.heading': 'Identiteitscontrole',
  'office.counter.identity.nationalNumber': 'Rijksregisternummer van de burger',
  'office.counter.identity.nationalNumber.hint': '11 cijfers, zoals op de eID',
  'office.counter.identity.cardNumber': 'Kaartnummer van de eID',
  'office.counter.identity.cardNumber.hint':
    '12 cijfers (000-0000000-00), of een letter en 10 cijfers voor een verblijfskaart',
  'office.counter.identity.photo':
    'Ik heb de foto op de eID vergeleken met de persoon aan het loket',
  'office.counter.identity.submit': 'Identiteit vastleggen',
  'office.counter.identity.privacy':
    'We bewaren alleen het rijksregisternummer, het kaartnummer en dat de foto vergeleken is.',
  'office.counter.error.national_number_invalid':
    'Vul een geldig rijksregisternummer in (11 cijfers).',
  'office.counter.error.card_number_invalid':
    'Vul een geldig kaartnummer in: de controlecijfers kloppen niet of het formaat is onbekend.',
  'office.counter.error.photo_not_compared':
    'Vergelijk de foto met de persoon aan het loket en vink dat aan.',
  'office.counter.error.person_not_in_case':
    'Deze persoon is geen partner in deze zaak, of heeft nu niets te ondertekenen.',
  'office.counter.error.path_missing': 'Kies samen of alleen.',
  'office.counter.error.path_elsewhere':
    'Voor deze keuze is een andere gemeente bevoegd. De burger kan online starten of aan het loket van die gemeente.',
  'office.counter.error.check_unknown':
    'Kies de persoon van wie u de identiteit gecontroleerd hebt.',
  'office.counter.error.method_missing': 'Kies hoe er betaald is: kaart of contant.',
  'office.counter.error.ticket_invalid':
    'Vul het nummer van het betaalbewijs in (letters, cijfers, hoogstens 40 tekens).',
  'office.counter.error.amount_mismatch': 'Het bedrag is niet het gevraagde bedrag.',
  'office.counter.error.not_payable': 'Deze zaak wacht niet (meer) op een betaling.',
  'office.counter.error.not_awaiting_visit': 'Deze zaak wacht niet op een bezoek aan het loket.',
  'office.counter.error.deed_missing': 'Kies de scan van de verklaring (PDF).',
  'office.counter.error.deed_too_large': 'De scan is te groot: hoogstens {size} MB.',
  'office.counter.error.deed_not_pdf': 'De scan is geen leesbare PDF.',
  'office.counter.error.stale':
    'De zaak is intussen veranderd. Bekijk ze opnieuw en probeer nog eens.',
  'office.counter.notice.no_cohabitation':
    'Deze persoon is niet wettelijk samenwonend volgens het Rijksregister.',
  'office.counter.notice.cohabitation_ended':
    'De wettelijke samenwoning van deze persoon is al beëindigd.',
  'office.counter.notice.municipality_not_served':
    'De bevoegde gemeente biedt deze dienst niet aan.',
  'office.counter.notice.elsewhere':
    'Er loopt al een zaak voor deze samenwoning, bij een andere gemeente. De burger kan ze online volgen.',
  'office.counter.notice.back': 'Terug naar het loket',
  'office.counter.choice.title': 'Samen of alleen',
  'office.counter.choice.partner': 'Partner volgens het Rijksregister: {name}.',
  'office.counter.choice.legend': 'Hoe wil de burger de samenwoning beëindigen?',
  'office.counter.choice.joint':
    'Samen met de partner (gemeenschappelijke verklaring) — {municipality}',
  'office.counter.choice.unilateral':
    'Alleen (eenzijdige verklaring, betekend door een gerechtsdeurwaarder) — {municipality}',
  'office.counter.choice.submit': 'Zaak starten',
  'office.counter.case.title': 'Loket: zaak {reference}',
  'office.counter.case.status': 'Stand van zaken: {status}.',
  'office.counter.case.casePage': 'Volledige zaak bekijken',
  'office.counter.case.checks.heading': 'Gecontroleerde personen',
  'office.counter.case.checks.none': 'Nog niemand gecontroleerd voor deze zaak.',
  'office.counter.case.checks.add': 'Identiteit van een partner controleren',
  'office.counter.role.declarant': 'aanvrager',
  'office.counter.role.partner': 'partner',
  'office.counter.person.label': 'Wie staat aan het loket?',
  'office.counter.person.option': '{name} ({role}), gecontroleerd door {staff}',
  'office.counter.handover.heading': 'Ondertekenen',
  'office.counter.handover.intro':
    'De burger ondertekent zelf, met de overheidsaanmelding: op de eigen smartphone via een eenmalige link, of op het toestel van het loket.',
  'office.counter.handover.nothing':
    'Niemand van de gecontroleerde personen heeft nu iets te ondertekenen.',
  'office.counter.handover.submit': 'Link om te ondertekenen maken',
  'office.counter.handover.title': 'Link om te ondertekenen',
  'office.counter.handover.phone':
    'Op de eigen smartphone: laat de burger de QR-code scannen, of geef de link.',
  'office.counter.handover.qr': 'QR-code van de link om te ondertekenen',
  'office.counter.handover.device':
    'Op het toestel van het loket: open de link in een nieuw privévenster. De burger meldt zich daar aan met de eID in de kaartlezer van het loket en ondertekent; sluit het venster daarna.',
  'office.counter.handover.expires': 'De link werkt één keer, alleen voor {name}, tot {time}.',
  'office.counter.handover.once': 'Deze link wordt maar één keer getoond.',
  'office.counter.handover.back': 'Terug naar de zaak',
  'office.counter.paper.heading': 'Papieren verklaring afgeven',
  'office.counter.paper.intro':
    'De gemeente werkt met een bezoek aan het loket: de ondertekende verklaring wordt hier afgegeven. Scan het papier dat de burger afgeeft en leg het bezoek vast.',
  'office.counter.paper.scan': 'Scan van de verklaring (PDF)',
  'office.counter.paper.scan.hint': 'Een PDF van hoogstens {size} MB.',
  'office.counter.paper.proxy': 'Afgegeven door een bijzondere volmachthouder',
  'office.counter.paper.submit': 'Bezoek vastleggen',
  'office.counter.payment.heading': 'Betaling aan het loket',
  'office.counter.payment.amount': 'Te betalen: {amount}.',
  'office.counter.payment.method': 'Betaald met',
  'office.counter.payment.method.card': 'bankkaart (betaalterminal)',
  'office.counter.payment.method.cash': 'contant',
  'office.counter.payment.ticket': 'Nummer van het betaalbewijs',
  'office.counter.payment.submit': 'Betaling vastleggen',
  'office.counter.acts.heading': 'Handelingen aan het loket',
  'office.counter.acts.caption': 'Wie wat deed aan het loket, voor wie',
  'office.counter.acts.none': 'Nog geen handelingen aan het loket.',
  'office.counter.acts.col.at': 'Wanneer',
  'office.counter.acts.col.act': 'Handeling',
  'office.counter.acts.col.staff': 'Medewerker',
  'office.counter.acts.col.person': 'Burger',
  'office.counter.acts.col.detail': 'Gegevens',
  'office.counter.act.identity_checked': 'identiteit gecontroleerd',
  'office.counter.act.case_started': 'zaak gestart',
  'office.counter.act.handover_issued': 'link om te ondertekenen gegeven',
  'office.counter.act.counter_visit_recorded': 'papieren verklaring afgegeven',
  'office.counter.act.payment_recorded': 'betaling vastgelegd',
  'office.counter.done.started': 'De zaak is gestart.',
  'office.counter.done.visit': 'Het bezoek is vastgelegd.',
  'office.counter.done.payment': 'De betaling is vastgelegd.',
  'office.counter.done.identity': 'De identiteit is vastgelegd.',
  'office.counter.link.title': 'Ondertekenen via het loket',
  'office.counter.link.unknown':
    'Deze link bestaat niet. Controleer het adres of vraag aan het loket een nieuwe link.',
  'office.counter.link.used':
    'Deze link is al gebruikt. Een link werkt maar één keer: vraag aan het loket een nieuwe link. Uw zaak vindt u ook bij Mijn zaken.',
  'office.counter.link.expired':
    'Deze link is verlopen: hij werkt maar 30 minuten. Vraag aan het loket een nieuwe link.',
  'office.counter.link.wrongPerson':
    'Deze link is voor iemand anders. U bent aangemeld als een andere persoon dan de persoon die aan het loket geïdentificeerd werd. Meld u af als u niet de juiste persoon bent.',
  'office.counter.link.staff':
    'Deze link is voor de burger. Open hem in een nieuw privévenster, zodat de burger zich daar met de eID kan aanmelden; uw eigen aanmelding blijft dan behouden.',
  'office.counter.link.notNow': 'Er is in deze zaak nu niets voor u te ondertekenen.',
  'office.counter.link.cases': 'Naar mijn zaken',
  'office.counter.step.declaration': 'de verklaring ondertekenen',
  'office.counter.step.answer': 'het antwoord van de partner',
  'office.counter.step.choice': 'alleen verdergaan',
  'office.counter.paper.proxyShort': 'door een volmachthouder',
};

export const officeCounterFr: Record<keyof typeof officeCounterNl, string> = {
  'office.counter.title': 'Guichet',
  'office.counter.forbidden.title': 'Réservé au personnel du guichet',
  'office.counter.forbidden.body':
    'Cette page est réservée au personnel ayant le rôle guichet. Demandez ce rôle à votre administrateur si vous en avez besoin.',
  'office.counter.start.title': 'Ouvrir un dossier au guichet',
  'office.counter.start.intro':
    'Vérifiez d\'abord l\'identité du citoyen sur sa carte eID : comparez la photo avec la personne au guichet et recopiez le numéro de carte.',
  'office.counter.identity.heading': 'Contrôle d\'identité',
  'office.counter.identity.nationalNumber': 'Numéro de registre national du citoyen',
  'office.counter.identity.nationalNumber.hint': '11 chiffres, comme sur la carte eID',
  'office.counter.identity.cardNumber': 'Numéro de la carte eID',
  'office.counter.identity.cardNumber.hint':
    '12 chiffres (000-0000000-00), ou une lettre et 10 chiffres pour une carte de séjour',
  'office.counter.identity.photo':
    'J\'ai comparé la photo de la carte eID avec la personne au guichet',
  'office.counter.identity.submit': 'Enregistrer l\'identité',
  'office.counter.identity.privacy':
    'Nous ne conservons que le numéro de registre national, le numéro de carte et le fait que la photo a été comparée.',
  'office.counter.error.national_number_invalid':
    'Indiquez un numéro de registre national valide (11 chiffres).',
  'office.counter.error.card_number_invalid':
    'Indiquez un numéro de carte valide : les chiffres de contrôle ne correspondent pas ou le format est inconnu.',
  'office.counter.error.photo_not_compared':
    'Comparez la photo avec la personne au guichet et cochez la case.',
  'office.counter.error.person_not_in_case':
    'Cette personne n\'est pas partenaire dans ce dossier, ou n\'a rien à signer maintenant.',
  'office.counter.error.path_missing': 'Choisissez ensemble ou seul.',
  'office.counter.error.path_elsewhere':
    'Pour ce choix, une autre commune est compétente. Le citoyen peut commencer en ligne ou au guichet de cette commune.',
  'office.counter.error.check_unknown':
    'Choisissez la personne dont vous avez contrôlé l\'identité.',
  'office.counter.error.method_missing': 'Choisissez le mode de paiement : carte ou espèces.',
  'office.counter.error.ticket_invalid':
    'Indiquez le numéro du reçu (lettres, chiffres, 40 caractères au plus).',
  'office.counter.error.amount_mismatch': 'Le montant n\'est pas le montant demandé.',
  'office.counter.error.not_payable': 'Ce dossier n\'attend pas (plus) de paiement.',
  'office.counter.error.not_awaiting_visit': 'Ce dossier n\'attend pas de passage au guichet.',
  'office.counter.error.deed_missing': 'Choisissez le scan de la déclaration (PDF).',
  'office.counter.error.deed_too_large': 'Le scan est trop volumineux : {size} Mo au plus.',
  'office.counter.error.deed_not_pdf': 'Le scan n\'est pas un PDF lisible.',
  'office.counter.error.stale':
    'Le dossier a changé entre-temps. Consultez-le à nouveau et réessayez.',
  'office.counter.notice.no_cohabitation':
    'Selon le Registre national, cette personne n\'est pas en cohabitation légale.',
  'office.counter.notice.cohabitation_ended':
    'La cohabitation légale de cette personne a déjà pris fin.',
  'office.counter.notice.municipality_not_served':
    'La commune compétente ne propose pas ce service.',
  'office.counter.notice.elsewhere':
    'Un dossier est déjà ouvert pour cette cohabitation, auprès d’une autre commune. Le citoyen peut le suivre en ligne.',
  'office.counter.notice.back': 'Retour au guichet',
  'office.counter.choice.title': 'Ensemble ou seul',
  'office.counter.choice.partner': 'Partenaire selon le Registre national : {name}.',
  'office.counter.choice.legend': 'Comment le citoyen veut-il mettre fin à la cohabitation ?',
  'office.counter.choice.joint':
    'Ensemble avec le partenaire (déclaration commune) — {municipality}',
  'office.counter.choice.unilateral':
    'Seul (déclaration unilatérale, signifiée par un huissier) — {municipality}',
  'office.counter.choice.submit': 'Ouvrir le dossier',
  'office.counter.case.title': 'Guichet : dossier {reference}',
  'office.counter.case.status': 'État : {status}.',
  'office.counter.case.casePage': 'Voir le dossier complet',
  'office.counter.case.checks.heading': 'Personnes contrôlées',
  'office.counter.case.checks.none': 'Personne n\'a encore été contrôlé pour ce dossier.',
  'office.counter.case.checks.add': 'Contrôler l\'identité d\'un partenaire',
  'office.counter.role.declarant': 'demandeur',
  'office.counter.role.partner': 'partenaire',
  'office.counter.person.label': 'Qui est au guichet ?',
  'office.counter.person.option': '{name} ({role}), contrôlé par {staff}',
  'office.counter.handover.heading': 'Signer',
  'office.counter.handover.intro':
    'Le citoyen signe lui-même, avec la connexion des services publics : sur son propre smartphone via un lien à usage unique, ou sur l\'appareil du guichet.',
  'office.counter.handover.nothing':
    'Aucune des personnes contrôlées n\'a quelque chose à signer maintenant.',
  'office.counter.handover.submit': 'Créer le lien de signature',
  'office.counter.handover.title': 'Lien de signature',
  'office.counter.handover.phone':
    'Sur son propre smartphone : faites scanner le code QR par le citoyen, ou donnez-lui le lien.',
  'office.counter.handover.qr': 'Code QR du lien de signature',
  'office.counter.handover.device':
    'Sur l\'appareil du guichet : ouvrez le lien dans une nouvelle fenêtre privée. Le citoyen s\'y connecte avec sa carte eID dans le lecteur du guichet et signe ; fermez ensuite la fenêtre.',
  'office.counter.handover.expires':
    'Le lien fonctionne une seule fois, uniquement pour {name}, jusqu’à {time}.',
  'office.counter.handover.once': 'Ce lien n\'est affiché qu\'une seule fois.',
  'office.counter.handover.back': 'Retour au dossier',
  'office.counter.paper.heading': 'Remettre la déclaration papier',
  'office.counter.paper.intro':
    'La commune fonctionne avec un passage au guichet : la déclaration signée y est remise. Scannez le document remis par le citoyen et enregistrez la visite.',
  'office.counter.paper.scan': 'Scan de la déclaration (PDF)',
  'office.counter.paper.scan.hint': 'Un PDF de {size} Mo au plus.',
  'office.counter.paper.proxy': 'Remise par un mandataire spécial',
  'office.counter.paper.submit': 'Enregistrer la visite',
  'office.counter.payment.heading': 'Paiement au guichet',
  'office.counter.payment.amount': 'À payer : {amount}.',
  'office.counter.payment.method': 'Payé par',
  'office.counter.payment.method.card': 'carte bancaire (terminal)',
  'office.counter.payment.method.cash': 'espèces',
  'office.counter.payment.ticket': 'Numéro du reçu',
  'office.counter.payment.submit': 'Enregistrer le paiement',
  'office.counter.acts.heading': 'Actes au guichet',
  'office.counter.acts.caption': 'Qui a fait quoi au guichet, pour qui',
  'office.counter.acts.none': 'Pas encore d’actes au guichet.',
  'office.counter.acts.col.at': 'Quand',
  'office.counter.acts.col.act': 'Acte',
  'office.counter.acts.col.staff': 'Agent',
  'office.counter.acts.col.person': 'Citoyen',
  'office.counter.acts.col.detail': 'Détails',
  'office.counter.act.identity_checked': 'identité contrôlée',
  'office.counter.act.case_started': 'dossier ouvert',
  'office.counter.act.handover_issued': 'lien de signature remis',
  'office.counter.act.counter_visit_recorded': 'déclaration papier remise',
  'office.counter.act.payment_recorded': 'paiement enregistré',
  'office.counter.done.started': 'Le dossier est ouvert.',
  'office.counter.done.visit': 'La visite est enregistrée.',
  'office.counter.done.payment': 'Le paiement est enregistré.',
  'office.counter.done.identity': 'L\'identité est enregistrée.',
  'office.counter.link.title': 'Signer via le guichet',
  'office.counter.link.unknown':
    'Ce lien n\'existe pas. Vérifiez l\'adresse ou demandez un nouveau lien au guichet.',
  'office.counter.link.used':
    'Ce lien a déjà été utilisé. Un lien ne fonctionne qu’une fois : demandez-en un nouveau au guichet. Vous trouvez aussi votre dossier dans Mes dossiers.',
  'office.counter.link.expired':
    'Ce lien a expiré : il ne fonctionne que 30 minutes. Demandez un nouveau lien au guichet.',
  'office.counter.link.wrongPerson':
    'Ce lien est destiné à quelqu\'un d\'autre. Vous êtes connecté comme une autre personne que celle identifiée au guichet. Déconnectez-vous si vous n\'êtes pas la bonne personne.',
  'office.counter.link.staff':
    'Ce lien est destiné au citoyen. Ouvrez-le dans une nouvelle fenêtre privée, afin que le citoyen s\'y connecte avec sa carte eID ; votre propre connexion est alors conservée.',
  'office.counter.link.notNow': 'Il n\'y a rien à signer pour vous dans ce dossier pour le moment.',
  'office.counter.link.cases': 'Vers mes dossiers',
  'office.counter.step.declaration': 'signer la déclaration',
  'office.counter.step.answer': 'la réponse du partenaire',
  'office.counter.step.choice': 'continuer seul',
  'office.counter.paper.proxyShort': 'par un mandataire',
};

export const officeCounterDe: Record<keyof typeof officeCounterNl, string> = {
  'office.counter.title': 'Schalter',
  'office.counter.forbidden.title': 'Nur für Schaltermitarbeiter',
  'office.counter.forbidden.body':
    'Diese Seite ist für Mitarbeiter mit der Rolle Schalter. Bitten Sie Ihren Verwalter um diese Rolle, wenn Sie sie brauchen.',
  'office.counter.start.title': 'Eine Akte am Schalter eröffnen',
  'office.counter.start.intro':
    'Prüfen Sie zuerst die Identität des Bürgers auf der eID: Vergleichen Sie das Foto mit der Person am Schalter und übernehmen Sie die Kartennummer.',
  'office.counter.identity.heading': 'Identitätsprüfung',
  'office.counter.identity.nationalNumber': 'Nationalregisternummer des Bürgers',
  'office.counter.identity.nationalNumber.hint': '11 Ziffern, wie auf der eID',
  'office.counter.identity.cardNumber': 'Kartennummer der eID',
  'office.counter.identity.cardNumber.hint':
    '12 Ziffern (000-0000000-00) oder ein Buchstabe und 10 Ziffern für eine Aufenthaltskarte',
  'office.counter.identity.photo':
    'Ich habe das Foto der eID mit der Person am Schalter verglichen',
  'office.counter.identity.submit': 'Identität festhalten',
  'office.counter.identity.privacy':
    'Wir speichern nur die Nationalregisternummer, die Kartennummer und dass das Foto verglichen wurde.',
  'office.counter.error.national_number_invalid':
    'Geben Sie eine gültige Nationalregisternummer ein (11 Ziffern).',
  'office.counter.error.card_number_invalid':
    'Geben Sie eine gültige Kartennummer ein: Die Prüfziffern stimmen nicht oder das Format ist unbekannt.',
  'office.counter.error.photo_not_compared':
    'Vergleichen Sie das Foto mit der Person am Schalter und kreuzen Sie das an.',
  'office.counter.error.person_not_in_case':
    'Diese Person ist kein Partner in dieser Akte oder hat jetzt nichts zu unterschreiben.',
  'office.counter.error.path_missing': 'Wählen Sie gemeinsam oder allein.',
  'office.counter.error.path_elsewhere':
    'Für diese Wahl ist eine andere Gemeinde zuständig. Der Bürger kann online oder am Schalter dieser Gemeinde beginnen.',
  'office.counter.error.check_unknown': 'Wählen Sie die Person, deren Identität Sie geprüft haben.',
  'office.counter.error.method_missing': 'Wählen Sie, wie bezahlt wurde: Karte oder bar.',
  'office.counter.error.ticket_invalid':
    'Geben Sie die Nummer des Belegs ein (Buchstaben, Ziffern, höchstens 40 Zeichen).',
  'office.counter.error.amount_mismatch': 'Der Betrag ist nicht der verlangte Betrag.',
  'office.counter.error.not_payable': 'Diese Akte wartet nicht (mehr) auf eine Zahlung.',
  'office.counter.error.not_awaiting_visit':
    'Diese Akte wartet nicht auf einen Besuch am Schalter.',
  'office.counter.error.deed_missing': 'Wählen Sie den Scan der Erklärung (PDF).',
  'office.counter.error.deed_too_large': 'Der Scan ist zu groß: höchstens {size} MB.',
  'office.counter.error.deed_not_pdf': 'Der Scan ist keine lesbare PDF-Datei.',
  'office.counter.error.stale':
    'Die Akte hat sich inzwischen geändert. Sehen Sie sie erneut an und versuchen Sie es noch einmal.',
  'office.counter.notice.no_cohabitation':
    'Laut Nationalregister lebt diese Person nicht gesetzlich zusammen.',
  'office.counter.notice.cohabitation_ended':
    'Das gesetzliche Zusammenwohnen dieser Person ist bereits beendet.',
  'office.counter.notice.municipality_not_served':
    'Die zuständige Gemeinde bietet diesen Dienst nicht an.',
  'office.counter.notice.elsewhere':
    'Für dieses Zusammenwohnen läuft bereits eine Akte bei einer anderen Gemeinde. Der Bürger kann sie online verfolgen.',
  'office.counter.notice.back': 'Zurück zum Schalter',
  'office.counter.choice.title': 'Gemeinsam oder allein',
  'office.counter.choice.partner': 'Partner laut Nationalregister: {name}.',
  'office.counter.choice.legend': 'Wie möchte der Bürger das Zusammenwohnen beenden?',
  'office.counter.choice.joint':
    'Gemeinsam mit dem Partner (gemeinsame Erklärung) — {municipality}',
  'office.counter.choice.unilateral':
    'Allein (einseitige Erklärung, von einem Gerichtsvollzieher zugestellt) — {municipality}',
  'office.counter.choice.submit': 'Akte eröffnen',
  'office.counter.case.title': 'Schalter: Akte {reference}',
  'office.counter.case.status': 'Stand: {status}.',
  'office.counter.case.casePage': 'Ganze Akte ansehen',
  'office.counter.case.checks.heading': 'Geprüfte Personen',
  'office.counter.case.checks.none': 'Für diese Akte wurde noch niemand geprüft.',
  'office.counter.case.checks.add': 'Identität eines Partners prüfen',
  'office.counter.role.declarant': 'Antragsteller',
  'office.counter.role.partner': 'Partner',
  'office.counter.person.label': 'Wer steht am Schalter?',
  'office.counter.person.option': '{name} ({role}), geprüft von {staff}',
  'office.counter.handover.heading': 'Unterschreiben',
  'office.counter.handover.intro':
    'Der Bürger unterschreibt selbst mit der Behördenanmeldung: auf dem eigenen Smartphone über einen einmaligen Link oder auf dem Gerät des Schalters.',
  'office.counter.handover.nothing':
    'Keine der geprüften Personen hat jetzt etwas zu unterschreiben.',
  'office.counter.handover.submit': 'Link zum Unterschreiben erstellen',
  'office.counter.handover.title': 'Link zum Unterschreiben',
  'office.counter.handover.phone':
    'Auf dem eigenen Smartphone: Lassen Sie den Bürger den QR-Code scannen oder geben Sie ihm den Link.',
  'office.counter.handover.qr': 'QR-Code des Links zum Unterschreiben',
  'office.counter.handover.device':
    'Auf dem Gerät des Schalters: Öffnen Sie den Link in einem neuen privaten Fenster. Der Bürger meldet sich dort mit der eID im Kartenleser des Schalters an und unterschreibt; schließen Sie danach das Fenster.',
  'office.counter.handover.expires': 'Der Link funktioniert einmal, nur für {name}, bis {time}.',
  'office.counter.handover.once': 'Dieser Link wird nur einmal angezeigt.',
  'office.counter.handover.back': 'Zurück zur Akte',
  'office.counter.paper.heading': 'Papiererklärung abgeben',
  'office.counter.paper.intro':
    'Die Gemeinde arbeitet mit einem Besuch am Schalter: Die unterschriebene Erklärung wird hier abgegeben. Scannen Sie das Papier, das der Bürger abgibt, und halten Sie den Besuch fest.',
  'office.counter.paper.scan': 'Scan der Erklärung (PDF)',
  'office.counter.paper.scan.hint': 'Eine PDF-Datei von höchstens {size} MB.',
  'office.counter.paper.proxy': 'Von einem Sonderbevollmächtigten abgegeben',
  'office.counter.paper.submit': 'Besuch festhalten',
  'office.counter.payment.heading': 'Zahlung am Schalter',
  'office.counter.payment.amount': 'Zu zahlen: {amount}.',
  'office.counter.payment.method': 'Bezahlt mit',
  'office.counter.payment.method.card': 'Bankkarte (Terminal)',
  'office.counter.payment.method.cash': 'bar',
  'office.counter.payment.ticket': 'Nummer des Belegs',
  'office.counter.payment.submit': 'Zahlung festhalten',
  'office.counter.acts.heading': 'Handlungen am Schalter',
  'office.counter.acts.caption': 'Wer was am Schalter für wen getan hat',
  'office.counter.acts.none': 'Noch keine Handlungen am Schalter.',
  'office.counter.acts.col.at': 'Wann',
  'office.counter.acts.col.act': 'Handlung',
  'office.counter.acts.col.staff': 'Mitarbeiter',
  'office.counter.acts.col.person': 'Bürger',
  'office.counter.acts.col.detail': 'Angaben',
  'office.counter.act.identity_checked': 'Identität geprüft',
  'office.counter.act.case_started': 'Akte eröffnet',
  'office.counter.act.handover_issued': 'Link zum Unterschreiben gegeben',
  'office.counter.act.counter_visit_recorded': 'Papiererklärung abgegeben',
  'office.counter.act.payment_recorded': 'Zahlung festgehalten',
  'office.counter.done.started': 'Die Akte ist eröffnet.',
  'office.counter.done.visit': 'Der Besuch ist festgehalten.',
  'office.counter.done.payment': 'Die Zahlung ist festgehalten.',
  'office.counter.done.identity': 'Die Identität ist festgehalten.',
  'office.counter.link.title': 'Über den Schalter unterschreiben',
  'office.counter.link.unknown':
    'Diesen Link gibt es nicht. Prüfen Sie die Adresse oder bitten Sie am Schalter um einen neuen Link.',
  'office.counter.link.used':
    'Dieser Link wurde bereits benutzt. Ein Link funktioniert nur einmal: Bitten Sie am Schalter um einen neuen. Ihre Akte finden Sie auch unter Meine Akten.',
  'office.counter.link.expired':
    'Dieser Link ist abgelaufen: Er funktioniert nur 30 Minuten. Bitten Sie am Schalter um einen neuen Link.',
  'office.counter.link.wrongPerson':
    'Dieser Link ist für jemand anderen. Sie sind als eine andere Person angemeldet als die am Schalter identifizierte Person. Melden Sie sich ab, wenn Sie nicht die richtige Person sind.',
  'office.counter.link.staff':
    'Dieser Link ist für den Bürger. Öffnen Sie ihn in einem neuen privaten Fenster, damit sich der Bürger dort mit der eID anmelden kann; Ihre eigene Anmeldung bleibt dann erhalten.',
  'office.counter.link.notNow': 'In dieser Akte gibt es für Sie jetzt nichts zu unterschreiben.',
  'office.counter.link.cases': 'Zu meinen Akten',
  'office.counter.step.declaration': 'die Erklärung unterschreiben',
  'office.counter.step.answer': 'die Antwort des Partners',
  'office.counter.step.choice': 'allein weitermachen',
  'office.counter.paper.proxyShort': 'durch einen Bevollmächtigten',
};

export const officeCounterEn: Record<keyof typeof officeCounterNl, string> = {
  'office.counter.title': 'Counter',
  'office.counter.forbidden.title': 'For counter staff only',
  'office.counter.forbidden.body':
    'This page is for staff with the counter role. Ask your administrator for that role if you need it.',
  'office.counter.start.title': 'Start a case at the counter',
  'office.counter.start.intro':
    'First check the citizen\'s identity on their eID: compare the photo with the person at the desk and copy the card number.',
  'office.counter.identity.heading': 'Identity check',
  'office.counter.identity.nationalNumber': 'Citizen\'s national number',
  'office.counter.identity.nationalNumber.hint': '11 digits, as on the eID',
  'office.counter.identity.cardNumber': 'eID card number',
  'office.counter.identity.cardNumber.hint':
    '12 digits (000-0000000-00), or a letter and 10 digits for a residence card',
  'office.counter.identity.photo': 'I compared the photo on the eID with the person at the desk',
  'office.counter.identity.submit': 'Record the identity check',
  'office.counter.identity.privacy':
    'We keep only the national number, the card number and the fact that the photo was compared.',
  'office.counter.error.national_number_invalid': 'Enter a valid national number (11 digits).',
  'office.counter.error.card_number_invalid':
    'Enter a valid card number: the check digits do not match or the format is unknown.',
  'office.counter.error.photo_not_compared':
    'Compare the photo with the person at the desk and tick the box.',
  'office.counter.error.person_not_in_case':
    'This person is not a partner in this case, or has nothing to sign now.',
  'office.counter.error.path_missing': 'Choose together or alone.',
  'office.counter.error.path_elsewhere':
    'Another municipality is competent for this choice. The citizen can start online or at that municipality’s counter.',
  'office.counter.error.check_unknown': 'Choose the person whose identity you checked.',
  'office.counter.error.method_missing': 'Choose how it was paid: card or cash.',
  'office.counter.error.ticket_invalid':
    'Enter the payment ticket number (letters, digits, at most 40 characters).',
  'office.counter.error.amount_mismatch': 'The amount is not the amount asked.',
  'office.counter.error.not_payable': 'This case is not (or no longer) waiting for a payment.',
  'office.counter.error.not_awaiting_visit': 'This case is not waiting for a visit to the counter.',
  'office.counter.error.deed_missing': 'Choose the scan of the declaration (PDF).',
  'office.counter.error.deed_too_large': 'The scan is too large: at most {size} MB.',
  'office.counter.error.deed_not_pdf': 'The scan is not a readable PDF.',
  'office.counter.error.stale':
    'The case has changed meanwhile. Look at it again and try once more.',
  'office.counter.notice.no_cohabitation':
    'According to the National Register this person is not in a legal cohabitation.',
  'office.counter.notice.cohabitation_ended':
    'This person\'s legal cohabitation has already ended.',
  'office.counter.notice.municipality_not_served':
    'The competent municipality does not offer this service.',
  'office.counter.notice.elsewhere':
    'A case for this cohabitation is already open with another municipality. The citizen can follow it online.',
  'office.counter.notice.back': 'Back to the counter',
  'office.counter.choice.title': 'Together or alone',
  'office.counter.choice.partner': 'Partner according to the National Register: {name}.',
  'office.counter.choice.legend': 'How does the citizen want to end the cohabitation?',
  'office.counter.choice.joint': 'Together with the partner (joint declaration) — {municipality}',
  'office.counter.choice.unilateral':
    'Alone (unilateral declaration, served by a bailiff) — {municipality}',
  'office.counter.choice.submit': 'Start the case',
  'office.counter.case.title': 'Counter: case {reference}',
  'office.counter.case.status': 'Status: {status}.',
  'office.counter.case.casePage': 'See the full case',
  'office.counter.case.checks.heading': 'People checked',
  'office.counter.case.checks.none': 'No one has been checked for this case yet.',
  'office.counter.case.checks.add': 'Check a partner\'s identity',
  'office.counter.role.declarant': 'declarant',
  'office.counter.role.partner': 'partner',
  'office.counter.person.label': 'Who is at the desk?',
  'office.counter.person.option': '{name} ({role}), checked by {staff}',
  'office.counter.handover.heading': 'Signing',
  'office.counter.handover.intro':
    'The citizen signs themself, with the government login: on their own phone through a one-time link, or on the counter\'s device.',
  'office.counter.handover.nothing': 'None of the people checked has anything to sign now.',
  'office.counter.handover.submit': 'Make the signing link',
  'office.counter.handover.title': 'Signing link',
  'office.counter.handover.phone':
    'On their own phone: let the citizen scan the QR code, or give them the link.',
  'office.counter.handover.qr': 'QR code of the signing link',
  'office.counter.handover.device':
    'On the counter\'s device: open the link in a new private window. The citizen signs in there with their eID in the counter\'s card reader and signs; close the window afterwards.',
  'office.counter.handover.expires': 'The link works once, only for {name}, until {time}.',
  'office.counter.handover.once': 'This link is shown only once.',
  'office.counter.handover.back': 'Back to the case',
  'office.counter.paper.heading': 'Hand over the paper declaration',
  'office.counter.paper.intro':
    'The municipality works with a visit to the counter: the signed declaration is handed over here. Scan the paper the citizen hands over and record the visit.',
  'office.counter.paper.scan': 'Scan of the declaration (PDF)',
  'office.counter.paper.scan.hint': 'A PDF of at most {size} MB.',
  'office.counter.paper.proxy': 'Handed over by a special proxy',
  'office.counter.paper.submit': 'Record the visit',
  'office.counter.payment.heading': 'Payment at the counter',
  'office.counter.payment.amount': 'To pay: {amount}.',
  'office.counter.payment.method': 'Paid by',
  'office.counter.payment.method.card': 'bank card (terminal)',
  'office.counter.payment.method.cash': 'cash',
  'office.counter.payment.ticket': 'Payment ticket number',
  'office.counter.payment.submit': 'Record the payment',
  'office.counter.acts.heading': 'Acts at the counter',
  'office.counter.acts.caption': 'Who did what at the counter, for whom',
  'office.counter.acts.none': 'No acts at the counter yet.',
  'office.counter.acts.col.at': 'When',
  'office.counter.acts.col.act': 'Act',
  'office.counter.acts.col.staff': 'Staff member',
  'office.counter.acts.col.person': 'Citizen',
  'office.counter.acts.col.detail': 'Details',
  'office.counter.act.identity_checked': 'identity checked',
  'office.counter.act.case_started': 'case started',
  'office.counter.act.handover_issued': 'signing link given',
  'office.counter.act.counter_visit_recorded': 'paper declaration handed over',
  'office.counter.act.payment_recorded': 'payment recorded',
  'office.counter.done.started': 'The case has been started.',
  'office.counter.done.visit': 'The visit has been recorded.',
  'office.counter.done.payment': 'The payment has been recorded.',
  'office.counter.done.identity': 'The identity check has been recorded.',
  'office.counter.link.title': 'Signing through the counter',
  'office.counter.link.unknown':
    'This link does not exist. Check the address or ask the counter for a new link.',
  'office.counter.link.used':
    'This link has already been used. A link works only once: ask the counter for a new one. You can also find your case under My cases.',
  'office.counter.link.expired':
    'This link has expired: it works for 30 minutes only. Ask the counter for a new link.',
  'office.counter.link.wrongPerson':
    'This link is for someone else. You are signed in as a different person from the one identified at the counter. Sign out if you are not the right person.',
  'office.counter.link.staff':
    'This link is for the citizen. Open it in a new private window, so that the citizen can sign in there with their eID; your own sign-in is then kept.',
  'office.counter.link.notNow': 'There is nothing for you to sign in this case right now.',
  'office.counter.link.cases': 'Go to my cases',
  'office.counter.step.declaration': 'signing the declaration',
  'office.counter.step.answer': 'the partner\'s answer',
  'office.counter.step.choice': 'going on alone',
  'office.counter.paper.proxyShort': 'by a proxy',
};
