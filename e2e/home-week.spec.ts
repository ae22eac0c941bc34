// Story: a department announces a meeting in Kolpino in an hour with one place, which a resident takes, and a
// volunteering shift there later today. A visitor on a 360 px phone, in Russian, chooses Kolpino on the home page:
// "this week near me" shows both first — the meeting full, with its waitlist, the shift with its free places — on
// the city's clock. A resident whose profile names Kolpino sees the same on a desktop, in English, without choosing.
import crypto from 'node:crypto';
import { describe, expect, inject, test } from 'vitest';
import { desktop, narrow, specBrowser, watchErrors } from './browser.js';
import { apiAs, confirmedResident, expectHeading, screenshot, tr } from './helpers.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);

const HOUR = 3_600_000;
/** A place in Kolpino (the demo city announces nothing there), so what the test announces comes first. */
const kolpino = { lat: 59.7506, lon: 30.5897, address: 'Колпино, ул. Труда, 5' };
const cityTime = (d: Date, lang: 'ru' | 'en') =>
  new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Moscow' }).format(d);

describe('this week near me', () => {
  test('the home page shows the week’s meeting and shift in the chosen district first, with when, where and the places left', async () => {
    const tag = crypto.randomBytes(3).toString('hex');
    const admin = { cookie: adminSession };
    const department = (await apiAs<{ items: { id: string }[] }>(baseURL, admin, 'GET', '/api/departments')).items[0]!.id;
    // the meeting starts in an hour (on the hour's next quarter, as organisers write times) and has one place
    const startsAt = new Date(Math.ceil((Date.now() + HOUR) / (15 * 60_000)) * 15 * 60_000);
    const meetingTitle = `Встреча о сквере на ул. Труда ${tag}`;
    const meeting = await apiAs<{ id: string }>(
      baseURL,
      admin,
      'POST',
      '/api/events',
      {
        kind: 'meeting',
        title: meetingTitle,
        description: 'Обсуждаем, какие скамейки и фонари нужны скверу.',
        ...kolpino,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + HOUR).toISOString(),
        capacity: 1,
        departmentId: department,
      },
      201,
    );
    const anna = await confirmedResident(baseURL, dataDir, { displayName: 'Анна Колпинская', language: 'ru', label: 'week-anna' });
    await apiAs(baseURL, anna, 'POST', `/api/events/${meeting.id}/registration`, undefined, 201);
    const shiftStarts = new Date(startsAt.getTime() + 2 * HOUR);
    const shiftTitle = `Смена у пруда ${tag}`;
    await apiAs(
      baseURL,
      admin,
      'POST',
      '/api/volunteering/projects',
      {
        title: `Чистый пруд ${tag}`,
        description: 'Убираем берег пруда в Колпино.',
        districtId: 'kolpinsky',
        departmentId: department,
        shifts: [
          {
            title: shiftTitle,
            startsAt: shiftStarts.toISOString(),
            endsAt: new Date(shiftStarts.getTime() + 2 * HOUR).toISOString(),
            ...kolpino,
            capacity: 3,
          },
        ],
      },
      201,
    );

    // ---- a visitor, Russian, 360 px: chooses Kolpino; the block comes as it nears the screen ----
    const visitorCtx = await browser.context({ viewport: narrow, lang: 'ru' });
    const v = await visitorCtx.newPage();
    const errors = watchErrors(v);
    await v.goto('/');
    await expectHeading(v, tr('ru', 'home.heading'));
    await v.getByLabel(tr('ru', 'home.open.chooseDistrict')).selectOption('kolpinsky');
    const week = v.locator('section', { has: v.getByRole('heading', { name: tr('ru', 'home.week.title') }) });
    await week.scrollIntoViewIfNeeded();
    await week.getByText(tr('ru', 'home.week.leadNear', { district: 'Колпинский район' })).waitFor();
    const cards = week.locator('li.week-card');
    await cards.first().waitFor();
    // Kolpino's first, soonest first: the meeting, then the shift
    expect(await cards.nth(0).getByRole('heading').textContent()).toBe(meetingTitle);
    expect(await cards.nth(1).getByRole('heading').textContent()).toBe(shiftTitle);
    const first = await cards.nth(0).textContent();
    expect(first).toContain(tr('ru', 'home.week.kind.meeting'));
    expect(first).toContain('Колпинский район');
    expect(first).toContain(`${cityTime(startsAt, 'ru')}–${cityTime(new Date(startsAt.getTime() + HOUR), 'ru')}`);
    expect(first).toContain(kolpino.address);
    expect(first).toContain(tr('ru', 'home.week.waitlist'));
    const second = await cards.nth(1).textContent();
    expect(second).toContain(tr('ru', 'home.week.kind.shift'));
    expect(second).toContain(tr('ru', 'home.week.project', { title: `Чистый пруд ${tag}` }));
    expect(second).toContain('Свободно 3 места');
    await screenshot(v, 'home-week-ru-narrow');
    // a card leads to its page
    await cards.nth(0).getByRole('link', { name: meetingTitle }).click();
    await expectHeading(v, meetingTitle);
    expect(errors).toEqual([]);
    await visitorCtx.close();

    // ---- a resident whose profile names Kolpino, English, desktop: no choosing ----
    const ben = await confirmedResident(baseURL, dataDir, { displayName: 'Ben Kolpino', language: 'en', label: 'week-ben' });
    await apiAs(baseURL, ben, 'PATCH', '/api/me', { districtId: 'kolpinsky' });
    const benCtx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: ben.cookie });
    const b = await benCtx.newPage();
    const benErrors = watchErrors(b);
    await b.goto('/');
    const benWeek = b.locator('section', { has: b.getByRole('heading', { name: tr('en', 'home.week.title') }) });
    await benWeek.scrollIntoViewIfNeeded();
    await benWeek.getByText(tr('en', 'home.week.leadNear', { district: 'Kolpinsky District' })).waitFor();
    const benCards = benWeek.locator('li.week-card');
    await benCards.first().waitFor();
    expect(await benCards.nth(0).getByRole('heading').textContent()).toBe(meetingTitle);
    expect(await benCards.nth(0).textContent()).toContain(tr('en', 'home.week.waitlist'));
    expect(await benCards.nth(1).textContent()).toContain(tr('en', 'home.week.free_other', { n: 3 }));
    await screenshot(b, 'home-week-en-desktop');
    expect(benErrors).toEqual([]);
    await benCtx.close();
  }, 120_000);
});
