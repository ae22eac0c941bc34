/** Placeholder until the page is built. */
export function InitiativeFormPage() {
  return null;
}
