import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { en } from '../web/src/i18n/en.js';
import { ru } from '../web/src/i18n/ru.js';
import type { Lang } from './browser.js';
import { waitForLink } from './mail.js';

const catalogues = { ru: ru as Record<string, string>, en: en as Record<string, string> };

/** The demo city's name, which texts naming the city ({{city}}) show unless a journey changed it. */
export const demoCityName: Record<Lang, string> = { ru: 'Санкт-Петербург', en: 'St Petersburg' };

/** The interface text of a key in a language, with {{placeholders}} filled (what the page must show; {{city}}: the demo city). */
export function tr(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const text = catalogues[lang][key];
  if (text === undefined) throw new Error(`no ${lang} text for ${key}`);
  const all: Record<string, string | number> = { city: demoCityName[lang], ...vars };
  return text.replace(/\{\{(\w+)\}\}/g, (m, name: string) => (name in all ? String(all[name]) : m));
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
export async function registerViaApi(
  baseURL: string,
  account: { email: string; password: string; displayName: string; language: Lang },
): Promise<{ email: string }> {
  const res = await fetch(`${baseURL}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': account.language },
    body: JSON.stringify(account),
  });
  if (res.status !== 201) throw new Error(`register failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as { email: string };
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

/**
 * Saves a full-page screenshot for people to look at (not compared). JPEG: Chromium encodes a tall page's PNG at three
 * times the CPU (the accessibility spec's 190 pages: 30.6 s as PNG, 9.9 s as JPEG).
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.jpg`), fullPage: true, type: 'jpeg', quality: 80 });
}

/** An account with a signed-in session, as a browser would hold it. */
export interface Session {
  id: string;
  email: string;
  password: string;
  displayName: string;
  /** The `gorod_session` cookie value. */
  cookie: string;
  csrf: string;
}

function sessionCookieOf(res: Response): string {
  const cookie = res.headers
    .getSetCookie()
    .map((c) => /^gorod_session=([^;]+)/.exec(c)?.[1])
    .find(Boolean);
  if (!cookie) throw new Error('no session cookie in the answer');
  return cookie;
}

/**
 * A resident who registered and opened the link from the confirmation mail (read from the mail
 * folder, as a person would): e-mail confirmed and signed in.
 */
export async function confirmedResident(baseURL: string, dataDir: string, account: { displayName: string; language: Lang; label?: string }): Promise<Session> {
  const email = uniqueEmail(account.label ?? 'resident');
  const password = strongPassword();
  await registerViaApi(baseURL, { email, password, displayName: account.displayName, language: account.language });
  const { path: link } = await waitForLink(dataDir, email, 'confirm');
  const token = new URL(link, baseURL).searchParams.get('token');
  const res = await fetch(`${baseURL}/api/auth/confirm`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }) });
  if (!res.ok) throw new Error(`confirm failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { csrfToken: string; user: { id: string } };
  return { id: body.user.id, email, password, displayName: account.displayName, cookie: sessionCookieOf(res), csrf: body.csrfToken };
}

/** Calls the API as a signed-in session (JSON in and out); throws on a status other than `expect`. */
export async function apiAs<T = any>(
  baseURL: string,
  session: { cookie: string; csrf?: string },
  method: string,
  path: string,
  body?: unknown,
  expect?: number,
): Promise<T> {
  let csrf = session.csrf;
  if (!csrf && method !== 'GET') {
    const me = await fetch(`${baseURL}/api/me`, { headers: { cookie: `gorod_session=${session.cookie}` } });
    csrf = ((await me.json()) as { csrfToken: string }).csrfToken;
  }
  const headers: Record<string, string> = { cookie: `gorod_session=${session.cookie}`, accept: 'application/json' };
  if (csrf) headers['x-csrf-token'] = csrf;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${baseURL}${path}`, { method, headers, body: body === undefined ? null : JSON.stringify(body) });
  if (expect ? res.status !== expect : !res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

/** Grants a role through the administrators' API with the e2e administrator's session. */
export async function grantRoleAs(
  baseURL: string,
  adminSession: string,
  userId: string,
  grant: { role: string; scopeType: string; scopeId?: string | null },
): Promise<void> {
  await apiAs(
    baseURL,
    { cookie: adminSession },
    'POST',
    `/api/admin/users/${userId}/roles`,
    { role: grant.role, scopeType: grant.scopeType, scopeId: grant.scopeId ?? null },
    201,
  );
}

/** Reloads the page until `check` passes: the server makes notifications and mail in background jobs. */
export async function eventually(page: Page, check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await page.waitForTimeout(500);
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('.loading').length === 0);
  }
}

/** An 80×60 PNG (a checked pattern): the photo journeys upload. */
export const photoPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAFAAAAA8CAIAAAB+RarbAAAAcUlEQVR42u3YMQ0AIBADwJeDEkSgBCUoQSAOfuMTyCVdO9zWNMZcSXZvSV7sBjAwMDAwMDBwGfg/Ut4FBgYGBgYGBq4D29LAwMDAwMDAwD4tWxoYGBgYGBjYp2VLAwMDAwMDAwP7tICBgYGBgYGBr3YPYX3PGoIPnEwAAAAASUVORK5CYII=',
  'base64',
);

/** The test photo under a file name, as a file input takes it. */
export const photo = (name: string) => ({ name, mimeType: 'image/png', buffer: photoPng });

/** Uploads the test photo through the shared photo route (`POST /api/uploads/photos`) as this session; the stored file's id. */
export async function uploadPhotoAs(baseURL: string, session: { cookie: string; csrf?: string }, name = 'photo.png'): Promise<string> {
  let csrf = session.csrf;
  if (!csrf) {
    const me = await fetch(`${baseURL}/api/me`, { headers: { cookie: `gorod_session=${session.cookie}` } });
    csrf = ((await me.json()) as { csrfToken: string }).csrfToken;
  }
  const form = new FormData();
  form.append('file', new Blob([photoPng], { type: 'image/png' }), name);
  const res = await fetch(`${baseURL}/api/uploads/photos`, {
    method: 'POST',
    headers: { cookie: `gorod_session=${session.cookie}`, 'x-csrf-token': csrf },
    body: form,
  });
  if (res.status !== 201) throw new Error(`POST /api/uploads/photos: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

/** A working day three weeks or more ahead on the city's calendar (no weekend, holiday or transferred day off), `YYYY-MM-DD`: a due day the server accepts. */
export async function workingDayAhead(baseURL: string): Promise<string> {
  const day = new Date(Date.now() + 21 * 86_400_000);
  const year = day.getUTCFullYear();
  const off = new Set<string>();
  for (const y of [year, year + 1]) {
    const { days } = (await (await fetch(`${baseURL}/api/calendar?year=${y}`)).json()) as { days: { day: string; kind: string }[] };
    for (const d of days) if (d.kind === 'holiday' || d.kind === 'day_off_transferred') off.add(d.day);
  }
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6 || off.has(day.toISOString().slice(0, 10))) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}
