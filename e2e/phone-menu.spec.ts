// Story: on a phone the header does not hide its links in a sideways strip: a «Меню» button opens
// them as a sheet over the page. Keyboard and screen-reader users can use it too: the button says
// whether it is open, the focus stays inside the sheet, Escape shuts it and gives the focus back,
// and following a link shuts it. On a desktop the links are the header's row, as before.
import { describe, expect, inject, test } from 'vitest';
import { specBrowser, watchErrors } from './browser.js';
import { expectFocused, expectHeading, screenshot, tr } from './helpers.js';

const baseURL = inject('baseURL');
const browser = specBrowser(baseURL);

describe('the phone menu', () => {
  test('ru, 390 px: open, Tab stays inside, Escape shuts it, a link leads to its page and shuts it', async () => {
    const context = await browser.context({ viewport: { width: 390, height: 844 }, lang: 'ru' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/');
    await expectHeading(page, tr('ru', 'home.heading'));

    const button = page.getByRole('button', { name: tr('ru', 'layout.menu'), exact: true });
    const sheet = page.getByRole('dialog', { name: tr('ru', 'layout.menu') });
    const nav = page.getByRole('navigation', { name: tr('ru', 'layout.navLabel') });
    // closed: the links are not on the screen, the button says so
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.count()).toBe(0);

    await button.click();
    await sheet.waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    // the focus moves into the sheet, onto the current page's link
    await expectFocused(page, '.menu-sheet a[aria-current="page"]');
    expect(await nav.getByRole('link').allTextContents()).toEqual(
      expect.arrayContaining([tr('ru', 'nav.home'), tr('ru', 'nav.reports'), tr('ru', 'nav.signIn'), tr('ru', 'nav.register')]),
    );
    await screenshot(page, 'phone-menu-open-ru-390');

    // Tab never leaves the sheet: backwards from its first stop goes to its last
    await page.getByRole('button', { name: tr('ru', 'layout.closeMenu') }).focus();
    await page.keyboard.press('Shift+Tab');
    await expectFocused(page, '.menu-sheet li:last-child a');
    await page.keyboard.press('Tab');
    await expectFocused(page, '.menu-sheet__close');
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('.menu-sheet') !== null)).toBe(true);
    }

    // Escape shuts it and gives the focus back to the button
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
    await expectFocused(page, '.header__menu-button');
    expect(await button.getAttribute('aria-expanded')).toBe('false');

    // the page under the sheet is dimmed; a tap beside the sheet shuts it too
    await button.click();
    await sheet.waitFor();
    await page.mouse.click(20, 400);
    await sheet.waitFor({ state: 'detached' });

    // a link leads to its page, and the sheet is gone
    await button.click();
    await nav.getByRole('link', { name: tr('ru', 'nav.reports') }).click();
    await expectHeading(page, tr('ru', 'reports.title'));
    expect(await sheet.count()).toBe(0);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    // and the page scrolls again
    expect(await page.evaluate(() => document.documentElement.classList.contains('menu-open'))).toBe(false);

    await page.goto('/');
    await expectHeading(page, tr('ru', 'home.heading'));
    await page.setViewportSize({ width: 360, height: 740 });
    await page.locator('header').screenshot({ path: `${process.cwd()}/.test-output/screenshots/header-ru-360.png` });
    expect(errors).toEqual([]);
    await context.close();
  });

  test('en, 1366 px: no menu button, the links are the header’s row', async () => {
    const context = await browser.context({ viewport: { width: 1366, height: 800 }, lang: 'en' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/');
    await expectHeading(page, tr('en', 'home.heading'));
    expect(await page.getByRole('button', { name: tr('en', 'layout.menu'), exact: true }).isVisible()).toBe(false);
    const nav = page.getByRole('navigation', { name: tr('en', 'layout.navLabel') });
    await nav.getByRole('link', { name: tr('en', 'nav.reports') }).click();
    await expectHeading(page, tr('en', 'reports.title'));
    await page.locator('header').screenshot({ path: `${process.cwd()}/.test-output/screenshots/header-en-1366.png` });
    expect(errors).toEqual([]);
    await context.close();
  });

  test('titles: a page is named by its address before its data arrives, then by what it shows', async () => {
    const res = await fetch(`${baseURL}/api/reports?limit=1`);
    const { number } = ((await res.json()) as { items: { number: number }[] }).items[0]!;
    const context = await browser.context({ viewport: { width: 390, height: 844 }, lang: 'en' });
    const page = await context.newPage();
    // the report's data is held back: the title already names the kind of page
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(`**/api/reports/${number}`, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`/reports/${number}`);
    await page.waitForFunction((title) => document.title === title, `${tr('en', 'reports.title')} — ${tr('en', 'app.nameWithCity')}`);
    release();
    // then the report's number and reason
    await page.getByRole('heading', { level: 1, name: new RegExp(`${number}`) }).waitFor();
    expect(await page.title()).toBe(`${await page.locator('h1').textContent()} — ${tr('en', 'app.nameWithCity')}`);
    // an unknown address is "page not found" at once
    await page.goto('/no-such-page');
    await page.waitForFunction((title) => document.title === title, `${tr('en', 'notFound.title')} — ${tr('en', 'app.nameWithCity')}`);
    await context.close();
  });
});
