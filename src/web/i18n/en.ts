import type { Messages } from './nl.ts';
import { bailiffEn } from './bailiff.ts';
import { paymentsEn } from './payments.ts';
import { officeEn } from './office.ts';
import { officeListEn } from './office-list.ts';
import { officeCaseEn } from './office-case.ts';
import { officeTasksEn } from './office-tasks.ts';
import { officeCounterEn } from './office-counter.ts';
import { officeInvoicesEn } from './office-invoices.ts';
import { officeDashboardEn } from './office-dashboard.ts';
import { officeCrmEn } from './office-crm.ts';
import { officeSettingsEn } from './office-settings.ts';

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

  'start.title': 'End your legal cohabitation',
  'start.partner':
    'According to the National Register, you are in a legal cohabitation with {name}.',
  'start.municipality': 'Your request goes to the municipality of {municipality}.',
  'start.municipality.unilateral':
    'If you go on alone, your request goes to the municipality of {municipality}.',
  'start.filing.online': 'In this municipality you can do everything online.',
  'start.filing.counter':
    'In this municipality you prepare everything online. Then you make a short visit to the '
    + 'counter to hand in the declaration.',
  'start.choice.heading': 'Together or alone?',
  'start.choice.legend': 'How do you want to end the cohabitation?',
  'start.joint.label': 'Together with {name}',
  'start.joint.hint':
    'You sign the declaration first. Then we ask {name} to sign it too. {name} has {days} '
    + 'days to do so. Cost: {cost}.',
  'start.unilateral.label': 'Alone',
  'start.unilateral.hint':
    'Choose this if you cannot or do not want to end it together, for instance when contact '
    + 'with your partner is not safe. We then ask your partner nothing. A bailiff informs '
    + 'your partner officially. You pay a deposit for this in advance: {deposit}.',
  'start.cost.free': 'free',
  'start.submit': 'Continue',
  'start.after': 'Next, you read the declaration and sign it.',
  'start.error.path': 'Choose whether you end it together or alone.',
  'start.none.title': 'You are not in a legal cohabitation',
  'start.none.body':
    'According to the National Register, you are not in a legal cohabitation. So there is '
    + 'nothing to end.',
  'start.none.help':
    'Do you think this is wrong? Contact the civil affairs service of your municipality.',
  'start.ended.title': 'Your legal cohabitation has already ended',
  'start.ended.body':
    'According to the National Register, your legal cohabitation has already ended. You do '
    + 'not need to do anything else.',
  'start.ended.help': 'Do you need proof? Ask your municipality for a certificate.',
  'start.open.title': 'You already have a request',
  'start.open.body':
    'A request for your legal cohabitation is already open. Only one request can be open '
    + 'at a time. Your request shows how far it has come.',
  'start.open.link': 'Go to your request',
  'start.partnerOpen.title': 'Your partner has already started a request',
  'start.partnerOpen.body':
    'You do not need to start a new request. You take part in your partner’s request. '
    + 'There you can see what you need to do.',
  'start.partnerOpen.link': 'Go to the request',
  'start.notServed.title': 'Your municipality does not offer this service online yet',
  'start.notServed.body':
    'Your request belongs to a municipality that does not offer this online service yet.',
  'start.notServed.help': 'Go to the counter of your municipality. They will help you.',

  'cases.title': 'My requests',
  'cases.empty': 'You do not have a request yet.',
  'cases.start': 'Start a request',
  'cases.role.declarant': 'You started this request.',
  'cases.role.partner': 'Your partner started this request.',
  'cases.updated': 'Last changed on {date}.',
  'cases.back': 'Go to my requests',

  'preferences.link': 'Choose how you get messages',
  'preferences.title': 'How you get messages',
  'preferences.lead':
    'News about your request is always in your messages on this website. You can also get an '
    + 'e-mail or a text message when there is news. It only says that there is news, not what.',
  'preferences.portal': 'You always get messages on this website.',
  'preferences.language.heading': 'Language',
  'preferences.language.legend': 'In which language do you want your messages?',
  'preferences.language.hint':
    'If you do not choose, we write in the language of your municipality.',
  'preferences.language.save': 'Save language',
  'preferences.email.heading': 'E-mail',
  'preferences.email.none': 'You have not given an e-mail address yet.',
  'preferences.email.confirmed': 'Your e-mail address: {address} (confirmed).',
  'preferences.email.unconfirmed': 'Your e-mail address: {address} (not confirmed yet).',
  'preferences.email.label': 'E-mail address',
  'preferences.email.newLabel': 'Another e-mail address',
  'preferences.email.hint':
    'We send a code to this address. With the code you confirm that it is your address.',
  'preferences.email.send': 'Send a code by e-mail',
  'preferences.email.remove': 'Remove e-mail address',
  'preferences.phone.heading': 'Text message',
  'preferences.phone.none': 'You have not given a mobile number yet.',
  'preferences.phone.confirmed': 'Your mobile number: {address} (confirmed).',
  'preferences.phone.unconfirmed': 'Your mobile number: {address} (not confirmed yet).',
  'preferences.phone.label': 'Mobile number',
  'preferences.phone.newLabel': 'Another mobile number',
  'preferences.phone.hint':
    'For example 0470 12 34 56. A number from another country starts with + and the country '
    + 'code. We send a code to this number.',
  'preferences.phone.send': 'Send a code by text message',
  'preferences.phone.remove': 'Remove mobile number',
  'preferences.phone.unavailable': 'Text messages are not possible at the moment.',
  'preferences.code.label': 'Code',
  'preferences.code.hint':
    'Enter the 6 digits we sent to {address}. The code is valid until {time}.',
  'preferences.code.confirm': 'Confirm',
  'preferences.code.unusable':
    'The code for {address} no longer works. Ask for a new code above.',
  'preferences.channels.heading': 'E-mail and text message',
  'preferences.channels.legend': 'Also send me a message when there is news',
  'preferences.channels.email': 'By e-mail to {address}',
  'preferences.channels.sms': 'By text message to {address}',
  'preferences.channels.none':
    'First confirm an e-mail address or a mobile number. Then you choose here what you want '
    + 'to get.',
  'preferences.channels.save': 'Save my choice',
  'preferences.done.language': 'Your language is saved.',
  'preferences.done.codeSent': 'We have sent a code. Enter it below.',
  'preferences.done.confirmed':
    'Your address is confirmed. From now on you get a message there when there is news.',
  'preferences.done.alreadyConfirmed': 'This address is already confirmed. Nothing has changed.',
  'preferences.done.channels': 'Your choice is saved.',
  'preferences.done.removed': 'The address is removed.',
  'preferences.error.language': 'Choose a language.',
  'preferences.error.emailEmpty': 'Enter your e-mail address.',
  'preferences.error.emailInvalid':
    'Enter an e-mail address like name@example.be, without spaces.',
  'preferences.error.phoneEmpty': 'Enter your mobile number.',
  'preferences.error.phoneInvalid': 'Enter a mobile number like 0470 12 34 56.',
  'preferences.error.phoneNotMobile':
    'This is not a mobile number. A text message can only go to a mobile number.',
  'preferences.error.smsUnavailable': 'Text messages are not possible at the moment.',
  'preferences.error.rateLimited':
    'You have asked for too many codes. You can ask for a new code from {time}.',
  'preferences.error.sendFailed':
    'We could not send the code. Check the address or try again later.',
  'preferences.error.codeMalformed': 'Enter the code: 6 digits.',
  'preferences.error.codeWrong': 'This code is not right. You can try {count} more times.',
  'preferences.error.codeVoid':
    'You entered a wrong code too many times. This code no longer works. Ask for a new code.',
  'preferences.error.codeExpired': 'This code is no longer valid. Ask for a new code.',
  'preferences.error.noCode': 'First ask for a code.',
  'preferences.error.emailNotConfirmed': 'First confirm your e-mail address with a code.',
  'preferences.error.smsNotConfirmed': 'First confirm your mobile number with a code.',

  'case.title': 'Request {reference}',
  'case.status': 'Status: {status}.',
  'case.status.draft': 'the declaration has not been signed yet',
  'case.status.awaiting_partner': 'waiting for the answer of the second partner',
  'case.status.awaiting_declarant_choice':
    'waiting for the choice to go on alone or to stop',
  'case.status.awaiting_counter_visit': 'waiting for the visit to the counter',
  'case.status.awaiting_payment': 'waiting for the payment',
  'case.status.awaiting_service': 'the bailiff is delivering the declaration',
  'case.status.registering': 'the municipality is registering the end',
  'case.status.completed': 'done, the legal cohabitation has ended',
  'case.status.withdrawn': 'withdrawn',
  'case.status.lapsed': 'closed, the cohabitation ended by law',
  'case.status.expired': 'expired, the time limit has passed',
  'case.todo.heading': 'What do you need to do now?',
  'case.todo.sign': 'Read the declaration and sign it.',
  'case.todo.answer': 'Read the declaration. Sign it too, or refuse.',
  'case.todo.declarationLink': 'Go to the declaration',
  'case.todo.choose': 'Choose whether you go on alone or stop.',
  'case.todo.chooseLink': 'Make your choice',
  'case.todo.counter':
    'Make an appointment at the counter of your municipality to hand in the declaration.',
  'case.todo.pay': 'Pay {amount} with the button below.',
  'case.todo.nothing': 'You do not need to do anything now. We will tell you when there is news.',
  'case.todo.closed': 'This request is closed. You do not need to do anything else.',
  'case.timeline.heading': 'Progress',
  'case.timeline.now': 'Now: {status}.',
  'case.timeline.next': 'Next step: {step}.',
  'case.timeline.due': 'At the latest on {date}.',
  'case.next.draft': 'signing the declaration',
  'case.next.awaiting_partner': 'the answer of the second partner',
  'case.next.awaiting_declarant_choice': 'the choice to go on alone or to stop',
  'case.next.awaiting_counter_visit': 'handing in the declaration at the counter',
  'case.next.awaiting_payment': 'the payment',
  'case.next.awaiting_service': 'the service by the bailiff',
  'case.next.registering': 'the registration of the end',
  'case.who.you': 'you',
  'case.who.partner': 'your partner',
  'case.who.municipality': 'the municipality',
  'case.event.started': 'Request started by {who}.',
  'case.event.declarationSigned': 'Declaration signed by {who}.',
  'case.event.partnerInvited': 'Request to sign too sent.',
  'case.event.partnerSigned': 'Declaration signed too by {who}.',
  'case.event.partnerRefused': 'Signing refused by {who}.',
  'case.event.reason': 'Reason: {reason}',
  'case.event.partnerDeadlinePassed': 'The time to answer has passed.',
  'case.event.choseUnilateral': 'Chose to go on alone.',
  'case.event.counterVisit': 'Declaration handed in at the counter.',
  'case.event.paymentRequested': 'Payment request sent: {amount}.',
  'case.event.paid': 'Payment received: {amount}.',
  'case.event.received': 'Receipt from the municipality: {number}.',
  'case.event.bailiffEngaged': 'A bailiff has been appointed.',
  'case.event.served': 'The bailiff has served the declaration.',
  'case.event.registered': 'End registered. It applies from {date}.',
  'case.event.certificate': 'Certificate ready.',
  'case.event.withdrawn': 'Request withdrawn by {who}.',
  'case.event.lapsed': 'The cohabitation ended by law through a marriage or a death. The '
    + 'request is therefore closed.',
  'case.event.expired': 'The request expired because the time limit has passed.',
  'case.withdraw.link': 'Withdraw the request',

  // Signing and answering (declaration., answer., choice.)
  'declaration.title': 'Your declaration',
  'declaration.intro':
    'This goes into the declaration that ends your legal cohabitation. '
    + 'The details come from the National Register.',
  'declaration.field.kind': 'Kind of declaration',
  'declaration.field.municipality': 'Municipality',
  'declaration.field.surname': 'Surname',
  'declaration.field.firstNames': 'First names',
  'declaration.field.birth': 'Born',
  'declaration.field.domicile': 'Domicile',
  'declaration.field.declarant': 'Who started the request',
  'declaration.field.partnerName': 'Other partner',
  'declaration.birth': 'in {place} on {date}',
  'declaration.noDomicile': 'No address in Belgium',
  'declaration.kind.joint': 'Together: you and your partner both sign',
  'declaration.kind.unilateral': 'Alone: only you sign',
  'declaration.you': 'You',
  'declaration.partner': 'Your partner',
  'declaration.wrong':
    'Is something not right? Then contact your municipality. It can have the details '
    + 'corrected.',
  'declaration.signHeading': 'Signing',
  'declaration.stepUp': 'To sign, you sign in once more, for example with your eID or itsme.',
  'declaration.continue': 'Go on to sign',
  'declaration.back': 'Back to the request',
  'declaration.check.title': 'Check and sign',
  'declaration.check.after':
    'After you sign, we make the declaration as a PDF. For a joint declaration, we then ask '
    + 'your partner to sign too.',
  'declaration.check.confirm': 'I want to end the legal cohabitation.',
  'declaration.check.error': 'Tick the box to say that you want to end the legal cohabitation.',
  'declaration.check.sign': 'Sign',
  'declaration.stale.title': 'The request has changed in the meantime',
  'declaration.stale.body':
    'Something changed while you were looking at the page. Nothing was signed. '
    + 'Look at the request again.',
  'declaration.notNow.title': 'This step is not possible now',
  'declaration.notNow.body':
    'The request is no longer at this point. The request\'s page shows what you can do now.',
  'declaration.documents.heading': 'Documents',
  'declaration.documents.one': 'Declaration with one signature, {date} (PDF)',
  'declaration.documents.both': 'Declaration with two signatures, {date} (PDF)',
  'answer.title': 'Your answer to the declaration',
  'answer.intro': '{name} wants to end the legal cohabitation together with you.',
  'answer.read': 'Read the declaration (PDF)',
  'answer.deadline': 'You can answer until {date}. We will send you a reminder before then.',
  'answer.next.heading': 'What happens next?',
  'answer.next.sign':
    'If you sign too, the municipality registers the end. You both get a certificate.',
  'answer.next.refuse':
    'If you refuse, your partner can choose to go on alone. A bailiff then delivers the '
    + 'declaration to you.',
  'answer.next.silent': 'If you do not answer in time, your partner can also go on alone.',
  'answer.sign': 'Sign too',
  'answer.refuse': 'I do not want to sign',
  'answer.back': 'Back to the declaration',
  'answer.check.title': 'Check and sign too',
  'answer.check.after': 'After you sign, the municipality registers the end.',
  'answer.refuse.title': 'Not signing',
  'answer.refuse.body':
    'You can say why you do not sign. You do not have to. Your partner can then go on alone.',
  'answer.refuse.reason': 'Why not? (optional)',
  'answer.refuse.reasonHint':
    'The municipality reads your reason. Your partner reads it only if you tick the box '
    + 'below. At most 500 characters.',
  'answer.refuse.share': 'My partner may read my reason',
  'answer.refuse.submit': 'Do not sign',
  'answer.refuse.error': 'Write your reason in at most 500 characters.',
  'choice.title': 'Go on alone or stop',
  'choice.intro':
    'Your partner has not signed. You can end the cohabitation alone, or stop the request.',
  'choice.legend': 'What do you want to do?',
  'choice.alone': 'Go on alone',
  'choice.alone.hint':
    'You sign a declaration alone. You pay {deposit} in advance for the bailiff, who '
    + 'delivers the declaration to your partner.',
  'choice.stop': 'Stop',
  'choice.stop.hint': 'The request stops. Your legal cohabitation goes on.',
  'choice.error': 'Choose whether you go on alone or stop.',
  'choice.submit': 'Continue',
  'choice.check.title': 'Check and sign alone',
  'choice.check.after': 'After you sign, we ask you to pay the bailiff\'s costs.',

  'withdraw.title': 'Withdraw the request',
  'withdraw.body':
    'If you withdraw the request, it stops. Your legal cohabitation then continues. You can '
    + 'start a new request later.',
  'withdraw.confirm': 'Yes, withdraw the request',
  'withdraw.cancel': 'No, back to the request',
  'withdraw.closed.title': 'This request is already closed',
  'withdraw.closed.body': 'So you can no longer withdraw it.',
  'withdraw.stale.title': 'The request has changed in the meantime',
  'withdraw.stale.body':
    'While you were looking at the page, something changed in the request. Nothing has been '
    + 'withdrawn. Look at the request again and then decide.',
  'withdraw.declarantOnly.title': 'Only the person who started the request can withdraw it',
  'withdraw.declarantOnly.body':
    'Do you not want to take part? You can say so when you read the declaration.',
  'csrf.title': 'This form has expired',
  'csrf.body':
    'For security reasons we could not accept this form. Nothing has been changed. Go back, '
    + 'reload the page and try again.',

  // The header for a signed-in citizen, the counter visit, the case's messages.
  'layout.account': 'Your account',
  'layout.signOut': 'Sign out',
  'case.messages.link': 'Messages about this request',
  'case.counter.heading': 'Appointment at the counter',
  'case.counter.body':
    'The municipality of {municipality} asks you to hand in the signed declaration at its '
    + 'counter. Book an appointment and bring your identity card. The request waits for this '
    + 'visit.',
  'case.counter.book': 'Book an appointment',
  'case.counter.bookLink': 'Book an appointment online with the municipality',
  'case.counter.phone': 'Phone',
  'case.counter.hours': 'Opening hours of the counter',
  'case.counter.unknown':
    'Contact the civil affairs department of your municipality to book an appointment.',
  'messages.forCase': 'Messages about request {reference}',
  'messages.all': 'All messages',
  'messages.caseEmpty': 'There are no messages about this request yet.',

  // Sign-in (src/web/auth): the embedded test login, errors, sign-out; rate limits.
  'login.pick.title': 'Test sign-in: choose a person',
  'login.pick.intro':
    'This is the embedded test sign-in. You sign in as one of the fictitious demo people. In '
    + 'production you sign in here with the government login, using eID or itsme.',
  'login.pick.person': 'Person',
  'login.pick.level': 'Level of assurance',
  'login.pick.asked': 'The service asks for at least the level {level}.',
  'login.level.low': 'Low',
  'login.level.low.hint': 'For instance a code by e-mail.',
  'login.level.substantial': 'Substantial',
  'login.level.substantial.hint': 'For instance itsme.',
  'login.level.high': 'High',
  'login.level.high.hint': 'For instance your eID with a card reader.',
  'login.pick.submit': 'Sign in',
  'login.pick.cancel': 'Cancel',
  'login.pick.error.person': 'Choose a person.',
  'login.pick.error.level': 'Choose a level of assurance.',
  'login.signIn': 'Sign in',
  'login.badLink.title': 'This sign-in link is not valid',
  'login.badLink.body':
    'The link wants to send you to another website, or asks for an unknown level.',
  'login.failed.title': 'Signing in did not succeed',
  'login.failed.code': 'Error code for the helpdesk:',
  'login.failed.again': 'Sign in again',
  'login.error.login_request_missing':
    'This sign-in was already used, has expired, or was not started in this browser.',
  'login.error.state_mismatch':
    'This answer does not belong to the sign-in started in this browser.',
  'login.error.provider_refused': 'The sign-in was cancelled or refused.',
  'login.error.token_exchange_failed': 'We could not verify the login service\'s answer.',
  'login.error.insufficient_level':
    'This step needs a sign-in at a higher level, for instance with your eID or itsme.',
  'login.error.missing_national_number': 'The login service did not tell us who you are.',
  'login.error.provider_unavailable':
    'The login service cannot be reached right now. Please try again later.',
  'logout.title': 'Sign out',
  'logout.body': 'Do you want to sign out? On a shared computer, close the browser afterwards.',
  'logout.submit': 'Sign out',
  'logout.notSignedIn': 'You are not signed in',
  'logout.provider.title': 'Also sign out of the test sign-in?',
  'logout.provider.body':
    'You are signed out of this service. If you also sign out of the test sign-in, you will '
    + 'choose a person again next time.',
  'logout.provider.yes': 'Yes, sign out there too',
  'logout.provider.no': 'No, stay signed in there',
  'signedOut.title': 'You are signed out',
  'signedOut.body': 'You are safely signed out. Your request is kept.',
  'rateLimit.title': 'Please wait a moment',
  'rateLimit.body':
    'There were too many tries in the last few minutes from your connection or for your '
    + 'account. To prevent abuse, we wait a little.',
  'rateLimit.retry': 'Please try again from {time} (within {minutes} min.).',

  // The message box (src/web/messages) and the short e-mail and SMS notice.
  'messages.title': 'Messages',
  'messages.lead': 'Here you find every message about your requests. The newest is on top.',
  'messages.empty': 'You have no messages yet.',
  'messages.unread': 'New',
  'messages.unreadHidden': 'Unread message:',
  'messages.received': 'Received on {date}',
  'messages.case': 'Request {reference}',
  'messages.toCase': 'Go to request {reference}',
  'messages.back': 'Back to all messages',
  'messages.markRead': 'Mark as read',
  'messages.nav': 'Messages',
  'messages.navUnread': 'Messages ({count} new)',
  'messages.due.answer': 'Please answer by {date}.',
  'messages.due.partnerAnswer': 'Your partner can answer until {date}.',
  'messages.due.choice': 'Please choose by {date}.',
  'messages.due.payment': 'Please pay by {date}.',
  'messages.due.service': 'The bailiff delivers the declaration by {date}.',
  'messages.due.registration': 'The municipality registers the end by {date}.',
  'messages.norms':
    'How long each step takes: the partner has {answer} days to answer. If the partner refuses or does not answer, you choose within {choice} days whether to go on alone. You pay the deposit within {payment} days. The bailiff serves the declaration within 8 days of the payment. The municipality registers the end within {registration} working days.',
  'messages.norms.partner':
    'How long each step takes: you have {answer} days to answer. If you sign too, the municipality registers the end within {registration} working days. If you refuse or do not answer, your partner can go on alone; a bailiff will then serve the declaration on you.',
  'messages.case_started.subject': 'Your request has started',
  'messages.case_started.body':
    'You have started a request to end your legal cohabitation. The next step is to read and '
    + 'sign the declaration. Open your request to go on.',
  'messages.declaration_signed.subject': 'You have signed the declaration',
  'messages.declaration_signed.body':
    'We have received your signature. If you end the cohabitation together, we now ask your '
    + 'partner to sign too. If you go on alone, you first pay the deposit. Your request shows '
    + 'the next step.',
  'messages.book_counter_visit.subject': 'Make an appointment at the counter',
  'messages.book_counter_visit.body':
    'Your municipality asks that the signed declaration is handed in at the counter. Make an '
    + 'appointment with the civil affairs service and bring your identity card. The request '
    + 'waits until that visit.',
  'messages.partner_invited.subject': 'Your partner wants to end the legal cohabitation',
  'messages.partner_invited.body':
    'Your partner asks to end your legal cohabitation together. Read the declaration in your '
    + 'request. You can sign it as well, or refuse. If you do not answer, your partner can go '
    + 'on alone.',
  'messages.partner_reminder.subject': 'Reminder: we are waiting for your answer',
  'messages.partner_reminder.body':
    'You have not yet answered the request to end your legal cohabitation together. Read the '
    + 'declaration in your request and sign or refuse.',
  'messages.partner_signed.subject': 'Your partner has signed',
  'messages.partner_signed.body':
    'Your partner has signed the declaration as well. The municipality now handles the '
    + 'declaration. You do not need to do anything. You will get a message at the next step.',
  'messages.partner_refused.subject': 'Your partner has not signed',
  'messages.partner_refused.body':
    'Your partner does not want to sign the declaration together. You can go on alone: a '
    + 'bailiff then delivers the declaration to your partner, and you pay a deposit for this. '
    + 'You can also stop the request. Choose in your request.',
  'messages.partner_refused_with_reason.subject': 'Your partner has not signed',
  'messages.partner_refused_with_reason.body':
    'Your partner does not want to sign the declaration together and has given a reason. You '
    + 'can read it in your request. You can go on alone or stop the request. Choose in your '
    + 'request.',
  'messages.partner_no_answer.subject': 'Your partner has not answered',
  'messages.partner_no_answer.body':
    'Your partner did not answer in time. You can go on alone: a bailiff then delivers the '
    + 'declaration to your partner, and you pay a deposit for this. You can also stop the '
    + 'request. Choose in your request.',
  'messages.choice_reminder.subject': 'Reminder: choose how to go on',
  'messages.choice_reminder.body':
    'Your request is waiting for your choice: go on alone or stop. If you do not choose in '
    + 'time, the request expires.',
  'messages.payment_reminder.subject': 'Reminder: the payment is still open',
  'messages.payment_reminder.body':
    'We have not received your payment yet. You pay through your request. After the payment, '
    + 'your request goes on.',
  'messages.payment_received.subject': 'Your payment has been received',
  'messages.payment_received.body':
    'Thank you, we have received your payment. Your request now goes on. You do not need to '
    + 'do anything.',
  'messages.payment_failed.subject': 'The payment did not succeed',
  'messages.payment_failed.body':
    'Your payment did not go through. You can try again through your request.',
  'messages.payment_expired.subject': 'The time to pay has passed',
  'messages.payment_expired.body':
    'The payment was not made in time. Open your request to see what you can do now. The '
    + 'counter of your municipality can help with questions.',
  'messages.payment_refunded.subject': 'Your money is paid back',
  'messages.payment_refunded.body':
    'The amount you paid has been paid back. It can take a few working days before you see it '
    + 'on your account.',
  'messages.declaration_received.subject': 'The municipality has received the declaration',
  'messages.declaration_received.body':
    'The municipality has received the declaration and made a receipt. You find it in your '
    + 'request. You will get a message at the next step.',
  'messages.service_recorded.subject': 'The declaration has been officially delivered',
  'messages.service_recorded.body':
    'The bailiff has officially delivered the declaration to your partner. The municipality '
    + 'now registers the end of the cohabitation. You do not need to do anything.',
  'messages.termination_registered.subject': 'The legal cohabitation has ended',
  'messages.termination_registered.body':
    'The municipality has registered the end of the legal cohabitation in the National '
    + 'Register. Your certificate will be in your request.',
  'certificates.heading':
    'Your certificates',
  'certificates.kind.receipt':
    'Receipt',
  'certificates.kind.declaration':
    'Certificate of the declaration',
  'certificates.kind.termination':
    'Certificate of the end of the legal cohabitation',
  'certificates.kind.household':
    'Extract: your household composition',
  'certificates.code':
    '(verification code {code}, issued on {date})',
  'certificates.superseded':
    'Replaced by a newer certificate.',
  'verify.link':
    'Check that a certificate is genuine',
  'verify.title':
    'Check a certificate',
  'verify.intro':
    'Enter the verification code printed on the certificate. You will see whether the certificate is genuine and still valid, and what it states.',
  'verify.code.label':
    'Verification code',
  'verify.code.hint':
    '12 characters, for example ABCD-EFGH-JKLM. Upper or lower case does not matter.',
  'verify.submit':
    'Check',
  'verify.invalid':
    'A verification code has 12 letters and digits, like ABCD-EFGH-JKLM. Check the code.',
  'verify.unknown.title':
    'No certificate with this code',
  'verify.unknown.body':
    'We have not issued a certificate with this verification code. Check the code. If it is right, the certificate is not genuine.',
  'verify.genuine.current':
    'This certificate is genuine and still valid',
  'verify.genuine.superseded':
    'This certificate is genuine, but replaced by a newer one',
  'verify.issued':
    '{kind}, issued on {date}. This is what it states:',
  'verify.file.heading':
    'Or upload the PDF file',
  'verify.file.label':
    'The certificate as a PDF file',
  'verify.file.hint':
    'The file as you received it, not changed or printed again. At most 5 MB.',
  'verify.file.submit':
    'Check the file',
  'verify.file.missing':
    'Choose the PDF file of the certificate.',
  'verify.file.notPdf':
    'This file is not a PDF. Choose the PDF file of the certificate.',
  'verify.file.tooLarge':
    'This file is larger than 5 MB. A certificate is much smaller: choose the right file.',
  'verify.unknownFile.title':
    'This file is not a certificate as we issued it',
  'verify.unknownFile.body':
    'The file is not exactly a certificate we issued: it was changed, or it does not come from us. A certificate that was saved again or printed can be checked with its verification code.',
  'reads.link':
    'Who read your data in the National Register?',
  'reads.title':
    'Who read your data',
  'reads.intro':
    'For application {reference}, your data in the National Register was read. Every read is kept: when, by whom and why.',
  'reads.caption':
    'Reads of your data for application {reference}',
  'reads.none':
    'Your data has not been read for this application yet.',
  'reads.when':
    'When',
  'reads.who':
    'By whom',
  'reads.why':
    'Why',
  'reads.back':
    'Back to the application',
  'reads.reader.you':
    'You, in the portal',
  'reads.reader.partner':
    'Your partner, in the portal',
  'reads.reader.service':
    'The service itself (automatically)',
  'reads.reader.municipality':
    'A member of the municipality\'s staff',
  'reads.reader.bailiff':
    'The bailiff',
  'reads.purpose.start':
    'Starting the application',
  'reads.purpose.declaration':
    'Drawing up the declaration',
  'reads.purpose.household':
    'Your household after the end',
  'reads.purpose.service':
    'Serving the declaration',
  'reads.purpose.certificate':
    'Making your certificates',
  'household.heading':
    'Your household according to the National Register',
  'household.shared':
    'You still live at the same address as your former partner. Ending the cohabitation does not change your household: it changes only when one of you moves.',
  'household.move':
    'Report a move',
  'household.moveAsk':
    'You report a move to the population service of the municipality where you will live.',
  'messages.certificates_ready.subject': 'Your certificates are ready',
  'messages.certificates_ready.body':
    'The end of your legal cohabitation is registered. Your certificates are ready in the documents of your application: the certificate of the end, the receipt and an extract of your household composition. Each certificate has a verification code with which anyone can check that it is genuine.',
  'messages.address_change_offer.subject': 'Is one of you moving?',
  'messages.address_change_offer.body':
    'You are still registered at the same address as your former partner. If you move, report '
    + 'your new address to the municipality where you will live.',
  'messages.case_withdrawn.subject': 'The request has been withdrawn',
  'messages.case_withdrawn.body':
    'The request to end the legal cohabitation has been withdrawn. The legal cohabitation '
    + 'continues. You can start a new request later.',
  'messages.case_lapsed_marriage.subject': 'The request has been closed',
  'messages.case_lapsed_marriage.body':
    'The legal cohabitation ended by law because of a marriage. The request is therefore '
    + 'closed. You do not need to do anything more.',
  'messages.case_lapsed_death.subject': 'The request has been closed',
  'messages.case_lapsed_death.body':
    'The legal cohabitation ended by law because of a death. The request is therefore closed. '
    + 'You do not need to do anything more. The counter of your municipality can help with '
    + 'questions.',
  'messages.case_expired.subject': 'The request has expired',
  'messages.case_expired.body':
    'The time limit of this request has passed. The request is therefore closed and the legal '
    + 'cohabitation continues. You can start a new request at any time.',
  'messages.case_status_changed.subject': 'Your request has changed',
  'messages.case_status_changed.body':
    'The municipality has changed the step of your request. Open your request to see where it '
    + 'stands now.',
  'mail.subject': 'There is news in your file',
  'mail.body':
    'Hello,\n\nThere is news in your file at your municipality. Sign in to read the message: '
    + '{link}\n\nPlease do not reply to this e-mail.',
  'mail.sms': 'There is news in your file at your municipality. Sign in to read it: {link}',
  ...bailiffEn,
  ...paymentsEn,
  ...officeEn,
  ...officeListEn,
  ...officeCaseEn,
  ...officeTasksEn,
  ...officeCounterEn,
  ...officeInvoicesEn,
  ...officeDashboardEn,
  ...officeCrmEn,
  ...officeSettingsEn,
};
