/** What other modules may use from comments. */
export { commentsModule } from './module.js';
