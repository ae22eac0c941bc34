import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../../test/db.js';
import { person, type TestPerson } from '../../../../test/fixtures.js';
import { TestClient } from '../../../../test/http-client.js';
import { queryRows } from '../../../core/db/client.js';
import { defineEvent, type DomainEvent } from '../../../core/jobs/events.js';
import type { AreaAlertSource, AreaSpot } from '../../../core/module/area.js';
import { alertArea } from '../use-cases/area-alerts.js';

let t: TestApp;
let resident: TestPerson;
let other: TestPerson;
let visitor: TestClient;

/** Around the Field of Mars, Central district; `north(m)` is a point m metres due north. */
const home = { lat: 59.9436, lon: 30.3318 };
const north = (m: number) => ({ lat: home.lat + m / 111_320, lon: home.lon });
const save = (p: TestPerson, body: Record<string, unknown> = {}) =>
  p.client.post('/api/me/places', { label: 'home', address: 'Марсово поле, 1', ...home, ...body });

// a test event and source stand in for a module's: the fan-out is the same for every module's alerts
const thingHappened = defineEvent('test_area.thing', z.object({}));
let spot: AreaSpot;
const source: AreaAlertSource = { event: thingHappened, topic: 'reports', locate: async () => spot };
const spotAt = (p: { lat: number; lon: number } | null, extra: Partial<AreaSpot> = {}): AreaSpot => ({
  entityType: 'report',
  entityId: crypto.randomUUID(),
  title: '№ 1 · Яма на дороге',
  titleEn: 'No. 1 · Pothole',
  path: '/reports/1',
  lat: p?.lat ?? null,
  lon: p?.lon ?? null,
  districtId: null,
  visible: true,
  ...extra,
});
const event = (actorId: string | null = null): DomainEvent => ({
  id: crypto.randomUUID(),
  type: thingHappened.type,
  actorId,
  entityType: 'report',
  entityId: spot.entityId,
  data: {},
  at: new Date().toISOString(),
});
const alertsOf = (userId: string, entityId: string) =>
  queryRows<{ kind: string; data: Record<string, unknown> }>(
    t.database.db,
    sql`select kind, data from notifications where user_id = ${userId} and entity_id = ${entityId}`,
  );

beforeAll(async () => {
  t = await testApp();
  resident = await person(t);
  other = await person(t, { lang: 'ru' });
  visitor = new TestClient(t.app, 'en');
});
afterAll(async () => t?.close());

describe('saved places', () => {
  it('saves a place with the district of its point, lists it to its owner only, and 404s it to anyone else', async () => {
    const res = await save(resident, { name: 'Дом' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ label: 'home', name: 'Дом', address: 'Марсово поле, 1', districtId: expect.any(String), alert: null });
    const id = (res.body as { id: string }).id;
    expect(((await resident.client.get('/api/me/places')).body as { items: { id: string }[] }).items.map((p) => p.id)).toContain(id);
    expect(((await other.client.get('/api/me/places')).body as { items: unknown[] }).items).toEqual([]);
    for (const res2 of [
      await other.client.get(`/api/me/places/${id}`),
      await other.client.patch(`/api/me/places/${id}`, { name: 'Мой' }),
      await other.client.put(`/api/me/places/${id}/alert`, { radiusMeters: 500, topics: ['reports'] }),
      await other.client.delete(`/api/me/places/${id}`),
    ]) {
      expect(res2.status).toBe(404);
      expect(res2.body).toMatchObject({ error: { message: 'Среди ваших адресов такого нет.' } });
    }
    expect((await visitor.get('/api/me/places')).status).toBe(401);
    await resident.client.delete(`/api/me/places/${id}`);
  });

  it('refuses a point outside the city, a radius over 3 km and an eleventh place, in words', async () => {
    const outside = await save(resident, { lat: 55.75, lon: 37.62 });
    expect(outside.status).toBe(400);
    expect(outside.body).toMatchObject({ error: { message: expect.stringContaining('outside the city') } });
    const someone = await person(t);
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) ids.push(((await save(someone, { label: 'other', name: `Место ${i}` })).body as { id: string }).id);
    const eleventh = await save(someone);
    expect(eleventh.status).toBe(409);
    expect(eleventh.body).toMatchObject({ error: { message: 'You can keep at most 10 places. Remove one you no longer need first.' } });
    const far = await someone.client.put(`/api/me/places/${ids[0]}/alert`, { radiusMeters: 5000, topics: ['reports'] });
    expect(far.status).toBe(400);
    expect(JSON.stringify(far.body)).toContain('at most 3 km');
    const none = await someone.client.put(`/api/me/places/${ids[0]}/alert`, { radiusMeters: 500, topics: [] });
    expect(none.status).toBe(400);
  });

  it('moves the alert’s circle with the place, and removing the place removes its alert', async () => {
    const someone = await person(t);
    const id = ((await save(someone)).body as { id: string }).id;
    const set = await someone.client.put(`/api/me/places/${id}/alert`, { radiusMeters: 500, topics: ['reports', 'reports', 'events'] });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body).toMatchObject({ alert: { radiusMeters: 500, topics: ['reports', 'events'] } });
    const moved = await someone.client.patch(`/api/me/places/${id}`, north(1000));
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const [circle] = await queryRows<{ lat: number }>(t.database.db, sql`select lat from area_alerts where place_id = ${id}`);
    expect(circle!.lat).toBeCloseTo(north(1000).lat, 9);
    expect((await someone.client.delete(`/api/me/places/${id}`)).status).toBe(204);
    const left = await queryRows(t.database.db, sql`select 1 from area_alerts where user_id = ${someone.userId}`);
    expect(left).toEqual([]);
  });
});

describe('area alerts', () => {
  let near: TestPerson;
  let districtFan: TestPerson;
  let both: TestPerson;
  let districtId: string;

  beforeAll(async () => {
    near = await person(t, { lang: 'ru' });
    districtFan = await person(t);
    both = await person(t);
    const placeId = ((await save(near)).body as { id: string; districtId: string }).id;
    await near.client.put(`/api/me/places/${placeId}/alert`, { radiusMeters: 500, topics: ['reports'] });
    const bothPlace = (await save(both, { label: 'work' })).body as { id: string; districtId: string };
    districtId = bothPlace.districtId;
    await both.client.put(`/api/me/places/${bothPlace.id}/alert`, { radiusMeters: 1000, topics: ['reports'] });
    await both.client.put(`/api/me/district-alerts/${districtId}`, { topics: ['reports'] });
    const fan = await districtFan.client.put(`/api/me/district-alerts/${districtId}`, { topics: ['reports', 'polls'] });
    expect(fan.status, JSON.stringify(fan.body)).toBe(200);
  });

  it('tells a subscriber of news 200 m from home, once, and nobody of news 5 km away', async () => {
    spot = spotAt(north(200), { districtId: null });
    expect(await alertArea(t.ctx, source, event())).toBeGreaterThanOrEqual(2);
    const [alert, ...more] = await alertsOf(near.userId, spot.entityId);
    expect(more).toEqual([]);
    expect(alert).toMatchObject({ kind: 'area.news', data: { topic: 'reports', where: 'Рядом с домом', whereEn: 'Near your home', path: '/reports/1' } });

    spot = spotAt(north(5000));
    await alertArea(t.ctx, source, event());
    expect(await alertsOf(near.userId, spot.entityId)).toEqual([]);
    expect(await alertsOf(both.userId, spot.entityId)).toEqual([]);
  });

  it('reaches district subscribers through the district, and a person with a place and the district once, by the place', async () => {
    spot = spotAt(north(300), { districtId });
    const e = event();
    await alertArea(t.ctx, source, e);
    expect(await alertArea(t.ctx, source, e)).toBe(0); // the same event again: nobody twice
    const [fan] = await alertsOf(districtFan.userId, spot.entityId);
    expect(fan!.data).toMatchObject({ where: expect.stringMatching(/ район$/), whereEn: expect.stringMatching(/^In the .+ district$/) });
    const mine = await alertsOf(both.userId, spot.entityId);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.data).toMatchObject({ where: 'Рядом с работой' });
  });

  it('never tells of hidden things, of topics a person did not choose, nor the person who acted', async () => {
    spot = spotAt(north(100), { districtId, visible: false });
    expect(await alertArea(t.ctx, source, event())).toBe(0);
    const polls: AreaAlertSource = { ...source, topic: 'polls' };
    spot = spotAt(north(100), { districtId });
    await alertArea(t.ctx, polls, event());
    expect(await alertsOf(near.userId, spot.entityId)).toEqual([]);
    expect(await alertsOf(districtFan.userId, spot.entityId)).toHaveLength(1);
    spot = spotAt(north(100), { districtId });
    await alertArea(t.ctx, source, event(near.userId));
    expect(await alertsOf(near.userId, spot.entityId)).toEqual([]);
    expect(await alertsOf(districtFan.userId, spot.entityId)).toHaveLength(1);
  });

  it('lists, changes and removes district alerts; an unknown district is 404', async () => {
    expect((await districtFan.client.get('/api/me/district-alerts')).body).toEqual({ items: [{ districtId, topics: ['reports', 'polls'] }] });
    expect((await districtFan.client.put('/api/me/district-alerts/nowhere', { topics: ['reports'] })).status).toBe(404);
    expect((await districtFan.client.put(`/api/me/district-alerts/${districtId}`, { topics: ['events', 'bogus'] })).status).toBe(400);
    expect((await other.client.delete(`/api/me/district-alerts/${districtId}`)).status).toBe(404);
  });
});

describe('the area page', () => {
  it('answers a circle and a district with one section per kind, and refuses bad areas in words', async () => {
    const circle = await visitor.get(`/api/area?lat=${home.lat}&lon=${home.lon}&radius=800`);
    expect(circle.status, JSON.stringify(circle.body)).toBe(200);
    const body = circle.body as { area: { type: string; districtId: string }; sections: { kind: string }[] };
    expect(body.area).toMatchObject({ type: 'circle', radiusMeters: 800, districtId: expect.any(String) });
    expect(body.sections.map((s) => s.kind)).toEqual(t.ctx.areaKinds.filter((k) => k.list).map((k) => k.kind));
    const district = await visitor.get(`/api/area?district=${body.area.districtId}`);
    expect(district.status).toBe(200);
    expect((await visitor.get('/api/area?district=nowhere')).status).toBe(404);
    const outside = await visitor.get('/api/area?lat=55.75&lon=37.62');
    expect(outside.status).toBe(400);
    expect(outside.body).toMatchObject({ error: { message: expect.stringContaining('outside the city') } });
    expect((await visitor.get(`/api/area?lat=${home.lat}&lon=${home.lon}&radius=10000`)).status).toBe(400);
    expect((await visitor.get(`/api/area?lat=${home.lat}&lon=${home.lon}&district=x`)).status).toBe(400);
    expect((await visitor.get('/api/area')).status).toBe(400);
    const kind = await visitor.get(`/api/area?lat=${home.lat}&lon=${home.lon}&kinds=${encodeURIComponent('<script>')}`);
    expect(kind.status).toBe(400);
  });
});
