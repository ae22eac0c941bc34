/** What other modules may use from charity: the module. */
export { charityModule } from './module.js';
