import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../core/audit/audit.js';
import { queryRows } from '../../../core/db/client.js';
import { testApp, type TestApp } from '../../../../test/db.js';
import { person as testPerson, type RoleSpec } from '../../../../test/fixtures.js';
import { TestClient } from '../../../../test/http-client.js';
import { openHeldCase, screenText } from '../index.js';

let t: TestApp;
let author: TestClient;
let authorId: string;
// a second author: each person may open 5 discussions an hour
let author2: TestClient;
let flaggers: { client: TestClient; userId: string }[];
let cityModerator: TestClient;
let nevskyModerator: TestClient;
let resident: TestClient;
let visitor: TestClient;

let n = 0;
const person = (lang: 'ru' | 'en' = 'en', ...roles: RoleSpec[]) => testPerson(t, { email: `person${++n}@example.org`, lang, roles });
// TestClient has no PUT helper; the method is passed through to app.inject as is
const put = (c: TestClient, url: string, body: unknown) => c.put(url, body);

async function discussion(district: string, title = 'Шумные соседи сверху', by = author) {
  const res = await by.post('/api/discussions', { kind: 'topic', title, body: 'Каждую ночь ремонт.', districtId: district });
  expect(res.status).toBe(201);
  return res.body.id as string;
}
const flag = (c: TestClient, entityId: string, reason = 'abuse', note?: string) =>
  c.post('/api/flags', { entityType: 'discussion', entityId, reason, ...(note ? { note } : {}) });
const decision = (c: TestClient, entityId: string, body: Record<string, unknown>) => c.post(`/api/moderation/cases/discussion/${entityId}/decision`, body);
const events = (type: string, entityId: string) =>
  queryRows<{ payload: { type: string; data: Record<string, unknown> } }>(
    t.database.db,
    sql`select payload from jobs where kind = 'event' and payload->>'type' = ${type} and payload->>'entityId' = ${entityId} order by id`,
  );

beforeAll(async () => {
  t = await testApp();
  ({ client: author, userId: authorId } = await person());
  ({ client: author2 } = await person());
  flaggers = [await person(), await person(), await person(), await person()];
  ({ client: cityModerator } = await person('en', 'moderator'));
  ({ client: nevskyModerator } = await person('ru', { role: 'moderator', district: 'nevsky' }));
  ({ client: resident } = await person('ru'));
  visitor = new TestClient(t.app, 'en');
});
afterAll(async () => t?.close());

describe('flags', () => {
  let id: string;
  beforeAll(async () => {
    id = await discussion('nevsky');
  });

  it('refuses visitors, bad input, unknown content and one’s own content', async () => {
    expect((await flag(visitor, id)).status).toBe(401);
    const bad = await flaggers[0]!.client.post('/api/flags', { entityType: 'discussion', entityId: id, reason: 'ugly' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields)).toEqual(['reason']);
    const long = await flag(flaggers[0]!.client, id, 'other', 'x'.repeat(501));
    expect(long.body.error.fields.note).toBe('Note must be at most 500 characters.');
    const type = await flaggers[0]!.client.post('/api/flags', { entityType: 'spaceship', entityId: id, reason: 'spam' });
    expect(type.status).toBe(404);
    expect(type.body.error.code).toBe('unknown_entity_type');
    for (const missing of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const res = await flag(flaggers[0]!.client, missing);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('entity_not_found');
    }
    const own = await flag(author, id);
    expect(own.status).toBe(403);
    expect(own.body.error.code).toBe('own_content_flag');
  });

  it('counts one flag per person (409 on a second) and hides the content at the threshold, pending review', async () => {
    const first = await flag(flaggers[0]!.client, id, 'abuse', 'Оскорбляет соседей');
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ flagCount: 1, hidden: false });
    const again = await flag(flaggers[0]!.client, id, 'spam');
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_flagged');
    expect((await flag(flaggers[1]!.client, id, 'abuse')).body).toEqual({ flagCount: 2, hidden: false });
    expect((await visitor.get(`/api/discussions/${id}`)).status).toBe(200);
    expect((await flag(flaggers[2]!.client, id, 'spam', 'Реклама ремонта')).body).toEqual({ flagCount: 3, hidden: true });

    expect((await visitor.get(`/api/discussions/${id}`)).status).toBe(404);
    const own = await author.get(`/api/discussions/${id}`);
    expect(own.body).toMatchObject({ moderation: 'hidden', moderationReason: null });
    const [hidden] = await events('content.hidden', id);
    expect(hidden?.payload.data).toEqual({ pending: true, authorId, title: 'Шумные соседи сверху', path: `/discussions/${id}`, reason: null });
    // hidden content is no longer public: nothing left to flag
    expect((await flag(flaggers[3]!.client, id)).status).toBe(404);
  });
});

describe('flags arriving at once', () => {
  it('hide the content exactly once', async () => {
    const id = await discussion('nevsky', 'Одновременные жалобы', author2);
    const results = await Promise.all(flaggers.slice(0, 3).map((f) => flag(f.client, id, 'spam')));
    expect(results.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(results.map((r) => r.body.flagCount).sort()).toEqual([1, 2, 3]);
    expect(results.filter((r) => r.body.hidden)).toHaveLength(1);
    expect(await events('content.hidden', id)).toHaveLength(1);
    expect((await visitor.get(`/api/discussions/${id}`)).status).toBe(404);
  });
});

describe('the queue', () => {
  let nevsky: string;
  let primorsky: string;
  beforeAll(async () => {
    nevsky = await discussion('nevsky', 'Парковка на газоне у Невского');
    primorsky = await discussion('primorsky', 'Парковка на газоне у Приморского');
    // the note goes through the one text rule: the bidi override and the zero-width space are not stored
    await flag(flaggers[0]!.client, nevsky, 'off_topic', '  Не по\u200b теме\u202e ');
    await flag(flaggers[1]!.client, nevsky, 'off_topic');
    await flag(flaggers[0]!.client, primorsky, 'personal_data', 'Номер машины и телефон');
  });

  it('is for moderators only', async () => {
    expect((await visitor.get('/api/moderation/queue')).status).toBe(401);
    const res = await resident.get('/api/moderation/queue');
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: 'not_moderator', message: 'Это может сделать только модератор.' });
  });

  it('shows city moderators every case, with counts by reason and the notes, never who flagged', async () => {
    const res = await cityModerator.get('/api/moderation/queue?status=open');
    expect(res.status).toBe(200);
    const item = res.body.items.find((c: { entityId: string }) => c.entityId === nevsky);
    expect(item).toMatchObject({
      entityType: 'discussion',
      title: 'Парковка на газоне у Невского',
      path: `/discussions/${nevsky}`,
      author: { id: authorId, official: null },
      cause: 'flagged',
      state: 'visible',
      status: 'open',
      flagCount: 2,
      reasons: [{ reason: 'off_topic', count: 2 }],
      notes: ['Не по теме'],
      matchedWords: [],
      decision: null,
    });
    expect(res.body.items.map((c: { entityId: string }) => c.entityId)).toContain(primorsky);
    for (const f of flaggers) expect(JSON.stringify(res.body)).not.toContain(f.userId);
    expect(res.body.total).toBe(res.body.items.length);
  });

  it('shows district moderators their district’s content only; city administrators see all', async () => {
    const res = await nevskyModerator.get('/api/moderation/queue');
    const ids = res.body.items.map((c: { entityId: string }) => c.entityId);
    expect(ids).toContain(nevsky);
    expect(ids).not.toContain(primorsky);
    expect(res.body.total).toBe(ids.length);
    const { client: admin } = await person('en', 'administrator');
    const all = await admin.get('/api/moderation/queue');
    expect(all.body.items.map((c: { entityId: string }) => c.entityId)).toContain(primorsky);
    const page = await cityModerator.get('/api/moderation/queue?limit=1&offset=1');
    expect(page.body.items).toHaveLength(1);
    expect(page.body.total).toBe(all.body.total);
  });

  it('marks a case overdue two days after it opened, so web and server agree', async () => {
    // the Primorsky case waited three days; the Nevsky one opened just now
    await t.database.db.execute(sql`update moderation_cases set opened_at = now() - interval '3 days' where entity_id = ${primorsky}`);
    const res = await cityModerator.get('/api/moderation/queue');
    const byId = (id: string) => res.body.items.find((c: { entityId: string }) => c.entityId === id);
    expect(byId(primorsky)).toMatchObject({ overdue: true });
    expect(byId(nevsky)).toMatchObject({ overdue: false });
    expect(Date.parse(byId(nevsky).dueAt) - Date.parse(byId(nevsky).openedAt)).toBe(48 * 3_600_000);
    // the oldest first: what is overdue leads the queue
    expect(res.body.items[0].entityId).toBe(primorsky);
  });
});

describe('decisions', () => {
  let id: string;
  let other: string;
  beforeAll(async () => {
    id = await discussion('nevsky', 'Двор на Народной');
    other = await discussion('primorsky', 'Двор на Комендантском');
    await flag(flaggers[0]!.client, id, 'abuse');
  });

  it('are for the content’s moderators only, and hide and restore need a reason', async () => {
    expect((await decision(visitor, id, { action: 'dismiss' })).status).toBe(401);
    expect((await decision(resident, id, { action: 'dismiss' })).status).toBe(403);
    const outside = await decision(nevskyModerator, other, { action: 'hide', reason: 'Оскорбления' });
    expect(outside.status).toBe(403);
    expect(outside.body.error.code).toBe('not_moderator_here');
    const noReason = await decision(nevskyModerator, id, { action: 'hide' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields.reason).toBe('Заполните поле «Причина».');
    const shortReason = await decision(cityModerator, id, { action: 'hide', reason: 'x' });
    expect(shortReason.status).toBe(400);
    expect((await decision(cityModerator, id, { action: 'restore', reason: 'Нарушений нет' })).body.error.code).toBe('nothing_to_restore');
    expect((await decision(cityModerator, '00000000-0000-4000-8000-000000000000', { action: 'hide', reason: 'Спам' })).status).toBe(404);
  });

  it('hide: the content is hidden with the reason its author sees, audited, the author told', async () => {
    const res = await decision(nevskyModerator, id, { action: 'hide', reason: 'Оскорбления в адрес соседей' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'closed', state: 'hidden', decision: 'hidden', decisionReason: 'Оскорбления в адрес соседей' });
    expect(res.body.decidedAt).not.toBeNull();
    expect((await visitor.get(`/api/discussions/${id}`)).status).toBe(404);
    expect((await author.get(`/api/discussions/${id}`)).body.moderationReason).toBe('Оскорбления в адрес соседей');
    const [event] = await events('content.hidden', id);
    expect(event?.payload.data).toEqual({ reason: 'Оскорбления в адрес соседей', authorId, title: 'Двор на Народной', path: `/discussions/${id}` });
    const dismiss = await decision(cityModerator, id, { action: 'dismiss' });
    expect(dismiss.status).toBe(409);
    expect(dismiss.body.error.code).toBe('restore_or_hide');
  });

  it('restore: public again, audited, the author told', async () => {
    const res = await decision(cityModerator, id, { action: 'restore', reason: 'После проверки нарушений нет' });
    expect(res.body).toMatchObject({ state: 'visible', decision: 'restored' });
    const page = await visitor.get(`/api/discussions/${id}`);
    expect(page.status).toBe(200);
    expect((await author.get(`/api/discussions/${id}`)).body.moderationReason).toBeNull();
    const [event] = await events('content.restored', id);
    expect(event?.payload.data).toMatchObject({ reason: 'После проверки нарушений нет', authorId });
  });

  it('once reviewed, more flags reopen the case but do not hide the content again', async () => {
    for (const f of flaggers.slice(1)) expect((await flag(f.client, id, 'spam')).status).toBe(201);
    expect((await visitor.get(`/api/discussions/${id}`)).status).toBe(200);
    const queue = await cityModerator.get('/api/moderation/queue');
    expect(queue.body.items.find((c: { entityId: string }) => c.entityId === id)).toMatchObject({
      status: 'open',
      state: 'visible',
      flagCount: 4,
      decision: 'restored',
    });
  });

  it('dismiss: stays public, case closed; every decision is in the audit log without personal data', async () => {
    const res = await decision(cityModerator, id, { action: 'dismiss' });
    expect(res.body).toMatchObject({ status: 'closed', state: 'visible', decision: 'dismissed', decisionReason: null });
    const closed = await cityModerator.get('/api/moderation/queue?status=closed');
    expect(closed.body.items.map((c: { entityId: string }) => c.entityId)).toContain(id);

    const audit = await visitor.get(`/api/audit?subjectType=discussion&subjectId=${id}`);
    expect(audit.status).toBe(200);
    const rows = (audit.body.items as { action: string; data: Record<string, unknown> }[]).reverse();
    expect(rows.map((r) => r.action)).toEqual(['moderation.hidden', 'moderation.restored', 'moderation.dismissed']);
    expect(rows[0]!.data).toMatchObject({ reason: 'Оскорбления в адрес соседей', from: 'visible', to: 'hidden' });
    const text = JSON.stringify(rows);
    expect(text).not.toContain('@example.org');
    for (const f of flaggers) expect(text).not.toContain(f.userId);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true });
  });
});

describe('forbidden words', () => {
  it('only city moderators and administrators read and change the list', async () => {
    expect((await visitor.get('/api/moderation/forbidden-words')).status).toBe(401);
    expect((await resident.get('/api/moderation/forbidden-words')).status).toBe(403);
    const district = await nevskyModerator.get('/api/moderation/forbidden-words');
    expect(district.status).toBe(403);
    expect(district.body.error.code).toBe('not_city_moderator');
    expect((await put(nevskyModerator, '/api/moderation/forbidden-words', { words: ['spam'] })).status).toBe(403);
  });

  it('replaces the list (normalized), audited; bad words are a 400 in the reader’s language', async () => {
    const res = await put(cityModerator, '/api/moderation/forbidden-words', { words: [' Casino ', 'дурак*', 'casino', 'Ёлки-палки'] });
    expect(res.status).toBe(200);
    expect(res.body.words).toEqual(['casino', 'дурак*', 'елки-палки']);
    expect((await cityModerator.get('/api/moderation/forbidden-words')).body.words).toEqual(['casino', 'дурак*', 'елки-палки']);
    const [entry] = await queryRows<{ action: string; data: Record<string, unknown> }>(
      t.database.db,
      sql`select action, data from audit_log where action = 'moderation.words_changed' order by seq desc limit 1`,
    );
    expect(entry?.data).toMatchObject({ added: ['casino', 'дурак*', 'елки-палки'], removed: [], total: 3 });
    const bad = await put(cityModerator, '/api/moderation/forbidden-words', { words: ['ok', 'a<b>'] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.words).toBe('“a<b>”: use letters, digits, spaces and hyphens only; a “*” at the end matches any ending.');
    const { client: ruModerator } = await person('ru', 'moderator');
    const ru = await put(ruModerator, '/api/moderation/forbidden-words', { words: ['я'] });
    expect(ru.body.error.fields.words).toBe('Каждое слово — не короче 2 букв: «я» слишком короткое.');
  });

  it('screens text case-insensitively on word boundaries, in Cyrillic and Latin', async () => {
    expect(await screenText(t.database.db, 'Лучшее CASINO города')).toEqual(['casino']);
    expect(await screenText(t.database.db, 'Сам ты ДУРАКИ')).toEqual(['дурак*']);
    expect(await screenText(t.database.db, 'ёлки-палки, опять')).toEqual(['елки-палки']);
    expect(await screenText(t.database.db, 'casinos and микродурак')).toEqual([]);
  });

  it('held content waits in the queue with the matched words; a moderator restores it', async () => {
    const res = await author2.post('/api/discussions', {
      kind: 'topic',
      title: 'Открылось casino во дворе',
      body: 'Прямо у детской площадки.',
      districtId: 'nevsky',
    });
    expect(res.body.moderation).toBe('held');
    const id = res.body.id;
    const queue = await nevskyModerator.get('/api/moderation/queue?cause=held');
    expect(queue.body.items.find((c: { entityId: string }) => c.entityId === id)).toMatchObject({
      cause: 'held',
      state: 'held',
      matchedWords: ['casino'],
      flagCount: 0,
    });
    const flagged = await cityModerator.get('/api/moderation/queue?cause=flagged');
    expect(flagged.body.items.map((c: { entityId: string }) => c.entityId)).not.toContain(id);
    const dismiss = await decision(nevskyModerator, id, { action: 'dismiss' });
    expect(dismiss.body.error.code).toBe('restore_or_hide');
    const restored = await decision(nevskyModerator, id, { action: 'restore', reason: 'Это новость, а не реклама' });
    expect(restored.body).toMatchObject({ state: 'visible', status: 'closed', decision: 'restored' });
    expect((await visitor.get(`/api/discussions/${id}`)).status).toBe(200);
  });

  it('openHeldCase puts any content in the queue (what comments call)', async () => {
    const id = await discussion('nevsky', 'Ещё одна тема', author2);
    await t.database.db.transaction(async (tx) => {
      await t.ctx.entities.require('discussion').setModeration!(tx, id, 'held', null);
      await openHeldCase(tx, { entityType: 'discussion', entityId: id, authorId, words: ['casino'] });
    });
    const queue = await cityModerator.get('/api/moderation/queue?cause=held');
    expect(queue.body.items.find((c: { entityId: string }) => c.entityId === id)).toMatchObject({ matchedWords: ['casino'], author: { id: authorId } });
  });
});
