import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../../app.js';
import { loadConfig } from '../../../config.js';
import type { Actor } from '../../../core/auth/actor.js';
import { allow, deny } from '../../../core/auth/decision.js';
import { queryRows } from '../../../core/db/client.js';
import type { EntitySummary } from '../../../core/module/entities.js';
import { defineModule } from '../../../core/module/module.js';
import { modules } from '../../../modules.js';
import { testDatabase } from '../../../../test/db.js';
import { person, type TestPerson } from '../../../../test/fixtures.js';
import { TestClient, signedInResident, strongPassword } from '../../../../test/http-client.js';
import { createAdministrator } from '../../accounts/index.js';
import { postComment } from '../use-cases/post-comment.js';
import { voteComment } from '../use-cases/vote-comment.js';

// A host entity for the tests: the comments module must work on any entity kind, so the tests do
// not depend on discussions. Its state lives here; its counter follows onCommentsChanged.
interface TestHost {
  title: string;
  open: boolean;
  stance: boolean;
  districtId: string | null;
  /** Hidden from everyone (as a discussion hidden by moderators is from the public). */
  hidden: boolean;
  comments: number;
}
const hosts = new Map<string, TestHost>();
const addHost = (id: string, over: Partial<TestHost> = {}) =>
  hosts.set(id, { title: `Host ${id}`, open: true, stance: false, districtId: null, hidden: false, comments: 0, ...over });

const testHostModule = defineModule({
  name: 'testhost',
  messages: { en: { 'error.host_closed': 'Comments are closed here.' }, ru: { 'error.host_closed': 'Комментарии здесь закрыты.' } },
  entities: [
    {
      type: 'testhost',
      async describe(_db, ids) {
        const out = new Map<string, EntitySummary>();
        for (const id of ids) {
          const h = hosts.get(id);
          if (h)
            out.set(id, {
              type: 'testhost',
              id,
              title: h.title,
              excerpt: '',
              path: `/test/${id}`,
              authorId: null,
              visible: true,
              districtId: h.districtId,
              createdAt: new Date(),
            });
        }
        return out;
      },
      async commentRules(_db, id) {
        const h = hosts.get(id);
        if (!h || h.hidden) return null;
        return { decision: h.open ? allow : deny('host_closed'), stance: h.stance, title: h.title, path: `/test/${id}` };
      },
      async onCommentsChanged(_tx, id, change) {
        hosts.get(id)!.comments += change.delta;
      },
    },
    { type: 'nohost', describe: async () => new Map() },
  ],
});

async function testAppWithHost() {
  const database = await testDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-app-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', PUBLIC_URL: 'http://gorod.test' });
  const { app, ctx } = await buildApp(config, database, [...modules, testHostModule], { logger: false });
  await app.ready();
  return {
    app,
    ctx,
    database,
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let t: Awaited<ReturnType<typeof testAppWithHost>>;
let anna: TestClient;
let annaId: string;
let boris: TestClient;
let borisId: string;
let vera: TestClient;
let veraId: string;
let moderator: TestClient;
let nevskyModerator: TestClient;
let official: TestClient;
let visitor: TestClient;

const actorOf = (userId: string): Actor => ({ kind: 'user', userId, displayName: 'x', verification: 'email', roles: [], language: 'en', districtId: null });

/** PUT with the client's session and CSRF token (TestClient has no put). */
async function put(client: TestClient, url: string, body: unknown) {
  const headers: Record<string, string> = { 'accept-language': client.lang, 'content-type': 'application/json' };
  if (client.cookie) headers.cookie = client.cookie;
  if (client.csrfToken) headers['x-csrf-token'] = client.csrfToken;
  const res = await t.app.inject({ method: 'PUT', url, headers, payload: JSON.stringify(body) });
  return { status: res.statusCode, body: res.json() };
}

const post = (client: TestClient, host: string, body: Record<string, unknown>) => client.post(`/api/comments/testhost/${host}`, body);
const thread = (client: TestClient, host: string, query = '') => client.get(`/api/comments/testhost/${host}${query ? `?${query}` : ''}`);

beforeAll(async () => {
  t = await testAppWithHost();
  // before any comment is screened: the moderation module caches its compiled list for a while
  await t.database.db.execute(sql`insert into forbidden_words (word) values ('шмурдяк')`);
  await createAdministrator(t.ctx, { email: 'chief@example.org', password: strongPassword, displayName: 'Chief' });
  const admin = new TestClient(t.app, 'en');
  await admin.post('/api/auth/login', { email: 'chief@example.org', password: strongPassword });
  ({ client: anna, userId: annaId } = await signedInResident(t.app, t.database, 'anna@example.org'));
  ({ client: boris, userId: borisId } = await signedInResident(t.app, t.database, 'boris@example.org', 'ru'));
  ({ client: vera, userId: veraId } = await signedInResident(t.app, t.database, 'vera@example.org'));
  const mod = await signedInResident(t.app, t.database, 'mod@example.org');
  const off = await signedInResident(t.app, t.database, 'clerk@example.org');
  const nmod = await signedInResident(t.app, t.database, 'nevsky-mod@example.org');
  expect((await admin.post(`/api/admin/users/${nmod.userId}/roles`, { role: 'moderator', scopeType: 'district', scopeId: 'nevsky' })).status).toBe(201);
  nevskyModerator = nmod.client;
  expect((await admin.post(`/api/admin/users/${mod.userId}/roles`, { role: 'moderator', scopeType: 'city', scopeId: null })).status).toBe(201);
  expect((await admin.post(`/api/admin/users/${off.userId}/roles`, { role: 'official', scopeType: 'department', scopeId: 'admin-nevsky' })).status).toBe(201);
  moderator = mod.client;
  official = off.client;
  visitor = new TestClient(t.app, 'en');
});
afterAll(async () => t?.close());
// each test starts with fresh posting budgets (the per-person limit is tested on its own)
beforeEach(async () => {
  await t.database.db.execute(sql`delete from rate_limits`);
});

describe('posting', () => {
  it('posts a top-level comment, replies two levels deep, and refuses a fourth level', async () => {
    addHost('h1');
    const root = await post(anna, 'h1', { body: '  Fix the playground on Nevsky 28, please.  ' });
    expect(root.status).toBe(201);
    expect(root.body).toMatchObject({
      parentId: null,
      depth: 0,
      body: 'Fix the playground on Nevsky 28, please.',
      author: { id: annaId, displayName: 'Test Resident', official: null },
      up: 0,
      myVote: 0,
      mine: true,
      deleted: false,
      moderation: 'visible',
      replies: [],
    });
    expect(root.body.rootId).toBe(root.body.id);
    expect(Date.parse(root.body.editableUntil) - Date.parse(root.body.createdAt)).toBe(15 * 60_000);

    const reply = await post(boris, 'h1', { body: 'Agreed.', parentId: root.body.id });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ parentId: root.body.id, rootId: root.body.id, depth: 1 });
    const deep = await post(anna, 'h1', { body: 'Thanks!', parentId: reply.body.id });
    expect(deep.body).toMatchObject({ parentId: reply.body.id, rootId: root.body.id, depth: 2 });
    const tooDeep = await post(boris, 'h1', { body: 'And one more level', parentId: deep.body.id });
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.body.error.code).toBe('thread_too_deep');
    expect(tooDeep.body.error.message).toMatch(/трёх уровней/);

    const page = await thread(visitor, 'h1');
    expect(page.status).toBe(200);
    expect(page.body.host).toMatchObject({ type: 'testhost', id: 'h1', title: 'Host h1', path: '/test/h1', stance: false, canComment: false });
    expect(page.body.host.cannotCommentReason).toMatch(/Sign in/);
    expect(page.body.total).toBe(3);
    expect(page.body.items).toHaveLength(1);
    expect(page.body.items[0]).toMatchObject({ id: root.body.id, replyCount: 2, mine: false, editableUntil: null, moreReplies: false });
    expect(page.body.items[0].replies.map((r: any) => [r.id, r.depth])).toEqual([
      [reply.body.id, 1],
      [deep.body.id, 2],
    ]);
    expect(hosts.get('h1')!.comments).toBe(3);

    const signedIn = await thread(anna, 'h1');
    expect(signedIn.body.host).toMatchObject({ canComment: true, cannotCommentReason: null });
    expect(signedIn.body.items[0]).toMatchObject({ mine: true, editableUntil: expect.any(String) });

    const one = await visitor.get(`/api/comments/${deep.body.id}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ id: deep.body.id, body: 'Thanks!', replies: [] });

    const jobs = await queryRows<{ payload: any }>(
      t.database.db,
      sql`select payload from jobs where kind = 'event' and payload->>'entityId' = ${reply.body.id}`,
    );
    expect(jobs[0]?.payload).toMatchObject({
      type: 'comment.created',
      actorId: borisId,
      entityType: 'comment',
      data: {
        hostType: 'testhost',
        hostId: 'h1',
        hostTitle: 'Host h1',
        hostPath: '/test/h1',
        parentId: root.body.id,
        parentAuthorId: annaId,
        excerpt: 'Agreed.',
      },
    });
  });

  it('asks for a stance on top-level comments where the host wants one, not on replies', async () => {
    addHost('h-stance', { stance: true });
    const missing = await post(boris, 'h-stance', { body: 'Against the new parking.' });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({ code: 'stance_required', message: expect.stringMatching(/Выберите свою позицию/) });
    const ok = await post(boris, 'h-stance', { body: 'Against the new parking.', stance: 'against' });
    expect(ok.status).toBe(201);
    expect(ok.body.stance).toBe('against');
    const reply = await post(anna, 'h-stance', { body: 'Why?', parentId: ok.body.id });
    expect(reply.status).toBe(201);
    expect(reply.body.stance).toBeNull();
    expect((await thread(visitor, 'h-stance')).body.host.stance).toBe(true);
  });

  it('refuses empty and oversized text with a message in the reader’s language', async () => {
    addHost('h-text');
    const empty = await post(boris, 'h-text', { body: ' \n\t ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe('comment_empty');
    expect(empty.body.error.message).toMatch(/^Комментарий не может быть пустым/);
    expect(empty.body.error.fields.body).toBe('Комментарий не может быть пустым.');
    const long = await post(anna, 'h-text', { body: 'ы'.repeat(5001) });
    expect(long.status).toBe(400);
    expect(long.body.error).toMatchObject({ code: 'comment_too_long', message: expect.stringContaining('at most 5000 characters; this one has 5001') });
    expect((await post(anna, 'h-text', { body: 'ы'.repeat(5000) })).status).toBe(201);
    const noBody = await post(anna, 'h-text', {});
    expect(noBody.status).toBe(400);
    expect(noBody.body.error.code).toBe('validation_failed');
    // the one text rule: no bidi override, control or zero-width character is stored, and at most one blank line in a row
    const tricky = await post(anna, 'h-text', { body: 'Скамейка\u202e сломана\u0007\u200b\r\n\r\n\r\n\r\nсрочно' });
    expect(tricky.status).toBe(201);
    expect(tricky.body.body).toBe('Скамейка сломана\n\nсрочно');
  });

  it('answers 404 for an unknown host type, a type that takes no comments, and an unknown host', async () => {
    expect((await anna.post('/api/comments/nosuchtype/1', { body: 'x' })).status).toBe(404);
    expect((await visitor.get('/api/comments/nosuchtype/1')).status).toBe(404);
    const noComments = await anna.post('/api/comments/nohost/1', { body: 'x' });
    expect(noComments.status).toBe(404);
    expect(noComments.body.error.code).toBe('not_a_comment_host');
    const missing = await visitor.get('/api/comments/testhost/nope');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('host_not_found');
  });

  it('hides the comments of a host that is hidden from the reader', async () => {
    addHost('h-gone');
    const c = await post(vera, 'h-gone', { body: 'Soon gone' });
    expect((await visitor.get(`/api/comments/${c.body.id}`)).status).toBe(200);
    hosts.get('h-gone')!.hidden = true;
    expect((await visitor.get(`/api/comments/${c.body.id}`)).status).toBe(404);
    expect((await visitor.get(`/api/comments/${c.body.id}/replies`)).status).toBe(404);
    expect((await thread(visitor, 'h-gone')).status).toBe(404);
    expect((await post(vera, 'h-gone', { body: 'Hello?' })).status).toBe(404);
  });

  it('lets the host forbid commenting, with its own reason', async () => {
    addHost('h-closed', { open: false });
    const res = await post(boris, 'h-closed', { body: 'Hello?' });
    expect(res.status).toBe(403);
    expect(res.body.error).toEqual({ code: 'host_closed', message: 'Комментарии здесь закрыты.' });
    const page = await thread(vera, 'h-closed');
    expect(page.body.host).toMatchObject({ canComment: false, cannotCommentReason: 'Comments are closed here.' });
    expect((await visitor.post('/api/comments/testhost/h1', { body: 'anonymous' })).status).toBe(401);
  });

  it('marks an official answer with the department, only for its officials', async () => {
    addHost('h-official');
    const resident = await post(vera, 'h-official', { body: 'We will fix it.', asOfficial: 'admin-nevsky' });
    expect(resident.status).toBe(403);
    expect(resident.body.error.code).toBe('not_official_of_department');
    const other = await post(official, 'h-official', { body: 'We will fix it.', asOfficial: 'admin-vyborgsky' });
    expect(other.status).toBe(403);
    const res = await post(official, 'h-official', { body: 'We will fix it by May.', asOfficial: 'admin-nevsky' });
    expect(res.status).toBe(201);
    expect(res.body.author.official).toMatchObject({ departmentId: 'admin-nevsky', nameRu: expect.stringContaining('Невского'), nameEn: expect.any(String) });
    const plain = await post(official, 'h-official', { body: 'Personally, I agree.' });
    expect(plain.body.author.official).toBeNull();
  });

  it('refuses replies to deleted, hidden or held comments and to another host’s comments (409)', async () => {
    addHost('h-409');
    addHost('h-409b');
    const a = await post(vera, 'h-409', { body: 'First' });
    const b = await post(vera, 'h-409', { body: 'Second' });
    expect((await vera.delete(`/api/comments/${a.body.id}`)).status).toBe(204);
    const toDeleted = await post(anna, 'h-409', { body: 'Reply', parentId: a.body.id });
    expect(toDeleted.status).toBe(409);
    expect(toDeleted.body.error.code).toBe('parent_unavailable');
    await setModeration(b.body.id, 'hidden', 'Insults');
    expect((await post(anna, 'h-409', { body: 'Reply', parentId: b.body.id })).status).toBe(409);
    const c = await post(vera, 'h-409b', { body: 'Elsewhere' });
    expect((await post(anna, 'h-409', { body: 'Reply', parentId: c.body.id })).status).toBe(409);
    expect((await post(anna, 'h-409', { body: 'Reply', parentId: '00000000-0000-4000-8000-000000000000' })).status).toBe(409);
  });

  it('limits each person to 5 comments a minute', async () => {
    addHost('h-flood');
    const flood = await signedInResident(t.app, t.database, 'flood@example.org');
    for (let i = 0; i < 5; i++) expect((await post(flood.client, 'h-flood', { body: `Message ${i}` })).status).toBe(201);
    const sixth = await post(flood.client, 'h-flood', { body: 'Message 6' });
    expect(sixth.status).toBe(429);
    expect(sixth.body.error.code).toBe('rate_limited');
    // both budgets counted the six attempts: five a minute, sixty an hour
    expect(await queryRows(t.database.db, sql`select 1 from rate_limits where hits = 6`)).toHaveLength(2);
    // the limit is the person's, not the address's
    expect((await post(vera, 'h-flood', { body: 'Someone else' })).status).toBe(201);
  });
});

async function setModeration(id: string, state: 'visible' | 'held' | 'hidden', reason: string | null) {
  const kind = t.ctx.entities.require('comment');
  return t.database.db.transaction((tx) => kind.setModeration!(tx, id, state, reason));
}

describe('votes', () => {
  it('one per person, changeable, never on one’s own comment, and shown back as myVote', async () => {
    addHost('h-vote');
    const c = await post(anna, 'h-vote', { body: 'Vote on me' });
    const own = await put(anna, `/api/comments/${c.body.id}/vote`, { value: 1 });
    expect(own.status).toBe(403);
    expect(own.body.error.code).toBe('own_comment_vote');
    expect((await put(visitor, `/api/comments/${c.body.id}/vote`, { value: 1 })).status).toBe(401);
    expect((await put(boris, `/api/comments/${c.body.id}/vote`, { value: 2 })).status).toBe(400);

    expect((await put(boris, `/api/comments/${c.body.id}/vote`, { value: 1 })).body).toEqual({ up: 1, down: 0, score: 1, myVote: 1 });
    expect((await put(boris, `/api/comments/${c.body.id}/vote`, { value: 1 })).body).toEqual({ up: 1, down: 0, score: 1, myVote: 1 });
    expect((await put(vera, `/api/comments/${c.body.id}/vote`, { value: -1 })).body).toEqual({ up: 1, down: 1, score: 0, myVote: -1 });
    expect((await put(boris, `/api/comments/${c.body.id}/vote`, { value: -1 })).body).toEqual({ up: 0, down: 2, score: -2, myVote: -1 });
    expect((await put(vera, `/api/comments/${c.body.id}/vote`, { value: 0 })).body).toEqual({ up: 0, down: 1, score: -1, myVote: 0 });
    expect((await thread(boris, 'h-vote')).body.items[0]).toMatchObject({ up: 0, down: 1, score: -1, myVote: -1 });
    expect((await thread(vera, 'h-vote')).body.items[0].myVote).toBe(0);

    await setModeration(c.body.id, 'hidden', 'Spam');
    const hidden = await put(vera, `/api/comments/${c.body.id}/vote`, { value: 1 });
    expect(hidden.status).toBe(409);
    expect(hidden.body.error.code).toBe('comment_unavailable');
  });

  it('keeps the counters exact under concurrent votes', async () => {
    addHost('h-race');
    const c = await postComment(t.ctx, actorOf(annaId), { hostType: 'testhost', hostId: 'h-race', body: 'Popular' });
    const voters = (await queryRows<{ id: string }>(t.database.db, sql`select id from users where id <> ${annaId}`)).map((r) => r.id);
    expect(voters.length).toBeGreaterThanOrEqual(5);
    await Promise.all(voters.flatMap((v, i) => [voteComment(t.ctx, actorOf(v), c.id, i % 2 ? 1 : -1), voteComment(t.ctx, actorOf(v), c.id, 1)]));
    const [row] = await queryRows<{ up: number; down: number; score: number }>(t.database.db, sql`select up, down, score from comments where id = ${c.id}`);
    const [votes] = await queryRows<{ up: number; down: number }>(
      t.database.db,
      sql`select count(*) filter (where value = 1)::int as up, count(*) filter (where value = -1)::int as down from comment_votes where comment_id = ${c.id}`,
    );
    expect(votes!.up + votes!.down).toBe(voters.length);
    expect(row).toEqual({ up: votes!.up, down: votes!.down, score: votes!.up - votes!.down });
  });
});

describe('editing and deleting', () => {
  it('lets the author edit within 15 minutes, marks it edited, then refuses', async () => {
    addHost('h-edit');
    const c = await post(vera, 'h-edit', { body: 'Teh bench is broken' });
    const notAuthor = await anna.patch(`/api/comments/${c.body.id}`, { body: 'Hijacked' });
    expect(notAuthor.status).toBe(403);
    expect(notAuthor.body.error.code).toBe('not_author');
    const edited = await vera.patch(`/api/comments/${c.body.id}`, { body: 'The bench is broken' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ body: 'The bench is broken', editedAt: expect.any(String) });
    expect((await vera.patch(`/api/comments/${c.body.id}`, { body: '   ' })).status).toBe(400);

    await t.database.db.execute(sql`update comments set created_at = created_at - interval '16 minutes' where id = ${c.body.id}`);
    const late = await vera.patch(`/api/comments/${c.body.id}`, { body: 'Too late' });
    // not now: the moment refuses, not the person
    expect(late.status).toBe(409);
    expect(late.body.error).toMatchObject({ code: 'edit_window_closed', message: expect.stringContaining('15 minutes') });
    const page = await thread(vera, 'h-edit');
    expect(page.body.items[0]).toMatchObject({ body: 'The bench is broken', editableUntil: null });
  });

  it('deletes by the author only, keeping the place of a comment with replies; a leaf disappears', async () => {
    addHost('h-del');
    const root = await post(vera, 'h-del', { body: 'Root' });
    const reply = await post(anna, 'h-del', { body: 'Reply', parentId: root.body.id });
    const leaf = await post(vera, 'h-del', { body: 'Leaf' });
    expect(hosts.get('h-del')!.comments).toBe(3);
    expect((await anna.delete(`/api/comments/${root.body.id}`)).status).toBe(403);
    expect((await visitor.delete(`/api/comments/${root.body.id}`)).status).toBe(401);
    expect((await vera.delete(`/api/comments/${root.body.id}`)).status).toBe(204);
    expect((await vera.delete(`/api/comments/${root.body.id}`)).status).toBe(204);
    expect((await vera.delete(`/api/comments/${leaf.body.id}`)).status).toBe(204);
    expect(hosts.get('h-del')!.comments).toBe(1);

    const page = await thread(vera, 'h-del');
    expect(page.body.total).toBe(1);
    expect(page.body.items).toHaveLength(1);
    expect(page.body.items[0]).toMatchObject({ id: root.body.id, deleted: true, body: null, author: null, replyCount: 1, editableUntil: null });
    expect(page.body.items[0].replies.map((r: any) => r.id)).toEqual([reply.body.id]);
    const [stored] = await queryRows<{ body: string }>(t.database.db, sql`select body from comments where id = ${root.body.id}`);
    expect(stored!.body).toBe('');
    expect((await visitor.get(`/api/comments/${leaf.body.id}`)).status).toBe(404);
    expect((await vera.patch(`/api/comments/${root.body.id}`, { body: 'Back' })).status).toBe(409);
  });
});

describe('moderation', () => {
  it('holds a comment with a forbidden word: its author sees it with the notice, the public does not', async () => {
    addHost('h-held');
    const res = await post(anna, 'h-held', { body: 'Это ШМУРДЯК какой-то' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ moderation: 'held', body: 'Это ШМУРДЯК какой-то' });
    expect(hosts.get('h-held')!.comments).toBe(0);
    const [kase] = await queryRows<{ cause: string; status: string }>(
      t.database.db,
      sql`select cause, status from moderation_cases where entity_type = 'comment' and entity_id = ${res.body.id}`,
    );
    expect(kase).toMatchObject({ cause: 'held', status: 'open' });
    const events = await queryRows(t.database.db, sql`select 1 from jobs where kind = 'event' and payload->>'entityId' = ${res.body.id}`);
    expect(events).toHaveLength(0);

    expect((await thread(visitor, 'h-held')).body).toMatchObject({ total: 0, items: [] });
    expect((await thread(boris, 'h-held')).body.items).toEqual([]);
    expect((await thread(anna, 'h-held')).body.items[0]).toMatchObject({ id: res.body.id, moderation: 'held', body: 'Это ШМУРДЯК какой-то' });
    expect((await thread(moderator, 'h-held')).body.items[0]).toMatchObject({ id: res.body.id, body: 'Это ШМУРДЯК какой-то' });
    expect((await visitor.get(`/api/comments/${res.body.id}`)).status).toBe(404);

    // a moderator releases it: it is counted and announced as if just posted
    expect(await setModeration(res.body.id, 'visible', null)).toBe(true);
    expect(hosts.get('h-held')!.comments).toBe(1);
    expect((await thread(visitor, 'h-held')).body.items[0]).toMatchObject({ moderation: 'visible', body: 'Это ШМУРДЯК какой-то' });
    expect(await queryRows(t.database.db, sql`select 1 from jobs where kind = 'event' and payload->>'entityId' = ${res.body.id}`)).toHaveLength(1);
  });

  it('a hidden comment keeps its place while it has replies, without its text for the public', async () => {
    addHost('h-hide');
    const root = await post(vera, 'h-hide', { body: 'Rude words' });
    const reply = await post(boris, 'h-hide', { body: 'Calm down', parentId: root.body.id });
    const lone = await post(vera, 'h-hide', { body: 'More rude words' });
    await setModeration(root.body.id, 'hidden', 'Insults to other residents');
    await setModeration(lone.body.id, 'hidden', 'Insults to other residents');
    expect(hosts.get('h-hide')!.comments).toBe(1);

    const pub = await thread(anna, 'h-hide');
    expect(pub.body.total).toBe(1);
    expect(pub.body.items).toHaveLength(1);
    expect(pub.body.items[0]).toMatchObject({ id: root.body.id, moderation: 'hidden', body: null, moderationReason: null });
    expect(pub.body.items[0].replies[0]).toMatchObject({ id: reply.body.id, body: 'Calm down' });

    const own = await thread(vera, 'h-hide', 'sort=oldest');
    expect(own.body.items.map((i: any) => [i.id, i.body, i.moderationReason])).toEqual([
      [root.body.id, 'Rude words', 'Insults to other residents'],
      [lone.body.id, 'More rude words', 'Insults to other residents'],
    ]);
    const mod = await thread(moderator, 'h-hide', 'sort=oldest');
    expect(mod.body.items.map((i: any) => i.moderationReason)).toEqual(['Insults to other residents', 'Insults to other residents']);

    await setModeration(lone.body.id, 'visible', 'Restored after review');
    expect(hosts.get('h-hide')!.comments).toBe(2);
    expect((await thread(anna, 'h-hide')).body.items).toHaveLength(2);
  });

  it('shows hidden text to a district’s moderators only on hosts in their district', async () => {
    addHost('h-nevsky', { districtId: 'nevsky' });
    addHost('h-nowhere');
    const here = await post(vera, 'h-nevsky', { body: 'Hidden in Nevsky' });
    const there = await post(vera, 'h-nowhere', { body: 'Hidden elsewhere' });
    await setModeration(here.body.id, 'hidden', 'Spam');
    await setModeration(there.body.id, 'hidden', 'Spam');
    expect((await thread(nevskyModerator, 'h-nevsky')).body.items[0]).toMatchObject({ body: 'Hidden in Nevsky', moderationReason: 'Spam' });
    expect((await thread(nevskyModerator, 'h-nowhere')).body.items).toEqual([]);
    expect((await nevskyModerator.get(`/api/comments/${here.body.id}`)).body).toMatchObject({ body: 'Hidden in Nevsky' });
    expect((await nevskyModerator.get(`/api/comments/${there.body.id}`)).status).toBe(404);
    expect((await thread(moderator, 'h-nowhere')).body.items[0]).toMatchObject({ body: 'Hidden elsewhere' });
  });

  it('describes comments as entities: the host’s title, the host’s page with an anchor', async () => {
    addHost('h-desc', { districtId: 'nevsky' });
    const c = await post(vera, 'h-desc', { body: 'Line one\n\nline two' });
    const summary = await t.ctx.entities.describeOne(t.database.db, 'comment', c.body.id);
    expect(summary).toMatchObject({
      type: 'comment',
      title: 'Host h-desc',
      excerpt: 'Line one line two',
      path: `/test/h-desc#comment-${c.body.id}`,
      authorId: veraId,
      visible: true,
      districtId: 'nevsky',
    });
    expect(await t.ctx.entities.describeOne(t.database.db, 'comment', 'not-a-uuid')).toBeNull();
    const authored = await t.ctx.entities.require('comment').authoredBy!(t.database.db, veraId, 50);
    expect(authored[0]).toMatchObject({ id: c.body.id });
    expect(authored.every((s) => s.visible)).toBe(true);
    expect(authored.map((s) => s.excerpt)).not.toContain('Rude words');
    expect(authored.map((s) => s.excerpt)).not.toContain('Root');
  });
});

describe('the host’s own moderators: a community’s admins', () => {
  let owner: TestPerson;
  let admin: TestPerson;
  let member: TestPerson;
  let otherOwner: TestPerson;
  let postId: string;
  const verified = (lang: 'ru' | 'en' = 'en') => person(t, { verified: { districtId: 'admiralteysky' }, lang });
  const makeGroup = async (by: TestPerson, name: string) =>
    (await by.client.post('/api/groups', { kind: 'interest', name, description: 'Соседи обсуждают двор и сквер.' })).body.id as string;
  const comment = async (body: string) => (await member.client.post(`/api/comments/group_post/${postId}`, { body })).body.id as string;
  const groupThread = async (c: TestClient) => (await c.get(`/api/comments/group_post/${postId}?sort=oldest`)).body.items as any[];
  const hiddenBy = async (id: string) =>
    (
      await queryRows<{ hidden_by: string | null; hidden_by_id: string | null }>(
        t.database.db,
        sql`select hidden_by, hidden_by_id from comments where id = ${id}::uuid`,
      )
    )[0]!;
  let groupId: string;

  beforeAll(async () => {
    [owner, admin, member, otherOwner] = await Promise.all([verified('ru'), verified(), verified(), verified()]);
    groupId = await makeGroup(owner, 'Двор на Садовой');
    await makeGroup(otherOwner, 'Сквер у школы');
    for (const p of [admin, member]) expect((await p.client.post(`/api/groups/${groupId}/join`, {})).status).toBe(200);
    const give = await owner.client.post(`/api/groups/${groupId}/members/${admin.userId}/role`, { role: 'admin' });
    expect(give.status).toBe(204);
    postId = (await member.client.post(`/api/groups/${groupId}/posts`, { body: 'Кто за новую скамейку у подъезда?' })).body.id;
  });

  it('an admin hides a comment and another admin of the group shows it again: the admins and its author see it with the reason meanwhile, others do not, both acts audited', async () => {
    const id = await comment('Продам гараж, звоните');
    expect((await owner.client.post(`/api/groups/${groupId}/comments/${id}/hide`, { reason: 'Реклама не по теме' })).status).toBe(204);
    expect(await hiddenBy(id)).toEqual({ hidden_by: 'host', hidden_by_id: owner.userId });
    expect((await groupThread(admin.client)).find((c) => c.id === id)).toMatchObject({
      moderation: 'hidden',
      body: 'Продам гараж, звоните',
      moderationReason: 'Реклама не по теме',
      canRestore: true,
    });
    expect((await groupThread(otherOwner.client)).find((c) => c.id === id)).toBeUndefined();
    expect((await groupThread(member.client)).find((c) => c.id === id)).toMatchObject({ canRestore: false, moderationReason: 'Реклама не по теме' });

    const back = await admin.client.post(`/api/comments/${id}/restore`);
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ id, moderation: 'visible', moderationReason: null, canRestore: false, body: 'Продам гараж, звоните' });
    expect(await hiddenBy(id)).toEqual({ hidden_by: null, hidden_by_id: null });
    expect((await groupThread(otherOwner.client)).find((c) => c.id === id)).toMatchObject({ body: 'Продам гараж, звоните' });
    const again = await admin.client.post(`/api/comments/${id}/restore`);
    expect([again.status, again.body.error.code]).toEqual([409, 'comment_not_hidden']);
    const audit = await queryRows<{ action: string; actor_id: string }>(
      t.database.db,
      sql`select action, actor_id from audit_log where subject_type = 'comment' and subject_id = ${id} order by seq`,
    );
    expect(audit).toEqual([
      { action: 'comment.hidden_by_host', actor_id: owner.userId },
      { action: 'comment.restored_by_host', actor_id: admin.userId },
    ]);
  });

  it('a comment the city’s moderators hid stays theirs: the group’s admins may not show it again (403, saying so) nor hide it over theirs, the moderators restore it', async () => {
    const queued = await comment('Оскорбления соседей');
    const decide = (action: string, reason: string) => moderator.post(`/api/moderation/cases/comment/${queued}/decision`, { action, reason });
    expect((await decide('hide', 'Оскорбления')).status).toBe(200);
    expect((await hiddenBy(queued)).hidden_by).toBe('city');
    expect((await hiddenBy(queued)).hidden_by_id).not.toBeNull();
    const refused = await owner.client.post(`/api/comments/${queued}/restore`);
    expect([refused.status, refused.body.error.code]).toEqual([403, 'comment_hidden_by_city']);
    expect(refused.body.error.message).toMatch(/модераторы города/);
    expect((await admin.client.post(`/api/groups/${groupId}/comments/${queued}/hide`, { reason: 'Наше решение' })).status).toBe(409);
    expect((await groupThread(owner.client)).find((c) => c.id === queued)).toBeUndefined();
    expect((await decide('restore', 'Проверено повторно')).status).toBe(200);
    expect(await hiddenBy(queued)).toEqual({ hidden_by: null, hidden_by_id: null });

    // a city moderator hiding through the group's page does so as the city's
    const viaGroup = await comment('Ещё одно оскорбление');
    expect((await moderator.post(`/api/groups/${groupId}/comments/${viaGroup}/hide`, { reason: 'Оскорбления' })).status).toBe(204);
    expect((await hiddenBy(viaGroup)).hidden_by).toBe('city');
    expect((await admin.client.post(`/api/comments/${viaGroup}/restore`)).status).toBe(403);
  });

  it('a member who does not run the group, an admin of another group and a visitor may not show a comment again', async () => {
    const id = await comment('Не по теме');
    expect((await owner.client.post(`/api/groups/${groupId}/comments/${id}/hide`, { reason: 'Не по теме' })).status).toBe(204);
    const byMember = await member.client.post(`/api/comments/${id}/restore`);
    expect([byMember.status, byMember.body.error.code]).toEqual([403, 'not_host_moderator']);
    const byOtherGroup = await otherOwner.client.post(`/api/comments/${id}/restore`);
    expect([byOtherGroup.status, byOtherGroup.body.error.code]).toEqual([403, 'not_host_moderator']);
    expect((await otherOwner.client.post(`/api/groups/${groupId}/comments/${id}/hide`, { reason: 'Чужое' })).status).toBe(403);
    expect((await visitor.post(`/api/comments/${id}/restore`)).status).toBe(401);
    expect((await hiddenBy(id)).hidden_by).toBe('host');
  });
});

describe('pages', () => {
  it('pages 60 comments in each sort without duplicates or gaps', async () => {
    addHost('h-many');
    const authors = [annaId, borisId, veraId];
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) {
      const c = await postComment(t.ctx, actorOf(authors[i % 3]!), { hostType: 'testhost', hostId: 'h-many', body: `Comment ${i}` });
      ids.push(c.id);
      if (i % 10 === 0)
        await postComment(t.ctx, actorOf(authors[(i + 1) % 3]!), { hostType: 'testhost', hostId: 'h-many', body: `Reply ${i}`, parentId: c.id });
    }
    // scores with many ties, so the tie-breaker matters
    await t.database.db.execute(sql`update comments set score = (seq % 5) - 2 where host_id = 'h-many' and parent_id is null`);
    const rows = await queryRows<{ id: string; seq: string; score: number }>(
      t.database.db,
      sql`select id, seq, score from comments where host_id = 'h-many' and parent_id is null`,
    );
    const bySeq = [...rows].sort((a, b) => Number(a.seq) - Number(b.seq));
    const expected = {
      oldest: bySeq.map((r) => r.id),
      newest: [...bySeq].reverse().map((r) => r.id),
      best: [...rows].sort((a, b) => b.score - a.score || Number(b.seq) - Number(a.seq)).map((r) => r.id),
    };
    for (const sort of ['best', 'newest', 'oldest'] as const) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res: any = await thread(visitor, 'h-many', `sort=${sort}&limit=7${cursor ? `&cursor=${cursor}` : ''}`);
        expect(res.status).toBe(200);
        expect(res.body.total).toBe(66);
        seen.push(...res.body.items.map((i: any) => i.id));
        cursor = res.body.nextCursor;
        pages++;
      } while (cursor && pages < 20);
      expect(pages).toBe(9);
      expect(seen).toEqual(expected[sort]);
    }
    const wrongSort = await thread(visitor, 'h-many', `sort=oldest&cursor=${(await thread(visitor, 'h-many', 'sort=newest&limit=2')).body.nextCursor}`);
    expect(wrongSort.status).toBe(400);
    expect(wrongSort.body.error.code).toBe('invalid_cursor');
    expect((await thread(visitor, 'h-many', 'limit=51')).status).toBe(400);
  });

  it('shows 20 replies under a comment and pages the rest in tree order', async () => {
    addHost('h-replies');
    const root = await postComment(t.ctx, actorOf(annaId), { hostType: 'testhost', hostId: 'h-replies', body: 'Root' });
    const expected: string[] = [];
    for (let i = 0; i < 12; i++) {
      const r = await postComment(t.ctx, actorOf(borisId), { hostType: 'testhost', hostId: 'h-replies', body: `Reply ${i}`, parentId: root.id });
      expected.push(r.id);
      if (i % 3 === 0) {
        const rr = await postComment(t.ctx, actorOf(veraId), { hostType: 'testhost', hostId: 'h-replies', body: `Reply to ${i}`, parentId: r.id });
        expected.push(rr.id);
      }
    }
    expect(expected).toHaveLength(16);
    for (let i = 0; i < 8; i++)
      expected.push((await postComment(t.ctx, actorOf(veraId), { hostType: 'testhost', hostId: 'h-replies', body: `Late ${i}`, parentId: root.id })).id);

    const page = await thread(visitor, 'h-replies');
    expect(page.body.items[0]).toMatchObject({ replyCount: 24, moreReplies: true });
    expect(page.body.items[0].replies.map((r: any) => r.id)).toEqual(expected.slice(0, 20));

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: any = await visitor.get(`/api/comments/${root.id}/replies?limit=10${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((i: any) => i.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(expected);

    const firstReply = expected[0]!;
    const below = await visitor.get(`/api/comments/${firstReply}/replies`);
    expect(below.body.items.map((i: any) => i.depth)).toEqual([2]);
    expect((await visitor.get(`/api/comments/${root.id}/replies?cursor=garbage`)).status).toBe(400);
  });

  it('documents every route in the OpenAPI description', async () => {
    const res = await visitor.get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/comments/{hostType}/{hostId}', '/api/comments/{id}', '/api/comments/{id}/replies', '/api/comments/{id}/vote']),
    );
  });
});
