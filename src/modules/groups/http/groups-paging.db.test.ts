import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../core/db/client.js';
import { testApp, type TestApp } from '../../../../test/db.js';
import { person, type TestPerson } from '../../../../test/fixtures.js';
import { TestClient } from '../../../../test/http-client.js';

let t: TestApp;
let owner: TestPerson;
let visitor: TestClient;

const verified = (districtId = 'admiralteysky', lang: 'ru' | 'en' = 'en') => person(t, { verified: { districtId }, lang });
const create = (c: TestClient, body: Record<string, unknown>) =>
  c.post('/api/groups', { kind: 'interest', name: 'Соседский клуб', description: 'Встречаемся и помогаем друг другу.', ...body });
const ids = (items: { id: string }[]) => items.map((i) => i.id);

beforeAll(async () => {
  t = await testApp();
  owner = await verified();
  visitor = new TestClient(t.app, 'en');
});
afterAll(async () => t?.close());

/** Every page of a feed from the start, `between` run after each page but the last. */
async function walkFeed(c: TestClient, groupId: string, limit: number, between: () => Promise<unknown> = async () => undefined) {
  const pages: string[][] = [];
  let cursor: string | null = null;
  do {
    const res = await c.get(`/api/groups/${groupId}/posts?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    pages.push(ids(res.body.items));
    cursor = res.body.nextCursor;
    if (cursor) await between();
  } while (cursor && pages.length < 20);
  return pages;
}

describe('the feed a page at a time', () => {
  it('pinned posts come first, then the newest; posts written while someone reads neither repeat nor push others off later pages', async () => {
    const g = (await create(owner.client, {})).body;
    const post = async (body: string) => (await owner.client.post(`/api/groups/${g.id}/posts`, { body })).body.id as string;
    const oldest = await post('Первая запись');
    const written = [oldest, await post('Вторая'), await post('Третья'), await post('Четвёртая'), await post('Пятая')];
    // two posts of the very same microsecond: the id breaks the tie, so the cursor neither repeats nor skips one of them
    const twinRows = await queryRows<{ id: string }>(
      t.database.db,
      sql`insert into group_posts (group_id, author_id, body, created_at)
        values (${g.id}, ${owner.userId}, 'Близнец А', '2026-01-01T10:00:00.123456Z'), (${g.id}, ${owner.userId}, 'Близнец Б', '2026-01-01T10:00:00.123456Z')
        returning id`,
    );
    const [twinA, twinB] = twinRows.map((r) => r.id) as [string, string];
    expect((await owner.client.post(`/api/groups/posts/${oldest}/pin`, { pinned: true })).status).toBe(200);
    const twins = [twinA, twinB].sort().reverse();
    const expected = [oldest, ...written.slice(1).reverse(), ...twins];

    const added: string[] = [];
    const pages = await walkFeed(visitor, g.id, 2, async () => added.push(await post(`Пока читали ${added.length}`)));
    expect(pages.flat()).toEqual(expected);
    expect(pages.slice(0, -1).every((p) => p.length === 2)).toBe(true);
    // the new posts wait on top of the feed for the next reading
    const fresh = await visitor.get(`/api/groups/${g.id}/posts?limit=3`);
    expect(ids(fresh.body.items)).toEqual([oldest, added.at(-1), added.at(-2)]);
    expect(fresh.body.total).toBe(expected.length + added.length);

    // a post pinned while someone reads comes after the cursor of the pinned part: walked again, every post once
    const again = await walkFeed(visitor, g.id, 3, async () => owner.client.post(`/api/groups/posts/${twinA}/pin`, { pinned: true }));
    expect(new Set(again.flat()).size).toBe(again.flat().length);
  });

  it('a damaged cursor is refused with the field named in the reader’s language', async () => {
    const g = (await create(owner.client, {})).body;
    const ru = await verified('admiralteysky', 'ru');
    const bad = await ru.client.get(`/api/groups/${g.id}/posts?cursor=not-a-cursor`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.cursor).toMatch(/устарела/);
    expect((await ru.client.get(`/api/groups/${g.id}/members?cursor=${'x'.repeat(300)}`)).status).toBe(400);
  });

  it('a members-only group’s feed stays hidden to others whatever the cursor', async () => {
    const g = (await create(owner.client, { membership: 'request' })).body;
    for (const body of ['Раз', 'Два', 'Три']) await owner.client.post(`/api/groups/${g.id}/posts`, { body });
    const first = await owner.client.get(`/api/groups/${g.id}/posts?limit=1`);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const other = await verified();
    expect((await other.client.get(`/api/groups/${g.id}/posts?cursor=${first.body.nextCursor}`)).status).toBe(404);
    expect((await visitor.get(`/api/groups/${g.id}/posts?cursor=${first.body.nextCursor}`)).status).toBe(404);
  });
});

describe('the member list a page at a time', () => {
  it('owners and admins first, then by joining, every member once; the admins get the requests with the first page', async () => {
    const g = (await create(owner.client, { kind: 'building', districtId: 'admiralteysky', memberListVisibility: 'members' })).body;
    const people = [];
    for (let i = 0; i < 4; i++) {
      const p = await verified();
      await p.client.post(`/api/groups/${g.id}/join`, {});
      people.push(p);
    }
    const admin = people[3]!;
    await owner.client.post(`/api/groups/${g.id}/members/${admin.userId}/role`, { role: 'admin' });
    const asker = await verified('nevsky');
    expect((await asker.client.post(`/api/groups/${g.id}/join`, {})).body.state).toBe('requested');

    const seen: string[] = [];
    let cursor: string | null = null;
    let firstRequests: string[] = [];
    do {
      const res = await owner.client.get(`/api/groups/${g.id}/members?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      expect(res.body.total).toBe(5);
      if (!cursor) firstRequests = res.body.requests.map((m: { userId: string }) => m.userId);
      else expect(res.body.requests).toEqual([]);
      seen.push(...res.body.items.map((m: { userId: string }) => m.userId));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([owner.userId, admin.userId, ...people.slice(0, 3).map((p) => p.userId)]);
    expect(firstRequests).toEqual([asker.userId]);
    // a member pages too, but never sees the requests; the visibility rules hold on every page
    const member = await people[0]!.client.get(`/api/groups/${g.id}/members?limit=2`);
    expect(member.body.requests).toEqual([]);
    expect((await asker.client.get(`/api/groups/${g.id}/members?limit=2&cursor=${member.body.nextCursor}`)).status).toBe(403);
    expect((await visitor.get(`/api/groups/${g.id}/members?cursor=${member.body.nextCursor}`)).status).toBe(401);
  });
});

describe('groups near me and on the map', () => {
  const here = { lat: 59.9187, lon: 30.288 };

  it('lists the groups with a point nearest first with their distance, leaves out those without one, and maps them', async () => {
    // each by its own resident: creating is limited to 5 groups an hour a person
    const by = async (body: Record<string, unknown>) => (await create((await verified()).client, body)).body;
    const near = await by({ kind: 'building', name: 'Дом рядом', lat: here.lat + 0.001, lon: here.lon });
    const far = await by({ kind: 'building', name: 'Дом подальше', lat: here.lat + 0.01, lon: here.lon + 0.01 });
    const mid = await by({ kind: 'building', name: 'Дом через улицу', lat: here.lat - 0.003, lon: here.lon });
    const nowhere = await by({ kind: 'building', name: 'Дом без точки', districtId: 'admiralteysky' });

    const res = await visitor.get(`/api/groups?lat=${here.lat}&lon=${here.lon}`);
    expect(res.status).toBe(200);
    expect(ids(res.body.items)).toEqual([near.id, mid.id, far.id]);
    const metres = res.body.items.map((g: { distanceMeters: number }) => g.distanceMeters);
    expect(metres[0]).toBeGreaterThan(100);
    expect(metres[0]).toBeLessThan(120);
    expect(metres).toEqual([...metres].sort((a, b) => a - b));
    expect(ids((await visitor.get(`/api/groups?lat=${here.lat}&lon=${here.lon}&kind=building&limit=1&offset=1`)).body.items)).toEqual([mid.id]);
    // without a point the list is as it was: every group, no distance
    const all = await visitor.get('/api/groups?kind=building');
    expect(ids(all.body.items)).toContain(nowhere.id);
    expect(all.body.items.every((g: { distanceMeters: null }) => g.distanceMeters === null)).toBe(true);

    const half = await new TestClient(t.app, 'ru').get(`/api/groups?lat=${here.lat}`);
    expect(half.status).toBe(400);
    expect(half.body.error.fields.lon).toMatch(/широту, и долготу/);

    const map = await visitor.get('/api/groups/map');
    expect(map.status).toBe(200);
    expect(map.body.truncated).toBe(false);
    expect(map.body.points.map((p: { id: string }) => p.id).sort()).toEqual([near.id, mid.id, far.id].sort());
    expect(map.body.points.find((p: { id: string }) => p.id === near.id)).toMatchObject({ kind: 'building', name: 'Дом рядом', lat: here.lat + 0.001 });
    expect((await visitor.get(`/api/groups/map?district=${far.districtId}&q=подальше`)).body.points.map((p: { id: string }) => p.id)).toEqual([far.id]);
    expect((await visitor.get('/api/groups/map?kind=interest')).body.points).toEqual([]);
  });
});
