// Dutch: the source of every screen text. fr.ts, de.ts and en.ts have exactly these keys.
// Plain language (B1), calm and neutral. {name} marks a value filled in by `t`.
export const nl = {
  'site.name': 'Wettelijke samenwoning beëindigen',
  'site.owner': 'Een online dienst van uw gemeente',
  'layout.skip': 'Naar de inhoud',
  'layout.languages': 'Kies uw taal',
  'layout.footer': 'Vragen? Het loket van uw gemeente helpt u graag.',

  'error.summary': 'Er is een probleem',
  'error.fieldPrefix': 'Fout:',
  'error.home': 'Naar de startpagina',
  'error.details': 'Technische details (niet zichtbaar in productie)',
  'error.notFound.title': 'Pagina niet gevonden',
  'error.notFound.body': 'Deze pagina bestaat niet of niet meer. Kijk het adres na.',
  'error.badRequest.title': 'Dit verzoek kon niet worden verwerkt',
  'error.badRequest.body':
    'Er ontbreekt iets in de vraag of ze klopt niet. Ga terug en probeer opnieuw.',
  'error.server.title': 'Er ging iets mis',
  'error.server.body':
    'Door een fout bij ons lukte dit niet. Probeer het over enkele minuten opnieuw.',

  'product.title': 'Wettelijke samenwoning beëindigen',
  'product.lead':
    'Woont u wettelijk samen en wilt u dat stoppen? U kunt de beëindiging online aanvragen, '
    + 'van thuis uit en op elk moment.',
  'product.start': 'Start de aanvraag',
  'product.what.heading': 'Wat is het?',
  'product.what.body':
    'Met een verklaring van beëindiging zet u een einde aan uw wettelijke samenwoning. '
    + 'Dat kan op twee manieren.',
  'product.what.joint':
    'Samen: u en uw partner ondertekenen allebei de verklaring. Daarna registreert de '
    + 'gemeente de beëindiging.',
  'product.what.unilateral':
    'Alleen: ondertekent uw partner niet of antwoordt uw partner niet, dan kunt u alleen '
    + 'verdergaan. Een gerechtsdeurwaarder bezorgt uw verklaring dan officieel aan uw '
    + 'partner. Dat heet de betekening. Daarna registreert de gemeente de beëindiging.',
  'product.what.after':
    'De gemeente past het Rijksregister aan. U kunt daarna uw attest downloaden.',
  'product.who.heading': 'Wie kan dit aanvragen?',
  'product.who.body':
    'Elk van beide partners van een wettelijke samenwoning die in België geregistreerd is.',
  'product.who.municipality':
    'Uw aanvraag gaat naar de gemeente waar u allebei woont. Woont u niet in dezelfde '
    + 'gemeente, dan is dat de gemeente van een van u beiden, of anders de gemeente waar de '
    + 'samenwoning het laatst geregistreerd werd. De dienst zoekt dat voor u uit.',
  'product.cost.heading': 'Wat kost het?',
  'product.cost.jointFree': 'Samen: gratis.',
  'product.cost.joint': 'Samen: gratis of hoogstens {max}, afhankelijk van de gemeente.',
  'product.cost.unilateral':
    'Alleen: u betaalt vooraf een voorschot voor de kosten van de gerechtsdeurwaarder. '
    + 'Dat is {min} tot {max}, afhankelijk van de gemeente.',
  'product.cost.caption': 'Kosten per gemeente',
  'product.cost.municipality': 'Gemeente',
  'product.cost.jointColumn': 'Samen',
  'product.cost.unilateralColumn': 'Alleen (voorschot gerechtsdeurwaarder)',
  'product.cost.filingColumn': 'Verklaring indienen',
  'product.cost.free': 'gratis',
  'product.cost.online': 'online',
  'product.cost.counter': 'online voorbereiden, ondertekenen aan het loket',
  'product.cost.none': 'Nog geen gemeente biedt deze dienst aan.',
  'product.time.heading': 'Hoe lang duurt het?',
  'product.time.partner': 'Uw partner heeft {days} dagen om te antwoorden.',
  'product.time.bailiff':
    'Gaat u alleen verder, dan doet de gerechtsdeurwaarder de betekening binnen {days} '
    + 'dagen na het ontvangstbewijs van de gemeente.',
  'product.time.registration':
    'De gemeente registreert de beëindiging binnen {days} werkdagen.',
  'product.time.note': 'Dit zijn onze beloften. U volgt elke stap in uw dossier.',
  'product.law.heading': 'Wettelijke basis',
  'product.law.body': 'Burgerlijk Wetboek (oude nummering), artikel 1476.',
  'product.prepare.heading': 'Wat hebt u nodig?',
  'product.prepare.login':
    'Uw elektronische identiteitskaart (eID) met een kaartlezer, of de app itsme.',
  'product.prepare.partner': 'Beëindigt u samen? Dan meldt ook uw partner zich zo aan.',
  'product.prepare.help': 'Lukt het niet online? Het loket van uw gemeente helpt u.',

  'start.title': 'Uw wettelijke samenwoning beëindigen',
  'start.partner': 'Volgens het Rijksregister woont u wettelijk samen met {name}.',
  'start.municipality': 'Uw aanvraag gaat naar de gemeente {municipality}.',
  'start.municipality.unilateral':
    'Gaat u alleen verder, dan gaat uw aanvraag naar de gemeente {municipality}.',
  'start.filing.online': 'In deze gemeente kunt u alles online doen.',
  'start.filing.counter':
    'In deze gemeente bereidt u alles online voor. Daarna gaat u kort langs aan het loket '
    + 'om de verklaring af te geven.',
  'start.choice.heading': 'Samen of alleen?',
  'start.choice.legend': 'Hoe wilt u de samenwoning beëindigen?',
  'start.joint.label': 'Samen met {name}',
  'start.joint.hint':
    'U ondertekent eerst de verklaring. Daarna vragen wij {name} om ze mee te ondertekenen. '
    + '{name} heeft daarvoor {days} dagen. Kosten: {cost}.',
  'start.unilateral.label': 'Alleen',
  'start.unilateral.hint':
    'Kies dit als u niet samen kunt of wilt beëindigen, bijvoorbeeld als contact met uw '
    + 'partner niet veilig is. Wij vragen uw partner dan niets. Een gerechtsdeurwaarder '
    + 'brengt uw partner officieel op de hoogte. U betaalt daarvoor vooraf een voorschot: '
    + '{deposit}.',
  'start.cost.free': 'gratis',
  'start.submit': 'Verder',
  'start.after': 'Daarna leest u de verklaring na en ondertekent u ze.',
  'start.error.path': 'Kies of u samen of alleen wilt beëindigen.',
  'start.none.title': 'U woont niet wettelijk samen',
  'start.none.body':
    'Volgens het Rijksregister bent u niet wettelijk samenwonend. Er is dus niets om te '
    + 'beëindigen.',
  'start.none.help':
    'Denkt u dat dit niet klopt? Neem contact op met de dienst burgerzaken van uw gemeente.',
  'start.ended.title': 'Uw wettelijke samenwoning is al beëindigd',
  'start.ended.body':
    'Volgens het Rijksregister is uw wettelijke samenwoning al beëindigd. U hoeft niets '
    + 'meer te doen.',
  'start.ended.help': 'Hebt u een bewijs nodig? Vraag een attest aan bij uw gemeente.',
  'start.open.title': 'U hebt al een aanvraag',
  'start.open.body':
    'Voor uw wettelijke samenwoning loopt al een aanvraag. Er kan maar één aanvraag '
    + 'tegelijk lopen. In uw aanvraag ziet u hoe ver ze staat.',
  'start.open.link': 'Naar uw aanvraag',
  'start.partnerOpen.title': 'Uw partner heeft al een aanvraag gestart',
  'start.partnerOpen.body':
    'U hoeft geen nieuwe aanvraag te starten. U doet mee met de aanvraag van uw partner. '
    + 'Daar ziet u wat u moet doen.',
  'start.partnerOpen.link': 'Naar de aanvraag',
  'start.notServed.title': 'Uw gemeente biedt deze dienst nog niet online aan',
  'start.notServed.body':
    'Uw aanvraag hoort bij een gemeente die deze online dienst nog niet aanbiedt.',
  'start.notServed.help': 'Ga naar het loket van uw gemeente. Daar helpen ze u verder.',

  'cases.title': 'Mijn aanvragen',
  'cases.empty': 'U hebt nog geen aanvraag.',
  'cases.start': 'Start een aanvraag',
  'cases.role.declarant': 'U hebt deze aanvraag gestart.',
  'cases.role.partner': 'Uw partner heeft deze aanvraag gestart.',
  'cases.updated': 'Laatst gewijzigd op {date}.',
  'cases.back': 'Naar mijn aanvragen',

  'case.title': 'Aanvraag {reference}',
  'case.status': 'Stand van zaken: {status}.',
  'case.status.draft': 'de verklaring is nog niet ondertekend',
  'case.status.awaiting_partner': 'wacht op het antwoord van de tweede partner',
  'case.status.awaiting_declarant_choice':
    'wacht op de keuze om alleen verder te gaan of te stoppen',
  'case.status.awaiting_counter_visit': 'wacht op het bezoek aan het loket',
  'case.status.awaiting_payment': 'wacht op de betaling',
  'case.status.awaiting_service': 'de gerechtsdeurwaarder bezorgt de verklaring',
  'case.status.registering': 'de gemeente registreert de beëindiging',
  'case.status.completed': 'afgerond, de wettelijke samenwoning is beëindigd',
  'case.status.withdrawn': 'ingetrokken',
  'case.status.lapsed': 'afgesloten, de samenwoning is van rechtswege geëindigd',
  'case.status.expired': 'vervallen, de termijn is voorbij',
  'case.todo.heading': 'Wat moet u nu doen?',
  'case.todo.sign': 'Lees de verklaring na en onderteken ze.',
  'case.todo.answer': 'Lees de verklaring. Onderteken ze mee, of weiger.',
  'case.todo.declarationLink': 'Naar de verklaring',
  'case.todo.choose': 'Kies of u alleen verdergaat of stopt.',
  'case.todo.chooseLink': 'Maak uw keuze',
  'case.todo.counter':
    'Maak een afspraak aan het loket van uw gemeente om de verklaring af te geven.',
  'case.todo.pay': 'Betaal {amount}. U krijgt daarvoor een betaalverzoek.',
  'case.todo.nothing': 'U hoeft nu niets te doen. Wij laten het u weten als er nieuws is.',
  'case.todo.closed': 'Deze aanvraag is afgesloten. U hoeft niets meer te doen.',
  'case.timeline.heading': 'Verloop',
  'case.timeline.now': 'Nu: {status}.',
  'case.timeline.next': 'Volgende stap: {step}.',
  'case.timeline.due': 'Uiterlijk op {date}.',
  'case.next.draft': 'de verklaring ondertekenen',
  'case.next.awaiting_partner': 'het antwoord van de tweede partner',
  'case.next.awaiting_declarant_choice': 'de keuze om alleen verder te gaan of te stoppen',
  'case.next.awaiting_counter_visit': 'de verklaring afgeven aan het loket',
  'case.next.awaiting_payment': 'de betaling',
  'case.next.awaiting_service': 'de betekening door de gerechtsdeurwaarder',
  'case.next.registering': 'de registratie van de beëindiging',
  'case.who.you': 'u',
  'case.who.partner': 'uw partner',
  'case.who.municipality': 'de gemeente',
  'case.event.started': 'Aanvraag gestart door {who}.',
  'case.event.declarationSigned': 'Verklaring ondertekend door {who}.',
  'case.event.partnerInvited': 'Vraag om mee te ondertekenen verstuurd.',
  'case.event.partnerSigned': 'Verklaring mee ondertekend door {who}.',
  'case.event.partnerRefused': 'Meeondertekenen geweigerd door {who}.',
  'case.event.reason': 'Reden: {reason}',
  'case.event.partnerDeadlinePassed': 'De termijn om te antwoorden is voorbij.',
  'case.event.choseUnilateral': 'Gekozen om alleen verder te gaan.',
  'case.event.counterVisit': 'Verklaring afgegeven aan het loket.',
  'case.event.paymentRequested': 'Betaalverzoek verstuurd: {amount}.',
  'case.event.paid': 'Betaling ontvangen: {amount}.',
  'case.event.received': 'Ontvangstbewijs van de gemeente: {number}.',
  'case.event.bailiffEngaged': 'Een gerechtsdeurwaarder is aangesteld.',
  'case.event.served': 'De gerechtsdeurwaarder heeft de verklaring betekend.',
  'case.event.registered': 'Beëindiging geregistreerd. Ze geldt vanaf {date}.',
  'case.event.certificate': 'Attest klaar.',
  'case.event.withdrawn': 'Aanvraag ingetrokken door {who}.',
  'case.event.lapsed': 'De samenwoning is van rechtswege geëindigd door een huwelijk of '
    + 'een overlijden. De aanvraag is daarom afgesloten.',
  'case.event.expired': 'De aanvraag is vervallen omdat de termijn voorbij is.',
  'case.withdraw.link': 'Aanvraag intrekken',

  'withdraw.title': 'Aanvraag intrekken',
  'withdraw.body':
    'Trekt u de aanvraag in, dan stopt ze. Uw wettelijke samenwoning blijft dan bestaan. '
    + 'U kunt later een nieuwe aanvraag starten.',
  'withdraw.confirm': 'Ja, trek de aanvraag in',
  'withdraw.cancel': 'Nee, terug naar de aanvraag',
  'withdraw.closed.title': 'Deze aanvraag is al afgesloten',
  'withdraw.closed.body': 'U kunt ze daarom niet meer intrekken.',
  'withdraw.stale.title': 'De aanvraag is intussen gewijzigd',
  'withdraw.stale.body':
    'Terwijl u de pagina bekeek, is er iets veranderd in de aanvraag. Er is niets '
    + 'ingetrokken. Bekijk de aanvraag opnieuw en beslis dan.',
  'withdraw.declarantOnly.title': 'Alleen wie de aanvraag startte, kan ze intrekken',
  'withdraw.declarantOnly.body':
    'Wilt u niet meedoen? Dat kunt u zeggen wanneer u de verklaring leest.',
  'csrf.title': 'Dit formulier is verlopen',
  'csrf.body':
    'Om veiligheidsredenen konden we dit formulier niet aanvaarden. Er is niets gewijzigd. '
    + 'Ga terug, laad de pagina opnieuw en probeer het nog eens.',
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof nl;
/** A language's message file: exactly the keys of the Dutch file. */
export type Messages = Record<MessageKey, string>;
