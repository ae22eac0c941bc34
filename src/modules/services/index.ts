/** What other modules may use from services: the module. */
export { servicesModule } from './module.js';
