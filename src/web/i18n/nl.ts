// Dutch: the source of every screen text. fr.ts, de.ts and en.ts have exactly these keys.
// Plain language (B1), calm and neutral. {name} marks a value filled in by `t`.
import { bailiffNl } from './bailiff.ts';
import { paymentsNl } from './payments.ts';
import { officeNl } from './office.ts';
import { officeListNl } from './office-list.ts';
import { officeCaseNl } from './office-case.ts';
import { officeTasksNl } from './office-tasks.ts';
import { officeCounterNl } from './office-counter.ts';
import { officeInvoicesNl } from './office-invoices.ts';
import { officeDashboardNl } from './office-dashboard.ts';
import { officeCrmNl } from './office-crm.ts';
import { officeSettingsNl } from './office-settings.ts';

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

  'preferences.link': 'Kies hoe u berichten krijgt',
  'preferences.title': 'Hoe u berichten krijgt',
  'preferences.lead':
    'Nieuws over uw aanvraag staat altijd bij uw berichten op deze website. U kunt ook een '
    + 'e-mail of sms krijgen als er nieuws is. Daarin staat alleen dat er nieuws is, niet wat.',
  'preferences.portal': 'Berichten op deze website krijgt u altijd.',
  'preferences.language.heading': 'Taal',
  'preferences.language.legend': 'In welke taal wilt u uw berichten krijgen?',
  'preferences.language.hint': 'Kiest u niets, dan schrijven we in de taal van uw gemeente.',
  'preferences.language.save': 'Taal opslaan',
  'preferences.email.heading': 'E-mail',
  'preferences.email.none': 'U hebt nog geen e-mailadres gegeven.',
  'preferences.email.confirmed': 'Uw e-mailadres: {address} (bevestigd).',
  'preferences.email.unconfirmed': 'Uw e-mailadres: {address} (nog niet bevestigd).',
  'preferences.email.label': 'E-mailadres',
  'preferences.email.newLabel': 'Ander e-mailadres',
  'preferences.email.hint':
    'We sturen een code naar dit adres. Met die code bevestigt u dat het uw adres is.',
  'preferences.email.send': 'Stuur een code per e-mail',
  'preferences.email.remove': 'E-mailadres verwijderen',
  'preferences.phone.heading': 'Sms',
  'preferences.phone.none': 'U hebt nog geen gsm-nummer gegeven.',
  'preferences.phone.confirmed': 'Uw gsm-nummer: {address} (bevestigd).',
  'preferences.phone.unconfirmed': 'Uw gsm-nummer: {address} (nog niet bevestigd).',
  'preferences.phone.label': 'Gsm-nummer',
  'preferences.phone.newLabel': 'Ander gsm-nummer',
  'preferences.phone.hint':
    'Bijvoorbeeld 0470 12 34 56. Een nummer uit een ander land begint met + en de landcode. '
    + 'We sturen een code naar dit nummer.',
  'preferences.phone.send': 'Stuur een code per sms',
  'preferences.phone.remove': 'Gsm-nummer verwijderen',
  'preferences.phone.unavailable': 'Berichten per sms zijn op dit moment niet mogelijk.',
  'preferences.code.label': 'Code',
  'preferences.code.hint':
    'Vul de 6 cijfers in die we naar {address} stuurden. De code is geldig tot {time}.',
  'preferences.code.confirm': 'Bevestigen',
  'preferences.code.unusable':
    'De code voor {address} werkt niet meer. Vraag hierboven een nieuwe code.',
  'preferences.channels.heading': 'E-mail en sms',
  'preferences.channels.legend': 'Stuur mij ook een bericht als er nieuws is',
  'preferences.channels.email': 'Per e-mail naar {address}',
  'preferences.channels.sms': 'Per sms naar {address}',
  'preferences.channels.none':
    'Bevestig eerst een e-mailadres of gsm-nummer. Daarna kiest u hier wat u wilt krijgen.',
  'preferences.channels.save': 'Keuze opslaan',
  'preferences.done.language': 'Uw taal is opgeslagen.',
  'preferences.done.codeSent': 'We hebben een code gestuurd. Vul die hieronder in.',
  'preferences.done.confirmed':
    'Uw adres is bevestigd. U krijgt daar voortaan een bericht als er nieuws is.',
  'preferences.done.alreadyConfirmed': 'Dit adres is al bevestigd. Er is niets veranderd.',
  'preferences.done.channels': 'Uw keuze is opgeslagen.',
  'preferences.done.removed': 'Het adres is verwijderd.',
  'preferences.error.language': 'Kies een taal.',
  'preferences.error.emailEmpty': 'Vul uw e-mailadres in.',
  'preferences.error.emailInvalid':
    'Vul een e-mailadres in zoals naam@voorbeeld.be, zonder spaties.',
  'preferences.error.phoneEmpty': 'Vul uw gsm-nummer in.',
  'preferences.error.phoneInvalid': 'Vul een gsm-nummer in zoals 0470 12 34 56.',
  'preferences.error.phoneNotMobile':
    'Dit is geen gsm-nummer. Een sms kan alleen naar een gsm-nummer.',
  'preferences.error.smsUnavailable': 'Berichten per sms zijn op dit moment niet mogelijk.',
  'preferences.error.rateLimited':
    'U hebt te veel codes gevraagd. U kunt een nieuwe code vragen vanaf {time}.',
  'preferences.error.sendFailed':
    'We konden de code nu niet versturen. Kijk het adres na of probeer het later opnieuw.',
  'preferences.error.codeMalformed': 'Vul de code in: 6 cijfers.',
  'preferences.error.codeWrong': 'Deze code klopt niet. U kunt het nog {count} keer proberen.',
  'preferences.error.codeVoid':
    'U hebt te vaak een verkeerde code ingevuld. Deze code werkt niet meer. Vraag een nieuwe '
    + 'code.',
  'preferences.error.codeExpired': 'Deze code is niet meer geldig. Vraag een nieuwe code.',
  'preferences.error.noCode': 'Vraag eerst een code.',
  'preferences.error.emailNotConfirmed': 'Bevestig eerst uw e-mailadres met een code.',
  'preferences.error.smsNotConfirmed': 'Bevestig eerst uw gsm-nummer met een code.',

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
  'case.todo.pay': 'Betaal {amount} met de knop hieronder.',
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

  // Signing and answering (declaration., answer., choice.)
  'declaration.title': 'Uw verklaring',
  'declaration.intro':
    'Dit komt in de verklaring waarmee u de wettelijke samenwoning beëindigt. '
    + 'De gegevens komen uit het Rijksregister.',
  'declaration.field.kind': 'Soort verklaring',
  'declaration.field.municipality': 'Gemeente',
  'declaration.field.surname': 'Naam',
  'declaration.field.firstNames': 'Voornamen',
  'declaration.field.birth': 'Geboren',
  'declaration.field.domicile': 'Woonplaats',
  'declaration.field.declarant': 'Wie de aanvraag startte',
  'declaration.field.partnerName': 'Tweede partner',
  'declaration.birth': 'in {place} op {date}',
  'declaration.noDomicile': 'Geen adres in België',
  'declaration.kind.joint': 'Samen: u en uw partner ondertekenen allebei',
  'declaration.kind.unilateral': 'Alleen: enkel u ondertekent',
  'declaration.you': 'U',
  'declaration.partner': 'Uw partner',
  'declaration.wrong':
    'Klopt er iets niet? Neem dan contact op met uw gemeente. Zij kan de gegevens laten '
    + 'verbeteren.',
  'declaration.signHeading': 'Ondertekenen',
  'declaration.stepUp':
    'Om te ondertekenen, meldt u zich nog eens aan, bijvoorbeeld met uw eID of itsme.',
  'declaration.continue': 'Verder naar ondertekenen',
  'declaration.back': 'Terug naar de aanvraag',
  'declaration.check.title': 'Controleer en onderteken',
  'declaration.check.after':
    'Na uw handtekening maken wij de verklaring als PDF. Bij een verklaring samen vragen '
    + 'wij daarna uw partner om mee te ondertekenen.',
  'declaration.check.confirm': 'Ik wil de wettelijke samenwoning beëindigen.',
  'declaration.check.error': 'Vink aan dat u de wettelijke samenwoning wilt beëindigen.',
  'declaration.check.sign': 'Onderteken',
  'declaration.stale.title': 'De aanvraag is intussen gewijzigd',
  'declaration.stale.body':
    'Terwijl u de pagina bekeek, is er iets veranderd. Er is niets ondertekend. '
    + 'Bekijk de aanvraag opnieuw.',
  'declaration.notNow.title': 'Deze stap is nu niet mogelijk',
  'declaration.notNow.body':
    'De aanvraag is niet meer op dit punt. Op de pagina van de aanvraag ziet u wat u nu '
    + 'kunt doen.',
  'declaration.documents.heading': 'Documenten',
  'declaration.documents.one': 'Verklaring met één handtekening, {date} (PDF)',
  'declaration.documents.both': 'Verklaring met twee handtekeningen, {date} (PDF)',
  'answer.title': 'Uw antwoord op de verklaring',
  'answer.intro': '{name} wil de wettelijke samenwoning samen met u beëindigen.',
  'answer.read': 'Lees de verklaring (PDF)',
  'answer.deadline':
    'U kunt antwoorden tot en met {date}. Wij sturen u tussendoor een herinnering.',
  'answer.next.heading': 'Wat gebeurt er daarna?',
  'answer.next.sign':
    'Ondertekent u mee, dan registreert de gemeente de beëindiging. U krijgt allebei een attest.',
  'answer.next.refuse':
    'Weigert u, dan kan uw partner kiezen om alleen verder te gaan. Een gerechtsdeurwaarder '
    + 'bezorgt u dan de verklaring.',
  'answer.next.silent': 'Antwoordt u niet op tijd, dan kan uw partner ook alleen verdergaan.',
  'answer.sign': 'Mee ondertekenen',
  'answer.refuse': 'Ik wil niet mee ondertekenen',
  'answer.back': 'Terug naar de verklaring',
  'answer.check.title': 'Controleer en onderteken mee',
  'answer.check.after': 'Na uw handtekening registreert de gemeente de beëindiging.',
  'answer.refuse.title': 'Niet mee ondertekenen',
  'answer.refuse.body':
    'U kunt zeggen waarom u niet mee ondertekent. Dat hoeft niet. Uw partner kan daarna '
    + 'alleen verdergaan.',
  'answer.refuse.reason': 'Waarom niet? (niet verplicht)',
  'answer.refuse.reasonHint':
    'De gemeente leest uw reden. Uw partner leest ze alleen als u dat hieronder aanvinkt. '
    + 'Hoogstens 500 tekens.',
  'answer.refuse.share': 'Mijn partner mag mijn reden lezen',
  'answer.refuse.submit': 'Niet mee ondertekenen',
  'answer.refuse.error': 'Schrijf uw reden in hoogstens 500 tekens.',
  'choice.title': 'Alleen verdergaan of stoppen',
  'choice.intro':
    'Uw partner heeft niet mee ondertekend. U kunt de samenwoning alleen beëindigen, '
    + 'of de aanvraag stoppen.',
  'choice.legend': 'Wat wilt u doen?',
  'choice.alone': 'Alleen verdergaan',
  'choice.alone.hint':
    'U ondertekent een verklaring alleen. U betaalt vooraf {deposit} voor de '
    + 'gerechtsdeurwaarder, die de verklaring aan uw partner bezorgt.',
  'choice.stop': 'Stoppen',
  'choice.stop.hint': 'De aanvraag stopt. Uw wettelijke samenwoning blijft bestaan.',
  'choice.error': 'Kies of u alleen verdergaat of stopt.',
  'choice.submit': 'Verder',
  'choice.check.title': 'Controleer en onderteken alleen',
  'choice.check.after':
    'Na uw handtekening vragen wij u de kosten van de gerechtsdeurwaarder te betalen.',

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

  // The header for a signed-in citizen, the counter visit, the case's messages.
  'layout.account': 'Uw account',
  'layout.signOut': 'Afmelden',
  'case.messages.link': 'Berichten over deze aanvraag',
  'case.counter.heading': 'Afspraak aan het loket',
  'case.counter.body':
    'De gemeente {municipality} vraagt om de ondertekende verklaring aan het loket af te '
    + 'geven. Maak daarvoor een afspraak en neem uw identiteitskaart mee. De aanvraag wacht '
    + 'tot dat bezoek.',
  'case.counter.book': 'Afspraak maken',
  'case.counter.bookLink': 'Maak online een afspraak bij de gemeente',
  'case.counter.phone': 'Telefoon',
  'case.counter.hours': 'Openingsuren van het loket',
  'case.counter.unknown':
    'Neem contact op met de dienst burgerzaken van uw gemeente om een afspraak te maken.',
  'messages.forCase': 'Berichten over aanvraag {reference}',
  'messages.all': 'Alle berichten',
  'messages.caseEmpty': 'Er zijn nog geen berichten over deze aanvraag.',

  // Sign-in (src/web/auth): the embedded test login, errors, sign-out; rate limits.
  'login.pick.title': 'Testaanmelding: kies een persoon',
  'login.pick.intro':
    'Dit is de ingebouwde testaanmelding. U meldt zich aan als een van de verzonnen '
    + 'demopersonen. In productie meldt u zich hier aan bij de overheid, met eID of itsme.',
  'login.pick.person': 'Persoon',
  'login.pick.level': 'Betrouwbaarheidsniveau',
  'login.pick.asked': 'De dienst vraagt minstens het niveau {level}.',
  'login.level.low': 'Laag',
  'login.level.low.hint': 'Bijvoorbeeld een code per e-mail.',
  'login.level.substantial': 'Substantieel',
  'login.level.substantial.hint': 'Bijvoorbeeld itsme.',
  'login.level.high': 'Hoog',
  'login.level.high.hint': 'Bijvoorbeeld uw eID met een kaartlezer.',
  'login.pick.submit': 'Aanmelden',
  'login.pick.cancel': 'Annuleren',
  'login.pick.error.person': 'Kies een persoon.',
  'login.pick.error.level': 'Kies een betrouwbaarheidsniveau.',
  'login.signIn': 'Aanmelden',
  'login.badLink.title': 'Deze aanmeldlink is niet geldig',
  'login.badLink.body':
    'De link wil u naar een andere website sturen, of vraagt een onbekend niveau.',
  'login.failed.title': 'Het aanmelden is niet gelukt',
  'login.failed.code': 'Foutcode voor de helpdesk:',
  'login.failed.again': 'Opnieuw aanmelden',
  'login.error.login_request_missing':
    'Deze aanmelding is al gebruikt, is verlopen of is niet in deze browser begonnen.',
  'login.error.state_mismatch':
    'Dit antwoord hoort niet bij de aanmelding die in deze browser begonnen is.',
  'login.error.provider_refused': 'De aanmelding is geannuleerd of geweigerd.',
  'login.error.token_exchange_failed':
    'We konden het antwoord van de aanmelddienst niet controleren.',
  'login.error.insufficient_level':
    'Voor deze stap moet u zich aanmelden op een hoger niveau, bijvoorbeeld met uw eID of '
    + 'itsme.',
  'login.error.missing_national_number':
    'De aanmelddienst heeft ons niet laten weten wie u bent.',
  'login.error.provider_unavailable':
    'De aanmelddienst is nu niet bereikbaar. Probeer het later opnieuw.',
  'logout.title': 'Afmelden',
  'logout.body': 'Wilt u zich afmelden? Op een gedeelde computer sluit u daarna best de browser.',
  'logout.submit': 'Afmelden',
  'logout.notSignedIn': 'U bent niet aangemeld',
  'logout.provider.title': 'Ook afmelden bij de testaanmelding?',
  'logout.provider.body':
    'U bent afgemeld bij deze dienst. Meldt u zich ook af bij de testaanmelding, dan kiest u '
    + 'de volgende keer opnieuw een persoon.',
  'logout.provider.yes': 'Ja, ook daar afmelden',
  'logout.provider.no': 'Nee, daar aangemeld blijven',
  'signedOut.title': 'U bent afgemeld',
  'signedOut.body': 'U bent veilig afgemeld. Uw aanvraag blijft bewaard.',
  'rateLimit.title': 'Even geduld',
  'rateLimit.body':
    'Dit is de voorbije minuten te vaak geprobeerd vanaf uw verbinding of voor uw account. '
    + 'Om misbruik te voorkomen, wachten we even.',
  'rateLimit.retry': 'Probeer het opnieuw vanaf {time} (binnen {minutes} min.).',

  // The message box (src/web/messages) and the short e-mail and SMS notice.
  'messages.title': 'Berichten',
  'messages.lead': 'Hier vindt u alle berichten over uw aanvragen. Het nieuwste staat bovenaan.',
  'messages.empty': 'U hebt nog geen berichten.',
  'messages.unread': 'Nieuw',
  'messages.unreadHidden': 'Ongelezen bericht:',
  'messages.received': 'Ontvangen op {date}',
  'messages.case': 'Aanvraag {reference}',
  'messages.toCase': 'Naar aanvraag {reference}',
  'messages.back': 'Terug naar alle berichten',
  'messages.markRead': 'Markeer als gelezen',
  'messages.nav': 'Berichten',
  'messages.navUnread': 'Berichten ({count} nieuw)',
  'messages.due.answer': 'Antwoord uiterlijk op {date}.',
  'messages.due.partnerAnswer': 'Uw partner kan antwoorden tot en met {date}.',
  'messages.due.choice': 'Kies uiterlijk op {date}.',
  'messages.due.payment': 'Betaal uiterlijk op {date}.',
  'messages.due.service': 'De gerechtsdeurwaarder bezorgt de verklaring uiterlijk op {date}.',
  'messages.due.registration': 'De gemeente registreert de beëindiging uiterlijk op {date}.',
  'messages.norms':
    'Hoe lang elke stap duurt: de partner heeft {answer} dagen om te antwoorden. Weigert de partner of antwoordt hij of zij niet, dan kiest u binnen {choice} dagen of u alleen verdergaat. Het voorschot betaalt u binnen {payment} dagen. De gerechtsdeurwaarder bezorgt de verklaring binnen 8 dagen na de betaling. De gemeente registreert de beëindiging binnen {registration} werkdagen.',
  'messages.norms.partner':
    'Hoe lang elke stap duurt: u hebt {answer} dagen om te antwoorden. Tekent u mee, dan registreert de gemeente de beëindiging binnen {registration} werkdagen. Weigert u of antwoordt u niet, dan kan uw partner alleen verdergaan; een gerechtsdeurwaarder bezorgt u dan de verklaring.',
  'messages.case_started.subject': 'Uw aanvraag is gestart',
  'messages.case_started.body':
    'U hebt een aanvraag gestart om uw wettelijke samenwoning te beëindigen. De volgende stap '
    + 'is de verklaring lezen en ondertekenen. Open uw aanvraag om verder te gaan.',
  'messages.declaration_signed.subject': 'U hebt de verklaring ondertekend',
  'messages.declaration_signed.body':
    'Uw handtekening is goed ontvangen. Beëindigt u samen, dan vragen we nu ook uw partner om '
    + 'te ondertekenen. Gaat u alleen verder, dan betaalt u eerst het voorschot. In uw aanvraag '
    + 'ziet u de volgende stap.',
  'messages.book_counter_visit.subject': 'Maak een afspraak aan het loket',
  'messages.book_counter_visit.body':
    'Uw gemeente vraagt om de ondertekende verklaring aan het loket af te geven. Maak een '
    + 'afspraak bij de dienst burgerzaken en neem uw identiteitskaart mee. De aanvraag wacht '
    + 'tot dat bezoek.',
  'messages.partner_invited.subject': 'Uw partner wil de wettelijke samenwoning beëindigen',
  'messages.partner_invited.body':
    'Uw partner vraagt om samen de wettelijke samenwoning te beëindigen. Lees de verklaring '
    + 'in uw aanvraag. U kunt ze mee ondertekenen of weigeren. Antwoordt u niet, dan kan uw '
    + 'partner alleen verdergaan.',
  'messages.partner_reminder.subject': 'Herinnering: we wachten op uw antwoord',
  'messages.partner_reminder.body':
    'U hebt nog niet geantwoord op de vraag om samen de wettelijke samenwoning te beëindigen. '
    + 'Lees de verklaring in uw aanvraag en onderteken of weiger.',
  'messages.partner_signed.subject': 'Uw partner heeft ondertekend',
  'messages.partner_signed.body':
    'Uw partner heeft de verklaring ook ondertekend. De gemeente behandelt nu de verklaring. '
    + 'U hoeft niets te doen. U krijgt een bericht bij de volgende stap.',
  'messages.partner_refused.subject': 'Uw partner heeft niet ondertekend',
  'messages.partner_refused.body':
    'Uw partner wil de verklaring niet samen ondertekenen. U kunt alleen verdergaan: een '
    + 'gerechtsdeurwaarder bezorgt de verklaring dan aan uw partner, en u betaalt daarvoor een '
    + 'voorschot. U kunt de aanvraag ook stoppen. Kies in uw aanvraag.',
  'messages.partner_refused_with_reason.subject': 'Uw partner heeft niet ondertekend',
  'messages.partner_refused_with_reason.body':
    'Uw partner wil de verklaring niet samen ondertekenen en heeft een reden gegeven. U leest '
    + 'die reden in uw aanvraag. U kunt alleen verdergaan of de aanvraag stoppen. Kies in uw '
    + 'aanvraag.',
  'messages.partner_no_answer.subject': 'Uw partner heeft niet geantwoord',
  'messages.partner_no_answer.body':
    'Uw partner heeft niet op tijd geantwoord. U kunt alleen verdergaan: een '
    + 'gerechtsdeurwaarder bezorgt de verklaring dan aan uw partner, en u betaalt daarvoor een '
    + 'voorschot. U kunt de aanvraag ook stoppen. Kies in uw aanvraag.',
  'messages.choice_reminder.subject': 'Herinnering: kies hoe u verdergaat',
  'messages.choice_reminder.body':
    'Uw aanvraag wacht op uw keuze: alleen verdergaan of stoppen. Kiest u niet op tijd, dan '
    + 'vervalt de aanvraag.',
  'messages.payment_reminder.subject': 'Herinnering: de betaling staat nog open',
  'messages.payment_reminder.body':
    'We hebben uw betaling nog niet ontvangen. U betaalt via uw aanvraag. Na de betaling gaat '
    + 'uw aanvraag verder.',
  'messages.payment_received.subject': 'Uw betaling is ontvangen',
  'messages.payment_received.body':
    'Bedankt, uw betaling is goed ontvangen. Uw aanvraag gaat nu verder. U hoeft niets te doen.',
  'messages.payment_failed.subject': 'De betaling is niet gelukt',
  'messages.payment_failed.body':
    'Uw betaling is niet gelukt. U kunt het opnieuw proberen via uw aanvraag.',
  'messages.payment_expired.subject': 'De termijn om te betalen is voorbij',
  'messages.payment_expired.body':
    'De betaling is niet op tijd gebeurd. Open uw aanvraag om te zien wat u nu kunt doen. Met '
    + 'vragen kunt u terecht aan het loket van uw gemeente.',
  'messages.payment_refunded.subject': 'U krijgt uw geld terug',
  'messages.payment_refunded.body':
    'Het bedrag dat u betaalde, is teruggestort. Het kan enkele werkdagen duren voor u het op '
    + 'uw rekening ziet.',
  'messages.declaration_received.subject': 'De gemeente heeft de verklaring ontvangen',
  'messages.declaration_received.body':
    'De gemeente heeft de verklaring ontvangen en een ontvangstbewijs gemaakt. U vindt het in '
    + 'uw aanvraag. U krijgt een bericht bij de volgende stap.',
  'messages.service_recorded.subject': 'De verklaring is officieel bezorgd',
  'messages.service_recorded.body':
    'De gerechtsdeurwaarder heeft de verklaring officieel aan uw partner bezorgd. De gemeente '
    + 'registreert nu de beëindiging. U hoeft niets te doen.',
  'messages.termination_registered.subject': 'De wettelijke samenwoning is beëindigd',
  'messages.termination_registered.body':
    'De gemeente heeft de beëindiging van de wettelijke samenwoning in het Rijksregister '
    + 'geregistreerd. Uw attest komt in uw aanvraag.',
  'certificates.heading':
    'Uw attesten',
  'certificates.kind.receipt':
    'Ontvangstbewijs',
  'certificates.kind.declaration':
    'Attest van de verklaring',
  'certificates.kind.termination':
    'Attest van beëindiging van de wettelijke samenwoning',
  'certificates.kind.household':
    'Uittreksel: samenstelling van uw gezin',
  'certificates.code':
    '(controlecode {code}, uitgereikt op {date})',
  'certificates.superseded':
    'Vervangen door een nieuwer attest.',
  'verify.link':
    'Nagaan of een attest echt is',
  'verify.title':
    'Een attest nagaan',
  'verify.intro':
    'Geef de controlecode in die op het attest staat. U ziet dan of het attest echt is en nog geldig, en wat erop staat.',
  'verify.code.label':
    'Controlecode',
  'verify.code.hint':
    '12 tekens, bijvoorbeeld ABCD-EFGH-JKLM. Hoofdletters of kleine letters maakt niet uit.',
  'verify.submit':
    'Nagaan',
  'verify.invalid':
    'Een controlecode heeft 12 letters en cijfers, zoals ABCD-EFGH-JKLM. Kijk de code na.',
  'verify.unknown.title':
    'Geen attest met deze code',
  'verify.unknown.body':
    'Wij hebben geen attest met deze controlecode uitgereikt. Kijk de code na. Klopt ze, dan is het attest niet echt.',
  'verify.genuine.current':
    'Dit attest is echt en nog geldig',
  'verify.genuine.superseded':
    'Dit attest is echt, maar vervangen door een nieuwer attest',
  'verify.issued':
    '{kind}, uitgereikt op {date}. Dit staat op het attest:',
  'verify.file.heading':
    'Of laad het PDF-bestand op',
  'verify.file.label':
    'Het attest als PDF-bestand',
  'verify.file.hint':
    'Het bestand zoals u het kreeg, niet gewijzigd of opnieuw afgedrukt. Hoogstens 5 MB.',
  'verify.file.submit':
    'Bestand nagaan',
  'verify.file.missing':
    'Kies het PDF-bestand van het attest.',
  'verify.file.notPdf':
    'Dit bestand is geen PDF. Kies het PDF-bestand van het attest.',
  'verify.file.tooLarge':
    'Dit bestand is groter dan 5 MB. Een attest is veel kleiner: kies het juiste bestand.',
  'verify.unknownFile.title':
    'Dit bestand is geen attest zoals wij het uitreikten',
  'verify.unknownFile.body':
    'Het bestand is niet precies een attest dat wij uitreikten: het werd gewijzigd, of het komt niet van ons. Een attest dat opnieuw werd opgeslagen of afgedrukt, kunt u nagaan met zijn controlecode.',
  'reads.link':
    'Wie las uw gegevens in het Rijksregister?',
  'reads.title':
    'Wie las uw gegevens',
  'reads.intro':
    'Voor aanvraag {reference} werden uw gegevens in het Rijksregister gelezen. Elke lezing wordt bijgehouden: wanneer, door wie en waarom.',
  'reads.caption':
    'Lezingen van uw gegevens voor aanvraag {reference}',
  'reads.none':
    'Voor deze aanvraag werden uw gegevens nog niet gelezen.',
  'reads.when':
    'Wanneer',
  'reads.who':
    'Door wie',
  'reads.why':
    'Waarom',
  'reads.back':
    'Terug naar de aanvraag',
  'reads.reader.you':
    'Uzelf, in het portaal',
  'reads.reader.partner':
    'Uw partner, in het portaal',
  'reads.reader.service':
    'De dienst zelf (automatisch)',
  'reads.reader.municipality':
    'Een medewerker van de gemeente',
  'reads.reader.bailiff':
    'De gerechtsdeurwaarder',
  'reads.purpose.start':
    'De aanvraag starten',
  'reads.purpose.declaration':
    'De verklaring opstellen',
  'reads.purpose.household':
    'Uw gezinssamenstelling na de beëindiging',
  'reads.purpose.service':
    'De verklaring betekenen',
  'reads.purpose.certificate':
    'Uw attesten opmaken',
  'household.heading':
    'Uw gezin volgens het Rijksregister',
  'household.shared':
    'U woont nog op hetzelfde adres als uw vroegere partner. De beëindiging van de samenwoning verandert uw gezinssamenstelling niet: die verandert pas als een van u beiden verhuist.',
  'household.move':
    'Een verhuizing melden',
  'household.moveAsk':
    'Een verhuizing meldt u bij de dienst burgerzaken van de gemeente waar u gaat wonen.',
  'messages.certificates_ready.subject': 'Uw attesten staan klaar',
  'messages.certificates_ready.body':
    'De beëindiging van uw wettelijke samenwoning is geregistreerd. Uw attesten staan klaar bij de documenten van uw aanvraag: het attest van de beëindiging, het ontvangstbewijs en een uittreksel van uw gezinssamenstelling. Elk attest heeft een controlecode waarmee iedereen kan nagaan of het echt is.',
  'messages.address_change_offer.subject': 'Verhuist een van u beiden?',
  'messages.address_change_offer.body':
    'U bent nog op hetzelfde adres ingeschreven als uw vroegere partner. Verhuist u, meld dan '
    + 'uw nieuwe adres aan de gemeente waar u gaat wonen.',
  'messages.case_withdrawn.subject': 'De aanvraag is ingetrokken',
  'messages.case_withdrawn.body':
    'De aanvraag om de wettelijke samenwoning te beëindigen, is ingetrokken. De wettelijke '
    + 'samenwoning blijft bestaan. U kunt later een nieuwe aanvraag starten.',
  'messages.case_lapsed_marriage.subject': 'De aanvraag is afgesloten',
  'messages.case_lapsed_marriage.body':
    'De wettelijke samenwoning is van rechtswege geëindigd door een huwelijk. De aanvraag is '
    + 'daarom afgesloten. U hoeft niets meer te doen.',
  'messages.case_lapsed_death.subject': 'De aanvraag is afgesloten',
  'messages.case_lapsed_death.body':
    'De wettelijke samenwoning is van rechtswege geëindigd door een overlijden. De aanvraag is '
    + 'daarom afgesloten. U hoeft niets meer te doen. Met vragen kunt u terecht aan het loket '
    + 'van uw gemeente.',
  'messages.case_expired.subject': 'De aanvraag is vervallen',
  'messages.case_expired.body':
    'De termijn van deze aanvraag is voorbij. De aanvraag is daarom afgesloten en de wettelijke '
    + 'samenwoning blijft bestaan. U kunt altijd een nieuwe aanvraag starten.',
  'messages.case_status_changed.subject': 'Uw aanvraag is gewijzigd',
  'messages.case_status_changed.body':
    'De gemeente heeft de stap van uw aanvraag gewijzigd. Open uw aanvraag om te zien waar ze '
    + 'nu staat.',
  'mail.subject': 'Er is nieuws in uw dossier',
  'mail.body':
    'Goedendag,\n\nEr is nieuws in uw dossier bij uw gemeente. Meld u aan om het bericht te '
    + 'lezen: {link}\n\nAntwoord niet op deze e-mail.',
  'mail.sms': 'Er is nieuws in uw dossier bij uw gemeente. Meld u aan om het te lezen: {link}',
  ...bailiffNl,
  ...paymentsNl,
  ...officeNl,
  ...officeListNl,
  ...officeCaseNl,
  ...officeTasksNl,
  ...officeCounterNl,
  ...officeInvoicesNl,
  ...officeDashboardNl,
  ...officeCrmNl,
  ...officeSettingsNl,
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof nl;
/** A language's message file: exactly the keys of the Dutch file. */
export type Messages = Record<MessageKey, string>;
