// Story (issue 16, "my building and my area"): a resident on a phone, in Russian, saves her home in her profile (a
// point on the map and the address as she writes it) and asks for alerts of new reports within 500 m. Another resident
// reports two problems, one 200 m from her home and one 5 km away; once a moderator publishes them, her notification
// centre tells her of the near one only, and her home's area page lists it. On a desktop, in English, the other
// resident looks at any point's area (the near report there), is refused a point outside the city in words, cannot
// open her saved place, and subscribes to a district's alerts and unsubscribes again. She names her home, then deletes it.
import { describe, expect, inject, test } from 'vitest';
import { desktop, narrow, specBrowser, watchErrors } from './browser.js';
import { apiAs, confirmedResident, eventually, expectErrorSummary, expectHeading, screenshot, tr, uploadPhotoAs, type Session } from './helpers.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);

interface SavedPlace {
  id: string;
  lat: number;
  lon: number;
  alert: { radiusMeters: number; topics: string[] } | null;
}

/** Files a report at a point as `who` (a photo, a pothole) and has the administrator publish it out of pre-moderation. */
async function publishedReport(who: Session, at: { lat: number; lon: number }, address: string): Promise<number> {
  const found = await apiAs<{ items: { reason: { id: number } }[] }>(baseURL, who, 'GET', `/api/classifier/search?q=${encodeURIComponent('яма')}`);
  const photoId = await uploadPhotoAs(baseURL, who, 'yama.png');
  const filed = await apiAs<{ number: number }>(
    baseURL,
    who,
    'POST',
    '/api/reports',
    { reasonId: found.items[0]!.reason.id, ...at, address, description: 'Глубокая яма на тротуаре у перехода, люди спотыкаются.', photoIds: [photoId] },
    201,
  );
  await apiAs(baseURL, { cookie: adminSession }, 'POST', `/api/reports/${filed.number}/approve`, {});
  return filed.number;
}

describe('my area', () => {
  test('a resident saves her home with alerts of reports within 500 m: a report 200 m away reaches her notification centre, one 5 km away does not, and her area page lists the near one', async () => {
    const anna = await confirmedResident(baseURL, dataDir, { displayName: 'Анна Соседова', language: 'ru', label: 'area-anna' });
    const boris = await confirmedResident(baseURL, dataDir, { displayName: 'Boris Nearby', language: 'en', label: 'area-boris' });

    // ---- Anna saves her home in her profile ----
    const annaCtx = await browser.context({ viewport: narrow, lang: 'ru', sessionCookie: anna.cookie });
    const a = await annaCtx.newPage();
    const annaErrors = watchErrors(a);
    await a.goto('/profile');
    await expectHeading(a, tr('ru', 'profile.title'));
    await a.getByRole('heading', { level: 2, name: tr('ru', 'profile.places.title') }).waitFor();
    await a.getByText(tr('ru', 'profile.places.empty')).waitFor();
    await a.getByRole('button', { name: tr('ru', 'profile.places.add') }).click();
    await a.getByRole('heading', { level: 3, name: tr('ru', 'profile.places.newTitle') }).waitFor();
    // nothing chosen: the form says what to do, at the top and beside the map
    await a.getByRole('button', { name: tr('ru', 'profile.places.save') }).click();
    await expectErrorSummary(a, 'ru', tr('ru', 'profile.places.pointRequired'));
    // a tap on the map chooses the point (tiles off: the district outlines are the map)
    // the map listens for taps once Leaflet made it (the box is there before)
    await a.locator('.saved-place__form .city-map__box.leaflet-container').click();
    await a.getByText(/^Точка выбрана:/).waitFor();
    await a.getByLabel(tr('ru', 'profile.places.address'), { exact: true }).fill('Садовая ул., 40');
    await a.getByRole('button', { name: tr('ru', 'profile.places.save') }).click();
    await a.getByText(tr('ru', 'profile.places.saved', { name: tr('ru', 'profile.places.label.home') })).waitFor();
    const card = a.locator('.saved-place');
    await card.getByRole('heading', { level: 3, name: tr('ru', 'profile.places.label.home') }).waitFor();
    await card.getByText(tr('ru', 'profile.places.alertOff')).waitFor();
    const [home] = (await apiAs<{ items: SavedPlace[] }>(baseURL, anna, 'GET', '/api/me/places')).items;
    expect(home).toBeDefined();

    // ---- alerts: 500 m, new reports only; no topic ticked is refused ----
    await card.getByRole('button', { name: tr('ru', 'profile.places.alertSettingsLabel', { name: tr('ru', 'profile.places.label.home') }) }).click();
    await card.getByLabel(tr('ru', 'profile.places.radius')).selectOption('500');
    for (const topic of ['reports', 'answers', 'works', 'polls', 'events'] as const) {
      const box = card.getByRole('checkbox', { name: tr('ru', `profile.places.topic.${topic}`) });
      if (await box.isChecked()) await box.uncheck();
    }
    await card.getByRole('button', { name: tr('ru', 'profile.places.alertSave') }).click();
    await expectErrorSummary(a, 'ru', tr('ru', 'profile.places.topicsRequired'));
    await card.getByRole('checkbox', { name: tr('ru', 'profile.places.topic.reports') }).check();
    await card.getByRole('button', { name: tr('ru', 'profile.places.alertSave') }).click();
    await a.getByText(tr('ru', 'profile.places.alertSaved', { name: tr('ru', 'profile.places.label.home') })).waitFor();
    await card.getByText(tr('ru', 'profile.places.alertOn', { distance: '500 м', topics: tr('ru', 'profile.places.topic.reports') })).waitFor();
    await screenshot(a, 'area-profile-places-ru-narrow');

    // ---- Boris reports a problem 5 km away, then one 200 m away; a moderator publishes both ----
    const far = await publishedReport(boris, { lat: home!.lat - 0.045, lon: home!.lon }, 'Московский пр., 100');
    const near = await publishedReport(boris, { lat: home!.lat + 0.0018, lon: home!.lon }, 'Садовая ул., 50');

    // ---- Anna's notification centre: the near report, not the far one ----
    await a.goto('/notifications');
    await expectHeading(a, tr('ru', 'notifications.title'));
    const nearAlert = a.locator(`.notification__link[href="/reports/${near}"]`);
    await eventually(a, async () => (await nearAlert.count()) > 0, 60_000);
    expect(await nearAlert.first().innerText()).toContain('Рядом с домом: новое сообщение о проблеме');
    // the far report was published first: its alert would have come before the near one's
    expect(await a.locator(`.notification__link[href="/reports/${far}"]`).count()).toBe(0);
    const { items: annaNews } = await apiAs<{ items: { kind: string; path: string }[] }>(baseURL, anna, 'GET', '/api/notifications');
    expect(annaNews.filter((n) => n.kind === 'area.news').map((n) => n.path)).toEqual([`/reports/${near}`]);
    await screenshot(a, 'area-notifications-ru-narrow');

    // ---- her home's area page: the circle, the near report in its section, every other kind said plainly ----
    await a.goto('/profile#my-places');
    await a.getByRole('link', { name: tr('ru', 'profile.places.aroundLabel', { name: tr('ru', 'profile.places.label.home') }) }).click();
    await expectHeading(a, tr('ru', 'area.title'));
    await a.getByText(tr('ru', 'area.aroundPlace', { distance: '500 м', address: 'Садовая ул., 40', name: tr('ru', 'profile.places.label.home') })).waitFor();
    const reports = a.locator('section.area__section').filter({ has: a.getByRole('heading', { level: 2, name: new RegExp(tr('ru', 'area.section.report')) }) });
    await reports.locator(`a[href="/reports/${near}"]`).waitFor();
    expect(await reports.locator(`a[href="/reports/${far}"]`).count()).toBe(0);
    // the circle and the report's point on the map
    await a.locator('.city-map .map-point').first().waitFor();
    // the radius chooser widens the circle; the address keeps it
    await a.getByLabel(tr('ru', 'area.radius')).selectOption('1000');
    await expect.poll(() => new URL(a.url()).searchParams.get('radius')).toBe('1000');
    await a.getByText(tr('ru', 'area.aroundPlace', { distance: '1 км', address: 'Садовая ул., 40', name: tr('ru', 'profile.places.label.home') })).waitFor();
    await reports.locator(`a[href="/reports/${near}"]`).waitFor();
    await screenshot(a, 'area-home-ru-narrow');
    expect(annaErrors).toEqual([]);

    // ---- Boris, in English on a desktop: any point's area, a point outside the city, not her place ----
    const borisCtx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: boris.cookie });
    const b = await borisCtx.newPage();
    const borisErrors = watchErrors(b);
    await b.goto(`/area?lat=${home!.lat}&lon=${home!.lon}&radius=500`);
    await expectHeading(b, tr('en', 'area.publicTitle'));
    const enReports = b
      .locator('section.area__section')
      .filter({ has: b.getByRole('heading', { level: 2, name: new RegExp(tr('en', 'area.section.report')) }) });
    await enReports.locator(`a[href="/reports/${near}"]`).waitFor();
    await b.locator('.city-map .map-point').first().waitFor();
    await screenshot(b, 'area-point-en-desktop');
    await b.goto('/area?lat=55.7539&lon=37.6208');
    await b.getByText('This point is outside the city').waitFor();
    await b.goto(`/area/${home!.id}`);
    await b.getByText(tr('en', 'area.placeNotFound')).waitFor();
    // a district's page leads to everything else in it
    await b.goto('/districts/admiralteysky');
    await b.getByRole('link', { name: tr('en', 'district.around') }).click();
    await b.waitForURL(/\/area\?district=admiralteysky$/);
    await expectHeading(b, tr('en', 'area.publicTitle'));

    // district alerts: none chosen is refused; subscribed, listed, unsubscribed
    await b.goto('/profile');
    await b.getByRole('heading', { level: 2, name: tr('en', 'profile.districtAlerts.title') }).waitFor();
    await b.getByText(tr('en', 'profile.districtAlerts.empty')).waitFor();
    await b.getByRole('button', { name: tr('en', 'profile.districtAlerts.save') }).click();
    await expectErrorSummary(b, 'en', tr('en', 'profile.districtAlerts.districtRequired'));
    const district = b.getByRole('region', { name: tr('en', 'profile.districtAlerts.title') }).getByLabel(tr('en', 'profile.districtAlerts.district'));
    await district.selectOption({ index: 1 });
    const districtName = (await district.locator('option:checked').innerText()).trim();
    await b.getByRole('button', { name: tr('en', 'profile.districtAlerts.save') }).click();
    await b.getByText(tr('en', 'profile.districtAlerts.saved', { name: districtName })).waitFor();
    await b.getByRole('button', { name: tr('en', 'profile.districtAlerts.stopLabel', { name: districtName }) }).waitFor();
    await screenshot(b, 'area-district-alerts-en-desktop');
    await b.getByRole('button', { name: tr('en', 'profile.districtAlerts.stopLabel', { name: districtName }) }).click();
    await b.getByText(tr('en', 'profile.districtAlerts.stopped', { name: districtName })).waitFor();
    await b.getByText(tr('en', 'profile.districtAlerts.empty')).waitFor();
    expect(borisErrors).toEqual([]);

    // ---- Anna names her home; then deletes it after confirming, and its alert goes with it ----
    await a.goto('/profile#my-places');
    await a.getByRole('button', { name: tr('ru', 'profile.places.editLabel', { name: tr('ru', 'profile.places.label.home') }) }).click();
    await a.getByRole('heading', { level: 4, name: tr('ru', 'profile.places.editTitle') }).waitFor();
    await a.getByLabel(tr('ru', 'profile.places.name')).fill('Наш двор');
    await a.getByRole('button', { name: tr('ru', 'profile.places.save') }).click();
    await a.getByText(tr('ru', 'profile.places.saved', { name: 'Наш двор' })).waitFor();
    await a
      .locator('.saved-place')
      .getByRole('heading', { level: 3, name: /Наш двор/ })
      .waitFor();
    await a.getByRole('button', { name: tr('ru', 'profile.places.deleteLabel', { name: 'Наш двор' }) }).click();
    const dialog = a.getByRole('dialog', { name: tr('ru', 'profile.places.deleteQuestion', { name: 'Наш двор' }) });
    await dialog.getByRole('button', { name: tr('ru', 'profile.places.deleteYes') }).click();
    await a.getByText(tr('ru', 'profile.places.deleted', { name: 'Наш двор' })).waitFor();
    await a.getByText(tr('ru', 'profile.places.empty')).waitFor();
    expect((await apiAs<{ items: SavedPlace[] }>(baseURL, anna, 'GET', '/api/me/places')).items).toEqual([]);
    expect(annaErrors).toEqual([]);
    await borisCtx.close();
    await annaCtx.close();
  }, 180_000);
});
