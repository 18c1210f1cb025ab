import type { Messages } from './nl.ts';

export const en: Messages = {
  'site.name': 'End a legal cohabitation',
  'site.owner': 'An online service of your municipality',
  'layout.skip': 'Skip to main content',
  'layout.languages': 'Choose your language',
  'layout.footer': 'Questions? The counter of your municipality is glad to help.',

  'error.summary': 'There is a problem',
  'error.fieldPrefix': 'Error:',
  'error.home': 'Go to the home page',
  'error.details': 'Technical details (not shown in production)',
  'error.notFound.title': 'Page not found',
  'error.notFound.body': 'This page does not exist, or no longer exists. Check the address.',
  'error.badRequest.title': 'This request could not be handled',
  'error.badRequest.body':
    'Something in the request is missing or wrong. Go back and try again.',
  'error.server.title': 'Something went wrong',
  'error.server.body':
    'An error on our side stopped this from working. Try again in a few minutes.',

  'product.title': 'End a legal cohabitation',
  'product.lead':
    'Are you in a legal cohabitation and do you want to end it? You can apply online, '
    + 'from home, at any time.',
  'product.start': 'Start your application',
  'product.what.heading': 'What is it?',
  'product.what.body':
    'A declaration of termination ends your legal cohabitation. There are two ways to do it.',
  'product.what.joint':
    'Together: you and your partner both sign the declaration. The municipality then '
    + 'registers the termination.',
  'product.what.unilateral':
    'Alone: if your partner does not sign or does not answer, you can go on alone. A bailiff '
    + 'then formally delivers your declaration to your partner. This is called service. '
    + 'The municipality then registers the termination.',
  'product.what.after':
    'The municipality updates the National Register. You can then download your certificate.',
  'product.who.heading': 'Who can apply?',
  'product.who.body': 'Either partner of a legal cohabitation registered in Belgium.',
  'product.who.municipality':
    'Your application goes to the municipality where you both live. If you do not live in '
    + 'the same municipality, it is the municipality of one of you, or else the municipality '
    + 'where the cohabitation was last registered. The service works this out for you.',
  'product.cost.heading': 'What does it cost?',
  'product.cost.jointFree': 'Together: free.',
  'product.cost.joint': 'Together: free or at most {max}, depending on the municipality.',
  'product.cost.unilateral':
    'Alone: you pay an advance for the bailiff\'s costs before the bailiff starts. '
    + 'It is {min} to {max}, depending on the municipality.',
  'product.cost.caption': 'Costs per municipality',
  'product.cost.municipality': 'Municipality',
  'product.cost.jointColumn': 'Together',
  'product.cost.unilateralColumn': 'Alone (advance for the bailiff)',
  'product.cost.filingColumn': 'Handing in the declaration',
  'product.cost.free': 'free',
  'product.cost.online': 'online',
  'product.cost.counter': 'prepare online, sign at the counter',
  'product.cost.none': 'No municipality offers this service yet.',
  'product.time.heading': 'How long does it take?',
  'product.time.partner': 'Your partner has {days} days to answer.',
  'product.time.bailiff':
    'If you go on alone, the bailiff serves your declaration within {days} days of the '
    + 'municipality\'s receipt.',
  'product.time.registration':
    'The municipality registers the termination within {days} working days.',
  'product.time.note': 'These are our promises. You can follow each step in your case.',
  'product.law.heading': 'Legal basis',
  'product.law.body': 'Belgian Civil Code (old numbering), article 1476.',
  'product.prepare.heading': 'What do you need?',
  'product.prepare.login':
    'Your electronic identity card (eID) with a card reader, or the itsme app.',
  'product.prepare.partner': 'Ending it together? Your partner signs in the same way.',
  'product.prepare.help': 'Cannot manage online? The counter of your municipality can help.',
};
