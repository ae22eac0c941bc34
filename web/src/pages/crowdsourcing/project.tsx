/** Placeholder until the page is built. */
export function CrowdProjectPage() {
  return null;
}
