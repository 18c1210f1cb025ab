import type { Messages } from './nl.ts';
import { bailiffDe } from './bailiff.ts';
import { paymentsDe } from './payments.ts';
import { officeDe } from './office.ts';
import { officeListDe } from './office-list.ts';
import { officeCaseDe } from './office-case.ts';
import { officeTasksDe } from './office-tasks.ts';
import { officeCounterDe } from './office-counter.ts';
import { officeInvoicesDe } from './office-invoices.ts';
import { officeDashboardDe } from './office-dashboard.ts';
import { officeCrmDe } from './office-crm.ts';
import { officeSettingsDe } from './office-settings.ts';

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

  'preferences.link': 'Wählen, wie Sie Nachrichten erhalten',
  'preferences.title': 'Wie Sie Nachrichten erhalten',
  'preferences.lead':
    'Neuigkeiten zu Ihrem Antrag finden Sie immer bei Ihren Nachrichten auf dieser Website. '
    + 'Sie können auch eine E-Mail oder SMS erhalten, wenn es Neuigkeiten gibt. Darin steht '
    + 'nur, dass es Neuigkeiten gibt, nicht welche.',
  'preferences.portal': 'Nachrichten auf dieser Website erhalten Sie immer.',
  'preferences.language.heading': 'Sprache',
  'preferences.language.legend': 'In welcher Sprache möchten Sie Ihre Nachrichten erhalten?',
  'preferences.language.hint':
    'Wenn Sie nichts wählen, schreiben wir in der Sprache Ihrer Gemeinde.',
  'preferences.language.save': 'Sprache speichern',
  'preferences.email.heading': 'E-Mail',
  'preferences.email.none': 'Sie haben noch keine E-Mail-Adresse angegeben.',
  'preferences.email.confirmed': 'Ihre E-Mail-Adresse: {address} (bestätigt).',
  'preferences.email.unconfirmed': 'Ihre E-Mail-Adresse: {address} (noch nicht bestätigt).',
  'preferences.email.label': 'E-Mail-Adresse',
  'preferences.email.newLabel': 'Andere E-Mail-Adresse',
  'preferences.email.hint':
    'Wir senden einen Code an diese Adresse. Mit dem Code bestätigen Sie, dass es Ihre '
    + 'Adresse ist.',
  'preferences.email.send': 'Code per E-Mail senden',
  'preferences.email.remove': 'E-Mail-Adresse löschen',
  'preferences.phone.heading': 'SMS',
  'preferences.phone.none': 'Sie haben noch keine Handynummer angegeben.',
  'preferences.phone.confirmed': 'Ihre Handynummer: {address} (bestätigt).',
  'preferences.phone.unconfirmed': 'Ihre Handynummer: {address} (noch nicht bestätigt).',
  'preferences.phone.label': 'Handynummer',
  'preferences.phone.newLabel': 'Andere Handynummer',
  'preferences.phone.hint':
    'Zum Beispiel 0470 12 34 56. Eine Nummer aus einem anderen Land beginnt mit + und der '
    + 'Landesvorwahl. Wir senden einen Code an diese Nummer.',
  'preferences.phone.send': 'Code per SMS senden',
  'preferences.phone.remove': 'Handynummer löschen',
  'preferences.phone.unavailable': 'Nachrichten per SMS sind zurzeit nicht möglich.',
  'preferences.code.label': 'Code',
  'preferences.code.hint':
    'Geben Sie die 6 Ziffern ein, die wir an {address} gesendet haben. Der Code gilt bis '
    + '{time}.',
  'preferences.code.confirm': 'Bestätigen',
  'preferences.code.unusable':
    'Der Code für {address} funktioniert nicht mehr. Fordern Sie oben einen neuen Code an.',
  'preferences.channels.heading': 'E-Mail und SMS',
  'preferences.channels.legend': 'Senden Sie mir auch eine Nachricht, wenn es Neuigkeiten gibt',
  'preferences.channels.email': 'Per E-Mail an {address}',
  'preferences.channels.sms': 'Per SMS an {address}',
  'preferences.channels.none':
    'Bestätigen Sie zuerst eine E-Mail-Adresse oder Handynummer. Danach wählen Sie hier, was '
    + 'Sie erhalten möchten.',
  'preferences.channels.save': 'Auswahl speichern',
  'preferences.done.language': 'Ihre Sprache ist gespeichert.',
  'preferences.done.codeSent': 'Wir haben einen Code gesendet. Geben Sie ihn unten ein.',
  'preferences.done.confirmed':
    'Ihre Adresse ist bestätigt. Sie erhalten dort ab jetzt eine Nachricht, wenn es '
    + 'Neuigkeiten gibt.',
  'preferences.done.alreadyConfirmed':
    'Diese Adresse ist schon bestätigt. Es hat sich nichts geändert.',
  'preferences.done.channels': 'Ihre Auswahl ist gespeichert.',
  'preferences.done.removed': 'Die Adresse ist gelöscht.',
  'preferences.error.language': 'Wählen Sie eine Sprache.',
  'preferences.error.emailEmpty': 'Geben Sie Ihre E-Mail-Adresse ein.',
  'preferences.error.emailInvalid':
    'Geben Sie eine E-Mail-Adresse wie name@beispiel.be ein, ohne Leerzeichen.',
  'preferences.error.phoneEmpty': 'Geben Sie Ihre Handynummer ein.',
  'preferences.error.phoneInvalid': 'Geben Sie eine Handynummer wie 0470 12 34 56 ein.',
  'preferences.error.phoneNotMobile':
    'Das ist keine Handynummer. Eine SMS kann nur an eine Handynummer gehen.',
  'preferences.error.smsUnavailable': 'Nachrichten per SMS sind zurzeit nicht möglich.',
  'preferences.error.rateLimited':
    'Sie haben zu viele Codes angefordert. Sie können ab {time} einen neuen Code anfordern.',
  'preferences.error.sendFailed':
    'Wir konnten den Code nicht senden. Prüfen Sie die Adresse oder versuchen Sie es später '
    + 'noch einmal.',
  'preferences.error.codeMalformed': 'Geben Sie den Code ein: 6 Ziffern.',
  'preferences.error.codeWrong':
    'Dieser Code stimmt nicht. Sie können es noch {count}-mal versuchen.',
  'preferences.error.codeVoid':
    'Sie haben zu oft einen falschen Code eingegeben. Dieser Code funktioniert nicht mehr. '
    + 'Fordern Sie einen neuen Code an.',
  'preferences.error.codeExpired': 'Dieser Code gilt nicht mehr. Fordern Sie einen neuen Code an.',
  'preferences.error.noCode': 'Fordern Sie zuerst einen Code an.',
  'preferences.error.emailNotConfirmed':
    'Bestätigen Sie zuerst Ihre E-Mail-Adresse mit einem Code.',
  'preferences.error.smsNotConfirmed': 'Bestätigen Sie zuerst Ihre Handynummer mit einem Code.',

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
  'case.todo.pay': 'Zahlen Sie {amount} mit der Schaltfläche unten.',
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

  // Signing and answering (declaration., answer., choice.)
  'declaration.title': 'Ihre Erklärung',
  'declaration.intro':
    'Das steht in der Erklärung, mit der Sie das gesetzliche Zusammenwohnen beenden. '
    + 'Die Angaben kommen aus dem Nationalregister.',
  'declaration.field.kind': 'Art der Erklärung',
  'declaration.field.municipality': 'Gemeinde',
  'declaration.field.surname': 'Name',
  'declaration.field.firstNames': 'Vornamen',
  'declaration.field.birth': 'Geboren',
  'declaration.field.domicile': 'Wohnsitz',
  'declaration.field.declarant': 'Wer den Antrag begonnen hat',
  'declaration.field.partnerName': 'Andere Partnerin oder anderer Partner',
  'declaration.birth': 'in {place} am {date}',
  'declaration.noDomicile': 'Keine Adresse in Belgien',
  'declaration.kind.joint': 'Gemeinsam: Sie und Ihr Partner unterschreiben beide',
  'declaration.kind.unilateral': 'Allein: nur Sie unterschreiben',
  'declaration.you': 'Sie',
  'declaration.partner': 'Ihr Partner',
  'declaration.wrong':
    'Stimmt etwas nicht? Wenden Sie sich an Ihre Gemeinde. Sie kann die Angaben berichtigen '
    + 'lassen.',
  'declaration.signHeading': 'Unterschreiben',
  'declaration.stepUp':
    'Zum Unterschreiben melden Sie sich noch einmal an, zum Beispiel mit Ihrer eID oder itsme.',
  'declaration.continue': 'Weiter zum Unterschreiben',
  'declaration.back': 'Zurück zum Antrag',
  'declaration.check.title': 'Prüfen und unterschreiben',
  'declaration.check.after':
    'Nach Ihrer Unterschrift erstellen wir die Erklärung als PDF. Bei einer gemeinsamen '
    + 'Erklärung bitten wir danach Ihren Partner, auch zu unterschreiben.',
  'declaration.check.confirm': 'Ich möchte das gesetzliche Zusammenwohnen beenden.',
  'declaration.check.error':
    'Kreuzen Sie an, dass Sie das gesetzliche Zusammenwohnen beenden möchten.',
  'declaration.check.sign': 'Unterschreiben',
  'declaration.stale.title': 'Der Antrag hat sich inzwischen geändert',
  'declaration.stale.body':
    'Während Sie die Seite angesehen haben, hat sich etwas geändert. Es wurde nichts '
    + 'unterschrieben. Sehen Sie sich den Antrag noch einmal an.',
  'declaration.notNow.title': 'Dieser Schritt ist jetzt nicht möglich',
  'declaration.notNow.body':
    'Der Antrag ist nicht mehr an diesem Punkt. Auf der Seite des Antrags sehen Sie, was Sie '
    + 'jetzt tun können.',
  'declaration.documents.heading': 'Dokumente',
  'declaration.documents.one': 'Erklärung mit einer Unterschrift, {date} (PDF)',
  'declaration.documents.both': 'Erklärung mit zwei Unterschriften, {date} (PDF)',
  'answer.title': 'Ihre Antwort auf die Erklärung',
  'answer.intro': '{name} möchte das gesetzliche Zusammenwohnen gemeinsam mit Ihnen beenden.',
  'answer.read': 'Die Erklärung lesen (PDF)',
  'answer.deadline':
    'Sie können bis einschließlich {date} antworten. Vorher senden wir Ihnen eine Erinnerung.',
  'answer.next.heading': 'Wie geht es weiter?',
  'answer.next.sign':
    'Wenn Sie auch unterschreiben, registriert die Gemeinde das Ende. Sie bekommen beide '
    + 'eine Bescheinigung.',
  'answer.next.refuse':
    'Wenn Sie ablehnen, kann Ihr Partner allein weitermachen. Ein Gerichtsvollzieher stellt '
    + 'Ihnen dann die Erklärung zu.',
  'answer.next.silent':
    'Wenn Sie nicht rechtzeitig antworten, kann Ihr Partner auch allein weitermachen.',
  'answer.sign': 'Auch unterschreiben',
  'answer.refuse': 'Ich möchte nicht unterschreiben',
  'answer.back': 'Zurück zur Erklärung',
  'answer.check.title': 'Prüfen und auch unterschreiben',
  'answer.check.after': 'Nach Ihrer Unterschrift registriert die Gemeinde das Ende.',
  'answer.refuse.title': 'Nicht unterschreiben',
  'answer.refuse.body':
    'Sie können sagen, warum Sie nicht unterschreiben. Das müssen Sie nicht. Ihr Partner kann '
    + 'danach allein weitermachen.',
  'answer.refuse.reason': 'Warum nicht? (freiwillig)',
  'answer.refuse.reasonHint':
    'Die Gemeinde liest Ihren Grund. Ihr Partner liest ihn nur, wenn Sie unten ankreuzen. '
    + 'Höchstens 500 Zeichen.',
  'answer.refuse.share': 'Mein Partner darf meinen Grund lesen',
  'answer.refuse.submit': 'Nicht unterschreiben',
  'answer.refuse.error': 'Schreiben Sie Ihren Grund in höchstens 500 Zeichen.',
  'choice.title': 'Allein weitermachen oder aufhören',
  'choice.intro':
    'Ihr Partner hat nicht unterschrieben. Sie können das Zusammenwohnen allein beenden '
    + 'oder den Antrag beenden.',
  'choice.legend': 'Was möchten Sie tun?',
  'choice.alone': 'Allein weitermachen',
  'choice.alone.hint':
    'Sie unterschreiben allein eine Erklärung. Sie zahlen vorab {deposit} für den '
    + 'Gerichtsvollzieher, der Ihrem Partner die Erklärung zustellt.',
  'choice.stop': 'Aufhören',
  'choice.stop.hint': 'Der Antrag endet. Ihr gesetzliches Zusammenwohnen bleibt bestehen.',
  'choice.error': 'Wählen Sie, ob Sie allein weitermachen oder aufhören.',
  'choice.submit': 'Weiter',
  'choice.check.title': 'Prüfen und allein unterschreiben',
  'choice.check.after':
    'Nach Ihrer Unterschrift bitten wir Sie, die Kosten des Gerichtsvollziehers zu zahlen.',

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

  // The header for a signed-in citizen, the counter visit, the case's messages.
  'layout.account': 'Ihr Konto',
  'layout.signOut': 'Abmelden',
  'case.messages.link': 'Nachrichten zu diesem Antrag',
  'case.counter.heading': 'Termin am Schalter',
  'case.counter.body':
    'Die Gemeinde {municipality} bittet darum, die unterschriebene Erklärung am Schalter '
    + 'abzugeben. Vereinbaren Sie dazu einen Termin und bringen Sie Ihren Personalausweis mit. '
    + 'Der Antrag wartet auf diesen Besuch.',
  'case.counter.book': 'Termin vereinbaren',
  'case.counter.bookLink': 'Online einen Termin bei der Gemeinde vereinbaren',
  'case.counter.phone': 'Telefon',
  'case.counter.hours': 'Öffnungszeiten des Schalters',
  'case.counter.unknown':
    'Wenden Sie sich an den Bürgerdienst Ihrer Gemeinde, um einen Termin zu vereinbaren.',
  'messages.forCase': 'Nachrichten zum Antrag {reference}',
  'messages.all': 'Alle Nachrichten',
  'messages.caseEmpty': 'Zu diesem Antrag gibt es noch keine Nachrichten.',

  // Sign-in (src/web/auth): the embedded test login, errors, sign-out; rate limits.
  'login.pick.title': 'Testanmeldung: Wählen Sie eine Person',
  'login.pick.intro':
    'Dies ist die eingebaute Testanmeldung. Sie melden sich als eine der erfundenen '
    + 'Demo-Personen an. Im Betrieb melden Sie sich hier beim Staat an, mit eID oder itsme.',
  'login.pick.person': 'Person',
  'login.pick.level': 'Vertrauensniveau',
  'login.pick.asked': 'Der Dienst verlangt mindestens das Niveau {level}.',
  'login.level.low': 'Niedrig',
  'login.level.low.hint': 'Zum Beispiel ein Code per E-Mail.',
  'login.level.substantial': 'Substanziell',
  'login.level.substantial.hint': 'Zum Beispiel itsme.',
  'login.level.high': 'Hoch',
  'login.level.high.hint': 'Zum Beispiel Ihre eID mit einem Kartenleser.',
  'login.pick.submit': 'Anmelden',
  'login.pick.cancel': 'Abbrechen',
  'login.pick.error.person': 'Wählen Sie eine Person.',
  'login.pick.error.level': 'Wählen Sie ein Vertrauensniveau.',
  'login.signIn': 'Anmelden',
  'login.badLink.title': 'Dieser Anmeldelink ist nicht gültig',
  'login.badLink.body':
    'Der Link möchte Sie zu einer anderen Website schicken oder verlangt ein unbekanntes Niveau.',
  'login.failed.title': 'Die Anmeldung hat nicht geklappt',
  'login.failed.code': 'Fehlercode für den Helpdesk:',
  'login.failed.again': 'Erneut anmelden',
  'login.error.login_request_missing':
    'Diese Anmeldung wurde schon benutzt, ist abgelaufen oder wurde nicht in diesem Browser '
    + 'begonnen.',
  'login.error.state_mismatch':
    'Diese Antwort gehört nicht zu der Anmeldung, die in diesem Browser begonnen wurde.',
  'login.error.provider_refused': 'Die Anmeldung wurde abgebrochen oder abgelehnt.',
  'login.error.token_exchange_failed':
    'Wir konnten die Antwort des Anmeldedienstes nicht prüfen.',
  'login.error.insufficient_level':
    'Für diesen Schritt müssen Sie sich auf einem höheren Niveau anmelden, zum Beispiel mit '
    + 'Ihrer eID oder itsme.',
  'login.error.missing_national_number':
    'Der Anmeldedienst hat uns nicht mitgeteilt, wer Sie sind.',
  'login.error.provider_unavailable':
    'Der Anmeldedienst ist gerade nicht erreichbar. Versuchen Sie es später noch einmal.',
  'logout.title': 'Abmelden',
  'logout.body':
    'Möchten Sie sich abmelden? An einem gemeinsam genutzten Computer schließen Sie danach '
    + 'am besten den Browser.',
  'logout.submit': 'Abmelden',
  'logout.notSignedIn': 'Sie sind nicht angemeldet',
  'logout.provider.title': 'Auch bei der Testanmeldung abmelden?',
  'logout.provider.body':
    'Sie sind von diesem Dienst abgemeldet. Melden Sie sich auch bei der Testanmeldung ab, '
    + 'dann wählen Sie beim nächsten Mal wieder eine Person.',
  'logout.provider.yes': 'Ja, auch dort abmelden',
  'logout.provider.no': 'Nein, dort angemeldet bleiben',
  'signedOut.title': 'Sie sind abgemeldet',
  'signedOut.body': 'Sie sind sicher abgemeldet. Ihr Antrag bleibt gespeichert.',
  'rateLimit.title': 'Einen Moment bitte',
  'rateLimit.body':
    'In den letzten Minuten gab es zu viele Versuche von Ihrer Verbindung oder für Ihr Konto. '
    + 'Um Missbrauch zu verhindern, warten wir kurz.',
  'rateLimit.retry': 'Versuchen Sie es ab {time} noch einmal (in {minutes} Min.).',

  // The message box (src/web/messages) and the short e-mail and SMS notice.
  'messages.title': 'Nachrichten',
  'messages.lead':
    'Hier finden Sie alle Nachrichten zu Ihren Anträgen. Die neueste steht oben.',
  'messages.empty': 'Sie haben noch keine Nachrichten.',
  'messages.unread': 'Neu',
  'messages.unreadHidden': 'Ungelesene Nachricht:',
  'messages.received': 'Erhalten am {date}',
  'messages.case': 'Antrag {reference}',
  'messages.toCase': 'Zum Antrag {reference}',
  'messages.back': 'Zurück zu allen Nachrichten',
  'messages.markRead': 'Als gelesen markieren',
  'messages.nav': 'Nachrichten',
  'messages.navUnread': 'Nachrichten ({count} neu)',
  'messages.due.answer': 'Bitte antworten Sie bis zum {date}.',
  'messages.due.partnerAnswer': 'Ihr Partner kann bis zum {date} antworten.',
  'messages.due.choice': 'Bitte wählen Sie bis zum {date}.',
  'messages.due.payment': 'Bitte zahlen Sie bis zum {date}.',
  'messages.due.service': 'Der Gerichtsvollzieher stellt die Erklärung bis zum {date} zu.',
  'messages.due.registration': 'Die Gemeinde trägt die Beendigung bis zum {date} ein.',
  'messages.norms':
    'Wie lange jeder Schritt dauert: Der Partner hat {answer} Tage Zeit zu antworten. Lehnt er ab oder antwortet er nicht, entscheiden Sie innerhalb von {choice} Tagen, ob Sie allein weitermachen. Den Vorschuss zahlen Sie innerhalb von {payment} Tagen. Der Gerichtsvollzieher stellt die Erklärung innerhalb von 8 Tagen nach der Zahlung zu. Die Gemeinde trägt die Beendigung innerhalb von {registration} Werktagen ein.',
  'messages.norms.partner':
    'Wie lange jeder Schritt dauert: Sie haben {answer} Tage Zeit zu antworten. Unterschreiben Sie mit, trägt die Gemeinde die Beendigung innerhalb von {registration} Werktagen ein. Lehnen Sie ab oder antworten Sie nicht, kann Ihr Partner allein weitermachen; ein Gerichtsvollzieher stellt Ihnen dann die Erklärung zu.',
  'messages.case_started.subject': 'Ihr Antrag hat begonnen',
  'messages.case_started.body':
    'Sie haben einen Antrag gestellt, um Ihr gesetzliches Zusammenwohnen zu beenden. Der '
    + 'nächste Schritt: Lesen und unterschreiben Sie die Erklärung. Öffnen Sie Ihren Antrag, '
    + 'um weiterzumachen.',
  'messages.declaration_signed.subject': 'Sie haben die Erklärung unterschrieben',
  'messages.declaration_signed.body':
    'Wir haben Ihre Unterschrift erhalten. Beenden Sie gemeinsam, dann bitten wir jetzt auch '
    + 'Ihren Partner zu unterschreiben. Machen Sie allein weiter, dann zahlen Sie zuerst den '
    + 'Vorschuss. In Ihrem Antrag sehen Sie den nächsten Schritt.',
  'messages.book_counter_visit.subject': 'Vereinbaren Sie einen Termin am Schalter',
  'messages.book_counter_visit.body':
    'Ihre Gemeinde möchte, dass die unterschriebene Erklärung am Schalter abgegeben wird. '
    + 'Vereinbaren Sie einen Termin beim Standesamt und bringen Sie Ihren Personalausweis mit. '
    + 'Der Antrag wartet bis zu diesem Besuch.',
  'messages.partner_invited.subject': 'Ihr Partner möchte das gesetzliche Zusammenwohnen beenden',
  'messages.partner_invited.body':
    'Ihr Partner bittet darum, das gesetzliche Zusammenwohnen gemeinsam zu beenden. Lesen Sie '
    + 'die Erklärung in Ihrem Antrag. Sie können sie ebenfalls unterschreiben oder ablehnen. '
    + 'Antworten Sie nicht, kann Ihr Partner allein weitermachen.',
  'messages.partner_reminder.subject': 'Erinnerung: Wir warten auf Ihre Antwort',
  'messages.partner_reminder.body':
    'Sie haben noch nicht auf die Bitte geantwortet, das gesetzliche Zusammenwohnen gemeinsam '
    + 'zu beenden. Lesen Sie die Erklärung in Ihrem Antrag und unterschreiben Sie oder lehnen '
    + 'Sie ab.',
  'messages.partner_signed.subject': 'Ihr Partner hat unterschrieben',
  'messages.partner_signed.body':
    'Ihr Partner hat die Erklärung auch unterschrieben. Die Gemeinde bearbeitet jetzt die '
    + 'Erklärung. Sie müssen nichts tun. Beim nächsten Schritt erhalten Sie eine Nachricht.',
  'messages.partner_refused.subject': 'Ihr Partner hat nicht unterschrieben',
  'messages.partner_refused.body':
    'Ihr Partner möchte die Erklärung nicht gemeinsam unterschreiben. Sie können allein '
    + 'weitermachen: Ein Gerichtsvollzieher stellt die Erklärung dann Ihrem Partner zu, und Sie '
    + 'zahlen dafür einen Vorschuss. Sie können den Antrag auch beenden. Wählen Sie in Ihrem '
    + 'Antrag.',
  'messages.partner_refused_with_reason.subject': 'Ihr Partner hat nicht unterschrieben',
  'messages.partner_refused_with_reason.body':
    'Ihr Partner möchte die Erklärung nicht gemeinsam unterschreiben und hat einen Grund '
    + 'angegeben. Sie lesen ihn in Ihrem Antrag. Sie können allein weitermachen oder den Antrag '
    + 'beenden. Wählen Sie in Ihrem Antrag.',
  'messages.partner_no_answer.subject': 'Ihr Partner hat nicht geantwortet',
  'messages.partner_no_answer.body':
    'Ihr Partner hat nicht rechtzeitig geantwortet. Sie können allein weitermachen: Ein '
    + 'Gerichtsvollzieher stellt die Erklärung dann Ihrem Partner zu, und Sie zahlen dafür '
    + 'einen Vorschuss. Sie können den Antrag auch beenden. Wählen Sie in Ihrem Antrag.',
  'messages.choice_reminder.subject': 'Erinnerung: Wählen Sie, wie es weitergeht',
  'messages.choice_reminder.body':
    'Ihr Antrag wartet auf Ihre Wahl: allein weitermachen oder beenden. Wählen Sie nicht '
    + 'rechtzeitig, verfällt der Antrag.',
  'messages.payment_reminder.subject': 'Erinnerung: Die Zahlung ist noch offen',
  'messages.payment_reminder.body':
    'Wir haben Ihre Zahlung noch nicht erhalten. Sie zahlen über Ihren Antrag. Nach der '
    + 'Zahlung geht Ihr Antrag weiter.',
  'messages.payment_received.subject': 'Ihre Zahlung ist eingegangen',
  'messages.payment_received.body':
    'Danke, wir haben Ihre Zahlung erhalten. Ihr Antrag geht jetzt weiter. Sie müssen nichts '
    + 'tun.',
  'messages.payment_failed.subject': 'Die Zahlung hat nicht geklappt',
  'messages.payment_failed.body':
    'Ihre Zahlung ist nicht durchgegangen. Sie können es über Ihren Antrag noch einmal '
    + 'versuchen.',
  'messages.payment_expired.subject': 'Die Frist zum Zahlen ist vorbei',
  'messages.payment_expired.body':
    'Die Zahlung ist nicht rechtzeitig erfolgt. Öffnen Sie Ihren Antrag, um zu sehen, was Sie '
    + 'jetzt tun können. Bei Fragen hilft Ihnen der Schalter Ihrer Gemeinde.',
  'messages.payment_refunded.subject': 'Sie erhalten Ihr Geld zurück',
  'messages.payment_refunded.body':
    'Der Betrag, den Sie gezahlt haben, wurde zurücküberwiesen. Es kann einige Werktage '
    + 'dauern, bis Sie ihn auf Ihrem Konto sehen.',
  'messages.declaration_received.subject': 'Die Gemeinde hat die Erklärung erhalten',
  'messages.declaration_received.body':
    'Die Gemeinde hat die Erklärung erhalten und eine Empfangsbestätigung erstellt. Sie finden '
    + 'sie in Ihrem Antrag. Beim nächsten Schritt erhalten Sie eine Nachricht.',
  'messages.service_recorded.subject': 'Die Erklärung wurde amtlich zugestellt',
  'messages.service_recorded.body':
    'Der Gerichtsvollzieher hat die Erklärung Ihrem Partner amtlich zugestellt. Die Gemeinde '
    + 'trägt jetzt die Beendigung ein. Sie müssen nichts tun.',
  'messages.termination_registered.subject': 'Das gesetzliche Zusammenwohnen ist beendet',
  'messages.termination_registered.body':
    'Die Gemeinde hat die Beendigung des gesetzlichen Zusammenwohnens im Nationalregister '
    + 'eingetragen. Ihre Bescheinigung finden Sie bald in Ihrem Antrag.',
  'certificates.heading':
    'Ihre Bescheinigungen',
  'certificates.kind.receipt':
    'Empfangsbestätigung',
  'certificates.kind.declaration':
    'Bescheinigung der Erklärung',
  'certificates.kind.termination':
    'Bescheinigung der Beendigung des gesetzlichen Zusammenwohnens',
  'certificates.kind.household':
    'Auszug: Zusammensetzung Ihres Haushalts',
  'certificates.code':
    '(Prüfcode {code}, ausgestellt am {date})',
  'certificates.superseded':
    'Ersetzt durch eine neuere Bescheinigung.',
  'verify.link':
    'Prüfen, ob eine Bescheinigung echt ist',
  'verify.title':
    'Eine Bescheinigung prüfen',
  'verify.intro':
    'Geben Sie den Prüfcode ein, der auf der Bescheinigung steht. Sie sehen dann, ob die Bescheinigung echt und noch gültig ist und was darauf steht.',
  'verify.code.label':
    'Prüfcode',
  'verify.code.hint':
    '12 Zeichen, zum Beispiel ABCD-EFGH-JKLM. Groß- oder Kleinschreibung spielt keine Rolle.',
  'verify.submit':
    'Prüfen',
  'verify.invalid':
    'Ein Prüfcode hat 12 Buchstaben und Ziffern, wie ABCD-EFGH-JKLM. Prüfen Sie den Code.',
  'verify.unknown.title':
    'Keine Bescheinigung mit diesem Code',
  'verify.unknown.body':
    'Wir haben keine Bescheinigung mit diesem Prüfcode ausgestellt. Prüfen Sie den Code. Stimmt er, ist die Bescheinigung nicht echt.',
  'verify.genuine.current':
    'Diese Bescheinigung ist echt und noch gültig',
  'verify.genuine.superseded':
    'Diese Bescheinigung ist echt, aber durch eine neuere ersetzt',
  'verify.issued':
    '{kind}, ausgestellt am {date}. Das steht darauf:',
  'verify.file.heading':
    'Oder laden Sie die PDF-Datei hoch',
  'verify.file.label':
    'Die Bescheinigung als PDF-Datei',
  'verify.file.hint':
    'Die Datei so, wie Sie sie erhalten haben, nicht geändert oder neu gedruckt. Höchstens 5 MB.',
  'verify.file.submit':
    'Datei prüfen',
  'verify.file.missing':
    'Wählen Sie die PDF-Datei der Bescheinigung.',
  'verify.file.notPdf':
    'Diese Datei ist kein PDF. Wählen Sie die PDF-Datei der Bescheinigung.',
  'verify.file.tooLarge':
    'Diese Datei ist größer als 5 MB. Eine Bescheinigung ist viel kleiner: Wählen Sie die richtige Datei.',
  'verify.unknownFile.title':
    'Diese Datei ist keine Bescheinigung, wie wir sie ausgestellt haben',
  'verify.unknownFile.body':
    'Die Datei ist nicht genau eine Bescheinigung, die wir ausgestellt haben: Sie wurde geändert oder stammt nicht von uns. Eine neu gespeicherte oder gedruckte Bescheinigung prüfen Sie mit ihrem Prüfcode.',
  'reads.link':
    'Wer hat Ihre Daten im Nationalregister gelesen?',
  'reads.title':
    'Wer hat Ihre Daten gelesen',
  'reads.intro':
    'Für den Antrag {reference} wurden Ihre Daten im Nationalregister gelesen. Jede Abfrage wird festgehalten: wann, von wem und warum.',
  'reads.caption':
    'Abfragen Ihrer Daten für den Antrag {reference}',
  'reads.none':
    'Für diesen Antrag wurden Ihre Daten noch nicht gelesen.',
  'reads.when':
    'Wann',
  'reads.who':
    'Von wem',
  'reads.why':
    'Warum',
  'reads.back':
    'Zurück zum Antrag',
  'reads.reader.you':
    'Sie selbst, im Portal',
  'reads.reader.partner':
    'Ihr Partner, im Portal',
  'reads.reader.service':
    'Der Dienst selbst (automatisch)',
  'reads.reader.municipality':
    'Ein Mitarbeiter der Gemeinde',
  'reads.reader.bailiff':
    'Der Gerichtsvollzieher',
  'reads.purpose.start':
    'Den Antrag beginnen',
  'reads.purpose.declaration':
    'Die Erklärung erstellen',
  'reads.purpose.household':
    'Ihre Haushaltszusammensetzung nach der Beendigung',
  'reads.purpose.service':
    'Die Erklärung zustellen',
  'reads.purpose.certificate':
    'Ihre Bescheinigungen erstellen',
  'household.heading':
    'Ihr Haushalt laut Nationalregister',
  'household.shared':
    'Sie wohnen noch an derselben Adresse wie Ihr früherer Partner. Die Beendigung des Zusammenwohnens ändert Ihre Haushaltszusammensetzung nicht: Sie ändert sich erst, wenn einer von Ihnen umzieht.',
  'household.move':
    'Einen Umzug melden',
  'household.moveAsk':
    'Einen Umzug melden Sie beim Einwohnermeldeamt der Gemeinde, in die Sie ziehen.',
  'messages.certificates_ready.subject': 'Ihre Bescheinigungen liegen bereit',
  'messages.certificates_ready.body':
    'Die Beendigung Ihres gesetzlichen Zusammenwohnens ist eingetragen. Ihre Bescheinigungen liegen bei den Dokumenten Ihres Antrags bereit: die Bescheinigung der Beendigung, die Empfangsbestätigung und ein Auszug Ihrer Haushaltszusammensetzung. Jede Bescheinigung trägt einen Prüfcode, mit dem jeder ihre Echtheit prüfen kann.',
  'messages.address_change_offer.subject': 'Zieht einer von Ihnen um?',
  'messages.address_change_offer.body':
    'Sie sind noch an derselben Adresse gemeldet wie Ihr früherer Partner. Wenn Sie umziehen, '
    + 'melden Sie Ihre neue Adresse bei der Gemeinde, in der Sie wohnen werden.',
  'messages.case_withdrawn.subject': 'Der Antrag wurde zurückgezogen',
  'messages.case_withdrawn.body':
    'Der Antrag, das gesetzliche Zusammenwohnen zu beenden, wurde zurückgezogen. Das '
    + 'gesetzliche Zusammenwohnen besteht weiter. Sie können später einen neuen Antrag stellen.',
  'messages.case_lapsed_marriage.subject': 'Der Antrag wurde abgeschlossen',
  'messages.case_lapsed_marriage.body':
    'Das gesetzliche Zusammenwohnen ist von Rechts wegen durch eine Heirat beendet. Der Antrag '
    + 'ist deshalb abgeschlossen. Sie müssen nichts mehr tun.',
  'messages.case_lapsed_death.subject': 'Der Antrag wurde abgeschlossen',
  'messages.case_lapsed_death.body':
    'Das gesetzliche Zusammenwohnen ist von Rechts wegen durch einen Todesfall beendet. Der '
    + 'Antrag ist deshalb abgeschlossen. Sie müssen nichts mehr tun. Bei Fragen hilft Ihnen der '
    + 'Schalter Ihrer Gemeinde.',
  'messages.case_expired.subject': 'Der Antrag ist verfallen',
  'messages.case_expired.body':
    'Die Frist dieses Antrags ist vorbei. Der Antrag ist deshalb abgeschlossen, und das '
    + 'gesetzliche Zusammenwohnen besteht weiter. Sie können jederzeit einen neuen Antrag '
    + 'stellen.',
  'messages.case_status_changed.subject': 'Ihr Antrag wurde geändert',
  'messages.case_status_changed.body':
    'Die Gemeinde hat den Schritt Ihres Antrags geändert. Öffnen Sie Ihren Antrag, um zu '
    + 'sehen, wo er jetzt steht.',
  'mail.subject': 'Es gibt Neuigkeiten in Ihrer Akte',
  'mail.body':
    'Guten Tag,\n\nEs gibt Neuigkeiten in Ihrer Akte bei Ihrer Gemeinde. Melden Sie sich an, '
    + 'um die Nachricht zu lesen: {link}\n\nBitte antworten Sie nicht auf diese E-Mail.',
  'mail.sms': 'Neuigkeiten in Ihrer Akte bei der Gemeinde. Bitte melden Sie sich an: {link}',
  ...bailiffDe,
  ...paymentsDe,
  ...officeDe,
  ...officeListDe,
  ...officeCaseDe,
  ...officeTasksDe,
  ...officeCounterDe,
  ...officeInvoicesDe,
  ...officeDashboardDe,
  ...officeCrmDe,
  ...officeSettingsDe,
};
