/** Placeholder until the page is built. */
export function InitiativesPage() {
  return null;
}
