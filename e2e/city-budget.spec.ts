// Story: a resident (English, phone) reads the city budget: it is labelled illustrative, says how much
// is spent per resident, shows the treemap and explains a section in plain words; a resident in Russian
// on a desktop sees planned-vs-spent bars and the districts. The administrator imports a year from a
// CSV file: a broken file is refused with its problems by line, a good one becomes a new year to choose.
import { describe, expect, inject, test } from 'vitest';
import { desktop, narrow, specBrowser, watchErrors } from './browser.js';
import { expectErrorSummary, expectHeading, screenshot, tr } from './helpers.js';
import { siteNav } from './nav.js';

const baseURL = inject('baseURL');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);

const head = 'kind,code,name_ru,name_en,programme,district,planned,executed,explanation_ru,explanation_en';
const good = [
  'year,2024',
  'title,Бюджет 2024 (тест)',
  'population,5600000',
  head,
  'revenue,10102,НДФЛ,Income tax,,,400000000000,390000000000,,',
  'expenditure,0702,Школы,Schools,,,140000000000,120000000000,Учителя,Teachers',
].join('\n');

describe('the budget for citizens', () => {
  test('en phone and ru desktop: illustrative label, per resident, treemap, a section explained, bars and districts', async () => {
    const ctx = await browser.context({ viewport: narrow, lang: 'en' });
    const page = await ctx.newPage();
    const errors = watchErrors(page);
    await page.goto('/');
    await (await siteNav(page, 'en')).getByRole('link', { name: tr('en', 'nav.cityBudget') }).click();
    await expectHeading(page, tr('en', 'cityBudget.title'));
    await page.getByText(tr('en', 'cityBudget.illustrativeTitle')).waitFor();
    await page
      .getByText(/per resident/)
      .first()
      .waitFor();
    await page.locator('.cb-treemap__svg rect').first().waitFor();
    expect(await page.locator('.cb-treemap__svg rect').count()).toBe(14);
    const education = page.locator('#section-0700');
    await education.locator('summary').click();
    await education.getByText(/teachers’ salaries/).waitFor();
    await education.getByRole('table').waitFor();
    await screenshot(page, 'city-budget-en-phone');
    expect(errors).toEqual([]);
    await ctx.close();

    const ru = await browser.context({ viewport: desktop, lang: 'ru' });
    const p = await ru.newPage();
    await p.goto('/city-budget');
    await expectHeading(p, tr('ru', 'cityBudget.title'));
    await p.getByRole('heading', { level: 2, name: tr('ru', 'cityBudget.barsTitle') }).waitFor();
    expect(await p.locator('.cb-pairs__row').count()).toBe(14);
    await p.getByRole('heading', { level: 2, name: tr('ru', 'cityBudget.districtsTitle') }).waitFor();
    await p.getByText('Невский район').first().waitFor();
    await screenshot(p, 'city-budget-ru-desktop');
    await ru.close();
  });

  test('en desktop administrator: a broken file is refused by line; a good one adds a year', async () => {
    const ctx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: adminSession });
    const page = await ctx.newPage();
    const errors = watchErrors(page);
    await page.goto('/city-budget');
    await page.getByRole('heading', { level: 2, name: tr('en', 'cityBudget.upload') }).waitFor();
    const bad = good.replace('140000000000', '140 000 000 000').replace('revenue,10102', 'income,10102');
    await page.getByLabel(tr('en', 'cityBudget.file')).setInputFiles({ name: 'budget.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.getByRole('button', { name: tr('en', 'cityBudget.uploadButton') }).click();
    await expectErrorSummary(page, 'en', /revenue or expenditure/);
    await page
      .locator('.error-summary')
      .getByText(/planned must be roubles/)
      .waitFor();

    await page.getByLabel(tr('en', 'cityBudget.file')).setInputFiles({ name: 'budget.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await page.getByRole('button', { name: tr('en', 'cityBudget.uploadButton') }).click();
    await page.getByText(tr('en', 'cityBudget.uploaded', { year: 2024, lines: 2 })).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Бюджет 2024 (тест)' }).waitFor();
    expect(await page.getByText(tr('en', 'cityBudget.illustrativeTitle')).count()).toBe(0);
    await page.getByLabel(tr('en', 'cityBudget.year')).selectOption('2025');
    await page.getByText(tr('en', 'cityBudget.illustrativeTitle')).waitFor();
    expect(errors).toEqual([]);
    await ctx.close();
  });
});
