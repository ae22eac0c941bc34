import { describe, inject, test } from 'vitest';
import { desktop, phone, specBrowser, watchErrors } from './browser.js';
import { screenshot } from './helpers.js';

const baseURL = inject('baseURL');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);

const pages = ['/admin/city', '/'];
describe('tour', () => {
  test('pages render without errors', async () => {
    const problems: string[] = [];
    for (const [lang, viewport, name] of [['ru', phone, 'ru-phone'], ['en', { width: 1366, height: 800 }, 'en-desktop'], ['ru', { width: 360, height: 740 }, 'ru-narrow']] as const) {
      const ctx = await browser.context({ viewport, lang, sessionCookie: adminSession });
      const p = await ctx.newPage();
      const errs = watchErrors(p);
      for (const path of pages) {
        await p.goto(path);
        await p.waitForLoadState('networkidle');
        await p.waitForTimeout(300);
        const width = await p.evaluate(() => document.documentElement.scrollWidth);
        if (width > (viewport.width ?? 0) + 1) problems.push(`${name} ${path}: width ${width}`);
        const loading = await p.locator('[aria-busy="true"], .loading').count();
        if (loading) problems.push(`${name} ${path}: still loading`);
        await screenshot(p, `zzcity-${name}${path.replaceAll('/', '-') || '-home'}`);
      }
      if (errs.length) problems.push(...errs.map((e) => `${name}: ${e}`));
      await ctx.close();
    }
    if (problems.length) throw new Error(problems.join('\n'));
  }, 300_000);
});
