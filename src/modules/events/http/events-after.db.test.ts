import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../../test/db.js';
import { uploadTestPhoto } from '../../../../test/uploads.js';
import { person, type TestPerson } from '../../../../test/fixtures.js';
import { TestClient } from '../../../../test/http-client.js';
import type { UserActor } from '../../../core/auth/actor.js';
import { registerForEvent } from '../use-cases/registrations.js';

let t: TestApp;
let official: TestPerson;
let otherOfficial: TestPerson;
let admin: TestPerson;
let visitor: TestClient;
/** Three registered before the start (the third at capacity: waitlisted) of an event that has started. */
let started: string;
let present: TestPerson;
let second: TestPerson;
let waiting: TestPerson;
let stranger: TestPerson;
let future: string;
let closedPoll: string;
let openPoll: string;
let respondent: TestPerson;

const hour = 3_600_000;
const at = (hours: number) => new Date(Date.now() + hours * hour).toISOString();
const admiralteysky = { lat: 59.9187, lon: 30.288 };

const body = (over: Record<string, unknown> = {}) => ({
  kind: 'meeting',
  title: 'Встреча с жителями',
  description: 'Обсуждаем благоустройство двора и сроки работ.',
  departmentId: 'committee-roads',
  ...admiralteysky,
  address: 'Садовая ул., 55',
  startsAt: at(24 * 7),
  endsAt: at(24 * 7 + 2),
  capacity: 2,
  ...over,
});

async function announce(by: TestPerson, over: Record<string, unknown> = {}) {
  const res = await by.client.post('/api/events', body(over));
  return res;
}
const actorOf = (p: TestPerson): UserActor => ({
  kind: 'user',
  userId: p.userId,
  displayName: 'x',
  verification: 'email',
  roles: [],
  language: 'en',
  districtId: null,
});
const runJobs = async () => {
  await t.ctx.jobs.runDue();
  await t.ctx.jobs.runDue();
};
const kinds = async (c: TestClient) => ((await c.get('/api/notifications')).body.items as { kind: string }[]).map((x) => x.kind);
const rows = async <T>(q: ReturnType<typeof sql>) => ((await t.database.db.execute(q)) as unknown as { rows: T[] }).rows;
const pointsOf = async (userId: string) =>
  Number(
    (await rows<{ n: number }>(sql`select coalesce(sum(delta), 0)::int as n from point_entries where user_id = ${userId} and source_type = 'event'`))[0]!.n,
  );

/** A published advisory poll with one question, answered by `respondent` when given, closed when asked. */
async function poll(opts: { answeredBy?: TestPerson; close?: boolean; publish?: boolean }): Promise<string> {
  const created = await admin.client.post('/api/admin/polls', {
    title: 'Пешеходная улица на Рубинштейна',
    description: 'Закрыть ли улицу для машин?',
    binding: false,
    opensAt: at(-1),
    closesAt: at(24),
    questions: [{ kind: 'single', text: 'Закрыть?', options: ['Да', 'Нет'] }],
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = created.body.id as string;
  if (opts.publish === false) return id;
  expect((await admin.client.post(`/api/admin/polls/${id}/publish`)).status).toBe(200);
  if (opts.answeredBy) {
    const view = (await admin.client.get(`/api/polls/${id}`)).body as { questions: { id: string; options: { id: string }[] }[] };
    const q = view.questions[0]!;
    const res = await opts.answeredBy.client.post(`/api/polls/${id}/responses`, { answers: [{ questionId: q.id, optionIds: [q.options[0]!.id] }] });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  }
  if (opts.close) expect((await admin.client.post(`/api/admin/polls/${id}/close`)).status).toBe(200);
  return id;
}

beforeAll(async () => {
  t = await testApp();
  official = await person(t, { roles: [{ role: 'official', department: 'committee-roads' }] });
  otherOfficial = await person(t, { roles: [{ role: 'official', department: 'committee-improvement' }] });
  admin = await person(t, { roles: ['administrator'] });
  [present, second, waiting, stranger, respondent] = [await person(t), await person(t), await person(t), await person(t, { lang: 'ru' }), await person(t)];
  visitor = new TestClient(t.app, 'en');
  const res = await announce(official, { startsAt: at(-1), endsAt: at(2) });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  started = res.body.id as string;
  const before = new Date(Date.now() - 2 * hour);
  for (const p of [present, second, waiting]) await registerForEvent(t.ctx, actorOf(p), started, before);
  future = (await announce(official)).body.id as string;
  await present.client.post(`/api/events/${future}/registration`);
  closedPoll = await poll({ answeredBy: respondent, close: true });
  openPoll = await poll({});
});
afterAll(async () => t?.close());

describe('attendance', () => {
  it('its organisers mark who attended once it has started: idempotent, counted, only the registered', async () => {
    const mark = (attended: boolean, userId = present.userId) => official.client.put(`/api/events/${started}/attendance`, { items: [{ userId, attended }] });
    expect((await mark(true)).body).toEqual({ registeredCount: 2, attendedCount: 1 });
    expect((await mark(true)).body).toEqual({ registeredCount: 2, attendedCount: 1 });
    const list = await official.client.get(`/api/events/${started}/registrations`);
    expect((list.body.items as { userId: string; state: string }[]).find((r) => r.userId === present.userId)?.state).toBe('attended');
    expect((await visitor.get(`/api/events/${started}`)).body).toMatchObject({ registeredCount: 2, attendedCount: 1 });
    const notRegistered = await mark(true, waiting.userId);
    expect(notRegistered.status).toBe(400);
    expect(notRegistered.body.error.code).toBe('event_attendee_not_registered');
    expect(Object.keys(notRegistered.body.error.fields)).toEqual(['items.0.userId']);
    expect((await mark(true, crypto.randomUUID())).status).toBe(400);
  });

  it('refuses another department’s official, a resident, a visitor, and marking before the start', async () => {
    const items = [{ userId: present.userId, attended: true }];
    const other = await otherOfficial.client.put(`/api/events/${started}/attendance`, { items });
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('not_event_organiser');
    expect((await present.client.put(`/api/events/${started}/attendance`, { items })).status).toBe(403);
    expect((await visitor.put(`/api/events/${started}/attendance`, { items })).status).toBe(401);
    const early = await official.client.put(`/api/events/${future}/attendance`, { items });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('event_not_started');
    expect((await official.client.put(`/api/events/${started}/attendance`, { items: [] })).status).toBe(400);
  });

  it('attending earns points once per person and event; an unmark takes them back, a new mark earns them again once', async () => {
    const mark = (attended: boolean) => official.client.put(`/api/events/${started}/attendance`, { items: [{ userId: present.userId, attended }] });
    await runJobs();
    expect(await pointsOf(present.userId)).toBe(25);
    expect((await mark(false)).body).toEqual({ registeredCount: 2, attendedCount: 0 });
    await runJobs();
    expect(await pointsOf(present.userId)).toBe(0);
    await mark(true);
    await mark(true);
    await runJobs();
    await runJobs();
    expect(await pointsOf(present.userId)).toBe(25);
    const [balance] = await rows<{ balance: number }>(sql`select balance from point_balances where user_id = ${present.userId}`);
    expect(balance?.balance).toBe(25);
  });
});

describe('check-in code', () => {
  it('the organiser makes a code; a registered person enters it during the event; a wrong code is refused with the reason', async () => {
    expect((await present.client.post(`/api/events/${started}/check-in-code`)).status).toBe(403);
    const made = await official.client.post(`/api/events/${started}/check-in-code`);
    expect(made.status).toBe(201);
    const code = made.body.code as string;
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);
    expect((await official.client.get(`/api/events/${started}/check-in-code`)).body).toEqual({ code });
    expect((await second.client.get(`/api/events/${started}/check-in-code`)).status).toBe(403);
    const wrong = await stranger.client.post(`/api/events/${started}/check-in`, { code });
    expect(wrong.status).toBe(409);
    expect(wrong.body.error.code).toBe('event_not_registered');
    const bad = await second.client.post(`/api/events/${started}/check-in`, { code: code === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('event_check_in_code_wrong');
    expect(Object.keys(bad.body.error.fields)).toEqual(['code']);
    const typed = `${code.slice(0, 3).toLowerCase()}-${code.slice(3)}`;
    const ok = await second.client.post(`/api/events/${started}/check-in`, { code: typed });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.attendedCount).toBe(2);
    expect((await second.client.post(`/api/events/${started}/check-in`, { code })).body.attendedCount).toBe(2);
    const early = await present.client.post(`/api/events/${future}/check-in`, { code });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('event_check_in_not_open');
  });

  it('limits the attempts of one person', async () => {
    let last = 0;
    for (let i = 0; i < 11; i++) last = (await waiting.client.post(`/api/events/${started}/check-in`, { code: 'ZZZZZZ' })).status;
    expect(last).toBe(429);
  });
});

describe('minutes', () => {
  it('its organisers publish minutes after the start: public, photos through the shared upload, audited, those registered told', async () => {
    const photo = await uploadTestPhoto(t.app, official.client);
    const foreign = await uploadTestPhoto(t.app, present.client);
    const draft = { text: 'Обсудили ремонт двора: начнём весной.', decisions: ['Ремонт двора в апреле', 'Собрание в мае'], photoFileIds: [photo] };
    const denied = await present.client.put(`/api/events/${started}/minutes`, draft);
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('not_event_organiser');
    const early = await official.client.put(`/api/events/${future}/minutes`, draft);
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('event_not_started');
    const notOwn = await official.client.put(`/api/events/${started}/minutes`, { ...draft, photoFileIds: [foreign] });
    expect(notOwn.status).toBe(400);
    expect(notOwn.body.error.code).toBe('event_image_unknown');
    const bad = await official.client.put(`/api/events/${started}/minutes`, { text: 'x', decisions: ['x'], photoFileIds: ['nope'] });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['decisions.0', 'photoFileIds.0', 'text']);

    const saved = await official.client.put(`/api/events/${started}/minutes`, draft);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const pub = await visitor.get(`/api/events/${started}/minutes`);
    expect(pub.body.minutes).toMatchObject({ text: draft.text, decisions: draft.decisions, photos: [{ id: photo }], source: null });
    const thumb = await t.app.inject({ method: 'GET', url: pub.body.minutes.photos[0].thumbUrl });
    expect(thumb.statusCode).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/webp');
    expect((await t.app.inject({ method: 'GET', url: `/api/events/${started}/images/${foreign}` })).statusCode).toBe(404);
    expect((await visitor.get(`/api/events/${started}`)).body.minutesPublishedAt).not.toBeNull();

    const edited = await official.client.put(`/api/events/${started}/minutes`, { ...draft, decisions: ['Ремонт двора в апреле'] });
    expect(edited.body.minutes.decisions).toEqual(['Ремонт двора в апреле']);
    const actions = await rows<{ action: string }>(sql`select action from audit_log where subject_id = ${started}`);
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['event.minutes_published', 'event.minutes_updated']));
    await runJobs();
    expect(await kinds(second.client)).toContain('event.minutes_published');
    expect(await kinds(waiting.client)).not.toContain('event.minutes_published');
  });
});

describe('image', () => {
  it('an organiser gives the event an image of their own upload: the list shows its preview; another’s upload is refused', async () => {
    const own = await uploadTestPhoto(t.app, official.client);
    const res = await announce(official, { imageFileId: own });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.image).toEqual({ url: `/api/events/${res.body.id}/images/${own}`, thumbUrl: `/api/events/${res.body.id}/images/${own}/thumb` });
    const listed = ((await visitor.get('/api/events')).body.items as { id: string; image: unknown }[]).find((e) => e.id === res.body.id);
    expect(listed?.image).toEqual(res.body.image);
    const full = await t.app.inject({ method: 'GET', url: res.body.image.url });
    expect(full.statusCode).toBe(200);
    const foreign = await announce(official, { imageFileId: await uploadTestPhoto(t.app, present.client) });
    expect(foreign.status).toBe(400);
    expect(Object.keys(foreign.body.error.fields)).toEqual(['imageFileId']);
  });
});

describe('a meeting opened on a source', () => {
  it('an administrator opens a meeting on a closed poll: linked both ways, its respondents told and registering first', async () => {
    const res = await announce(admin, {
      source: { type: 'poll', id: closedPoll },
      priorityDays: 5,
      registrationOpensAt: at(24 * 3),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const id = res.body.id as string;
    expect(res.body.source).toEqual({ type: 'poll', id: closedPoll, title: 'Пешеходная улица на Рубинштейна', path: `/polls/${closedPoll}` });
    expect(res.body.priorityDays).toBe(5);
    const meetings = await visitor.get(`/api/events/meetings?source=poll:${closedPoll}`);
    expect((meetings.body.items as { id: string }[]).map((e) => e.id)).toEqual([id]);
    expect((await visitor.get('/api/events/meetings?source=report:1')).status).toBe(400);
    await runJobs();
    expect(await kinds(respondent.client)).toContain('event.meeting_on_source.priority');
    expect(await kinds(stranger.client)).not.toContain('event.meeting_on_source.priority');
    // respondents may register before everyone
    expect((await respondent.client.get(`/api/events/${id}`)).body.registration).toMatchObject({ allowed: true });
    expect((await respondent.client.post(`/api/events/${id}/registration`)).status).toBe(201);
    const early = await stranger.client.post(`/api/events/${id}/registration`);
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('event_registration_not_open');
    expect(early.body.error.message).toMatch(/ещё не открылась/);
  });

  it('refuses a source the official is not responsible for, one not ready, a hidden or unknown one, and a resident’s meeting on one', async () => {
    const refused = async (by: TestPerson, over: Record<string, unknown>) => {
      const res = await announce(by, over);
      return { status: res.status, code: res.body.error?.code as string, fields: Object.keys(res.body.error?.fields ?? {}) };
    };
    expect(await refused(official, { source: { type: 'poll', id: closedPoll } })).toMatchObject({ status: 403, code: 'event_source_not_responsible' });
    expect(await refused(admin, { source: { type: 'poll', id: openPoll } })).toMatchObject({ status: 409, code: 'event_source_not_ready' });
    const draft = await poll({ publish: false });
    expect(await refused(admin, { source: { type: 'poll', id: draft } })).toMatchObject({ status: 400, code: 'event_source_not_found', fields: ['source'] });
    expect(await refused(admin, { source: { type: 'poll', id: crypto.randomUUID() } })).toMatchObject({ status: 400, fields: ['source'] });
    expect(await refused(admin, { source: { type: 'initiative', id: '999999' } })).toMatchObject({ status: 400, fields: ['source'] });
    expect(await refused(admin, { source: { type: 'crowd_project', id: 'abc' } })).toMatchObject({ status: 400, fields: ['source'] });
    expect(await refused(admin, { source: { type: 'report', id: '1' } })).toMatchObject({ status: 400, fields: ['source.type'] });
    const resident = await person(t, { verified: { districtId: 'admiralteysky' } });
    expect(await refused(resident, { departmentId: null, source: { type: 'poll', id: closedPoll } })).toMatchObject({
      status: 400,
      code: 'event_source_needs_department',
    });
  });
});
