import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/db.js';
import { person, type TestPerson } from '../../../test/fixtures.js';
import { TestClient } from '../../../test/http-client.js';
import { events } from '../../modules/events/db/schema.js';
import { polls } from '../../modules/polls/db/schema.js';
import { volunteerProjects, volunteerShifts } from '../../modules/volunteering/db/schema.js';
import { thisWeekLimit } from './this-week.js';

type Item = {
  kind: string;
  type: string | null;
  id: string;
  title: string;
  context: string | null;
  path: string;
  startsAt: string;
  endsAt: string;
  districtId: string | null;
  address: string | null;
  online: boolean;
  freePlaces: number | null;
  waiting: number;
  near: boolean;
};
type ThisWeek = { districtId: string | null; until: string; items: Item[] };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (ms: number) => new Date(Date.now() + ms);
/** Admiralteysky (the centre) and Kolpino (the south-east). */
const centre = { lat: 59.9187, lon: 30.288, districtId: 'admiralteysky', address: 'Садовая ул., 1' };
const kolpino = { lat: 59.7506, lon: 30.5897, districtId: 'kolpinsky', address: 'Колпино, ул. Труда, 5' };
const organiserId = crypto.randomUUID();

let t: TestApp;
let visitor: TestClient;
let profiled: TestPerson; // names Kolpino in the profile
let verifiedOnly: TestPerson; // no profile district; verified in Kolpino
const ids: Record<string, string> = {};

async function event(key: string, over: Partial<typeof events.$inferInsert> = {}) {
  const [row] = await t.database.db
    .insert(events)
    .values({
      kind: 'cleanup',
      title: `Event ${key}`,
      description: 'A test of the home page week.',
      departmentId: 'committee-roads',
      organiserId,
      ...centre,
      startsAt: at(2 * DAY),
      endsAt: at(2 * DAY + 2 * HOUR),
      ...over,
    })
    .returning({ id: events.id });
  ids[key] = row!.id;
}

async function shift(key: string, projectId: string, over: Partial<typeof volunteerShifts.$inferInsert> = {}) {
  const [row] = await t.database.db
    .insert(volunteerShifts)
    .values({ projectId, title: `Shift ${key}`, startsAt: at(3 * DAY), endsAt: at(3 * DAY + 3 * HOUR), ...centre, capacity: 4, ...over })
    .returning({ id: volunteerShifts.id });
  ids[key] = row!.id;
}

async function project(key: string, over: Partial<typeof volunteerProjects.$inferInsert> = {}) {
  const [row] = await t.database.db
    .insert(volunteerProjects)
    .values({ title: `Project ${key}`, description: 'Helping the city.', departmentId: 'committee-roads', organiserId, ...over })
    .returning({ id: volunteerProjects.id });
  return row!.id;
}

const read = async (client: TestClient, query = '') => {
  const res = await client.get(`/api/home/this-week${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as ThisWeek;
};
const keys = (w: ThisWeek) => w.items.map((i) => Object.keys(ids).find((k) => ids[k] === i.id) ?? i.id);

beforeAll(async () => {
  t = await testApp();
  visitor = new TestClient(t.app, 'en');
  profiled = await person(t);
  expect((await profiled.client.patch('/api/me', { districtId: 'kolpinsky' })).status).toBe(200);
  verifiedOnly = await person(t, { verified: { districtId: 'kolpinsky' } });

  const [poll] = await t.database.db
    .insert(polls)
    .values({ title: 'Which yard first?', opensAt: at(-10 * DAY), closesAt: at(-DAY), publishedAt: at(-10 * DAY), closedAt: at(-DAY) })
    .returning({ id: polls.id });

  await event('tomorrow', { startsAt: at(DAY), endsAt: at(DAY + 2 * HOUR), capacity: 10, registeredCount: 4 });
  await event('full', { kind: 'workshop', startsAt: at(2 * DAY), endsAt: at(2 * DAY + HOUR), capacity: 5, registeredCount: 5, waitlistCount: 2 });
  await event('meeting', { kind: 'meeting', startsAt: at(4 * DAY), endsAt: at(4 * DAY + HOUR), sourceType: 'poll', sourceId: poll!.id });
  await event('online', {
    kind: 'online',
    lat: null,
    lon: null,
    districtId: null,
    address: '',
    onlineUrl: 'https://meet.example/x',
    startsAt: at(5 * DAY),
    endsAt: at(5 * DAY + HOUR),
  });
  await event('kolpino', { ...kolpino, kind: 'hearing', startsAt: at(6 * DAY), endsAt: at(6 * DAY + 2 * HOUR) });
  // not this week's: started already, next week, cancelled, held for moderation
  await event('running', { startsAt: at(-HOUR), endsAt: at(HOUR) });
  await event('nextWeek', { startsAt: at(8 * DAY), endsAt: at(8 * DAY + HOUR) });
  await event('cancelled', { status: 'cancelled', cancelledAt: new Date() });
  await event('held', { departmentId: null, moderation: 'held' });

  const yards = await project('yards');
  await shift('shift', yards, { startsAt: at(3 * DAY), endsAt: at(3 * DAY + 3 * HOUR), capacity: 4, registeredCount: 1 });
  await shift('shiftFull', yards, { ...kolpino, startsAt: at(DAY + HOUR), endsAt: at(DAY + 3 * HOUR), capacity: 2, registeredCount: 2, waitlistCount: 3 });
  await shift('shiftLater', yards, { startsAt: at(9 * DAY), endsAt: at(9 * DAY + HOUR) });
  const hidden = await project('hidden', { moderation: 'hidden' });
  await shift('shiftHidden', hidden, { startsAt: at(2 * DAY), endsAt: at(2 * DAY + HOUR) });
  await shift('shiftCancelled', yards, { startsAt: at(2 * DAY), endsAt: at(2 * DAY + HOUR), cancelledAt: new Date(), cancelReason: 'Rain.' });
  const called = await project('called off', { cancelledAt: new Date(), cancelReason: 'No permit.' });
  await shift('shiftOfCancelled', called, { startsAt: at(2 * DAY), endsAt: at(2 * DAY + HOUR) });
});

afterAll(async () => {
  await t?.close();
});

describe('GET /api/home/this-week', () => {
  it('lists a visitor the coming seven days of events and shifts across the city, soonest first', async () => {
    const w = await read(visitor);
    expect(w.districtId).toBeNull();
    expect(new Date(w.until).getTime() - Date.now()).toBeGreaterThan(7 * DAY - HOUR);
    expect(keys(w)).toEqual(['tomorrow', 'shiftFull', 'full', 'shift', 'meeting', 'online', 'kolpino']);
    expect(w.items.every((i) => !i.near)).toBe(true);
  });

  it('says the free places, a full one’s waitlist, the place or online, and what a shift or a meeting belongs to', async () => {
    const by = Object.fromEntries((await read(visitor)).items.map((i) => [i.id, i]));
    expect(by[ids.tomorrow!]).toMatchObject({
      kind: 'event',
      type: 'cleanup',
      path: `/events/${ids.tomorrow}`,
      freePlaces: 6,
      waiting: 0,
      address: centre.address,
      online: false,
      districtId: 'admiralteysky',
    });
    expect(by[ids.full!]).toMatchObject({ type: 'workshop', freePlaces: 0, waiting: 2 });
    expect(by[ids.online!]).toMatchObject({ online: true, address: null, freePlaces: null, districtId: null });
    expect(by[ids.meeting!]).toMatchObject({ type: 'meeting', context: 'Which yard first?' });
    expect(by[ids.shift!]).toMatchObject({ kind: 'volunteer_shift', type: null, context: 'Project yards', freePlaces: 3, waiting: 0 });
    expect(by[ids.shiftFull!]).toMatchObject({ freePlaces: 0, waiting: 3, districtId: 'kolpinsky' });
    expect(by[ids.shift!]!.path).toMatch(/^\/volunteering\/[0-9a-f-]{36}$/);
  });

  it('puts what is in the chosen district first, then the rest of the city', async () => {
    const w = await read(visitor, '?districtId=kolpinsky');
    expect(w.districtId).toBe('kolpinsky');
    expect(keys(w)).toEqual(['shiftFull', 'kolpino', 'tomorrow', 'full', 'shift', 'meeting', 'online']);
    expect(w.items.map((i) => i.near)).toEqual([true, true, false, false, false, false, false]);
  });

  it('reads "near me" from a signed-in resident’s profile, else from their verification', async () => {
    expect((await read(profiled.client)).districtId).toBe('kolpinsky');
    const verified = await read(verifiedOnly.client);
    expect(verified.districtId).toBe('kolpinsky');
    expect(keys(verified).slice(0, 2)).toEqual(['shiftFull', 'kolpino']);
  });

  it('reads an unknown district as none, and refuses a malformed one with a reason', async () => {
    expect((await read(visitor, '?districtId=atlantis')).districtId).toBeNull();
    const res = await visitor.get(`/api/home/this-week?districtId=${'x'.repeat(65)}`);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'validation_failed', fields: { districtId: 'District must be at most 64 characters.' } } });
  });

  it(`shows at most ${thisWeekLimit}, the district's kept even when the city has more sooner`, async () => {
    const busy = await project('busy');
    for (let i = 0; i < thisWeekLimit + 2; i++) await shift(`busy${i}`, busy, { startsAt: at(HOUR + i * 60_000), endsAt: at(2 * HOUR + i * 60_000) });
    const city = await read(visitor);
    expect(city.items).toHaveLength(thisWeekLimit);
    expect(keys(city).every((k) => k.startsWith('busy'))).toBe(true);
    const near = await read(visitor, '?districtId=kolpinsky');
    expect(keys(near).slice(0, 3)).toEqual(['shiftFull', 'kolpino', 'busy0']);
  });
});
