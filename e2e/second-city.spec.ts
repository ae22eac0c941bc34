// Story: a city that is not St Petersburg adopts Gorod without writing code. An operator installs it with
// SEED_DEMO=0, creates the first administrator (`gorod admin create`) and imports the «Наш СПб» classifier
// (`gorod classifier import`). Anna, the administrator (English, desktop), starts from the setup checklist, which
// names what is missing; she names the city Novoozyorsk, loads its three districts from a GeoJSON file, adds its
// roads department and a rule sending every problem there, loads Russia's working-day calendar, and the checklist's trial report says a resident can now
// file one. Olga (Russian, 390 px phone) files a pothole in the town centre and sees it sent to that department.
import crypto from 'node:crypto';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { desktop, launchBrowser, newContext, phone, watchErrors } from './browser.js';
import { root, signIn, startGorodServer, type GorodServer } from './gorod-server.js';
import { confirmedResident, expectHeading, photo, screenshot, tr } from './helpers.js';

const adminEmail = 'first-admin@novoozyorsk.test';
const adminPassword = `Setup-${crypto.randomBytes(9).toString('base64url')}-7`;
const townFile = path.join(root, 'test', 'data', 'novoozyorsk_districts.geojson');
const department = { ru: 'Дорожная служба Новоозёрска', en: 'Novoozyorsk Roads Service' };

let city: GorodServer;
let browser: Browser;
beforeAll(async () => {
  city = await startGorodServer('second-city', { SEED_DEMO: '0' }, [
    ['admin', 'create', '--email', adminEmail, '--password', adminPassword, '--name', 'Anna First'],
    ['classifier', 'import', path.join(root, 'data', 'spb_our_spb_classifier_api_v4.json')],
  ]);
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await city?.stop();
});

describe('a second city set up from scratch', () => {
  test('en desktop administrator: checklist, identity, districts from GeoJSON, a department and a rule; ru phone resident files a report routed there', async () => {
    const session = await signIn(city.baseURL, adminEmail, adminPassword);
    const ctx = await newContext(browser, city.baseURL, { viewport: desktop, lang: 'en', sessionCookie: session.cookie });
    const page = await ctx.newPage();
    const errors = watchErrors(page);

    // ---- every page leads the administrator to the checklist, which names what is missing and where to do it ----
    await page.goto('/');
    await page.locator('.setup-banner').getByText(tr('en', 'setup.banner')).waitFor();
    await page.getByRole('link', { name: tr('en', 'setup.bannerLink') }).click();
    await expectHeading(page, tr('en', 'setup.title'));
    await page.getByText(tr('en', 'setup.notReady')).waitFor();
    await page.getByText('No: the city has no district with a boundary yet.').waitFor();
    expect(await page.locator('.setup-item--missing').count()).toBeGreaterThanOrEqual(3);
    await screenshot(page, 'journey-second-city-setup-empty-en-desktop');
    await page
      .locator('.setup-item--missing')
      .filter({ hasText: "The city's name and look" })
      .getByRole('link', { name: tr('en', 'setup.fix') })
      .click();

    // ---- the city's identity ----
    await expectHeading(page, tr('en', 'adminCity.title'));
    await page.locator('#f-name-ru').fill('Новоозёрск');
    await page.locator('#f-name-en').fill('Novoozyorsk');
    await page.locator('#f-time-zone').selectOption('Europe/Moscow');
    await page.locator('#f-lat').fill('56.0');
    await page.locator('#f-lon').fill('40.01');
    await page.locator('#f-zoom').fill('13');
    await page.getByRole('button', { name: tr('en', 'adminCity.save') }).click();
    await page.getByText(tr('en', 'adminCity.saved')).waitFor();

    // ---- its districts, from the town's GeoJSON: checked first, then loaded ----
    await page.goto('/admin/districts');
    await page.getByLabel(tr('en', 'adminDistricts.file'), { exact: true }).setInputFiles(townFile);
    await expect.poll(() => page.getByLabel(tr('en', 'adminDistricts.nameField'), { exact: true }).inputValue()).toBe('name');
    await page.getByRole('button', { name: tr('en', 'adminDistricts.preview'), exact: true }).click();
    await page
      .locator('.district-plan')
      .getByText(tr('en', 'adminDistricts.added', { count: 3 }))
      .waitFor();
    await page.getByRole('button', { name: tr('en', 'adminDistricts.import'), exact: true }).click();
    await page.getByText(tr('en', 'adminDistricts.imported', { added: 3, renamed: 0, kept: 0, removed: 0 })).waitFor();

    // ---- a department, and a rule sending every problem anywhere in the city to it ----
    await page.goto('/admin/departments');
    await page.getByRole('link', { name: tr('en', 'adminDepartments.new') }).click();
    await page.getByLabel(tr('en', 'adminDepartments.nameRu')).fill(department.ru);
    await page.getByLabel(tr('en', 'adminDepartments.nameEn')).fill(department.en);
    await page.getByLabel(tr('en', 'adminDepartments.kind')).selectOption('utility');
    await page.getByRole('button', { name: tr('en', 'adminDepartments.create') }).click();
    await page.getByText(tr('en', 'adminDepartments.created', { name: department.en })).waitFor();

    await page.goto('/admin/routing');
    await page.locator('#f-target').selectOption({ label: tr('en', 'adminRouting.everything') });
    await page.locator('#f-department').selectOption({ label: department.en });
    await page.getByRole('button', { name: tr('en', 'adminRouting.add') }).click();
    await page.getByText(tr('en', 'adminRouting.added')).waitFor();

    // ---- the country's working-day calendar, shipped with Gorod, for the deadlines ----
    await page.goto('/admin/calendar');
    await page.getByRole('button', { name: tr('en', 'adminCalendar.load') }).click();
    await page.getByText(/^Days added: \d+; already listed and kept: 0\.$/).waitFor();

    // ---- the checklist now tries a report out and finds it goes to the new department ----
    await page.goto('/admin/setup');
    await page.getByText(tr('en', 'setup.ready')).waitFor();
    const trial = page.locator('.setup-item').filter({ hasText: 'Can a resident file a report here?' });
    await trial
      .getByText(new RegExp(`^Yes\\. A report of “.+” at [\\d.]+, [\\d.]+ lands in (Zarechny|Soborny|Lugovoy) District, goes to ${department.en} and is due`))
      .waitFor();
    expect(await page.locator('.setup-item--ok').filter({ hasText: 'Working-day calendar' }).count()).toBe(1);
    await screenshot(page, 'journey-second-city-setup-ready-en-desktop');
    await page.getByRole('button', { name: tr('en', 'setup.complete') }).click();
    await page.locator('.notice').filter({ hasText: 'The setup was finished on' }).waitFor();
    // the site now carries the city's name
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: /Novoozyorsk/ }).waitFor();
    expect(await page.locator('.setup-banner').count()).toBe(0);
    expect(errors).toEqual([]);
    await ctx.close();

    // ---- Olga, Russian, on a phone: a pothole in the town centre ----
    const olga = await confirmedResident(city.baseURL, city.dataDir, { displayName: 'Ольга Новоозёрская', language: 'ru', label: 'olga-novoozyorsk' });
    const octx = await newContext(browser, city.baseURL, { viewport: phone, lang: 'ru', sessionCookie: olga.cookie });
    const o = await octx.newPage();
    const olgaErrors = watchErrors(o);
    await o.goto('/reports/new');
    await expectHeading(o, tr('ru', 'newReport.step.where'));
    // the map opens on the city's centre, inside Соборный район
    await o.locator('.city-map__box').click();
    await o
      .locator('.wizard__place')
      .filter({ hasText: /Выбрано место: Соборный район/ })
      .waitFor();
    await o.getByLabel(tr('ru', 'newReport.address')).fill('Соборная пл., 1');
    await o.getByRole('button', { name: tr('ru', 'newReport.continue'), exact: true }).click();
    await expectHeading(o, tr('ru', 'newReport.step.what'));
    await o.getByLabel(tr('ru', 'newReport.search')).fill('яма асфальт');
    await o.getByRole('button', { name: tr('ru', 'newReport.find'), exact: true }).click();
    await o.locator('input[name="f-reason"]').first().check();
    await o.getByRole('button', { name: tr('ru', 'newReport.continue'), exact: true }).click();
    await expectHeading(o, tr('ru', 'newReport.step.details'));
    await o.getByLabel(tr('ru', 'newReport.description')).fill('На площади у собора глубокая яма в асфальте, машины объезжают её по встречной.');
    for (const name of ['stairs', 'apartment', 'floor']) {
      const field = o.locator(`#f-extra-${name}`);
      if ((await field.count()) > 0) await field.fill('2');
    }
    await o.getByRole('button', { name: tr('ru', 'newReport.continue'), exact: true }).click();
    await o.getByRole('heading', { level: 1, name: /Добавьте фотографи/ }).waitFor();
    await o.locator('#f-photos').setInputFiles(photo('yama.png'));
    await o.locator('.photo-upload__item img').first().waitFor();
    await o.getByRole('button', { name: tr('ru', 'newReport.continue'), exact: true }).click();
    await expectHeading(o, tr('ru', 'newReport.step.check'));
    await o.getByRole('button', { name: tr('ru', 'newReport.send') }).click();
    await o.getByRole('heading', { level: 1, name: /^№ \d+: / }).waitFor();
    // routed to the department the administrator added, in the district the boundary file drew
    expect(await o.locator('.facts a[href^="/departments/"]').textContent()).toBe(department.ru);
    await o.locator('.facts').getByText('Соборный район').waitFor();
    await screenshot(o, 'journey-second-city-report-ru-phone');
    expect(olgaErrors).toEqual([]);
    await octx.close();
  }, 240_000);
});
