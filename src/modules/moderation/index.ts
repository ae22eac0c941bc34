/** What other modules may use from moderation: the module, and the forbidden-words screen for content being saved. */
export { moderationModule } from './module.js';
export { contentHidden, contentRestored } from './events.js';
export { screenText } from './use-cases/screen-text.js';
export { openHeldCase } from './use-cases/open-held-case.js';
// messages: a member reports one message of a private conversation through its own route (the conversation is checked first)
export { flagContent } from './use-cases/flag-content.js';
export { flagReasons, type FlagReason } from './domain/case-rules.js';
