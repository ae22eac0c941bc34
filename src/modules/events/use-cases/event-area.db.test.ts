import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../../test/db.js';
import { person, type TestPerson } from '../../../../test/fixtures.js';
import { queryRows } from '../../../core/db/client.js';
import type { DomainEvent } from '../../../core/jobs/events.js';
import type { AreaQuery } from '../../../core/module/area.js';
import { events } from '../db/schema.js';
import { eventsModule } from '../module.js';

let t: TestApp;
let official: TestPerson;
let organiser: TestPerson;
let moderator: TestPerson;
const ids: Record<string, string> = {};
const hour = 3_600_000;
const now = new Date();
const at = (hours: number) => new Date(now.getTime() + hours * hour);
const organiserId = crypto.randomUUID();
/** The circle's centre in the Admiralty district; 200 m north of it (inside a 500 m circle), and 5 km east (outside). */
const centre = { lat: 59.9187, lon: 30.288 };
const near = { lat: centre.lat + 0.0018, lon: centre.lon, districtId: 'admiralteysky' };
const far = { lat: centre.lat, lon: centre.lon + 0.0896, districtId: 'tsentralny' };
const [eventArea] = eventsModule.area!;
const circle = (lang: 'ru' | 'en' = 'en', radiusMeters = 500): AreaQuery => ({
  type: 'circle',
  ...centre,
  radiusMeters,
  districtId: 'admiralteysky',
  lang,
  now,
});
const district = (districtId: string): AreaQuery => ({ type: 'district', districtId, lang: 'en', now });
const list = (area: AreaQuery, limit = 20) => eventArea!.list!(t.database.db, area, limit);
const names = (section: { items: { id: string }[] }) => section.items.map((i) => Object.keys(ids).find((k) => ids[k] === i.id) ?? i.id);

/** An event row as its organiser's use case leaves it (the area reads the table). */
async function insert(name: string, over: Partial<typeof events.$inferInsert> = {}) {
  const [r] = await t.database.db
    .insert(events)
    .values({
      kind: 'cleanup',
      title: `Event ${name}`,
      description: 'An event of the area test.',
      departmentId: 'committee-roads',
      organiserId,
      ...near,
      address: 'Sadovaya 50',
      startsAt: at(24),
      endsAt: at(26),
      ...over,
    })
    .returning({ id: events.id });
  ids[name] = r!.id;
}

/** The domain events of a type emitted for an event, as their listeners receive them. */
const emitted = (type: string, id: string) =>
  queryRows<{ payload: DomainEvent }>(
    t.database.db,
    sql`select payload from jobs where kind = 'event' and payload->>'type' = ${type} and payload->>'entityId' = ${id} order by id`,
  );

beforeAll(async () => {
  t = await testApp();
  official = await person(t, { roles: [{ role: 'official', department: 'committee-roads' }] });
  organiser = await person(t, { verified: { districtId: 'admiralteysky' } });
  moderator = await person(t, { roles: ['moderator'] });
  await insert('later', { startsAt: at(72), endsAt: at(74) });
  await insert('soon', { startsAt: at(2), endsAt: at(4), capacity: 3, registeredCount: 3 });
  await insert('running', { startsAt: at(-1), endsAt: at(1) });
  await insert('yesterday', { startsAt: at(-24), endsAt: at(-22) });
  await insert('lastWeek', { startsAt: at(-170), endsAt: at(-168) });
  await insert('far', { ...far });
  await insert('onlineHere', { kind: 'online', lat: null, lon: null, onlineUrl: 'https://meet.example.org/a' });
  await insert('onlineNowhere', { kind: 'online', lat: null, lon: null, districtId: null, onlineUrl: 'https://meet.example.org/b' });
  await insert('held', { departmentId: null, moderation: 'held' });
  await insert('hidden', { moderation: 'hidden' });
  await insert('cancelled', { status: 'cancelled', cancelledAt: now });
});
afterAll(async () => t?.close());

describe('the events of an area', () => {
  it('lists the published, visible events in a circle: those not ended soonest first, then past ones newest first, with distances', async () => {
    const section = await list(circle());
    expect(names(section)).toEqual(['running', 'soon', 'later', 'yesterday', 'lastWeek']);
    expect(section.total).toBe(5);
    expect(section.items[1]).toEqual({
      kind: 'event',
      id: ids.soon,
      title: 'Event soon',
      path: `/events/${ids.soon}`,
      status: 'full',
      statusText: 'Full — you can join the waitlist',
      lat: near.lat,
      lon: near.lon,
      distanceMeters: expect.any(Number),
      districtId: 'admiralteysky',
      address: 'Sadovaya 50',
      date: at(2),
    });
    expect(Math.abs(section.items[1]!.distanceMeters! - 200)).toBeLessThan(5);
    expect(section.items.map((i) => i.status)).toEqual(['started', 'full', 'open', 'ended', 'ended']);
  });

  it('leaves out what is 5 km away, online events, and held, hidden or cancelled ones', async () => {
    const listed = names(await list(circle()));
    for (const name of ['far', 'onlineHere', 'onlineNowhere', 'held', 'hidden', 'cancelled']) expect(listed).not.toContain(name);
    const wide = names(await list(circle('en', 3000)));
    expect(wide).not.toContain('far');
  });

  it("lists a district's events, online ones with that district among them, without distances", async () => {
    const section = await list(district('admiralteysky'));
    expect(names(section)).toEqual(['running', 'soon', 'onlineHere', 'later', 'yesterday', 'lastWeek']);
    expect(section.items[2]).toMatchObject({ lat: null, lon: null, distanceMeters: null, districtId: 'admiralteysky' });
    expect(names(await list(district('tsentralny')))).toEqual(['far']);
  });

  it('fills the limit with coming events before past ones, counts them all, and words the status in the query language', async () => {
    const section = await list(circle('ru'), 4);
    expect(names(section)).toEqual(['running', 'soon', 'later', 'yesterday']);
    expect(section.total).toBe(5);
    expect(section.items.map((i) => i.statusText)).toEqual(['Идёт', 'Мест нет — можно встать в лист ожидания', 'Идёт регистрация', 'Прошло']);
  });

  it('reads a circle through the GiST index over place and end', async () => {
    await t.database.db.execute(sql`analyze events`);
    await t.database.db.execute(sql`set enable_seqscan = off`);
    try {
      const dLat = 500 / 111_000;
      const dLon = dLat / Math.cos((centre.lat * Math.PI) / 180);
      const plan = await queryRows<{ 'QUERY PLAN': string }>(
        t.database.db,
        sql`explain select id from events where moderation = 'visible' and status = 'published' and lat is not null
              and cube(array[lon, lat, extract(epoch from ends_at at time zone 'UTC')::float8])
                  <@ cube(array[${centre.lon - dLon}::float8, ${centre.lat - dLat}::float8, ${now.getTime() / 1000}::float8],
                          array[${centre.lon + dLon}::float8, ${centre.lat + dLat}::float8, 1e10::float8])
              and earth_distance(ll_to_earth(lat, lon), ll_to_earth(${centre.lat}::float8, ${centre.lon}::float8)) <= 500
              and ends_at >= ${now}
            order by starts_at, id limit 6`,
      );
      expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toContain('events_map_area_idx');
    } finally {
      await t.database.db.execute(sql`reset enable_seqscan`);
    }
  });
});

describe('a new public event as area news', () => {
  const [created, restored] = eventArea!.alerts!;
  const body = (over: Record<string, unknown> = {}) => ({
    kind: 'cleanup',
    title: 'Cleanup in the square',
    description: 'We clear the leaves; tools on the spot.',
    departmentId: 'committee-roads',
    lat: near.lat,
    lon: near.lon,
    address: 'St Nicholas square',
    startsAt: at(7 * 24).toISOString(),
    endsAt: at(7 * 24 + 2).toISOString(),
    capacity: 20,
    ...over,
  });
  const decide = async (id: string, action: 'restore' | 'hide') => {
    const res = await moderator.client.post(`/api/moderation/cases/event/${id}/decision`, { action, reason: 'Checked.' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  };

  it("is an official's event at its creation, located at its place and district (topic events)", async () => {
    const res = await official.client.post('/api/events', body());
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const [event] = await emitted('event.created', res.body.id);
    expect(created!.topic).toBe('events');
    expect(await created!.locate(t.database.db, event!.payload)).toEqual({
      entityType: 'event',
      entityId: res.body.id,
      title: 'Cleanup in the square',
      path: `/events/${res.body.id}`,
      lat: near.lat,
      lon: near.lon,
      districtId: 'admiralteysky',
      visible: true,
    });
  });

  it("is a resident's held event only when a moderator approves it, not when it is created nor restored after hiding", async () => {
    const res = await organiser.client.post('/api/events', body({ departmentId: null, capacity: null }));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const id = res.body.id as string;
    const [event] = await emitted('event.created', id);
    expect(await created!.locate(t.database.db, event!.payload)).toBeNull();
    expect(names(await list(circle()))).not.toContain(id);

    await decide(id, 'restore');
    const [approval] = await emitted('content.restored', id);
    expect(restored!.topic).toBe('events');
    expect(await restored!.locate(t.database.db, approval!.payload)).toMatchObject({ entityId: id, districtId: 'admiralteysky', lat: near.lat, visible: true });
    expect((await list(circle())).items.map((i) => i.id)).toContain(id);

    await decide(id, 'hide');
    await decide(id, 'restore');
    const again = await emitted('content.restored', id);
    expect(again).toHaveLength(2);
    expect(await restored!.locate(t.database.db, again[1]!.payload)).toBeNull();
  });

  it('locates nothing for restored content of another kind', async () => {
    const other: DomainEvent = { id: 'x', type: 'content.restored', actorId: null, entityType: 'comment', entityId: ids.soon!, data: {}, at: '' };
    expect(await restored!.locate(t.database.db, other)).toBeNull();
  });
});
