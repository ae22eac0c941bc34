/**
 * The web app's page addresses (React Router patterns: `:name` is one path segment). The web's
 * router (web/src/app.tsx) declares exactly these (a unit test compares them) and names each
 * page's title by them; the server answers an address that matches none with 404 (and the web
 * app, which shows its "page not found"). Pure: the web imports this file.
 */
export const webRoutePatterns = [
  '/',
  '/register',
  '/confirm',
  '/login',
  '/reset-password',
  '/audit',
  '/open-data',
  '/discussions',
  '/discussions/new',
  '/discussions/:id',
  '/people/:id',
  '/unsubscribe',
  '/notifications',
  '/moderation',
  '/moderation/words',
  '/moderation/reports',
  '/profile',
  '/privacy',
  '/account-deleted',
  '/profile/verification',
  '/verify',
  '/admin/city',
  '/admin/users',
  '/admin/users/:id',
  '/admin/setup',
  '/admin/outbox',
  '/admin/classifier',
  '/admin/routing',
  '/admin/calendar',
  '/admin/districts',
  '/admin/departments',
  '/admin/dictionaries',
  '/admin/api-keys',
  '/admin/budgeting',
  '/admin/budgeting/cycles/:cycleId',
  '/admin/budgeting/cycles/:cycleId/tally',
  '/admin/polls',
  '/admin/verification',
  '/admin/points',
  '/admin/charity',
  '/admin/charity/new',
  '/admin/charity/:id',
  '/admin/services',
  '/admin/services/new',
  '/admin/services/roles/new',
  '/admin/services/roles/:id',
  '/admin/services/:id',
  '/admin/places',
  '/admin/population',
  '/admin/initiatives',
  '/admin/crowdsourcing',
  '/reports',
  '/reports/new',
  '/reports/stats',
  '/reports/:number',
  '/me/reports',
  '/districts/:id',
  '/departments/:id',
  '/inbox',
  '/budgeting',
  '/budgeting/cycles/:cycleId',
  '/budgeting/headings/:headingId',
  '/budgeting/headings/:headingId/ballot',
  '/budgeting/headings/:headingId/results',
  '/budgeting/proposals/new',
  '/budgeting/proposals/:number',
  '/budgeting/review',
  '/budgeting/receipt',
  '/budgeting/works',
  '/budgeting/works/:id',
  '/city-budget',
  '/polls',
  '/polls/receipt',
  '/polls/:id',
  '/polls/:id/results',
  '/points',
  '/charity',
  '/charity/:id',
  '/services',
  '/services/propose',
  '/services/roles/:key',
  '/services/:id',
  '/places',
  '/area',
  '/monitor',
  '/area/:placeId',
  '/search',
  '/statistics',
  '/initiatives',
  '/initiatives/new',
  '/initiatives/:number',
  '/initiatives/:number/edit',
  '/commitments',
  '/commitments/:number',
  '/crowdsourcing',
  '/crowdsourcing/:number',
  '/crowdsourcing/ideas/:number',
  '/volunteering',
  '/volunteering/new',
  '/volunteering/:id',
  '/volunteering/:id/organise',
  '/events',
  '/events/:id',
  '/events/new',
  '/events/:id/edit',
  '/events/:id/manage',
  '/me/events',
  '/groups',
  '/groups/new',
  '/groups/:id',
  '/groups/:id/edit',
  '/groups/posts/:id',
  '/admin/groups',
  '/messages',
  '/messages/new',
  '/messages/:id',
] as const;

export type WebRoutePattern = (typeof webRoutePatterns)[number];

const segmentsOf = (path: string) => path.split('/').filter((s) => s.length > 0);
const compiled = webRoutePatterns.map((pattern) => ({ pattern, segments: segmentsOf(pattern) }));

/**
 * The pattern a path is a page of, or null: a static segment must be equal, a `:name` segment
 * takes any one segment. A static pattern wins over one with a parameter (`/reports/new`, not
 * `/reports/:number`), as in the router. A trailing slash is ignored; the query is not part of it.
 */
export function matchWebRoute(pathname: string): WebRoutePattern | null {
  let path = pathname;
  try {
    path = decodeURI(pathname);
  } catch {
    // a malformed escape: compared as it came
  }
  const parts = segmentsOf(path);
  let best: { pattern: WebRoutePattern; params: number } | null = null;
  for (const { pattern, segments } of compiled) {
    if (segments.length !== parts.length) continue;
    let params = 0;
    const fits = segments.every((s, i) => {
      if (s.startsWith(':')) {
        params++;
        return true;
      }
      return s === parts[i];
    });
    if (fits && (best === null || params < best.params)) best = { pattern, params };
  }
  return best?.pattern ?? null;
}
