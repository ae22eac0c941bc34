import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** Debian's Chromium: the journeys need no browser download. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Starts headless Chromium with the flags a container needs and nothing phoning home. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export const phone = { width: 390, height: 844 } as const;
export const desktop = { width: 1280, height: 800 } as const;
export const narrow = { width: 360, height: 740 } as const;

export type Viewport = { width: number; height: number };
export type Lang = 'ru' | 'en';
type ContextOptions = { viewport: Viewport; lang?: Lang; sessionCookie?: string };

/**
 * A fresh browser context (own cookies and storage) at a viewport. With `lang`, the interface
 * language is chosen before the first page loads, as a person's earlier choice would be.
 */
export async function newContext(browser: Browser, baseURL: string, opts: ContextOptions): Promise<BrowserContext> {
  const isPhone = opts.viewport.width < 600;
  const context = await browser.newContext({
    baseURL,
    viewport: opts.viewport,
    deviceScaleFactor: 1,
    isMobile: isPhone,
    hasTouch: isPhone,
    locale: opts.lang === 'en' ? 'en-GB' : 'ru-RU',
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(15_000);
  if (opts.lang) {
    await context.addInitScript((lang) => {
      if (!localStorage.getItem('gorod.language')) localStorage.setItem('gorod.language', lang);
    }, opts.lang);
  }
  if (opts.sessionCookie) await context.addCookies([{ name: 'gorod_session', value: opts.sessionCookie, url: baseURL, httpOnly: true, sameSite: 'Lax' }]);
  return context;
}

/**
 * One Chromium for a spec file: launched before its tests, closed after them. Call it at the top
 * level of a spec; `context()` opens a fresh browser context on the test server.
 */
export function specBrowser(baseURL: string): { context: (opts: ContextOptions) => Promise<BrowserContext> } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return { context: (opts) => newContext(browser!, baseURL, opts) };
}

/** Fails the test on any console error or uncaught exception in the page (CSP violations included). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    // an API answer the page handles (401 from /api/me when signed out, a 4xx the test provokes)
    if (/Failed to load resource: the server responded with a status of 4\d\d/.test(text)) return;
    errors.push(`console: ${text}`);
  });
  return errors;
}
