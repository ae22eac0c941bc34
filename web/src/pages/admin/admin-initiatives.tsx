/** Placeholder until the page is built. */
export function AdminInitiativesPage() {
  return null;
}
