/** What other modules may use from notifications. */
export { notificationsModule } from './module.js';
