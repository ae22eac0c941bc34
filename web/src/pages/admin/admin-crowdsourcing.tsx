/** Placeholder until the page is built. */
export function AdminCrowdsourcingPage() {
  return null;
}
