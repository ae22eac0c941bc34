import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../../test/db.js';
import { TestClient } from '../../../../test/http-client.js';
import { events } from '../db/schema.js';
import { eventMapPointCap, eventMapWidePointCap } from '../use-cases/event-map.js';

let t: TestApp;
let visitor: TestClient;
const ids: Record<string, string> = {};

const day = 86_400_000;
const at = (days: number, hours = 0) => new Date(Date.now() + days * day + hours * 3_600_000);
const organiserId = crypto.randomUUID();
/** Admiralteysky (centre) and Kolpino (south-east, outside the centre's box). */
const centre = { lat: 59.9187, lon: 30.288, districtId: 'admiralteysky' };
const kolpino = { lat: 59.7506, lon: 30.5897, districtId: 'kolpinsky' };
const centreBox = '30.2,59.88,30.4,59.96';

/** An event row as its organiser's use case leaves it (no API: the map reads the table). */
const row = (name: string, over: Partial<typeof events.$inferInsert> = {}): typeof events.$inferInsert => ({
  kind: 'cleanup',
  title: `Событие ${name}`,
  description: 'Описание для проверки карты.',
  departmentId: 'committee-roads',
  organiserId,
  ...centre,
  startsAt: at(3),
  endsAt: at(3, 2),
  ...over,
});

async function insert(name: string, over: Partial<typeof events.$inferInsert> = {}) {
  const [r] = await t.database.db.insert(events).values(row(name, over)).returning({ id: events.id });
  ids[name] = r!.id;
}

const mapOf = async (query = '') => {
  const res = await visitor.get(`/api/events/map${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as {
    points: { id: string; kind: string; title: string; startsAt: string; freePlaces: number | null; lat: number; lon: number }[];
    truncated: boolean;
    total: number;
    totalCapped: boolean;
  };
};
const names = (m: { points: { id: string }[] }) => m.points.map((p) => Object.keys(ids).find((k) => ids[k] === p.id) ?? p.id);

beforeAll(async () => {
  t = await testApp();
  visitor = new TestClient(t.app, 'en');
  await insert('soon', { startsAt: at(1), endsAt: at(1, 2), capacity: 10, registeredCount: 4 });
  await insert('full', { kind: 'workshop', startsAt: at(2), endsAt: at(2, 2), capacity: 5, registeredCount: 5, waitlistCount: 2 });
  await insert('kolpino', { ...kolpino, kind: 'hearing', startsAt: at(4), endsAt: at(4, 3) });
  await insert('later', { startsAt: at(40), endsAt: at(40, 2) });
  // started yesterday, ends tomorrow: still on the map
  await insert('running', { kind: 'excursion', startsAt: at(-1), endsAt: at(1) });
  await insert('past', { startsAt: at(-5), endsAt: at(-5, 2) });
  await insert('held', { departmentId: null, moderation: 'held' });
  await insert('cancelled', { status: 'cancelled', cancelledAt: new Date() });
  await insert('online', { kind: 'online', lat: null, lon: null, districtId: null, onlineUrl: 'https://meet.example.org/room' });
});
afterAll(async () => t?.close());

describe('the public map of events', () => {
  it('shows published, visible events with a place that have not ended, soonest first, as light points anyone may read', async () => {
    const m = await mapOf();
    expect(names(m)).toEqual(['running', 'soon', 'full', 'kolpino', 'later']);
    expect(m).toMatchObject({ truncated: false, total: 5, totalCapped: false });
    expect(m.points[1]).toEqual({
      id: ids.soon,
      lat: centre.lat,
      lon: centre.lon,
      kind: 'cleanup',
      title: 'Событие soon',
      startsAt: expect.any(String),
      freePlaces: 6,
    });
    expect(Math.abs(Date.parse(m.points[1]!.startsAt) - at(1).getTime())).toBeLessThan(60_000);
    // a full event shows 0 free places (newcomers wait); no limit: null
    expect(m.points.find((p) => p.id === ids.full)?.freePlaces).toBe(0);
    expect(m.points.find((p) => p.id === ids.later)?.freePlaces).toBeNull();
  });

  it('takes the list’s filters: district, kind, dates, free places', async () => {
    expect(names(await mapOf('?districtId=kolpinsky'))).toEqual(['kolpino']);
    expect(names(await mapOf('?kind=workshop'))).toEqual(['full']);
    expect(names(await mapOf(`?from=${at(30).toISOString()}`))).toEqual(['later']);
    expect(names(await mapOf(`?to=${at(3).toISOString()}`))).toEqual(['running', 'soon', 'full']);
    expect(names(await mapOf('?free=true'))).toEqual(['running', 'soon', 'kolpino', 'later']);
    expect(names(await mapOf(`?from=${at(-6).toISOString()}&to=${at(-4).toISOString()}`))).toEqual(['past']);
  });

  it('shows only the area in view when given one', async () => {
    expect(names(await mapOf(`?bbox=${centreBox}`))).toEqual(['running', 'soon', 'full', 'later']);
    expect(names(await mapOf('?bbox=30.5,59.7,30.7,59.8'))).toEqual(['kolpino']);
  });

  it('finds a small area’s events (a phone zoomed in, through the area index) as a large one does, with the filters', async () => {
    const small = '30.278,59.914,30.298,59.924';
    expect(names(await mapOf(`?bbox=${small}`))).toEqual(['running', 'soon', 'full', 'later']);
    expect(names(await mapOf(`?bbox=${small}&free=true`))).toEqual(['running', 'soon', 'later']);
    expect(names(await mapOf(`?bbox=${small}&from=${at(30).toISOString()}`))).toEqual(['later']);
    expect(names(await mapOf(`?bbox=${small}&from=${at(-6).toISOString()}&to=${at(-4).toISOString()}`))).toEqual(['past']);
    expect(names(await mapOf('?bbox=30.58,59.745,30.6,59.755'))).toEqual(['kolpino']);
    // just beside it: nothing
    expect(names(await mapOf('?bbox=30.30,59.914,30.32,59.924'))).toEqual([]);
  });

  it('refuses an area that is not four numbers in order, naming the field in the visitor’s language', async () => {
    for (const bbox of ['1,2,3', '30.4,59.88,30.2,59.96', 'a,b,c,d', '30,59,190,60']) {
      const res = await visitor.get(`/api/events/map?bbox=${bbox}`);
      expect(res.status, bbox).toBe(400);
      expect(res.body.error.fields.bbox).toMatch(/west,south,east,north/);
    }
    const ru = await new TestClient(t.app, 'ru').get('/api/events/map?bbox=1,2,3');
    expect(ru.body.error.fields.bbox).toMatch(/запад,юг,восток,север/);
  });

  it(`carries the soonest ${eventMapWidePointCap} points of a wide view and ${eventMapPointCap} of a small area, with how many are in view`, async () => {
    await t.database.db.execute(sql`
      insert into events (kind, title, description, department_id, organiser_id, lat, lon, district_id, starts_at, ends_at)
      select 'meeting', 'Встреча ' || g, 'Описание для проверки карты.', 'committee-roads', ${organiserId}::uuid, 59.75, 30.59, 'kolpinsky',
             now() + interval '100 days' + g * interval '1 minute', now() + interval '100 days 2 hours' + g * interval '1 minute'
      from generate_series(1, ${eventMapPointCap}) g`);
    // a district in view (a phone at city zoom): the soonest hundred and the count, as the whole city
    const wide = await mapOf('?bbox=30.5,59.7,30.7,59.8');
    expect(wide.points).toHaveLength(eventMapWidePointCap);
    expect(wide).toMatchObject({ truncated: true, total: eventMapPointCap + 1, totalCapped: false });
    expect(wide.points[0]!.id).toBe(ids.kolpino);
    expect(wide.points.at(-1)!.title).toBe(`Встреча ${eventMapWidePointCap - 1}`);
    const city = await mapOf();
    expect(city.points).toHaveLength(eventMapWidePointCap);
    expect(city).toMatchObject({ truncated: true, total: eventMapPointCap + 5 });
    expect(await mapOf(`?bbox=${centreBox}`)).toMatchObject({ truncated: false, total: 4 });
    // zoomed in to a few streets (through the area index): up to 500
    const zoomed = await mapOf('?bbox=30.58,59.745,30.6,59.755');
    expect(zoomed.points).toHaveLength(eventMapPointCap);
    expect(zoomed).toMatchObject({ truncated: true, total: eventMapPointCap + 1 });
    expect(zoomed.points.slice(0, eventMapWidePointCap).map((p) => p.id)).toEqual(wide.points.map((p) => p.id));
    // the count stops at a thousand, as the list's
    await t.database.db.execute(sql`
      insert into events (kind, title, description, department_id, organiser_id, lat, lon, district_id, starts_at, ends_at)
      select 'meeting', 'Ещё ' || g, 'Описание для проверки карты.', 'committee-roads', ${organiserId}::uuid, 59.75, 30.59, 'kolpinsky',
             now() + interval '200 days', now() + interval '200 days 2 hours'
      from generate_series(1, 600) g`);
    expect(await mapOf()).toMatchObject({ truncated: true, total: 1000, totalCapped: true });
  });
});
