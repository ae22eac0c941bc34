import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/db.js';
import { person, type TestPerson } from '../../../test/fixtures.js';
import { TestClient } from '../../../test/http-client.js';
import { modules } from '../../modules.js';
import { reindexSearch } from './refresh.js';
import { indexSitePages, searchKindsOf, sitePagesOf } from './site-pages.js';

type Hit = { kind: string; id: string; title: string; excerpt: string; districtId: string | null; status: string; date: string | null; path: string };
type Results = { kinds: string[]; counts: { kind: string; count: number }[]; total: number; capped: boolean; items: Hit[] };

let t: TestApp;
let visitor: TestClient;
let author: TestPerson;
let moderator: TestPerson;
const ids: Record<string, string> = {};

async function discuss(key: string, title: string, body: string, districtId: string | null = null) {
  const res = await author.client.post('/api/discussions', { title, body, districtId });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  ids[key] = res.body.id as string;
}

async function search(query: string, client = visitor): Promise<Results> {
  const res = await client.get(`/api/search?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as Results;
}
const found = (r: Results) => r.items.map((i) => i.id);

beforeAll(async () => {
  t = await testApp();
  visitor = new TestClient(t.app, 'en');
  author = await person(t);
  moderator = await person(t, { roles: ['moderator'] });
  await discuss('pothole', 'Выбоина на Садовой улице у дома 12', 'Глубокая яма на проезжей части, машины объезжают по встречной.', 'admiralteysky');
  await discuss('lights', 'Street lights out along the embankment', 'Every lamp between the two bridges has been dark for a week.', 'nevsky');
  await discuss('yard', 'Детская площадка во дворе', 'Нужны новые качели и песочница, старые сломаны.', 'admiralteysky');
  await t.ctx.jobs.runDue();
});

afterAll(async () => {
  await t.close();
});

describe('the city-wide search', () => {
  it('finds a new discussion by a Russian word in another form once its event is handled', async () => {
    const r = await search(`q=${encodeURIComponent('выбоины')}`);
    expect(found(r)).toEqual([ids.pothole]);
    expect(r.items[0]).toMatchObject({ kind: 'discussion', path: `/discussions/${ids.pothole}`, districtId: 'admiralteysky', status: 'open' });
    expect(r.counts).toEqual([{ kind: 'discussion', count: 1 }]);
    expect(r.kinds).toContain('discussion');
  });

  it('finds English words by their stem and words of the text as well as the title', async () => {
    expect(found(await search('q=light'))).toEqual([ids.lights]);
    expect(found(await search(`q=${encodeURIComponent('качелей')}`))).toEqual([ids.yard]);
  });

  it('finds a title despite a typo', async () => {
    expect(found(await search(`q=${encodeURIComponent('выбоена')}`))).toEqual([ids.pothole]);
    expect(found(await search('q=embankmnet'))).toEqual([ids.lights]);
  });

  it('filters by district, kind, status and dates', async () => {
    expect(found(await search(`q=${encodeURIComponent('выбоина')}&district=nevsky`))).toEqual([]);
    expect(found(await search(`q=${encodeURIComponent('выбоина')}&district=admiralteysky&kind=discussion&status=open`))).toEqual([ids.pothole]);
    expect(found(await search(`q=${encodeURIComponent('выбоина')}&status=closed`))).toEqual([]);
    // a filter's value is a lexeme of its own: quotes, backslashes and operators in it match nothing and break nothing
    expect(found(await search(`q=${encodeURIComponent('выбоина')}&district=${encodeURIComponent("x' | !y\\")}`))).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    expect(found(await search(`q=${encodeURIComponent('выбоина')}&from=${today}&to=${today}`))).toEqual([ids.pothole]);
    expect(found(await search(`q=${encodeURIComponent('выбоина')}&to=2020-01-01`))).toEqual([]);
    const other = await search(`q=${encodeURIComponent('выбоина')}&kind=report`);
    expect(other.items).toEqual([]);
    // the counts keep every kind, so the filter can say what the other kinds hold
    expect(other.counts).toEqual([{ kind: 'discussion', count: 1 }]);
  });

  it('suggests titles as one types, the last word as a prefix', async () => {
    const res = await visitor.get(`/api/search/suggest?q=${encodeURIComponent('детская пло')}`);
    expect(res.status).toBe(200);
    expect(res.body.items[0]).toMatchObject({ kind: 'discussion', id: ids.yard, title: 'Детская площадка во дворе' });
  });

  it('drops a discussion from the results at once when a moderator hides it, and brings it back when restored', async () => {
    await discuss('hidden', 'Объявление о продаже гаража', 'Продаю гараж недорого.');
    await t.ctx.jobs.runDue();
    expect(found(await search(`q=${encodeURIComponent('гараж')}`))).toEqual([ids.hidden]);
    await t.database.db.transaction((tx) => t.ctx.entities.require('discussion').setModeration!(tx, ids.hidden!, 'hidden', 'spam'));
    // before any background job runs
    expect(found(await search(`q=${encodeURIComponent('гараж')}`))).toEqual([]);
    expect((await visitor.get(`/api/search/suggest?q=${encodeURIComponent('гараж')}`)).body.items).toEqual([]);
    await t.database.db.transaction((tx) => t.ctx.entities.require('discussion').setModeration!(tx, ids.hidden!, 'visible', null));
    await t.ctx.jobs.runDue();
    expect(found(await search(`q=${encodeURIComponent('гараж')}`))).toEqual([ids.hidden]);
  });

  it('never indexes a discussion held for a moderator, nor one whose edit holds it', async () => {
    const word = 'запрещённоеслово';
    const added = await moderator.client.put('/api/moderation/forbidden-words', { words: [word] });
    expect(added.status, JSON.stringify(added.body)).toBeLessThan(300);
    await discuss('held', `Собрание жильцов ${word}`, 'Обсудим ремонт подъезда.');
    await t.ctx.jobs.runDue();
    expect(found(await search(`q=${encodeURIComponent('собрание')}`))).toEqual([]);
    const edited = await author.client.patch(`/api/discussions/${ids.yard}`, { body: `Нужны новые качели ${word}` });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(found(await search(`q=${encodeURIComponent('площадка')}`))).toEqual([]);
  });

  it('finds the site’s own pages by their Russian and English words once the server has indexed them at start', async () => {
    expect(await indexSitePages(t.database.db, modules)).toBe(sitePagesOf(modules).size);
    const pagesFor = async (q: string, client = visitor) => (await search(`q=${encodeURIComponent(q)}&kind=page`, client)).items.map((i) => i.path);
    expect(await pagesFor('бюджет')).toEqual(expect.arrayContaining(['/budgeting', '/city-budget']));
    expect((await pagesFor('опрос'))[0]).toBe('/polls');
    expect((await pagesFor('места рядом'))[0]).toBe('/places');
    expect(await pagesFor('мой дом')).toContain('/area');
    expect((await pagesFor('услуги'))[0]).toBe('/services');
    expect((await pagesFor('report a problem'))[0]).toBe('/reports/new');
    expect((await pagesFor('polls'))[0]).toBe('/polls');
    // a page has no date and is shown with its description in the reader’s language
    const polls = (await search(`q=${encodeURIComponent('опросы')}`)).items.find((i) => i.kind === 'page')!;
    expect(polls).toMatchObject({ kind: 'page', id: '/polls', path: '/polls', date: null, districtId: null, status: 'open' });
    expect(polls.excerpt).toBe(sitePagesOf(modules).get('/polls')!.description.en);
    const ru = (await search(`q=${encodeURIComponent('опросы')}&kind=page`, new TestClient(t.app, 'ru'))).items[0]!;
    expect(ru.excerpt).toBe(sitePagesOf(modules).get('/polls')!.description.ru);
    // the page ranks above a discussion that only mentions the word in its text
    const neighbour = await person(t);
    const survey = await neighbour.client.post('/api/discussions', {
      title: 'Лавочки у метро',
      body: 'Провести опрос жителей о том, где поставить лавочки.',
      districtId: null,
    });
    expect(survey.status, JSON.stringify(survey.body)).toBe(201);
    ids.survey = survey.body.id as string;
    await t.ctx.jobs.runDue();
    const mixed = await search(`q=${encodeURIComponent('опрос')}`);
    expect(mixed.items.map((i) => i.path).slice(0, 1)).toEqual(['/polls']);
    expect(mixed.items.map((i) => i.id)).toContain(ids.survey);
    expect(mixed.kinds).toContain('page');
    // a date range holds no page
    const today = new Date().toISOString().slice(0, 10);
    expect((await search(`q=${encodeURIComponent('опрос')}&from=${today}`)).items.map((i) => i.kind)).not.toContain('page');
    expect((await search(`q=${encodeURIComponent('опрос')}&to=${today}`)).items.map((i) => i.kind)).not.toContain('page');
    // type-ahead offers the page as one types
    const suggested = await visitor.get(`/api/search/suggest?q=${encodeURIComponent('бюдж')}`);
    expect(suggested.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'page', path: '/budgeting', titleEn: 'Your Budget' })]));
  });

  it('rebuilds the whole index from the modules and drops what is no longer there', async () => {
    await t.database.db.execute(
      `insert into search_documents (kind, id, title, excerpt, folded, status, date, path, search) values ('gone_kind', '1', 'Старая запись', '', 'старая запись', 'open', now(), '/x', to_tsvector('russian', 'старая запись'))` as never,
    );
    const counts = await reindexSearch(t.database.db, searchKindsOf(modules));
    expect(counts.discussion).toBeGreaterThanOrEqual(3);
    // the site's pages stay in the index
    expect(counts.page).toBe(sitePagesOf(modules).size);
    expect((await search(`q=${encodeURIComponent('бюджет')}&kind=page`)).items.map((i) => i.path)).toContain('/budgeting');
    // the kinds every module contributes, e.g. the city's departments by their English name
    expect(counts.department).toBeGreaterThan(10);
    const departments = await search(`q=${encodeURIComponent('Admiralteysky district')}&kind=department`);
    expect(departments.items[0]).toMatchObject({ kind: 'department', path: expect.stringMatching(/^\/departments\//) });
    expect(found(await search(`q=${encodeURIComponent('старая')}`))).toEqual([]);
    expect(found(await search(`q=${encodeURIComponent('выбоина')}`))).toEqual([ids.pothole]);
  });

  it('refuses an empty or a very long query with a message in the reader’s language', async () => {
    const empty = await new TestClient(t.app, 'ru').get('/api/search?q=%20%20');
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/Поиск/);
    const long = await visitor.get(`/api/search?q=${'a'.repeat(10_000)}`);
    expect(long.status).toBe(400);
    expect(long.body.error.message).toMatch(/200/);
    const reversed = await visitor.get(`/api/search?q=x&from=2026-05-02&to=2026-05-01`);
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.code).toBe('search_dates_reversed');
    expect((await visitor.get('/api/search?q=x&kind=DROP%20TABLE')).status).toBe(400);
  });

  it('treats SQL, search operators and HTML in a query as words', async () => {
    for (const q of [`'; drop table search_documents; --`, '<script>alert(1)</script>', '!!! & | :* ( ) ""', `выбоина' or '1'='1`]) {
      const res = await visitor.get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(200);
      const suggest = await visitor.get(`/api/search/suggest?q=${encodeURIComponent(q)}`);
      expect(suggest.status, q).toBe(200);
    }
    expect(found(await search(`q=${encodeURIComponent('выбоина')}`))).toEqual([ids.pothole]);
  });
});
