export {
  markRead, messageOfPerson, messagesOfPerson, MessageAccessError, unreadCount,
  type BoxMessage,
} from './message-box.ts';
export {
  citizenTemplates, isCitizenTemplate, officeTemplates, type CitizenTemplate,
} from './templates.ts';
