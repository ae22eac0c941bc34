// Story: Vera (Russian, on a 360 px phone) starts her building's community: she leaves the district to the map, taps
// her building and writes its address; the group's page shows the building on a small map in the district the point
// lies in. Ben (English, on a 1280 px desktop), a neighbour, finds the map on the page, and the form for a new
// building group offers him the same point picker.
import { describe, expect, inject, test } from 'vitest';
import { desktop, narrow, specBrowser, watchErrors } from './browser.js';
import { apiAs, confirmedResident, expectHeading, screenshot, tr } from './helpers.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);

describe("a building group's point on the map", () => {
  test('ru 360 px + en 1280 px: the owner taps the building on the map, the page shows it, the form offers it', async () => {
    const vera = await confirmedResident(baseURL, dataDir, { displayName: 'Вера Домова', language: 'ru', label: 'vera-place' });
    const ben = await confirmedResident(baseURL, dataDir, { displayName: 'Ben Neighbour', language: 'en', label: 'ben-place' });
    for (const [i, p] of [vera, ben].entries())
      await apiAs(
        baseURL,
        { cookie: adminSession },
        'POST',
        '/api/verification/in-person',
        {
          userId: p.id,
          documentNumber: `41${Math.floor(10 + Math.random() * 89)} ${Math.floor(100000 + Math.random() * 899999)}`,
          districtId: 'admiralteysky',
          birthDate: `198${i}-05-04`,
        },
        201,
      );
    const name = `Дом на Садовой ${Date.now().toString(36)}`;

    // ---- Vera, Russian, 360 px: the building's community with its point ----
    const veraCtx = await browser.context({ viewport: narrow, lang: 'ru', sessionCookie: vera.cookie });
    const v = await veraCtx.newPage();
    const veraErrors = watchErrors(v);
    await v.goto('/groups/new');
    await expectHeading(v, tr('ru', 'groups.newTitle'));
    await v.locator('#f-name').fill(name);
    await v.locator('#f-description').fill('Соседи по дому: объявления, субботники и общие дела.');
    await v.locator('#f-districtId').selectOption('');
    await v.locator('#f-address').fill('Садовая ул., 50');
    await v.locator('#f-map').scrollIntoViewIfNeeded();
    const map = v.locator('#f-map .leaflet-container');
    await map.waitFor();
    await map.click();
    await v.getByText(/^Точка выбрана: /).waitFor();
    await screenshot(v, 'journey-group-place-form-ru-360');
    await v.getByRole('button', { name: tr('ru', 'groups.form.submit') }).click();
    await expectHeading(v, name);
    const id = new URL(v.url()).pathname.split('/').pop()!;
    const group = await apiAs<{ districtId: string | null; lat: number | null }>(baseURL, vera, 'GET', `/api/groups/${id}`, undefined, 200);
    expect(group.lat).not.toBeNull();
    expect(group.districtId).not.toBeNull();
    await v.locator('.group__place .leaflet-container').waitFor();
    await screenshot(v, 'journey-group-place-page-ru-360');

    // ---- Ben, English, 1280 px: the map on the page, the picker on the form ----
    const benCtx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: ben.cookie });
    const b = await benCtx.newPage();
    const benErrors = watchErrors(b);
    await b.goto(`/groups/${id}`);
    await expectHeading(b, name);
    await b.getByText('Садовая ул., 50').waitFor();
    await b.locator('.group__place').scrollIntoViewIfNeeded();
    await b.locator('.group__place .leaflet-container').waitFor();
    await screenshot(b, 'journey-group-place-page-en-1280');
    await b.goto('/groups/new');
    await b.getByText(tr('en', 'groups.form.noPoint')).waitFor();
    await b.locator('#f-map').scrollIntoViewIfNeeded();
    await b.locator('#f-map .leaflet-container').click();
    await b.getByText(/^Point chosen: /).waitFor();
    await screenshot(b, 'journey-group-place-form-en-1280');

    expect(veraErrors).toEqual([]);
    expect(benErrors).toEqual([]);
    await veraCtx.close();
    await benCtx.close();
  });
});
