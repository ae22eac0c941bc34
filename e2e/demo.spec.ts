// Story: a new resident walks through the demo city on a phone, in Russian. «Твой бюджет» lists the city's own cycle
// first and the imported Wieliczka election apart, under «Примеры из Pabulib», tagged and explained on its page as an
// example, not the city's budget. The polls page has the demo's city poll and the «Родной район» priorities poll open;
// a district administration's page gives its contacts and says which are a sample. On a desktop, in English, the
// budgeting page keeps the examples apart too.
import { describe, expect, inject, test } from 'vitest';
import { demoCityPollTitle, demoPrioritiesPollTitle } from '../src/modules/polls/use-cases/seed-demo-polls.js';
import { demoImportTitle } from '../src/modules/budgeting/use-cases/ballots/seed-demo-imported.js';
import { desktop, phone, specBrowser, watchErrors } from './browser.js';
import { expectHeading, screenshot, tr } from './helpers.js';

const baseURL = inject('baseURL');
const browser = specBrowser(baseURL);

describe('the demo city shows the product', () => {
  test('ru phone: budgeting examples apart, open polls, a department’s contacts; en desktop: the examples section', async () => {
    const ctx = await browser.context({ viewport: phone, lang: 'ru' });
    const page = await ctx.newPage();
    const errors = watchErrors(page);

    // ---- «Твой бюджет»: the city's cycle, then the Pabulib example in a section of its own ----
    await page.goto('/budgeting');
    await expectHeading(page, tr('ru', 'nav.budgeting'));
    const examples = page.getByRole('region', { name: tr('ru', 'pb.examplesTitle') });
    const example = examples.getByRole('listitem').filter({ hasText: demoImportTitle });
    await example.getByText(tr('ru', 'pb.exampleTag'), { exact: true }).waitFor();
    // the city's own cycles are not in the examples' section, and come first
    const cards = await page.locator('.pb-cycle-card__title').allTextContents();
    expect(cards.at(-1)).toBe(demoImportTitle);
    expect(cards.length).toBeGreaterThan(1);
    expect(await examples.locator('.pb-cycle-card').count()).toBe(1);
    await screenshot(page, 'journey-demo-budgeting-ru-phone');
    await example.getByRole('link', { name: demoImportTitle }).click();
    await expectHeading(page, demoImportTitle);
    await page.getByText(tr('ru', 'cycle.exampleTitle')).waitFor();

    // ---- two polls open now ----
    await page.goto('/polls');
    await expectHeading(page, tr('ru', 'polls.title'));
    await page.getByRole('link', { name: demoCityPollTitle }).waitFor();
    await page.getByRole('link', { name: demoPrioritiesPollTitle }).waitFor();
    await screenshot(page, 'journey-demo-polls-ru-phone');

    // ---- a district administration's contacts, the sample ones said to be so ----
    await page.goto('/departments/admin-admiralteysky');
    await expectHeading(page, 'Администрация Адмиралтейского района');
    await page.getByRole('link', { name: '+7 (812) 000-01-01' }).waitFor();
    await page.getByText(/^Измайловский пр\., 10 · приём: .* — образец$/).waitFor();
    await screenshot(page, 'journey-demo-department-ru-phone');
    expect(errors).toEqual([]);
    await ctx.close();

    const en = await browser.context({ viewport: desktop, lang: 'en' });
    const p = await en.newPage();
    const enErrors = watchErrors(p);
    await p.goto('/budgeting');
    await expectHeading(p, tr('en', 'nav.budgeting'));
    await p
      .getByRole('region', { name: tr('en', 'pb.examplesTitle') })
      .getByText(tr('en', 'pb.exampleTag'), { exact: true })
      .waitFor();
    await screenshot(p, 'journey-demo-budgeting-en-desktop');
    expect(enErrors).toEqual([]);
    await en.close();
  });
});
