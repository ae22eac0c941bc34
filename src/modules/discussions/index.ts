/** What other modules may use from discussions: the module (its entity kind `discussion` is reached through the registry). */
export { discussionsModule } from './module.js';
export { discussionCreated } from './events.js';
