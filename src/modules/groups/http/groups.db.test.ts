import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../core/db/client.js';
import { testApp, type TestApp } from '../../../../test/db.js';
import { person, type TestPerson } from '../../../../test/fixtures.js';
import { TestClient } from '../../../../test/http-client.js';
import { uploadTestPhoto } from '../../../../test/uploads.js';
import { groupNames, groupsRunBy, shareAGroup } from '../index.js';

let t: TestApp;
let owner: TestPerson;
let visitor: TestClient;

const verified = (districtId = 'admiralteysky', lang: 'ru' | 'en' = 'en') => person(t, { verified: { districtId }, lang });
const create = (c: TestClient, body: Record<string, unknown>) =>
  c.post('/api/groups', { kind: 'interest', name: 'Шахматы в сквере', description: 'Играем по выходным в сквере у дома.', ...body });

beforeAll(async () => {
  t = await testApp();
  owner = await verified();
  visitor = new TestClient(t.app, 'en');
});
afterAll(async () => t?.close());

describe('creating a group', () => {
  it('a verified resident creates a group and owns it; bidi overrides and zero-width characters are dropped, markup stays plain text', async () => {
    const res = await create(owner.client, { name: 'Двор\u202e на\u200b Садовой <script>x</script>', description: 'Соседи\u2066 по двору\u2069 <b>все</b>.' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Двор на Садовой <script>x</script>',
      description: 'Соседи по двору <b>все</b>.',
      status: 'active',
      memberCount: 1,
    });
    expect(res.body.me).toMatchObject({ role: 'owner', state: 'member', canManage: true, canPost: true, canLeave: false });
  });

  it('refuses a resident who is not verified (403), a visitor (401) and bad input with the field named in the reader’s language', async () => {
    const plain = await person(t, { lang: 'ru' });
    const denied = await create(plain.client, {});
    expect(denied.status).toBe(403);
    expect(denied.body.error.message).toMatch(/подтверждённые жители/);
    expect((await create(visitor, {})).status).toBe(401);
    const ru = await verified('admiralteysky', 'ru');
    const bad = await create(ru.client, { name: '\u202e\u200b', kind: 'building', memberCap: 1 });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['memberCap', 'name']);
    const noDistrict = await create(ru.client, { kind: 'building' });
    expect(noDistrict.status).toBe(400);
    expect(noDistrict.body.error.fields.districtId).toMatch(/Выберите район/);
  });

  it('an organisation waits for an administrator: hidden from others, listed in the queue, verified with an audit entry', async () => {
    const res = await create(owner.client, { kind: 'organisation', name: 'ТСЖ «Садовая»', registrationNumber: 'ОГРН 1027800000001' });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('pending');
    const other = await verified();
    expect((await other.client.get(`/api/groups/${res.body.id}`)).status).toBe(404);
    expect((await other.client.get('/api/groups/pending')).status).toBe(403);
    const admin = await person(t, { roles: ['administrator'] });
    const queue = await admin.client.get('/api/groups/pending');
    expect(queue.body.items.map((g: { id: string }) => g.id)).toContain(res.body.id);
    const done = await admin.client.post(`/api/groups/${res.body.id}/verify`, { approve: true });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'active', verified: true });
    expect((await other.client.get(`/api/groups/${res.body.id}`)).status).toBe(200);
    const [entry] = await queryRows<{ action: string }>(t.database.db, sql`select action from audit_log where subject_id = ${res.body.id}`);
    expect(entry?.action).toBe('group.verified');
  });
});

describe("a building's point on the map", () => {
  const admiralty = { lat: 59.9187, lon: 30.288 };
  const central = { lat: 59.9187, lon: 30.3776 };

  it('is kept with the address, gives the district when none is chosen, and shows on the page', async () => {
    const res = await create(owner.client, { kind: 'building', name: 'Садовая, 52', address: 'Садовая ул., 52', ...admiralty });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ districtId: 'admiralteysky', address: 'Садовая ул., 52', ...admiralty });
    const moved = await owner.client.patch(`/api/groups/${res.body.id}`, { lat: admiralty.lat + 0.001, lon: admiralty.lon });
    expect(moved.body.lat).toBeCloseTo(admiralty.lat + 0.001);
    expect((await owner.client.patch(`/api/groups/${res.body.id}`, { lat: null, lon: null })).body).toMatchObject({ lat: null, lon: null });
  });

  it('refuses a point outside the city, half a point, or one in another district than chosen, naming the field in the reader’s language', async () => {
    const ru = await verified('admiralteysky', 'ru');
    const outside = await create(ru.client, { kind: 'building', districtId: 'admiralteysky', lat: 55.75, lon: 37.62 });
    expect(outside.status).toBe(400);
    expect(outside.body.error.fields.lat).toMatch(/за пределами города/);
    const half = await create(owner.client, { kind: 'building', districtId: 'admiralteysky', lat: admiralty.lat });
    expect(half.status).toBe(400);
    expect(half.body.error.fields.lon).toMatch(/both the latitude and the longitude/);
    const other = await create(ru.client, { kind: 'building', districtId: 'admiralteysky', ...central });
    expect(other.status).toBe(400);
    expect(other.body.error.fields.lat).toMatch(/в другом районе/);
    const g = (await create(owner.client, { kind: 'building', districtId: 'admiralteysky', ...admiralty })).body;
    const moved = await owner.client.patch(`/api/groups/${g.id}`, { districtId: 'tsentralny' });
    expect(moved.status).toBe(400);
    expect(moved.body.error.fields.lat).toMatch(/another district/);
  });
});

describe('joining', () => {
  it('a building group takes a verified resident of its district at once; one from another district asks and the admins confirm', async () => {
    const owner = await verified();
    const g = (await create(owner.client, { kind: 'building', name: 'Садовая, 50', districtId: 'admiralteysky', memberListVisibility: 'members' })).body;
    const neighbour = await verified('admiralteysky');
    expect((await neighbour.client.post(`/api/groups/${g.id}/join`, {})).body).toEqual({ state: 'member' });
    const stranger = await verified('nevsky');
    expect((await stranger.client.post(`/api/groups/${g.id}/join`, {})).body).toEqual({ state: 'requested' });
    expect((await stranger.client.post(`/api/groups/${g.id}/posts`, { body: 'Привет' })).status).toBe(403);
    // the request is seen by the admins only, and they confirm it
    expect((await neighbour.client.get(`/api/groups/${g.id}/members`)).body.items.map((m: { state: string }) => m.state)).toEqual(['member', 'member']);
    expect((await owner.client.post(`/api/groups/${g.id}/members/${stranger.userId}/approve`, {})).status).toBe(204);
    expect((await owner.client.get(`/api/groups/${g.id}`)).body.memberCount).toBe(3);
    expect(await shareAGroup(t.database.db, neighbour.userId, stranger.userId)).toBe(true);
    expect((await visitor.get(`/api/groups/${g.id}/members`)).status).toBe(401);
  });

  it('a group by invitation refuses a join without a valid link and takes one with it', async () => {
    const owner = await verified();
    const g = (await create(owner.client, { membership: 'invitation' })).body;
    const guest = await verified('nevsky', 'ru');
    const without = await guest.client.post(`/api/groups/${g.id}/join`, {});
    expect(without.status).toBe(403);
    expect(without.body.error.code).toBe('group_invitation_required');
    expect(without.body.error.message).toMatch(/по приглашению/);
    expect((await guest.client.post(`/api/groups/${g.id}/join`, { invitation: 'not-a-real-token-at-all' })).body.error.code).toBe('group_invitation_invalid');
    const link = await owner.client.post(`/api/groups/${g.id}/invitations`, {});
    expect(link.status).toBe(201);
    expect((await guest.client.post(`/api/groups/${g.id}/join`, { invitation: link.body.token })).body).toEqual({ state: 'member' });
    expect(await shareAGroup(t.database.db, owner.userId, guest.userId)).toBe(true);
  });

  it('racing joins never pass the member cap', async () => {
    const owner = await verified();
    const g = (await create(owner.client, { memberCap: 3 })).body;
    const people = await Promise.all([1, 2, 3, 4, 5].map(() => verified()));
    const results = await Promise.all(people.map((p) => p.client.post(`/api/groups/${g.id}/join`, {})));
    expect(results.filter((r) => r.status === 200)).toHaveLength(2);
    expect(results.filter((r) => r.status === 409).map((r) => r.body.error.code)).toEqual(['group_full', 'group_full', 'group_full']);
    const [row] = await queryRows<{ member_count: number; n: number }>(
      t.database.db,
      sql`select member_count, (select count(*)::int from group_members where group_id = ${g.id} and state = 'member') as n from groups where id = ${g.id}`,
    );
    expect(row).toEqual({ member_count: 3, n: 3 });
  });

  it('the last owner cannot leave before handing the group over', async () => {
    const owner = await verified();
    const g = (await create(owner.client, {})).body;
    const next = await verified();
    await next.client.post(`/api/groups/${g.id}/join`, {});
    const stay = await owner.client.post(`/api/groups/${g.id}/leave`, {});
    expect(stay.status).toBe(409);
    expect(stay.body.error.code).toBe('group_last_owner');
    expect((await next.client.post(`/api/groups/${g.id}/members/${owner.userId}/role`, { role: 'member' })).status).toBe(403);
    expect((await owner.client.post(`/api/groups/${g.id}/members/${next.userId}/role`, { role: 'owner' })).status).toBe(204);
    expect((await owner.client.post(`/api/groups/${g.id}/leave`, {})).status).toBe(204);
    expect((await next.client.get(`/api/groups/${g.id}`)).body).toMatchObject({ memberCount: 1, me: { role: 'owner' } });
  });
});

describe('groups as organisers elsewhere', () => {
  it('a person runs the active groups they own or administer; a plain member, a pending organisation and a ban do not count', async () => {
    const owner = await verified();
    const club = (await create(owner.client, { name: 'Клуб садоводов' })).body;
    const pending = (await create(owner.client, { kind: 'organisation', name: 'Фонд «Сад»', registrationNumber: 'ОГРН 1027800000002' })).body;
    const helper = await verified();
    const member = await verified();
    await helper.client.post(`/api/groups/${club.id}/join`, {});
    await member.client.post(`/api/groups/${club.id}/join`, {});
    expect((await owner.client.post(`/api/groups/${club.id}/members/${helper.userId}/role`, { role: 'admin' })).status).toBe(204);
    const db = t.database.db;
    expect((await groupsRunBy(db, owner.userId)).map((g) => g.id)).toEqual([club.id]);
    expect(await groupsRunBy(db, helper.userId, club.id)).toEqual([{ id: club.id, name: 'Клуб садоводов', kind: 'interest', verified: false }]);
    expect(await groupsRunBy(db, member.userId, club.id)).toEqual([]);
    expect(await groupsRunBy(db, owner.userId, pending.id)).toEqual([]);
    expect(await groupsRunBy(db, owner.userId, 'not-a-uuid')).toEqual([]);
    expect((await owner.client.post(`/api/groups/${club.id}/members/${helper.userId}/remove`, { reason: 'Нарушал правила', ban: true })).status).toBe(204);
    expect(await groupsRunBy(db, helper.userId)).toEqual([]);
    expect([...(await groupNames(db, [club.id, pending.id, club.id])).keys()].sort()).toEqual([club.id, pending.id].sort());
  });
});

describe('the feed', () => {
  it('a member posts with a photo, another comments; a non-member may not comment', async () => {
    const owner = await verified();
    const g = (await create(owner.client, { kind: 'building', districtId: 'admiralteysky' })).body;
    const a = await verified();
    const b = await verified();
    await a.client.post(`/api/groups/${g.id}/join`, {});
    await b.client.post(`/api/groups/${g.id}/join`, {});
    const photo = await uploadTestPhoto(t.app, a.client);
    const post = await a.client.post(`/api/groups/${g.id}/posts`, { body: 'Новая\u202e скамейка <img src=x onerror=alert(1)>', photoFileIds: [photo] });
    expect(post.status).toBe(201);
    expect(post.body.body).toBe('Новая скамейка <img src=x onerror=alert(1)>');
    expect((await visitor.get(post.body.photos[0].thumbUrl)).status).toBe(200);
    // a photo someone else uploaded is not attachable
    expect((await b.client.post(`/api/groups/${g.id}/posts`, { body: 'Чужое фото', photoFileIds: [photo] })).status).toBe(400);
    const comment = await b.client.post(`/api/comments/group_post/${post.body.id}`, { body: 'Отлично, спасибо!' });
    expect(comment.status).toBe(201);
    const outsider = await verified('nevsky');
    const refused = await outsider.client.post(`/api/comments/group_post/${post.body.id}`, { body: 'Я не отсюда' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('not_group_member');
    // the group's admin hides the comment with a reason; the post's count follows
    expect((await owner.client.post(`/api/groups/${g.id}/comments/${comment.body.id}/hide`, { reason: 'Не по теме' })).status).toBe(204);
    expect((await a.client.get(`/api/groups/posts/${post.body.id}`)).body.commentCount).toBe(0);
    // pinned posts come first
    const later = await b.client.post(`/api/groups/${g.id}/posts`, { body: 'Второй пост' });
    expect((await owner.client.post(`/api/groups/posts/${post.body.id}/pin`, { pinned: true })).body.pinned).toBe(true);
    expect((await visitor.get(`/api/groups/${g.id}/posts`)).body.items.map((p: { id: string }) => p.id)).toEqual([post.body.id, later.body.id]);
    expect((await b.client.post(`/api/groups/posts/${post.body.id}/pin`, { pinned: false })).status).toBe(403);
  });

  it('a members-only group’s feed and posts are 404 to others', async () => {
    const owner = await verified();
    const g = (await create(owner.client, { membership: 'request' })).body;
    const post = await owner.client.post(`/api/groups/${g.id}/posts`, { body: 'Только для своих' });
    const other = await verified();
    expect((await other.client.get(`/api/groups/${g.id}/posts`)).status).toBe(404);
    expect((await other.client.get(`/api/groups/posts/${post.body.id}`)).status).toBe(404);
    expect((await other.client.get(`/api/comments/group_post/${post.body.id}`)).status).toBe(404);
    expect((await visitor.get(`/api/groups/${g.id}/posts`)).status).toBe(404);
    expect((await owner.client.get(`/api/groups/${g.id}/posts`)).body.total).toBe(1);
  });

  it('a banned person cannot post, rejoin nor comment, and is told why', async () => {
    const owner = await verified();
    const g = (await create(owner.client, {})).body;
    const troll = await verified('admiralteysky', 'ru');
    await troll.client.post(`/api/groups/${g.id}/join`, {});
    const post = await troll.client.post(`/api/groups/${g.id}/posts`, { body: 'Спам' });
    expect((await owner.client.post(`/api/groups/posts/${post.body.id}/hide`, { reason: 'Реклама' })).body).toMatchObject({
      moderation: 'hidden',
      moderationReason: 'Реклама',
    });
    expect((await owner.client.post(`/api/groups/${g.id}/members/${troll.userId}/remove`, { reason: 'Реклама', ban: true })).status).toBe(204);
    const again = await troll.client.post(`/api/groups/${g.id}/posts`, { body: 'Ещё спам' });
    expect(again.status).toBe(403);
    expect(again.body.error).toMatchObject({ code: 'group_banned', message: expect.stringMatching(/заблокировали/) });
    expect((await troll.client.post(`/api/groups/${g.id}/join`, {})).body.error.code).toBe('group_banned');
    const other = (await owner.client.post(`/api/groups/${g.id}/posts`, { body: 'Правила группы' })).body;
    expect((await troll.client.post(`/api/comments/group_post/${other.id}`, { body: 'Ответ' })).body.error.code).toBe('group_banned');
    expect(await shareAGroup(t.database.db, owner.userId, troll.userId)).toBe(false);
  });
});
