// Story: two residents of one building find its community. Vera (Russian, on a 360 px phone) joins the demo building
// community of Адмиралтейский district — she is a verified resident there, so she is in at once — and posts about the
// broken bench with a photo. Ben (English, on a 1280 px desktop), her neighbour, joins too, sees her post with its
// photo in the feed, opens it and comments; Vera sees his comment under her post.
// Story: Anna (Russian, 360 px) looks for the communities near where she stands, finds her building's first with its
// distance, sees it on the map of communities and reads its long feed with "Показать ещё"; Ben (English, 1280 px)
// finds it near his saved home, on the map, and reads the feed's second page too.
import { describe, expect, inject, test } from 'vitest';
import { demoBuildingName } from '../src/modules/groups/use-cases/seed-demo-groups.js';
import { desktop, narrow, specBrowser, watchErrors } from './browser.js';
import { apiAs, confirmedResident, expectHeading, photo, screenshot, tr } from './helpers.js';
import { siteNav } from './nav.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);

/** Verifies a resident in person (as the administrator, at the desk) as living in Адмиралтейский district. */
async function verifyInAdmiralteysky(userId: string): Promise<void> {
  await apiAs(
    baseURL,
    { cookie: adminSession },
    'POST',
    '/api/verification/in-person',
    {
      userId,
      documentNumber: `40${Math.floor(10 + Math.random() * 89)} ${Math.floor(100000 + Math.random() * 899999)}`,
      districtId: 'admiralteysky',
      birthDate: '1986-03-02',
    },
    201,
  );
}

describe('neighbours in their building’s community', () => {
  test('ru 360 px + en 1280 px: both join, one posts with a photo, the other comments', async () => {
    const vera = await confirmedResident(baseURL, dataDir, { displayName: 'Вера Соседкина', language: 'ru', label: 'vera' });
    const ben = await confirmedResident(baseURL, dataDir, { displayName: 'Ben Nextdoor', language: 'en', label: 'ben' });
    await verifyInAdmiralteysky(vera.id);
    await verifyInAdmiralteysky(ben.id);

    // ---- Vera, Russian, 360 px: finds the building's community from the menu, joins, posts with a photo ----
    const veraCtx = await browser.context({ viewport: narrow, lang: 'ru', sessionCookie: vera.cookie });
    const v = await veraCtx.newPage();
    const veraErrors = watchErrors(v);
    await v.goto('/');
    const nav = await siteNav(v, 'ru');
    await nav.getByRole('link', { name: tr('ru', 'nav.groups') }).click();
    await expectHeading(v, tr('ru', 'groups.title'));
    await v.getByLabel(tr('ru', 'groups.kindLabel')).selectOption('building');
    await v.getByRole('button', { name: tr('ru', 'groups.show') }).click();
    await screenshot(v, 'journey-groups-list-ru-360');
    await v.getByRole('link', { name: demoBuildingName }).click();
    await expectHeading(v, demoBuildingName);
    await v.getByRole('button', { name: tr('ru', 'groups.join'), exact: true }).click();
    await v.getByText(tr('ru', 'groups.joined')).waitFor();
    await v.getByText(tr('ru', 'groups.youAreMember')).waitFor();

    const text = `Во дворе сломана скамейка у второго подъезда ${Date.now().toString(36)}`;
    await v.getByLabel(tr('ru', 'groups.postBody')).fill(text);
    await v.locator('#f-post-photos').setInputFiles(photo('skameyka.png'));
    await v.locator('.photo-upload img').first().waitFor();
    await v.getByRole('button', { name: tr('ru', 'groups.publish') }).click();
    const veraPost = v.locator('.group-post').filter({ hasText: text });
    await veraPost.waitFor();
    expect(await veraPost.locator('.photos img').count()).toBe(1);
    await screenshot(v, 'journey-groups-post-ru-360');
    const overflow = await v.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);

    // ---- Ben, English, 1280 px: joins, sees the post with its photo, comments on its page ----
    const benCtx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: ben.cookie });
    const b = await benCtx.newPage();
    const benErrors = watchErrors(b);
    await b.goto('/groups?kind=building');
    await expectHeading(b, tr('en', 'groups.title'));
    await b.getByRole('link', { name: demoBuildingName }).click();
    await expectHeading(b, demoBuildingName);
    await b.getByRole('button', { name: tr('en', 'groups.join'), exact: true }).click();
    await b.getByText(tr('en', 'groups.joined')).waitFor();
    // the member list (members only) names his neighbour now
    await b
      .getByRole('region', { name: tr('en', 'groups.membersTitle') })
      .getByRole('link', { name: 'Вера Соседкина' })
      .waitFor();
    const seen = b.locator('.group-post').filter({ hasText: text });
    expect(await seen.locator('.photos img').count()).toBe(1);
    await screenshot(b, 'journey-groups-group-en-1280');
    await seen.getByRole('link', { name: tr('en', 'groups.comment') }).click();
    await expectHeading(b, `${tr('en', 'groups.postTitle')}: ${demoBuildingName}`);
    const comment = 'I can bring tools on Saturday and fix it with you.';
    await b.getByLabel(tr('en', 'comment.newLabel')).fill(comment);
    await b.getByRole('button', { name: tr('en', 'comment.send'), exact: true }).click();
    await b.getByText(tr('en', 'comment.posted')).waitFor();
    await screenshot(b, 'journey-groups-comment-en-1280');

    // ---- Vera sees the comment under her post ----
    await v.reload();
    await veraPost.getByRole('link', { name: tr('ru', 'groups.comments_one', { count: 1 }) }).click();
    await v.locator('.comment').filter({ hasText: comment }).waitFor();
    await screenshot(v, 'journey-groups-comments-ru-360');

    expect(veraErrors).toEqual([]);
    expect(benErrors).toEqual([]);
    await veraCtx.close();
    await benCtx.close();
  });

  test('ru 360 px + en 1280 px: near me and on the map, then the feed page by page', async () => {
    const anna = await confirmedResident(baseURL, dataDir, { displayName: 'Анна Ближняя', language: 'ru', label: 'anna-near' });
    const ben = await confirmedResident(baseURL, dataDir, { displayName: 'Ben Nearby', language: 'en', label: 'ben-near' });
    await verifyInAdmiralteysky(anna.id);
    // a building of her own, a little apart from the other journeys' (the demo city's groups have no point)
    const at = { lat: 59.9165 + Math.random() * 0.002, lon: 30.2905 + Math.random() * 0.002 };
    const name = `Дом у Крюкова канала ${Date.now().toString(36)}`;
    const group = await apiAs<{ id: string }>(
      baseURL,
      anna,
      'POST',
      '/api/groups',
      { kind: 'building', name, description: 'Соседи по дому у канала: объявления и общие дела.', address: 'наб. Крюкова канала, 8', ...at },
      201,
    );
    // one post more than two pages' worth of the first: the feed shows 20, then the rest
    for (let i = 1; i <= 22; i++) await apiAs(baseURL, anna, 'POST', `/api/groups/${group.id}/posts`, { body: `Объявление номер ${i}` }, 201);

    // ---- Anna, Russian, 360 px: near where she stands, on the map, the feed's next page ----
    const annaCtx = await browser.context({ viewport: narrow, lang: 'ru', sessionCookie: anna.cookie });
    await annaCtx.grantPermissions(['geolocation']);
    await annaCtx.setGeolocation({ latitude: at.lat + 0.0005, longitude: at.lon });
    const a = await annaCtx.newPage();
    const annaErrors = watchErrors(a);
    await a.goto('/groups');
    await expectHeading(a, tr('ru', 'groups.title'));
    await a.getByRole('button', { name: tr('ru', 'groups.near.myLocation') }).click();
    await a.getByText(tr('ru', 'groups.near.active', { where: tr('ru', 'groups.near.here') })).waitFor();
    const first = a.locator('.group-card').first();
    await first.getByRole('link', { name }).waitFor();
    expect(await first.locator('.group-card__meta').textContent()).toMatch(/^в \d+\s?м · /);
    await screenshot(a, 'journey-groups-near-ru-360');
    await a.getByRole('link', { name: tr('ru', 'groups.view.map') }).click();
    await a.locator('.group-map').scrollIntoViewIfNeeded();
    await a.locator('.group-map .leaflet-container').waitFor();
    await a
      .getByRole('region', { name: tr('ru', 'groups.map.listTitle') })
      .getByRole('link', { name })
      .waitFor();
    await screenshot(a, 'journey-groups-map-ru-360');
    expect(await a.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await a
      .getByRole('region', { name: tr('ru', 'groups.map.listTitle') })
      .getByRole('link', { name })
      .click();
    await expectHeading(a, name);
    const annaFeed = a.getByRole('region', { name: tr('ru', 'groups.feed') });
    await annaFeed.getByText(tr('ru', 'groups.paging.shown', { shown: 20, total: 22 })).waitFor();
    expect(await annaFeed.locator('.group-post').count()).toBe(20);
    await annaFeed.getByRole('button', { name: tr('ru', 'groups.paging.morePosts') }).click();
    await annaFeed.getByText(tr('ru', 'groups.paging.shown', { shown: 22, total: 22 })).waitFor();
    expect(await annaFeed.getByText(/^Объявление номер \d+$/).allTextContents()).toEqual(Array.from({ length: 22 }, (_, i) => `Объявление номер ${22 - i}`));
    expect(await annaFeed.getByRole('button', { name: tr('ru', 'groups.paging.morePosts') }).count()).toBe(0);
    await annaFeed.locator('.group-post').last().scrollIntoViewIfNeeded();
    await screenshot(a, 'journey-groups-feed-more-ru-360');

    // ---- Ben, English, 1280 px: near his saved home, on the map, the feed's second page ----
    await apiAs(
      baseURL,
      ben,
      'POST',
      '/api/me/places',
      { label: 'home', name: 'My flat', address: 'Kryukov Canal 10', lat: at.lat - 0.0004, lon: at.lon },
      201,
    );
    const benCtx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: ben.cookie });
    const b = await benCtx.newPage();
    const benErrors = watchErrors(b);
    await b.goto('/groups');
    await expectHeading(b, tr('en', 'groups.title'));
    await b.getByRole('button', { name: tr('en', 'groups.near.place', { name: 'My flat' }) }).click();
    await b.getByText(tr('en', 'groups.near.active', { where: 'My flat' })).waitFor();
    await b.locator('.group-card').first().getByRole('link', { name }).waitFor();
    await screenshot(b, 'journey-groups-near-en-1280');
    await b.getByRole('link', { name: tr('en', 'groups.view.map') }).click();
    await b.locator('.group-map').scrollIntoViewIfNeeded();
    await b.locator('.group-map .leaflet-container').waitFor();
    await b
      .getByRole('region', { name: tr('en', 'groups.map.listTitle') })
      .getByRole('link', { name })
      .waitFor();
    await screenshot(b, 'journey-groups-map-en-1280');
    await b.goto(`/groups/${group.id}`);
    await expectHeading(b, name);
    const benFeed = b.getByRole('region', { name: tr('en', 'groups.feed') });
    await benFeed.getByText(tr('en', 'groups.paging.shown', { shown: 20, total: 22 })).waitFor();
    await benFeed.getByRole('button', { name: tr('en', 'groups.paging.morePosts') }).click();
    await benFeed.getByText('Объявление номер 1', { exact: true }).waitFor();
    await screenshot(b, 'journey-groups-feed-more-en-1280');

    expect(annaErrors).toEqual([]);
    expect(benErrors).toEqual([]);
    await annaCtx.close();
    await benCtx.close();
  });
});
