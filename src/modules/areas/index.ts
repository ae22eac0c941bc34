/** What other modules may use from areas: the module. */
export { areasModule } from './module.js';
