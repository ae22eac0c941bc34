import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/db.js';
import { fileableReasons, person, type TestPerson } from '../../../test/fixtures.js';
import { TestClient } from '../../../test/http-client.js';
import { districtAt } from '../../modules/city/index.js';
import { pbBallots, pbCycles, pbHeadings } from '../../modules/budgeting/db/schema.js';
import { initiativeSupports, initiatives } from '../../modules/initiatives/db/schema.js';
import { pollResponses, polls } from '../../modules/polls/db/schema.js';

type Item = {
  section: string;
  kind: string;
  id: string;
  title: string;
  path: string;
  districtIds: string[];
  endsAt: string | null;
  done: boolean | null;
  progress: { count: number; goal: number } | null;
  status: string | null;
  statusText: string | null;
  number: number | null;
};
type OpenNow = { districtId: string | null; open: Item[]; mine: Item[]; near: Item[] };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const centre = { lat: 59.9343, lon: 30.3351 };

let t: TestApp;
let anna: TestPerson; // files a report, answers the poll, supports the initiative, votes; her profile names the centre's district
let boris: TestPerson; // files two reports, one approved
let moderator: TestPerson;
let visitor: TestClient;
let here: string; // the district of the centre
let elsewhere: string; // another district
let reasonId: number;
const ids: Record<string, string> = {};
const numbers: Record<string, number> = {};

const at = (ms: number) => new Date(Date.now() + ms);
const read = async (client: TestClient, query = '') => {
  const res = await client.get(`/api/home/open-now${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as OpenNow;
};
const idsOf = (items: Item[]) => items.map((i) => i.id);

async function poll(key: string, over: Partial<typeof polls.$inferInsert> = {}) {
  const [row] = await t.database.db
    .insert(polls)
    .values({ title: `Poll ${key}`, opensAt: at(-HOUR), closesAt: at(5 * DAY), publishedAt: at(-HOUR), ...over })
    .returning({ id: polls.id });
  ids[key] = row!.id;
}

async function cycle(key: string, phase: 'voting' | 'review', over: Partial<typeof pbCycles.$inferInsert> = {}) {
  // a phase each day: voting began yesterday and ends in three days; review began yesterday
  const d = (n: number) => at(n * DAY);
  const dates =
    phase === 'voting'
      ? { informingFrom: d(-5), intakeFrom: d(-4), reviewFrom: d(-3), votingFrom: d(-1), tallyingFrom: d(3), resultsFrom: d(4), implementationFrom: d(5) }
      : { informingFrom: d(-5), intakeFrom: d(-4), reviewFrom: d(-1), votingFrom: d(10), tallyingFrom: d(11), resultsFrom: d(12), implementationFrom: d(13) };
  const [row] = await t.database.db
    .insert(pbCycles)
    .values({ year: 2026, title: `Cycle ${key}`, ...dates, ...over })
    .returning({ id: pbCycles.id });
  ids[key] = row!.id;
}

async function initiative(key: string, over: Partial<typeof initiatives.$inferInsert> = {}) {
  const [row] = await t.database.db
    .insert(initiatives)
    .values({
      type: 'improvement',
      scope: 'city',
      title: `Initiative ${key}`,
      text: 'A bench on every corner.',
      ask: 'Install benches',
      addressee: 'The city',
      authorId: boris.userId,
      status: 'collecting',
      supportThreshold: 100,
      supportCount: 7,
      supportOpensAt: at(-DAY),
      supportClosesAt: at(10 * DAY),
      ...over,
    })
    .returning({ id: initiatives.id, number: initiatives.number });
  ids[key] = row!.id;
  numbers[key] = row!.number;
}

async function file(who: TestPerson, description: string): Promise<number> {
  const res = await who.client.post('/api/reports', { reasonId, ...centre, address: 'Невский проспект, 35', description });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.number as number;
}

beforeAll(async () => {
  t = await testApp();
  here = (await districtAt(t.database.db, centre.lon, centre.lat))!.id;
  elsewhere = here === 'kurortny' ? 'kolpinsky' : 'kurortny';
  const reason = (await fileableReasons(t.database.db)).find((r) => !r.photoRequired);
  reasonId = reason!.id;

  anna = await person(t, { email: 'anna@open-now.test' });
  expect((await anna.client.patch('/api/me', { displayName: 'Anna Secretova', districtId: here })).status).toBe(200);
  boris = await person(t, { email: 'boris@open-now.test' });
  expect((await boris.client.patch('/api/me', { displayName: 'Boris Privatov' })).status).toBe(200);
  moderator = await person(t, { roles: ['moderator'] });
  visitor = new TestClient(t.app, 'en');

  // polls: open for the city (closing in 5 days), open for the centre's district only (2 days), a «Родной район»
  // for another district (1 day); closed, not yet open, a draft
  await poll('city');
  await poll('here', { districtIds: [here], closesAt: at(2 * DAY) });
  await poll('priorities', { kind: 'priorities', districtIds: [elsewhere], closesAt: at(DAY) });
  await poll('closed', { opensAt: at(-3 * DAY), closesAt: at(-HOUR), closedAt: at(-HOUR) });
  await poll('future', { opensAt: at(DAY), closesAt: at(3 * DAY) });
  await poll('draft', { publishedAt: null });
  await t.database.db.insert(pollResponses).values({ pollId: ids.city!, respondentId: anna.userId, receiptHash: crypto.randomUUID(), verified: false });

  // budgeting: a cycle voting (ends in 3 days), one under review, an imported election whose dates say voting
  await cycle('voting', 'voting');
  await cycle('review', 'review');
  await cycle('imported', 'voting', { importedFrom: 'Pabulib: Wieliczka' });
  const [heading] = await t.database.db.insert(pbHeadings).values({ cycleId: ids.voting!, title: 'City', amount: '1000000' }).returning({ id: pbHeadings.id });
  await t.database.db.insert(pbBallots).values({ headingId: heading!.id, voterId: anna.userId, receiptHash: crypto.randomUUID(), numbers: [], points: [] });

  // initiatives: collecting (10 days left), collecting but hidden by moderation, collecting past its window, not reached
  await initiative('collecting');
  await initiative('hidden', { moderation: 'hidden' });
  await initiative('lapsed', { supportClosesAt: at(-HOUR) });
  await initiative('notReached', { status: 'not_reached', supportClosesAt: at(-DAY) });
  await t.database.db.insert(initiativeSupports).values({ initiativeId: ids.collecting!, userId: anna.userId });

  // reports: Anna's on moderation; Boris's approved (public) and another still on moderation
  numbers.annas = await file(anna, 'Глубокая яма на тротуаре у входа в Гостиный двор.');
  numbers.borisPublic = await file(boris, 'Не горит фонарь у дома на углу, темно вечером.');
  expect((await moderator.client.post(`/api/reports/${numbers.borisPublic}/approve`, {})).status).toBe(200);
  numbers.borisPending = await file(boris, 'Переполнены мусорные баки во дворе уже неделю.');
});
afterAll(async () => t?.close());

describe('what is open now (the home page)', () => {
  it('shows a visitor what is open, ending soonest first: polls, the vote, initiatives collecting — never closed, future, draft, hidden or imported ones', async () => {
    const body = await read(visitor);
    expect(body.districtId).toBeNull();
    expect(body.mine).toEqual([]);
    expect(body.near).toEqual([]);
    // no district known: polls for any district are listed; the nearest end first
    expect(idsOf(body.open)).toEqual([ids.priorities, ids.here, ids.voting, ids.city, ids.collecting]);
    const by = Object.fromEntries(body.open.map((i) => [i.id, i]));
    expect(by[ids.city!]).toMatchObject({ kind: 'poll', title: 'Poll city', path: `/polls/${ids.city}`, districtIds: [], done: null });
    expect(by[ids.priorities!]).toMatchObject({ kind: 'priorities', districtIds: [elsewhere] });
    expect(by[ids.voting!]).toMatchObject({ kind: 'budgeting', status: 'voting', path: `/budgeting/cycles/${ids.voting}`, done: null });
    expect(by[ids.collecting!]).toMatchObject({
      kind: 'initiative',
      number: numbers.collecting,
      path: `/initiatives/${numbers.collecting}`,
      progress: { count: 7, goal: 100 },
      done: null,
    });
    for (const i of body.open) expect(Date.parse(i.endsAt!)).toBeGreaterThan(Date.now());
  });

  it('near a district a visitor chose: its latest public reports, and no polls only other districts may answer; an unknown district reads as none', async () => {
    const body = await read(visitor, `?districtId=${here}`);
    expect(body.districtId).toBe(here);
    expect(idsOf(body.open)).not.toContain(ids.priorities);
    expect(idsOf(body.open)).toContain(ids.here);
    // only the approved report: Anna's and Boris's other one are still on moderation
    expect(body.near.map((i) => i.number)).toEqual([numbers.borisPublic]);
    expect(body.near[0]).toMatchObject({ kind: 'report', status: 'sent', path: `/reports/${numbers.borisPublic}`, districtIds: [here] });
    expect(body.mine).toEqual([]);

    const unknown = await read(visitor, '?districtId=atlantis');
    expect(unknown).toMatchObject({ districtId: null, near: [] });
    expect((await visitor.get(`/api/home/open-now?districtId=${'x'.repeat(65)}`)).status).toBe(400);
  });

  it('shows a signed-in resident what they already did, their own reports (on moderation too) and their profile district', async () => {
    const body = await read(anna.client);
    expect(body.districtId).toBe(here);
    const by = Object.fromEntries(body.open.map((i) => [i.id, i]));
    expect(by[ids.city!]!.done).toBe(true);
    expect(by[ids.here!]!.done).toBe(false);
    expect(by[ids.voting!]!.done).toBe(true);
    expect(by[ids.collecting!]!.done).toBe(true);
    expect(idsOf(body.open)).not.toContain(ids.priorities);
    expect(body.mine.map((i) => i.number)).toEqual([numbers.annas]);
    expect(body.mine[0]).toMatchObject({ kind: 'report', status: 'moderation', statusText: 'On moderation' });
    expect(body.near.map((i) => i.number)).toEqual([numbers.borisPublic]);
  });

  it('gives each person only their own: no one else’s reports, answers or names; the words in the reader’s language', async () => {
    const body = await read(boris.client, `?districtId=${here}`);
    expect(body.mine.map((i) => i.number)).toEqual([numbers.borisPending, numbers.borisPublic]);
    expect(body.open.find((i) => i.id === ids.city)!.done).toBe(false);
    expect(body.open.find((i) => i.id === ids.collecting)!.done).toBe(false);
    expect(body.open.find((i) => i.id === ids.voting)!.done).toBe(false);
    const text = JSON.stringify(body);
    for (const secret of [anna.userId, anna.email, 'Anna Secretova', boris.userId, boris.email, 'Boris Privatov']) expect(text).not.toContain(secret);
    expect(text).not.toContain(`/reports/${numbers.annas}"`);
    expect(JSON.stringify(await read(visitor, `?districtId=${here}`))).not.toMatch(/Secretova|Privatov|open-now\.test/);

    // a Russian reader reads the problem type and the status in Russian
    const russian = await read(new TestClient(t.app, 'ru'), `?districtId=${here}`);
    expect(russian.near[0]!.statusText).toBe('Направлено исполнителю');
    expect(russian.near[0]!.title).toMatch(/[а-яё]/i);
  });
});
