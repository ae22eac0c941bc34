// Story: a resident holds a 360 px phone; an official works at 1366 px. Every page of the web app —
// each address the router knows, filled with real ids of the demo city — fits the screen's width
// in both languages: nothing makes the page scroll sideways (wide tables scroll in their own box).
// A visitor who is not signed in meets no 401 on the way.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { webRoutePatterns, type WebRoutePattern } from '../src/core/http/web-routes.js';
import { specBrowser, type Lang } from './browser.js';
import { apiAs, tr } from './helpers.js';

const baseURL = inject('baseURL');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);
const widths = [360, 390, 1366] as const;

/** Ids of the demo city's things, found through the API when the spec starts. */
const ids: Record<string, string | number> = {};

beforeAll(async () => {
  const admin = { cookie: adminSession };
  const get = <T>(path: string) => apiAs<T>(baseURL, admin, 'GET', path);
  ids.admin = (await get<{ user: { id: string } }>('/api/me')).user.id;
  ids.report = (await get<{ items: { number: number }[] }>('/api/reports?limit=1')).items[0]!.number;
  ids.discussion = (await get<{ items: { id: string }[] }>('/api/discussions')).items[0]!.id;
  ids.district = (await get<{ items: { id: string }[] }>('/api/districts')).items[0]!.id;
  ids.department = (await get<{ items: { id: string }[] }>('/api/departments')).items[0]!.id;
  const cycles = (await get<{ items: { id: string; headings: { id: string }[] }[] }>('/api/budgeting/cycles')).items;
  const cycle = cycles.find((c) => c.headings.length > 0)!;
  ids.cycle = cycle.id;
  ids.heading = cycle.headings[0]!.id;
  // a heading whose results are published (the imported Pabulib election's), for the results page
  ids.resultsHeading = ids.heading;
  for (const h of cycles.flatMap((c) => c.headings)) {
    if ((await fetch(`${baseURL}/api/budgeting/headings/${h.id}/results`)).ok) {
      ids.resultsHeading = h.id;
      break;
    }
  }
  ids.proposal = (await get<{ items: { number: number }[] }>('/api/budgeting/proposals')).items[0]!.number;
  ids.work = (await get<{ items: { id: string }[] }>('/api/budgeting/works')).items[0]!.id;
  ids.poll = (await get<{ polls: { id: string }[] }>('/api/polls')).polls[0]!.id;
  ids.volunteering = (await get<{ items: { id: string }[] }>('/api/volunteering/projects')).items[0]!.id;
  ids.initiative = (await get<{ items: { number: number }[] }>('/api/initiatives')).items[0]!.number;
  ids.commitment = (await get<{ items: { number: number }[] }>('/api/commitments')).items[0]!.number;
  const project = (await get<{ projects: { number: number }[] }>('/api/crowdsourcing/projects')).projects[0]!.number;
  ids.project = project;
  ids.idea = (await get<{ items: { number: number }[] }>(`/api/crowdsourcing/projects/${project}/ideas`)).items[0]!.number;
  // an event: the demo city's first, else one announced here for a department (the administrator may)
  ids.event =
    (await get<{ items: { id: string }[] }>('/api/events')).items[0]?.id ??
    (
      await apiAs<{ id: string }>(
        baseURL,
        admin,
        'POST',
        '/api/events',
        {
          kind: 'meeting',
          title: 'Встреча с жителями о благоустройстве',
          description: 'Обсуждаем, что сделать во дворах в следующем году.',
          lat: 59.9301,
          lon: 30.3102,
          address: 'Садовая ул., 40',
          startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
          endsAt: new Date(Date.now() + 7 * 86_400_000 + 7_200_000).toISOString(),
          capacity: 30,
          departmentId: ids.department,
        },
        201,
      )
    ).id;
  ids.cause = (await get<{ items: { id: string }[] }>('/api/charity/causes')).items[0]!.id;
  // the demo building community and its first post
  ids.group = (await get<{ items: { id: string; kind: string }[] }>('/api/groups?kind=building')).items[0]!.id;
  ids.groupPost = (await get<{ items: { id: string }[] }>(`/api/groups/${ids.group}/posts`)).items[0]!.id;
  // a conversation of the administrator's own (a conversation is readable by its members only): a request to a department
  ids.conversation =
    (await get<{ items: { id: string }[] }>('/api/messages')).items[0]?.id ??
    (
      await apiAs<{ conversationId: string }>(
        baseURL,
        admin,
        'POST',
        '/api/messages',
        { toDepartment: ids.department, text: 'Проверка ширины страницы переписки.' },
        201,
      )
    ).conversationId;
  ids.service = (await get<{ services: { id: string }[] }>('/api/services/roles/parent')).services[0]!.id;
  ids.role = (await get<{ items: { id: string }[] }>('/api/services/roles')).items[0]!.id;
  // the administrator's saved home, for "my area"
  ids.place = (
    await apiAs<{ id: string }>(baseURL, admin, 'POST', '/api/me/places', { label: 'home', address: 'Садовая ул., 40', lat: 59.9301, lon: 30.3102 }, 201)
  ).id;
});

/** An address to visit for each page the router knows (a pattern missing here fails the spec). */
const addresses: Record<WebRoutePattern, () => string> = {
  '/': () => '/',
  '/register': () => '/register',
  '/confirm': () => '/confirm',
  '/login': () => '/login',
  '/reset-password': () => '/reset-password',
  '/audit': () => '/audit',
  '/open-data': () => '/open-data',
  '/discussions': () => '/discussions',
  '/discussions/new': () => '/discussions/new',
  '/discussions/:id': () => `/discussions/${ids.discussion}`,
  '/people/:id': () => `/people/${ids.admin}`,
  '/unsubscribe': () => '/unsubscribe?token=not-a-real-token-123',
  '/notifications': () => '/notifications',
  '/moderation': () => '/moderation',
  '/moderation/words': () => '/moderation/words',
  '/moderation/reports': () => '/moderation/reports',
  '/profile': () => '/profile',
  '/privacy': () => '/privacy',
  '/account-deleted': () => '/account-deleted',
  '/profile/verification': () => '/profile/verification',
  '/verify': () => '/verify',
  '/admin/users': () => '/admin/users',
  '/admin/users/:id': () => `/admin/users/${ids.admin}`,
  '/admin/setup': () => '/admin/setup',
  '/admin/districts': () => '/admin/districts',
  '/admin/city': () => '/admin/city',
  '/admin/outbox': () => '/admin/outbox',
  '/admin/classifier': () => '/admin/classifier',
  '/admin/routing': () => '/admin/routing',
  '/admin/calendar': () => '/admin/calendar',
  '/admin/departments': () => `/admin/departments?id=${ids.department}`,
  '/admin/dictionaries': () => '/admin/dictionaries',
  '/admin/api-keys': () => '/admin/api-keys',
  '/admin/budgeting': () => '/admin/budgeting',
  '/admin/budgeting/cycles/:cycleId': () => `/admin/budgeting/cycles/${ids.cycle}`,
  '/admin/budgeting/cycles/:cycleId/tally': () => `/admin/budgeting/cycles/${ids.cycle}/tally`,
  '/admin/polls': () => '/admin/polls',
  '/admin/verification': () => '/admin/verification',
  '/admin/points': () => '/admin/points',
  '/admin/charity': () => '/admin/charity',
  '/admin/charity/new': () => '/admin/charity/new',
  '/admin/charity/:id': () => `/admin/charity/${ids.cause}`,
  '/admin/services': () => '/admin/services',
  '/admin/services/new': () => '/admin/services/new',
  '/admin/services/roles/new': () => '/admin/services/roles/new',
  '/admin/services/roles/:id': () => `/admin/services/roles/${ids.role}`,
  '/admin/services/:id': () => `/admin/services/${ids.service}`,
  '/admin/initiatives': () => '/admin/initiatives',
  '/admin/crowdsourcing': () => '/admin/crowdsourcing',
  '/reports': () => '/reports',
  '/reports/new': () => '/reports/new',
  '/reports/stats': () => '/reports/stats',
  '/reports/:number': () => `/reports/${ids.report}`,
  '/me/reports': () => '/me/reports',
  '/districts/:id': () => `/districts/${ids.district}`,
  '/departments/:id': () => `/departments/${ids.department}`,
  '/inbox': () => '/inbox',
  '/budgeting': () => '/budgeting',
  '/budgeting/cycles/:cycleId': () => `/budgeting/cycles/${ids.cycle}`,
  '/budgeting/headings/:headingId': () => `/budgeting/headings/${ids.heading}`,
  '/budgeting/headings/:headingId/ballot': () => `/budgeting/headings/${ids.heading}/ballot`,
  '/budgeting/headings/:headingId/results': () => `/budgeting/headings/${ids.resultsHeading}/results`,
  '/budgeting/proposals/new': () => '/budgeting/proposals/new',
  '/budgeting/proposals/:number': () => `/budgeting/proposals/${ids.proposal}`,
  '/budgeting/review': () => '/budgeting/review',
  '/budgeting/receipt': () => '/budgeting/receipt',
  '/budgeting/works': () => '/budgeting/works',
  '/budgeting/works/:id': () => `/budgeting/works/${ids.work}`,
  '/city-budget': () => '/city-budget',
  '/polls': () => '/polls',
  '/polls/receipt': () => '/polls/receipt',
  '/polls/:id': () => `/polls/${ids.poll}`,
  '/polls/:id/results': () => `/polls/${ids.poll}/results`,
  '/points': () => '/points',
  '/volunteering': () => '/volunteering',
  '/volunteering/new': () => '/volunteering/new',
  '/volunteering/:id': () => `/volunteering/${ids.volunteering}`,
  '/volunteering/:id/organise': () => `/volunteering/${ids.volunteering}/organise`,
  '/charity': () => '/charity',
  '/charity/:id': () => `/charity/${ids.cause}`,
  '/services': () => '/services',
  '/services/propose': () => '/services/propose',
  '/services/roles/:key': () => '/services/roles/parent',
  '/services/:id': () => `/services/${ids.service}`,
  '/places': () => '/places?lat=59.9386&lon=30.339&layers=dog-areas',
  '/area': () => '/area?lat=59.9386&lon=30.339&radius=1000',
  '/monitor': () => '/monitor',
  '/area/:placeId': () => `/area/${ids.place}`,
  '/search': () => `/search?q=${encodeURIComponent('яма')}`,
  '/statistics': () => '/statistics',
  '/admin/places': () => '/admin/places',
  '/admin/population': () => '/admin/population',
  '/initiatives': () => '/initiatives',
  '/commitments': () => '/commitments',
  '/commitments/:number': () => `/commitments/${ids.commitment}`,
  '/initiatives/new': () => '/initiatives/new',
  '/initiatives/:number': () => `/initiatives/${ids.initiative}`,
  '/initiatives/:number/edit': () => `/initiatives/${ids.initiative}/edit`,
  '/crowdsourcing': () => '/crowdsourcing',
  '/crowdsourcing/:number': () => `/crowdsourcing/${ids.project}`,
  '/crowdsourcing/ideas/:number': () => `/crowdsourcing/ideas/${ids.idea}`,
  '/events': () => '/events',
  '/events/:id': () => `/events/${ids.event}`,
  '/events/new': () => '/events/new',
  '/events/:id/edit': () => `/events/${ids.event}/edit`,
  '/events/:id/manage': () => `/events/${ids.event}/manage`,
  '/me/events': () => '/me/events',
  '/groups': () => '/groups',
  '/groups/new': () => '/groups/new',
  '/groups/:id': () => `/groups/${ids.group}`,
  '/groups/:id/edit': () => `/groups/${ids.group}/edit`,
  '/groups/posts/:id': () => `/groups/posts/${ids.groupPost}`,
  '/admin/groups': () => '/admin/groups',
  '/messages': () => '/messages',
  '/messages/new': () => `/messages/new?to=${ids.admin}`,
  '/messages/:id': () => `/messages/${ids.conversation}`,
};

/** Pages a visitor who is not signed in sees differently (the header's links, the page's offers). */
const anonymousAddresses = ['/', '/reports', '/reports?view=list', '/login', '/register', '/budgeting', '/polls', '/initiatives', '/no-such-page'];

/** The document's width and, when it is wider than the window, the elements that stick out first. */
async function measure(page: Page): Promise<{ width: number; culprits: string[] }> {
  // one frame after a resize, so the layout (and a map's own resize handler) has run
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(() => {
    const vw = window.innerWidth;
    const width = document.documentElement.scrollWidth;
    if (width <= vw) return { width, culprits: [] };
    const describe = (el: Element) => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
        const cls = [...e.classList]
          .slice(0, 2)
          .map((c) => `.${c}`)
          .join('');
        parts.unshift(`${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${cls}`);
      }
      return parts.join(' > ');
    };
    // inside a box that scrolls or clips it does not widen the page — unless it is placed absolutely
    // against something outside that box (a visually hidden text in a table of an unpositioned wrap)
    const clipped = (el: Element) => {
      let free = ['absolute', 'fixed'].includes(getComputedStyle(el).position);
      for (let e = el.parentElement; e && e !== document.body && e !== document.documentElement; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.overflowX !== 'visible' && !free) return true;
        if (free && style.position !== 'static') free = style.position === 'absolute' || style.position === 'fixed';
        if (style.overflowX !== 'visible' && !free) return true;
      }
      return false;
    };
    const sticking = [...document.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > vw + 0.5 && !clipped(el));
    // the outermost ones: their parent fits, so they are where the widening starts
    const first = sticking.filter((el) => !sticking.includes(el.parentElement!));
    first.sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right);
    return { width, culprits: first.slice(0, 3).map((el) => `${describe(el)} (${Math.round(el.getBoundingClientRect().right)}px)`) };
  });
}

/**
 * Opens a page: the first one of a context loads the app, the next ones move inside it as a click on
 * a link would (the router follows the address) — the same pages in a fraction of the time, as
 * every full load parses and starts the whole app again.
 */
async function open(page: Page, path: string, fresh: boolean): Promise<void> {
  if (fresh) {
    await page.goto(path);
  } else {
    await page.evaluate((to) => {
      for (const h of document.querySelectorAll('h1')) h.setAttribute('data-left', '');
      window.history.pushState(null, '', to);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, path);
  }
  await page.locator('h1:not([data-left])').first().waitFor({ timeout: 10_000 });
  await page.waitForFunction(() => document.querySelectorAll('.loading, [aria-busy="true"]').length === 0, null, { timeout: 10_000 });
}

async function visit(page: Page, path: string, lang: Lang, problems: string[], fresh: boolean): Promise<void> {
  await page.setViewportSize({ width: widths[0], height: 740 });
  try {
    await open(page, path, fresh);
  } catch (err) {
    problems.push(`${path} (${lang}): the page did not finish loading — ${(err as Error).message.split('\n')[0]}`);
    return;
  }
  const heading = (await page.locator('h1').first().textContent()) ?? '';
  if (path !== '/no-such-page' && heading === tr(lang, 'notFound.title')) problems.push(`${path} (${lang}): shows "page not found" — its id is wrong`);
  for (const width of widths) {
    if (width !== widths[0]) await page.setViewportSize({ width, height: width < 600 ? 740 : 800 });
    const m = await measure(page);
    if (m.width > width) problems.push(`${path} at ${width}px (${lang}): ${m.width}px wide — ${m.culprits.join('; ')}`);
  }
}

describe('page widths', () => {
  test('the list of addresses covers every page the router knows', () => {
    expect(Object.keys(addresses).sort()).toEqual([...webRoutePatterns].sort());
  });

  // the two languages side by side: each mostly waits on the server and the browser
  test.concurrent.each(['ru', 'en'] as const)(
    '%s: every page fits 360, 390 and 1366 px without scrolling sideways',
    async (lang) => {
      const problems: string[] = [];
      const staff = await browser.context({ viewport: { width: widths[0], height: 740 }, lang, sessionCookie: adminSession });
      const page = await staff.newPage();
      let fresh = true;
      for (const pattern of webRoutePatterns) {
        await visit(page, addresses[pattern](), lang, problems, fresh);
        fresh = false;
      }
      await staff.close();
      const visitor = await browser.context({ viewport: { width: widths[0], height: 740 }, lang });
      const anonymous = await visitor.newPage();
      // a visitor who is not signed in asks nothing the server refuses with 401 (no error in the console)
      anonymous.on('response', (res) => {
        if (res.status() === 401) problems.push(`${new URL(res.url()).pathname} answered 401 to a visitor (${lang})`);
      });
      // each a whole load: what a visitor's first request asks of the server is the point here
      for (const path of anonymousAddresses) await visit(anonymous, path, lang, problems, true);
      await visitor.close();
      expect(problems, `pages wider than the window (or refusing a visitor):\n${problems.join('\n')}`).toEqual([]);
    },
    // ~75 pages × 3 widths: about a minute and a half alone, several under a whole run's load
    600_000,
  );
});
