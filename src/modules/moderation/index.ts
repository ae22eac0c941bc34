/** What other modules may use from moderation. */
export { moderationModule } from './module.js';
