import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../../test/db.js';
import { person, type TestPerson } from '../../../../test/fixtures.js';
import { TestClient } from '../../../../test/http-client.js';
import { queryRows } from '../../../core/db/client.js';
import { placesNear, placesNearLayerByLayer } from '../db/queries.js';
import { seedDemoPlaces } from '../use-cases/seed-demo-places.js';

let t: TestApp;
let admin: TestPerson;
let resident: TestPerson;
let visitor: TestClient;

/** Around the Field of Mars, Central district. */
const here = { lat: 59.9436, lon: 30.3318 };
const feature = (id: string, name: string, lat: number, lon: number, extra: Record<string, unknown> = {}) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties: { '@id': id, name, ...extra },
});
const geojson = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
const importLayer = (client: TestClient, body: Record<string, unknown>) =>
  client.post('/api/admin/places/import', { layerId: 'dog-areas', format: 'geojson', ...body });
const near = (query: string) => visitor.get(`/api/places/near?${query}`);

beforeAll(async () => {
  t = await testApp();
  admin = await person(t, { roles: ['administrator'] });
  resident = await person(t);
  visitor = new TestClient(t.app, 'en');
});
afterAll(async () => t?.close());

describe('import', () => {
  it('imports a layer, and a re-import keeps the ids of the places it still has, updates them and removes the rest, audited', async () => {
    const first = await importLayer(admin.client, {
      content: geojson(
        feature('node/1', 'Площадка у Марсова поля', 59.9445, 30.3325),
        feature('node/2', 'Площадка в Летнем саду', 59.9455, 30.3365, { opening_hours: '24/7' }),
        feature('node/3', 'Площадка на Миллионной', 59.942, 30.323),
      ),
    });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ imported: true, read: 3, added: 3, updated: 0, removed: 0, problems: [] });
    const ids = async () =>
      new Map(
        (
          await queryRows<{ external_id: string; id: string; name: string }>(
            t.database.db,
            sql`select external_id, id, name from places where layer_id = 'dog-areas'`,
          )
        ).map((r) => [r.external_id, r]),
      );
    const before = await ids();

    const again = await importLayer(admin.client, {
      content: geojson(
        feature('node/1', 'Площадка у Марсова поля (обновлено)', 59.9445, 30.3325),
        feature('node/2', 'Площадка в Летнем саду', 59.9455, 30.3365),
        feature('node/4', 'Новая площадка', 59.94, 30.338),
      ),
    });
    expect(again.body).toMatchObject({ imported: true, added: 1, updated: 2, removed: 1 });
    const after = await ids();
    expect(after.get('node/1')).toEqual({ ...before.get('node/1'), name: 'Площадка у Марсова поля (обновлено)' });
    expect(after.get('node/2')!.id).toBe(before.get('node/2')!.id);
    expect(after.has('node/3')).toBe(false);
    const audit = await queryRows<{ action: string; actor_id: string }>(
      t.database.db,
      sql`select action, actor_id from audit_log where action = 'places.imported' order by seq`,
    );
    expect(audit).toEqual([
      { action: 'places.imported', actor_id: admin.userId },
      { action: 'places.imported', actor_id: admin.userId },
    ]);
  });

  it('a file with one broken feature: a dry run names it by number in the request’s language, the import refuses and writes nothing', async () => {
    const content = geojson(
      feature('node/10', 'Хорошая', 59.944, 30.332),
      { type: 'Feature', geometry: { type: 'Point', coordinates: [30.33] }, properties: { '@id': 'node/11', name: 'Сломанная' } },
      feature('node/12', 'В Москве', 55.75, 37.62),
    );
    const adminRu = await person(t, { roles: ['administrator'], lang: 'ru' });
    const check = await importLayer(adminRu.client, { content, dryRun: true });
    expect(check.status).toBe(200);
    expect(check.body.imported).toBe(false);
    expect(check.body.problems).toEqual([
      { at: 2, code: 'bad_coordinates', message: 'Объект 2: координат нет или это не долгота и широта в градусах.' },
      { at: 3, code: 'outside_city', message: 'Объект 3: место (55.75, 37.62) за пределами районов города.' },
    ]);
    const refused = await importLayer(admin.client, { content });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: 'places_file_invalid' });
    expect(refused.body.error.message).toContain('Feature 2: the coordinates are missing');
    const [row] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from places where external_id in ('node/10', 'node/12')`);
    expect(row!.n).toBe(0);
  });

  it('reads CSV with problems by line; refuses an unknown layer, residents and visitors', async () => {
    const csv = await admin.client.post('/api/admin/places/import', {
      layerId: 'libraries',
      format: 'csv',
      content: 'id,name,lat,lon\nlib-1,Библиотека,59.93,30.33\nlib-2,,59.93,30.33\n',
      dryRun: true,
    });
    expect(csv.body.problems).toEqual([{ at: 3, code: 'name_missing', message: 'Line 3: the place has no name (property "name").' }]);
    const unknown = await admin.client.post('/api/admin/places/import', { layerId: 'castles', format: 'csv', content: 'id,name,lat,lon\n' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe('place_layer_unknown');
    expect((await importLayer(resident.client, { content: geojson(feature('node/1', 'x', 59.94, 30.33)) })).status).toBe(403);
    expect((await importLayer(visitor, { content: geojson(feature('node/1', 'x', 59.94, 30.33)) })).status).toBe(401);
  });
});

describe('search', () => {
  it('the site-wide search finds an imported place by a word of its name, and a re-import that drops it takes it out', async () => {
    const content = geojson(feature('node/77', 'Площадка у Таврического сада', 59.9455, 30.373));
    await admin.client.post('/api/admin/places/import', { layerId: 'sports-grounds', format: 'geojson', content });
    await t.ctx.jobs.runDue();
    const res = await visitor.get(`/api/search?q=${encodeURIComponent('таврического')}`);
    expect(res.status).toBe(200);
    const hit = (res.body.items as { kind: string; title: string; path: string }[]).find((i) => i.kind === 'place');
    expect(hit).toMatchObject({ title: 'Площадка у Таврического сада', path: '/places?lat=59.9455&lon=30.373&layers=sports-grounds' });
    await admin.client.post('/api/admin/places/import', {
      layerId: 'sports-grounds',
      format: 'geojson',
      content: geojson(feature('node/78', 'Другая площадка', 59.9455, 30.373)),
    });
    await t.ctx.jobs.runDue();
    const after = await visitor.get(`/api/search?q=${encodeURIComponent('таврического')}`);
    expect((after.body.items as { kind: string }[]).filter((i) => i.kind === 'place')).toEqual([]);
  });
});

describe('near me', () => {
  it('lists the nearest places of the chosen layers within the radius, nearest first, with metres and minutes on foot', async () => {
    const res = await near(`lat=${here.lat}&lon=${here.lon}&layers=dog-areas&count=2`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((p: { name: string }) => p.name)).toEqual(['Площадка у Марсова поля (обновлено)', 'Площадка в Летнем саду']);
    const [nearest] = res.body.items;
    expect(nearest).toMatchObject({ layerId: 'dog-areas', source: 'OpenStreetMap', licence: 'ODbL 1.0', isSample: false });
    expect(nearest.distanceMeters).toBeGreaterThan(80);
    expect(nearest.distanceMeters).toBeLessThan(120);
    expect(nearest.walkingMinutes).toBe(Math.ceil(nearest.distanceMeters / 75));
    // 300 m: only the nearest is within reach
    expect((await near(`lat=${here.lat}&lon=${here.lon}&layers=dog-areas&radius=300`)).body.items).toHaveLength(1);
    expect((await near(`lat=${here.lat}&lon=${here.lon}&layers=libraries`)).body.items).toEqual([]);
  });

  it('layers searched layer by layer answer exactly what the nearest-first walk over every place answers', async () => {
    const ask = { lat: here.lat, lon: here.lon, layerIds: ['dog-areas', 'libraries', 'recycling'], radiusMeters: 5000, count: 3 };
    const names = (rows: { name: string; meters: number }[]) => rows.map((r) => [r.name, Math.round(r.meters)]);
    await seedDemoPlaces(t.ctx, () => undefined);
    for (const layerIds of [['dog-areas'], ['dog-areas', 'libraries', 'recycling'], ['recycling']]) {
      const walked = await placesNear(t.database.db, { ...ask, layerIds });
      expect(walked.length).toBeGreaterThan(0);
      expect(names(await placesNearLayerByLayer(t.database.db, { ...ask, layerIds }))).toEqual(names(walked));
    }
    expect(await placesNearLayerByLayer(t.database.db, { ...ask, radiusMeters: 50 })).toEqual([]);
  });

  it('refuses a point outside the city, a radius over 5 km and an unknown layer, in the request’s language', async () => {
    const moscow = await near('lat=55.75&lon=37.62&layers=dog-areas');
    expect(moscow.status).toBe(400);
    expect(moscow.body.error).toEqual({ code: 'place_outside_city', message: 'This point is outside the city. Choose a place within the city’s districts.' });
    const far = await new TestClient(t.app, 'ru').get(`/api/places/near?lat=${here.lat}&lon=${here.lon}&radius=20000`);
    expect(far.status).toBe(400);
    expect(JSON.stringify(far.body)).toContain('не больше 5 км');
    expect((await near(`lat=${here.lat}&lon=${here.lon}&layers=castles`)).body.error.code).toBe('place_layer_unknown');
    expect((await near(`lat=north&lon=${here.lon}`)).status).toBe(400);
  });

  it('the demo seed loads the real OSM places and labelled samples once, leaving an imported layer alone', async () => {
    await seedDemoPlaces(t.ctx, () => undefined);
    await seedDemoPlaces(t.ctx, () => undefined);
    const layers = (await visitor.get('/api/places/layers')).body.items as { id: string; places: number; isSample: boolean; sources: string[] }[];
    const byId = new Map(layers.map((l) => [l.id, l]));
    expect(byId.get('sights')).toMatchObject({ places: 1226, isSample: false, sources: ['OpenStreetMap (ODbL 1.0)'] });
    expect(byId.get('kindergartens')).toMatchObject({ isSample: true, sources: ['Gorod demo sample (invented) (CC0 1.0)'] });
    // the administrator's dog-walking areas stay as imported
    expect(byId.get('dog-areas')).toMatchObject({ places: 3, isSample: false });
    expect(layers.map((l) => l.id)).toEqual([
      'sights',
      'kindergartens',
      'schools',
      'polyclinics',
      'service-centres',
      'libraries',
      'dog-areas',
      'sports-grounds',
      'recycling',
    ]);
  });
});
