import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../../test/db.js';
import { person, type TestPerson } from '../../../../test/fixtures.js';
import { queryRows } from '../../../core/db/client.js';
import type { DomainEvent } from '../../../core/jobs/events.js';
import type { AreaQuery } from '../../../core/module/area.js';
import { polls } from '../db/schema.js';
import { pollsModule } from '../module.js';

let t: TestApp;
let admin: TestPerson;
const ids: Record<string, string> = {};
const hour = 3_600_000;
const now = new Date();
const at = (hours: number) => new Date(now.getTime() + hours * hour);
const [pollArea] = pollsModule.area!;
/** The Admiralty district's centre: a circle there is read for admiralteysky. */
const circle = (districtId: string | null, lang: 'ru' | 'en' = 'en'): AreaQuery => ({
  type: 'circle',
  lat: 59.9187,
  lon: 30.288,
  radiusMeters: 500,
  districtId,
  lang,
  now,
});
const district = (districtId: string, lang: 'ru' | 'en' = 'en'): AreaQuery => ({ type: 'district', districtId, lang, now });
const list = async (area: AreaQuery, limit = 20) => pollArea!.list!(t.database.db, area, limit);
const names = (section: { items: { id: string }[] }) => section.items.map((i) => Object.keys(ids).find((k) => ids[k] === i.id) ?? i.id);

/** A poll row as its use cases leave it (the area reads the table). */
async function insert(name: string, over: Partial<typeof polls.$inferInsert> = {}) {
  const [r] = await t.database.db
    .insert(polls)
    .values({ title: `Poll ${name}`, opensAt: at(-24), closesAt: at(24), publishedAt: at(-48), ...over })
    .returning({ id: polls.id });
  ids[name] = r!.id;
}

/** The `poll.published` events emitted for a poll, as their listeners receive them. */
const published = (pollId: string) =>
  queryRows<{ payload: DomainEvent }>(
    t.database.db,
    sql`select payload from jobs where kind = 'event' and payload->>'type' = 'poll.published' and payload->>'entityId' = ${pollId}`,
  );

beforeAll(async () => {
  t = await testApp();
  admin = await person(t, { roles: ['administrator'] });
  await insert('cityLater', { closesAt: at(72) });
  await insert('admiraltySoon', { districtIds: ['admiralteysky'], closesAt: at(5) });
  await insert('kolpino', { districtIds: ['kolpinsky'] });
  await insert('twoDistricts', { districtIds: ['admiralteysky', 'kolpinsky'], closesAt: at(48) });
  await insert('closedYesterday', { districtIds: ['admiralteysky'], opensAt: at(-100), closesAt: at(-24), closedAt: at(-24) });
  await insert('closedEarly', { opensAt: at(-100), closesAt: at(24), closedAt: at(-48) });
  await insert('closedLongAgo', { opensAt: at(-2000), closesAt: at(-1000), closedAt: at(-1000) });
  await insert('draft', { publishedAt: null });
  await insert('upcoming', { opensAt: at(24), closesAt: at(48) });
});
afterAll(async () => t?.close());

describe('the polls of an area', () => {
  it("lists a district's published, opened polls and the city-wide ones: open first, closing soonest, then those closed lately, newest first", async () => {
    const section = await list(district('admiralteysky'));
    expect(names(section)).toEqual(['admiraltySoon', 'twoDistricts', 'cityLater', 'closedYesterday', 'closedEarly']);
    expect(section.total).toBe(5);
    expect(section.items[0]).toEqual({
      kind: 'poll',
      id: ids.admiraltySoon,
      title: 'Poll admiraltySoon',
      path: `/polls/${ids.admiraltySoon}`,
      status: 'open',
      statusText: 'Open',
      lat: null,
      lon: null,
      distanceMeters: null,
      districtId: 'admiralteysky',
      address: null,
      date: at(5),
    });
    // a poll for several districts names none; a closed one says so
    expect(section.items[1]).toMatchObject({ districtId: null, status: 'open' });
    expect(section.items[3]).toMatchObject({ status: 'closed', statusText: 'Closed', date: at(-24) });
  });

  it('never lists a draft, a poll not open yet, one for another district or one closed more than a month ago', async () => {
    const listed = names(await list(district('admiralteysky')));
    for (const name of ['draft', 'upcoming', 'kolpino', 'closedLongAgo']) expect(listed).not.toContain(name);
    expect(names(await list(district('kolpinsky')))).toEqual(['kolpino', 'twoDistricts', 'cityLater', 'closedEarly']);
  });

  it("reads a circle for its centre's district, and a circle outside every district for the city-wide polls only", async () => {
    expect(names(await list(circle('admiralteysky')))).toEqual(names(await list(district('admiralteysky'))));
    expect(names(await list(circle(null)))).toEqual(['cityLater', 'closedEarly']);
  });

  it('words the status in the query language and keeps the total beyond the limit', async () => {
    const section = await list(circle('admiralteysky', 'ru'), 2);
    expect(section.items.map((i) => i.statusText)).toEqual(['Идёт', 'Идёт']);
    expect(section.total).toBe(5);
    expect((await list(district('admiralteysky', 'ru'))).items.at(-1)!.statusText).toBe('Завершён');
  });
});

describe('a published poll as area news', () => {
  const draftBody = (districtIds: string[]) => ({
    title: 'Benches on the embankment',
    description: 'Where should the new benches stand?',
    districtIds,
    opensAt: at(1).toISOString(),
    closesAt: at(48).toISOString(),
    questions: [{ kind: 'single', text: 'Where?', options: ['By the bridge', 'By the pier'] }],
  });
  const alert = pollArea!.alerts![0]!;

  it('is announced when published (with its opening time) and located in the district it asks, with no point', async () => {
    const created = await admin.client.post('/api/admin/polls', draftBody(['admiralteysky']));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as string;
    expect(await published(id)).toEqual([]);
    expect(
      await alert.locate(t.database.db, { id: 'x', type: 'poll.published', actorId: null, entityType: 'poll', entityId: id, data: {}, at: '' }),
    ).toMatchObject({
      visible: false,
    });
    expect((await admin.client.post(`/api/admin/polls/${id}/publish`)).status).toBe(200);
    const [event] = await published(id);
    expect(alert.topic).toBe('polls');
    expect(event!.payload).toMatchObject({
      actorId: admin.userId,
      data: { title: 'Benches on the embankment', path: `/polls/${id}`, districtIds: ['admiralteysky'] },
    });
    expect(Date.parse((event!.payload.data as { opensAt: string }).opensAt)).toBe(at(1).getTime());
    expect(await alert.locate(t.database.db, event!.payload)).toEqual({
      entityType: 'poll',
      entityId: id,
      title: 'Benches on the embankment',
      path: `/polls/${id}`,
      lat: null,
      lon: null,
      districtId: 'admiralteysky',
      visible: true,
    });
  });

  it('reaches no district when it asks the whole city', async () => {
    const created = await admin.client.post('/api/admin/polls', draftBody([]));
    const id = created.body.id as string;
    expect((await admin.client.post(`/api/admin/polls/${id}/publish`)).status).toBe(200);
    const [event] = await published(id);
    expect(await alert.locate(t.database.db, event!.payload)).toMatchObject({ districtId: null, lat: null, visible: true });
  });
});
