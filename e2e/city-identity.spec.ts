// Story: the city administrator renames the city in English on the administrators' "City" page; the header names
// it so at once, in English (the Russian name stays); a bad time zone is refused naming the field; then the name
// is set back (the e2e server is shared by every spec).
import { describe, expect, inject, test } from 'vitest';
import { desktop, specBrowser, watchErrors } from './browser.js';
import { demoCityName, expectErrorSummary, expectHeading, screenshot, tr } from './helpers.js';

const baseURL = inject('baseURL');
const adminEmail = inject('adminEmail');
const adminPassword = inject('adminPassword');
const browser = specBrowser(baseURL);

describe('the city’s identity', () => {
  test('en desktop: the administrator renames the city in English, sees it in the header, and sets it back', async () => {
    const lang = 'en' as const;
    const context = await browser.context({ viewport: desktop, lang });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const brand = page.locator('.header__city');
    const newName = 'Saint Petersburg (test)';
    try {
      await page.goto('/login');
      await page.getByLabel(tr(lang, 'field.email'), { exact: true }).fill(adminEmail);
      await page.getByLabel(tr(lang, 'field.password'), { exact: true }).fill(adminPassword);
      await page.getByRole('button', { name: tr(lang, 'login.submit'), exact: true }).click();
      await expectHeading(page, tr(lang, 'profile.title'));
      expect(await brand.textContent()).toBe(demoCityName.en);

      // the administrators' menu leads to the city's page
      await page.goto('/admin/users');
      await page
        .getByRole('navigation', { name: tr(lang, 'admin.navLabel') })
        .getByRole('link', { name: tr(lang, 'adminCity.title'), exact: true })
        .click();
      await expectHeading(page, tr(lang, 'adminCity.title'));
      const nameEn = page.getByLabel(tr(lang, 'adminCity.nameEn'), { exact: true });
      expect(await nameEn.inputValue()).toBe(demoCityName.en);
      expect(await page.getByLabel(tr(lang, 'adminCity.timeZone'), { exact: true }).inputValue()).toBe('Europe/Moscow');

      // a latitude out of range is refused, naming the field
      const lat = page.getByLabel(tr(lang, 'adminCity.lat'), { exact: true });
      const keptLat = await lat.inputValue();
      await lat.fill('123');
      await page.getByRole('button', { name: tr(lang, 'adminCity.save'), exact: true }).click();
      await expectErrorSummary(page, lang, /Latitude/);
      await lat.fill(keptLat);

      // the new English name: the header follows at once
      await nameEn.fill(newName);
      await page.getByRole('button', { name: tr(lang, 'adminCity.save'), exact: true }).click();
      await page.getByText(tr(lang, 'adminCity.saved')).waitFor();
      await expect.poll(() => brand.textContent()).toBe(newName);
      await screenshot(page, 'journey-city-identity-en-desktop');
      // and on the home page's heading, after a reload too
      await page.goto('/');
      await expectHeading(page, tr(lang, 'home.heading', { city: newName }));

      // back to the demo's name
      await page.goto('/admin/city');
      await nameEn.fill(demoCityName.en);
      await page.getByRole('button', { name: tr(lang, 'adminCity.save'), exact: true }).click();
      await page.getByText(tr(lang, 'adminCity.saved')).waitFor();
      await expect.poll(() => brand.textContent()).toBe(demoCityName.en);
      expect(errors).toEqual([]);
    } finally {
      // whatever happened above, the shared server's city keeps its name
      await page.evaluate(async (name) => {
        const me = (await (await fetch('/api/me')).json()) as { csrfToken?: string };
        const site = (await (await fetch('/api/site')).json()) as { city: Record<string, unknown> & { logoUrl: unknown; setupNeeded: unknown } };
        if (site.city.nameEn === name) return;
        const { logoUrl: _logo, setupNeeded: _setup, ...identity } = site.city;
        await fetch('/api/admin/city', {
          method: 'PUT',
          headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken ?? '' },
          body: JSON.stringify({ ...identity, nameEn: name }),
        });
      }, demoCityName.en);
      await context.close();
    }
  });
});
