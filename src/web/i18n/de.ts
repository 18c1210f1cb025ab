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

  'start.title': 'Ihr gesetzliches Zusammenwohnen beenden',
  'start.partner':
    'Laut Nationalregister wohnen Sie gesetzlich mit {name} zusammen.',
  'start.municipality': 'Ihr Antrag geht an die Gemeinde {municipality}.',
  'start.municipality.unilateral':
    'Wenn Sie allein weitermachen, geht Ihr Antrag an die Gemeinde {municipality}.',
  'start.filing.online': 'In dieser Gemeinde können Sie alles online erledigen.',
  'start.filing.counter':
    'In dieser Gemeinde bereiten Sie alles online vor. Danach gehen Sie kurz zum Schalter, '
    + 'um die Erklärung abzugeben.',
  'start.choice.heading': 'Gemeinsam oder allein?',
  'start.choice.legend': 'Wie möchten Sie das Zusammenwohnen beenden?',
  'start.joint.label': 'Gemeinsam mit {name}',
  'start.joint.hint':
    'Sie unterschreiben die Erklärung zuerst. Danach bitten wir {name}, sie auch zu '
    + 'unterschreiben. {name} hat dafür {days} Tage Zeit. Kosten: {cost}.',
  'start.unilateral.label': 'Allein',
  'start.unilateral.hint':
    'Wählen Sie dies, wenn Sie es nicht gemeinsam beenden können oder wollen, zum Beispiel '
    + 'wenn der Kontakt mit Ihrem Partner nicht sicher ist. Wir fragen Ihren Partner dann '
    + 'nichts. Ein Gerichtsvollzieher informiert Ihren Partner offiziell. Dafür zahlen Sie '
    + 'im Voraus einen Vorschuss: {deposit}.',
  'start.cost.free': 'kostenlos',
  'start.submit': 'Weiter',
  'start.after': 'Danach lesen Sie die Erklärung und unterschreiben sie.',
  'start.error.path': 'Wählen Sie, ob Sie es gemeinsam oder allein beenden.',
  'start.none.title': 'Sie wohnen nicht gesetzlich zusammen',
  'start.none.body':
    'Laut Nationalregister wohnen Sie nicht gesetzlich zusammen. Es gibt also nichts zu '
    + 'beenden.',
  'start.none.help':
    'Denken Sie, dass dies nicht stimmt? Wenden Sie sich an den Standesamtsdienst Ihrer '
    + 'Gemeinde.',
  'start.ended.title': 'Ihr gesetzliches Zusammenwohnen ist bereits beendet',
  'start.ended.body':
    'Laut Nationalregister ist Ihr gesetzliches Zusammenwohnen bereits beendet. Sie müssen '
    + 'nichts mehr tun.',
  'start.ended.help':
    'Brauchen Sie einen Nachweis? Fragen Sie Ihre Gemeinde nach einer Bescheinigung.',
  'start.open.title': 'Sie haben bereits einen Antrag',
  'start.open.body':
    'Für Ihr gesetzliches Zusammenwohnen läuft bereits ein Antrag. Es kann immer nur ein '
    + 'Antrag laufen. In Ihrem Antrag sehen Sie, wie weit er ist.',
  'start.open.link': 'Zu Ihrem Antrag',
  'start.partnerOpen.title': 'Ihr Partner hat bereits einen Antrag gestellt',
  'start.partnerOpen.body':
    'Sie müssen keinen neuen Antrag stellen. Sie nehmen am Antrag Ihres Partners teil. '
    + 'Dort sehen Sie, was Sie tun müssen.',
  'start.partnerOpen.link': 'Zum Antrag',
  'start.notServed.title': 'Ihre Gemeinde bietet diesen Dienst noch nicht online an',
  'start.notServed.body':
    'Ihr Antrag gehört zu einer Gemeinde, die diesen Online-Dienst noch nicht anbietet.',
  'start.notServed.help': 'Gehen Sie zum Schalter Ihrer Gemeinde. Dort hilft man Ihnen weiter.',

  'cases.title': 'Meine Anträge',
  'cases.empty': 'Sie haben noch keinen Antrag.',
  'cases.start': 'Einen Antrag stellen',
  'cases.role.declarant': 'Sie haben diesen Antrag gestellt.',
  'cases.role.partner': 'Ihr Partner hat diesen Antrag gestellt.',
  'cases.updated': 'Zuletzt geändert am {date}.',
  'cases.back': 'Zu meinen Anträgen',

  'case.title': 'Antrag {reference}',
  'case.status': 'Stand: {status}.',
  'case.status.draft': 'die Erklärung ist noch nicht unterschrieben',
  'case.status.awaiting_partner': 'wartet auf die Antwort des zweiten Partners',
  'case.status.awaiting_declarant_choice':
    'wartet auf die Wahl, allein weiterzumachen oder aufzuhören',
  'case.status.awaiting_counter_visit': 'wartet auf den Besuch am Schalter',
  'case.status.awaiting_payment': 'wartet auf die Zahlung',
  'case.status.awaiting_service': 'der Gerichtsvollzieher stellt die Erklärung zu',
  'case.status.registering': 'die Gemeinde registriert die Beendigung',
  'case.status.completed': 'abgeschlossen, das gesetzliche Zusammenwohnen ist beendet',
  'case.status.withdrawn': 'zurückgezogen',
  'case.status.lapsed': 'abgeschlossen, das Zusammenwohnen endete von Rechts wegen',
  'case.status.expired': 'verfallen, die Frist ist abgelaufen',
  'case.todo.heading': 'Was müssen Sie jetzt tun?',
  'case.todo.sign': 'Lesen Sie die Erklärung und unterschreiben Sie sie.',
  'case.todo.answer': 'Lesen Sie die Erklärung. Unterschreiben Sie sie auch, oder lehnen Sie ab.',
  'case.todo.declarationLink': 'Zur Erklärung',
  'case.todo.choose': 'Wählen Sie, ob Sie allein weitermachen oder aufhören.',
  'case.todo.chooseLink': 'Ihre Wahl treffen',
  'case.todo.counter':
    'Vereinbaren Sie einen Termin am Schalter Ihrer Gemeinde, um die Erklärung abzugeben.',
  'case.todo.pay': 'Zahlen Sie {amount}. Sie erhalten dafür eine Zahlungsaufforderung.',
  'case.todo.nothing':
    'Sie müssen jetzt nichts tun. Wir sagen Ihnen Bescheid, wenn es Neues gibt.',
  'case.todo.closed': 'Dieser Antrag ist abgeschlossen. Sie müssen nichts mehr tun.',
  'case.timeline.heading': 'Verlauf',
  'case.timeline.now': 'Jetzt: {status}.',
  'case.timeline.next': 'Nächster Schritt: {step}.',
  'case.timeline.due': 'Spätestens am {date}.',
  'case.next.draft': 'die Erklärung unterschreiben',
  'case.next.awaiting_partner': 'die Antwort des zweiten Partners',
  'case.next.awaiting_declarant_choice': 'die Wahl, allein weiterzumachen oder aufzuhören',
  'case.next.awaiting_counter_visit': 'die Erklärung am Schalter abgeben',
  'case.next.awaiting_payment': 'die Zahlung',
  'case.next.awaiting_service': 'die Zustellung durch den Gerichtsvollzieher',
  'case.next.registering': 'die Registrierung der Beendigung',
  'case.who.you': 'Ihnen',
  'case.who.partner': 'Ihrem Partner',
  'case.who.municipality': 'der Gemeinde',
  'case.event.started': 'Antrag gestellt von {who}.',
  'case.event.declarationSigned': 'Erklärung unterschrieben von {who}.',
  'case.event.partnerInvited': 'Bitte um Mitunterzeichnung verschickt.',
  'case.event.partnerSigned': 'Erklärung mitunterschrieben von {who}.',
  'case.event.partnerRefused': 'Unterschrift abgelehnt von {who}.',
  'case.event.reason': 'Grund: {reason}',
  'case.event.partnerDeadlinePassed': 'Die Frist für die Antwort ist abgelaufen.',
  'case.event.choseUnilateral': 'Entschieden, allein weiterzumachen.',
  'case.event.counterVisit': 'Erklärung am Schalter abgegeben.',
  'case.event.paymentRequested': 'Zahlungsaufforderung verschickt: {amount}.',
  'case.event.paid': 'Zahlung erhalten: {amount}.',
  'case.event.received': 'Empfangsbestätigung der Gemeinde: {number}.',
  'case.event.bailiffEngaged': 'Ein Gerichtsvollzieher wurde beauftragt.',
  'case.event.served': 'Der Gerichtsvollzieher hat die Erklärung zugestellt.',
  'case.event.registered': 'Beendigung registriert. Sie gilt ab dem {date}.',
  'case.event.certificate': 'Bescheinigung bereit.',
  'case.event.withdrawn': 'Antrag zurückgezogen von {who}.',
  'case.event.lapsed': 'Das Zusammenwohnen endete von Rechts wegen durch eine Heirat oder '
    + 'einen Todesfall. Der Antrag ist deshalb abgeschlossen.',
  'case.event.expired': 'Der Antrag ist verfallen, weil die Frist abgelaufen ist.',
  'case.withdraw.link': 'Antrag zurückziehen',

  'withdraw.title': 'Antrag zurückziehen',
  'withdraw.body':
    'Wenn Sie den Antrag zurückziehen, endet er. Ihr gesetzliches Zusammenwohnen bleibt '
    + 'dann bestehen. Sie können später einen neuen Antrag stellen.',
  'withdraw.confirm': 'Ja, Antrag zurückziehen',
  'withdraw.cancel': 'Nein, zurück zum Antrag',
  'withdraw.closed.title': 'Dieser Antrag ist bereits abgeschlossen',
  'withdraw.closed.body': 'Sie können ihn deshalb nicht mehr zurückziehen.',
  'withdraw.stale.title': 'Der Antrag hat sich inzwischen geändert',
  'withdraw.stale.body':
    'Während Sie die Seite angesehen haben, hat sich etwas am Antrag geändert. Es wurde '
    + 'nichts zurückgezogen. Sehen Sie sich den Antrag erneut an und entscheiden Sie dann.',
  'withdraw.declarantOnly.title': 'Nur wer den Antrag gestellt hat, kann ihn zurückziehen',
  'withdraw.declarantOnly.body':
    'Möchten Sie nicht mitmachen? Das können Sie sagen, wenn Sie die Erklärung lesen.',
  'csrf.title': 'Dieses Formular ist abgelaufen',
  'csrf.body':
    'Aus Sicherheitsgründen konnten wir dieses Formular nicht annehmen. Es wurde nichts '
    + 'geändert. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es noch einmal.',
};
