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
};
