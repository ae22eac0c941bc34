// Story: everyone can use every page — with a keyboard, a screen reader, a 360 px phone — in both
// languages. A smoke check of the structure axe-style tools look at first, plus a screenshot of each
// page as checked (ru on a 360 px phone, en on a desktop) in .test-output/screenshots/ for people to look at.
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { desktop, specBrowser, narrow, watchErrors, type Lang, type Viewport } from './browser.js';
import { demoClosedPollTitle } from '../src/modules/polls/index.js';
import { apiAs, screenshot, tr, uploadPhotoAs } from './helpers.js';

const baseURL = inject('baseURL');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);
let adminId = '';
let discussionId = '';
/** A report (approved, so public) with a photo, routed to a department the administrator is an official of. */
const report = { number: 0, reasonRu: '', reasonEn: '', departmentId: '', departmentRu: '', departmentEn: '', reasonId: 0 };
const discussionTitle = 'Скамейки и урны во дворах: где их не хватает';
/** The demo city's crowdsourcing project taking ideas, and one of its ideas. */
const crowd = { project: 0, projectTitle: '', idea: 0, ideaTitle: '' };
/** An event whose one place the administrator took, announced for the report's department. */
const event = { id: '', title: 'Субботник в Михайловском саду' };
/** The demo city's first volunteering project and charity cause. */
const volunteering = { id: '', title: '' };
/** The demo catalogue's kindergarten enrolment (its title is English in English). */
const kindergarten = { id: '', title: '', titleEn: '' };
/** The demo city's closed poll and the past meeting opened on it (image, minutes with photos, attendance). */
const closedPoll = { id: '' };
const meeting = { id: '', title: '' };
const cause = { id: '', title: '' };

beforeAll(async () => {
  const res = await fetch(`${baseURL}/api/me`, { headers: { cookie: `gorod_session=${adminSession}` } });
  adminId = ((await res.json()) as { user: { id: string } }).user.id;
  // a discussion with a comment and a reply, so the thread's controls are checked too
  const admin = { cookie: adminSession };
  const d = await apiAs<{ id: string }>(
    baseURL,
    admin,
    'POST',
    '/api/discussions',
    { kind: 'topic', title: discussionTitle, body: 'Напишите адрес двора.\nСсылка на карту: https://example.org/map', tags: ['двор'] },
    201,
  );
  discussionId = d.id;
  const c = await apiAs<{ id: string }>(
    baseURL,
    admin,
    'POST',
    `/api/comments/discussion/${d.id}`,
    { body: 'Во дворе на Гороховой, 5 нет ни одной скамейки.' },
    201,
  );
  await apiAs(baseURL, admin, 'POST', `/api/comments/discussion/${d.id}`, { body: 'И урну бы.', parentId: c.id }, 201);

  // a report with a photo, approved, in the inbox of a department the administrator works for
  const me = await fetch(`${baseURL}/api/me`, { headers: { cookie: `gorod_session=${adminSession}` } });
  const csrf = ((await me.json()) as { csrfToken: string }).csrfToken;
  const photoId = await uploadPhotoAs(baseURL, { cookie: adminSession, csrf }, 'yama.png');
  const found = await apiAs<{ items: { reason: { id: number; nameRu: string; nameEn: string | null } }[] }>(
    baseURL,
    admin,
    'GET',
    `/api/classifier/search?q=${encodeURIComponent('яма')}`,
  );
  const reason = found.items[0]!.reason;
  const card = await apiAs<{ number: number; department: { id: string; nameRu: string; nameEn: string } }>(
    baseURL,
    { cookie: adminSession, csrf },
    'POST',
    '/api/reports',
    {
      reasonId: reason.id,
      lat: 59.9301,
      lon: 30.3102,
      address: 'Садовая ул., 40',
      description: 'Яма во дворе у детской площадки, глубокая.',
      photoIds: [photoId],
    },
    201,
  );
  await apiAs(baseURL, { cookie: adminSession, csrf }, 'POST', `/api/reports/${card.number}/approve`, {});
  await apiAs(
    baseURL,
    { cookie: adminSession, csrf },
    'POST',
    `/api/admin/users/${adminId}/roles`,
    { role: 'official', scopeType: 'department', scopeId: card.department.id },
    201,
  );
  const projects = await apiAs<{ projects: { number: number; title: string; phase: string }[] }>(baseURL, admin, 'GET', '/api/crowdsourcing/projects');
  const open = projects.projects.find((p) => p.phase === 'ideas')!;
  const ideas = await apiAs<{ items: { number: number; title: string }[] }>(baseURL, admin, 'GET', `/api/crowdsourcing/projects/${open.number}/ideas`);
  Object.assign(crowd, { project: open.number, projectTitle: open.title, idea: ideas.items[0]!.number, ideaTitle: ideas.items[0]!.title });
  const at = (hours: number) => new Date(Date.now() + 5 * 86_400_000 + hours * 3_600_000).toISOString();
  const announced = await apiAs<{ id: string }>(
    baseURL,
    { cookie: adminSession, csrf },
    'POST',
    '/api/events',
    {
      kind: 'cleanup',
      title: event.title,
      description: 'Убираем листья и ветки. Перчатки и мешки выдадим на месте.',
      lat: 59.9396,
      lon: 30.332,
      address: 'Михайловский сад, главные ворота',
      startsAt: at(0),
      endsAt: at(3),
      capacity: 1,
      accessibility: 'Вход без ступеней.',
      departmentId: card.department.id,
    },
    201,
  );
  event.id = announced.id;
  Object.assign(volunteering, (await apiAs<{ items: { id: string; title: string }[] }>(baseURL, admin, 'GET', '/api/volunteering/projects')).items[0]);
  Object.assign(cause, (await apiAs<{ items: { id: string; title: string }[] }>(baseURL, admin, 'GET', '/api/charity/causes')).items[0]);
  const parentServices = (await apiAs<{ services: { id: string; title: string; titleEn: string }[] }>(baseURL, admin, 'GET', '/api/services/roles/parent'))
    .services;
  Object.assign(
    kindergarten,
    parentServices.find((s) => s.title.startsWith('Зачисление детей')),
  );
  const polls = await apiAs<{ polls: { id: string; title: string }[] }>(baseURL, admin, 'GET', '/api/polls');
  closedPoll.id = polls.polls.find((p) => p.title === demoClosedPollTitle)!.id;
  const meetings = await apiAs<{ items: { id: string; title: string }[] }>(baseURL, admin, 'GET', `/api/events/meetings?source=poll:${closedPoll.id}`);
  Object.assign(meeting, meetings.items[0]);
  await apiAs(baseURL, { cookie: adminSession, csrf }, 'POST', `/api/events/${announced.id}/registration`, undefined, 201);
  Object.assign(report, {
    number: card.number,
    reasonId: reason.id,
    reasonRu: reason.nameRu,
    reasonEn: reason.nameEn ?? reason.nameRu,
    departmentId: card.department.id,
    departmentRu: card.department.nameRu,
    departmentEn: card.department.nameEn,
  });
});

interface PageCase {
  name: string;
  path: () => string;
  signedIn: boolean;
  /** The h1 the page must show once loaded. */
  heading: (lang: Lang) => string;
}

const pages: PageCase[] = [
  { name: 'home', path: () => '/', signedIn: false, heading: (l) => tr(l, 'home.heading') },
  { name: 'register', path: () => '/register', signedIn: false, heading: (l) => tr(l, 'register.title') },
  { name: 'login', path: () => '/login', signedIn: false, heading: (l) => tr(l, 'login.title') },
  { name: 'reset-request', path: () => '/reset-password', signedIn: false, heading: (l) => tr(l, 'reset.requestTitle') },
  { name: 'reset-new', path: () => '/reset-password?token=not-a-real-token-123', signedIn: false, heading: (l) => tr(l, 'reset.newTitle') },
  { name: 'confirm', path: () => '/confirm', signedIn: false, heading: (l) => tr(l, 'confirm.title') },
  { name: 'audit', path: () => '/audit', signedIn: false, heading: (l) => tr(l, 'audit.title') },
  { name: 'not-found', path: () => '/no-such-page', signedIn: false, heading: (l) => tr(l, 'notFound.title') },
  { name: 'profile', path: () => '/profile', signedIn: true, heading: (l) => tr(l, 'profile.title') },
  { name: 'admin-users', path: () => '/admin/users', signedIn: true, heading: (l) => tr(l, 'admin.usersTitle') },
  { name: 'admin-user', path: () => `/admin/users/${adminId}`, signedIn: true, heading: () => 'E2E Admin' },
  { name: 'admin-outbox', path: () => '/admin/outbox', signedIn: true, heading: (l) => tr(l, 'admin.outboxTitle') },
  { name: 'discussions', path: () => '/discussions', signedIn: false, heading: (l) => tr(l, 'discussions.title') },
  { name: 'discussion', path: () => `/discussions/${discussionId}`, signedIn: false, heading: () => discussionTitle },
  { name: 'discussion-signed-in', path: () => `/discussions/${discussionId}`, signedIn: true, heading: () => discussionTitle },
  { name: 'discussion-new', path: () => '/discussions/new', signedIn: true, heading: (l) => tr(l, 'newDiscussion.title') },
  { name: 'person', path: () => `/people/${adminId}`, signedIn: false, heading: () => 'E2E Admin' },
  { name: 'unsubscribe', path: () => '/unsubscribe?token=not-a-real-token-123', signedIn: false, heading: (l) => tr(l, 'unsubscribe.title') },
  { name: 'notifications', path: () => '/notifications', signedIn: true, heading: (l) => tr(l, 'notifications.title') },
  { name: 'moderation', path: () => '/moderation', signedIn: true, heading: (l) => tr(l, 'moderation.queueTitle') },
  { name: 'moderation-words', path: () => '/moderation/words', signedIn: true, heading: (l) => tr(l, 'moderation.wordsTitle') },
  { name: 'reports', path: () => '/reports', signedIn: false, heading: (l) => tr(l, 'reports.title') },
  { name: 'reports-list', path: () => '/reports?view=list&status=open', signedIn: false, heading: (l) => tr(l, 'reports.title') },
  { name: 'report-new', path: () => '/reports/new', signedIn: true, heading: (l) => tr(l, 'newReport.step.where') },
  {
    name: 'report',
    path: () => `/reports/${report.number}`,
    signedIn: false,
    heading: (l) => tr(l, 'report.title', { number: report.number, reason: l === 'en' ? report.reasonEn : report.reasonRu }),
  },
  {
    name: 'report-staff',
    path: () => `/reports/${report.number}`,
    signedIn: true,
    heading: (l) => tr(l, 'report.title', { number: report.number, reason: l === 'en' ? report.reasonEn : report.reasonRu }),
  },
  { name: 'my-reports', path: () => '/me/reports', signedIn: true, heading: (l) => tr(l, 'myReports.title') },
  { name: 'report-stats', path: () => '/reports/stats', signedIn: false, heading: (l) => tr(l, 'stats.title') },
  {
    name: 'district',
    path: () => '/districts/admiralteysky',
    signedIn: false,
    heading: (l) => (l === 'en' ? 'Admiralteysky District' : 'Адмиралтейский район'),
  },
  {
    name: 'department',
    path: () => `/departments/${report.departmentId}`,
    signedIn: false,
    heading: (l) => (l === 'en' ? report.departmentEn : report.departmentRu),
  },
  // my area: what is around a point (the report above is in its circle) and in a district
  { name: 'area', path: () => '/area?lat=59.9301&lon=30.3102&radius=500', signedIn: false, heading: (l) => tr(l, 'area.publicTitle') },
  { name: 'area-district', path: () => '/area?district=admiralteysky', signedIn: false, heading: (l) => tr(l, 'area.publicTitle') },
  { name: 'monitor', path: () => '/monitor', signedIn: false, heading: (l) => tr(l, 'monitor.title') },
  { name: 'open-data', path: () => '/open-data', signedIn: false, heading: (l) => tr(l, 'openData.title') },
  { name: 'inbox', path: () => '/inbox', signedIn: true, heading: (l) => tr(l, 'inbox.title') },
  { name: 'moderation-reports', path: () => '/moderation/reports', signedIn: true, heading: (l) => tr(l, 'modReports.title') },
  { name: 'admin-classifier', path: () => `/admin/classifier?reason=${report.reasonId}`, signedIn: true, heading: (l) => tr(l, 'adminClassifier.title') },
  { name: 'admin-routing', path: () => '/admin/routing', signedIn: true, heading: (l) => tr(l, 'adminRouting.title') },
  { name: 'admin-calendar', path: () => '/admin/calendar', signedIn: true, heading: (l) => tr(l, 'adminCalendar.heading', { year: new Date().getFullYear() }) },
  { name: 'admin-departments', path: () => `/admin/departments?id=${report.departmentId}`, signedIn: true, heading: (l) => tr(l, 'adminDepartments.title') },
  { name: 'admin-dictionaries', path: () => '/admin/dictionaries', signedIn: true, heading: (l) => tr(l, 'adminDictionaries.title') },
  { name: 'admin-api-keys', path: () => '/admin/api-keys', signedIn: true, heading: (l) => tr(l, 'adminKeys.title') },
  // deciding together: budgeting, polls, initiatives, crowdsourcing, points
  { name: 'budgeting', path: () => '/budgeting', signedIn: false, heading: (l) => tr(l, 'nav.budgeting') },
  { name: 'city-budget', path: () => '/city-budget', signedIn: false, heading: (l) => tr(l, 'cityBudget.title') },
  { name: 'polls', path: () => '/polls', signedIn: false, heading: (l) => tr(l, 'polls.title') },
  { name: 'initiatives', path: () => '/initiatives', signedIn: false, heading: (l) => tr(l, 'initiatives.title') },
  { name: 'initiative-new', path: () => '/initiatives/new', signedIn: true, heading: (l) => tr(l, 'initiatives.form.newTitle') },
  { name: 'crowdsourcing', path: () => '/crowdsourcing', signedIn: false, heading: (l) => tr(l, 'crowd.title') },
  { name: 'crowd-project', path: () => `/crowdsourcing/${crowd.project}`, signedIn: true, heading: () => crowd.projectTitle },
  {
    name: 'crowd-idea',
    path: () => `/crowdsourcing/ideas/${crowd.idea}`,
    signedIn: true,
    heading: (l) => `${tr(l, 'common.number', { number: crowd.idea })}. ${crowd.ideaTitle}`,
  },
  { name: 'points', path: () => '/points', signedIn: true, heading: (l) => tr(l, 'points.title') },
  { name: 'events', path: () => '/events', signedIn: false, heading: (l) => tr(l, 'events.title') },
  { name: 'events-calendar', path: () => '/events?view=calendar', signedIn: false, heading: (l) => tr(l, 'events.title') },
  { name: 'event', path: () => `/events/${event.id}`, signedIn: true, heading: () => event.title },
  { name: 'event-new', path: () => '/events/new', signedIn: true, heading: (l) => tr(l, 'eventsOrganise.newTitle') },
  {
    name: 'event-manage',
    path: () => `/events/${event.id}/manage`,
    signedIn: true,
    heading: (l) => tr(l, 'eventsOrganise.manageTitle'),
  },
  { name: 'my-events', path: () => '/me/events', signedIn: true, heading: (l) => tr(l, 'myEvents.title') },
  { name: 'meeting-past', path: () => `/events/${meeting.id}`, signedIn: false, heading: () => meeting.title },
  { name: 'meeting-past-manage', path: () => `/events/${meeting.id}/manage`, signedIn: true, heading: (l) => tr(l, 'eventsOrganise.manageTitle') },
  { name: 'meeting-new-on-poll', path: () => `/events/new?source=poll:${closedPoll.id}`, signedIn: true, heading: (l) => tr(l, 'eventsOrganise.newTitle') },
  { name: 'poll-closed', path: () => `/polls/${closedPoll.id}`, signedIn: false, heading: () => demoClosedPollTitle },
  { name: 'volunteering', path: () => '/volunteering', signedIn: false, heading: (l) => tr(l, 'volunteering.title') },
  { name: 'volunteering-project', path: () => `/volunteering/${volunteering.id}`, signedIn: false, heading: () => volunteering.title },
  { name: 'volunteering-new', path: () => '/volunteering/new', signedIn: true, heading: (l) => tr(l, 'volunteering.form.title') },
  { name: 'charity', path: () => '/charity', signedIn: false, heading: (l) => tr(l, 'charity.title') },
  { name: 'cause', path: () => `/charity/${cause.id}`, signedIn: true, heading: () => cause.title },
  { name: 'admin-charity', path: () => '/admin/charity', signedIn: true, heading: (l) => tr(l, 'charity.admin.title') },
  { name: 'services', path: () => '/services', signedIn: true, heading: (l) => tr(l, 'services.title') },
  { name: 'service-role', path: () => '/services/roles/parent', signedIn: false, heading: (l) => (l === 'en' ? 'I am a parent' : 'Я родитель') },
  { name: 'service', path: () => `/services/${kindergarten.id}`, signedIn: true, heading: (l) => (l === 'en' ? kindergarten.titleEn : kindergarten.title) },
  { name: 'service-propose', path: () => '/services/propose', signedIn: true, heading: (l) => tr(l, 'services.propose.title') },
  { name: 'admin-services', path: () => '/admin/services', signedIn: true, heading: (l) => tr(l, 'adminServices.title') },
  { name: 'admin-initiatives', path: () => '/admin/initiatives', signedIn: true, heading: (l) => tr(l, 'initiatives.admin.title') },
  { name: 'admin-crowdsourcing', path: () => '/admin/crowdsourcing', signedIn: true, heading: (l) => tr(l, 'crowd.admin.title') },
  { name: 'admin-polls', path: () => '/admin/polls', signedIn: true, heading: (l) => tr(l, 'polls.admin.title') },
  { name: 'admin-points', path: () => '/admin/points', signedIn: true, heading: (l) => tr(l, 'adminPoints.title') },
];

/** What the page is made of, measured in the browser. */
async function structure(page: Page) {
  return page.evaluate(() => {
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
    };
    const nameOf = (el: Element) =>
      (el.getAttribute('aria-label') ?? '').trim() ||
      (el.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim() ||
      (el.textContent ?? '').trim() ||
      // a picture inside a link names it by its text alternative
      [...el.querySelectorAll('img[alt]')]
        .map((img) => img.getAttribute('alt') ?? '')
        .join(' ')
        .trim();
    const controls = [...document.querySelectorAll('input, select, textarea')].filter((el) => (el as HTMLInputElement).type !== 'hidden' && visible(el));
    const unlabelled = controls
      .filter((el) => {
        const labels = (el as HTMLInputElement).labels;
        const hasLabel = !!labels && [...labels].some((l) => (l.textContent ?? '').trim().length > 0);
        return !hasLabel && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby');
      })
      .map((el) => el.outerHTML.slice(0, 120));
    const nameless = [...document.querySelectorAll('a[href], button')].filter((el) => !nameOf(el)).map((el) => el.outerHTML.slice(0, 120));
    // touch targets: buttons, form controls and navigation links (links inside text are exempt)
    const small = [...document.querySelectorAll('button, input:not([type=radio]):not([type=checkbox]), select, nav a, .button, .links a, summary')]
      .filter(visible)
      .filter((el) => el.getBoundingClientRect().height < 44)
      .map((el) => `${el.tagName.toLowerCase()} "${nameOf(el).slice(0, 40)}" ${Math.round(el.getBoundingClientRect().height)}px`);
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
    const duplicateIds = ids.filter((id, i) => ids.indexOf(id) !== i);
    const bodySize = parseFloat(getComputedStyle(document.body).fontSize);
    return {
      lang: document.documentElement.lang,
      title: document.title,
      h1: document.querySelectorAll('h1').length,
      main: document.querySelectorAll('main, [role=main]').length,
      banner: document.querySelectorAll('header').length,
      contentinfo: document.querySelectorAll('footer').length,
      skipLink: document.querySelector('a.skip-link')?.getAttribute('href') ?? null,
      unlabelled,
      nameless,
      small,
      duplicateIds,
      bodySize,
      overflow: document.documentElement.scrollWidth - window.innerWidth,
    };
  });
}

async function openPage(context: BrowserContext, c: PageCase, lang: Lang): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(c.path());
  await page.getByRole('heading', { level: 1, name: c.heading(lang), exact: true }).waitFor();
  // the page's data has arrived (no "loading" line left)
  await page.waitForFunction(() => document.querySelectorAll('.loading').length === 0);
  return { page, errors };
}

async function checkPage(page: Page, c: PageCase, lang: Lang, viewport: Viewport): Promise<void> {
  const s = await structure(page);
  const where = `${c.name} (${lang}, ${viewport.width}px)`;
  expect(s.lang, where).toBe(lang);
  expect(s.title, where).toContain(tr(lang, 'app.name'));
  expect(s.h1, `${where}: exactly one h1`).toBe(1);
  expect(s.main, `${where}: one main landmark`).toBe(1);
  expect(s.banner, where).toBe(1);
  expect(s.contentinfo, where).toBe(1);
  expect(s.skipLink, `${where}: skip link`).toBe('#main');
  expect(s.unlabelled, `${where}: inputs without a label`).toEqual([]);
  expect(s.nameless, `${where}: links/buttons without a name`).toEqual([]);
  expect(s.small, `${where}: touch targets under 44px`).toEqual([]);
  expect(s.duplicateIds, `${where}: duplicate ids`).toEqual([]);
  expect(s.bodySize, where).toBeGreaterThanOrEqual(16);
  expect(s.overflow, `${where}: horizontal scroll`).toBeLessThanOrEqual(0);
}

/** Opens and checks every page in one language at one viewport, saving each as checked. */
async function checkEveryPage(lang: Lang, device: string, viewport: Viewport): Promise<void> {
  const visitor = await browser.context({ viewport, lang });
  const admin = await browser.context({ viewport, lang, sessionCookie: adminSession });
  for (const c of pages) {
    const { page, errors } = await openPage(c.signedIn ? admin : visitor, c, lang);
    await checkPage(page, c, lang, viewport);
    expect(errors, c.name).toEqual([]);
    // the page as checked, for people to look at (the same load: a second pass would double the time)
    await screenshot(page, `${c.name}-${lang}-${device}`);
    await page.close();
  }
  await visitor.close();
  await admin.close();
}

// Two passes, each language at one width: Russian on a phone (the longer words on the narrower screen) and English on a
// desktop. The other two pairs checked nothing these two and widths.spec.ts do not: sideways scroll is widths.spec's
// at 360, 390 and 1366 px in both languages; lang, title, labels and names depend on the language, not the width; the
// targets and landmarks shown depend on the width, not the language (a longer word wraps, making a target taller, not
// smaller). The four passes took 410 s of a CI run's browser journeys. The two run side by side: a page's load is
// mostly waiting on the server and the browser.
describe.concurrent.each([
  { lang: 'ru', device: 'phone', viewport: narrow },
  { lang: 'en', device: 'desktop', viewport: desktop },
] as const)('accessibility smoke ($lang, $device)', ({ lang, device, viewport }) => {
  test(`${lang}, ${viewport.width}px: every page — one h1, main, skip link, labels, targets, no sideways scroll`, async () => {
    await checkEveryPage(lang, device, viewport);
  }, 600_000);
});

describe.each(['ru', 'en'] as const)('keyboard (%s)', (lang) => {
  test(`${lang}: the skip link is the first stop and moves to the main content; focus is visible`, async () => {
    const context = await browser.context({ viewport: desktop, lang });
    const page = await context.newPage();
    await page.bringToFront();
    await page.goto('/login');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({ href: document.activeElement?.getAttribute('href'), text: document.activeElement?.textContent }));
    expect(first).toEqual({ href: '#main', text: tr(lang, 'layout.skipLink') });
    // shown on focus, not left off-screen
    await page.waitForFunction(() => (document.activeElement?.getBoundingClientRect().top ?? -1) >= 0, null, { timeout: 5000 });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main');
    // the next Tab lands inside main, on the first field
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    // a focused control has a visible indicator (outline or shadow)
    const ring = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2, shadow: s.boxShadow !== 'none' };
    });
    expect(ring.outline || ring.shadow).toBe(true);
    await context.close();
  });
});
