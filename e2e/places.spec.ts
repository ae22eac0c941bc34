// Story: a resident looks for the three nearest dog-walking areas from a point they type, and sees them nearest first
// with metres and minutes on foot, in the list and on the map (tiles off: the districts are the map), with the sample
// label and the OpenStreetMap credit; a point outside the city is refused in their language. An administrator imports
// a layer from a GeoJSON file with one broken feature and is shown that feature by its number, nothing imported.
import { expect, inject, test } from 'vitest';
import { desktop, narrow, specBrowser, watchErrors } from './browser.js';
import { apiAs, expectHeading, screenshot, tr } from './helpers.js';
import { siteNav } from './nav.js';

const baseURL = inject('baseURL');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);

interface Near {
  items: { name: string; distanceMeters: number; walkingMinutes: number }[];
}

for (const [lang, viewport, label] of [
  ['ru', narrow, 'phone'],
  ['en', desktop, 'desktop'],
] as const)
  test(`${lang} ${label}: a resident finds the three nearest dog-walking areas from a typed point and sees them on the map`, async () => {
    const context = await browser.context({ viewport, lang });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/');
    await (await siteNav(page, lang)).getByRole('link', { name: tr(lang, 'nav.places') }).click();
    await expectHeading(page, tr(lang, 'places.title'));
    await page.getByText(tr(lang, 'places.choosePoint')).waitFor();

    // the tick shows at once and the layers live in the address (CI once saw a tick not shown yet under load)
    const dogs = page.getByRole('checkbox', { name: lang === 'ru' ? /Площадки для выгула собак/ : /Dog-walking areas/ });
    await dogs.check();
    await expect.poll(() => new URL(page.url()).searchParams.get('layers')).toBe('dog-areas');
    await page.getByLabel(tr(lang, 'places.count')).selectOption('3');
    await page.getByLabel(tr(lang, 'places.coordinates')).fill('59,9386; 30,339');
    await page.getByRole('button', { name: tr(lang, 'places.show') }).click();

    const expected = await apiAs<Near>(baseURL, { cookie: adminSession }, 'GET', '/api/places/near?lat=59.9386&lon=30.339&layers=dog-areas&count=3');
    expect(expected.items).toHaveLength(3);
    const list = page.locator('.places__list > li');
    await expect.poll(() => list.count()).toBe(3);
    expect(await list.locator('h3').allInnerTexts()).toEqual(expected.items.map((p) => `${p.name} ${tr(lang, 'places.sample')}`));
    const distances = expected.items.map((p) => p.distanceMeters);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    const first = expected.items[0]!;
    await list
      .first()
      .getByText(new RegExp(`${first.distanceMeters}\\s${lang === 'ru' ? 'м' : 'm'} · ${first.walkingMinutes}`))
      .waitFor();
    // on the map: the three places as markers around the chosen point, and the data's credit
    await expect.poll(() => page.locator('.city-map .map-point').count()).toBe(3);
    await page.locator('.city-map .map-pin').waitFor();
    await page.getByText(tr(lang, 'places.dataCredit')).waitFor();
    await page.getByText(tr(lang, 'places.sampleNotice')).waitFor();
    expect(page.url()).toContain('layers=dog-areas');
    await screenshot(page, `places-near-${lang}-${label}`);

    // everything else around the same point: the area page
    await page.getByRole('link', { name: tr(lang, 'places.aroundLink') }).click();
    await page.waitForURL(/\/area\?lat=59\.9386&lon=30\.339/);
    await expectHeading(page, tr(lang, 'area.publicTitle'));
    await page.goBack();
    await expectHeading(page, tr(lang, 'places.title'));

    // a point outside the city: the server's refusal, in the page's language
    await page.getByLabel(tr(lang, 'places.coordinates')).fill('55.7539, 37.6208');
    await page.getByRole('button', { name: tr(lang, 'places.show') }).click();
    await page.getByText(lang === 'ru' ? 'Эта точка за пределами города' : 'This point is outside the city').waitFor();
    await page.getByLabel(tr(lang, 'places.coordinates')).fill('north');
    await page.getByRole('button', { name: tr(lang, 'places.show') }).click();
    await page.getByText(tr(lang, 'places.coordinatesInvalid')).first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

test('en desktop: an administrator imports a layer from a GeoJSON file with one broken feature and sees it by number; nothing is imported', async () => {
  const point = (id: string, name: string, lon: number, lat: number) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { '@id': id, name },
  });
  const file = {
    type: 'FeatureCollection',
    features: [
      point('node/9001', 'Recycling point at the library', 30.3351, 59.9343),
      { type: 'Feature', geometry: { type: 'Point', coordinates: [30.34] }, properties: { '@id': 'node/9002', name: 'Broken point' } },
      point('node/9003', 'Recycling point by the park', 30.3151, 59.9443),
    ],
  };
  const before = await apiAs<{ items: { id: string; places: number }[] }>(baseURL, { cookie: adminSession }, 'GET', '/api/places/layers');
  const recycling = before.items.find((l) => l.id === 'recycling')!.places;

  const context = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: adminSession });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto('/admin/places');
  await expectHeading(page, tr('en', 'places.admin.title'));
  await page.getByLabel(tr('en', 'places.admin.layer'), { exact: true }).selectOption('recycling');
  await page
    .getByLabel(tr('en', 'places.admin.file'))
    .setInputFiles({ name: 'recycling.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByRole('button', { name: tr('en', 'places.admin.import') }).click();
  await page.getByText('Feature 2: the coordinates are missing or not a longitude and latitude in degrees.').waitFor();
  await page.getByText('The file has 1 problem; nothing was imported.').waitFor();
  await screenshot(page, 'places-admin-import-problem-en-desktop');
  const after = await apiAs<{ items: { id: string; places: number }[] }>(baseURL, { cookie: adminSession }, 'GET', '/api/places/layers');
  expect(after.items.find((l) => l.id === 'recycling')!.places).toBe(recycling);
  expect(errors).toEqual([]);
  await context.close();
});
