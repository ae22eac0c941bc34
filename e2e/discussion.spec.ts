// Story: two residents discuss a topic. Anna (Russian, on a 360 px phone) opens a discussion; Ben
// (English, on a desktop) comments; Anna replies; Ben flags Anna's reply; a moderator hides it from
// the moderation queue with a reason; Anna finds the notification with the reason and sees her
// reply hidden with the reason, while everyone else no longer sees it.
import { describe, expect, inject, test } from 'vitest';
import { desktop, narrow, specBrowser, watchErrors } from './browser.js';
import { apiAs, confirmedResident, eventually, expectErrorSummary, expectHeading, grantRoleAs, screenshot, tr } from './helpers.js';
import { siteNav } from './nav.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);

describe('a discussion between two residents, a flag and a moderator', () => {
  test('ru phone + en desktop: open, comment, reply, flag, hide with a reason, the author is notified', async () => {
    const anna = await confirmedResident(baseURL, dataDir, { displayName: 'Анна Соседова', language: 'ru', label: 'anna' });
    const ben = await confirmedResident(baseURL, dataDir, { displayName: 'Ben Neighbour', language: 'en', label: 'ben' });
    const mod = await confirmedResident(baseURL, dataDir, { displayName: 'Maria Moderator', language: 'en', label: 'moderator' });
    await grantRoleAs(baseURL, adminSession, mod.id, { role: 'moderator', scopeType: 'city' });

    // ---- Anna, Russian, 360 px: opens a discussion ----
    const annaCtx = await browser.context({ viewport: narrow, lang: 'ru', sessionCookie: anna.cookie });
    const a = await annaCtx.newPage();
    const annaErrors = watchErrors(a);
    await a.goto('/');
    const annaNav = await siteNav(a, 'ru');
    await annaNav.getByRole('link', { name: tr('ru', 'nav.discussions') }).click();
    await expectHeading(a, tr('ru', 'discussions.title'));
    await a.getByRole('link', { name: tr('ru', 'discussions.start') }).click();
    await expectHeading(a, tr('ru', 'newDiscussion.title'));

    const title = `Где поставить скамейки во дворе на Садовой ${Date.now().toString(36)}`;
    const body = 'Во дворе дома 12 нет ни одной скамейки.\nПредлагаю обсудить, где их поставить.\n\nСхема двора: https://example.org/dvor?d=12';
    await a.getByLabel(tr('ru', 'newDiscussion.titleLabel')).fill('Ск');
    await a.getByLabel(tr('ru', 'newDiscussion.body')).fill(body);
    await a.getByLabel(tr('ru', 'newDiscussion.tags')).fill('двор, Скамейки');
    await a.getByRole('button', { name: tr('ru', 'newDiscussion.submit') }).click();
    // too short a title: the server's message in the summary and beside the field, nothing lost
    await expectErrorSummary(a, 'ru', /./);
    await a.locator('#f-title-error').waitFor();
    expect(await a.locator('.error-summary a[href="#f-title"]').count()).toBe(1);
    expect(await a.getByLabel(tr('ru', 'newDiscussion.body')).inputValue()).toBe(body);
    // …and after a reload, too (the draft is kept in this tab)
    await a.reload();
    await expectHeading(a, tr('ru', 'newDiscussion.title'));
    expect(await a.getByLabel(tr('ru', 'newDiscussion.body')).inputValue()).toBe(body);
    expect(await a.getByLabel(tr('ru', 'newDiscussion.tags')).inputValue()).toBe('двор, Скамейки');
    await a.getByLabel(tr('ru', 'newDiscussion.titleLabel')).fill(title);
    await a.getByRole('button', { name: tr('ru', 'newDiscussion.submit') }).click();
    await expectHeading(a, title);
    const discussionPath = new URL(a.url()).pathname;
    expect(discussionPath).toMatch(/^\/discussions\/[\w-]+$/);
    // the text keeps its line breaks; the address is a link marked as user content
    const link = a.locator('.discussion__body a');
    expect(await link.getAttribute('href')).toBe('https://example.org/dvor?d=12');
    expect(await link.getAttribute('rel')).toBe('nofollow ugc noopener noreferrer');
    expect(await a.locator('.discussion__body br').count()).toBe(1);
    await a.getByRole('link', { name: '#скамейки' }).waitFor();
    // the author follows what she opened
    await a.getByRole('button', { name: tr('ru', 'follow.unfollow') }).waitFor();
    await screenshot(a, 'journey-discussion-new-ru-narrow');

    // ---- Ben, English, desktop: finds it in the list and comments ----
    const benCtx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: ben.cookie });
    const b = await benCtx.newPage();
    const benErrors = watchErrors(b);
    await b.goto('/discussions?tag=%D1%81%D0%BA%D0%B0%D0%BC%D0%B5%D0%B9%D0%BA%D0%B8');
    await expectHeading(b, tr('en', 'discussions.title'));
    await b.getByRole('link', { name: title }).click();
    await expectHeading(b, title);
    await b.getByText(tr('en', 'thread.empty')).waitFor();
    const benComment = 'Near the playground, please — parents have nowhere to sit.';
    await b.getByLabel(tr('en', 'comment.newLabel')).fill(benComment);
    await b.getByRole('button', { name: tr('en', 'comment.send'), exact: true }).click();
    await b.getByText(tr('en', 'comment.posted')).waitFor();
    const benItem = b.locator('.comment').filter({ hasText: benComment });
    await benItem.waitFor();
    // one's own comment cannot be voted on
    expect(await benItem.getByRole('button', { name: tr('en', 'comment.voteUp', { n: 0 }) }).isDisabled()).toBe(true);

    // ---- Anna: notified of Ben's comment; replies ----
    await eventually(a, async () => (await a.getByRole('link', { name: /Уведомления: 1 новое уведомление/ }).count()) > 0);
    await a.goto(discussionPath);
    const annaSees = a.locator('.comment').filter({ hasText: benComment }).first();
    await annaSees.waitFor();
    // a vote for Ben's comment
    await annaSees.getByRole('button', { name: tr('ru', 'comment.voteUp', { n: 0 }) }).click();
    await annaSees.locator('button[aria-pressed="true"]').waitFor();
    await annaSees.getByRole('button', { name: tr('ru', 'comment.replyTo', { name: ben.displayName }) }).click();
    const reply = 'Площадка — хорошее место, но там нужна ещё и урна.';
    await a.getByLabel(tr('ru', 'comment.replyLabel', { name: ben.displayName })).fill(reply);
    await a.getByRole('button', { name: tr('ru', 'comment.sendReply'), exact: true }).click();
    const annaReply = a.locator('.comments--replies .comment').filter({ hasText: reply });
    await annaReply.waitFor();
    await annaReply.getByRole('button', { name: tr('ru', 'comment.edit') }).waitFor();
    await screenshot(a, 'journey-discussion-thread-ru-narrow');

    // ---- Ben: sees the reply under his comment and reports it ----
    await b.reload();
    const replyForBen = b.locator('.comments--replies .comment').filter({ hasText: reply });
    await replyForBen.waitFor();
    await replyForBen.getByRole('button', { name: tr('en', 'comment.flagLabel', { name: anna.displayName }) }).click();
    const dialog = b.getByRole('dialog', { name: tr('en', 'flag.title') });
    await dialog.waitFor();
    // no reason chosen: the dialog says what to do
    await dialog.getByRole('button', { name: tr('en', 'flag.send') }).click();
    await dialog.locator('.error-summary').waitFor();
    await dialog.getByLabel(tr('en', 'flag.reason.abuse')).check();
    await dialog.getByLabel(tr('en', 'flag.note')).fill('Not abusive really, testing the queue');
    await dialog.getByRole('button', { name: tr('en', 'flag.send') }).click();
    await b.getByText(tr('en', 'flag.sent')).waitFor();
    expect(await dialog.isVisible()).toBe(false);

    // ---- the moderator hides it from the queue, with a reason ----
    const modCtx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: mod.cookie });
    const m = await modCtx.newPage();
    const modErrors = watchErrors(m);
    await m.goto('/');
    await m
      .getByRole('navigation', { name: tr('en', 'layout.navLabel') })
      .getByRole('link', { name: tr('en', 'nav.moderation') })
      .click();
    await expectHeading(m, tr('en', 'moderation.queueTitle'));
    // the queue is a compact list; the reply's line puts its case in focus, shown in full
    await m
      .getByRole('list', { name: tr('en', 'moderation.listLabel') })
      .getByRole('button')
      .filter({ hasText: title })
      .filter({ hasText: tr('en', 'moderation.type.comment') })
      .click();
    const kase = m.locator('.case').filter({ hasText: reply });
    await kase.waitFor();
    expect(await kase.textContent()).toContain(tr('en', 'flag.reason.abuse'));
    expect(await kase.textContent()).toContain(anna.displayName);
    await kase.getByText(/note/).click();
    await kase.getByText('Not abusive really, testing the queue').waitFor();
    // hiding needs a reason the author will read
    await kase.getByRole('button', { name: tr('en', 'moderation.hide'), exact: true }).click();
    await kase.locator('.error-summary').waitFor();
    const reason = 'Личные выпады против участника';
    await kase.getByLabel(tr('en', 'moderation.reason')).fill(reason);
    await kase.getByRole('button', { name: tr('en', 'moderation.hide'), exact: true }).click();
    // decided, the case leaves the waiting list
    await m.getByText(tr('en', 'moderation.done.hide')).waitFor();
    await kase.waitFor({ state: 'detached' });
    await screenshot(m, 'journey-moderation-en-desktop');
    // the decision is in the closed tab
    await m.getByRole('link', { name: tr('en', 'moderation.closed') }).click();
    await m.locator('.case').filter({ hasText: reply }).filter({ hasText: reason }).waitFor();

    // ---- Anna: the notification carries the reason and leads to the hidden reply ----
    await a.goto('/notifications');
    await expectHeading(a, tr('ru', 'notifications.title'));
    const hiddenNote = a.locator('.notification').filter({ hasText: reason });
    await eventually(a, async () => (await hiddenNote.count()) > 0);
    expect(await hiddenNote.first().locator('.notification__new').count()).toBe(1);
    await screenshot(a, 'journey-notifications-ru-narrow');
    await hiddenNote.first().getByRole('link').click();
    await expectHeading(a, title);
    await a.getByText(tr('ru', 'comment.hiddenMine', { reason })).waitFor();
    expect(new URL(a.url()).hash).toMatch(/^#comment-/);

    // ---- everyone else no longer sees it (a hidden reply without replies leaves no placeholder) ----
    await b.reload();
    await b.locator('.comment').filter({ hasText: benComment }).first().waitFor();
    expect(await b.getByText(reply).count()).toBe(0);

    // ---- flood: past the per-person limit the server refuses, the text stays in the form ----
    const discussionId = discussionPath.split('/').pop()!;
    for (let i = 0; i < 10; i++) {
      const res = await fetch(`${baseURL}/api/comments/discussion/${discussionId}`, {
        method: 'POST',
        headers: { cookie: `gorod_session=${ben.cookie}`, 'x-csrf-token': ben.csrf, 'content-type': 'application/json' },
        body: JSON.stringify({ body: `Another thought, number ${i + 1}.` }),
      });
      if (res.status === 429) break;
      expect(res.status).toBe(201);
    }
    const flood = 'One more thing about the benches: they should face the sun.';
    await b.getByLabel(tr('en', 'comment.newLabel')).fill(flood);
    await b.getByRole('button', { name: tr('en', 'comment.send'), exact: true }).click();
    await expectErrorSummary(b, 'en', /./);
    expect(await b.getByLabel(tr('en', 'comment.newLabel')).inputValue()).toBe(flood);
    await screenshot(b, 'journey-discussion-flood-en-desktop');

    // Anna's public page lists the discussion she opened
    await a.goto(`/people/${anna.id}`);
    await expectHeading(a, anna.displayName);
    await a.getByRole('link', { name: title }).waitFor();

    expect(annaErrors).toEqual([]);
    expect(benErrors).toEqual([]);
    expect(modErrors).toEqual([]);
    await Promise.all([annaCtx.close(), benCtx.close(), modCtx.close()]);

    // the hide is in the audit log
    const audit = await apiAs<{ items: { action: string }[] }>(baseURL, { cookie: adminSession }, 'GET', '/api/audit?limit=20');
    expect(audit.items.map((e) => e.action)).toContain('moderation.hidden');
  });
});
