import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous } from '../../../core/auth/actor.js';
import { queryRows } from '../../../core/db/client.js';
import { testApp, type TestApp } from '../../../../test/db.js';
import { grantRole, person, type RoleSpec } from '../../../../test/fixtures.js';
import { TestClient } from '../../../../test/http-client.js';
import { accountsModule } from '../../accounts/index.js';
import { foldsCyrillicCase } from '../db/queries.js';
import { discussionsModule } from '../index.js';

let t: TestApp;
let anna: TestClient;
let annaId: string;
let boris: TestClient;
let borisId: string;
let visitor: TestClient;

/** Signed-in residents (with roles when given), each with their own posting budget (5 discussions an hour). */
let n = 0;
async function resident(lang: 'ru' | 'en' = 'en', ...roles: RoleSpec[]) {
  return person(t, { email: `person${++n}@example.org`, lang, roles });
}

const open = (c: TestClient, body: Record<string, unknown>) => c.post('/api/discussions', { kind: 'topic', ...body });

beforeAll(async () => {
  t = await testApp();
  ({ client: anna, userId: annaId } = await resident());
  ({ client: boris, userId: borisId } = await resident('ru'));
  visitor = new TestClient(t.app, 'en');
});
afterAll(async () => t?.close());

describe('opening a discussion', () => {
  it('a resident opens a topic: 201 with the author, and a discussion.created event is queued', async () => {
    const res = await open(anna, {
      title: 'Скамейки в Коломне',
      body: 'Негде присесть.\nДавайте соберём места.',
      districtId: 'admiralteysky',
      tags: ['#Благоустройство', 'скамейки', 'благоустройство'],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      kind: 'topic',
      title: 'Скамейки в Коломне',
      districtId: 'admiralteysky',
      tags: ['благоустройство', 'скамейки'],
      author: { id: annaId, displayName: 'Test Resident', official: null },
      commentCount: 0,
      moderation: 'visible',
      moderationReason: null,
      mine: true,
      canEdit: true,
      editedAt: null,
    });
    const [event] = await queryRows<{ payload: { type: string; entityId: string; data: Record<string, unknown> } }>(
      t.database.db,
      sql`select payload from jobs where kind = 'event' and payload->>'entityId' = ${res.body.id}`,
    );
    expect(event?.payload).toMatchObject({ type: 'discussion.created', data: { title: 'Скамейки в Коломне', path: `/discussions/${res.body.id}` } });
  });

  it('stores the title and the text cleaned by the one text rule: no bidi overrides, controls or zero-width characters', async () => {
    const { client } = await resident();
    const res = await open(client, { title: 'Двор\u202e на\u200b Лиговском\n', body: 'Первая строка\u0007\r\n\r\n\r\n\r\nВторая\u2066 строка\u2069' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ title: 'Двор на Лиговском', body: 'Первая строка\n\nВторая строка' });
    const blank = await open(client, { title: '\u202e\u200b\u200b\u2066\u2069', body: 'Текст' });
    expect(blank.status).toBe(400);
    expect(Object.keys(blank.body.error.fields)).toEqual(['title']);
  });

  it('visitors are told to sign in', async () => {
    const res = await open(visitor, { title: 'Анонимная тема', body: 'Текст' });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthenticated');
  });

  it('refuses bad input with a 400 naming the field, in the reader’s language', async () => {
    const { client: writer } = await resident();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ title: '    ', body: 'Текст' }, 'title', 'Title must be at least 5 characters.'],
      [{ title: 'Нормальный заголовок', body: '   ' }, 'body', 'Fill in “Text”.'],
      [{ title: 'Нормальный заголовок', body: 'x'.repeat(5001) }, 'body', 'Text must be at most 5000 characters.'],
      [{ title: 'x'.repeat(201), body: 'Текст' }, 'title', 'Title must be at most 200 characters.'],
      [{ title: 'Нормальный заголовок', body: 'Текст', tags: ['a1', 'b2', 'c3', 'd4', 'e5', 'f6'] }, 'tags', 'Add at most 5 tags.'],
      [{ title: 'Нормальный заголовок', body: 'Текст', tags: ['<b>'] }, 'tags', 'Tag “<b>”: use 2 to 30 letters, digits, spaces or hyphens.'],
      [{ title: 'Нормальный заголовок', body: 'Текст', districtId: 'atlantis' }, 'districtId', 'Choose a district from the list.'],
      [{ title: 'Нормальный заголовок', body: 'Текст', kind: 'rant' }, 'kind', 'Kind: choose one of the allowed values.'],
    ];
    for (const [body, field, message] of cases) {
      const res = await open(writer, body);
      expect(res.status, field).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      expect(res.body.error.fields[field]).toBe(message);
    }
    const ru = await open(boris, { title: 'Нормальный заголовок', body: 'Текст', districtId: 'atlantis' });
    expect(ru.body.error.fields.districtId).toBe('Выберите район из списка.');
    const ruTitle = await open(boris, { title: 'abc', body: 'Текст' });
    expect(ruTitle.body.error.fields.title).toBe('Заголовок: не меньше 5 символов.');
  });

  it('only officials of a department write in its role', async () => {
    const { client, userId } = await resident();
    const denied = await open(client, { title: 'Ремонт набережной', body: 'График работ.', asOfficial: 'admin-nevsky' });
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('not_official_of_department');
    await grantRole(t, userId, 'official', { department: 'admin-nevsky' });
    const res = await open(client, { title: 'Ремонт набережной', body: 'График работ.', districtId: 'nevsky', asOfficial: 'admin-nevsky' });
    expect(res.status).toBe(201);
    expect(res.body.author.official).toMatchObject({ departmentId: 'admin-nevsky' });
    expect(res.body.author.official.nameRu).toMatch(/Невск/);
  });

  it('limits each person to 5 discussions an hour', async () => {
    const { client } = await resident();
    for (let i = 0; i < 5; i++) expect((await open(client, { title: `Тема номер ${i}`, body: 'Текст' })).status).toBe(201);
    const res = await open(client, { title: 'Шестая тема', body: 'Текст' });
    expect(res.status).toBe(429);
    expect(res.body.error.code).toBe('rate_limited');
  });
});

describe('reading and editing', () => {
  let id: string;
  beforeAll(async () => {
    id = (await open(anna, { title: 'Мусорные баки во дворе', body: 'Баки переполнены.', districtId: 'nevsky' })).body.id;
  });

  it('anyone reads a public discussion; an unknown id is a 404', async () => {
    const res = await visitor.get(`/api/discussions/${id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, body: 'Баки переполнены.', mine: false, canEdit: false });
    const missing = await visitor.get('/api/discussions/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('discussion_not_found');
  });

  it('the author edits within 24 hours; others cannot', async () => {
    const res = await anna.patch(`/api/discussions/${id}`, { body: 'Баки переполнены уже неделю.', tags: ['мусор'] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ body: 'Баки переполнены уже неделю.', tags: ['мусор'] });
    expect(res.body.editedAt).not.toBeNull();
    const other = await boris.patch(`/api/discussions/${id}`, { body: 'Чужая правка' });
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('not_discussion_author');
    expect(other.body.error.message).toBe('Редактировать обсуждение может только его автор.');
    expect((await visitor.patch(`/api/discussions/${id}`, { body: 'x' })).status).toBe(401);
    const bad = await anna.patch(`/api/discussions/${id}`, { title: 'abc' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields)).toEqual(['title']);
  });

  it('closes the edit window after 24 hours', async () => {
    await t.database.db.execute(sql`update discussions set created_at = now() - interval '25 hours' where id = ${id}`);
    const res = await anna.patch(`/api/discussions/${id}`, { body: 'Поздняя правка' });
    // not now: the moment refuses, not the person
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('discussion_edit_closed');
    expect((await anna.get(`/api/discussions/${id}`)).body.canEdit).toBe(false);
  });

  it('a hidden discussion is a 404 to the public, shown to its author and moderators with the reason', async () => {
    const kind = t.ctx.entities.require('discussion');
    await t.database.db.transaction((tx) => kind.setModeration!(tx, id, 'hidden', 'Оскорбления'));
    expect((await visitor.get(`/api/discussions/${id}`)).status).toBe(404);
    expect((await boris.get(`/api/discussions/${id}`)).status).toBe(404);
    const own = await anna.get(`/api/discussions/${id}`);
    expect(own.body).toMatchObject({ moderation: 'hidden', moderationReason: 'Оскорбления' });
    const { client: mod } = await resident('en', { role: 'moderator', district: 'nevsky' });
    expect((await mod.get(`/api/discussions/${id}`)).body.moderationReason).toBe('Оскорбления');
    const { client: otherMod } = await resident('en', { role: 'moderator', district: 'primorsky' });
    expect((await otherMod.get(`/api/discussions/${id}`)).status).toBe(404);
    const list = await visitor.get('/api/discussions?district=nevsky');
    expect(list.body.items.map((d: { id: string }) => d.id)).not.toContain(id);
    // and it takes no comments: invisible to the public, refused to its author
    expect(await kind.commentRules!(t.database.db, id, anonymous)).toBeNull();
    const rules = await kind.commentRules!(t.database.db, id, {
      kind: 'user',
      userId: annaId,
      displayName: 'A',
      verification: 'email',
      roles: [],
      language: 'en',
      districtId: null,
    });
    expect(rules?.decision).toEqual({ allowed: false, reason: 'discussion_not_public', kind: 'conflict' });
    await t.database.db.transaction((tx) => kind.setModeration!(tx, id, 'visible', null));
  });
});

describe('the list: search, filters, sorting, tags', () => {
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    const { client: c1 } = await resident();
    const { client: c2 } = await resident();
    const topics: [TestClient, string, Record<string, unknown>][] = [
      [
        c1,
        'courtyard',
        {
          title: 'Парковка во дворе на Лиговском',
          body: 'Машины стоят на газоне, двор превратился в стоянку.',
          districtId: 'tsentralny',
          tags: ['парковка', 'зелень'],
        },
      ],
      [
        c1,
        'bike',
        {
          title: 'Bicycle lane on Engels Avenue',
          body: 'We need safe cycling to work along the avenue.',
          districtId: 'vyborgsky',
          tags: ['велосипеды'],
          kind: 'question',
        },
      ],
      [c1, 'park', { title: 'Скамейки в Таврическом саду', body: 'Скамеек мало, а гуляющих много.', districtId: 'tsentralny', tags: ['парки', 'зелень'] }],
      [
        c2,
        'snow',
        { title: 'Уборка снега на Комендантском', body: 'Снег во дворах не убирают неделю.', districtId: 'primorsky', tags: ['снег'], kind: 'question' },
      ],
    ];
    for (const [client, key, body] of topics) {
      const res = await open(client, body);
      expect(res.status, key).toBe(201);
      ids[key] = res.body.id;
    }
  });

  const listIds = async (query: string) => {
    const res = await visitor.get(`/api/discussions?${query}`);
    expect(res.status, query).toBe(200);
    return res.body.items.map((d: { id: string }) => d.id) as string[];
  };

  it('runs on a database that folds Cyrillic case (a UTF-8 LC_CTYPE, not plain C)', async () => {
    expect(await foldsCyrillicCase(t.database.db)).toBe(true);
  });

  it('finds Russian words in other forms («дворы» finds «двор», «во дворе»)', async () => {
    const found = await listIds(`q=${encodeURIComponent('дворы')}`);
    expect(found).toContain(ids.courtyard);
    expect(found).toContain(ids.snow);
    expect(found).not.toContain(ids.park);
    const phrase = await listIds(`q=${encodeURIComponent('скамейка')}`);
    expect(phrase[0]).toBe(ids.park);
  });

  it('a query that is a tag finds the discussions with it', async () => {
    expect((await listIds(`q=${encodeURIComponent('Зелень')}`)).sort()).toEqual([ids.courtyard, ids.park].sort());
  });

  it('finds English words with stemming, and excludes with a minus', async () => {
    expect(await listIds('q=bicycles')).toEqual([ids.bike]);
    expect(await listIds('q=cycle')).toEqual([ids.bike]);
    expect(await listIds(`q=${encodeURIComponent('двор -парковка')}`)).not.toContain(ids.courtyard);
  });

  it('ranks the title above the text', async () => {
    const res = await visitor.get(`/api/discussions?q=${encodeURIComponent('снег')}`);
    expect(res.body.items[0].id).toBe(ids.snow);
  });

  it('filters by district, tag and kind, with the total', async () => {
    const res = await visitor.get('/api/discussions?district=tsentralny');
    expect(res.body.total).toBe(2);
    expect(res.body.items.map((d: { id: string }) => d.id).sort()).toEqual([ids.courtyard, ids.park].sort());
    expect(await listIds(`tag=${encodeURIComponent('зелень')}&district=tsentralny`)).toHaveLength(2);
    expect(await listIds(`tag=${encodeURIComponent('снег')}`)).toEqual([ids.snow]);
    const questions = await listIds('kind=question');
    expect(questions).toContain(ids.bike);
    expect(questions).not.toContain(ids.park);
    const page = await visitor.get('/api/discussions?district=tsentralny&limit=1&offset=1');
    expect(page.body).toMatchObject({ total: 2 });
    expect(page.body.items).toHaveLength(1);
    expect((await visitor.get('/api/discussions?limit=500')).status).toBe(400);
  });

  it('sorts by activity: a new comment brings a discussion to the top; also by comments and newest', async () => {
    const kind = t.ctx.entities.require('discussion');
    expect((await listIds('district=tsentralny'))[0]).toBe(ids.park);
    await t.database.db.transaction((tx) => kind.onCommentsChanged!(tx, ids.courtyard!, { delta: 1, at: new Date() }));
    expect(await listIds('district=tsentralny')).toEqual([ids.courtyard, ids.park]);
    expect(await listIds('district=tsentralny&sort=newest')).toEqual([ids.park, ids.courtyard]);
    await t.database.db.transaction((tx) => kind.onCommentsChanged!(tx, ids.park!, { delta: 1, at: new Date(Date.now() - 3600_000) }));
    await t.database.db.transaction((tx) => kind.onCommentsChanged!(tx, ids.park!, { delta: 1, at: new Date(Date.now() - 3600_000) }));
    // an older comment time does not move the activity back
    expect(await listIds('district=tsentralny')).toEqual([ids.courtyard, ids.park]);
    expect(await listIds('district=tsentralny&sort=comments')).toEqual([ids.park, ids.courtyard]);
    await t.database.db.transaction((tx) => kind.onCommentsChanged!(tx, ids.park!, { delta: -1, at: new Date() }));
    const park = await visitor.get(`/api/discussions/${ids.park}`);
    expect(park.body.commentCount).toBe(1);
  });

  it('lists the most used tags', async () => {
    const res = await visitor.get('/api/discussions/tags');
    expect(res.status).toBe(200);
    expect(res.body.items).toContainEqual({ tag: 'зелень', count: 2 });
    const counts = res.body.items.map((i: { count: number }) => i.count);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
  });

  it('describes discussions for other modules and lists what a person opened', async () => {
    const kind = t.ctx.entities.require('discussion');
    const described = await kind.describe(t.database.db, [ids.park!, 'not-a-uuid']);
    expect(described.get(ids.park!)).toMatchObject({
      type: 'discussion',
      title: 'Скамейки в Таврическом саду',
      path: `/discussions/${ids.park}`,
      visible: true,
      districtId: 'tsentralny',
    });
    expect(described.size).toBe(1);
    expect(kind.pagePath).toBe('/discussions/:id');
    const mine = await kind.authoredBy!(t.database.db, annaId, 10);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((s) => s.authorId === annaId)).toBe(true);
  });
});

describe('forbidden words hold a discussion for moderators', () => {
  let moderator: TestClient;
  beforeAll(async () => {
    ({ client: moderator } = await resident('en', 'moderator'));
    // TestClient has no PUT helper; the method is passed through to app.inject as is
    expect((await moderator.put('/api/moderation/forbidden-words', { words: ['негодя*'] })).status).toBe(200);
  });

  it('saves it held, shows it only to its author, and opens a case', async () => {
    const res = await open(boris, { title: 'Сосед — негодяи и хамы', body: 'Шумят по ночам.', districtId: 'nevsky' });
    expect(res.status).toBe(201);
    expect(res.body.moderation).toBe('held');
    const id = res.body.id;
    expect((await visitor.get(`/api/discussions/${id}`)).status).toBe(404);
    expect((await boris.get(`/api/discussions/${id}`)).body.moderation).toBe('held');
    const list = await visitor.get('/api/discussions?district=nevsky');
    expect(list.body.items.map((d: { id: string }) => d.id)).not.toContain(id);
    const [c] = await queryRows<{ cause: string; state: string; matched_words: string; author_id: string }>(
      t.database.db,
      sql`select cause, state, matched_words, author_id from moderation_cases where entity_type = 'discussion' and entity_id = ${id}`,
    );
    expect(c).toEqual({ cause: 'held', state: 'held', matched_words: 'негодя*', author_id: borisId });
  });

  it('an edit that brings a forbidden word in holds a public discussion', async () => {
    const { client } = await resident();
    const created = await open(client, { title: 'Соседи и тишина', body: 'Давайте договоримся.' });
    expect(created.body.moderation).toBe('visible');
    const edited = await client.patch(`/api/discussions/${created.body.id}`, { body: 'Сосед сверху — негодяй.' });
    expect(edited.status).toBe(200);
    expect(edited.body.moderation).toBe('held');
    expect((await visitor.get(`/api/discussions/${created.body.id}`)).status).toBe(404);
  });
});

describe('the demo city', () => {
  let demo: TestApp;
  beforeAll(async () => {
    demo = await testApp();
  });
  afterAll(async () => demo?.close());

  it('seeds a few discussions by the demo residents, once', async () => {
    const quiet = () => undefined;
    await accountsModule.seedDemo!(demo.ctx, quiet);
    await discussionsModule.seedDemo!(demo.ctx, quiet);
    await discussionsModule.seedDemo!(demo.ctx, quiet);
    const list = await new TestClient(demo.app, 'ru').get('/api/discussions?limit=50');
    expect(list.body.total).toBeGreaterThanOrEqual(4);
    expect(list.body.total).toBeLessThanOrEqual(6);
    expect(list.body.items.every((d: { districtId: string | null; tags: string[] }) => d.districtId && d.tags.length > 0)).toBe(true);
    const search = await new TestClient(demo.app, 'ru').get(`/api/discussions?q=${encodeURIComponent('двор')}`);
    expect(search.body.total).toBeGreaterThan(0);
  });
});
