/**
 * What other modules may use from groups: the module, whether two people share a group (messages' default rule), and
 * the groups a person runs (organisers of events, volunteering projects and charity reports on a group's behalf), and
 * who has a verified public figure's page (messages accept anyone's message to them), and a community as the host of
 * discussions opened inside it (who may read and add to them, and which communities' are public).
 */
export { groupsModule } from './module.js';
export { shareAGroup } from './db/share.js';
export { groupAccessChanged, groupJoinRequested, groupPostCreated } from './events.js';
export { groupNames, groupsRunBy, type OrganisingGroup } from './db/organisers.js';
export { hostGroupFor, hostGroups, publicGroupIds, type HostGroup } from './use-cases/hosting.js';
export { verifiedPublicFigures } from './db/public-figures.js';
export { demoDeputyEmail, demoOrganisation } from './use-cases/seed-demo-groups.js';
