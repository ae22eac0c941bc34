import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../../test/db.js';
import { fileableReasons, person, type TestPerson } from '../../../../test/fixtures.js';
import { groupWith } from '../../../../test/group-fixtures.js';
import { TestClient } from '../../../../test/http-client.js';
import { seedClassifier } from '../../reports/use-cases/classifier/seed-classifier.js';

// A verified public figure's page lists the answers to reports its person wrote as an official (issue 18): published
// answers on public reports only, never another official's, never on an unverified page.

let t: TestApp;
let anna: TestPerson; // files the reports
let moderator: TestClient;
let clerk: TestPerson; // an official with a verified public figure's page
let colleague: TestPerson; // another official of the same department, no page
let newcomer: TestPerson; // an official whose page is not verified yet
let reasonId: number;
let verifiedPage: string;
let unverifiedPage: string;
const visitor = () => new TestClient(t.app, 'en');
const answered = { mine: [] as number[], hidden: 0, returned: 0, waiting: 0 };

/** A report by Anna, approved; answered by `by` and, unless `publish` is false, published by the moderator. */
async function report(by: TestPerson | null, publish = true): Promise<number> {
  await t.database.db.execute(sql`delete from rate_limits`);
  const filed = await anna.client.post('/api/reports', { reasonId, lat: 59.9343, lon: 30.3351, description: 'Яма на тротуаре у входа в Гостиный двор.' });
  expect(filed.status, JSON.stringify(filed.body)).toBe(201);
  const n = filed.body.number as number;
  expect((await moderator.post(`/api/reports/${n}/approve`, {})).status).toBe(200);
  if (!by) return n;
  expect((await by.client.post(`/api/reports/${n}/answer`, { text: 'Яма заделана асфальтом.' })).status).toBe(200);
  if (publish) expect((await moderator.post(`/api/reports/${n}/publish-answer`, {})).body.status).toBe('answered');
  return n;
}

beforeAll(async () => {
  t = await testApp();
  await seedClassifier(t.ctx, () => undefined);
  reasonId = (await fileableReasons(t.database.db)).find((r) => !r.photoRequired)!.id;
  anna = await person(t, { email: 'anna@example.org' });
  moderator = (await person(t, { roles: ['moderator'] })).client;
  // the department the reports are routed to: found from a first report's card
  const probe = await report(null);
  const departmentId = (await visitor().get(`/api/reports/${probe}`)).body.department.id as string;
  const official = () => person(t, { roles: [{ role: 'official', department: departmentId }] });
  [clerk, colleague, newcomer] = [await official(), await official(), await official()];
  verifiedPage = await groupWith(t, { kind: 'public_figure', owner: clerk.userId, name: 'Иван Клерк, администрация района' });
  unverifiedPage = await groupWith(t, { kind: 'public_figure', verified: false, owner: newcomer.userId, name: 'Новый чиновник' });

  answered.mine.push(await report(clerk), await report(clerk));
  await report(colleague);
  await report(newcomer);
  answered.waiting = await report(clerk, false);
  // returned to the department, then answered by the colleague: the clerk's answer was never public
  answered.returned = await report(clerk, false);
  expect((await moderator.post(`/api/reports/${answered.returned}/return-answer`, { note: 'Приложите фото.' })).status).toBe(200);
  expect((await colleague.client.post(`/api/reports/${answered.returned}/answer`, { text: 'Фото приложено.' })).status).toBe(200);
  expect((await moderator.post(`/api/reports/${answered.returned}/publish-answer`, {})).status).toBe(200);
  // answered and published, then hidden by the city's moderators: gone from the public, gone from the page
  answered.hidden = await report(clerk);
  const kind = t.ctx.entities.get('report')!;
  await t.database.db.transaction((tx) => kind.setModeration!(tx, String(answered.hidden), 'hidden', 'Оскорбления'));
});
afterAll(async () => t?.close());

describe("a public figure's answers to reports", () => {
  it('a verified page lists its person’s published answers on public reports, newest first, with what the report page shows', async () => {
    const res = await visitor().get(`/api/groups/${verifiedPage}/answers`);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(2);
    expect(res.body.items.map((a: { number: number }) => a.number)).toEqual([...answered.mine].reverse());
    const [first] = res.body.items;
    expect(Object.keys(first).sort()).toEqual(['answeredAt', 'category', 'districtId', 'number', 'path', 'reason', 'status', 'statusText']);
    expect(first).toMatchObject({ path: `/reports/${first.number}`, status: 'answered', statusText: expect.any(String), reason: { id: reasonId } });
    // nothing of the reporter: neither who filed it nor what they wrote
    expect(JSON.stringify(res.body)).not.toContain(anna.userId);
    expect(JSON.stringify(res.body)).not.toContain('Гостиный');
    expect(res.body.nextCursor).toBeNull();
  });

  it('leaves out another official’s answers, an answer waiting for or returned by the moderator, and a hidden report', async () => {
    const numbers = (await visitor().get(`/api/groups/${verifiedPage}/answers`)).body.items.map((a: { number: number }) => a.number);
    for (const n of [answered.waiting, answered.returned, answered.hidden]) expect(numbers).not.toContain(n);
    expect(numbers).toHaveLength(2);
  });

  it('pages newest first with a cursor; a damaged cursor is refused in the reader’s language', async () => {
    const first = await visitor().get(`/api/groups/${verifiedPage}/answers?limit=1`);
    expect(first.body.items.map((a: { number: number }) => a.number)).toEqual([answered.mine[1]]);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await visitor().get(`/api/groups/${verifiedPage}/answers?limit=1&cursor=${first.body.nextCursor}`);
    expect(second.body).toMatchObject({ total: 2, nextCursor: null });
    expect(second.body.items.map((a: { number: number }) => a.number)).toEqual([answered.mine[0]]);
    const bad = await new TestClient(t.app, 'ru').get(`/api/groups/${verifiedPage}/answers?cursor=not-a-cursor`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/устарела/);
  });

  it('an unverified page, another kind of group and an unknown one have no answers (404), even for their owner', async () => {
    const pending = await newcomer.client.get(`/api/groups/${unverifiedPage}/answers`);
    expect([pending.status, pending.body.error.code]).toEqual([404, 'group_answers_not_found']);
    const club = await groupWith(t, { kind: 'interest', owner: clerk.userId });
    expect((await visitor().get(`/api/groups/${club}/answers`)).body.error.code).toBe('group_answers_not_found');
    expect((await visitor().get('/api/groups/00000000-0000-4000-8000-000000000000/answers')).body.error.code).toBe('group_not_found');
  });
});
