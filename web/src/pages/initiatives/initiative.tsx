/** Placeholder until the page is built. */
export function InitiativePage() {
  return null;
}
