// Story: neighbours write to each other privately. Ben (English, 1280 px) tries to write to Vera, a stranger to him,
// and is refused by her default setting; Vera (Russian, 360 px) opens her messages to anyone; Ben writes, the menu's
// count tells Vera at once, and his next message reaches her open page without reloading. Ben sends a request to a
// department, and Vera's reply lights his menu's count. Vera reports the rude message with a reason; a moderator
// hides it from the queue page. Vera writes to the demo deputy (a verified public figure accepts anyone), who answers
// on the web. Both open the demo district official's verified page and see the answers to reports the official wrote.
// Vera starts a group chat, adds a neighbour and mutes it; Ben leaves it.
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
async function deputySession(): Promise<{ cookie: string; csrf: string; id: string; displayName: string }> {
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
  const me = await apiAs<{ user: { id: string; displayName: string } }>(baseURL, session, 'GET', '/api/me');
  return { ...session, id: me.user.id, displayName: me.user.displayName };
}

describe('private messages between residents', () => {
  test('ru 360 px + en 1280 px: refused as a stranger, the menu count, a live chat, a department request, a report hidden from the queue, a deputy answering, an official’s answers to reports, a group chat', async () => {
    const vera = await confirmedResident(baseURL, dataDir, { displayName: 'Вера Перепискина', language: 'ru', label: 'vera-msg' });
    const ben = await confirmedResident(baseURL, dataDir, { displayName: 'Ben Writer', language: 'en', label: 'ben-msg' });
    const gleb = await confirmedResident(baseURL, dataDir, { displayName: 'Глеб Соседов', language: 'ru', label: 'gleb-msg' });

    // ---- Ben, English, 1280 px: a stranger to Vera, refused by her default setting ----
    const benCtx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: ben.cookie });
    const b = await benCtx.newPage();
    const benErrors = watchErrors(b);
    await b.goto(`/messages/new?to=${vera.id}`);
    await expectHeading(b, tr('en', 'messages.newTitle'));
    await b.getByLabel(tr('en', 'messages.write'), { exact: true }).fill('Hello Vera, are you coming on Saturday?');
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

    // ---- Ben writes again; Vera's menu counts the conversation at once, without reloading ----
    await b.getByRole('button', { name: tr('en', 'messages.send') }).click();
    await b.locator('.message').filter({ hasText: 'Hello Vera' }).waitFor();
    const conversationPath = new URL(b.url()).pathname;
    // the phone's menu button shows the count too; the menu's link says it in words
    await v.locator('.header__menu-button .messages-count').filter({ hasText: '1' }).waitFor({ timeout: 10_000 });
    const veraLink = (await siteNav(v, 'ru')).getByRole('link', { name: tr('ru', 'nav.messagesUnread_one', { count: 1 }).slice(2) });
    await veraLink.scrollIntoViewIfNeeded();
    await screenshot(v, 'journey-messages-count-ru-360');
    await v.keyboard.press('Escape');
    await v.getByRole('link', { name: 'Ben Writer' }).click();
    await v.locator('.message').filter({ hasText: 'Hello Vera' }).waitFor();
    // live: Ben's next message appears on Vera's open page without reloading
    const rude = `You are all idiots in this building ${Date.now().toString(36)}`;
    await b.getByLabel(tr('en', 'messages.write'), { exact: true }).fill(rude);
    await b.locator('#f-photos').setInputFiles(photo('dvor.png'));
    await b.locator('.photo-upload img').first().waitFor();
    await b.getByRole('button', { name: tr('en', 'messages.send') }).click();
    const rudeOnVera = v.locator('.message').filter({ hasText: rude });
    await rudeOnVera.waitFor({ timeout: 10_000 });
    await rudeOnVera.locator('img.message__photo').waitFor();
    await screenshot(v, 'journey-messages-live-ru-360');
    expect(await v.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await screenshot(b, 'journey-messages-thread-en-1280');

    // ---- Ben asks a department from the new-message page; Vera's reply lights his menu's count ----
    await b.goto('/messages/new');
    await b.getByLabel(tr('en', 'messages.whom.department')).check();
    await b.getByLabel(tr('en', 'messages.department'), { exact: true }).selectOption({ index: 1 });
    await b.getByLabel(tr('en', 'messages.write'), { exact: true }).fill('When will the yard at Sadovaya 5 be cleared of snow?');
    await screenshot(b, 'journey-messages-department-en-1280');
    await b.getByRole('button', { name: tr('en', 'messages.send') }).click();
    await b.locator('.message').filter({ hasText: 'Sadovaya 5' }).waitFor();
    await expectHeading(b, new RegExp(tr('en', 'messages.request', { name: '' })));
    await b.goto('/');
    await v.getByLabel(tr('ru', 'messages.write'), { exact: true }).fill('Да, приду в субботу.');
    await v.getByRole('button', { name: tr('ru', 'messages.send') }).click();
    await b
      .getByRole('navigation', { name: tr('en', 'layout.navLabel') })
      .getByRole('link', { name: tr('en', 'nav.messagesUnread_one', { count: 1 }).slice(2) })
      .waitFor({ timeout: 10_000 });
    await screenshot(b, 'journey-messages-count-en-1280');

    // ---- Vera reports the rude message with a reason; a moderator hides it from the queue page ----
    await rudeOnVera.getByRole('button', { name: tr('ru', 'messages.reportBy', { name: 'Ben Writer' }) }).click();
    const dialog = v.getByRole('dialog', { name: tr('ru', 'flag.title') });
    await dialog.getByLabel(tr('ru', 'flag.reason.abuse')).check();
    await dialog.getByRole('button', { name: tr('ru', 'flag.send') }).click();
    await rudeOnVera.getByText(tr('ru', 'flag.sent')).waitFor();
    const moderator = await confirmedResident(baseURL, dataDir, { displayName: 'Moderator Mo', language: 'en', label: 'mod-msg' });
    await grantRoleAs(baseURL, adminSession, moderator.id, { role: 'moderator', scopeType: 'city' });
    const modCtx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: moderator.cookie });
    const m = await modCtx.newPage();
    const modErrors = watchErrors(m);
    // the queue is oldest first, 20 a page: open the page that holds this case (journeys beside this one fill it too)
    const queue = await apiAs<{ items: { entityType: string; excerpt: string }[] }>(baseURL, moderator, 'GET', '/api/moderation/queue?limit=100&offset=0');
    let at = queue.items.findIndex((i) => i.entityType === 'message' && i.excerpt === rude);
    for (let offset = 100; at < 0 && offset < 1000; offset += 100) {
      const more = await apiAs<typeof queue>(baseURL, moderator, 'GET', `/api/moderation/queue?limit=100&offset=${offset}`);
      const i = more.items.findIndex((x) => x.entityType === 'message' && x.excerpt === rude);
      if (i >= 0) at = offset + i;
      if (!more.items.length) break;
    }
    expect(at).toBeGreaterThanOrEqual(0);
    await m.goto(`/moderation?offset=${Math.floor(at / 20) * 20}`);
    await expectHeading(m, tr('en', 'moderation.queueTitle'));
    await m
      .getByRole('list', { name: tr('en', 'moderation.listLabel') })
      .getByRole('button')
      .filter({ hasText: /Личное сообщение|Private message/ })
      .last()
      .click();
    const kase = m.locator('.case').filter({ hasText: rude });
    await kase.waitFor();
    // the message alone reaches the moderators, never the conversation
    expect(await m.locator('main').textContent()).not.toContain('Hello Vera');
    await kase.getByLabel(tr('en', 'moderation.reason')).fill('Insults');
    await kase.getByRole('button', { name: tr('en', 'moderation.hide'), exact: true }).click();
    await m.getByText(tr('en', 'moderation.done.hide')).waitFor();
    await screenshot(m, 'journey-messages-moderation-en-1280');
    await v.reload();
    await v.getByText(tr('ru', 'messages.hidden')).waitFor();
    expect(await v.getByText(rude).count()).toBe(0);
    // the administrator, who is in no conversation, is told there is none
    const adminView = await fetch(`${baseURL}/api/messages${conversationPath.slice('/messages'.length)}`, {
      headers: { cookie: `gorod_session=${adminSession}` },
    });
    expect(adminView.status).toBe(404);

    // ---- Vera asks the demo deputy (a verified public figure: anyone may write) and the deputy answers on the web ----
    const deputy = await deputySession();
    await v.goto(`/messages/new?to=${deputy.id}`);
    await expectHeading(v, tr('ru', 'messages.newTitle'));
    await v.getByLabel(tr('ru', 'messages.write'), { exact: true }).fill('Когда будет приём граждан в декабре?');
    await v.getByRole('button', { name: tr('ru', 'messages.send') }).click();
    await v.locator('.message').filter({ hasText: 'приём граждан' }).waitFor();
    const deputyCtx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: deputy.cookie });
    const d = await deputyCtx.newPage();
    const deputyErrors = watchErrors(d);
    await d.goto('/messages');
    await d.getByRole('link', { name: vera.displayName }).click();
    await d.locator('.message').filter({ hasText: 'приём граждан' }).waitFor();
    await d.getByLabel(tr('en', 'messages.write'), { exact: true }).fill('Приём — 12 декабря с 17:00, запись не нужна.');
    await d.getByRole('button', { name: tr('en', 'messages.send') }).click();
    await v.locator('.message').filter({ hasText: '12 декабря' }).waitFor({ timeout: 10_000 });
    await screenshot(v, 'journey-messages-deputy-ru-360');

    // ---- the demo district official's verified page shows the answers to reports the official wrote, each linked ----
    const [official] = (await apiAs<{ items: { id: string }[] }>(baseURL, ben, 'GET', '/api/groups?kind=public_figure&district=nevsky')).items;
    for (const [page, lang, width] of [
      [v, 'ru', 360],
      [b, 'en', 1280],
    ] as const) {
      await page.goto(`/groups/${official!.id}`);
      const answers = page.getByRole('region', { name: tr(lang, 'groups.answers.title') });
      await answers.getByText(lang === 'ru' ? /^\d+ ответ/ : /^\d+ answers?$/).waitFor();
      await answers.locator('a[href^="/reports/"]').first().waitFor();
      await screenshot(page, `journey-messages-official-answers-${lang}-${width}`);
    }
    await b
      .getByRole('region', { name: tr('en', 'groups.answers.title') })
      .locator('a[href^="/reports/"]')
      .first()
      .click();
    await b.waitForURL(/\/reports\/\d+$/);

    // ---- Vera starts a group chat with Ben and the deputy, adds Gleb (who wrote to her) and mutes it; Ben leaves ----
    await apiAs(baseURL, gleb, 'POST', '/api/messages', { recipientIds: [vera.id], text: 'Вера, привет! Это Глеб из соседнего подъезда.' }, 201);
    await v.goto('/messages/new');
    await v.getByLabel('Ben Writer').check();
    await v.getByLabel(deputy.displayName).check();
    await v.getByLabel(tr('ru', 'messages.chatTitle')).fill('Субботник');
    await v.getByLabel(tr('ru', 'messages.write'), { exact: true }).fill('Соседи, в субботу субботник у сквера в 11:00.');
    await screenshot(v, 'journey-messages-new-group-ru-360');
    await v.getByRole('button', { name: tr('ru', 'messages.send') }).click();
    await expectHeading(v, 'Субботник');
    const add = v.getByRole('group', { name: tr('ru', 'messages.addPeople') });
    await add.getByLabel(gleb.displayName).check();
    await v.getByRole('button', { name: tr('ru', 'messages.add') }).click();
    await v.locator('.chat-members').getByText(gleb.displayName).waitFor();
    await v.getByRole('button', { name: tr('ru', 'messages.mute') }).click();
    await v.getByText(tr('ru', 'messages.mutedHint')).waitFor();
    await screenshot(v, 'journey-messages-group-ru-360');
    const chatPath = new URL(v.url()).pathname;
    await b.goto(chatPath);
    await expectHeading(b, 'Субботник');
    await screenshot(b, 'journey-messages-group-en-1280');
    await b.getByRole('button', { name: tr('en', 'messages.leave') }).click();
    await b
      .getByRole('dialog')
      .getByRole('button', { name: tr('en', 'messages.leave') })
      .click();
    await expectHeading(b, tr('en', 'messages.title'));
    expect(await b.getByRole('link', { name: 'Субботник' }).count()).toBe(0);

    for (const errors of [veraErrors, benErrors, modErrors, deputyErrors]) expect(errors).toEqual([]);
    await Promise.all([veraCtx.close(), benCtx.close(), modCtx.close(), deputyCtx.close()]);
  }, 180_000);
});
