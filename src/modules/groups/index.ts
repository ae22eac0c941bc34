/** What other modules may use from groups: the module, and whether two people share a group (messages' default rule). */
export { groupsModule } from './module.js';
export { shareAGroup } from './db/share.js';
export { demoDeputyEmail } from './use-cases/seed-demo-groups.js';
