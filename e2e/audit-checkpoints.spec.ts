// Story: a watcher on a 360 px phone, in Russian, opens the audit log and finds the site's public key and its newest
// signed checkpoints (the server signed the head when it started), downloads every checkpoint to keep, and is asked
// to sign in to subscribe. A resident on a desktop, in English, subscribes to the checkpoints by e-mail.
import { describe, expect, inject, test } from 'vitest';
import { desktop, narrow, specBrowser, watchErrors } from './browser.js';
import { confirmedResident, expectHeading, screenshot, tr } from './helpers.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const browser = specBrowser(baseURL);

describe('signed checkpoints on the audit page', () => {
  test('a visitor finds the public key, the newest checkpoints and the download; a resident subscribes', async () => {
    const key = (await (await fetch(`${baseURL}/api/audit/public-key`)).json()) as { publicKey: string; keyId: string };

    const phone = await browser.context({ viewport: narrow, lang: 'ru' });
    const page = await phone.newPage();
    const errors = watchErrors(page);
    await page.goto('/audit');
    await expectHeading(page, tr('ru', 'audit.title'));
    const section = page.getByRole('region', { name: tr('ru', 'audit.checkpoints.title') });
    await expect.poll(() => section.getByTestId('audit-public-key').textContent()).toBe(key.publicKey);
    const newest = section.getByRole('list', { name: tr('ru', 'audit.checkpoints.caption') }).getByRole('listitem');
    await expect.poll(() => newest.count()).toBeGreaterThan(0);
    await section.getByRole('link', { name: tr('ru', 'follow.signIn') }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('link', { name: tr('ru', 'audit.checkpoints.download') }).click()]);
    expect(download.suggestedFilename()).toBe('audit-checkpoints.jsonl');
    const lines = (await (await fetch(`${baseURL}/api/audit/checkpoints.jsonl`)).text()).trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ keyId: key.keyId, signature: expect.any(String) });
    await screenshot(page, 'audit-checkpoints-ru-360');
    expect(errors).toEqual([]);
    await phone.close();

    const resident = await confirmedResident(baseURL, dataDir, { displayName: 'Watcher', language: 'en', label: 'checkpoints' });
    const wide = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: resident.cookie });
    const signedIn = await wide.newPage();
    const wideErrors = watchErrors(signedIn);
    await signedIn.goto('/audit#checkpoints');
    const mine = signedIn.getByRole('region', { name: tr('en', 'audit.checkpoints.title') });
    await mine.getByRole('button', { name: tr('en', 'follow.follow') }).click();
    await mine.getByRole('button', { name: tr('en', 'follow.unfollow') }).waitFor();
    await screenshot(signedIn, 'audit-checkpoints-en-1280');
    expect(wideErrors).toEqual([]);
    await wide.close();
  });
});
