import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextDayOff, workingDayAhead } from '../../../../test/calendar.js';
import { grantRole } from '../../../../test/fixtures.js';
import { testApp, type TestApp } from '../../../../test/db.js';
import { signedInResident, TestClient } from '../../../../test/http-client.js';
import { verifyResident } from '../../../../test/verified.js';
import { localDay } from '../../../core/time/calendar.js';
import { commitments } from '../../commitments/db/schema.js';
import { follow, followersOf } from '../../notifications/index.js';
import { polls } from '../db/schema.js';
import { closeDuePolls } from '../use-cases/close-poll.js';

let t: TestApp;
let n = 0;
type Person = Awaited<ReturnType<typeof signedInResident>>;
let admin: Person;
let official: Person;
let dueOn: string;
const HOUR = 3_600_000;

async function resident(lang: 'en' | 'ru' = 'en'): Promise<Person> {
  const r = await signedInResident(t.app, t.database, `resident-${++n}@poll-commitments.test`, lang);
  await verifyResident(t.database, r.userId, { districtId: 'nevsky', birthDate: '1990-05-17' });
  return r;
}

/** A binding yes/no poll of the Nevsky administration (> 50 % in favour decides). */
const binding = (over: Record<string, unknown> = {}) => ({
  title: 'A crossing at the school on Babushkina',
  binding: true,
  opensAt: new Date(Date.now() - HOUR).toISOString(),
  closesAt: new Date(Date.now() + 24 * HOUR).toISOString(),
  questions: [{ kind: 'single', text: 'Build a signalled crossing at the school?', options: ['Yes', 'No'] }],
  decision: { questionIndex: 0, optionIndex: 0, numerator: 1, denominator: 2, strict: true },
  departmentId: 'admin-nevsky',
  dueOn,
  ...over,
});

/** Publishes a poll, has each resident answer (option positions of its first question), and returns its id and options. */
async function answered(body: Record<string, unknown>, answers: (p: Person, options: string[]) => Record<string, unknown>, people: Person[]) {
  const created = await admin.client.post('/api/admin/polls', body);
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = created.body.id as string;
  expect((await admin.client.post(`/api/admin/polls/${id}/publish`)).status).toBe(200);
  const q = (await admin.client.get(`/api/polls/${id}`)).body.questions[0] as { id: string; options: { id: string }[] };
  for (const p of people)
    expect(
      (
        await p.client.post(`/api/polls/${id}/responses`, {
          answers: [
            {
              questionId: q.id,
              ...answers(
                p,
                q.options.map((o) => o.id),
              ),
            },
          ],
        })
      ).status,
    ).toBe(201);
  return { id, options: q.options.map((o) => o.id) };
}
const ofPoll = (id: string) =>
  t.database.db
    .select()
    .from(commitments)
    .where(and(eq(commitments.sourceType, 'poll'), eq(commitments.sourceId, id)));

beforeAll(async () => {
  t = await testApp();
  admin = await signedInResident(t.app, t.database, 'admin@poll-commitments.test', 'en');
  await grantRole(t, admin.userId, 'administrator');
  official = await signedInResident(t.app, t.database, 'official@poll-commitments.test', 'en');
  await grantRole(t, official.userId, 'official', { department: 'admin-nevsky' });
  dueOn = await workingDayAhead(t, 10);
});
afterAll(async () => {
  await t.close();
});

describe('what a binding poll owes', () => {
  it('is named when the poll is made: a department and a working day no earlier than its close, or 400 naming the field', async () => {
    const none = await admin.client.post('/api/admin/polls', binding({ departmentId: null }));
    expect(none.status).toBe(400);
    expect(Object.keys(none.body.error.fields)).toEqual(['departmentId']);
    expect(none.body.error.fields.departmentId).toMatch(/department/);
    const undated = await admin.client.post('/api/admin/polls', binding({ dueOn: null }));
    expect(Object.keys(undated.body.error.fields)).toEqual(['dueOn']);
    const past = await admin.client.post('/api/admin/polls', binding({ dueOn: localDay(new Date(Date.now() - 48 * HOUR), t.ctx.config.cityTimezone) }));
    expect(past.body.error.fields.dueOn).toMatch(/passed/);
    const dayOff = await admin.client.post('/api/admin/polls', binding({ dueOn: await nextDayOff(t) }));
    expect(dayOff.body.error.fields.dueOn).toMatch(/day off/);
    const beforeClose = await admin.client.post('/api/admin/polls', binding({ closesAt: new Date(Date.now() + 60 * 24 * HOUR).toISOString() }));
    expect(beforeClose.body.error.code).toBe('poll_due_before_close');
    const unknown = await admin.client.post('/api/admin/polls', binding({ departmentId: 'atlantis-committee' }));
    expect(Object.keys(unknown.body.error.fields)).toEqual(['departmentId']);
    // an advisory poll owes nothing and names nothing
    const advisory = await admin.client.post('/api/admin/polls', binding({ binding: false, departmentId: null, dueOn: null }));
    expect(advisory.status).toBe(201);
  });

  it('says what is missing in Russian to a Russian request', async () => {
    const ruAdmin = await signedInResident(t.app, t.database, 'admin-ru@poll-commitments.test', 'ru');
    await grantRole(t, ruAdmin.userId, 'administrator');
    const res = await ruAdmin.client.post('/api/admin/polls', binding({ departmentId: null }));
    expect(res.status).toBe(400);
    expect(res.body.error.fields.departmentId).toMatch(/исполнител/);
  });

  it('becomes exactly one commitment when it passes its rule, however often and by whom it is closed; its respondents may dispute the delivery', async () => {
    const [a, b, c] = [await resident(), await resident(), await resident()];
    const follower = await resident();
    const poll = await answered(binding(), (p, o) => ({ optionIds: [p === c ? o[1]! : o[0]!] }), [a, b, c]);
    await follow(t.database.db, follower.userId, { entityType: 'poll', entityId: poll.id });
    // the close job and an administrator's close race for it: one closes, the other finds it closed
    await t.database.db
      .update(polls)
      .set({ closesAt: new Date(Date.now() - 1000) })
      .where(eq(polls.id, poll.id));
    const [manual] = await Promise.all([admin.client.post(`/api/admin/polls/${poll.id}/close`), closeDuePolls(t.ctx)]);
    expect([200, 409]).toContain(manual.status);
    expect((await admin.client.post(`/api/admin/polls/${poll.id}/close`)).status).toBe(409);
    await closeDuePolls(t.ctx);

    const made = await ofPoll(poll.id);
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({
      departmentId: 'admin-nevsky',
      dueOn,
      title: 'A crossing at the school on Babushkina',
      promise: 'Build a signalled crossing at the school? — Yes',
      status: 'open',
    });
    const number = made[0]!.number;
    const anyone = new TestClient(t.app);
    const listed = await anyone.get(`/api/commitments?sourceType=poll&sourceId=${poll.id}`);
    expect(listed.body.items.map((i: { number: number }) => i.number)).toEqual([number]);
    expect((await anyone.get(`/api/commitments/${number}`)).body.source).toEqual({
      title: 'A crossing at the school on Babushkina',
      path: `/polls/${poll.id}`,
    });
    expect((await anyone.get(`/api/polls/${poll.id}`)).body).toMatchObject({ passed: true, departmentId: 'admin-nevsky', dueOn });
    // the poll's followers follow it
    await t.ctx.jobs.runDue();
    expect(await followersOf(t.database.db, { entityType: 'commitment', entityId: String(number) })).toContain(follower.userId);

    expect((await official.client.post(`/api/commitments/${number}/delivery`, { note: 'The crossing works.' })).status).toBe(200);
    const stranger = await resident();
    const refused = await stranger.client.post(`/api/commitments/${number}/disputes`, { reason: 'There is no crossing at the school.' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('commitment_not_participant');
    const disputed = await c.client.post(`/api/commitments/${number}/disputes`, { reason: 'The lights do not switch at night.' });
    expect(disputed.status).toBe(200);
    expect(disputed.body.status).toBe('disputed');
  });

  it('makes no commitment when it fails its rule, and its page says it did not pass', async () => {
    const [a, b] = [await resident(), await resident()];
    const poll = await answered(binding({ title: 'A car-free Rubinstein street' }), (_p, o) => ({ optionIds: [o[1]!] }), [a, b]);
    expect((await admin.client.post(`/api/admin/polls/${poll.id}/close`)).status).toBe(200);
    expect(await ofPoll(poll.id)).toEqual([]);
    expect((await new TestClient(t.app).get(`/api/polls/${poll.id}`)).body.passed).toBe(false);
  });
});

describe('what a «Родной район» poll owes', () => {
  it('makes its top directions commitments of the district’s administration, due on its day, in the residents’ order', async () => {
    const created = await admin.client.post('/api/admin/polls/priorities', {
      districtId: 'nevsky',
      title: 'Nevsky priorities 2027',
      question: 'Put the directions in order of importance',
      directions: ['Parks', 'Roads', 'Schools', 'Lights'],
      opensAt: new Date(Date.now() - HOUR).toISOString(),
      closesAt: new Date(Date.now() + HOUR).toISOString(),
      dueOn,
      priorityCount: 2,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as string;
    expect((await admin.client.get(`/api/polls/${id}`)).body).toMatchObject({ departmentId: 'admin-nevsky', dueOn, priorityCount: 2 });
    expect((await admin.client.post(`/api/admin/polls/${id}/publish`)).status).toBe(200);
    const q = (await admin.client.get(`/api/polls/${id}`)).body.questions[0] as { id: string; options: { id: string; text: string }[] };
    const [parks, roads, schools, lights] = q.options.map((o) => o.id) as [string, string, string, string];
    for (const ranking of [
      [schools, parks, roads, lights],
      [schools, roads, parks, lights],
      [parks, schools, lights, roads],
    ]) {
      const r = await resident();
      expect((await r.client.post(`/api/polls/${id}/responses`, { answers: [{ questionId: q.id, ranking }] })).status).toBe(201);
    }
    expect((await admin.client.post(`/api/admin/polls/${id}/close`)).status).toBe(200);
    const made = (await ofPoll(id)).sort((x, y) => x.number - y.number);
    // Borda (3 for a first place … 0 for a last): schools 8, parks 6, roads 3, lights 1
    expect(made.map((c) => [c.sourcePart, c.promise, c.departmentId, c.dueOn, c.districtId])).toEqual([
      [schools, '1. Schools', 'admin-nevsky', dueOn, 'nevsky'],
      [parks, '2. Parks', 'admin-nevsky', dueOn, 'nevsky'],
    ]);
    expect(made[0]!.title).toBe('Nevsky priorities 2027: Schools');
  });

  it('needs its due day', async () => {
    const res = await admin.client.post('/api/admin/polls/priorities', {
      districtId: 'nevsky',
      title: 'Nevsky priorities without a date',
      question: 'Put the directions in order of importance',
      directions: ['Parks', 'Roads'],
      opensAt: new Date(Date.now() - HOUR).toISOString(),
      closesAt: new Date(Date.now() + HOUR).toISOString(),
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields)).toEqual(['dueOn']);
  });
});
