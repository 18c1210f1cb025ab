import type { Messages } from './nl.ts';

export const de: Messages = {
  'site.name': 'Gesetzliches Zusammenwohnen beenden',
  'site.owner': 'Ein Online-Dienst Ihrer Gemeinde',
  'layout.skip': 'Zum Inhalt',
  'layout.languages': 'Wählen Sie Ihre Sprache',
  'layout.footer': 'Fragen? Der Schalter Ihrer Gemeinde hilft Ihnen gern.',

  'error.summary': 'Es gibt ein Problem',
  'error.fieldPrefix': 'Fehler:',
  'error.home': 'Zur Startseite',
  'error.details': 'Technische Details (in der Produktion nicht sichtbar)',
  'error.notFound.title': 'Seite nicht gefunden',
  'error.notFound.body': 'Diese Seite gibt es nicht oder nicht mehr. Prüfen Sie die Adresse.',
  'error.badRequest.title': 'Diese Anfrage konnte nicht bearbeitet werden',
  'error.badRequest.body':
    'Die Anfrage ist unvollständig oder falsch. Gehen Sie zurück und versuchen Sie es erneut.',
  'error.server.title': 'Etwas ist schiefgelaufen',
  'error.server.body':
    'Wegen eines Fehlers bei uns hat das nicht geklappt. Versuchen Sie es in einigen '
    + 'Minuten noch einmal.',

  'product.title': 'Gesetzliches Zusammenwohnen beenden',
  'product.lead':
    'Sie wohnen gesetzlich zusammen und möchten das beenden? Sie können die Beendigung '
    + 'online beantragen, von zu Hause aus und zu jeder Zeit.',
  'product.start': 'Antrag starten',
  'product.what.heading': 'Worum geht es?',
  'product.what.body':
    'Mit einer Erklärung zur Beendigung beenden Sie Ihr gesetzliches Zusammenwohnen. '
    + 'Das geht auf zwei Arten.',
  'product.what.joint':
    'Gemeinsam: Sie und Ihr Partner unterschreiben beide die Erklärung. Danach registriert '
    + 'die Gemeinde die Beendigung.',
  'product.what.unilateral':
    'Allein: Unterschreibt Ihr Partner nicht oder antwortet er nicht, können Sie allein '
    + 'weitermachen. Ein Gerichtsvollzieher stellt Ihre Erklärung Ihrem Partner dann '
    + 'offiziell zu. Das ist die Zustellung. Danach registriert die Gemeinde die Beendigung.',
  'product.what.after':
    'Die Gemeinde passt das Nationalregister an. Danach können Sie Ihre Bescheinigung '
    + 'herunterladen.',
  'product.who.heading': 'Wer kann das beantragen?',
  'product.who.body':
    'Jeder der beiden Partner eines gesetzlichen Zusammenwohnens, das in Belgien '
    + 'registriert ist.',
  'product.who.municipality':
    'Ihr Antrag geht an die Gemeinde, in der Sie beide wohnen. Wohnen Sie nicht in derselben '
    + 'Gemeinde, ist es die Gemeinde eines von Ihnen, sonst die Gemeinde, in der das '
    + 'Zusammenwohnen zuletzt registriert wurde. Der Dienst findet sie für Sie heraus.',
  'product.cost.heading': 'Was kostet es?',
  'product.cost.jointFree': 'Gemeinsam: kostenlos.',
  'product.cost.joint': 'Gemeinsam: kostenlos oder höchstens {max}, je nach Gemeinde.',
  'product.cost.unilateral':
    'Allein: Sie zahlen im Voraus einen Vorschuss für die Kosten des Gerichtsvollziehers. '
    + 'Er beträgt {min} bis {max}, je nach Gemeinde.',
  'product.cost.caption': 'Kosten je Gemeinde',
  'product.cost.municipality': 'Gemeinde',
  'product.cost.jointColumn': 'Gemeinsam',
  'product.cost.unilateralColumn': 'Allein (Vorschuss für den Gerichtsvollzieher)',
  'product.cost.filingColumn': 'Erklärung einreichen',
  'product.cost.free': 'kostenlos',
  'product.cost.online': 'online',
  'product.cost.counter': 'online vorbereiten, am Schalter unterschreiben',
  'product.cost.none': 'Noch keine Gemeinde bietet diesen Dienst an.',
  'product.time.heading': 'Wie lange dauert es?',
  'product.time.partner': 'Ihr Partner hat {days} Tage Zeit, um zu antworten.',
  'product.time.bailiff':
    'Machen Sie allein weiter, stellt der Gerichtsvollzieher innerhalb von {days} Tagen '
    + 'nach der Empfangsbestätigung der Gemeinde zu.',
  'product.time.registration':
    'Die Gemeinde registriert die Beendigung innerhalb von {days} Werktagen.',
  'product.time.note': 'Das sind unsere Zusagen. Sie verfolgen jeden Schritt in Ihrer Akte.',
  'product.law.heading': 'Rechtsgrundlage',
  'product.law.body': 'Altes Zivilgesetzbuch, Artikel 1476.',
  'product.prepare.heading': 'Was brauchen Sie?',
  'product.prepare.login':
    'Ihren elektronischen Personalausweis (eID) mit einem Kartenleser oder die App itsme.',
  'product.prepare.partner':
    'Beenden Sie es gemeinsam? Dann meldet sich auch Ihr Partner so an.',
  'product.prepare.help': 'Klappt es online nicht? Der Schalter Ihrer Gemeinde hilft Ihnen.',
};
