import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/db.js';
import { person, grantRole, type TestPerson } from '../../../test/fixtures.js';
import { TestClient } from '../../../test/http-client.js';
import { citySettings, departments, districts } from '../city/schema.js';
import { areaKm2, type AreaGeometry } from '../geo/geo.js';
import { classifierCategories, classifierObjects, classifierReasons, routingRules } from '../../modules/reports/db/schema.js';
import { listAudit } from '../audit/audit.js';

type Check = { id: string; state: string; title: string; detail: string; fix: string | null };
const byId = (checks: Check[]) => Object.fromEntries(checks.map((c) => [c.id, c]));

// a made-up town of one square district near Pskov (not St Petersburg)
const square: AreaGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [28.3, 57.8],
      [28.4, 57.8],
      [28.4, 57.85],
      [28.3, 57.85],
      [28.3, 57.8],
    ],
  ],
};

describe('the setup checklist of an empty city (SEED_DEMO=0)', () => {
  let t: TestApp;
  let admin: TestPerson;
  beforeAll(async () => {
    t = await testApp({}, { city: 'empty' });
    admin = await person(t, { roles: ['administrator'], lang: 'ru' });
  });
  afterAll(async () => t?.close());

  it('is for city administrators only', async () => {
    expect((await new TestClient(t.app).get('/api/admin/setup')).status).toBe(401);
    const resident = await person(t);
    const res = await resident.client.get('/api/admin/setup');
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('not_administrator');
    expect((await resident.client.post('/api/admin/setup/complete', {})).status).toBe(403);
  });

  it('names what is missing before a resident can file a report, in the administrator’s language, with where to fix it', async () => {
    const res = await admin.client.get('/api/admin/setup');
    expect(res.status).toBe(200);
    expect(res.body.ready).toBe(false);
    expect(res.body.completedAt).toBeNull();
    const checks = byId(res.body.checks);
    expect(checks['city.identity']).toMatchObject({ state: 'missing', title: 'Название и облик города', fix: '/admin/city' });
    expect(checks['city.districts']).toMatchObject({ state: 'missing', fix: '/admin/districts' });
    expect(checks['city.districts']!.detail).toContain('Загрузите границы районов');
    expect(checks['city.departments']).toMatchObject({ state: 'missing', fix: '/admin/departments' });
    expect(checks['reports.classifier']).toMatchObject({ state: 'missing' });
    expect(checks['reports.trial']).toMatchObject({ state: 'missing', detail: 'Нет: у города ещё нет ни одного района с границами.' });
    expect(checks['city.calendar']).toMatchObject({ state: 'advice' });
    expect(checks['site.mail']).toMatchObject({ state: 'advice' });
    // every check has words, never a bare key
    for (const c of res.body.checks as Check[]) expect(c.detail, c.id).not.toMatch(/^readiness\./);
  });

  it('loads the calendar shipped for the city’s country once, keeping days already listed; administrators only', async () => {
    expect((await new TestClient(t.app).post('/api/admin/calendar/country', {})).status).toBe(401);
    const resident = await person(t);
    expect((await resident.client.post('/api/admin/calendar/country', {})).status).toBe(403);
    // an administrator listed one day of 2026 by hand before: it stays as listed
    expect((await admin.client.put('/api/admin/calendar/2026-12-31', { kind: 'short_day', note: 'Своё' })).status).toBe(200);
    const first = await admin.client.post('/api/admin/calendar/country', {});
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ source: 'RU', kept: 1 });
    expect(first.body.added).toBeGreaterThan(20);
    const again = await admin.client.post('/api/admin/calendar/country', {});
    expect(again.body).toEqual({ source: 'RU', added: 0, kept: first.body.added + 1 });
    const year = (await new TestClient(t.app).get('/api/calendar?year=2026')).body.days as { day: string; kind: string; note: string | null }[];
    expect(year.find((d) => d.day === '2026-12-31')).toMatchObject({ kind: 'short_day', note: 'Своё' });
    expect(year.find((d) => d.day === '2026-01-07')).toMatchObject({ kind: 'holiday' });
    const checks = byId((await admin.client.get('/api/admin/setup')).body.checks);
    expect(checks['city.calendar']!.state).toBe('ok');
    const [entry] = await listAudit(t.database.db, { limit: 1 });
    expect(entry).toMatchObject({ action: 'calendar.loaded', actorId: admin.userId, data: { source: 'RU', added: 0 } });
  });

  it('refuses to finish the setup while something is missing, naming it', async () => {
    const res = await admin.client.post('/api/admin/setup/complete', {});
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('setup_not_ready');
    expect(res.body.error.message).toContain('Районы');
  });

  it('once the city has a name, a district, a department, a reason and a route, a report tried out goes to that department', async () => {
    const db = t.database.db;
    await db.insert(citySettings).values({ nameRu: 'Озёрск', nameEn: 'Ozyorsk', timeZone: 'Europe/Moscow', mapLat: 57.82, mapLon: 28.35, mapZoom: 12 });
    await db.insert(districts).values({ id: 'centre', nameRu: 'Центральный район', nameEn: 'Central District', geometry: square, areaKm2: areaKm2(square) });
    await db.insert(departments).values({ id: 'roads', nameRu: 'Дорожная служба', nameEn: 'Roads Service', kind: 'city_committee' });
    const [object] = await db.insert(classifierObjects).values({ nameRu: 'Дорога', nameEn: 'Road' }).returning();
    const [category] = await db.insert(classifierCategories).values({ objectId: object!.id, nameRu: 'Покрытие', nameEn: 'Surface' }).returning();
    await db.insert(classifierReasons).values({ categoryId: category!.id, nameRu: 'Яма на дороге', nameEn: 'Pothole' });

    // a reason and no route: the report would be accepted, but a moderator would have to choose where it goes
    let checks = byId((await admin.client.get('/api/admin/setup')).body.checks);
    expect(checks['reports.routing']).toMatchObject({ state: 'advice' });
    expect(checks['reports.trial']).toMatchObject({ state: 'advice', fix: '/admin/routing' });
    expect(checks['reports.trial']!.detail).toContain('Яма на дороге');

    await db.insert(routingRules).values({ departmentId: 'roads' });
    const res = await admin.client.get('/api/admin/setup');
    checks = byId(res.body.checks);
    expect(res.body.ready).toBe(true);
    expect(checks['city.identity']).toMatchObject({ state: 'ok', detail: 'Озёрск (Ozyorsk).' });
    expect(checks['reports.routing']).toMatchObject({ state: 'ok' });
    expect(checks['reports.trial']!.state).toBe('ok');
    expect(checks['reports.trial']!.detail).toMatch(
      /^Да\. Сообщение «Яма на дороге» в точке 57\.\d+, 28\.\d+ попадёт в район «Центральный район», уйдёт исполнителю «Дорожная служба», решить проблему нужно до \d\d\.\d\d\.\d{4}\.$/,
    );
    // the department has nobody to answer yet
    expect(checks['accounts.officials']).toMatchObject({ state: 'advice' });
    expect(checks['accounts.officials']!.detail).toContain('Дорожная служба');
    const official = await person(t);
    await grantRole(t, official.userId, 'official', { department: 'roads' });
    expect(byId((await admin.client.get('/api/admin/setup')).body.checks)['accounts.officials']!.state).toBe('ok');
  });

  it('finishing the setup is recorded once ready, said in the audit log, and the site stops leading administrators to it', async () => {
    expect((await new TestClient(t.app).get('/api/site')).body.city).toMatchObject({ setupNeeded: false, setupCompleted: false });
    const res = await admin.client.post('/api/admin/setup/complete', {});
    expect(res.status).toBe(200);
    expect(res.body.completedAt).toEqual(expect.any(String));
    const [entry] = await listAudit(t.database.db, { limit: 1 });
    expect(entry).toMatchObject({ action: 'city.setup_completed', actorId: admin.userId });
    expect((await new TestClient(t.app).get('/api/site')).body.city.setupCompleted).toBe(true);
  });
});

describe('the setup checklist of the demo city', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
  });
  afterAll(async () => t?.close());

  it('tries a report out in its first district and names the department and the due date, in English', async () => {
    const admin = await person(t, { roles: ['administrator'] });
    const res = await admin.client.get('/api/admin/setup');
    const checks = byId(res.body.checks);
    expect(checks['city.districts']).toMatchObject({ state: 'ok', detail: 'Districts: 18.' });
    expect(checks['reports.trial']!.state).toBe('ok');
    expect(checks['reports.trial']!.detail).toMatch(
      /^Yes\. A report of “.+” at [\d.]+, [\d.]+ lands in Admiralteysky District, goes to .+ and is due to be resolved by \d{4}-\d\d-\d\d\.$/,
    );
  });
});
