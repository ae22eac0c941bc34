import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, webDist } from '../../../app.js';
import { loadConfig } from '../../../config.js';
import type { Database } from '../../../core/db/client.js';
import { enqueueJob } from '../../../core/jobs/jobs.js';
import type { z } from 'zod';
import { emitEvent, eventJobKind, type DomainEvent, type EventDefinition } from '../../../core/jobs/events.js';
import { jobs } from '../../../core/jobs/schema.js';
import { mailOutbox } from '../../../core/mail/schema.js';
import type { EntitySummary } from '../../../core/module/entities.js';
import { defineModule, type App, type ModuleContext } from '../../../core/module/module.js';
import { modules } from '../../../modules.js';
import { testDatabase } from '../../../../test/db.js';
import { TestClient, signedInResident, strongPassword } from '../../../../test/http-client.js';
import { createAdministrator } from '../../accounts/index.js';
import { commentCreated } from '../../comments/index.js';
import { discussionCreated } from '../../discussions/index.js';
import { contentHidden, contentRestored } from '../../moderation/index.js';
import { follows, notifications, notificationSettings } from '../db/schema.js';
import { nextDigestTime } from '../domain/digest-schedule.js';
import { digestJobKind } from '../jobs.js';

// A test entity kind ("thing", page /things/:id) so these tests do not depend on any content module.
const things = new Map<string, EntitySummary>();
const addThing = (title: string, over: Partial<EntitySummary> = {}) => {
  const id = String(things.size + 1);
  things.set(id, {
    type: 'thing',
    id,
    title,
    excerpt: `About ${title}`,
    path: `/things/${id}`,
    authorId: null,
    visible: true,
    districtId: null,
    createdAt: new Date(),
    ...over,
  });
  return id;
};
const thingsModule = defineModule({
  name: 'test-things',
  entities: [
    {
      type: 'thing',
      pagePath: '/things/:id',
      describe: async (_db, ids) => new Map(ids.flatMap((id) => (things.has(id) ? [[id, things.get(id)!] as const] : []))),
    },
  ],
});

let app: App;
let ctx: ModuleContext;
let database: Database;
let dataDir: string;
let alice: TestClient;
let aliceId: string;
let bob: TestClient;
let bobId: string;
let carol: TestClient;
let carolId: string;
let admin: TestClient;
let thingId: string;

const visitor = () => new TestClient(app, 'en');
const put = async (c: TestClient, url: string) => {
  const res = await app.inject({ method: 'PUT', url, headers: { cookie: c.cookie ?? '', 'x-csrf-token': c.csrfToken ?? '', 'accept-language': 'en' } });
  return { status: res.statusCode, body: res.json() };
};
const named = async (c: TestClient, displayName: string) => expect((await c.patch('/api/me', { displayName })).status).toBe(200);

/** Emits a domain event as its module would (inside a transaction) and runs the jobs, then delivers mail. */
async function emit<S extends z.ZodType>(
  def: EventDefinition<string, S>,
  event: { actorId: string | null; entityType: string; entityId: string; data: z.input<S> },
): Promise<DomainEvent<z.output<S>>> {
  const full = await database.db.transaction((tx) => emitEvent(tx, def, event));
  await ctx.jobs.runDue();
  await ctx.mailer.flush();
  return full;
}
const commentOn = (hostId: string, actorId: string, over: { parentAuthorId?: string; excerpt?: string; entityType?: string; entityId?: string } = {}) =>
  emit(commentCreated, {
    actorId,
    entityType: over.entityType ?? 'comment',
    entityId: over.entityId ?? crypto.randomUUID(),
    data: {
      hostType: 'thing',
      hostId,
      hostTitle: things.get(hostId)!.title,
      hostPath: `/things/${hostId}`,
      parentId: over.parentAuthorId ? crypto.randomUUID() : null,
      parentAuthorId: over.parentAuthorId ?? null,
      excerpt: over.excerpt ?? 'Nice idea',
    },
  });
const notificationsOf = (userId: string) =>
  database.db.select().from(notifications).where(eq(notifications.userId, userId)).orderBy(asc(notifications.createdAt));
const mailsTo = (to: string) =>
  database.db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.to, to), sql`${mailOutbox.kind} in ('notification', 'digest')`))
    .orderBy(asc(mailOutbox.createdAt));

beforeAll(async () => {
  database = await testDatabase();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-notifications-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', PUBLIC_URL: 'http://gorod.test' });
  ({ app, ctx } = await buildApp(config, database, [...modules, thingsModule], { logger: false }));
  await app.ready();
  ({ client: alice, userId: aliceId } = await signedInResident(app, database, 'alice@example.org'));
  ({ client: bob, userId: bobId } = await signedInResident(app, database, 'bob@example.org'));
  ({ client: carol, userId: carolId } = await signedInResident(app, database, 'carol@example.org', 'ru'));
  await named(alice, 'Alice');
  await named(bob, 'Bob');
  await named(carol, 'Карина');
  await createAdministrator(ctx, { email: 'chief@example.org', password: strongPassword, displayName: 'Chief' });
  admin = new TestClient(app, 'en');
  expect((await admin.post('/api/auth/login', { email: 'chief@example.org', password: strongPassword })).status).toBe(200);
  thingId = addThing('Benches on Nevsky');
});
afterAll(async () => {
  await app?.close();
  await database?.close();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('follows', () => {
  it('anyone sees the count; following needs an account', async () => {
    expect((await visitor().get(`/api/follows/thing/${thingId}`)).body).toEqual({ following: false, followers: 0 });
    const anon = await put(visitor(), `/api/follows/thing/${thingId}`);
    expect(anon.status).toBe(401);
    expect(anon.body.error.code).toBe('unauthenticated');
  });

  it('follow, follow again, count, unfollow', async () => {
    expect(await put(alice, `/api/follows/thing/${thingId}`)).toEqual({ status: 200, body: { following: true, followers: 1 } });
    expect(await put(alice, `/api/follows/thing/${thingId}`)).toEqual({ status: 200, body: { following: true, followers: 1 } });
    expect((await put(bob, `/api/follows/thing/${thingId}`)).body).toEqual({ following: true, followers: 2 });
    expect((await alice.get(`/api/follows/thing/${thingId}`)).body).toEqual({ following: true, followers: 2 });
    expect((await visitor().get(`/api/follows/thing/${thingId}`)).body).toEqual({ following: false, followers: 2 });
    const off = await bob.delete(`/api/follows/thing/${thingId}`);
    expect(off).toMatchObject({ status: 200, body: { following: false, followers: 1 } });
  });

  it('lists what I follow with titles and paths', async () => {
    const mine = await alice.get('/api/me/follows');
    expect(mine.status).toBe(200);
    expect(mine.body).toEqual({
      total: 1,
      items: [{ type: 'thing', id: thingId, title: 'Benches on Nevsky', path: `/things/${thingId}`, origin: 'manual', createdAt: expect.any(String) }],
    });
    expect((await visitor().get('/api/me/follows')).status).toBe(401);
  });

  it('404 for an unknown kind, an unknown id, or something hidden (except from its author)', async () => {
    const kind = await put(alice, '/api/follows/spaceship/1');
    expect(kind.status).toBe(404);
    expect(kind.body.error.code).toBe('unknown_entity_type');
    const missing = await put(alice, '/api/follows/thing/999');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: 'follow_target_not_found', message: expect.stringContaining('nothing to follow') });
    expect((await visitor().get('/api/follows/thing/999')).status).toBe(404);
    const hidden = addThing('Hidden thing', { visible: false, authorId: bobId });
    expect((await put(alice, `/api/follows/thing/${hidden}`)).status).toBe(404);
    expect((await put(bob, `/api/follows/thing/${hidden}`)).status).toBe(200);
    // unfollowing works on what is hidden now
    expect((await bob.delete(`/api/follows/thing/${hidden}`)).body).toEqual({ following: false, followers: 0 });
    // a person id that is not a uuid names nobody (the lead's person kind, keyed by uuid)
    expect((await put(alice, '/api/follows/person/not-a-uuid')).status).toBe(404);
  });
});

describe('notifications from domain events', () => {
  it('a comment notifies the host’s followers but not its author, and makes the author follow', async () => {
    // alice follows the thing (above); bob comments
    const event = await commentOn(thingId, bobId, { excerpt: 'We need <b>ten</b> more benches' });
    const [n] = await notificationsOf(aliceId);
    expect(n).toMatchObject({ kind: 'comment.created', eventId: event.id, entityType: 'comment', entityId: event.entityId });
    expect(n!.data).toEqual({
      actor: 'Bob',
      title: 'Benches on Nevsky',
      excerpt: 'We need <b>ten</b> more benches',
      path: `/things/${thingId}#comment-${event.entityId}`,
    });
    expect(await notificationsOf(bobId)).toEqual([]);
    const [auto] = await database.db
      .select()
      .from(follows)
      .where(and(eq(follows.userId, bobId), eq(follows.entityId, thingId)));
    expect(auto?.origin).toBe('auto');
    // the notification in the reader's language
    const list = await alice.get('/api/notifications');
    expect(list.body).toEqual({
      unread: 1,
      nextBefore: null,
      items: [
        {
          id: n!.id,
          kind: 'comment.created',
          entityType: 'comment',
          entityId: event.entityId,
          text: 'Bob commented on “Benches on Nevsky”: We need <b>ten</b> more benches',
          path: `/things/${thingId}#comment-${event.entityId}`,
          createdAt: expect.any(String),
          read: false,
        },
      ],
    });
  });

  it('the same event handled twice makes one notification and one mail', async () => {
    const before = (await mailsTo('alice@example.org')).length;
    const event = await commentOn(thingId, bobId, { excerpt: 'Twice?' });
    await enqueueJob(database.db, { kind: eventJobKind, payload: event as unknown as Record<string, unknown> });
    // the event, then one job per listener (the comments module's notifications, points)
    expect(await ctx.jobs.runDue()).toBeGreaterThan(1);
    await ctx.mailer.flush();
    expect((await notificationsOf(aliceId)).filter((n) => n.eventId === event.id)).toHaveLength(1);
    expect((await mailsTo('alice@example.org')).length).toBe(before + 1);
  });

  it('immediate mail: queued with the notification, with the link, the unsubscribe link and the RFC 8058 headers', async () => {
    const mails = await mailsTo('alice@example.org');
    expect(mails.length).toBeGreaterThanOrEqual(1);
    const mail = mails[0]!;
    const [settings] = await database.db.select().from(notificationSettings).where(eq(notificationSettings.userId, aliceId));
    const token = settings!.unsubscribeToken;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(mail.subject).toBe('New comment on “Benches on Nevsky”');
    expect(mail.text).toContain('Hello, Alice!');
    expect(mail.text).toContain('Bob commented on “Benches on Nevsky”: We need <b>ten</b> more benches');
    expect(mail.text).toMatch(new RegExp(`Open: http://gorod\\.test/things/${thingId}#comment-[0-9a-f-]{36}`));
    expect(mail.text).toContain(`http://gorod.test/unsubscribe?token=${token}`);
    expect(mail.headers).toEqual({
      'List-Unsubscribe': `<http://gorod.test/api/notifications/unsubscribe?token=${token}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
    expect(mail.sentAt).not.toBeNull();
    const eml = fs.readFileSync(path.join(dataDir, 'mail', mail.deliveredAs!), 'utf8');
    expect(eml).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    const all = await notificationsOf(aliceId);
    expect(all.every((n) => n.emailedAt !== null)).toBe(true);
  });

  it('the author of the answered comment gets a reply notification (once, even when following) in their language', async () => {
    const host = addThing('Скамейки');
    expect((await put(carol, `/api/follows/thing/${host}`)).status).toBe(200);
    expect((await put(alice, `/api/follows/thing/${host}`)).status).toBe(200);
    const event = await commentOn(host, bobId, { parentAuthorId: carolId, excerpt: 'Согласен' });
    const mine = (await notificationsOf(carolId)).filter((n) => n.eventId === event.id);
    expect(mine.map((n) => n.kind)).toEqual(['comment.reply']);
    expect((await notificationsOf(aliceId)).filter((n) => n.eventId === event.id).map((n) => n.kind)).toEqual(['comment.created']);
    const list = await carol.get('/api/notifications');
    expect(list.body.items[0].text).toBe('Ответ на ваш комментарий к «Скамейки». Bob: Согласен');
    const [mail] = await mailsTo('carol@example.org');
    expect(mail?.subject).toBe('Вам ответили в «Скамейки» (автор — Bob)');
    expect(mail?.text).toContain('Здравствуйте, Карина!');
  });

  it('a comment that is not visible (held for moderation) is announced to nobody', async () => {
    const held = addThing('Held comment', { visible: false });
    const event = await commentOn(thingId, bobId, { entityType: 'thing', entityId: held });
    expect((await notificationsOf(aliceId)).filter((n) => n.eventId === event.id)).toEqual([]);
  });

  it('content hidden and restored: the author is told, with the reason', async () => {
    const post = addThing('My post', { authorId: aliceId });
    await emit(contentHidden, {
      actorId: null,
      entityType: 'thing',
      entityId: post,
      data: { reason: null, authorId: aliceId, title: 'My post', path: `/things/${post}`, pending: true },
    });
    await emit(contentHidden, {
      actorId: bobId,
      entityType: 'thing',
      entityId: post,
      data: { reason: 'Personal data', authorId: aliceId, title: 'My post', path: `/things/${post}` },
    });
    await emit(contentRestored, {
      actorId: bobId,
      entityType: 'thing',
      entityId: post,
      data: { reason: 'Edited out', authorId: aliceId, title: 'My post', path: `/things/${post}` },
    });
    const texts = (await alice.get('/api/notifications?limit=3')).body.items.map((i: { text: string }) => i.text);
    expect(texts).toEqual([
      'A moderator restored “My post”: it is visible again. Reason: Edited out',
      'A moderator hid “My post”: others no longer see it. Reason: Personal data',
      '“My post” is hidden after several complaints until a moderator reviews it.',
    ]);
    const subjects = (await mailsTo('alice@example.org')).map((m) => m.subject);
    expect(subjects).toContain('“My post” was hidden');
    expect(subjects).toContain('“My post” is visible again');
  });

  it('a new discussion makes its author follow it', async () => {
    const id = crypto.randomUUID();
    await emit(discussionCreated, { actorId: carolId, entityType: 'discussion', entityId: id, data: { title: 'Lamps', path: `/discussions/${id}` } });
    const [row] = await database.db
      .select()
      .from(follows)
      .where(and(eq(follows.userId, carolId), eq(follows.entityId, id)));
    expect(row).toMatchObject({ entityType: 'discussion', origin: 'auto' });
  });
});

describe('the notification centre', () => {
  it('pages newest first with nextBefore', async () => {
    const all = (await alice.get('/api/notifications?limit=50')).body.items as { id: string }[];
    expect(all.length).toBeGreaterThanOrEqual(5);
    const seen: string[] = [];
    let url = '/api/notifications?limit=2';
    for (;;) {
      const page = await alice.get(url);
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((i: { id: string }) => i.id));
      if (!page.body.nextBefore) break;
      url = `/api/notifications?limit=2&before=${encodeURIComponent(page.body.nextBefore)}`;
    }
    expect(seen).toEqual(all.map((i) => i.id));
    expect((await alice.get('/api/notifications?before=yesterday')).status).toBe(400);
    expect((await visitor().get('/api/notifications')).status).toBe(401);
  });

  it('unread count; mark some read, ignore other people’s ids, then all', async () => {
    const total = (await notificationsOf(aliceId)).length;
    expect((await alice.get('/api/notifications/unread-count')).body).toEqual({ unread: total });
    const [first] = await notificationsOf(aliceId);
    const [carols] = await notificationsOf(carolId);
    expect((await alice.post('/api/notifications/read', { ids: [first!.id, carols!.id] })).body).toEqual({ unread: total - 1 });
    expect((await carol.get('/api/notifications/unread-count')).body.unread).toBeGreaterThan(0);
    const list = await alice.get('/api/notifications?limit=50');
    expect(list.body.items.find((i: { id: string }) => i.id === first!.id).read).toBe(true);
    expect((await alice.post('/api/notifications/read', {})).status).toBe(400);
    expect((await alice.post('/api/notifications/read', { all: true })).body).toEqual({ unread: 0 });
    expect((await visitor().get('/api/notifications/unread-count')).status).toBe(401);
  });
});

describe('e-mail settings, digests and unsubscribing', () => {
  it('settings default to immediate and change', async () => {
    const dan = await signedInResident(app, database, 'dan@example.org');
    expect((await dan.client.get('/api/me/notification-settings')).body).toEqual({ emailMode: 'immediate' });
    expect((await dan.client.patch('/api/me/notification-settings', { emailMode: 'weekly' })).status).toBe(400);
    expect((await dan.client.patch('/api/me/notification-settings', { emailMode: 'off' })).body).toEqual({ emailMode: 'off' });
    expect((await dan.client.get('/api/me/notification-settings')).body).toEqual({ emailMode: 'off' });
    expect((await visitor().get('/api/me/notification-settings')).status).toBe(401);
  });

  it('digest mode: nothing mailed at once; one mail with every item, then nothing', async () => {
    expect((await carol.patch('/api/me/notification-settings', { emailMode: 'digest' })).body).toEqual({ emailMode: 'digest' });
    const host = addThing('Дворы');
    expect((await put(carol, `/api/follows/thing/${host}`)).status).toBe(200);
    const before = (await mailsTo('carol@example.org')).length;
    await commentOn(host, bobId, { excerpt: 'Первый' });
    await commentOn(host, aliceId, { excerpt: 'Второй' });
    expect((await mailsTo('carol@example.org')).length).toBe(before);

    expect((await bob.post('/api/admin/notifications/digest')).status).toBe(403);
    expect((await admin.post('/api/admin/notifications/digest')).body).toEqual({ mailed: 1 });
    await ctx.mailer.flush();
    const mails = await mailsTo('carol@example.org');
    expect(mails.length).toBe(before + 1);
    const digest = mails.at(-1)!;
    expect(digest.kind).toBe('digest');
    expect(digest.subject).toBe('2 новых уведомления на портале «Город» — Санкт-Петербург');
    expect(digest.text).toContain('Новый комментарий к «Дворы». Bob: Первый');
    expect(digest.text).toContain('Новый комментарий к «Дворы». Alice: Второй');
    expect(digest.text.indexOf('Первый')).toBeLessThan(digest.text.indexOf('Второй'));
    expect(digest.text).toMatch(/\/unsubscribe\?token=[A-Za-z0-9_-]{43}/);
    expect(digest.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const [settings] = await database.db.select().from(notificationSettings).where(eq(notificationSettings.userId, carolId));
    expect(settings!.lastDigestAt).not.toBeNull();

    expect((await admin.post('/api/admin/notifications/digest')).body).toEqual({ mailed: 0 });
    expect((await mailsTo('carol@example.org')).length).toBe(before + 1);
    const [audit] = await database.db
      .execute(sql`select action, data from audit_log order by seq desc limit 1`)
      .then((r) => (r as unknown as { rows: { action: string; data: unknown }[] }).rows);
    expect(audit).toEqual({ action: 'notifications.digests_sent', data: { mailed: 0 } });
  });

  it('a digest that fell due while no server ran is sent by the next pass, and the next one is scheduled', async () => {
    const host = addThing('Парки');
    expect((await put(carol, `/api/follows/thing/${host}`)).status).toBe(200);
    // the event is handled, but the daily job is not due yet
    await commentOn(host, bobId, { excerpt: 'Пока сервер спал' });
    const before = (await mailsTo('carol@example.org')).length;
    await database.db.execute(sql`delete from jobs where kind = ${digestJobKind}`);
    await enqueueJob(database.db, { kind: digestJobKind, key: digestJobKind, runAt: new Date(Date.now() - 3 * 86_400_000) });
    expect(await ctx.jobs.runDue()).toBe(1);
    await ctx.mailer.flush();
    const mails = await mailsTo('carol@example.org');
    expect(mails.length).toBe(before + 1);
    expect(mails.at(-1)!.text).toContain('Пока сервер спал');
    const [next] = await database.db
      .select()
      .from(jobs)
      .where(and(eq(jobs.kind, digestJobKind), isNull(jobs.doneAt)));
    expect(next!.runAt.getTime()).toBeGreaterThan(Date.now());
    expect(next!.runAt.toISOString()).toBe(nextDigestTime(new Date(next!.runAt.getTime() - 1), 8, 'Europe/Moscow').toISOString());
    expect(next!.runAt.getUTCHours()).toBe(5);
    expect(await ctx.jobs.runDue()).toBe(0);
  });

  it('unsubscribes with the token from the mail, without signing in (JSON)', async () => {
    const [settings] = await database.db.select().from(notificationSettings).where(eq(notificationSettings.userId, aliceId));
    const res = await visitor().post('/api/notifications/unsubscribe', { token: settings!.unsubscribeToken });
    expect(res).toMatchObject({ status: 200, body: { emailMode: 'off' } });
    expect((await alice.get('/api/me/notification-settings')).body).toEqual({ emailMode: 'off' });
    // in-app notifications go on; mail stops
    const before = (await mailsTo('alice@example.org')).length;
    const event = await commentOn(thingId, bobId, { excerpt: 'After unsubscribing' });
    expect((await notificationsOf(aliceId)).some((n) => n.eventId === event.id)).toBe(true);
    expect((await mailsTo('alice@example.org')).length).toBe(before);
    const bad = await visitor().post('/api/notifications/unsubscribe', { token: 'not-a-real-token-at-all' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('unsubscribe_link_invalid');
    expect((await visitor().post('/api/notifications/unsubscribe', {})).body.error.code).toBe('unsubscribe_token_missing');
  });

  it('one-click unsubscribe (RFC 8058): a form POST to the List-Unsubscribe address', async () => {
    expect((await bob.patch('/api/me/notification-settings', { emailMode: 'immediate' })).status).toBe(200);
    const [settings] = await database.db.select().from(notificationSettings).where(eq(notificationSettings.userId, bobId));
    const res = await app.inject({
      method: 'POST',
      url: `/api/notifications/unsubscribe?token=${settings!.unsubscribeToken}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ emailMode: 'off' });
    expect((await bob.get('/api/me/notification-settings')).body).toEqual({ emailMode: 'off' });
    // other routes still take JSON only
    const form = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'email=a&password=b',
    });
    expect(form.statusCode).toBe(415);
  });
});

describe('share previews', () => {
  const built = fs.existsSync(path.join(webDist, 'index.html'));

  it.skipIf(!built)('an entity page carries its title, excerpt and image as escaped OpenGraph/Twitter meta', async () => {
    const id = addThing('<script>alert("x")</script> & benches', { excerpt: 'Where "we" sit <b>now</b>', imagePath: '/files/bench.jpg' });
    const res = await app.inject({ method: 'GET', url: `/things/${id}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    const html = res.body;
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('<meta property="og:title" content="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; benches" />');
    expect(html).toContain('<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; benches — «Город» — Санкт-Петербург</title>');
    expect(html).toContain('<meta property="og:description" content="Where &quot;we&quot; sit &lt;b&gt;now&lt;/b&gt;" />');
    expect(html).toContain('<meta name="description" content="Where &quot;we&quot; sit &lt;b&gt;now&lt;/b&gt;" />');
    expect(html).toContain(`<meta property="og:url" content="http://gorod.test/things/${id}" />`);
    expect(html).toContain('<meta property="og:image" content="http://gorod.test/files/bench.jpg" />');
    expect(html).toContain('<meta property="og:type" content="article" />');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />');
  });

  it.skipIf(!built)('a hidden or unknown entity, and every other page, get the site’s own preview', async () => {
    const hidden = addThing('Secret title', { visible: false });
    for (const url of [`/things/${hidden}`, '/things/404', '/', '/discussions?tag=x', '/people/not-a-uuid']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).not.toContain('Secret title');
      expect(res.body, url).toContain('<meta property="og:title" content="«Город» — Санкт-Петербург" />');
      expect(res.body, url).toContain('<meta property="og:image" content="http://gorod.test/og-image.png" />');
      expect(res.body, url).toContain('<meta property="og:type" content="website" />');
    }
    expect((await app.inject({ method: 'GET', url: '/discussions?tag=x' })).body).toContain(
      '<meta property="og:url" content="http://gorod.test/discussions" />',
    );
  });

  it.skipIf(!built)('a person’s public profile previews with their name', async () => {
    const res = await app.inject({ method: 'GET', url: `/people/${carolId}` });
    expect(res.body).toContain('<meta property="og:title" content="Карина" />');
    expect(res.body).not.toContain('carol@example.org');
  });
});

describe('with the discussions and comments modules', () => {
  it('a discussion’s author follows it and hears of a comment and of a reply; its page previews', async () => {
    const erin = await signedInResident(app, database, 'erin@example.org');
    const frank = await signedInResident(app, database, 'frank@example.org');
    await named(erin.client, 'Erin');
    await named(frank.client, 'Frank');
    const created = await erin.client.post('/api/discussions', { kind: 'topic', title: 'Trees on Ligovsky', body: 'Shall we plant lindens?' });
    expect(created.status).toBe(201);
    const discussionId = created.body.id as string;
    await ctx.jobs.runDue();
    expect((await erin.client.get(`/api/follows/discussion/${discussionId}`)).body).toEqual({ following: true, followers: 1 });

    const comment = await frank.client.post(`/api/comments/discussion/${discussionId}`, { body: 'Yes, lindens!' });
    expect(comment.status).toBe(201);
    await ctx.jobs.runDue();
    const reply = await erin.client.post(`/api/comments/discussion/${discussionId}`, { body: 'Great', parentId: comment.body.id });
    expect(reply.status).toBe(201);
    await ctx.jobs.runDue();

    const erinsItems = (await erin.client.get('/api/notifications')).body.items;
    expect(erinsItems.map((i: { text: string; path: string }) => [i.text, i.path])).toEqual([
      ['Frank commented on “Trees on Ligovsky”: Yes, lindens!', `/discussions/${discussionId}#comment-${comment.body.id}`],
    ]);
    const franksItems = (await frank.client.get('/api/notifications')).body.items;
    expect(franksItems.map((i: { kind: string; text: string }) => [i.kind, i.text])).toEqual([
      ['comment.reply', 'Erin replied to your comment on “Trees on Ligovsky”: Great'],
    ]);
    expect((await frank.client.get('/api/me/follows')).body.items).toEqual([
      expect.objectContaining({ type: 'discussion', id: discussionId, origin: 'auto', title: 'Trees on Ligovsky' }),
    ]);

    if (fs.existsSync(path.join(webDist, 'index.html'))) {
      const page = await app.inject({ method: 'GET', url: `/discussions/${discussionId}` });
      expect(page.body).toContain('<meta property="og:title" content="Trees on Ligovsky" />');
      expect(page.body).toContain('<meta property="og:description" content="Shall we plant lindens?" />');
    }
  });

  it('a comment of emoji is announced whole, never with a character cut in half', async () => {
    const gina = await signedInResident(app, database, 'gina@example.org');
    const hal = await signedInResident(app, database, 'hal@example.org');
    await named(hal.client, 'Hal');
    const created = await gina.client.post('/api/discussions', { kind: 'topic', title: 'Fireworks on the Neva', body: 'How did you like them?' });
    expect(created.status).toBe(201);
    await ctx.jobs.runDue();
    // 150 emoji (300 UTF-16 units) then words: the comment's excerpt is cut at 200 characters, not in an emoji
    const body = `${'🎆'.repeat(150)} ${'wow '.repeat(20)}`;
    expect((await hal.client.post(`/api/comments/discussion/${created.body.id}`, { body })).status).toBe(201);
    await ctx.jobs.runDue();
    const [item] = (await gina.client.get('/api/notifications')).body.items as { text: string }[];
    expect(item?.text).toBe(`Hal commented on “Fireworks on the Neva”: ${'🎆'.repeat(150)} ${'wow '.repeat(11)}wow…`);
  });
});
