/** Placeholder until the page is built. */
export function CrowdProjectsPage() {
  return null;
}
