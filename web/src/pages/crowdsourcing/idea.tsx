/** Placeholder until the page is built. */
export function IdeaPage() {
  return null;
}
