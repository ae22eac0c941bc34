/** How a person proved who they are and where they live. */
export const verificationMethods = ['sms', 'register', 'in_person', 'oidc'] as const;
export type VerificationMethod = (typeof verificationMethods)[number];

/** What the administrators' list of verifications shows: the ones in force, the revoked ones, or both. */
export const verificationStatuses = ['active', 'revoked', 'all'] as const;
