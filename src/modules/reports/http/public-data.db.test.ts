import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserActor } from '../../../core/auth/actor.js';
import { cityDateTime } from '../../../core/time/time.js';
import { testApp, type TestApp } from '../../../../test/db.js';
import { TestClient, strongPassword } from '../../../../test/http-client.js';
import { createAdministrator } from '../../accounts/index.js';
import { reports } from '../db/schema.js';
import { createApiKey } from '../use-cases/open311/api-keys.js';
import { fileReport } from '../use-cases/reports/file-report.js';
import { transitionReport } from '../use-cases/reports/transition-report.js';
import { inCity, insertTestClassifier, testCategory, testCategory2, testReasons } from './public-data-fixtures.js';

let t: TestApp;
let client: TestClient;
let moderator: UserActor;
/** Approved (public) reports, by number. */
const published: number[] = [];
let unpublished: number;
const secret = { email: 'private.person@example.org', phone: '+7 812 999-88-77', name: 'Secret Reporter' };
// two places: the Admiralteysky point, and one about 3 km east (another cluster at city zoom, far apart at street zoom)
const east = { lat: 59.93, lon: 30.36 };
// the whole city and a few streets around the Admiralteysky point
const cityBbox = '29.4,59.6,30.8,60.2';
const streetBbox = `${inCity.lon - 0.005},${inCity.lat - 0.003},${inCity.lon + 0.005},${inCity.lat + 0.003}`;

async function file(reasonId: number, place: { lat: number; lon: number }, apiKeyId: string, extra: Record<string, string> = {}) {
  return fileReport(
    t.ctx,
    { apiKeyId, email: secret.email, name: secret.name },
    {
      reasonId,
      lat: place.lat,
      lon: place.lon,
      description: 'Something broken here, please fix it soon',
      mediaUrl: 'https://photos.example.org/p.jpg',
      extra: { phone: secret.phone, ...extra },
    },
    'open311',
  );
}

beforeAll(async () => {
  t = await testApp();
  await insertTestClassifier(t.database.db);
  const { userId } = await createAdministrator(t.ctx, { email: 'chief@example.org', password: strongPassword, displayName: 'Chief' });
  moderator = {
    kind: 'user',
    userId,
    displayName: 'Chief',
    verification: 'email',
    roles: [{ role: 'administrator', scopeType: 'city', scopeId: null }],
    language: 'en',
    districtId: null,
  };
  client = new TestClient(t.app, 'en');
  const key = (await createApiKey(t.ctx, 'operator', 'Bulk')).row.id;
  // 3 potholes at the point, 2 street lights east, 1 street light at the point; all approved but one pothole
  const rows = [
    await file(testReasons.pothole, inCity, key),
    await file(testReasons.pothole, { lat: inCity.lat + 0.0005, lon: inCity.lon + 0.0005 }, key),
    await file(testReasons.pothole, inCity, key),
    await file(990004, east, key),
    await file(990004, { lat: east.lat + 0.0003, lon: east.lon }, key),
    await file(990004, inCity, key),
  ];
  for (const r of rows.slice(0, 5)) {
    await transitionReport(t.ctx, moderator, r.number, 'approve', {});
    published.push(r.number);
  }
  unpublished = rows[5]!.number;
});
afterAll(async () => t?.close());

const sum = (clusters: { count: number }[]) => clusters.reduce((s, c) => s + c.count, 0);

describe('the public map', () => {
  it('at city zoom: server-side clusters that sum to the public reports, unpublished ones left out', async () => {
    const res = await client.get(`/api/reports/map?bbox=${cityBbox}&zoom=10`);
    expect(res.status).toBe(200);
    expect(res.body.points).toEqual([]);
    expect(sum(res.body.clusters)).toBe(published.length);
    expect(res.body.clusters.length).toBeGreaterThanOrEqual(2);
    for (const c of res.body.clusters) {
      expect(c.lat).toBeGreaterThan(59.6);
      expect(c.lon).toBeGreaterThan(29.4);
    }
    // every stored zoom up to street level sums alike
    for (const zoom of [3, 8, 9, 11, 12, 13, 14])
      expect(sum((await client.get(`/api/reports/map?bbox=${cityBbox}&zoom=${zoom}`)).body.clusters), `zoom ${zoom}`).toBe(published.length);
  });

  it('filters clusters by category, status and month', async () => {
    const roads = await client.get(`/api/reports/map?bbox=${cityBbox}&zoom=12&categoryId=${testCategory}`);
    expect(sum(roads.body.clusters)).toBe(3);
    const lights = await client.get(`/api/reports/map?bbox=${cityBbox}&zoom=12&categoryId=${testCategory2}`);
    expect(sum(lights.body.clusters)).toBe(2);
    expect(sum((await client.get(`/api/reports/map?bbox=${cityBbox}&zoom=12&status=sent`)).body.clusters)).toBe(5);
    expect(sum((await client.get(`/api/reports/map?bbox=${cityBbox}&zoom=12&status=closed`)).body.clusters)).toBe(0);
    // on moderation is never public, even when asked for
    expect(sum((await client.get(`/api/reports/map?bbox=${cityBbox}&zoom=12&status=moderation`)).body.clusters)).toBe(0);
    const month = new Date().toISOString().slice(0, 7);
    expect(sum((await client.get(`/api/reports/map?bbox=${cityBbox}&zoom=12&from=${month}&to=${month}`)).body.clusters)).toBe(5);
    expect(sum((await client.get(`/api/reports/map?bbox=${cityBbox}&zoom=12&from=2020-01&to=2020-12-31`)).body.clusters)).toBe(0);
  });

  it('at street zoom: the reports as points in view', async () => {
    const res = await client.get(`/api/reports/map?bbox=${streetBbox}&zoom=17`);
    expect(res.status).toBe(200);
    expect(res.body.clusters).toEqual([]);
    expect(res.body.truncated).toBe(false);
    expect(res.body.points.map((p: { number: number }) => p.number).sort()).toEqual(published.slice(0, 3).sort());
    expect(res.body.points[0]).toEqual({
      number: expect.any(Number),
      lat: expect.any(Number),
      lon: expect.any(Number),
      status: 'sent',
      reasonId: testReasons.pothole,
    });
    const lights = await client.get(`/api/reports/map?bbox=${cityBbox}&zoom=16&categoryId=${testCategory2}`);
    expect(lights.body.points).toHaveLength(2);
  });

  it('refuses a bad area or period with 400', async () => {
    for (const q of [
      'bbox=1,2,3&zoom=10',
      'bbox=30,60,29,59&zoom=10',
      'bbox=a,b,c,d&zoom=10',
      `bbox=${cityBbox}&zoom=40`,
      `bbox=${cityBbox}&zoom=10&from=2026-05&to=2026-01`,
      `bbox=${cityBbox}&zoom=10&from=2026-13`,
      `bbox=${cityBbox}&zoom=10&status=lost`,
    ]) {
      expect((await client.get(`/api/reports/map?${q}`)).status, q).toBe(400);
    }
  });
});

describe('the public list', () => {
  it('newest first, a page at a time with a cursor, public reports only, no personal data', async () => {
    const first = await client.get('/api/reports?limit=2');
    expect(first.status).toBe(200);
    expect(first.body.items.map((i: { number: number }) => i.number)).toEqual([published[4], published[3]]);
    const second = await client.get(`/api/reports?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((i: { number: number }) => i.number)).toEqual([published[2], published[1]]);
    const third = await client.get(`/api/reports?limit=2&cursor=${second.body.nextCursor}`);
    expect(third.body.items.map((i: { number: number }) => i.number)).toEqual([published[0]]);
    expect(third.body.nextCursor).toBeNull();
    const all = JSON.stringify([first.body, second.body, third.body]);
    expect([first, second, third].flatMap((p) => p.body.items.map((i: { number: number }) => i.number))).not.toContain(unpublished);
    expect(all).not.toMatch(/private\.person|999-88-77|Secret Reporter/);
    expect(first.body.items[0]).toMatchObject({
      status: 'sent',
      reasonNameEn: 'Street light out',
      categoryId: testCategory2,
      departmentId: 'committee-energy',
      districtId: expect.any(String),
      overdue: false,
      thumbUrl: null,
    });
  });

  it('filters by status, category, reason, district, department and period', async () => {
    const numbers = async (q: string) => (await client.get(`/api/reports?${q}`)).body.items.map((i: { number: number }) => i.number).sort();
    expect(await numbers(`categoryId=${testCategory}`)).toEqual(published.slice(0, 3).sort());
    expect(await numbers(`reasonId=990004`)).toEqual(published.slice(3).sort());
    expect(await numbers('departmentId=committee-energy')).toEqual(published.slice(3).sort());
    expect(await numbers('districtId=admiralteysky')).toEqual(published.slice(0, 3).sort());
    expect(await numbers('status=closed')).toEqual([]);
    // periods are the city's days: after 21:00 UTC it is already tomorrow in St Petersburg
    const today = cityDateTime(new Date(), t.ctx.config.cityTimezone).slice(0, 10);
    expect(await numbers(`from=2020-01-01&to=${today}`)).toHaveLength(5);
    expect(await numbers('to=2020-01-01')).toEqual([]);
    expect((await client.get('/api/reports?cursor=garbage!')).status).toBe(400);
    expect((await client.get('/api/reports?cursor=YWJj')).body.error.code).toBe('map_cursor_invalid');
    expect((await client.get('/api/reports?from=2026-02-30')).status).toBe(400);
  });
});

describe('open data', () => {
  it('CSV: a header and one line per public report, without personal data', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/open-data/reports.csv' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = res.body
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toMatch(/^number,url,created_at,status,/);
    expect(lines).toHaveLength(1 + published.length);
    expect(res.body).not.toMatch(/private\.person|999-88-77|Secret Reporter|contact|phone/i);
    expect(res.body).not.toContain(`/reports/${unpublished},`);
    const filtered = await t.app.inject({ method: 'GET', url: `/api/open-data/reports.csv?categoryId=${testCategory2}` });
    expect(filtered.body.trimEnd().split('\r\n')).toHaveLength(1 + 2);
  });

  it('GeoJSON: a FeatureCollection of points at [lon, lat], without personal data', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/open-data/reports.geojson' });
    expect(res.statusCode).toBe(200);
    const fc = JSON.parse(res.body);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(published.length);
    const one = fc.features.find((f: { id: number }) => f.id === published[0]);
    expect(one.geometry).toEqual({ type: 'Point', coordinates: [inCity.lon, inCity.lat] });
    expect(one.properties).toMatchObject({ number: published[0], status: 'sent', reason: 'Яма на тротуаре', department_id: 'committee-roads' });
    expect(res.body).not.toMatch(/private\.person|999-88-77|Secret Reporter|contact|phone/i);
    const none = JSON.parse((await t.app.inject({ method: 'GET', url: '/api/open-data/reports.geojson?status=closed' })).body);
    expect(none).toEqual({ type: 'FeatureCollection', features: [] });
  });
});

describe('filters beyond their columns', () => {
  it.each(['2147483648', '99999999999999999999'])('a reasonId or categoryId of %s in the list, the map or the exports is a 400 naming it', async (id) => {
    for (const url of ['/api/reports?', `/api/reports/map?bbox=${cityBbox}&zoom=10&`, '/api/open-data/reports.csv?', '/api/open-data/reports.geojson?']) {
      for (const field of url.includes('/map') ? ['categoryId'] : ['reasonId', 'categoryId']) {
        const res = await t.app.inject({ method: 'GET', url: `${url}${field}=${id}` });
        expect(res.statusCode, `${url}${field}`).toBe(400);
        expect(res.json().error.fields, `${url}${field}`).toHaveProperty(field);
      }
    }
  });
});

describe('open data refuses bad input before the first byte', () => {
  const exports = ['/api/open-data/reports.csv', '/api/open-data/reports.geojson'];
  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { 'accept-language': 'en' } });

  // a NUL byte in a filter once cut the connection mid-file (the headers were sent, then the query failed)
  it.each(exports.flatMap((url) => ['districtId', 'departmentId', 'status', 'from', 'to', 'categoryId', 'reasonId'].map((field) => [url, field])))(
    '%s with a NUL byte in %s: a 400 naming the field, as JSON',
    async (url, field) => {
      const res = await get(`${url}?${field}=x%00y`);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.json().error.fields).toHaveProperty(field);
    },
  );

  // values the schema lets through but PostgreSQL would refuse (year 0, year 10000, ids beyond int4) are refused first
  it.each(
    exports.flatMap((url) =>
      [
        ['from', '0000-01-01'],
        ['to', '9999-12-31'],
        ['from', '2026-02-30'],
        ['categoryId', '2147483648'],
        ['reasonId', '99999999999999999999'],
        ['status', 'sent,nonsense'],
      ].map(([field, value]) => [url, field, value]),
    ),
  )('%s with %s=%s: a 400 naming the field before anything is streamed', async (url, field, value) => {
    const res = await get(`${url}?${field}=${value}`);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.json().error.fields).toHaveProperty(field!);
  });
});

describe('statistics', () => {
  const h = 3600_000;
  beforeAll(async () => {
    // five reports in Nevsky for the energy committee, filed and answered at known times
    const base = {
      reasonId: 990004,
      districtId: 'nevsky',
      departmentId: 'committee-energy',
      lat: 59.9,
      lon: 30.45,
      description: 'Stats fixture report',
      moderation: 'visible' as const,
    };
    const at = (iso: string) => new Date(iso);
    await t.database.db.insert(reports).values([
      // answered after 10 h, on time
      {
        ...base,
        status: 'closed',
        createdAt: at('2025-03-03T09:00:00Z'),
        resolutionDueAt: at('2025-03-10T21:00:00Z'),
        answeredAt: new Date(at('2025-03-03T09:00:00Z').getTime() + 10 * h),
      },
      // answered after 30 h, on time
      {
        ...base,
        status: 'answered',
        createdAt: at('2025-03-04T09:00:00Z'),
        resolutionDueAt: at('2025-03-11T21:00:00Z'),
        answeredAt: new Date(at('2025-03-04T09:00:00Z').getTime() + 30 * h),
      },
      // answered after 200 h, late
      {
        ...base,
        status: 'closed',
        createdAt: at('2025-04-01T09:00:00Z'),
        resolutionDueAt: at('2025-04-05T21:00:00Z'),
        answeredAt: new Date(at('2025-04-01T09:00:00Z').getTime() + 200 * h),
      },
      // unanswered, past the deadline: overdue and late
      { ...base, status: 'in_progress', createdAt: at('2025-04-02T09:00:00Z'), resolutionDueAt: at('2025-04-10T21:00:00Z') },
      // rejected: not public, not counted
      { ...base, status: 'rejected', createdAt: at('2025-04-03T09:00:00Z') },
    ]);
  });

  it('per department, reason, district and month: count, answered, on-time share, median hours to answer', async () => {
    const res = await client.get('/api/reports/stats?from=2025-01-01&to=2025-12-31');
    expect(res.status).toBe(200);
    // no answer was rated: 0 ratings, shown as such (answer-ratings.db.test.ts has the rated figures)
    const ratings = { count: 0, fixedShare: null, partlyFixedShare: null, notFixedShare: null, meanQuality: null };
    const figures = { count: 4, answered: 3, overdue: 1, onTimeShare: 0.5, medianHoursToAnswer: 30, ratings };
    expect(res.body.totals).toEqual(figures);
    expect(res.body.departments).toEqual([
      { departmentId: 'committee-energy', nameRu: expect.any(String), nameEn: 'Committee for Energy and Utilities', ...figures },
    ]);
    expect(res.body.reasons).toEqual([
      { reasonId: 990004, nameRu: 'Не горит фонарь', nameEn: 'Street light out', categoryNameRu: 'Освещение', categoryNameEn: 'Lighting', ...figures },
    ]);
    expect(res.body.districts).toEqual([{ districtId: 'nevsky', nameRu: expect.any(String), nameEn: expect.any(String), ...figures }]);
    expect(res.body.months).toEqual([
      { month: '2025-03', count: 2, answered: 2, overdue: 0, onTimeShare: 1, medianHoursToAnswer: 20, ratings },
      { month: '2025-04', count: 2, answered: 1, overdue: 1, onTimeShare: 0, medianHoursToAnswer: 200, ratings },
    ]);
  });

  it('a district’s page has its numbers; all time counts the recent reports too', async () => {
    const res = await client.get('/api/districts/nevsky/report-stats');
    expect(res.status).toBe(200);
    expect(res.body.district).toMatchObject({ id: 'nevsky' });
    expect(res.body.totals.count).toBe(4);
    expect(res.body).not.toHaveProperty('districts');
    expect((await client.get('/api/districts/atlantis/report-stats')).status).toBe(404);
    const all = await client.get('/api/reports/stats');
    expect(all.body.totals.count).toBe(4 + published.length);
    expect((await client.get('/api/reports/stats?from=2025-05-01&to=2025-01-01')).status).toBe(400);
  });
});
