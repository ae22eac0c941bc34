// Story: a house council that admits members on request talks about repairing the entrance. Vera (Russian, on a 360 px
// phone) runs it and starts a discussion from the community's page with the one discussion form, the community chosen;
// it shows on the community's page under "Discussions". Ben (English, on a 1280 px desktop), an approved member, opens
// it from there and comments. Someone who is not a member is told there is no such discussion.
import { describe, expect, inject, test } from 'vitest';
import { desktop, narrow, specBrowser, watchErrors } from './browser.js';
import { apiAs, confirmedResident, expectHeading, screenshot, tr } from './helpers.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);

describe('discussions inside a community', () => {
  test('ru 360 px + en 1280 px: a member starts a discussion from the community’s page, another member comments', async () => {
    const vera = await confirmedResident(baseURL, dataDir, { displayName: 'Вера Домова', language: 'ru', label: 'vera-gdisc' });
    const ben = await confirmedResident(baseURL, dataDir, { displayName: 'Ben House', language: 'en', label: 'ben-gdisc' });
    const stranger = await confirmedResident(baseURL, dataDir, { displayName: 'Пётр Мимо', language: 'ru', label: 'petr-gdisc' });
    await apiAs(
      baseURL,
      { cookie: adminSession },
      'POST',
      '/api/verification/in-person',
      {
        userId: vera.id,
        documentNumber: `40${Math.floor(10 + Math.random() * 89)} ${Math.floor(100000 + Math.random() * 899999)}`,
        districtId: 'nevsky',
        birthDate: '1980-02-03',
      },
      201,
    );
    const name = `Совет дома ${Date.now().toString(36)}`;
    const council = await apiAs<{ id: string }>(
      baseURL,
      vera,
      'POST',
      '/api/groups',
      { kind: 'building', name, description: 'Жители дома на Народной улице.', districtId: 'nevsky', membership: 'request' },
      201,
    );
    await apiAs(baseURL, ben, 'POST', `/api/groups/${council.id}/join`, {}, 200);
    await apiAs(baseURL, vera, 'POST', `/api/groups/${council.id}/members/${ben.id}/approve`, {});

    // ---- Vera, Russian, 360 px: starts a discussion from the community's page ----
    const veraCtx = await browser.context({ viewport: narrow, lang: 'ru', sessionCookie: vera.cookie });
    const v = await veraCtx.newPage();
    const veraErrors = watchErrors(v);
    await v.goto(`/groups/${council.id}`);
    await expectHeading(v, name);
    const section = v.locator('section[aria-labelledby="group-discussions"]');
    await section.getByText(tr('ru', 'groupDiscussions.none')).waitFor();
    await section.getByRole('link', { name: tr('ru', 'groupDiscussions.start') }).click();
    await expectHeading(v, tr('ru', 'newDiscussion.title'));
    await v.getByText(tr('ru', 'groupDiscussions.in', { name })).waitFor();
    // the district is the community's: the form does not ask
    expect(await v.getByLabel(tr('ru', 'field.district')).count()).toBe(0);
    await screenshot(v, 'journey-group-discussion-form-ru-360');
    const title = `Ремонт подъезда ${Date.now().toString(36)}`;
    await v.getByLabel(tr('ru', 'newDiscussion.titleLabel')).fill(title);
    await v.getByLabel(tr('ru', 'newDiscussion.body')).fill('Предлагаю покрасить стены и заменить почтовые ящики. Кто за?');
    await v.getByRole('button', { name: tr('ru', 'newDiscussion.submit') }).click();
    await expectHeading(v, title);
    await v.locator('.discussion__meta').getByRole('link', { name }).waitFor();
    const discussionUrl = new URL(v.url()).pathname;
    await v.getByRole('link', { name: tr('ru', 'groupDiscussions.back', { name }) }).click();
    await section.getByRole('link', { name: title }).waitFor();
    expect(await v.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await screenshot(v, 'journey-group-discussions-ru-360');

    // ---- Ben, English, 1280 px: opens it from the community's page and comments ----
    const benCtx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: ben.cookie });
    const b = await benCtx.newPage();
    const benErrors = watchErrors(b);
    await b.goto(`/groups/${council.id}`);
    await expectHeading(b, name);
    await screenshot(b, 'journey-group-discussions-en-1280');
    await b.locator('section[aria-labelledby="group-discussions"]').getByRole('link', { name: title }).click();
    await expectHeading(b, title);
    await b.getByLabel(tr('en', 'comment.newLabel')).fill('Count me in: I can bring paint rollers on Saturday.');
    await b.getByRole('button', { name: tr('en', 'comment.send'), exact: true }).click();
    await b.getByText(tr('en', 'comment.posted')).waitFor();
    await screenshot(b, 'journey-group-discussion-commented-en-1280');

    // ---- not a member: no such discussion, nor its comments ----
    await apiAs(baseURL, stranger, 'GET', `/api${discussionUrl}`, undefined, 404);
    await apiAs(baseURL, stranger, 'GET', `/api/comments/discussion/${discussionUrl.split('/').pop()}`, undefined, 404);

    expect(veraErrors).toEqual([]);
    expect(benErrors).toEqual([]);
    await veraCtx.close();
    await benCtx.close();
  });
});
