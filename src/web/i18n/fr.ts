import type { Messages } from './nl.ts';

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
  'case.todo.pay': 'Payez {amount}. Vous recevez une demande de paiement pour cela.',
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
};
