// Story: a visitor opens the home page, sees first what is open now — a poll with the day it closes and
// the days left — and chooses their district to see what happens near them; then what they can do and the
// city at a glance with its 18 districts on a map and in a list, and switches the language to English, which
// stays after a reload.
import { describe, expect, inject, test } from 'vitest';
import { desktop, specBrowser, phone, watchErrors } from './browser.js';
import { expectHeading, tr } from './helpers.js';
import { expectNavLink } from './nav.js';

const baseURL = inject('baseURL');
const browser = specBrowser(baseURL);

describe.each([
  { name: 'phone', viewport: phone },
  { name: 'desktop', viewport: desktop },
])('home page on a $name', ({ name, viewport }) => {
  test(`${name}: shows the 18 districts on the map and in the list; English is remembered after a reload`, async () => {
    // no language chosen yet: the city's default, Russian
    const context = await browser.context({ viewport });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/');
    await expectHeading(page, tr('ru', 'home.heading'));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');

    // what is open now comes first under the heading: a poll (whichever the city has open) and until when,
    // on the city's calendar with the days left
    expect(await page.evaluate(() => document.querySelector('main section')?.getAttribute('aria-labelledby'))).toBe('open-now-title');
    const poll = page.locator('.open-card', { has: page.getByText(tr('ru', 'home.open.kind.poll'), { exact: true }) }).first();
    await poll.waitFor();
    expect(await poll.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await poll.locator('time').textContent()).toMatch(/^до \d{1,2} [а-я]+( \d{4})?(, \d\d:\d\d)?, (остал(ось|ся) \d+ (день|дня|дней)|последний день)$/);

    // a visitor chooses their district to see what happens near them (kept in this browser)
    await page.getByLabel(tr('ru', 'home.open.chooseDistrict')).selectOption('nevsky');
    await page.getByRole('heading', { name: tr('ru', 'home.open.nearTitle', { district: 'Невский район' }) }).waitFor();

    // the task first: what a visitor can do (only what exists)
    await page.getByRole('link', { name: tr('ru', 'home.registerAction') }).waitFor();
    await page.getByRole('link', { name: tr('ru', 'home.trustAction') }).waitFor();

    // the city at a glance, from /api/city
    const figures = page.locator('.figure');
    await figures.first().waitFor();
    expect(await page.locator('.figures').textContent()).toMatch(/18\s*районов/);

    // 18 districts on the map, each a link with its name, and the same 18 in the table
    const districts = page.locator('.map__district');
    await districts.first().waitFor();
    expect(await districts.count()).toBe(18);
    const labels = await districts.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(labels.every((l) => l.endsWith('район'))).toBe(true);
    expect(labels).toContain('Адмиралтейский район');
    const rows = page.locator('.districts-table tbody tr');
    expect(await rows.count()).toBe(18);
    expect(await page.locator('.districts-table tbody th').allTextContents()).toEqual(expect.arrayContaining(['Адмиралтейский район', 'Кронштадтский район']));
    await page.getByText(tr('ru', 'home.osmCredit')).waitFor();

    // the map serves the list: choosing a district leads to its row
    await page.locator('.map__district[href="#district-nevsky"]').click();
    await page.waitForFunction(() => location.hash === '#district-nevsky');
    expect(await page.locator('#district-nevsky').evaluate((el) => el.matches(':target'))).toBe(true);

    // switch to English
    await page.getByRole('button', { name: /English/ }).click();
    await expectHeading(page, tr('en', 'home.heading'));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectNavLink(page, 'en', 'nav.audit');
    expect(await page.locator('.figures').textContent()).toMatch(/18\s*districts/);
    const pollEn = page.locator('.open-card', { has: page.getByText(tr('en', 'home.open.kind.poll'), { exact: true }) }).first();
    await pollEn.waitFor();
    expect(await pollEn.locator('time').textContent()).toMatch(/^until \d{1,2} [A-Z][a-z]+( \d{4})?(, \d\d:\d\d)?, (\d+ days? left|last day)$/);
    expect(await districts.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).toContain('Admiralteysky District');
    expect(await page.title()).toBe(`${tr('en', 'home.title')} — ${tr('en', 'app.nameWithCity')}`);

    // …and it stays English after a reload
    await page.reload();
    await expectHeading(page, tr('en', 'home.heading'));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByText(tr('en', 'home.osmCredit')).waitFor();

    // and back
    await page.getByRole('button', { name: /Русский/ }).click();
    await expectHeading(page, tr('ru', 'home.heading'));

    expect(errors).toEqual([]);
    await context.close();
  });
});
