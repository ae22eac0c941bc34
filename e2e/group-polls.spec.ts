// Story: a chess club decides when to meet. Vera (Russian, on a 360 px phone) runs the club and posts a question with a
// poll of the club's own — she first forgets an option and is told so beside the field. Ben (English, on a 1280 px
// desktop), a member, votes and likes the post; the results (votes and shares) show to him at once and to Vera after a
// reload, with his reaction counted. Ben, who does not run the club, is told so on its edit page. Vera hides Ben's
// off-topic comment under the post and, having read his apology, shows it again from the post's page; Ben sees it back.
import { describe, expect, inject, test } from 'vitest';
import { desktop, narrow, specBrowser, watchErrors } from './browser.js';
import { apiAs, confirmedResident, expectHeading, screenshot, tr } from './helpers.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);

describe('a poll inside a community', () => {
  test('ru 360 px + en 1280 px: a member posts a poll, another votes and reacts, both see the result', async () => {
    const vera = await confirmedResident(baseURL, dataDir, { displayName: 'Вера Шахматова', language: 'ru', label: 'vera-poll' });
    const ben = await confirmedResident(baseURL, dataDir, { displayName: 'Ben Rook', language: 'en', label: 'ben-poll' });
    await apiAs(
      baseURL,
      { cookie: adminSession },
      'POST',
      '/api/verification/in-person',
      {
        userId: vera.id,
        documentNumber: `40${Math.floor(10 + Math.random() * 89)} ${Math.floor(100000 + Math.random() * 899999)}`,
        districtId: 'admiralteysky',
        birthDate: '1985-05-04',
      },
      201,
    );
    const name = `Шахматный клуб ${Date.now().toString(36)}`;
    const club = await apiAs<{ id: string }>(
      baseURL,
      vera,
      'POST',
      '/api/groups',
      { kind: 'interest', name, description: 'Играем по выходным в сквере.' },
      201,
    );
    await apiAs(baseURL, ben, 'POST', `/api/groups/${club.id}/join`, {}, 200);

    // ---- Vera, Russian, 360 px: a post with a poll; an empty option is named beside its field ----
    const veraCtx = await browser.context({ viewport: narrow, lang: 'ru', sessionCookie: vera.cookie });
    const v = await veraCtx.newPage();
    const veraErrors = watchErrors(v);
    await v.goto(`/groups/${club.id}`);
    await expectHeading(v, name);
    await v.getByLabel(tr('ru', 'groups.postBody')).fill('Выбираем день для турнира');
    await v.getByRole('button', { name: tr('ru', 'groups.poll.add') }).click();
    await v.getByLabel(tr('ru', 'groups.poll.question')).fill('Когда играем?');
    await v.getByLabel(tr('ru', 'groups.poll.option', { n: 1 })).fill('В субботу');
    await v.getByRole('button', { name: tr('ru', 'groups.publish') }).click();
    await v.locator('#post-errors-title').waitFor();
    await expect.poll(() => v.locator('#f-poll-option-1').getAttribute('aria-invalid')).toBe('true');
    await screenshot(v, 'journey-group-poll-error-ru-360');
    await v.getByLabel(tr('ru', 'groups.poll.option', { n: 2 })).fill('В воскресенье');
    await v.getByRole('button', { name: tr('ru', 'groups.poll.addOption') }).click();
    await v.getByLabel(tr('ru', 'groups.poll.option', { n: 3 })).fill('В будни вечером');
    await v.getByRole('button', { name: tr('ru', 'groups.publish') }).click();
    const veraPost = v.locator('.group-post').filter({ hasText: 'Когда играем?' });
    await veraPost.waitFor();
    await veraPost.getByRole('radio', { name: 'В субботу' }).waitFor();
    expect(await v.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await screenshot(v, 'journey-group-poll-ru-360');

    // ---- Ben, English, 1280 px: votes for Sunday and likes the post ----
    const benCtx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: ben.cookie });
    const b = await benCtx.newPage();
    const benErrors = watchErrors(b);
    await b.goto(`/groups/${club.id}`);
    await expectHeading(b, name);
    const post = b.locator('.group-post').filter({ hasText: 'Когда играем?' });
    await post.getByRole('radio', { name: 'В воскресенье' }).check();
    await post.getByRole('button', { name: tr('en', 'groups.poll.vote') }).click();
    await post.getByText(tr('en', 'groups.poll.votes_one', { count: 1, share: 100 })).waitFor();
    await post.getByText(tr('en', 'groups.poll.yourVote')).waitFor();
    const like = post.getByRole('button', { name: tr('en', 'groups.reactions.button', { name: tr('en', 'groups.reactions.like'), count: 0 }) });
    await like.click();
    await post
      .getByRole('button', { name: tr('en', 'groups.reactions.button', { name: tr('en', 'groups.reactions.like'), count: 1 }) })
      .and(post.locator('[aria-pressed="true"]'))
      .waitFor();
    await screenshot(b, 'journey-group-poll-voted-en-1280');
    // a member who does not run the club is told so on its edit page instead of a form he cannot save
    await b.goto(`/groups/${club.id}/edit`);
    await b.getByText(tr('en', 'groups.form.notAllowed')).waitFor();
    expect(await b.locator('form').count()).toBe(1); // the header's search only

    // ---- Vera sees the result and the reaction ----
    await v.reload();
    await veraPost.getByText(tr('ru', 'groups.poll.total_one', { count: 1 })).waitFor();
    await veraPost.getByRole('button', { name: tr('ru', 'groups.reactions.button', { name: tr('ru', 'groups.reactions.like'), count: 1 }) }).waitFor();
    // she has not voted: she still chooses; she ends the poll and the results show
    await veraPost.getByRole('button', { name: tr('ru', 'groups.poll.close') }).click();
    await veraPost.getByText(tr('ru', 'groups.poll.votes_one', { count: 1, share: 100 })).waitFor();
    await veraPost.getByText(tr('ru', 'groups.poll.closed'), { exact: false }).waitFor();
    await screenshot(v, 'journey-group-poll-result-ru-360');

    // ---- Vera hid Ben's comment as the club's owner; on the post's page she shows it again ----
    const feed = await apiAs<{ items: { id: string; body: string }[] }>(baseURL, vera, 'GET', `/api/groups/${club.id}/posts`);
    const postId = feed.items.find((p) => p.body === 'Выбираем день для турнира')!.id;
    const remark = `Sell my old chess clock, cheap ${Date.now().toString(36)}`;
    const said = await apiAs<{ id: string }>(baseURL, ben, 'POST', `/api/comments/group_post/${postId}`, { body: remark }, 201);
    await apiAs(baseURL, vera, 'POST', `/api/groups/${club.id}/comments/${said.id}/hide`, { reason: 'Объявления не по теме' }, 204);
    await v.goto(`/groups/posts/${postId}`);
    const hidden = v.locator('.comment').filter({ hasText: remark });
    await hidden.getByText('Объявления не по теме').waitFor();
    await hidden.getByText(tr('ru', 'comment.hiddenTag'), { exact: true }).waitFor();
    await screenshot(v, 'journey-group-comment-hidden-ru-360');
    await hidden.getByRole('button', { name: tr('ru', 'comment.restoreLabel', { name: 'Ben Rook' }) }).click();
    await expect.poll(() => hidden.getByText(tr('ru', 'comment.hiddenTag'), { exact: true }).count()).toBe(0);
    expect(await hidden.getByRole('button', { name: tr('ru', 'comment.restoreLabel', { name: 'Ben Rook' }) }).count()).toBe(0);
    await b.goto(`/groups/posts/${postId}`);
    const back = b.locator('.comment').filter({ hasText: remark });
    await back.waitFor();
    expect(await back.locator('.comment__moderation').count()).toBe(0);

    expect(veraErrors).toEqual([]);
    expect(benErrors).toEqual([]);
    await veraCtx.close();
    await benCtx.close();
  });
});
