import type { Messages } from './nl.ts';
import { bailiffFr } from './bailiff.ts';
import { paymentsFr } from './payments.ts';
import { officeFr } from './office.ts';
import { officeListFr } from './office-list.ts';
import { officeCaseFr } from './office-case.ts';
import { officeTasksFr } from './office-tasks.ts';
import { officeCounterFr } from './office-counter.ts';
import { officeInvoicesFr } from './office-invoices.ts';
import { officeDashboardFr } from './office-dashboard.ts';
import { officeCrmFr } from './office-crm.ts';
import { officeSettingsFr } from './office-settings.ts';

export const fr: Messages = {
  'site.name': 'Mettre fin à la cohabitation légale',
  'site.owner': 'Un service en ligne de votre commune',
  'layout.skip': 'Aller au contenu',
  'layout.languages': 'Choisissez votre langue',
  'layout.footer': 'Des questions ? Le guichet de votre commune vous aide volontiers.',

  'error.summary': 'Il y a un problème',
  'error.fieldPrefix': 'Erreur :',
  'error.home': 'Retour à la page d’accueil',
  'error.details': 'Détails techniques (non visibles en production)',
  'error.notFound.title': 'Page introuvable',
  'error.notFound.body': 'Cette page n’existe pas ou plus. Vérifiez l’adresse.',
  'error.badRequest.title': 'Cette demande n’a pas pu être traitée',
  'error.badRequest.body':
    'La demande est incomplète ou incorrecte. Revenez en arrière et réessayez.',
  'error.server.title': 'Un problème est survenu',
  'error.server.body':
    'Une erreur de notre côté a empêché cette action. Réessayez dans quelques minutes.',

  'product.title': 'Mettre fin à la cohabitation légale',
  'product.lead':
    'Vous êtes en cohabitation légale et vous voulez y mettre fin ? Vous pouvez le demander '
    + 'en ligne, de chez vous, à tout moment.',
  'product.start': 'Commencer la demande',
  'product.what.heading': 'De quoi s’agit-il ?',
  'product.what.body':
    'Une déclaration de cessation met fin à votre cohabitation légale. '
    + 'Il y a deux façons de le faire.',
  'product.what.joint':
    'Ensemble : vous et votre partenaire signez tous les deux la déclaration. Ensuite, la '
    + 'commune enregistre la cessation.',
  'product.what.unilateral':
    'Seul : si votre partenaire ne signe pas ou ne répond pas, vous pouvez continuer seul. '
    + 'Un huissier de justice remet alors officiellement votre déclaration à votre '
    + 'partenaire. C’est la signification. Ensuite, la commune enregistre la cessation.',
  'product.what.after':
    'La commune met à jour le Registre national. Vous pouvez ensuite télécharger votre '
    + 'certificat.',
  'product.who.heading': 'Qui peut faire la demande ?',
  'product.who.body':
    'Chacun des deux partenaires d’une cohabitation légale enregistrée en Belgique.',
  'product.who.municipality':
    'Votre demande va à la commune où vous habitez tous les deux. Si vous n’habitez pas '
    + 'la même commune, c’est la commune de l’un de vous, ou sinon la commune où la '
    + 'cohabitation a été enregistrée en dernier. Le service la trouve pour vous.',
  'product.cost.heading': 'Combien cela coûte-t-il ?',
  'product.cost.jointFree': 'Ensemble : gratuit.',
  'product.cost.joint': 'Ensemble : gratuit ou au maximum {max}, selon la commune.',
  'product.cost.unilateral':
    'Seul : vous payez à l’avance une provision pour les frais de l’huissier de justice. '
    + 'Elle va de {min} à {max}, selon la commune.',
  'product.cost.caption': 'Coûts par commune',
  'product.cost.municipality': 'Commune',
  'product.cost.jointColumn': 'Ensemble',
  'product.cost.unilateralColumn': 'Seul (provision pour l’huissier de justice)',
  'product.cost.filingColumn': 'Dépôt de la déclaration',
  'product.cost.free': 'gratuit',
  'product.cost.online': 'en ligne',
  'product.cost.counter': 'préparer en ligne, signer au guichet',
  'product.cost.none': 'Aucune commune ne propose encore ce service.',
  'product.time.heading': 'Combien de temps cela prend-il ?',
  'product.time.partner': 'Votre partenaire a {days} jours pour répondre.',
  'product.time.bailiff':
    'Si vous continuez seul, l’huissier de justice fait la signification dans les {days} '
    + 'jours qui suivent l’accusé de réception de la commune.',
  'product.time.registration':
    'La commune enregistre la cessation dans les {days} jours ouvrables.',
  'product.time.note': 'Ce sont nos engagements. Vous suivez chaque étape dans votre dossier.',
  'product.law.heading': 'Base légale',
  'product.law.body': 'Ancien Code civil, article 1476.',
  'product.prepare.heading': 'De quoi avez-vous besoin ?',
  'product.prepare.login':
    'Votre carte d’identité électronique (eID) avec un lecteur de carte, ou l’app itsme.',
  'product.prepare.partner':
    'Vous y mettez fin ensemble ? Votre partenaire se connecte aussi de cette façon.',
  'product.prepare.help':
    'Vous n’y arrivez pas en ligne ? Le guichet de votre commune vous aide.',

  'start.title': 'Mettre fin à votre cohabitation légale',
  'start.partner':
    'Selon le Registre national, vous êtes en cohabitation légale avec {name}.',
  'start.municipality': 'Votre demande est envoyée à la commune de {municipality}.',
  'start.municipality.unilateral':
    'Si vous continuez seul, votre demande est envoyée à la commune de {municipality}.',
  'start.filing.online': 'Dans cette commune, vous pouvez tout faire en ligne.',
  'start.filing.counter':
    'Dans cette commune, vous préparez tout en ligne. Ensuite, vous passez brièvement au '
    + 'guichet pour remettre la déclaration.',
  'start.choice.heading': 'Ensemble ou seul ?',
  'start.choice.legend': 'Comment voulez-vous mettre fin à la cohabitation ?',
  'start.joint.label': 'Ensemble avec {name}',
  'start.joint.hint':
    'Vous signez d’abord la déclaration. Ensuite, nous demandons à {name} de la signer aussi. '
    + '{name} a {days} jours pour le faire. Coût : {cost}.',
  'start.unilateral.label': 'Seul',
  'start.unilateral.hint':
    'Choisissez ceci si vous ne pouvez pas ou ne voulez pas y mettre fin ensemble, par '
    + 'exemple si le contact avec votre partenaire n’est pas sûr. Nous ne demandons alors '
    + 'rien à votre partenaire. Un huissier de justice informe officiellement votre '
    + 'partenaire. Vous payez pour cela une provision à l’avance : {deposit}.',
  'start.cost.free': 'gratuit',
  'start.submit': 'Continuer',
  'start.after': 'Ensuite, vous relisez la déclaration et vous la signez.',
  'start.error.path': 'Choisissez si vous y mettez fin ensemble ou seul.',
  'start.none.title': 'Vous n’êtes pas en cohabitation légale',
  'start.none.body':
    'Selon le Registre national, vous n’êtes pas en cohabitation légale. Il n’y a donc '
    + 'rien à terminer.',
  'start.none.help':
    'Vous pensez que c’est une erreur ? Contactez le service état civil de votre commune.',
  'start.ended.title': 'Votre cohabitation légale a déjà pris fin',
  'start.ended.body':
    'Selon le Registre national, votre cohabitation légale a déjà pris fin. Vous ne devez '
    + 'plus rien faire.',
  'start.ended.help': 'Vous avez besoin d’une preuve ? Demandez une attestation à votre commune.',
  'start.open.title': 'Vous avez déjà une demande',
  'start.open.body':
    'Une demande est déjà en cours pour votre cohabitation légale. Une seule demande peut '
    + 'être en cours à la fois. Votre demande montre où elle en est.',
  'start.open.link': 'Vers votre demande',
  'start.partnerOpen.title': 'Votre partenaire a déjà commencé une demande',
  'start.partnerOpen.body':
    'Vous ne devez pas commencer une nouvelle demande. Vous participez à la demande de votre '
    + 'partenaire. Vous y voyez ce que vous devez faire.',
  'start.partnerOpen.link': 'Vers la demande',
  'start.notServed.title': 'Votre commune ne propose pas encore ce service en ligne',
  'start.notServed.body':
    'Votre demande relève d’une commune qui ne propose pas encore ce service en ligne.',
  'start.notServed.help': 'Rendez-vous au guichet de votre commune. On vous y aidera.',

  'cases.title': 'Mes demandes',
  'cases.empty': 'Vous n’avez pas encore de demande.',
  'cases.start': 'Commencer une demande',
  'cases.role.declarant': 'Vous avez commencé cette demande.',
  'cases.role.partner': 'Votre partenaire a commencé cette demande.',
  'cases.updated': 'Dernière modification le {date}.',
  'cases.back': 'Vers mes demandes',

  'preferences.link': 'Choisir comment recevoir vos messages',
  'preferences.title': 'Comment vous recevez vos messages',
  'preferences.lead':
    'Les nouvelles de votre demande sont toujours dans vos messages sur ce site. Vous pouvez '
    + 'aussi recevoir un e-mail ou un SMS quand il y a du nouveau. Il dit seulement qu’il y a '
    + 'du nouveau, pas quoi.',
  'preferences.portal': 'Vous recevez toujours les messages sur ce site.',
  'preferences.language.heading': 'Langue',
  'preferences.language.legend': 'Dans quelle langue voulez-vous recevoir vos messages ?',
  'preferences.language.hint':
    'Si vous ne choisissez pas, nous écrivons dans la langue de votre commune.',
  'preferences.language.save': 'Enregistrer la langue',
  'preferences.email.heading': 'E-mail',
  'preferences.email.none': 'Vous n’avez pas encore donné d’adresse e-mail.',
  'preferences.email.confirmed': 'Votre adresse e-mail : {address} (confirmée).',
  'preferences.email.unconfirmed': 'Votre adresse e-mail : {address} (pas encore confirmée).',
  'preferences.email.label': 'Adresse e-mail',
  'preferences.email.newLabel': 'Autre adresse e-mail',
  'preferences.email.hint':
    'Nous envoyons un code à cette adresse. Avec ce code, vous confirmez que c’est votre '
    + 'adresse.',
  'preferences.email.send': 'Envoyer un code par e-mail',
  'preferences.email.remove': 'Supprimer l’adresse e-mail',
  'preferences.phone.heading': 'SMS',
  'preferences.phone.none': 'Vous n’avez pas encore donné de numéro de GSM.',
  'preferences.phone.confirmed': 'Votre numéro de GSM : {address} (confirmé).',
  'preferences.phone.unconfirmed': 'Votre numéro de GSM : {address} (pas encore confirmé).',
  'preferences.phone.label': 'Numéro de GSM',
  'preferences.phone.newLabel': 'Autre numéro de GSM',
  'preferences.phone.hint':
    'Par exemple 0470 12 34 56. Un numéro d’un autre pays commence par + et l’indicatif du '
    + 'pays. Nous envoyons un code à ce numéro.',
  'preferences.phone.send': 'Envoyer un code par SMS',
  'preferences.phone.remove': 'Supprimer le numéro de GSM',
  'preferences.phone.unavailable': 'Les messages par SMS ne sont pas possibles pour le moment.',
  'preferences.code.label': 'Code',
  'preferences.code.hint':
    'Saisissez les 6 chiffres que nous avons envoyés à {address}. Le code est valable jusqu’au '
    + '{time}.',
  'preferences.code.confirm': 'Confirmer',
  'preferences.code.unusable':
    'Le code pour {address} ne fonctionne plus. Demandez un nouveau code ci-dessus.',
  'preferences.channels.heading': 'E-mail et SMS',
  'preferences.channels.legend': 'Envoyez-moi aussi un message quand il y a du nouveau',
  'preferences.channels.email': 'Par e-mail à {address}',
  'preferences.channels.sms': 'Par SMS au {address}',
  'preferences.channels.none':
    'Confirmez d’abord une adresse e-mail ou un numéro de GSM. Ensuite, vous choisissez ici ce '
    + 'que vous voulez recevoir.',
  'preferences.channels.save': 'Enregistrer mon choix',
  'preferences.done.language': 'Votre langue est enregistrée.',
  'preferences.done.codeSent': 'Nous avons envoyé un code. Saisissez-le ci-dessous.',
  'preferences.done.confirmed':
    'Votre adresse est confirmée. Vous y recevrez désormais un message quand il y a du nouveau.',
  'preferences.done.alreadyConfirmed': 'Cette adresse est déjà confirmée. Rien n’a changé.',
  'preferences.done.channels': 'Votre choix est enregistré.',
  'preferences.done.removed': 'L’adresse est supprimée.',
  'preferences.error.language': 'Choisissez une langue.',
  'preferences.error.emailEmpty': 'Saisissez votre adresse e-mail.',
  'preferences.error.emailInvalid':
    'Saisissez une adresse e-mail comme nom@exemple.be, sans espaces.',
  'preferences.error.phoneEmpty': 'Saisissez votre numéro de GSM.',
  'preferences.error.phoneInvalid': 'Saisissez un numéro de GSM comme 0470 12 34 56.',
  'preferences.error.phoneNotMobile':
    'Ce n’est pas un numéro de GSM. Un SMS ne peut aller qu’à un numéro de GSM.',
  'preferences.error.smsUnavailable':
    'Les messages par SMS ne sont pas possibles pour le moment.',
  'preferences.error.rateLimited':
    'Vous avez demandé trop de codes. Vous pouvez demander un nouveau code à partir du {time}.',
  'preferences.error.sendFailed':
    'Nous n’avons pas pu envoyer le code. Vérifiez l’adresse ou réessayez plus tard.',
  'preferences.error.codeMalformed': 'Saisissez le code : 6 chiffres.',
  'preferences.error.codeWrong':
    'Ce code n’est pas correct. Vous pouvez encore essayer {count} fois.',
  'preferences.error.codeVoid':
    'Vous avez saisi trop souvent un code erroné. Ce code ne fonctionne plus. Demandez un '
    + 'nouveau code.',
  'preferences.error.codeExpired': 'Ce code n’est plus valable. Demandez un nouveau code.',
  'preferences.error.noCode': 'Demandez d’abord un code.',
  'preferences.error.emailNotConfirmed': 'Confirmez d’abord votre adresse e-mail avec un code.',
  'preferences.error.smsNotConfirmed': 'Confirmez d’abord votre numéro de GSM avec un code.',

  'case.title': 'Demande {reference}',
  'case.status': 'État : {status}.',
  'case.status.draft': 'la déclaration n’est pas encore signée',
  'case.status.awaiting_partner': 'en attente de la réponse du second partenaire',
  'case.status.awaiting_declarant_choice':
    'en attente du choix de continuer seul ou d’arrêter',
  'case.status.awaiting_counter_visit': 'en attente du passage au guichet',
  'case.status.awaiting_payment': 'en attente du paiement',
  'case.status.awaiting_service': 'l’huissier de justice remet la déclaration',
  'case.status.registering': 'la commune enregistre la fin',
  'case.status.completed': 'terminée, la cohabitation légale a pris fin',
  'case.status.withdrawn': 'retirée',
  'case.status.lapsed': 'clôturée, la cohabitation a pris fin de plein droit',
  'case.status.expired': 'expirée, le délai est passé',
  'case.todo.heading': 'Que devez-vous faire maintenant ?',
  'case.todo.sign': 'Relisez la déclaration et signez-la.',
  'case.todo.answer': 'Lisez la déclaration. Signez-la aussi, ou refusez.',
  'case.todo.declarationLink': 'Vers la déclaration',
  'case.todo.choose': 'Choisissez si vous continuez seul ou si vous arrêtez.',
  'case.todo.chooseLink': 'Faites votre choix',
  'case.todo.counter':
    'Prenez rendez-vous au guichet de votre commune pour remettre la déclaration.',
  'case.todo.pay': 'Payez {amount} avec le bouton ci-dessous.',
  'case.todo.nothing':
    'Vous ne devez rien faire maintenant. Nous vous prévenons quand il y a du nouveau.',
  'case.todo.closed': 'Cette demande est clôturée. Vous ne devez plus rien faire.',
  'case.timeline.heading': 'Déroulement',
  'case.timeline.now': 'Maintenant : {status}.',
  'case.timeline.next': 'Étape suivante : {step}.',
  'case.timeline.due': 'Au plus tard le {date}.',
  'case.next.draft': 'signer la déclaration',
  'case.next.awaiting_partner': 'la réponse du second partenaire',
  'case.next.awaiting_declarant_choice': 'le choix de continuer seul ou d’arrêter',
  'case.next.awaiting_counter_visit': 'remettre la déclaration au guichet',
  'case.next.awaiting_payment': 'le paiement',
  'case.next.awaiting_service': 'la signification par l’huissier de justice',
  'case.next.registering': 'l’enregistrement de la fin',
  'case.who.you': 'vous',
  'case.who.partner': 'votre partenaire',
  'case.who.municipality': 'la commune',
  'case.event.started': 'Demande commencée par {who}.',
  'case.event.declarationSigned': 'Déclaration signée par {who}.',
  'case.event.partnerInvited': 'Demande de signer aussi envoyée.',
  'case.event.partnerSigned': 'Déclaration signée aussi par {who}.',
  'case.event.partnerRefused': 'Signature refusée par {who}.',
  'case.event.reason': 'Raison : {reason}',
  'case.event.partnerDeadlinePassed': 'Le délai pour répondre est passé.',
  'case.event.choseUnilateral': 'Choix de continuer seul.',
  'case.event.counterVisit': 'Déclaration remise au guichet.',
  'case.event.paymentRequested': 'Demande de paiement envoyée : {amount}.',
  'case.event.paid': 'Paiement reçu : {amount}.',
  'case.event.received': 'Accusé de réception de la commune : {number}.',
  'case.event.bailiffEngaged': 'Un huissier de justice a été désigné.',
  'case.event.served': 'L’huissier de justice a signifié la déclaration.',
  'case.event.registered': 'Fin enregistrée. Elle vaut à partir du {date}.',
  'case.event.certificate': 'Attestation prête.',
  'case.event.withdrawn': 'Demande retirée par {who}.',
  'case.event.lapsed': 'La cohabitation a pris fin de plein droit par un mariage ou un '
    + 'décès. La demande est donc clôturée.',
  'case.event.expired': 'La demande a expiré parce que le délai est passé.',
  'case.withdraw.link': 'Retirer la demande',

  // Signing and answering (declaration., answer., choice.)
  'declaration.title': 'Votre déclaration',
  'declaration.intro':
    'Voici ce que contient la déclaration qui met fin à votre cohabitation légale. '
    + 'Les données viennent du Registre national.',
  'declaration.field.kind': 'Type de déclaration',
  'declaration.field.municipality': 'Commune',
  'declaration.field.surname': 'Nom',
  'declaration.field.firstNames': 'Prénoms',
  'declaration.field.birth': 'Né(e)',
  'declaration.field.domicile': 'Domicile',
  'declaration.field.declarant': 'Qui a commencé la demande',
  'declaration.field.partnerName': 'Autre partenaire',
  'declaration.birth': 'à {place} le {date}',
  'declaration.noDomicile': 'Pas d\'adresse en Belgique',
  'declaration.kind.joint': 'Ensemble : vous et votre partenaire signez tous les deux',
  'declaration.kind.unilateral': 'Seul : vous seul signez',
  'declaration.you': 'Vous',
  'declaration.partner': 'Votre partenaire',
  'declaration.wrong':
    'Quelque chose n\'est pas correct ? Contactez votre commune. Elle peut faire corriger '
    + 'les données.',
  'declaration.signHeading': 'Signer',
  'declaration.stepUp':
    'Pour signer, vous vous connectez encore une fois, par exemple avec votre eID ou itsme.',
  'declaration.continue': 'Continuer vers la signature',
  'declaration.back': 'Retour à la demande',
  'declaration.check.title': 'Vérifiez et signez',
  'declaration.check.after':
    'Après votre signature, nous faisons la déclaration en PDF. Pour une déclaration '
    + 'commune, nous demandons ensuite à votre partenaire de signer aussi.',
  'declaration.check.confirm': 'Je veux mettre fin à la cohabitation légale.',
  'declaration.check.error': 'Cochez la case pour dire que vous voulez mettre fin à la '
    + 'cohabitation légale.',
  'declaration.check.sign': 'Signer',
  'declaration.stale.title': 'La demande a changé entre-temps',
  'declaration.stale.body':
    'Quelque chose a changé pendant que vous regardiez la page. Rien n\'a été signé. '
    + 'Regardez à nouveau la demande.',
  'declaration.notNow.title': 'Cette étape n\'est pas possible maintenant',
  'declaration.notNow.body':
    'La demande n\'est plus à cette étape. La page de la demande montre ce que vous '
    + 'pouvez faire maintenant.',
  'declaration.documents.heading': 'Documents',
  'declaration.documents.one': 'Déclaration avec une signature, {date} (PDF)',
  'declaration.documents.both': 'Déclaration avec deux signatures, {date} (PDF)',
  'answer.title': 'Votre réponse à la déclaration',
  'answer.intro': '{name} veut mettre fin à la cohabitation légale avec vous, ensemble.',
  'answer.read': 'Lire la déclaration (PDF)',
  'answer.deadline':
    'Vous pouvez répondre jusqu\'au {date} inclus. Nous vous enverrons un rappel avant.',
  'answer.next.heading': 'Que se passe-t-il ensuite ?',
  'answer.next.sign':
    'Si vous signez aussi, la commune enregistre la fin. Vous recevez tous les deux une '
    + 'attestation.',
  'answer.next.refuse':
    'Si vous refusez, votre partenaire peut choisir de continuer seul. Un huissier de '
    + 'justice vous remet alors la déclaration.',
  'answer.next.silent':
    'Si vous ne répondez pas à temps, votre partenaire peut aussi continuer seul.',
  'answer.sign': 'Signer aussi',
  'answer.refuse': 'Je ne veux pas signer',
  'answer.back': 'Retour à la déclaration',
  'answer.check.title': 'Vérifiez et signez aussi',
  'answer.check.after': 'Après votre signature, la commune enregistre la fin.',
  'answer.refuse.title': 'Ne pas signer',
  'answer.refuse.body':
    'Vous pouvez dire pourquoi vous ne signez pas. Ce n\'est pas obligatoire. Votre '
    + 'partenaire peut ensuite continuer seul.',
  'answer.refuse.reason': 'Pourquoi pas ? (facultatif)',
  'answer.refuse.reasonHint':
    'La commune lit votre raison. Votre partenaire la lit seulement si vous cochez la case '
    + 'ci-dessous. 500 caractères au maximum.',
  'answer.refuse.share': 'Mon partenaire peut lire ma raison',
  'answer.refuse.submit': 'Ne pas signer',
  'answer.refuse.error': 'Écrivez votre raison en 500 caractères au maximum.',
  'choice.title': 'Continuer seul ou arrêter',
  'choice.intro':
    'Votre partenaire n\'a pas signé. Vous pouvez mettre fin seul à la cohabitation, '
    + 'ou arrêter la demande.',
  'choice.legend': 'Que voulez-vous faire ?',
  'choice.alone': 'Continuer seul',
  'choice.alone.hint':
    'Vous signez seul une déclaration. Vous payez d\'avance {deposit} pour l\'huissier de '
    + 'justice, qui remet la déclaration à votre partenaire.',
  'choice.stop': 'Arrêter',
  'choice.stop.hint': 'La demande s\'arrête. Votre cohabitation légale continue.',
  'choice.error': 'Choisissez si vous continuez seul ou si vous arrêtez.',
  'choice.submit': 'Continuer',
  'choice.check.title': 'Vérifiez et signez seul',
  'choice.check.after':
    'Après votre signature, nous vous demandons de payer les frais de l\'huissier de justice.',

  'withdraw.title': 'Retirer la demande',
  'withdraw.body':
    'Si vous retirez la demande, elle s’arrête. Votre cohabitation légale continue alors. '
    + 'Vous pouvez commencer une nouvelle demande plus tard.',
  'withdraw.confirm': 'Oui, retirer la demande',
  'withdraw.cancel': 'Non, retour à la demande',
  'withdraw.closed.title': 'Cette demande est déjà clôturée',
  'withdraw.closed.body': 'Vous ne pouvez donc plus la retirer.',
  'withdraw.stale.title': 'La demande a changé entre-temps',
  'withdraw.stale.body':
    'Pendant que vous regardiez la page, quelque chose a changé dans la demande. Rien n’a '
    + 'été retiré. Regardez à nouveau la demande, puis décidez.',
  'withdraw.declarantOnly.title': 'Seule la personne qui a commencé la demande peut la retirer',
  'withdraw.declarantOnly.body':
    'Vous ne voulez pas participer ? Vous pouvez le dire quand vous lisez la déclaration.',
  'csrf.title': 'Ce formulaire a expiré',
  'csrf.body':
    'Pour des raisons de sécurité, nous n’avons pas pu accepter ce formulaire. Rien n’a été '
    + 'modifié. Revenez en arrière, rechargez la page et réessayez.',

  // The header for a signed-in citizen, the counter visit, the case's messages.
  'layout.account': 'Votre compte',
  'layout.signOut': 'Se déconnecter',
  'case.messages.link': 'Messages concernant cette demande',
  'case.counter.heading': 'Rendez-vous au guichet',
  'case.counter.body':
    'La commune de {municipality} demande de remettre la déclaration signée au guichet. '
    + 'Prenez rendez-vous et apportez votre carte d’identité. La demande attend cette visite.',
  'case.counter.book': 'Prendre rendez-vous',
  'case.counter.bookLink': 'Prendre rendez-vous en ligne auprès de la commune',
  'case.counter.phone': 'Téléphone',
  'case.counter.hours': 'Heures d’ouverture du guichet',
  'case.counter.unknown':
    'Contactez le service population de votre commune pour prendre rendez-vous.',
  'messages.forCase': 'Messages concernant la demande {reference}',
  'messages.all': 'Tous les messages',
  'messages.caseEmpty': 'Il n’y a pas encore de message concernant cette demande.',

  // Sign-in (src/web/auth): the embedded test login, errors, sign-out; rate limits.
  'login.pick.title': 'Connexion de test : choisissez une personne',
  'login.pick.intro':
    'Ceci est la connexion de test intégrée. Vous vous connectez comme l’une des personnes de '
    + 'démonstration fictives. En production, vous vous connectez ici via l’État, avec eID ou '
    + 'itsme.',
  'login.pick.person': 'Personne',
  'login.pick.level': 'Niveau de garantie',
  'login.pick.asked': 'Le service demande au moins le niveau {level}.',
  'login.level.low': 'Faible',
  'login.level.low.hint': 'Par exemple un code par e-mail.',
  'login.level.substantial': 'Substantiel',
  'login.level.substantial.hint': 'Par exemple itsme.',
  'login.level.high': 'Élevé',
  'login.level.high.hint': 'Par exemple votre eID avec un lecteur de carte.',
  'login.pick.submit': 'Se connecter',
  'login.pick.cancel': 'Annuler',
  'login.pick.error.person': 'Choisissez une personne.',
  'login.pick.error.level': 'Choisissez un niveau de garantie.',
  'login.signIn': 'Se connecter',
  'login.badLink.title': 'Ce lien de connexion n’est pas valable',
  'login.badLink.body':
    'Le lien veut vous envoyer vers un autre site, ou demande un niveau inconnu.',
  'login.failed.title': 'La connexion n’a pas abouti',
  'login.failed.code': 'Code d’erreur pour le helpdesk :',
  'login.failed.again': 'Se connecter à nouveau',
  'login.error.login_request_missing':
    'Cette connexion a déjà été utilisée, a expiré ou n’a pas commencé dans ce navigateur.',
  'login.error.state_mismatch':
    'Cette réponse ne correspond pas à la connexion commencée dans ce navigateur.',
  'login.error.provider_refused': 'La connexion a été annulée ou refusée.',
  'login.error.token_exchange_failed':
    'Nous n’avons pas pu vérifier la réponse du service de connexion.',
  'login.error.insufficient_level':
    'Cette étape demande une connexion à un niveau plus élevé, par exemple avec votre eID ou '
    + 'itsme.',
  'login.error.missing_national_number':
    'Le service de connexion ne nous a pas indiqué qui vous êtes.',
  'login.error.provider_unavailable':
    'Le service de connexion n’est pas joignable pour le moment. Réessayez plus tard.',
  'logout.title': 'Se déconnecter',
  'logout.body':
    'Voulez-vous vous déconnecter ? Sur un ordinateur partagé, fermez ensuite le navigateur.',
  'logout.submit': 'Se déconnecter',
  'logout.notSignedIn': 'Vous n’êtes pas connecté',
  'logout.provider.title': 'Se déconnecter aussi de la connexion de test ?',
  'logout.provider.body':
    'Vous êtes déconnecté de ce service. Si vous vous déconnectez aussi de la connexion de '
    + 'test, vous choisirez à nouveau une personne la prochaine fois.',
  'logout.provider.yes': 'Oui, me déconnecter aussi',
  'logout.provider.no': 'Non, rester connecté là',
  'signedOut.title': 'Vous êtes déconnecté',
  'signedOut.body': 'Vous êtes déconnecté en toute sécurité. Votre demande est conservée.',
  'rateLimit.title': 'Un peu de patience',
  'rateLimit.body':
    'Il y a eu trop d’essais ces dernières minutes depuis votre connexion ou pour votre '
    + 'compte. Pour éviter les abus, nous attendons un peu.',
  'rateLimit.retry': 'Réessayez à partir de {time} (dans {minutes} min.).',

  // The message box (src/web/messages) and the short e-mail and SMS notice.
  'messages.title': 'Messages',
  'messages.lead':
    'Vous trouvez ici tous les messages sur vos demandes. Le plus récent est en haut.',
  'messages.empty': 'Vous n’avez pas encore de message.',
  'messages.unread': 'Nouveau',
  'messages.unreadHidden': 'Message non lu :',
  'messages.received': 'Reçu le {date}',
  'messages.case': 'Demande {reference}',
  'messages.toCase': 'Voir la demande {reference}',
  'messages.back': 'Retour à tous les messages',
  'messages.markRead': 'Marquer comme lu',
  'messages.nav': 'Messages',
  'messages.navUnread': 'Messages ({count} nouveaux)',
  'messages.due.answer': 'Répondez au plus tard le {date}.',
  'messages.due.partnerAnswer': 'Votre partenaire peut répondre jusqu’au {date}.',
  'messages.due.choice': 'Choisissez au plus tard le {date}.',
  'messages.due.payment': 'Payez au plus tard le {date}.',
  'messages.due.service': 'L’huissier de justice remet la déclaration au plus tard le {date}.',
  'messages.due.registration': 'La commune enregistre la fin au plus tard le {date}.',
  'messages.norms':
    'Durée de chaque étape : le partenaire a {answer} jours pour répondre. S\'il refuse ou ne répond pas, vous choisissez dans les {choice} jours de continuer seul ou non. Vous payez la provision dans les {payment} jours. L\'huissier de justice signifie la déclaration dans les 8 jours après le paiement. La commune enregistre la cessation dans les {registration} jours ouvrables.',
  'messages.norms.partner':
    'Durée de chaque étape : vous avez {answer} jours pour répondre. Si vous signez aussi, la commune enregistre la cessation dans les {registration} jours ouvrables. Si vous refusez ou ne répondez pas, votre partenaire peut continuer seul ; un huissier de justice vous signifiera alors la déclaration.',
  'messages.case_started.subject': 'Votre demande a commencé',
  'messages.case_started.body':
    'Vous avez commencé une demande pour mettre fin à votre cohabitation légale. L’étape '
    + 'suivante : lire et signer la déclaration. Ouvrez votre demande pour continuer.',
  'messages.declaration_signed.subject': 'Vous avez signé la déclaration',
  'messages.declaration_signed.body':
    'Nous avons bien reçu votre signature. Si vous mettez fin ensemble, nous demandons '
    + 'maintenant à votre partenaire de signer aussi. Si vous continuez seul, vous payez '
    + 'd’abord la provision. Votre demande montre l’étape suivante.',
  'messages.book_counter_visit.subject': 'Prenez rendez-vous au guichet',
  'messages.book_counter_visit.body':
    'Votre commune demande de remettre la déclaration signée au guichet. Prenez rendez-vous '
    + 'au service population et état civil, et apportez votre carte d’identité. La demande '
    + 'attend cette visite.',
  'messages.partner_invited.subject': 'Votre partenaire veut mettre fin à la cohabitation',
  'messages.partner_invited.body':
    'Votre partenaire demande de mettre fin ensemble à votre cohabitation légale. Lisez la '
    + 'déclaration dans votre demande. Vous pouvez la signer aussi, ou refuser. Si vous ne '
    + 'répondez pas, votre partenaire peut continuer seul.',
  'messages.partner_reminder.subject': 'Rappel : nous attendons votre réponse',
  'messages.partner_reminder.body':
    'Vous n’avez pas encore répondu à la demande de mettre fin ensemble à votre cohabitation '
    + 'légale. Lisez la déclaration dans votre demande, puis signez ou refusez.',
  'messages.partner_signed.subject': 'Votre partenaire a signé',
  'messages.partner_signed.body':
    'Votre partenaire a aussi signé la déclaration. La commune traite maintenant la '
    + 'déclaration. Vous n’avez rien à faire. Vous recevrez un message à l’étape suivante.',
  'messages.partner_refused.subject': 'Votre partenaire n’a pas signé',
  'messages.partner_refused.body':
    'Votre partenaire ne veut pas signer la déclaration ensemble. Vous pouvez continuer seul : '
    + 'un huissier de justice remet alors la déclaration à votre partenaire, et vous payez une '
    + 'provision pour cela. Vous pouvez aussi arrêter la demande. Choisissez dans votre demande.',
  'messages.partner_refused_with_reason.subject': 'Votre partenaire n’a pas signé',
  'messages.partner_refused_with_reason.body':
    'Votre partenaire ne veut pas signer la déclaration ensemble et a donné une raison. Vous '
    + 'pouvez la lire dans votre demande. Vous pouvez continuer seul ou arrêter la demande. '
    + 'Choisissez dans votre demande.',
  'messages.partner_no_answer.subject': 'Votre partenaire n’a pas répondu',
  'messages.partner_no_answer.body':
    'Votre partenaire n’a pas répondu à temps. Vous pouvez continuer seul : un huissier de '
    + 'justice remet alors la déclaration à votre partenaire, et vous payez une provision pour '
    + 'cela. Vous pouvez aussi arrêter la demande. Choisissez dans votre demande.',
  'messages.choice_reminder.subject': 'Rappel : choisissez comment continuer',
  'messages.choice_reminder.body':
    'Votre demande attend votre choix : continuer seul ou arrêter. Si vous ne choisissez pas à '
    + 'temps, la demande expire.',
  'messages.payment_reminder.subject': 'Rappel : le paiement est toujours ouvert',
  'messages.payment_reminder.body':
    'Nous n’avons pas encore reçu votre paiement. Vous payez depuis votre demande. Après le '
    + 'paiement, votre demande continue.',
  'messages.payment_received.subject': 'Votre paiement est reçu',
  'messages.payment_received.body':
    'Merci, nous avons bien reçu votre paiement. Votre demande continue maintenant. Vous '
    + 'n’avez rien à faire.',
  'messages.payment_failed.subject': 'Le paiement n’a pas abouti',
  'messages.payment_failed.body':
    'Votre paiement n’est pas passé. Vous pouvez réessayer depuis votre demande.',
  'messages.payment_expired.subject': 'Le délai pour payer est dépassé',
  'messages.payment_expired.body':
    'Le paiement n’a pas été fait à temps. Ouvrez votre demande pour voir ce que vous pouvez '
    + 'faire maintenant. Le guichet de votre commune peut répondre à vos questions.',
  'messages.payment_refunded.subject': 'Vous êtes remboursé',
  'messages.payment_refunded.body':
    'Le montant que vous avez payé vous a été remboursé. Il peut falloir quelques jours '
    + 'ouvrables avant de le voir sur votre compte.',
  'messages.declaration_received.subject': 'La commune a reçu la déclaration',
  'messages.declaration_received.body':
    'La commune a reçu la déclaration et a établi un accusé de réception. Vous le trouvez dans '
    + 'votre demande. Vous recevrez un message à l’étape suivante.',
  'messages.service_recorded.subject': 'La déclaration a été signifiée',
  'messages.service_recorded.body':
    'L’huissier de justice a remis officiellement la déclaration à votre partenaire. La '
    + 'commune enregistre maintenant la fin de la cohabitation. Vous n’avez rien à faire.',
  'messages.termination_registered.subject': 'La cohabitation légale a pris fin',
  'messages.termination_registered.body':
    'La commune a enregistré la fin de la cohabitation légale au Registre national. Votre '
    + 'attestation sera dans votre demande.',
  'certificates.heading':
    'Vos attestations',
  'certificates.kind.receipt':
    'Accusé de réception',
  'certificates.kind.declaration':
    'Attestation de la déclaration',
  'certificates.kind.termination':
    'Attestation de cessation de la cohabitation légale',
  'certificates.kind.household':
    'Extrait : composition de votre ménage',
  'certificates.code':
    '(code de contrôle {code}, délivrée le {date})',
  'certificates.superseded':
    'Remplacée par une attestation plus récente.',
  'verify.link':
    'Vérifier qu\'une attestation est authentique',
  'verify.title':
    'Vérifier une attestation',
  'verify.intro':
    'Saisissez le code de contrôle qui figure sur l\'attestation. Vous verrez si l\'attestation est authentique et toujours valable, et ce qu\'elle indique.',
  'verify.code.label':
    'Code de contrôle',
  'verify.code.hint':
    '12 caractères, par exemple ABCD-EFGH-JKLM. Majuscules ou minuscules, peu importe.',
  'verify.submit':
    'Vérifier',
  'verify.invalid':
    'Un code de contrôle compte 12 lettres et chiffres, comme ABCD-EFGH-JKLM. Vérifiez le code.',
  'verify.unknown.title':
    'Aucune attestation avec ce code',
  'verify.unknown.body':
    'Nous n\'avons délivré aucune attestation avec ce code de contrôle. Vérifiez le code. S\'il est correct, l\'attestation n\'est pas authentique.',
  'verify.genuine.current':
    'Cette attestation est authentique et toujours valable',
  'verify.genuine.superseded':
    'Cette attestation est authentique, mais remplacée par une plus récente',
  'verify.issued':
    '{kind}, délivrée le {date}. Voici ce qu\'elle indique :',
  'verify.file.heading':
    'Ou chargez le fichier PDF',
  'verify.file.label':
    'L\'attestation en fichier PDF',
  'verify.file.hint':
    'Le fichier tel que vous l\'avez reçu, sans modification ni réimpression. 5 Mo au maximum.',
  'verify.file.submit':
    'Vérifier le fichier',
  'verify.file.missing':
    'Choisissez le fichier PDF de l\'attestation.',
  'verify.file.notPdf':
    'Ce fichier n\'est pas un PDF. Choisissez le fichier PDF de l\'attestation.',
  'verify.file.tooLarge':
    'Ce fichier dépasse 5 Mo. Une attestation est bien plus petite : choisissez le bon fichier.',
  'verify.unknownFile.title':
    'Ce fichier n\'est pas une attestation telle que nous l\'avons délivrée',
  'verify.unknownFile.body':
    'Le fichier n\'est pas exactement une attestation que nous avons délivrée : il a été modifié, ou il ne vient pas de nous. Une attestation enregistrée à nouveau ou imprimée se vérifie avec son code de contrôle.',
  'reads.link':
    'Qui a lu vos données au Registre national ?',
  'reads.title':
    'Qui a lu vos données',
  'reads.intro':
    'Pour la demande {reference}, vos données au Registre national ont été lues. Chaque lecture est enregistrée : quand, par qui et pourquoi.',
  'reads.caption':
    'Lectures de vos données pour la demande {reference}',
  'reads.none':
    'Vos données n\'ont pas encore été lues pour cette demande.',
  'reads.when':
    'Quand',
  'reads.who':
    'Par qui',
  'reads.why':
    'Pourquoi',
  'reads.back':
    'Retour à la demande',
  'reads.reader.you':
    'Vous-même, dans le portail',
  'reads.reader.partner':
    'Votre partenaire, dans le portail',
  'reads.reader.service':
    'Le service lui-même (automatiquement)',
  'reads.reader.municipality':
    'Un agent de la commune',
  'reads.reader.bailiff':
    'L\'huissier de justice',
  'reads.purpose.start':
    'Commencer la demande',
  'reads.purpose.declaration':
    'Rédiger la déclaration',
  'reads.purpose.household':
    'Votre composition de ménage après la cessation',
  'reads.purpose.service':
    'Signifier la déclaration',
  'reads.purpose.certificate':
    'Établir vos attestations',
  'household.heading':
    'Votre ménage selon le Registre national',
  'household.shared':
    'Vous habitez toujours à la même adresse que votre ancien partenaire. La cessation de la cohabitation ne change pas votre composition de ménage : elle ne change que si l\'un de vous déménage.',
  'household.move':
    'Déclarer un déménagement',
  'household.moveAsk':
    'Un déménagement se déclare au service de la population de la commune où vous allez habiter.',
  'messages.certificates_ready.subject': 'Vos attestations sont prêtes',
  'messages.certificates_ready.body':
    'La cessation de votre cohabitation légale est enregistrée. Vos attestations vous attendent dans les documents de votre demande : l\'attestation de cessation, l\'accusé de réception et un extrait de votre composition de ménage. Chaque attestation porte un code de contrôle qui permet à chacun de vérifier qu\'elle est authentique.',
  'messages.address_change_offer.subject': 'L’un de vous déménage-t-il ?',
  'messages.address_change_offer.body':
    'Vous êtes toujours inscrit à la même adresse que votre ancien partenaire. Si vous '
    + 'déménagez, déclarez votre nouvelle adresse à la commune où vous allez habiter.',
  'messages.case_withdrawn.subject': 'La demande a été retirée',
  'messages.case_withdrawn.body':
    'La demande de mettre fin à la cohabitation légale a été retirée. La cohabitation légale '
    + 'continue. Vous pouvez commencer une nouvelle demande plus tard.',
  'messages.case_lapsed_marriage.subject': 'La demande est clôturée',
  'messages.case_lapsed_marriage.body':
    'La cohabitation légale a pris fin de plein droit à cause d’un mariage. La demande est donc '
    + 'clôturée. Vous n’avez plus rien à faire.',
  'messages.case_lapsed_death.subject': 'La demande est clôturée',
  'messages.case_lapsed_death.body':
    'La cohabitation légale a pris fin de plein droit à cause d’un décès. La demande est donc '
    + 'clôturée. Vous n’avez plus rien à faire. Le guichet de votre commune peut répondre à '
    + 'vos questions.',
  'messages.case_expired.subject': 'La demande a expiré',
  'messages.case_expired.body':
    'Le délai de cette demande est dépassé. La demande est donc clôturée et la cohabitation '
    + 'légale continue. Vous pouvez commencer une nouvelle demande à tout moment.',
  'messages.case_status_changed.subject': 'Votre demande a changé',
  'messages.case_status_changed.body':
    'La commune a changé l’étape de votre demande. Ouvrez votre demande pour voir où elle en '
    + 'est.',
  'mail.subject': 'Il y a du nouveau dans votre dossier',
  'mail.body':
    'Bonjour,\n\nIl y a du nouveau dans votre dossier auprès de votre commune. Connectez-vous '
    + 'pour lire le message : {link}\n\nNe répondez pas à cet e-mail.',
  'mail.sms': 'Du nouveau dans votre dossier à la commune. Connectez-vous pour le lire : {link}',
  ...bailiffFr,
  ...paymentsFr,
  ...officeFr,
  ...officeListFr,
  ...officeCaseFr,
  ...officeTasksFr,
  ...officeCounterFr,
  ...officeInvoicesFr,
  ...officeDashboardFr,
  ...officeCrmFr,
  ...officeSettingsFr,
};
