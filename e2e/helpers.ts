import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { en } from '../web/src/i18n/en.js';
import { ru } from '../web/src/i18n/ru.js';
import type { Lang } from './browser.js';

const catalogues = { ru: ru as Record<string, string>, en: en as Record<string, string> };

/** The interface text of a key in a language, with {{placeholders}} filled (what the page must show). */
export function tr(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const text = catalogues[lang][key];
  if (text === undefined) throw new Error(`no ${lang} text for ${key}`);
  return text.replace(/\{\{(\w+)\}\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** A fresh address nobody registered yet. */
export function uniqueEmail(label: string): string {
  return `${label}-${Date.now().toString(36)}-${crypto.randomBytes(3).toString('hex')}@gorod.test`;
}

/** A password that passes the server's rules. */
export function strongPassword(): string {
  return `Gorod-${crypto.randomBytes(9).toString('base64url')}-7`;
}

/** Registers over HTTP (the confirmation mail is queued as for the form). */
export async function registerViaApi(baseURL: string, account: { email: string; password: string; displayName: string; language: Lang }): Promise<{ id: string }> {
  const res = await fetch(`${baseURL}/api/auth/register`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': account.language }, body: JSON.stringify(account) });
  if (res.status !== 201) throw new Error(`register failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string };
}

/** Waits until the element matching `selector` has focus. */
export async function expectFocused(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((sel) => document.activeElement?.matches(sel) ?? false, selector, { timeout: 10_000 });
}

/** Waits for the page's h1 to read `text` (the page has loaded and rendered its content). */
export async function expectHeading(page: Page, text: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text }).waitFor();
}

/** The error summary: visible, focused, titled in the language, containing `message`. */
export async function expectErrorSummary(page: Page, lang: Lang, message: string | RegExp): Promise<void> {
  const summary = page.locator('.error-summary');
  await summary.waitFor();
  await expectFocused(page, '.error-summary');
  expect(await summary.getByRole('heading').textContent()).toBe(tr(lang, 'errors.summaryTitle'));
  await summary.getByText(message).first().waitFor();
  expect(await page.title()).toMatch(new RegExp(`^${tr(lang, 'errors.titlePrefix')}`));
}

const root = fileURLToPath(new URL('..', import.meta.url));
export const screenshotDir = path.join(root, '.test-output', 'screenshots');

/** Saves a full-page screenshot for people to look at (not compared). */
export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}
