// Story: a department announces a cleanup with one place and a picture, and Anna takes it. Ben (English, desktop)
// finds it in the list of events filtered to its day and kind, its card showing the picture's preview, sees it is full
// and joins the waitlist: number 1. Anna (Russian, 360 px phone) sees the same card, then cancels her registration
// after confirming; the first in line moves up, so Ben's page now says he is registered, and he is told so in his
// notifications. And the map: an event announced in the test is on the map of events and in its list; a wide view
// holding more events than the soonest hundred it shows says so, with how many there are; zooming the map asks again
// for the area in view.
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { desktop, narrow, specBrowser, watchErrors } from './browser.js';
import { apiAs, confirmedResident, eventually, expectHeading, screenshot, tr, uploadPhotoAs } from './helpers.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);

/** The list's card of the event shows its image's preview: loaded lazily, its size given before it loads. */
async function expectThumbnail(page: Page, title: string): Promise<void> {
  const img = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: title }) })
    .locator('img');
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
  expect(await img.evaluate((el: HTMLImageElement) => [el.loading, el.getAttribute('width'), el.getAttribute('height'), el.src.endsWith('/thumb')])).toEqual([
    'lazy',
    '96',
    '72',
    true,
  ]);
}

describe('registering for a full event', () => {
  test('a resident lands on the waitlist and is promoted when another registered person cancels', async () => {
    const anna = await confirmedResident(baseURL, dataDir, { displayName: 'Анна Садовая', language: 'ru', label: 'anna-events' });
    const ben = await confirmedResident(baseURL, dataDir, { displayName: 'Ben Gardener', language: 'en', label: 'ben-events' });
    // the department's official (the e2e administrator may announce for any department) announces one place
    const admin = { cookie: adminSession };
    const department = (await apiAs<{ items: { id: string }[] }>(baseURL, admin, 'GET', '/api/departments')).items[0]!.id;
    const startsAt = new Date(Date.now() + 4 * 86_400_000);
    const title = `Субботник в Михайловском саду ${Date.now().toString(36)}`;
    const event = await apiAs<{ id: string }>(
      baseURL,
      admin,
      'POST',
      '/api/events',
      {
        kind: 'cleanup',
        title,
        description: 'Убираем листья и ветки. Перчатки и мешки выдадим на месте.',
        lat: 59.9396,
        lon: 30.332,
        address: 'Михайловский сад, главные ворота',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString(),
        capacity: 1,
        departmentId: department,
        imageFileId: await uploadPhotoAs(baseURL, admin, 'garden.png'),
      },
      201,
    );
    expect(await apiAs(baseURL, anna, 'POST', `/api/events/${event.id}/registration`, undefined, 201)).toEqual({ state: 'registered', position: null });

    // ---- Ben, English, desktop: the list of that day's cleanups, the event, the waitlist ----
    const benCtx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: ben.cookie });
    const b = await benCtx.newPage();
    const benErrors = watchErrors(b);
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' }).format(startsAt);
    const list = `/events?kind=cleanup&from=${day}&to=${day}`;
    await b.goto(list);
    await expectHeading(b, tr('en', 'events.title'));
    await expectThumbnail(b, title);
    await screenshot(b, 'journey-event-list-en-desktop');
    await b.getByRole('link', { name: title }).click();
    await expectHeading(b, title);
    await b.getByRole('button', { name: tr('en', 'events.joinWaitlist') }).click();
    await b
      .getByRole('status')
      .filter({ hasText: tr('en', 'events.nowWaiting', { position: 1 }) })
      .waitFor();
    // the panel's notice (the status above says the same with a full stop)
    await b.getByText(tr('en', 'events.youAreWaiting', { position: 1 }), { exact: true }).waitFor();
    await screenshot(b, 'journey-event-waitlist-en-desktop');

    // ---- Anna, Russian, 360 px: cancels her registration after confirming ----
    const annaCtx = await browser.context({ viewport: narrow, lang: 'ru', sessionCookie: anna.cookie });
    const a = await annaCtx.newPage();
    const annaErrors = watchErrors(a);
    await a.goto(list);
    await expectThumbnail(a, title);
    await screenshot(a, 'journey-event-list-ru-narrow');
    await a.goto(`/events/${event.id}`);
    await expectHeading(a, title);
    await a.getByText(tr('ru', 'events.youAreRegistered')).waitFor();
    await a.getByRole('button', { name: tr('ru', 'events.cancelMine') }).click();
    const dialog = a.getByRole('dialog', { name: tr('ru', 'events.cancelQuestion', { title }) });
    await dialog.getByRole('button', { name: tr('ru', 'events.cancelYes') }).click();
    await a
      .getByRole('status')
      .filter({ hasText: tr('ru', 'events.cancelledMine') })
      .waitFor();
    // her place went to Ben: the event is full again, so she may only join the waitlist
    await a.getByRole('button', { name: tr('ru', 'events.joinWaitlist') }).waitFor();
    await screenshot(a, 'journey-event-cancelled-ru-narrow');

    // ---- Ben: registered now, and told so ----
    await b.reload();
    await b.getByText(tr('en', 'events.youAreRegistered')).waitFor();
    expect(await b.getByRole('button', { name: tr('en', 'events.cancelMine') }).count()).toBe(1);
    await eventually(b, async () => {
      const { items } = await apiAs<{ items: { kind: string; entityId: string }[] }>(baseURL, ben, 'GET', '/api/notifications');
      return items.some((n) => n.kind === 'event.promoted' && n.entityId === event.id);
    });

    expect(benErrors).toEqual([]);
    expect(annaErrors).toEqual([]);
    await benCtx.close();
    await annaCtx.close();
  }, 120_000);
});

describe('the map of events', () => {
  test.each([
    { lang: 'ru' as const, viewport: narrow, name: 'narrow' },
    { lang: 'en' as const, viewport: desktop, name: 'desktop' },
  ])(
    'shows an event announced now on the map and in its list, says how many of how many a wide view shows, and asks again for the area when zoomed ($lang, $name)',
    async ({ lang, viewport, name }) => {
      const admin = { cookie: adminSession };
      const department = (await apiAs<{ items: { id: string }[] }>(baseURL, admin, 'GET', '/api/departments')).items[0]!.id;
      const startsAt = new Date(Date.now() + 2 * 86_400_000);
      const title = `Экскурсия по Летнему саду ${lang}-${Date.now().toString(36)}`;
      await apiAs(
        baseURL,
        admin,
        'POST',
        '/api/events',
        {
          kind: 'excursion',
          title,
          description: 'Скульптуры и история сада с экскурсоводом.',
          lat: 59.9447,
          lon: 30.3366,
          address: 'Летний сад, вход с набережной Кутузова',
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
          capacity: 20,
          departmentId: department,
        },
        201,
      );
      const context = await browser.context({ viewport, lang });
      const page = await context.newPage();
      const errors = watchErrors(page);
      // a request for the map's area in view (the list asks for the whole city until the map reports one)
      const areaOf = (r: { url(): string }) => (new URL(r.url()).searchParams.get('bbox') ?? '').split(',').map(Number) as [number, number, number, number];
      const isArea = (r: { url(): string }) => new URL(r.url()).pathname === '/api/events/map' && new URL(r.url()).searchParams.has('bbox');
      const firstArea = page.waitForRequest(isArea);
      const firstAnswer = page.waitForResponse(isArea);
      // the demo city has fewer events than a wide view shows (the soonest 100): its answers are told, as the server
      // tells a city with more, that these are the soonest of 240 more, until the map is zoomed
      const isMap = (url: URL) => url.pathname === '/api/events/map';
      await page.route(isMap, async (route) => {
        const response = await route.fetch();
        const answer = (await response.json()) as { points: unknown[] };
        await route.fulfill({ response, json: { ...answer, truncated: true, total: answer.points.length + 240, totalCapped: false } });
      });
      await page.goto('/events?view=map');
      await expectHeading(page, tr(lang, 'events.title'));
      const list = page.locator('section', { has: page.getByRole('heading', { name: tr(lang, 'events.mapListTitle') }) });
      await list.getByRole('link', { name: title }).waitFor();
      expect(await list.locator('li', { hasText: title }).textContent()).toContain(lang === 'ru' ? 'Свободно 20 мест' : '20 free places');
      const soonest =
        lang === 'ru' ? /Ближайшие \d+ из \d+ в этой части карты\. Приблизьте карту/ : /The soonest \d+ of \d+ events in this part of the map\. Zoom in/;
      await page.getByRole('status').filter({ hasText: soonest }).waitFor();
      await list.getByText(soonest).waitFor();
      // the map reports the area it shows; zooming in asks again for the smaller area, which still holds the event
      await page.locator('.event-map').scrollIntoViewIfNeeded();
      await page.locator('.map-point').first().waitFor();
      const [west0, , east0] = areaOf(await firstArea);
      const { points, total } = (await (await firstAnswer).json()) as { points: unknown[]; total: number };
      expect(total).toBe(points.length + 240);
      await page
        .getByRole('status')
        .filter({ hasText: lang === 'ru' ? `Ближайшие ${points.length} из ${total} ` : `The soonest ${points.length} of ${total} events` })
        .waitFor();
      await screenshot(page, `events-map-soonest-${lang}-${name}`);
      await page.unroute(isMap);
      const zoomed = page.waitForRequest(isArea);
      await page.locator('.leaflet-control-zoom-in').click();
      const [west, south, east, north] = areaOf(await zoomed);
      expect(east - west).toBeLessThan(east0 - west0);
      expect(west < 30.3366 && 30.3366 < east && south < 59.9447 && 59.9447 < north).toBe(true);
      await list.getByRole('link', { name: title }).waitFor();
      await page
        .getByRole('status')
        .filter({ hasText: lang === 'ru' ? /На карте \d+ событи/ : /\d+ events? on the map/ })
        .waitFor();
      await screenshot(page, `events-map-${lang}-${name}`);
      expect(errors).toEqual([]);
      await context.close();
    },
    60_000,
  );
});
