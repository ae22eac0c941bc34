// Story: a resident types a query with a typo into the header's search box, picks a suggestion, then sees the results
// grouped by kind, filters them by kind and opens one, and finds a page of the site by its name; a discussion a
// moderator hid is found neither by the box nor by the page.
import { expect, inject, test } from 'vitest';
import { desktop, narrow, specBrowser, watchErrors } from './browser.js';
import { apiAs, expectHeading, screenshot, tr } from './helpers.js';

const baseURL = inject('baseURL');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);

for (const [lang, viewport, label] of [
  ['ru', narrow, 'phone'],
  ['en', desktop, 'desktop'],
] as const)
  test(`${lang} ${label}: a resident finds things through the header's box despite a typo, filters by kind, finds a page of the site by its name and never sees hidden content`, async () => {
    // a discussion a moderator hides: its words must lead nowhere
    const word = `${lang === 'ru' ? 'Гаражный' : 'Garage'} ${Date.now().toString(36)}`;
    const hidden = await apiAs<{ id: string }>(baseURL, { cookie: adminSession }, 'POST', '/api/discussions', {
      title: `${word} sale`,
      body: 'An advertisement that does not belong here.',
    });
    await expect
      .poll(async () => (await apiAs<{ total: number }>(baseURL, { cookie: adminSession }, 'GET', `/api/search?q=${encodeURIComponent(word)}`)).total, {
        // the index takes the new discussion when the job runner handles its event
        timeout: 15_000,
      })
      .toBe(1);
    await apiAs(baseURL, { cookie: adminSession }, 'POST', `/api/moderation/cases/discussion/${hidden.id}/decision`, {
      action: 'hide',
      reason: 'Advertising is not allowed here.',
    });

    const context = await browser.context({ viewport, lang });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/');
    const box = page.getByRole('combobox', { name: tr(lang, 'search.box.label') });
    await box.click();
    // «детсикй сад» / "kindergarden": a typo in each
    await box.pressSequentially(lang === 'ru' ? 'детсикй сад' : 'kindergarden', { delay: 20 });
    const suggestions = page.getByRole('listbox', { name: tr(lang, 'search.suggestions') });
    // the first suggestion (a kindergarten: a service or a place) is chosen with the keyboard and opened
    const first = suggestions.getByRole('option').first();
    await expect.poll(() => first.innerText()).toMatch(lang === 'ru' ? /детск/i : /kindergarten/i);
    await screenshot(page, `search-suggest-${lang}-${label}`);
    await box.press('ArrowDown');
    await expect.poll(() => box.getAttribute('aria-activedescendant')).toBe('header-search-option-0');
    await box.press('Enter');
    await page.waitForURL((url) => url.pathname !== '/' && url.pathname !== '/search');

    // all results, grouped by kind with counts
    await box.fill(lang === 'ru' ? 'яма' : 'road surface');
    // Enter with no suggestion chosen: all the results
    await box.press('Enter');
    await page.waitForURL(/\/search\?q=/);
    await expectHeading(page, tr(lang, 'search.title'));
    const reports = tr(lang, 'search.kinds.report');
    await page.getByRole('heading', { level: 2, name: new RegExp(reports) }).waitFor();
    await screenshot(page, `search-results-${lang}-${label}`);
    // filter by kind, open a result
    await page.getByRole('link', { name: new RegExp(`^${reports} \\(`) }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('kind')).toBe('report');
    const result = page.locator('.search-hit__title').first();
    const path = await result.getAttribute('href');
    expect(path).toMatch(/^\/reports\/\d+$/);
    await result.click();
    await page.waitForURL((url) => url.pathname === path);

    // the site's own pages: «бюджет» suggests the budgeting page itself, named as a page
    // (once the report has loaded: its page then takes the focus to its heading)
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await box.fill(lang === 'ru' ? 'бюджет' : 'budget');
    await suggestions.getByRole('option', { name: new RegExp(`${tr(lang, 'nav.budgeting')}.*${tr(lang, 'search.kinds.page')}`) }).click();
    await page.waitForURL((url) => url.pathname === '/budgeting');

    // the hidden discussion: neither suggested nor found
    await page.goto(`/search?q=${encodeURIComponent(word)}`);
    await page.getByText(tr(lang, 'search.none', { q: word })).waitFor();
    const suggested = await apiAs<{ items: unknown[] }>(baseURL, { cookie: adminSession }, 'GET', `/api/search/suggest?q=${encodeURIComponent(word)}`);
    expect(suggested.items).toEqual([]);
    await box.click();
    await box.fill(word);
    await suggestions.or(page.locator('#header-search-list[hidden]')).first().waitFor({ state: 'attached' });
    expect(await page.locator('#header-search-list [role=option]').filter({ hasText: 'sale' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
