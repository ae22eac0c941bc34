// Story: a visitor opens the home page, sees what they can do and the city at a glance with its
// 18 districts on a map and in a list, and switches the language to English, which stays after a
// reload.
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
    expect(await districts.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).toContain('Admiralteysky District');
    expect(await page.title()).toBe(`${tr('en', 'home.title')} — ${tr('en', 'app.name')}`);

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
