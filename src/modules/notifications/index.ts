/**
 * What other modules may use from notifications: the module, and what a module's listeners use to tell people of
 * its events — `notify` (recipients, once each, never the actor; the kinds are declared in the module's manifest),
 * automatic follows, followers, and the department staff who must act.
 */
export { notificationsModule } from './module.js';
export { follow, followersOf, followSql, notify, unfollow, type EntityKey, type Notice } from './use-cases/notify.js';
export { departmentFacts, departmentOfficials } from './use-cases/department-staff.js';
