import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../../test/db.js';
import { person, type TestPerson } from '../../../../test/fixtures.js';
import { TestClient } from '../../../../test/http-client.js';
import { discussionEntity } from '../use-cases/discussion-entity.js';
import { discussionSearch } from '../use-cases/discussion-search.js';

let t: TestApp;
let owner: TestPerson;
let member: TestPerson;
let stranger: TestPerson;
let visitor: TestClient;
let openGroup: string;
let closedGroup: string;

const verified = (lang: 'ru' | 'en' = 'en') => person(t, { verified: { districtId: 'nevsky' }, lang });
const createGroup = async (body: Record<string, unknown>) =>
  (await owner.client.post('/api/groups', { kind: 'interest', description: 'Встречаемся и помогаем друг другу.', districtId: 'nevsky', ...body })).body
    .id as string;
const start = (c: TestClient, groupId: string, title: string) => c.post('/api/discussions', { kind: 'topic', groupId, title, body: 'Обсудим на встрече.' });
const ids = (items: { id: string }[]) => items.map((i) => i.id);

beforeAll(async () => {
  t = await testApp();
  [owner, member, stranger] = await Promise.all([verified(), verified(), verified('ru')]);
  visitor = new TestClient(t.app, 'en');
  openGroup = await createGroup({ name: 'Клуб садоводов' });
  closedGroup = await createGroup({ name: 'Совет дома', membership: 'request' });
  await member.client.post(`/api/groups/${openGroup}/join`, {});
  await member.client.post(`/api/groups/${closedGroup}/join`, {});
  await owner.client.post(`/api/groups/${closedGroup}/members/${member.userId}/approve`, {});
});
afterAll(async () => t?.close());

describe('a community’s discussions', () => {
  it('a member opens one in the community: the district is the community’s, and it is listed there with the community', async () => {
    const res = await member.client.post('/api/discussions', {
      kind: 'question',
      groupId: openGroup,
      districtId: 'admiralteysky',
      title: 'Когда сажаем тюльпаны?',
      body: 'Луковицы уже купили.',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ districtId: 'nevsky', group: { id: openGroup, name: 'Клуб садоводов' } });
    const list = await visitor.get(`/api/discussions?groupId=${openGroup}`);
    expect(ids(list.body.items)).toEqual([res.body.id]);
    // an open community's discussion is public like any other, shown with the community
    const everyone = await visitor.get(`/api/discussions?q=${encodeURIComponent('тюльпаны')}`);
    expect(everyone.body.items).toMatchObject([{ id: res.body.id, group: { id: openGroup, name: 'Клуб садоводов' } }]);
    const [doc] = await discussionSearch.documents(t.database.db, [res.body.id]);
    expect(doc?.visible).toBe(true);
  });

  it('refuses a non-member (403, in their language), a banned person and an unknown community', async () => {
    const refused = await start(stranger.client, openGroup, 'Чужая тема');
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 'not_group_member', message: expect.stringContaining('вступите') });
    const banned = await verified();
    await banned.client.post(`/api/groups/${openGroup}/join`, {});
    await owner.client.post(`/api/groups/${openGroup}/members/${banned.userId}/remove`, { reason: 'Реклама в каждом сообщении', ban: true });
    const res = await start(banned.client, openGroup, 'Снова я');
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('group_banned');
    expect((await start(member.client, '00000000-0000-4000-8000-000000000000', 'Нигде')).status).toBe(404);
    expect((await visitor.post('/api/discussions', { kind: 'topic', groupId: openGroup, title: 'Аноним', body: 'Текст' })).status).toBe(401);
  });

  it('a members-only community’s discussion exists only for its members: 404 to others, absent from the list, search and profiles', async () => {
    const res = await start(member.client, closedGroup, 'Ремонт подъезда');
    expect(res.status).toBe(201);
    const id = res.body.id as string;
    expect((await owner.client.get(`/api/discussions/${id}`)).body.group).toEqual({ id: closedGroup, name: 'Совет дома' });
    expect(ids((await owner.client.get(`/api/discussions?groupId=${closedGroup}`)).body.items)).toEqual([id]);
    expect((await owner.client.post(`/api/comments/discussion/${id}`, { body: 'Соберёмся в четверг.' })).status).toBe(201);

    for (const c of [stranger.client, visitor]) {
      expect((await c.get(`/api/discussions/${id}`)).status).toBe(404);
      expect((await c.get(`/api/comments/discussion/${id}`)).status).toBe(404);
      const list = await c.get(`/api/discussions?groupId=${closedGroup}`);
      expect(list.status).toBe(404);
      expect(list.body.error.code).toBe('group_discussions_members_only');
    }
    expect((await stranger.client.post(`/api/comments/discussion/${id}`, { body: 'А я?' })).status).toBe(404);
    expect((await stranger.client.patch(`/api/discussions/${id}`, { title: 'Чужая правка' })).status).toBe(404);
    expect(ids((await visitor.get(`/api/discussions?q=${encodeURIComponent('подъезда')}`)).body.items)).toEqual([]);
    const [doc] = await discussionSearch.documents(t.database.db, [id]);
    expect(doc?.visible).toBe(false);
    expect((await discussionEntity.describe(t.database.db, [id])).get(id)?.visible).toBe(false);
    expect(ids(await discussionEntity.authoredBy!(t.database.db, member.userId, 10))).not.toContain(id);
  });

  it('in a community only its members comment', async () => {
    const id = (await start(member.client, openGroup, 'Полив летом')).body.id as string;
    expect((await owner.client.post(`/api/comments/discussion/${id}`, { body: 'Нужен шланг.' })).status).toBe(201);
    const refused = await stranger.client.post(`/api/comments/discussion/${id}`, { body: 'Можно мне?' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('not_group_member');
    expect((await visitor.get(`/api/comments/discussion/${id}`)).status).toBe(200);
  });

  it('a community that becomes members-only takes its discussions out of the site-wide search, and back when open again', async () => {
    const club = await createGroup({ name: 'Клуб велосипедистов' });
    await member.client.post(`/api/groups/${club}/join`, {});
    const id = (await start(member.client, club, 'Велопрогулка по набережным')).body.id as string;
    const found = async () => {
      await t.ctx.jobs.runDue();
      return ids((await visitor.get(`/api/search?q=${encodeURIComponent('велопрогулка')}`)).body.items);
    };
    expect(await found()).toEqual([id]);
    expect((await owner.client.patch(`/api/groups/${club}`, { membership: 'invitation' })).status).toBe(200);
    expect(await found()).toEqual([]);
    expect((await owner.client.patch(`/api/groups/${club}`, { membership: 'open' })).status).toBe(200);
    expect(await found()).toEqual([id]);
  });
});
