/** What other modules may use from discussions. */
export { discussionsModule } from './module.js';
