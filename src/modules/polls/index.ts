/** What other modules may use from polls. */
export { pollsModule } from './module.js';
