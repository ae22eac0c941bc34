// Story: a resident asks for one e-mail a day, follows a discussion, someone comments there; the
// administrator sends the day's digests and the digest is in the outbox (and the mail folder); its
// unsubscribe link works without signing in.
import { describe, expect, inject, test } from 'vitest';
import { desktop, phone, specBrowser, watchErrors } from './browser.js';
import { apiAs, confirmedResident, eventually, expectHeading, screenshot, tr } from './helpers.js';
import { readMails } from './mail.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const adminEmail = inject('adminEmail');
const adminPassword = inject('adminPassword');
const browser = specBrowser(baseURL);

describe('daily digest', () => {
  test('en phone: digest mode, follow, a comment arrives, the administrator sends digests, the mail is in the outbox; unsubscribe', async () => {
    const opener = await confirmedResident(baseURL, dataDir, { displayName: 'Olga Opener', language: 'ru', label: 'opener' });
    const reader = await confirmedResident(baseURL, dataDir, { displayName: 'Dmitry Digest', language: 'en', label: 'digest' });
    const title = `Night buses to Kupchino ${Date.now().toString(36)}`;
    const discussion = await apiAs<{ id: string }>(
      baseURL,
      opener,
      'POST',
      '/api/discussions',
      { kind: 'question', title, body: 'Will the night bus routes come back this winter?' },
      201,
    );

    // ---- the reader, on a phone: a daily digest, then follows the discussion ----
    const context = await browser.context({ viewport: phone, lang: 'en', sessionCookie: reader.cookie });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/profile');
    await expectHeading(page, tr('en', 'profile.title'));
    await page.getByLabel(tr('en', 'profile.emailMode.digest')).check();
    await page.getByRole('button', { name: tr('en', 'profile.notificationsSave') }).click();
    await page.getByText(tr('en', 'profile.notificationsSaved')).waitFor();
    await page.getByText(tr('en', 'follows.empty')).waitFor();

    await page.goto(`/discussions/${discussion.id}`);
    await expectHeading(page, title);
    await page.getByRole('button', { name: tr('en', 'follow.follow'), exact: true }).click();
    await page.getByText(tr('en', 'follow.youFollow_other', { count: 2 })).waitFor();
    // what I follow, in the profile
    await page.goto('/profile');
    await page.locator('.follow-list').getByRole('link', { name: title }).waitFor();

    // ---- someone comments ----
    const comment = 'The transport committee says: from 1 December, every night.';
    await apiAs(baseURL, opener, 'POST', `/api/comments/discussion/${discussion.id}`, { body: comment }, 201);
    // in-app at once (the bell) — the mail waits for the digest
    await page.goto('/notifications');
    await eventually(page, async () => (await page.locator('.notification').filter({ hasText: title }).count()) > 0);

    // ---- the administrator sends the digests from the outbox page ----
    const adminCtx = await browser.context({ viewport: desktop, lang: 'en' });
    const admin = await adminCtx.newPage();
    const adminErrors = watchErrors(admin);
    await admin.goto('/login');
    await admin.getByLabel(tr('en', 'field.email'), { exact: true }).fill(adminEmail);
    await admin.getByLabel(tr('en', 'field.password'), { exact: true }).fill(adminPassword);
    await admin.getByRole('button', { name: tr('en', 'login.submit'), exact: true }).click();
    await expectHeading(admin, tr('en', 'profile.title'));
    await admin.goto('/admin/outbox');
    await expectHeading(admin, tr('en', 'admin.outboxTitle'));
    await admin.getByRole('button', { name: tr('en', 'admin.digestSend') }).click();
    await admin.locator('.digest-box .notice--success').waitFor();
    expect(await admin.locator('.digest-box .notice--success').textContent()).toMatch(/[1-9]\d* digests? sent/);
    const mail = admin.locator('.mail').filter({ hasText: reader.email });
    await mail.first().waitFor();
    await mail.first().getByText(tr('en', 'admin.mailText')).click();
    const text = (await mail.first().locator('.mail__text').textContent()) ?? '';
    expect(text).toContain(title);
    expect(text).toMatch(/\/unsubscribe\?token=/);
    await screenshot(admin, 'journey-digest-outbox-en-desktop');

    // ---- the digest as delivered to the mail folder; its unsubscribe link works signed out ----
    const delivered = readMails(dataDir).filter((m) => m.to === reader.email.toLowerCase() && m.text.includes(title));
    expect(delivered.length).toBeGreaterThan(0);
    const unsubscribe = /https?:\/\/[^\s/]+(\/unsubscribe\?token=[^\s]+)/.exec(delivered.at(-1)!.text)?.[1];
    expect(unsubscribe).toBeTruthy();
    const visitorCtx = await browser.context({ viewport: phone, lang: 'en' });
    const visitor = await visitorCtx.newPage();
    await visitor.goto(unsubscribe!);
    await expectHeading(visitor, tr('en', 'unsubscribe.title'));
    await visitor.getByRole('button', { name: tr('en', 'unsubscribe.button') }).click();
    await expectHeading(visitor, tr('en', 'unsubscribe.doneTitle'));
    const settings = await apiAs<{ emailMode: string }>(baseURL, reader, 'GET', '/api/me/notification-settings');
    expect(settings.emailMode).toBe('off');

    expect(errors).toEqual([]);
    expect(adminErrors).toEqual([]);
    await Promise.all([context.close(), adminCtx.close(), visitorCtx.close()]);
  });
});
