// Addresses of the verification module the browser navigates to (full navigations to the identity provider, not
// API calls: those go through the typed client, api/client.ts).

/** Where the browser goes to sign in (or sign up) with the identity provider. */
export const oidcSignInHref = (returnTo: string) => `/api/verification/oidc/signin?returnTo=${encodeURIComponent(returnTo)}`;

/** Where the browser goes to verify at the identity provider. */
export const oidcStartHref = (returnTo: string) => `/api/verification/oidc/start?returnTo=${encodeURIComponent(returnTo)}`;
