import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantRole } from '../../../../test/fixtures.js';
import { backend, testApp, type TestApp } from '../../../../test/db.js';
import { signedInResident, TestClient } from '../../../../test/http-client.js';
import { verifyResident } from '../../../../test/verified.js';
import type { Actor } from '../../../core/auth/actor.js';
import { accountsModule } from '../../accounts/index.js';
import { auditLog } from '../../../core/audit/schema.js';
import { addWorkingDays, localDay } from '../../../core/time/calendar.js';
import { loadWorkCalendar } from '../../../core/time/calendar-store.js';
import { zonedToUtc } from '../../../core/time/time.js';
import { initiatives, initiativeSupports } from '../db/schema.js';
import { closeDueInitiatives } from '../use-cases/close-due.js';
import { seedDemoInitiatives } from '../use-cases/seed-demo-initiatives.js';
import { supportInitiative } from '../use-cases/support-initiative.js';

let t: TestApp;
let n = 0;
const email = (name: string) => `${name}-${++n}@initiatives.test`;
const DAY = 86_400_000;

type Person = Awaited<ReturnType<typeof signedInResident>>;
async function resident(opts: { verified?: boolean; districtId?: string | null; lang?: 'en' | 'ru' } = {}): Promise<Person> {
  const r = await signedInResident(t.app, t.database, email('resident'), opts.lang ?? 'en');
  if (opts.verified !== false) await verifyResident(t.database, r.userId, { districtId: opts.districtId === undefined ? 'nevsky' : opts.districtId });
  return r;
}
let admin: Person;
let expert: Person;
let official: Person;
let otherOfficial: Person;

const body = (over: Record<string, unknown> = {}) => ({
  type: 'improvement',
  scope: 'district',
  districtId: 'nevsky',
  title: 'Crossing at school 185',
  text: 'Children cross a four-lane street without lights on their way to school every morning.',
  ask: 'Install traffic lights and speed bumps.',
  addressee: 'Nevsky district administration',
  ...over,
});
// small figures so a test can reach them: 2 co-initiators, 3 supports, 10 days, 5 working days
const smallRules = { rules: [{ type: 'improvement', scope: 'district', minCoinitiators: 2, supportThreshold: 3, supportDays: 10, answerWorkingDays: 5 }] };

const runJobs = async () => {
  await t.ctx.jobs.runDue();
  await t.ctx.mailer.flush();
};
const notes = async (c: TestClient) => (await c.get('/api/notifications')).body.items as { kind: string; text: string; path: string }[];
const kinds = async (c: TestClient) => (await notes(c)).map((x) => x.kind).sort();

async function draft(author: Person, over: Record<string, unknown> = {}) {
  const res = await author.client.post('/api/initiatives', body(over));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.number as number;
}
/** A draft with two co-initiators, submitted; returns its number and the people. */
async function submitted(over: Record<string, unknown> = {}) {
  const author = await resident();
  const number = await draft(author, over);
  const co = [await resident(), await resident()];
  for (const c of co) expect((await c.client.post(`/api/initiatives/${number}/coinitiators`)).status).toBe(204);
  expect((await author.client.post(`/api/initiatives/${number}/submit`)).status).toBe(204);
  return { number, author, co };
}
async function collecting(over: Record<string, unknown> = {}) {
  const s = await submitted(over);
  const res = await expert.client.post(`/api/initiatives/${s.number}/screening`, {
    decision: 'admissible',
    reason: 'Within the district’s powers and specific.',
    departmentId: 'admin-nevsky',
  });
  expect(res.status, JSON.stringify(res.body)).toBe(204);
  return s;
}
/** What an accepted answer must name for the city's commitment: the department and a working day a month ahead. */
async function commitmentTerms() {
  const calendar = await loadWorkCalendar(t.database.db);
  const end = addWorkingDays(new Date(), 20, calendar, t.ctx.config.cityTimezone);
  return { departmentId: 'admin-nevsky', dueOn: localDay(new Date(end.getTime() - 1), t.ctx.config.cityTimezone) };
}
const row = async (number: number) => (await t.database.db.select().from(initiatives).where(eq(initiatives.number, number)))[0]!;

beforeAll(async () => {
  t = await testApp();
  admin = await signedInResident(t.app, t.database, email('admin'));
  await grantRole(t, admin.userId, 'administrator');
  expert = await signedInResident(t.app, t.database, email('expert'));
  await grantRole(t, expert.userId, 'expert');
  official = await signedInResident(t.app, t.database, email('official'));
  await grantRole(t, official.userId, 'official', { department: 'admin-nevsky' });
  otherOfficial = await signedInResident(t.app, t.database, email('official'));
  await grantRole(t, otherOfficial.userId, 'official', { department: 'admin-admiralteysky' });
  expect((await admin.client.put('/api/admin/initiatives/rules', smallRules)).status).toBe(200);
});
afterAll(async () => {
  await t?.close();
});

describe('rules', () => {
  it('are public; only administrators change them (audited); a type and scope given twice is refused', async () => {
    const pub = await new TestClient(t.app).get('/api/initiatives/rules');
    expect(pub.status).toBe(200);
    expect(pub.body.rules).toHaveLength(6);
    expect(pub.body.rules).toContainEqual({
      type: 'improvement',
      scope: 'district',
      minCoinitiators: 2,
      supportThreshold: 3,
      supportDays: 10,
      answerWorkingDays: 5,
    });
    expect(pub.body.rules).toContainEqual({
      type: 'regulation',
      scope: 'city',
      minCoinitiators: 10,
      supportThreshold: 10000,
      supportDays: 90,
      answerWorkingDays: 30,
    });
    const r = await resident();
    const refused = await r.client.put('/api/admin/initiatives/rules', smallRules);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('not_administrator');
    expect((await expert.client.put('/api/admin/initiatives/rules', smallRules)).status).toBe(403);
    expect((await new TestClient(t.app).put('/api/admin/initiatives/rules', smallRules)).status).toBe(401);
    const twice = await admin.client.put('/api/admin/initiatives/rules', { rules: [smallRules.rules[0], smallRules.rules[0]] });
    expect(twice.status).toBe(400);
    expect(twice.body.error.code).toBe('initiative_rule_twice');
    const zero = await admin.client.put('/api/admin/initiatives/rules', { rules: [{ ...smallRules.rules[0], supportThreshold: 0 }] });
    expect(zero.status).toBe(400);
    expect(zero.body.error.fields['rules.0.supportThreshold']).toBeTruthy();
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'initiative_rules.updated'));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorId).toBe(admin.userId);
  });
});

describe('drafting', () => {
  it('refuses unverified authors, the wrong district, a bad place and bad bodies, each in the caller’s language', async () => {
    const unverified = await resident({ verified: false });
    const u = await unverified.client.post('/api/initiatives', body());
    expect(u.status).toBe(403);
    expect(u.body.error.code).toBe('initiative_not_verified');
    expect(u.body.error.message).toMatch(/verified residents/);
    const elsewhere = await resident({ districtId: 'admiralteysky', lang: 'ru' });
    const w = await elsewhere.client.post('/api/initiatives', body());
    expect(w.status).toBe(403);
    expect(w.body.error.code).toBe('initiative_not_in_district');
    expect(w.body.error.message).toMatch(/другого района/);
    // the same person may start a city initiative
    expect((await elsewhere.client.post('/api/initiatives', body({ scope: 'city', districtId: null }))).status).toBe(201);
    expect((await new TestClient(t.app).post('/api/initiatives', body())).status).toBe(401);

    const r = await resident({ lang: 'ru' });
    const cases: [Record<string, unknown>, string, string][] = [
      [{ scope: 'district', districtId: null }, 'initiative_district_required', 'districtId'],
      [{ scope: 'city', districtId: 'nevsky' }, 'initiative_city_no_district', 'districtId'],
      [{ districtId: 'atlantis' }, 'initiative_unknown_district', 'districtId'],
    ];
    for (const [over, code, field] of cases) {
      const res = await r.client.post('/api/initiatives', body(over));
      expect(res.status, code).toBe(400);
      expect(res.body.error.code).toBe(code);
      expect(Object.keys(res.body.error.fields)).toEqual([field]);
    }
    const short = await r.client.post('/api/initiatives', body({ title: 'Cro', text: 'short' }));
    expect(short.status).toBe(400);
    expect(short.body.error.code).toBe('validation_failed');
    expect(short.body.error.fields.title).toMatch(/Заголовок/);
    expect(short.body.error.fields.text).toMatch(/20/);
    const en = await (await resident()).client.post('/api/initiatives', body({ ask: '', addressee: 'x'.repeat(301), type: 'wish' }));
    expect(en.status).toBe(400);
    expect(en.body.error.fields.ask).toMatch(/What is asked/);
    expect(en.body.error.fields.addressee).toMatch(/300/);
    expect(en.body.error.fields.type).toBeTruthy();
    expect((await r.client.post('/api/initiatives', { ...body(), extra: 1 })).status).toBe(400);
    expect((await r.client.post('/api/initiatives', undefined, { rawBody: '{"type":' })).status).toBe(400);
  });

  it('keeps a draft readable by its link but unlisted; only its author edits it', async () => {
    const author = await resident();
    const number = await draft(author);
    const anyone = await new TestClient(t.app).get(`/api/initiatives/${number}`);
    expect(anyone.status).toBe(200);
    expect(anyone.body).toMatchObject({
      number,
      status: 'draft',
      minCoinitiators: 2,
      coinitiatorCount: 0,
      author: { id: author.userId },
      history: [{ status: 'draft' }],
      me: { isAuthor: false },
    });
    const list = await new TestClient(t.app).get('/api/initiatives?page=1');
    expect(list.body.items.some((i: { number: number }) => i.number === number)).toBe(false);
    expect((await new TestClient(t.app).get('/api/initiatives?status=draft')).body.items).toEqual([]);
    const mine = await author.client.get(`/api/initiatives/${number}`);
    expect(mine.body.me).toMatchObject({ isAuthor: true, can: { edit: true, submit: false, withdraw: true, join: false, support: false } });
    expect((await author.client.put(`/api/initiatives/${number}`, body({ title: 'Traffic lights at school 185' }))).status).toBe(204);
    expect((await author.client.get(`/api/initiatives/${number}`)).body.title).toBe('Traffic lights at school 185');
    const other = await resident();
    const refused = await other.client.put(`/api/initiatives/${number}`, body());
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('not_initiative_author');
    expect((await author.client.get('/api/initiatives/999999')).status).toBe(404);
    expect((await author.client.get('/api/initiatives/abc')).status).toBe(400);
  });

  it('lists my own initiatives, drafts included, as author or co-initiator; nobody else’s; visitors must sign in', async () => {
    const author = await resident();
    const number = await draft(author);
    const co = await resident();
    expect((await co.client.post(`/api/initiatives/${number}/coinitiators`)).status).toBe(204);
    const numbersOf = async (c: TestClient, query = '') =>
      ((await c.get(`/api/initiatives?mine=true${query}`)).body.items as { number: number; status: string }[]).map((i) => i.number);
    expect(await numbersOf(author.client)).toContain(number);
    expect(await numbersOf(co.client)).toContain(number);
    expect(await numbersOf(author.client, '&status=draft')).toContain(number);
    expect(await numbersOf(author.client, '&status=screening')).not.toContain(number);
    expect(await numbersOf((await resident()).client)).toEqual([]);
    expect((await new TestClient(t.app).get('/api/initiatives?mine=true')).status).toBe(401);
    expect((await author.client.get('/api/initiatives?mine=maybe')).status).toBe(400);
  });
});

describe('the whole lifecycle', () => {
  it('co-initiators, submission, screening, supports to the threshold, overdue, the answer — and followers hear of each step', async () => {
    const author = await resident({ lang: 'ru' });
    const number = await draft(author);
    const [co1, co2, supporter] = [await resident(), await resident(), await resident()];

    // co-initiators
    // who they are, not the moment: the author is not one of their own co-initiators
    const own = await author.client.post(`/api/initiatives/${number}/coinitiators`);
    expect(own.status).toBe(403);
    expect(own.body.error.code).toBe('initiative_author_joins');
    const stranger = await resident({ districtId: 'admiralteysky' });
    expect((await stranger.client.post(`/api/initiatives/${number}/coinitiators`)).body.error.code).toBe('initiative_not_in_district');
    expect((await (await resident({ verified: false })).client.post(`/api/initiatives/${number}/coinitiators`)).status).toBe(403);
    const none = await author.client.post(`/api/initiatives/${number}/submit`);
    expect(none.status).toBe(409);
    expect(none.body.error.code).toBe('initiative_too_few_coinitiators');
    expect(none.body.error.message).toContain('нужно ещё 2');
    expect((await co1.client.post(`/api/initiatives/${number}/coinitiators`)).status).toBe(204);
    expect((await co1.client.post(`/api/initiatives/${number}/coinitiators`)).body.error.code).toBe('initiative_already_coinitiator');
    const one = await author.client.post(`/api/initiatives/${number}/submit`);
    expect(one.status).toBe(409);
    expect(one.body.error.message).toContain('нужен ещё 1');
    const enAuthor = await resident();
    const enDraft = await draft(enAuthor);
    expect((await enAuthor.client.post(`/api/initiatives/${enDraft}/submit`)).body.error.message).toBe(
      'Not enough co-initiators yet: 2 more are needed (at least 2). Share the link of the draft with your neighbours.',
    );
    expect((await co2.client.delete(`/api/initiatives/${number}/coinitiators/me`)).body.error.code).toBe('initiative_not_coinitiator');
    expect((await co2.client.post(`/api/initiatives/${number}/coinitiators`)).status).toBe(204);
    expect((await co2.client.delete(`/api/initiatives/${number}/coinitiators/me`)).status).toBe(204);
    expect((await co2.client.post(`/api/initiatives/${number}/coinitiators`)).status).toBe(204);
    expect((await co1.client.get(`/api/initiatives/${number}`)).body.me).toMatchObject({ isCoinitiator: true, can: { leave: true, join: false } });

    // support before admission
    const early = await supporter.client.post(`/api/initiatives/${number}/supports`);
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('initiative_not_collecting');

    expect((await co1.client.post(`/api/initiatives/${number}/submit`)).body.error.code).toBe('not_initiative_author');
    expect((await author.client.post(`/api/initiatives/${number}/submit`)).status).toBe(204);
    const late = await supporter.client.post(`/api/initiatives/${number}/coinitiators`);
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('initiative_not_draft');
    expect((await co1.client.delete(`/api/initiatives/${number}/coinitiators/me`)).body.error.code).toBe('initiative_not_draft');
    expect((await author.client.put(`/api/initiatives/${number}`, body())).body.error.code).toBe('initiative_not_draft');
    const listed = await new TestClient(t.app).get('/api/initiatives?status=screening&scope=district&districtId=nevsky&type=improvement&q=school');
    expect(listed.body.items[0]).toMatchObject({ number, status: 'screening', coinitiatorCount: 2, submittedAt: expect.any(String) });
    // the search stems words: "schools" finds "school"; a word that is not there finds nothing
    const numbersFor = async (q: string) =>
      ((await new TestClient(t.app).get(`/api/initiatives?q=${encodeURIComponent(q)}`)).body.items as { number: number }[]).map((i) => i.number);
    expect(await numbersFor('schools crossing')).toContain(number);
    expect(await numbersFor('tramway')).not.toContain(number);

    // screening
    const notExpert = await supporter.client.post(`/api/initiatives/${number}/screening`, {
      decision: 'admissible',
      reason: 'Looks good to me, really.',
      departmentId: 'admin-nevsky',
    });
    expect(notExpert.status).toBe(403);
    expect(notExpert.body.error.code).toBe('not_initiative_expert');
    expect(
      (
        await official.client.post(`/api/initiatives/${number}/screening`, {
          decision: 'admissible',
          reason: 'Looks good to me, really.',
          departmentId: 'admin-nevsky',
        })
      ).status,
    ).toBe(403);
    const noDept = await expert.client.post(`/api/initiatives/${number}/screening`, { decision: 'admissible', reason: 'Within the district’s powers.' });
    expect(noDept.status).toBe(400);
    expect(noDept.body.error.code).toBe('initiative_department_required');
    expect(Object.keys(noDept.body.error.fields)).toEqual(['departmentId']);
    expect(
      (
        await expert.client.post(`/api/initiatives/${number}/screening`, {
          decision: 'admissible',
          reason: 'Within the district’s powers.',
          departmentId: 'no-such',
        })
      ).body.error.code,
    ).toBe('initiative_department_unknown');
    const shortReason = await expert.client.post(`/api/initiatives/${number}/screening`, {
      decision: 'admissible',
      reason: 'ok',
      departmentId: 'admin-nevsky',
    });
    expect(shortReason.status).toBe(400);
    expect(shortReason.body.error.fields.reason).toBeTruthy();
    const before = Date.now();
    expect(
      (
        await expert.client.post(`/api/initiatives/${number}/screening`, {
          decision: 'admissible',
          reason: 'Within the district’s powers and specific.',
          departmentId: 'admin-nevsky',
        })
      ).status,
    ).toBe(204);
    expect(
      (await expert.client.post(`/api/initiatives/${number}/screening`, { decision: 'inadmissible', reason: 'Changed my mind about it.' })).body.error.code,
    ).toBe('initiative_not_screening');
    const admitted = await row(number);
    expect(admitted).toMatchObject({ status: 'collecting', departmentId: 'admin-nevsky', supportThreshold: 3, answerWorkingDays: 5, minCoinitiators: 2 });
    expect(admitted.supportClosesAt!.getTime() - admitted.supportOpensAt!.getTime()).toBe(10 * DAY);
    expect(admitted.supportOpensAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);

    // supports
    expect((await (await resident({ verified: false })).client.post(`/api/initiatives/${number}/supports`)).body.error.code).toBe('initiative_not_verified');
    const other = await stranger.client.post(`/api/initiatives/${number}/supports`);
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('initiative_not_in_district');
    expect((await stranger.client.get(`/api/initiatives/${number}`)).body.me).toMatchObject({
      can: { support: false },
      supportRefusal: expect.stringMatching(/another district/),
    });
    expect((await new TestClient(t.app).post(`/api/initiatives/${number}/supports`)).status).toBe(401);
    const first = await author.client.post(`/api/initiatives/${number}/supports`);
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ supportCount: 1, status: 'collecting' });
    const again = await author.client.post(`/api/initiatives/${number}/supports`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('initiative_already_supported');
    expect((await author.client.get(`/api/initiatives/${number}`)).body.me).toMatchObject({
      supported: true,
      can: { support: false },
      supportRefusal: expect.stringMatching(/уже поддержали/),
    });
    expect((await co1.client.post(`/api/initiatives/${number}/supports`)).body).toEqual({ supportCount: 2, status: 'collecting' });
    const last = await supporter.client.post(`/api/initiatives/${number}/supports`);
    expect(last.body).toEqual({ supportCount: 3, status: 'awaiting_answer' });
    const reached = await row(number);
    expect(reached.thresholdReachedAt).not.toBeNull();
    const calendar = await loadWorkCalendar(t.database.db);
    expect(reached.answerDueAt!.toISOString()).toBe(addWorkingDays(reached.thresholdReachedAt!, 5, calendar, t.ctx.config.cityTimezone).toISOString());
    const after = await co2.client.post(`/api/initiatives/${number}/supports`);
    expect(after.status).toBe(409);
    expect(after.body.error.code).toBe('initiative_not_collecting');
    expect((await co2.client.get(`/api/initiatives/${number}`)).body.me.supportRefusal).toBeNull();
    const [count] = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(initiativeSupports)
      .where(eq(initiativeSupports.initiativeId, reached.id));
    expect(Number(count!.n)).toBe(3);

    // overdue: the deadline passes without an answer
    await t.database.db
      .update(initiatives)
      .set({ answerDueAt: new Date(Date.now() - 60_000) })
      .where(eq(initiatives.number, number));
    const overdue = await new TestClient(t.app).get(`/api/initiatives/${number}`);
    expect(overdue.body).toMatchObject({ status: 'awaiting_answer', overdue: true });
    expect((await new TestClient(t.app).get('/api/initiatives?status=overdue')).body.items.map((i: { number: number }) => i.number)).toContain(number);
    expect(await closeDueInitiatives(t.ctx)).toBeGreaterThanOrEqual(1);
    expect(await closeDueInitiatives(t.ctx)).toBe(0);
    expect((await row(number)).overdueNotifiedAt).not.toBeNull();

    // the answer
    const wrong = await otherOfficial.client.post(`/api/initiatives/${number}/answer`, {
      decision: 'accepted',
      text: 'We will do it all next month, promise.',
    });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.code).toBe('not_initiative_official');
    expect(
      (await expert.client.post(`/api/initiatives/${number}/answer`, { decision: 'accepted', text: 'We will do it all next month, promise.' })).status,
    ).toBe(403);
    const bad = await official.client.post(`/api/initiatives/${number}/answer`, { decision: 'maybe', text: 'short' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['decision', 'text']);
    expect((await official.client.get(`/api/initiatives/${number}`)).body.me.can.answer).toBe(true);
    expect(
      (
        await official.client.post(`/api/initiatives/${number}/answer`, {
          decision: 'partially',
          text: 'Traffic lights in May; speed bumps are not allowed on this street.',
          ...(await commitmentTerms()),
        })
      ).status,
    ).toBe(204);
    expect(
      (
        await official.client.post(`/api/initiatives/${number}/answer`, {
          decision: 'accepted',
          text: 'Traffic lights in May; speed bumps are not allowed on this street.',
        })
      ).body.error.code,
    ).toBe('initiative_not_awaiting_answer');
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectType, 'initiative'), eq(auditLog.subjectId, String(number))));
    expect(audit.map((a) => a.action)).toEqual(['initiative.screened', 'initiative.answered']);

    const view = await new TestClient(t.app).get(`/api/initiatives/${number}`);
    expect(view.body).toMatchObject({
      status: 'answered',
      overdue: false,
      supportCount: 3,
      coinitiatorCount: 2,
      departmentId: 'admin-nevsky',
      screening: { decision: 'admissible', reason: 'Within the district’s powers and specific.' },
      answer: { decision: 'partially' },
    });
    expect(view.body.history.map((h: { status: string }) => h.status)).toEqual([
      'draft',
      'screening',
      'collecting',
      'awaiting_answer',
      'awaiting_answer',
      'answered',
    ]);
    // the platform's own notes are in the reader's language; what people wrote stays as written
    expect(view.body.history[4].note).toBe('Answer overdue');
    expect(view.body.history[2].note).toBe('Within the district’s powers and specific.');
    expect((await new TestClient(t.app, 'ru').get(`/api/initiatives/${number}`)).body.history[4].note).toBe('Срок ответа просрочен');

    // notifications: the author, co-initiators and supporters follow; each step reached them (never the one who acted)
    await runJobs();
    expect(await kinds(author.client)).toEqual(
      [
        'initiative.answered.partially',
        'initiative.coinitiator_joined',
        'initiative.coinitiator_joined',
        'initiative.coinitiator_joined',
        'initiative.overdue',
        'initiative.screened.admissible',
        'initiative.threshold_reached',
      ].sort(),
    );
    expect(await kinds(co1.client)).toEqual([
      'initiative.answered.partially',
      'initiative.overdue',
      'initiative.screened.admissible',
      'initiative.submitted',
      'initiative.threshold_reached',
    ]);
    expect(await kinds(supporter.client)).toEqual(['initiative.answered.partially', 'initiative.overdue', 'initiative.threshold_reached']);
    const answered = (await notes(supporter.client)).find((x) => x.kind === 'initiative.answered.partially')!;
    expect(answered.text).toBe('The authority answered “Crossing at school 185”: partially accepted. Read the answer.');
    expect(answered.path).toBe(`/initiatives/${number}`);
    // the responsible department's officials were told an answer is due, and that it became overdue (no head here);
    // another department's officials heard nothing
    const staff = await kinds(official.client);
    expect(staff).toEqual(expect.arrayContaining(['initiative.answer_requested', 'initiative.answer_overdue']));
    const requested = (await notes(official.client)).find((x) => x.kind === 'initiative.answer_requested')!;
    expect(requested.text).toMatch(/^The residents’ initiative “Crossing at school 185” reached its threshold: your department must publish an answer by \d/);
    expect((await kinds(otherOfficial.client)).filter((k) => k.startsWith('initiative.answer_'))).toEqual([]);
    // the job notified once
    await closeDueInitiatives(t.ctx);
    await runJobs();
    expect((await kinds(co2.client)).filter((k) => k === 'initiative.overdue')).toHaveLength(1);
  });

  it('computes the answer deadline on the city’s working days across a weekend and a holiday', async () => {
    const { number } = await collecting();
    // admitted "now"; support on Friday 5 March 2027, 18:00 in the city, with one working day to answer:
    // Saturday, Sunday and the 8 March holiday are skipped → due at the end of Tuesday 9 March
    const friday = zonedToUtc(2027, 3, 5, 18, t.ctx.config.cityTimezone);
    await t.database.db
      .update(initiatives)
      .set({ supportThreshold: 1, answerWorkingDays: 1, supportOpensAt: new Date(friday.getTime() - DAY), supportClosesAt: new Date(friday.getTime() + DAY) })
      .where(eq(initiatives.number, number));
    const r = await resident();
    const actor: Actor = { kind: 'user', userId: r.userId, displayName: 'R', verification: 'verified', roles: [], language: 'en', districtId: 'nevsky' };
    expect(await supportInitiative(t.ctx, actor, number, friday)).toEqual({ supportCount: 1, status: 'awaiting_answer' });
    const due = (await row(number)).answerDueAt!;
    expect(due.toISOString()).toBe(zonedToUtc(2027, 3, 10, 0, t.ctx.config.cityTimezone).toISOString());
    expect(due.toISOString()).toBe('2027-03-09T21:00:00.000Z');
  });
});

describe('other endings', () => {
  it('inadmissible with a public reason; a withdrawn draft and one under screening; nothing withdrawn later', async () => {
    const { number, co } = await submitted();
    const noReason = await expert.client.post(`/api/initiatives/${number}/screening`, { decision: 'inadmissible' });
    expect(noReason.status).toBe(400);
    expect(
      (await admin.client.post(`/api/initiatives/${number}/screening`, { decision: 'inadmissible', reason: 'The city cannot decide this: it is federal law.' }))
        .status,
    ).toBe(204);
    const v = await new TestClient(t.app, 'ru').get(`/api/initiatives/${number}`);
    expect(v.body).toMatchObject({
      status: 'inadmissible',
      screening: { decision: 'inadmissible', reason: 'The city cannot decide this: it is federal law.' },
      supportThreshold: null,
    });
    await runJobs();
    expect(await kinds(co[0]!.client)).toContain('initiative.screened.inadmissible');

    const author = await resident();
    const d = await draft(author);
    expect((await (await resident()).client.post(`/api/initiatives/${d}/withdraw`)).body.error.code).toBe('not_initiative_author');
    expect((await author.client.post(`/api/initiatives/${d}/withdraw`)).status).toBe(204);
    expect((await author.client.post(`/api/initiatives/${d}/withdraw`)).body.error.code).toBe('initiative_not_withdrawable');
    const s = await submitted();
    expect((await s.author.client.post(`/api/initiatives/${s.number}/withdraw`)).status).toBe(204);
    await runJobs();
    expect(await kinds(s.co[1]!.client)).toContain('initiative.withdrawn');
    const c = await collecting();
    const refused = await c.author.client.post(`/api/initiatives/${c.number}/withdraw`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('initiative_not_withdrawable');
  });

  it('ends below the threshold when the window closes: supports refused after it, not_reached by the job, followers told', async () => {
    const { number, author, co } = await collecting();
    expect((await co[0]!.client.post(`/api/initiatives/${number}/supports`)).status).toBe(201);
    await t.database.db
      .update(initiatives)
      .set({ supportClosesAt: new Date(Date.now() - 1000) })
      .where(eq(initiatives.number, number));
    const closed = await author.client.post(`/api/initiatives/${number}/supports`);
    expect(closed.status).toBe(409);
    expect(closed.body.error.code).toBe('initiative_support_closed');
    expect(await closeDueInitiatives(t.ctx)).toBeGreaterThanOrEqual(1);
    const after = await author.client.post(`/api/initiatives/${number}/supports`);
    expect(after.body.error.code).toBe('initiative_not_collecting');
    const v = await new TestClient(t.app).get(`/api/initiatives/${number}`);
    expect(v.body).toMatchObject({ status: 'not_reached', supportCount: 1 });
    expect(v.body.history.at(-1).note).toBe('Support window over: 1 support of 3 needed');
    expect((await new TestClient(t.app, 'ru').get(`/api/initiatives/${number}`)).body.history.at(-1).note).toBe(
      'Сбор подписей завершён: 1 подпись из 3 нужных',
    );
    await runJobs();
    expect(await kinds(author.client)).toContain('initiative.not_reached');
    expect(await kinds(co[0]!.client)).toContain('initiative.not_reached');
  });

  it('hides an initiative hidden by moderation from everyone but its author, moderators and administrators', async () => {
    const { number, author } = await submitted();
    await t.database.db.update(initiatives).set({ moderation: 'hidden' }).where(eq(initiatives.number, number));
    expect((await new TestClient(t.app).get(`/api/initiatives/${number}`)).status).toBe(404);
    expect((await author.client.get(`/api/initiatives/${number}`)).status).toBe(200);
    expect((await admin.client.get(`/api/initiatives/${number}`)).status).toBe(200);
    expect((await new TestClient(t.app).get('/api/initiatives?status=screening')).body.items.some((i: { number: number }) => i.number === number)).toBe(false);
  });
});

describe('texts', () => {
  it('stores a title, a text, a screening reason and an answer cleaned by the one text rule: a U+202E override cannot reverse them', async () => {
    const author = await resident();
    const number = await draft(author, {
      title: 'Crossing\u202e at school\u200b 185',
      ask: 'Install traffic lights\u2066 and speed bumps.\r\n\n\n\nSoon.',
    });
    expect(await row(number)).toMatchObject({ title: 'Crossing at school 185', ask: 'Install traffic lights and speed bumps.\n\nSoon.' });
    await t.database.db.update(initiatives).set({ status: 'screening' }).where(eq(initiatives.number, number));
    const screened = await expert.client.post(`/api/initiatives/${number}/screening`, {
      decision: 'admissible',
      reason: 'Within the\u202e district’s powers.',
      departmentId: 'admin-nevsky',
    });
    expect(screened.status).toBe(204);
    await t.database.db.update(initiatives).set({ status: 'awaiting_answer' }).where(eq(initiatives.number, number));
    const answered = await official.client.post(`/api/initiatives/${number}/answer`, {
      decision: 'accepted',
      text: 'Traffic lights\u202e in May,\u202c and speed bumps in June.',
      ...(await commitmentTerms()),
    });
    expect(answered.status).toBe(204);
    expect(await row(number)).toMatchObject({
      screeningReason: 'Within the district’s powers.',
      answerText: 'Traffic lights in May, and speed bumps in June.',
    });
    // what is only overrides and spaces is empty once cleaned, and refused for its length
    const blank = await author.client.post('/api/initiatives', body({ title: '\u202e\u202e   \u200b\u200b ' }));
    expect(blank.status).toBe(400);
    expect(Object.keys(blank.body.error.fields)).toEqual(['title']);
  });
});

describe('one support each', () => {
  it('answers racing supports from one person with one 201 and clean 409s, and the count equals the rows', async () => {
    const { number } = await collecting();
    await t.database.db.update(initiatives).set({ supportThreshold: 100 }).where(eq(initiatives.number, number));
    const r = await resident();
    const tries = backend() === 'postgres' ? 8 : 3;
    const results = await Promise.all(Array.from({ length: tries }, () => r.client.post(`/api/initiatives/${number}/supports`)));
    expect(results.filter((x) => x.status === 201)).toHaveLength(1);
    expect(results.filter((x) => x.status === 409).every((x) => x.body.error.code === 'initiative_already_supported')).toBe(true);
    expect(results.filter((x) => x.status === 409)).toHaveLength(tries - 1);
    const i = await row(number);
    const [count] = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(initiativeSupports)
      .where(eq(initiativeSupports.initiativeId, i.id));
    expect(Number(count!.n)).toBe(1);
    expect(i.supportCount).toBe(1);
  });

  it.runIf(backend() === 'postgres')('reaches the threshold exactly once when many different residents race', async () => {
    const { number } = await collecting();
    await t.database.db.update(initiatives).set({ supportThreshold: 4 }).where(eq(initiatives.number, number));
    const people = await Promise.all(Array.from({ length: 6 }, () => resident()));
    const results = await Promise.all(people.map((p) => p.client.post(`/api/initiatives/${number}/supports`)));
    expect(results.filter((x) => x.status === 201)).toHaveLength(4);
    expect(results.filter((x) => x.status === 409).every((x) => x.body.error.code === 'initiative_not_collecting')).toBe(true);
    const i = await row(number);
    expect(i).toMatchObject({ supportCount: 4, status: 'awaiting_answer' });
    const events = await t.database.db.execute(
      sql`select count(*)::int as n from jobs where payload->>'type' = 'initiative.threshold_reached' and payload->>'entityId' = ${String(number)}`,
    );
    expect(Number((events as unknown as { rows: { n: number }[] }).rows[0]!.n)).toBe(1);
  });
});

describe('demo', () => {
  it('seeds one initiative in each state from the demo residents (verified in person), idempotently', async () => {
    const progress: string[] = [];
    await seedDemoInitiatives(t.ctx, (m) => progress.push(m));
    // without the demo accounts the seed does nothing
    expect(progress.at(-1)).toMatch(/skipped/);
    await accountsModule.seedDemo!(t.ctx, () => undefined);
    await seedDemoInitiatives(t.ctx, (m) => progress.push(m));
    await seedDemoInitiatives(t.ctx, (m) => progress.push(m));
    const demo = await t.database.db
      .select()
      .from(initiatives)
      .where(sql`${initiatives.title} ~ '[А-Яа-я]'`);
    expect(demo.map((d) => d.status).sort()).toEqual(['answered', 'awaiting_answer', 'collecting', 'draft', 'inadmissible', 'screening']);
    for (const d of demo) {
      const [count] = await t.database.db
        .select({ n: sql<number>`count(*)::int` })
        .from(initiativeSupports)
        .where(eq(initiativeSupports.initiativeId, d.id));
      expect(Number(count!.n), d.title).toBe(d.supportCount);
    }
    const near = demo.find((d) => d.status === 'collecting')!;
    expect(near.supportThreshold! - near.supportCount).toBe(1);
    const late = demo.find((d) => d.status === 'awaiting_answer')!;
    expect((await new TestClient(t.app).get(`/api/initiatives/${late.number}`)).body.overdue).toBe(true);
    expect(await closeDueInitiatives(t.ctx)).toBe(1);
    const anna = await t.database.db.execute(sql`select verification from users where email = 'anna.petrova@gorod.demo'`);
    expect((anna as unknown as { rows: { verification: string }[] }).rows[0]!.verification).toBe('verified');
  });
});
