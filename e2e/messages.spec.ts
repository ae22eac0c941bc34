// Story: neighbours write to each other privately. Ben (English, 1280 px) tries to write to Vera, a stranger to him,
// and is refused by her default setting; Vera (Russian, 360 px) opens her messages to anyone; Ben writes, and his
// second message reaches Vera's open page without reloading. Vera reports it; a moderator finds that one message in
// the queue, hides it and blocks Ben, and Vera's page shows it hidden. Then Vera asks the demo deputy a question
// from the deputy's page link and reads the deputy's answer.
import { describe, expect, inject, test } from 'vitest';
import { desktop, narrow, specBrowser, watchErrors } from './browser.js';
import { signIn } from './gorod-server.js';
import { apiAs, confirmedResident, expectErrorSummary, expectHeading, grantRoleAs, photo, screenshot, strongPassword, tr } from './helpers.js';
import { waitForLink } from './mail.js';
import { siteNav } from './nav.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);

/** The demo deputy (seeded by the groups module) signs in after resetting the password through the mail link, as a person would. */
async function deputySession(): Promise<{ cookie: string; csrf: string; id: string }> {
  const email = 'deputy@gorod.demo';
  await fetch(`${baseURL}/api/auth/password-reset/request`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  const { path } = await waitForLink(dataDir, email, 'reset-password');
  const token = new URL(path, baseURL).searchParams.get('token');
  const password = strongPassword();
  const res = await fetch(`${baseURL}/api/auth/password-reset/confirm`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, password }),
  });
  expect(res.ok).toBe(true);
  const session = await signIn(baseURL, email, password);
  const me = await apiAs<{ user: { id: string } }>(baseURL, session, 'GET', '/api/me');
  return { ...session, id: me.user.id };
}

describe('private messages between residents', () => {
  test('ru 360 px + en 1280 px: refused as a stranger, then a live chat, a report hidden by a moderator, and a question to a deputy', async () => {
    const vera = await confirmedResident(baseURL, dataDir, { displayName: 'Вера Перепискина', language: 'ru', label: 'vera-msg' });
    const ben = await confirmedResident(baseURL, dataDir, { displayName: 'Ben Writer', language: 'en', label: 'ben-msg' });

    // ---- Ben, English, 1280 px: a stranger to Vera, refused by her default setting ----
    const benCtx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: ben.cookie });
    const b = await benCtx.newPage();
    const benErrors = watchErrors(b);
    await b.goto(`/messages/new?to=${vera.id}`);
    await expectHeading(b, tr('en', 'messages.newTitle'));
    await b.getByLabel(tr('en', 'messages.write')).fill('Hello Vera, are you coming on Saturday?');
    await b.getByRole('button', { name: tr('en', 'messages.send') }).click();
    await expectErrorSummary(b, 'en', /accepts messages only from people who share a group with them or whom they wrote first/);
    await screenshot(b, 'journey-messages-refused-en-1280');

    // ---- Vera, Russian, 360 px: opens her messages to anyone ----
    const veraCtx = await browser.context({ viewport: narrow, lang: 'ru', sessionCookie: vera.cookie });
    const v = await veraCtx.newPage();
    const veraErrors = watchErrors(v);
    await v.goto('/');
    await (await siteNav(v, 'ru')).getByRole('link', { name: tr('ru', 'nav.messages'), exact: true }).click();
    await expectHeading(v, tr('ru', 'messages.title'));
    await v.getByLabel(tr('ru', 'messages.whoMayWrite.anyone')).check();
    await v.getByRole('button', { name: tr('ru', 'messages.saveSettings') }).click();
    await v.getByText(tr('ru', 'messages.saved')).waitFor();
    await screenshot(v, 'journey-messages-settings-ru-360');

    // ---- Ben writes again: the conversation opens; Vera opens it from her list ----
    await b.getByRole('button', { name: tr('en', 'messages.send') }).click();
    await b.locator('.message').filter({ hasText: 'Hello Vera' }).waitFor();
    const conversationPath = new URL(b.url()).pathname;
    await v.reload();
    await v.getByRole('link', { name: 'Ben Writer' }).click();
    await v.locator('.message').filter({ hasText: 'Hello Vera' }).waitFor();
    // live: Ben's next message appears on Vera's open page without reloading
    const rude = `You are all idiots in this building ${Date.now().toString(36)}`;
    await b.getByLabel(tr('en', 'messages.write')).fill(rude);
    await b.locator('#f-photos').setInputFiles(photo('dvor.png'));
    await b.locator('.photo-upload img').first().waitFor();
    await b.getByRole('button', { name: tr('en', 'messages.send') }).click();
    const rudeOnVera = v.locator('.message').filter({ hasText: rude });
    await rudeOnVera.waitFor({ timeout: 10_000 });
    await rudeOnVera.locator('img.message__photo').waitFor();
    await screenshot(v, 'journey-messages-live-ru-360');
    expect(await v.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await screenshot(b, 'journey-messages-thread-en-1280');

    // ---- Vera reports that message; a moderator finds it alone, hides it and blocks Ben ----
    await rudeOnVera.getByRole('button', { name: tr('ru', 'messages.reportBy', { name: 'Ben Writer' }) }).click();
    const dialog = v.getByRole('dialog', { name: tr('ru', 'flag.title') });
    await dialog.getByLabel(tr('ru', 'flag.reason.abuse')).check();
    await dialog.getByRole('button', { name: tr('ru', 'flag.send') }).click();
    await rudeOnVera.getByText(tr('ru', 'flag.sent')).waitFor();
    const moderator = await confirmedResident(baseURL, dataDir, { displayName: 'Moderator Mo', language: 'en', label: 'mod-msg' });
    await grantRoleAs(baseURL, adminSession, moderator.id, { role: 'moderator', scopeType: 'city' });
    const queue = await apiAs<{ items: { entityType: string; entityId: string; excerpt: string }[] }>(baseURL, moderator, 'GET', '/api/moderation/queue');
    const item = queue.items.find((i) => i.entityType === 'message' && i.excerpt === rude)!;
    expect(item).toBeDefined();
    expect(JSON.stringify(queue)).not.toContain('Hello Vera');
    await apiAs(baseURL, moderator, 'POST', `/api/moderation/cases/message/${item.entityId}/decision`, { action: 'hide', reason: 'Insults' });
    await apiAs(baseURL, moderator, 'POST', `/api/people/${ben.id}/block`, { blocked: true, reason: 'Insults in private messages' });
    await v.reload();
    await v.getByText(tr('ru', 'messages.hidden')).waitFor();
    expect(await v.getByText(rude).count()).toBe(0);
    // the administrator, who is in no conversation, is told there is none
    const adminView = await fetch(`${baseURL}/api/messages${conversationPath.slice('/messages'.length)}`, {
      headers: { cookie: `gorod_session=${adminSession}` },
    });
    expect(adminView.status).toBe(404);

    // ---- Vera asks the demo deputy a question (the public figure's page links to /messages/new?to=…) ----
    const deputy = await deputySession();
    await v.goto(`/messages/new?to=${deputy.id}`);
    await expectHeading(v, tr('ru', 'messages.newTitle'));
    await v.getByLabel(tr('ru', 'messages.write')).fill('Когда будет приём граждан в декабре?');
    await v.getByRole('button', { name: tr('ru', 'messages.send') }).click();
    await v.locator('.message').filter({ hasText: 'приём граждан' }).waitFor();
    const id = new URL(v.url()).pathname.split('/').at(-1)!;
    await apiAs(baseURL, deputy, 'POST', `/api/messages/${id}`, { text: 'Приём — 12 декабря с 17:00, запись не нужна.' }, 201);
    await v.locator('.message').filter({ hasText: '12 декабря' }).waitFor({ timeout: 10_000 });
    await screenshot(v, 'journey-messages-deputy-ru-360');

    expect(veraErrors).toEqual([]);
    expect(benErrors).toEqual([]);
    await veraCtx.close();
    await benCtx.close();
  }, 120_000);
});
