import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../core/db/client.js';
import { testApp, type TestApp } from '../../../../test/db.js';
import { person, type TestPerson } from '../../../../test/fixtures.js';
import { TestClient } from '../../../../test/http-client.js';
import { messagesPersonalData } from '../personal-data.js';
import { sendUnreadNotice } from '../use-cases/unread-notice.js';

let t: TestApp;
let anna: TestPerson;
let boris: TestPerson;
let stranger: TestPerson;
let conversationId: string;

const start = (c: TestClient, body: Record<string, unknown>) => c.post('/api/messages', body);
const send = (c: TestClient, id: string, text: string) => c.post(`/api/messages/${id}`, { text });

beforeAll(async () => {
  t = await testApp();
  anna = await person(t);
  boris = await person(t, { lang: 'ru' });
  stranger = await person(t);
  // Anna accepts anyone; Boris keeps the default (people who share a group with him or whom he wrote first)
  expect((await anna.client.put('/api/messages/settings', { whoMayWrite: 'anyone' })).body).toMatchObject({ whoMayWrite: 'anyone', readReceipts: true });
  const res = await start(boris.client, { recipientIds: [anna.userId], text: 'Анна, здравствуйте! Про субботник: во сколько?' });
  expect(res.status).toBe(201);
  conversationId = res.body.conversationId;
});
afterAll(async () => t?.close());

describe('who may write to whom', () => {
  it('a stranger is refused by the default setting with a 403 that says whom the person accepts', async () => {
    const res = await start(stranger.client, { recipientIds: [boris.userId], text: 'Привет!' });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('recipient_accepts_contacts_only');
    expect(res.body.error.message).toMatch(/accepts messages only from people who share a group with them or whom they wrote first/);
  });

  it('whom I wrote first may write back, even into a new group chat; the one direct conversation is reused', async () => {
    const again = await start(anna.client, { recipientIds: [boris.userId], text: 'В 11:00 у сквера.' });
    expect(again.status).toBe(201);
    expect(again.body.conversationId).toBe(conversationId);
    const group = await start(anna.client, { recipientIds: [boris.userId, stranger.userId], title: 'Субботник', text: 'Собираемся вместе?' });
    // the stranger accepts only contacts too, and Anna never wrote to them
    expect(group.status).toBe(403);
    expect(group.body.error.message).toContain('Test Resident');
  });

  it('someone who was blocked can neither write in the conversation nor start one; unblocking lets them again', async () => {
    expect((await boris.client.post('/api/messages/blocks', { userId: anna.userId, blocked: true })).status).toBe(200);
    const res = await send(anna.client, conversationId, 'Вы тут?');
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('message_blocked');
    expect((await start(anna.client, { recipientIds: [boris.userId], text: 'Ещё раз' })).status).toBe(403);
    expect((await anna.client.get(`/api/messages/${conversationId}`)).body.canWrite).toBe(false);
    await boris.client.post('/api/messages/blocks', { userId: anna.userId, blocked: false });
    expect((await send(anna.client, conversationId, 'Снова на связи')).status).toBe(201);
  });
});

describe('privacy', () => {
  it('reading a conversation one is not in is a 404, for an administrator too, and for an unknown id alike', async () => {
    const admin = await person(t, { roles: ['administrator'] });
    for (const c of [stranger.client, admin.client]) {
      const res = await c.get(`/api/messages/${conversationId}`);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('conversation_not_found');
      expect((await send(c, conversationId, 'hi')).status).toBe(404);
    }
    expect((await stranger.client.get('/api/messages/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await new TestClient(t.app).get(`/api/messages/${conversationId}`)).status).toBe(401);
  });

  it('messages are never in the audit log', async () => {
    const rows = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_log where subject_type in ('message', 'conversation')`);
    expect(rows[0]!.n).toBe(0);
  });
});

describe('bad input and abuse', () => {
  it('a 1 MB message is refused before it is read (413); one over 4000 characters gets a 400 naming the text', async () => {
    const huge = await send(anna.client, conversationId, 'x'.repeat(1024 * 1024));
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('payload_too_large');
    const long = await send(anna.client, conversationId, 'x'.repeat(4001));
    expect(long.status).toBe(400);
    expect(long.body.error.fields.text).toBe('Text must be at most 4000 characters.');
  });

  it('bidi overrides and zero-width characters are removed; a script stays text', async () => {
    const res = await send(anna.client, conversationId, 'Смотри\u202e txt.exe\u200b <script>alert(1)</script>');
    expect(res.status).toBe(201);
    expect(res.body.text).toBe('Смотри txt.exe <script>alert(1)</script>');
  });

  it('1,000 messages a minute are refused early: the 31st in a minute is a 429', async () => {
    const flooder = await person(t);
    const { body } = await start(flooder.client, { recipientIds: [anna.userId], text: 'первое' });
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await send(flooder.client, body.conversationId, `сообщение ${i}`)).status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(30);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe('reading, receipts, reports and requests', () => {
  it('unread counts fall when the reader reads; receipts show only when both allow them', async () => {
    const list = await boris.client.get('/api/messages');
    const line = list.body.items.find((i: { id: string }) => i.id === conversationId);
    expect(line.unread).toBeGreaterThan(0);
    expect(line.members.map((m: { id: string }) => m.id)).toEqual([anna.userId]);
    expect((await boris.client.post(`/api/messages/${conversationId}/read`)).status).toBe(204);
    expect((await boris.client.get('/api/messages')).body.unread).toBe(0);
    expect((await anna.client.get(`/api/messages/${conversationId}`)).body.members[0].readUpTo).not.toBeNull();
    await boris.client.put('/api/messages/settings', { readReceipts: false });
    expect((await anna.client.get(`/api/messages/${conversationId}`)).body.members[0].readUpTo).toBeNull();
  });

  it('links from someone the reader never wrote to are marked', async () => {
    const spammer = await person(t);
    const { body } = await start(spammer.client, { recipientIds: [anna.userId], text: 'Выигрыш! https://example.com/prize' });
    const thread = await anna.client.get(`/api/messages/${body.conversationId}`);
    expect(thread.body.messages[0]).toMatchObject({ text: 'Выигрыш! https://example.com/prize', linksFromStranger: true });
  });

  it('a reported message reaches the moderators alone; a moderator hides it and its text leaves the thread', async () => {
    const { body: sent } = await send(anna.client, conversationId, 'Грубость, на которую жалуются');
    // the generic flags and follows take any entity's address: a message exists only for its members
    expect((await stranger.client.post('/api/flags', { entityType: 'message', entityId: sent.id, reason: 'abuse' })).status).toBe(404);
    expect((await stranger.client.put(`/api/follows/message/${sent.id}`)).status).toBe(404);
    const report = await boris.client.post('/api/flags', { entityType: 'message', entityId: sent.id, reason: 'personal_data', note: 'Мой адрес' });
    expect(report.status).toBe(201);
    const moderator = await person(t, { roles: ['moderator'] });
    const queue = await moderator.client.get('/api/moderation/queue');
    const item = queue.body.items.find((i: { entityId: string }) => i.entityId === sent.id);
    expect(item).toMatchObject({ entityType: 'message', excerpt: 'Грубость, на которую жалуются' });
    expect(JSON.stringify(queue.body)).not.toContain('Про субботник');
    const hide = await moderator.client.post(`/api/moderation/cases/message/${sent.id}/decision`, { action: 'hide', reason: 'Оскорбление' });
    expect(hide.status).toBe(200);
    const thread = await boris.client.get(`/api/messages/${conversationId}`);
    expect(thread.body.messages.find((m: { id: string }) => m.id === sent.id)).toMatchObject({ hidden: true, text: '' });
  });

  it('a request to a department: its officials see and answer it, other people get a 404', async () => {
    const official = await person(t, { roles: [{ role: 'official', department: 'admin-nevsky' }] });
    const asked = await start(stranger.client, { toDepartment: 'admin-nevsky', text: 'Когда уберут снег на Невском, 100?' });
    expect(asked.status).toBe(201);
    const id = asked.body.conversationId;
    const list = await official.client.get('/api/messages');
    expect(list.body.items.find((i: { id: string }) => i.id === id)).toMatchObject({ kind: 'request', unread: 1 });
    expect((await send(official.client, id, 'Уберём до пятницы.')).status).toBe(201);
    const thread = await stranger.client.get(`/api/messages/${id}`);
    expect(thread.body.messages.map((m: { text: string }) => m.text)).toEqual(['Когда уберут снег на Невском, 100?', 'Уберём до пятницы.']);
    expect((await boris.client.get(`/api/messages/${id}`)).status).toBe(404);
    expect((await start(stranger.client, { toDepartment: 'atlantis', text: 'x' })).body.error.fields.toDepartment).toBe('Choose a department from the list.');
    const admin = await person(t, { roles: ['administrator'] });
    const made = await admin.client.post('/api/admin/departments', { nameRu: 'Упразднённый комитет', nameEn: 'Former committee', kind: 'other' });
    expect((await admin.client.post(`/api/admin/departments/${made.body.id}/retire`, {})).status).toBe(200);
    expect((await start(stranger.client, { toDepartment: made.body.id, text: 'Вы ещё работаете?' })).status).toBe(400);
  });

  it('unread messages bring one notice after the delay, not one per message', async () => {
    const writer = await person(t);
    const { body } = await start(writer.client, { recipientIds: [anna.userId], text: 'раз' });
    await send(writer.client, body.conversationId, 'два');
    const pending = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from jobs where kind = 'messages.unread-notice' and payload->>'conversationId' = ${body.conversationId}`,
    );
    expect(pending[0]!.n).toBe(1);
    await sendUnreadNotice(t.ctx, { conversationId: body.conversationId, userId: anna.userId });
    await sendUnreadNotice(t.ctx, { conversationId: body.conversationId, userId: anna.userId });
    await t.ctx.jobs.runDue();
    const notices = await queryRows<{ data: { count: string } }>(
      t.database.db,
      sql`select data from notifications where kind = 'messages.unread' and entity_id = ${body.conversationId}`,
    );
    expect(notices).toEqual([{ data: expect.objectContaining({ count: '2' }) }]);
  });

  it("a person's export holds their own messages only", async () => {
    const data = await messagesPersonalData.export(t.database.db, boris.userId);
    const authors = (data.tables.conversation_messages as { body: string; authorId: string }[]).map((m) => m.authorId);
    expect(authors.length).toBeGreaterThan(0);
    expect(new Set(authors)).toEqual(new Set([boris.userId]));
  });
});

describe('the badge and muting', () => {
  it('the badge counts my conversations with unread messages, not the messages, and leaves out muted ones; a muted one still shows its count and sends no e-mail', async () => {
    const reader = await person(t);
    await reader.client.put('/api/messages/settings', { whoMayWrite: 'anyone' });
    const [w1, w2] = [await person(t), await person(t)];
    const first = (await start(w1.client, { recipientIds: [reader.userId], text: 'раз' })).body.conversationId;
    await send(w1.client, first, 'два');
    await start(w2.client, { recipientIds: [reader.userId], text: 'привет' });
    expect((await reader.client.get('/api/messages/unread')).body).toEqual({ unread: 2 });
    // only my own conversations: the writers have read all they have
    expect((await w1.client.get('/api/messages/unread')).body).toEqual({ unread: 0 });
    const muted = await reader.client.put(`/api/messages/${first}/muted`, { muted: true });
    expect(muted.status).toBe(200);
    expect((await reader.client.get('/api/messages/unread')).body).toEqual({ unread: 1 });
    const line = (await reader.client.get('/api/messages')).body.items.find((i: { id: string }) => i.id === first);
    expect(line).toMatchObject({ muted: true, unread: 2 });
    expect((await reader.client.get(`/api/messages/${first}`)).body.muted).toBe(true);
    await sendUnreadNotice(t.ctx, { conversationId: first, userId: reader.userId });
    const notices = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from notifications where entity_id = ${first}`);
    expect(notices[0]!.n).toBe(0);
    expect((await stranger.client.put(`/api/messages/${first}/muted`, { muted: true })).status).toBe(404);
    await reader.client.put(`/api/messages/${first}/muted`, { muted: false });
    expect((await reader.client.get('/api/messages/unread')).body).toEqual({ unread: 2 });
  });
});

describe('group chats', () => {
  it('only the member who started a chat adds people, who must accept them, up to 100; a member may leave', async () => {
    const owner = await person(t);
    const [dan, eve, fay] = [await person(t), await person(t), await person(t)];
    for (const p of [dan, eve, fay]) await p.client.put('/api/messages/settings', { whoMayWrite: 'anyone' });
    await eve.client.post('/api/messages/blocks', { userId: owner.userId, blocked: true });
    const chat = await start(owner.client, { recipientIds: [anna.userId, dan.userId], title: 'Двор', text: 'Соседи, привет!' });
    expect(chat.status).toBe(201);
    const id = chat.body.conversationId;
    const add = (c: TestClient, userIds: string[]) => c.post(`/api/messages/${id}/members`, { userIds });
    expect((await owner.client.get(`/api/messages/${id}`)).body).toMatchObject({ canAddMembers: true, canLeave: true });
    expect((await dan.client.get(`/api/messages/${id}`)).body.canAddMembers).toBe(false);
    const notOwner = await add(dan.client, [fay.userId]);
    expect(notOwner.status).toBe(403);
    expect(notOwner.body.error.code).toBe('not_chat_owner');
    expect((await add(stranger.client, [fay.userId])).status).toBe(404);
    expect((await add(owner.client, [eve.userId])).body.error.code).toBe('message_blocked');
    expect((await add(owner.client, [boris.userId])).body.error.code).toBe('recipient_accepts_contacts_only');
    const many = Array.from({ length: 98 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const full = await add(owner.client, many);
    expect(full.status).toBe(409);
    expect(full.body.error.code).toBe('group_chat_full');
    expect((await add(owner.client, [fay.userId])).status).toBe(204);
    expect((await fay.client.get(`/api/messages/${id}`)).body.messages[0].text).toBe('Соседи, привет!');
    expect((await dan.client.post(`/api/messages/${id}/leave`)).status).toBe(204);
    expect((await dan.client.get(`/api/messages/${id}`)).status).toBe(404);
  });
});

describe('public figures', () => {
  it("the person of a verified public figure's page accepts anyone though their setting says contacts; before verification, and with 'nobody', they do not", async () => {
    const deputy = await person(t, { verified: { districtId: 'admiralteysky' } });
    const page = await deputy.client.post('/api/groups', {
      kind: 'public_figure',
      name: 'Депутат Тестов',
      description: 'Страница депутата муниципального округа.',
      registrationNumber: 'Мандат № 12345',
    });
    expect(page.body.status).toBe('pending');
    const ask = () => start(stranger.client, { recipientIds: [deputy.userId], text: 'Когда приём граждан?' });
    expect((await ask()).status).toBe(403);
    const admin = await person(t, { roles: ['administrator'] });
    expect((await admin.client.post(`/api/groups/${page.body.id}/verify`, { approve: true })).status).toBe(200);
    expect((await ask()).status).toBe(201);
    await deputy.client.put('/api/messages/settings', { whoMayWrite: 'nobody' });
    expect((await start(boris.client, { recipientIds: [deputy.userId], text: 'Вопрос' })).body.error.code).toBe('recipient_accepts_nobody');
  });
});
