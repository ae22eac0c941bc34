import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../../test/db.js';
import { person, type TestPerson } from '../../../../test/fixtures.js';

let t: TestApp;
let owner: TestPerson;
let ann: TestPerson;
let bob: TestPerson;
let club: { id: string };

const verified = (lang: 'ru' | 'en' = 'en') => person(t, { verified: { districtId: 'admiralteysky' }, lang });
const poll = { question: 'Когда собираемся?', options: ['В субботу', 'В воскресенье', 'В будни'] };
const post = (p: TestPerson, groupId: string, body: Record<string, unknown>) =>
  p.client.post(`/api/groups/${groupId}/posts`, { body: 'Выбираем день', ...body });
const vote = (p: TestPerson, postId: string, option: number) => p.client.post(`/api/groups/posts/${postId}/poll/vote`, { option });

beforeAll(async () => {
  t = await testApp();
  owner = await verified();
  [ann, bob] = await Promise.all([verified(), verified()]);
  club = (await owner.client.post('/api/groups', { kind: 'interest', name: 'Шахматный клуб', description: 'Играем по выходным в сквере.' })).body;
  for (const p of [ann, bob]) expect((await p.client.post(`/api/groups/${club.id}/join`, {})).status).toBe(200);
});
afterAll(async () => t?.close());

describe('a poll of the group’s own', () => {
  it('members vote once each, also when votes race; everyone reading the post sees counts and shares; the author closes it', async () => {
    const created = await post(ann, club.id, { poll });
    expect(created.status).toBe(201);
    expect(created.body.poll).toMatchObject({ question: poll.question, total: 0, closed: false, myVote: null, canVote: true, canClose: true });
    const id = created.body.id;

    // two members at once, and one member twice at once: three votes counted as two
    const [a, b, again] = await Promise.all([vote(ann, id, 0), vote(bob, id, 1), vote(bob, id, 0)]);
    expect(a.status).toBe(200);
    expect([b.status, again.status].sort()).toEqual([200, 409]);
    const bobVote = b.status === 200 ? 1 : 0;
    const late = await vote(bob, id, 2);
    expect(late.body.error).toMatchObject({ code: 'group_poll_already_voted' });

    const seen = (await owner.client.get(`/api/groups/posts/${id}`)).body.poll;
    expect(seen.total).toBe(2);
    expect(seen.options.map((o: { votes: number }) => o.votes)).toEqual(bobVote === 1 ? [1, 1, 0] : [2, 0, 0]);
    expect(seen.options.map((o: { share: number }) => o.share)).toEqual(bobVote === 1 ? [50, 50, 0] : [100, 0, 0]);
    expect(seen).toMatchObject({ myVote: null, canVote: true, canClose: true });
    expect((await bob.client.get(`/api/groups/posts/${id}`)).body.poll).toMatchObject({ myVote: bobVote, canVote: false, canClose: false });

    expect((await bob.client.post(`/api/groups/posts/${id}/poll/close`)).body.error.code).toBe('not_poll_author');
    const closed = await ann.client.post(`/api/groups/posts/${id}/poll/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.poll).toMatchObject({ closed: true, canVote: false, canClose: false, total: 2 });
    expect((await vote(owner, id, 2)).body.error.code).toBe('group_poll_closed');
  });

  it('closes by itself at its time', async () => {
    const closesAt = new Date(Date.now() + 3_600_000).toISOString();
    const created = await post(ann, club.id, { poll: { ...poll, closesAt } });
    expect(created.body.poll.closesAt).toBe(closesAt);
    await t.database.db.execute(sql`update group_polls set closes_at = now() - interval '1 minute' where post_id = ${created.body.id}::uuid`);
    expect((await vote(bob, created.body.id, 0)).body.error.code).toBe('group_poll_closed');
    expect((await bob.client.get(`/api/groups/posts/${created.body.id}`)).body.poll).toMatchObject({ closed: true, canVote: false });
  });

  it('refuses bad polls with the field named in the reader’s language: one option, eleven, an empty text, a closing time past', async () => {
    const ru = await verified('ru');
    expect((await ru.client.post(`/api/groups/${club.id}/join`, {})).status).toBe(200);
    const one = await post(ru, club.id, { poll: { ...poll, options: ['Да'] } });
    expect(one.status).toBe(400);
    expect(Object.keys(one.body.error.fields)).toEqual(['poll.options']);
    const eleven = await post(ru, club.id, { poll: { ...poll, options: Array.from({ length: 11 }, (_, i) => `Вариант ${i + 1}`) } });
    expect(Object.keys(eleven.body.error.fields)).toEqual(['poll.options']);
    const empty = await post(ru, club.id, { body: '  ', poll: { ...poll, options: ['Да', '\u200b'] } });
    expect(Object.keys(empty.body.error.fields).sort()).toEqual(['body', 'poll.options.1']);
    expect(empty.body.error.fields['poll.options.1']).toMatch(/Вариант ответа 2/);
    const past = await post(ru, club.id, { poll: { ...poll, closesAt: new Date(Date.now() - 60_000).toISOString() } });
    expect(past.status).toBe(400);
    expect(past.body.error.fields['poll.closesAt']).toMatch(/в будущем/);
    const created = await post(ru, club.id, { poll });
    expect((await vote(ru, created.body.id, 3)).status).toBe(400);
  });

  it('does not exist for outsiders of a members-only group (404); a banned person and an outsider of an open group are refused (403)', async () => {
    const closed = (
      await owner.client.post('/api/groups', { kind: 'interest', name: 'Совет дома', description: 'Только для жильцов дома.', membership: 'request' })
    ).body;
    const secret = await post(owner, closed.id, { poll });
    const outsider = await verified();
    expect((await vote(outsider, secret.body.id, 0)).status).toBe(404);
    expect((await outsider.client.put(`/api/groups/posts/${secret.body.id}/reactions/like`)).status).toBe(404);

    const open = await post(owner, club.id, { poll });
    const troll = await verified();
    expect((await troll.client.post(`/api/groups/${club.id}/join`, {})).status).toBe(200);
    expect((await owner.client.post(`/api/groups/${club.id}/members/${troll.userId}/remove`, { reason: 'Реклама', ban: true })).status).toBe(204);
    expect((await vote(troll, open.body.id, 0)).body.error.code).toBe('group_banned');
    expect((await troll.client.put(`/api/groups/posts/${open.body.id}/reactions/like`)).body.error.code).toBe('group_banned');
    expect((await vote(outsider, open.body.id, 0)).body.error.code).toBe('not_group_member');
    const seen = (await outsider.client.get(`/api/groups/posts/${open.body.id}`)).body;
    expect(seen.poll).toMatchObject({ canVote: false, total: 0 });
    expect(seen.canReact).toBe(false);
  });
});

describe('reactions', () => {
  it('a member leaves one of each kind and takes it back; counts show on the post and in the feed', async () => {
    const p = (await post(ann, club.id, { body: 'Новые часы в клубе' })).body;
    expect(p.reactions).toHaveLength(5);
    const put = (who: TestPerson, kind: string) => who.client.put(`/api/groups/posts/${p.id}/reactions/${kind}`);
    await Promise.all([put(bob, 'like'), put(bob, 'like'), put(owner, 'like'), put(owner, 'love')]);
    const mine = (await put(bob, 'laugh')).body.reactions;
    expect(mine).toEqual([
      { kind: 'like', count: 2, mine: true },
      { kind: 'love', count: 1, mine: false },
      { kind: 'laugh', count: 1, mine: true },
      { kind: 'wow', count: 0, mine: false },
      { kind: 'sad', count: 0, mine: false },
    ]);
    const back = await bob.client.request('DELETE', `/api/groups/posts/${p.id}/reactions/like`);
    expect(back.body.reactions[0]).toEqual({ kind: 'like', count: 1, mine: false });
    expect((await put(bob, 'angry')).status).toBe(400);
    const feed = (await ann.client.get(`/api/groups/${club.id}/posts`)).body.items;
    expect(feed.find((x: { id: string }) => x.id === p.id).reactions[1]).toEqual({ kind: 'love', count: 1, mine: false });
  });
});

describe('notices', () => {
  const runJobs = async () => {
    await t.ctx.jobs.runDue();
    await t.ctx.jobs.runDue();
  };
  const notes = async (p: TestPerson) => (await p.client.get('/api/notifications')).body.items as { kind: string; text: string; path?: string }[];

  it('the owners and admins hear of a request to join; a plain member does not', async () => {
    const council = (
      await owner.client.post('/api/groups', { kind: 'interest', name: 'Совет жильцов', description: 'Решаем вопросы дома вместе.', membership: 'request' })
    ).body;
    const asker = await person(t);
    expect((await asker.client.post(`/api/groups/${council.id}/join`, {})).body).toEqual({ state: 'requested' });
    await runJobs();
    const told = (await notes(owner)).find((n) => n.kind === 'group.join_requested');
    expect(told?.text).toMatch(/Совет жильцов/);
    expect((await notes(ann)).map((n) => n.kind)).not.toContain('group.join_requested');
  });

  it('followers of a group hear of a new post while they may read it: not its author, not a banned person, not an outsider of a members-only group', async () => {
    const follow = (p: TestPerson, id: string) => p.client.request('PUT', `/api/follows/group/${id}`);
    const [fan, troll] = await Promise.all([verified(), verified()]);
    for (const p of [fan, troll]) expect((await p.client.post(`/api/groups/${club.id}/join`, {})).status).toBe(200);
    for (const p of [fan, troll, ann]) expect((await follow(p, club.id)).status).toBe(200);
    expect((await owner.client.post(`/api/groups/${club.id}/members/${troll.userId}/remove`, { reason: 'Спам', ban: true })).status).toBe(204);
    const created = await post(ann, club.id, { body: 'Турнир в субботу в 12:00' });
    await runJobs();
    const told = (await notes(fan)).find((n) => n.kind === 'group.post_created');
    expect(told?.text).toMatch(/Турнир в субботу/);
    expect(told?.path).toBe(`/groups/posts/${created.body.id}`);
    expect((await notes(troll)).map((n) => n.kind)).not.toContain('group.post_created');
    expect((await notes(ann)).map((n) => n.kind)).not.toContain('group.post_created');

    const closed = (
      await owner.client.post('/api/groups', { kind: 'interest', name: 'Закрытый клуб', description: 'Только для своих.', membership: 'request' })
    ).body;
    const outsider = await verified();
    expect((await follow(outsider, closed.id)).status).toBe(200);
    await post(owner, closed.id, { body: 'Только для участников' });
    await runJobs();
    expect((await notes(outsider)).map((n) => n.kind)).not.toContain('group.post_created');
  });
});

describe('showing a hidden post again', () => {
  it('the group’s admins see a post they hid and show it again; members may not (403); a post the city’s moderators hid is theirs, not found for the group’s admins (404)', async () => {
    const p = (await post(ann, club.id, { body: 'Продам шахматы недорого' })).body;
    expect((await owner.client.post(`/api/groups/posts/${p.id}/hide`, { reason: 'Реклама не по теме' })).status).toBe(200);
    expect((await bob.client.get(`/api/groups/posts/${p.id}`)).status).toBe(404);
    const feed = (await owner.client.get(`/api/groups/${club.id}/posts`)).body.items;
    expect(feed.find((x: { id: string }) => x.id === p.id)).toMatchObject({ moderation: 'hidden', moderationReason: 'Реклама не по теме' });
    expect((await bob.client.post(`/api/groups/posts/${p.id}/restore`)).status).toBe(404);
    const back = await owner.client.post(`/api/groups/posts/${p.id}/restore`);
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ moderation: 'visible', moderationReason: null });
    expect((await bob.client.get(`/api/groups/posts/${p.id}`)).status).toBe(200);
    expect((await owner.client.post(`/api/groups/posts/${p.id}/restore`)).body.error.code).toBe('group_post_not_hidden');
    expect((await bob.client.post(`/api/groups/posts/${p.id}/restore`)).body.error.code).toBe('not_group_admin');

    await t.database.db.execute(sql`update group_posts set moderation = 'hidden', hidden_by = 'city' where id = ${p.id}::uuid`);
    expect((await owner.client.post(`/api/groups/posts/${p.id}/restore`)).status).toBe(404);
  });
});
