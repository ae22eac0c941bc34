/** What other modules may use from accounts. */
export { accountsModule, demoAdminEmail } from './module.js';
export { createAdministrator } from './use-cases/admin-users.js';
export { setResidentVerified } from './use-cases/verification-level.js';
export { listStaff, mailContacts, publicNamesFromJson, publicNamesJson, publicPeople, type PublicName, type PublicPerson } from './use-cases/public-people.js';
// for signing in through the verification module's OpenID Connect provider
export { startSession } from './use-cases/sessions.js';
export { createProviderAccount, type ProviderAccountInput } from './use-cases/create-provider-account.js';
export { sessionCookieName, sessionTtlMs } from './domain/account-rules.js';
// for creating (with a head), merging and deleting departments (reports owns the departments' administration)
export { countDepartmentRoles, grantDepartmentOfficial, moveDepartmentRoles } from './use-cases/department-roles.js';
// for ballots and poll responses: written only for an account not deleted, and never half-way through its deletion
export { livingPersonSql } from './personal-data.js';
