// Story: the city administrator opens the districts page, sees the districts on a map and in a table,
// renames one and renames it back, then checks a new GeoJSON file with a dry run: the plan lists the
// districts it would add (drawn on the map too) and those it cannot drop (reports point at them), and once "keep districts
// missing from the file" is ticked, it is ready to load. (Nothing is loaded: the e2e server is shared.)
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { desktop, phone, specBrowser, watchErrors } from './browser.js';
import { expectHeading, screenshot, tr } from './helpers.js';

const baseURL = inject('baseURL');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);
const townFile = path.resolve('test/data/novoozyorsk_districts.geojson');

const district = { ru: 'Курортный район', en: 'Kurortny District' };
const renamed = { ru: 'Курортный район (Сестрорецк)', en: 'Kurortny District (Sestroretsk)' };

describe.each([
  { lang: 'ru' as const, device: 'desktop', viewport: desktop },
  { lang: 'en' as const, device: 'phone', viewport: phone },
])('districts administration ($lang, $device)', ({ lang, device, viewport }) => {
  test(`${lang} ${device}: rename a district and back; a dry run of a new city's file shows the plan`, async () => {
    const context = await browser.context({ viewport, lang, sessionCookie: adminSession });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/admin/districts');
    await expectHeading(page, tr(lang, 'adminDistricts.title'));
    await page.getByRole('heading', { name: tr(lang, 'adminDistricts.mapTitle') }).waitFor();
    expect(await page.locator('.map__district').count()).toBe(18);

    // rename, in both languages, and back
    const row = () => page.locator('table tbody tr').filter({ hasText: district.ru });
    for (const [from, to] of [
      [district, renamed],
      [renamed, district],
    ] as const) {
      await page.getByRole('button', { name: tr(lang, 'adminDistricts.renameLabel', { name: from[lang] }), exact: true }).click();
      await page.getByLabel(tr(lang, 'adminDistricts.nameRu'), { exact: true }).fill(to.ru);
      await page.getByLabel(tr(lang, 'adminDistricts.nameEn'), { exact: true }).fill(to.en);
      await page.getByRole('button', { name: tr(lang, 'adminDistricts.save'), exact: true }).click();
      await page.getByText(tr(lang, 'adminDistricts.renamed', { name: to[lang] })).waitFor();
      await row().filter({ hasText: to.en }).waitFor();
      if (from === district) await screenshot(page, `districts-renamed-${lang}-${device}`);
    }

    // a dry run of another city's file: three districts added, St Petersburg's cannot be dropped
    await page.getByLabel(tr(lang, 'adminDistricts.file'), { exact: true }).setInputFiles(townFile);
    await page
      .getByText(tr(lang, lang === 'ru' ? 'adminDistricts.features_few' : 'adminDistricts.features_other', { count: 3, fields: 'name, name:en, ref' }))
      .waitFor();
    await expect.poll(() => page.getByLabel(tr(lang, 'adminDistricts.nameField'), { exact: true }).inputValue()).toBe('name');
    await page.getByRole('button', { name: tr(lang, 'adminDistricts.preview'), exact: true }).click();
    const plan = page.locator('.district-plan');
    await plan.getByText(tr(lang, 'adminDistricts.added', { count: 3 })).waitFor();
    const added = lang === 'ru' ? ['Заречный район', 'Соборный район', 'Луговой район'] : ['Zarechny District', 'Soborny District', 'Lugovoy District'];
    for (const name of added) await plan.getByText(name, { exact: true }).waitFor();
    // the map draws the file's three districts as new, with a legend in words
    await page
      .getByRole('list', { name: tr(lang, 'adminDistricts.legendLabel') })
      .getByText(tr(lang, 'adminDistricts.legend.added', { count: 3 }))
      .waitFor();
    expect(await page.locator('.map__preview--added').count()).toBe(4); // three shapes and the legend's swatch
    await plan.getByText(tr(lang, 'adminDistricts.blocking', { count: 18 })).waitFor();
    await plan.getByText(tr(lang, 'adminDistricts.cannotImport')).waitFor();
    expect(await page.getByRole('button', { name: tr(lang, 'adminDistricts.import'), exact: true }).count()).toBe(0);

    // keeping the missing districts, the file could be loaded
    await page.getByText(tr(lang, 'adminDistricts.keepMissing'), { exact: true }).click();
    await page.getByRole('button', { name: tr(lang, 'adminDistricts.preview'), exact: true }).click();
    await plan.getByText(tr(lang, 'adminDistricts.leftAsIs', { count: 18 })).waitFor();
    await plan.getByText(tr(lang, 'adminDistricts.canImport')).waitFor();
    await page.getByRole('button', { name: tr(lang, 'adminDistricts.import'), exact: true }).waitFor();
    await screenshot(page, `districts-dry-run-${lang}-${device}`);

    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(viewport.width);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
