import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../core/db/client.js';
import { person, type TestPerson } from '../../../test/fixtures.js';
import { testApp, type TestApp } from '../../../test/db.js';
import { TestClient } from '../../../test/http-client.js';
import { districtsFile } from './module.js';

type Collection = { type: 'FeatureCollection'; features: { type?: string; properties: Record<string, unknown>; geometry: unknown }[] };
const spb = (): Collection => JSON.parse(fs.readFileSync(districtsFile, 'utf8')) as Collection;
const novoozyorsk = (): Collection =>
  JSON.parse(fs.readFileSync(new URL('../../../test/data/novoozyorsk_districts.geojson', import.meta.url), 'utf8')) as Collection;
const town = { nameField: 'name', nameEnField: 'name:en', idField: 'ref' };

let t: TestApp;
let admin: TestPerson;

/** Files a report through the real route at a point (Невский проспект, 35: Центральный район, by default): a record pointing at the district. */
async function fileReportAt(client: TestClient, at = { lat: 59.9343, lon: 30.3351 }) {
  const [reason] = await queryRows<{ id: number }>(
    t.database.db,
    sql`select r.id from classifier_reasons r join classifier_categories c on c.id = r.category_id join classifier_objects o on o.id = c.object_id
        where not r.archived and not c.archived and not o.archived and not r.photo_required and not r.verified_required and r.is_public
          and r.season_from is null and r.extra_fields = '[]'::jsonb order by r.id limit 1`,
  );
  const res = await client.post('/api/reports', {
    reasonId: reason!.id,
    ...at,
    address: 'Невский проспект, 35',
    description: 'Глубокая яма на тротуаре у входа.',
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
}

beforeAll(async () => {
  t = await testApp();
  admin = await person(t, { roles: ['administrator'], lang: 'ru' });
  const resident = await person(t);
  await fileReportAt(resident.client);
  await fileReportAt(resident.client);
  await fileReportAt(resident.client, { lat: 59.84, lon: 30.25 });
});
afterAll(async () => t?.close());

const districtsNow = async () =>
  (
    await queryRows<{ id: string; name_ru: string; name_en: string; area_km2: number }>(
      t.database.db,
      sql`select id, name_ru, name_en, area_km2 from districts order by id`,
    )
  ).map((d) => ({ ...d, area_km2: Number(d.area_km2) }));
const reportsByDistrict = async () =>
  Object.fromEntries(
    (await queryRows<{ d: string; n: string }>(t.database.db, sql`select district_id as d, count(*) as n from reports group by 1 order by 1`)).map((r) => [
      r.d,
      Number(r.n),
    ]),
  );
const audits = async (action: string) =>
  (await queryRows<{ n: string }>(t.database.db, sql`select count(*) as n from audit_log where action = ${action}`))[0]!.n;

describe('importing districts', () => {
  it('only administrators list, import, rename and remove districts', async () => {
    const anonymous = new TestClient(t.app);
    const resident = (await person(t)).client;
    const moderator = (await person(t, { roles: ['moderator'] })).client;
    const body = { geojson: novoozyorsk(), ...town, dryRun: true };
    for (const c of [resident, moderator]) {
      expect((await c.get('/api/admin/districts')).status).toBe(403);
      expect((await c.post('/api/admin/districts/import', body)).status).toBe(403);
      expect((await c.patch('/api/admin/districts/nevsky', { nameEn: 'X' })).status).toBe(403);
      expect((await c.delete('/api/admin/districts/nevsky')).status).toBe(403);
    }
    expect((await anonymous.get('/api/admin/districts')).status).toBe(401);
  });

  it('a dry run returns the plan and the problems by feature number, and writes nothing', async () => {
    const before = await districtsNow();
    const file = novoozyorsk();
    file.features.push({
      type: 'Feature',
      properties: { name: 'Дорога', ref: 'road' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [40, 56],
          [40.1, 56],
        ],
      },
    });
    const res = await admin.client.post('/api/admin/districts/import', { geojson: file, ...town, dryRun: true });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dryRun: true, imported: false });
    expect(res.body.added.map((d: { id: string }) => d.id)).toEqual(['zarechny', 'soborny', 'lugovoy']);
    // every St Petersburg district has reports or departments: removing them is refused
    expect(res.body.blocking).toHaveLength(18);
    expect(res.body.problems).toEqual([
      expect.objectContaining({
        feature: 4,
        severity: 'error',
        code: 'not_polygon',
        message: 'Объект 4: геометрия — LineString, а не Polygon или MultiPolygon: выгрузите район как область.',
      }),
    ]);
    expect(await districtsNow()).toEqual(before);
    // the real import of a file with errors is refused and says how many and the first
    const refused = await admin.client.post('/api/admin/districts/import', { geojson: file, ...town });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('district_file_invalid');
    expect(refused.body.error.message).toContain('Объект 4: геометрия — LineString');
    expect(await districtsNow()).toEqual(before);
  });

  it('re-importing the city keeps every id, and reports keep their district; renames are applied', async () => {
    const reports = await reportsByDistrict();
    expect(Object.values(reports).reduce((a, b) => a + b, 0)).toBe(3);
    const file = spb();
    // a new spelling of one name (matched by its OSM relation), and one feature without its relation id (matched by name)
    const kolpino = file.features.find((f) => f.properties.osm_relation_id === 337424)!;
    kolpino.properties.name = 'Колпинский район Санкт-Петербурга';
    const nevsky = file.features.find((f) => f.properties.name === 'Невский район')!;
    delete nevsky.properties.osm_relation_id;
    const auditsBefore = await audits('districts.imported');
    const res = await admin.client.post('/api/admin/districts/import', { geojson: file, nameField: 'name' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ imported: true, added: [], removed: [], blocking: [] });
    expect(res.body.renamed.map((d: { id: string; matchedBy: string; previousNameRu: string }) => [d.id, d.matchedBy, d.previousNameRu])).toEqual([
      ['kolpinsky', 'osm_relation', 'Колпинский район'],
    ]);
    expect(res.body.kept).toHaveLength(17);
    expect(res.body.kept.find((d: { id: string }) => d.id === 'nevsky').matchedBy).toBe('id');
    expect(await reportsByDistrict()).toEqual(reports);
    expect((await districtsNow()).find((d) => d.id === 'kolpinsky')!.name_ru).toBe('Колпинский район Санкт-Петербурга');
    expect(Number(await audits('districts.imported'))).toBe(Number(auditsBefore) + 1);
    // and back, matched this time by id
    kolpino.properties.name = 'Колпинский район';
    const back = await admin.client.post('/api/admin/districts/import', { geojson: file, nameField: 'name' });
    expect(back.body.renamed.map((d: { id: string; matchedBy: string }) => [d.id, d.matchedBy])).toEqual([['kolpinsky', 'id']]);
  }, 120_000);

  it('refuses to drop a district that reports point at, naming it and the counts; keeps it on request', async () => {
    const before = await districtsNow();
    const file = spb();
    file.features = file.features.filter((f) => f.properties.name !== 'Центральный район');
    const res = await admin.client.post('/api/admin/districts/import', { geojson: file, nameField: 'name' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('district_in_use');
    const reports = (await reportsByDistrict()).tsentralny;
    expect(res.body.error.message).toContain(`Район «Центральный район» (tsentralny) нельзя удалить`);
    expect(res.body.error.message).toContain(`обращения: ${reports}`);
    expect(res.body.error.message).toContain('исполнители: 1');
    expect(await districtsNow()).toEqual(before);
    const kept = await admin.client.post('/api/admin/districts/import', { geojson: file, nameField: 'name', keepMissing: true });
    expect(kept.status).toBe(200);
    expect(kept.body.leftAsIs.map((d: { id: string }) => d.id)).toEqual(['tsentralny']);
    expect((await districtsNow()).map((d) => d.id)).toEqual(before.map((d) => d.id));
  }, 120_000);

  it('adds a new town beside the city, and removes its districts when a re-import leaves them out', async () => {
    const added = await admin.client.post('/api/admin/districts/import', { geojson: novoozyorsk(), ...town, keepMissing: true });
    expect(added.status).toBe(200);
    expect(added.body.added.map((d: { id: string }) => d.id)).toEqual(['zarechny', 'soborny', 'lugovoy']);
    const soborny = (await districtsNow()).find((d) => d.id === 'soborny')!;
    expect(soborny).toMatchObject({ name_ru: 'Соборный район', name_en: 'Soborny District' });
    expect(soborny.area_km2).toBeGreaterThan(35);
    expect((await new TestClient(t.app).get('/api/districts/at?lat=56.0&lon=40.01')).body.id).toBe('soborny');
    // the town without its east: St Petersburg kept, Луговой removed (nothing points at it)
    const file = novoozyorsk();
    file.features.pop();
    const all = { ...file, features: [...spb().features.map((f) => ({ ...f, properties: { ...f.properties, ref: undefined } })), ...file.features] };
    const res = await admin.client.post('/api/admin/districts/import', { geojson: all, nameField: 'name', nameEnField: 'name:en' });
    expect(res.status).toBe(200);
    expect(res.body.removed.map((d: { id: string }) => d.id)).toEqual(['lugovoy']);
    expect((await districtsNow()).map((d) => d.id)).not.toContain('lugovoy');
  }, 120_000);
});

describe('renaming and removing a district', () => {
  it('renames a district in Russian and English and back; another district’s name is refused', async () => {
    const res = await admin.client.patch('/api/admin/districts/kurortny', {
      nameRu: 'Курортный район (Сестрорецк)',
      nameEn: 'Kurortny District (Sestroretsk)',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: 'kurortny', nameRu: 'Курортный район (Сестрорецк)' });
    expect((await new TestClient(t.app).get('/api/districts/at?lat=60.09&lon=29.96')).body.nameEn).toBe('Kurortny District (Sestroretsk)');
    const taken = await admin.client.patch('/api/admin/districts/kurortny', { nameRu: 'невский район' });
    expect(taken.status).toBe(409);
    expect(taken.body.error.message).toBe('Район «невский район» уже есть: выберите другое название.');
    expect((await admin.client.patch('/api/admin/districts/kurortny', { nameRu: 'Курортный район', nameEn: 'Kurortny District' })).status).toBe(200);
    expect((await admin.client.patch('/api/admin/districts/nowhere', { nameRu: 'Где-то' })).status).toBe(404);
    expect((await admin.client.patch('/api/admin/districts/kurortny', { nameRu: '' })).status).toBe(400);
    expect(Number(await audits('district.renamed'))).toBe(2);
  });

  it('lists districts with their counts; refuses to remove one with reports (409, the counts); removes an unused one', async () => {
    const list = (await admin.client.get('/api/admin/districts')).body.items as { id: string; reports: number; departments: number; count: number }[];
    const centre = list.find((d) => d.id === 'tsentralny')!;
    expect(centre.reports).toBe((await reportsByDistrict()).tsentralny);
    expect(centre.departments).toBe(1);
    const refused = await admin.client.delete('/api/admin/districts/tsentralny');
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain(`записи (${centre.count})`);
    const unused = list.find((d) => d.id === 'soborny')!;
    expect(unused.count).toBe(0);
    expect((await admin.client.delete(`/api/admin/districts/${unused.id}`)).status).toBe(204);
    expect((await admin.client.delete(`/api/admin/districts/${unused.id}`)).status).toBe(404);
    expect(Number(await audits('district.removed'))).toBe(1);
  });
});
