/** What other modules may use from comments. */
export { commentsModule } from './module.js';
export { commentCreated } from './events.js';
export { postComment } from './use-cases/post-comment.js';
export { hideComment } from './use-cases/moderate-comment.js';
