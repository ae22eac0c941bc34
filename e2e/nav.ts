import type { Page } from 'playwright-core';
import type { Lang } from './browser.js';
import { tr } from './helpers.js';

/**
 * The site's main navigation, as a person reaches it: on a phone the header's menu button opens
 * it as a sheet first; on a wider screen it is the header's row of links.
 */
export async function siteNav(page: Page, lang: Lang) {
  const menu = page.getByRole('button', { name: tr(lang, 'layout.menu'), exact: true });
  const nav = page.getByRole('navigation', { name: tr(lang, 'layout.navLabel') });
  // the header draws once the page's texts have arrived: wait for it (the menu button on a phone, the links on a
  // desktop) before asking whether there is a menu to open
  await menu.or(nav).first().waitFor();
  if (await menu.isVisible()) await menu.click();
  return nav;
}

/** Waits until the navigation offers the link named by `key`; on a phone the sheet is shut again after. */
export async function expectNavLink(page: Page, lang: Lang, key: string): Promise<void> {
  const nav = await siteNav(page, lang);
  await nav.getByRole('link', { name: tr(lang, key) }).waitFor();
  const sheet = page.getByRole('dialog', { name: tr(lang, 'layout.menu') });
  if (await sheet.isVisible()) {
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
  }
}
