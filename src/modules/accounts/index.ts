/** What other modules may use from accounts. */
export { accountsModule, demoAdminEmail } from './module.js';
export { createAdministrator } from './use-cases/admin-users.js';
export { setResidentVerified } from './use-cases/verification-level.js';
export { listStaff, mailContacts, publicPeople, type PublicPerson } from './use-cases/public-people.js';
