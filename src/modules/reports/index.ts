/** What other modules may use from reports. */
export { reportsModule } from './module.js';
