// Story: Tom, who reads English, reports a pothole on his desktop. The problem list, the chosen
// reason's help and the step counter are in English (the classifier ships with its English names),
// numbers read "No. 12" rather than «№ 12», and the map credits OpenStreetMap in the page's language.
import { describe, expect, inject, test } from 'vitest';
import { desktop, narrow, specBrowser, watchErrors } from './browser.js';
import { confirmedResident, expectHeading, screenshot, tr } from './helpers.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const browser = specBrowser(baseURL);

describe('the classifier and numbers in English', () => {
  test('en desktop resident: browse the problems in English, read the help, step counter from 1; ru phone: the map credit in Russian', async () => {
    const tom = await confirmedResident(baseURL, dataDir, { displayName: 'Tom Walker', language: 'en', label: 'english-classifier' });
    const ctx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: tom.cookie });
    const page = await ctx.newPage();
    const errors = watchErrors(page);
    await page.goto('/reports/new');
    await expectHeading(page, tr('en', 'newReport.step.where'));
    await expect.poll(() => page.locator('.wizard__progress').textContent()).toContain('step 1 of');
    await expect.poll(() => page.locator('.city-map__credit').textContent()).toBe('© OpenStreetMap contributors');
    await page.locator('.city-map__box').click();
    await page
      .locator('.wizard__place')
      .filter({ hasText: /Place chosen/ })
      .waitFor();
    await page.getByRole('button', { name: tr('en', 'newReport.continue'), exact: true }).click();
    await expectHeading(page, tr('en', 'newReport.step.what'));
    await expect.poll(() => page.locator('.wizard__progress').textContent()).toContain('step 2 of');

    // browse: object, category and reason in English
    await page.getByRole('button', { name: tr('en', 'newReport.byList'), exact: true }).click();
    await page.getByLabel(tr('en', 'newReport.object')).selectOption({ label: 'Street' });
    await page.getByLabel(tr('en', 'newReport.category')).selectOption({ label: 'Upkeep and amenities' });
    await page.getByLabel('Damaged road surface', { exact: true }).check();
    const about = page.locator('.reason-about');
    await about.getByRole('heading', { name: 'Damaged road surface' }).waitFor();
    await about.getByText('Attach a photo that shows the problem').waitFor();
    await screenshot(page, 'journey-english-classifier-what-en-desktop');
    expect(errors).toEqual([]);
    await ctx.close();

    // a visitor reading Russian on a phone: the same map credits OpenStreetMap in Russian
    const ruCtx = await browser.context({ viewport: narrow, lang: 'ru' });
    const ru = await ruCtx.newPage();
    await ru.goto('/reports');
    await expect.poll(() => ru.locator('.city-map__credit').first().textContent()).toBe('© участники OpenStreetMap');
    await ruCtx.close();
  });
});
