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
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof nl;
/** A language's message file: exactly the keys of the Dutch file. */
export type Messages = Record<MessageKey, string>;
