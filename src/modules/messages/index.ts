/** What other modules may use from messages: the module, and the event of a person's unread messages. */
export { messagesModule } from './module.js';
export { messagesUnread } from './events.js';
