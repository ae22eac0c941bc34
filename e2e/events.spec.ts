// Story: a department announces a cleanup with one place, and Anna takes it. Ben (English, desktop) finds it in
// the list of events filtered to its day and kind, sees it is full and joins the waitlist: number 1. Anna (Russian,
// 360 px phone) cancels her registration after confirming; the first in line moves up, so Ben's page now says he is
// registered, and he is told so in his notifications.
import { describe, expect, inject, test } from 'vitest';
import { desktop, narrow, specBrowser, watchErrors } from './browser.js';
import { apiAs, confirmedResident, eventually, expectHeading, screenshot, tr } from './helpers.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);

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
      },
      201,
    );
    expect(await apiAs(baseURL, anna, 'POST', `/api/events/${event.id}/registration`, undefined, 201)).toEqual({ state: 'registered', position: null });

    // ---- Ben, English, desktop: the list of that day's cleanups, the event, the waitlist ----
    const benCtx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: ben.cookie });
    const b = await benCtx.newPage();
    const benErrors = watchErrors(b);
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' }).format(startsAt);
    await b.goto(`/events?kind=cleanup&from=${day}&to=${day}`);
    await expectHeading(b, tr('en', 'events.title'));
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
