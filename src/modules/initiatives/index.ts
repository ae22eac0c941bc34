/** What other modules may use from initiatives. */
export { initiativesModule } from './module.js';
