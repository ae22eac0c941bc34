import crypto from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantRole } from '../../../../test/fixtures.js';
import { backend, testApp, type TestApp } from '../../../../test/db.js';
import { uploadTestPhoto } from '../../../../test/uploads.js';
import { signedInResident, TestClient } from '../../../../test/http-client.js';
import { verifyResident } from '../../../../test/verified.js';
import { gate, untilWaitingForLock } from '../../../../test/locks.js';
import { auditLog } from '../../../core/audit/schema.js';
import { jobs } from '../../../core/jobs/schema.js';
import { pollAnswers, pollResponses, polls } from '../db/schema.js';
import { closeDuePolls } from '../use-cases/close-poll.js';
import { findPoll } from '../db/queries.js';
import { workingDayAhead } from '../../../../test/calendar.js';

let t: TestApp;
let n = 0;
const email = (name: string) => `${name}-${++n}@polls.test`;
const HOUR = 3_600_000;

async function resident(opts: { verified?: boolean; districtId?: string | null; birthDate?: string; lang?: 'en' | 'ru' } = {}) {
  const r = await signedInResident(t.app, t.database, email('resident'), opts.lang ?? 'en');
  if (opts.verified !== false)
    await verifyResident(t.database, r.userId, {
      districtId: opts.districtId === undefined ? 'nevsky' : opts.districtId,
      birthDate: opts.birthDate ?? '1990-05-17',
    });
  return r;
}
let admin: Awaited<ReturnType<typeof signedInResident>>;

/** A working day a week or so ahead: what a binding poll's decision is due by. */
let dueOn: string;

/** A poll body: a binding yes/no (decision > 70 %, carried out by the Nevsky administration) plus a multiple choice, a rating, a ranking and a text. */
function body(over: Record<string, unknown> = {}) {
  return {
    title: 'Pedestrian street on Rubinstein',
    description: 'Should the street be closed to cars?',
    binding: true,
    departmentId: 'admin-nevsky',
    dueOn,
    opensAt: new Date(Date.now() - HOUR).toISOString(),
    closesAt: new Date(Date.now() + 24 * HOUR).toISOString(),
    questions: [
      { kind: 'single', text: 'Close it to cars?', options: ['Yes', 'No'] },
      { kind: 'multiple', text: 'What should be there?', required: false, minChoices: 1, maxChoices: 2, options: ['Benches', 'Trees', 'Cafés'] },
      { kind: 'rating', text: 'How do you like the street now?', required: false, scale: 5 },
      { kind: 'ranking', text: 'Order these', required: false, options: ['A', 'B', 'C'] },
      { kind: 'text', text: 'Anything else?', required: false },
    ],
    decision: { questionIndex: 0, optionIndex: 0, numerator: 7, denominator: 10, strict: true },
    ...over,
  };
}

async function publishedPoll(over: Record<string, unknown> = {}) {
  const created = await admin.client.post('/api/admin/polls', body(over));
  expect(created.status).toBe(201);
  expect((await admin.client.post(`/api/admin/polls/${created.body.id}/publish`)).status).toBe(200);
  const view = await admin.client.get(`/api/polls/${created.body.id}`);
  return view.body as { id: string; questions: { id: string; options: { id: string }[] }[] };
}

/**
 * Watches every pg connection for a query sent while it still runs another (pg 8 queues it with a deprecation
 * warning; pg 9 refuses it): the statements that overlapped, and the warnings the process emitted meanwhile.
 */
function watchOverlappingQueries() {
  const overlapped: string[] = [];
  const warnings: string[] = [];
  const running = new WeakMap<object, number>();
  const original = pg.Client.prototype.query;
  const textOf = (q: unknown) => (typeof q === 'string' ? q : ((q as { text?: string } | null)?.text ?? '')).slice(0, 80);
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const n = running.get(this) ?? 0;
    if (n > 0) overlapped.push(textOf(args[0]));
    running.set(this, n + 1);
    const done = () => running.set(this, (running.get(this) ?? 1) - 1);
    const last = args.at(-1);
    if (typeof last === 'function')
      args[args.length - 1] = (...r: unknown[]) => {
        done();
        return (last as (...x: unknown[]) => unknown)(...r);
      };
    const result = (original as (...x: unknown[]) => unknown).apply(this, args);
    if (typeof last !== 'function') {
      if (result && typeof (result as Promise<unknown>).then === 'function') (result as Promise<unknown>).then(done, done);
      else done();
    }
    return result;
  } as typeof original;
  const onWarning = (w: Error) => warnings.push(w.message);
  process.on('warning', onWarning);
  return {
    overlapped,
    warnings,
    stop() {
      pg.Client.prototype.query = original;
      process.off('warning', onWarning);
    },
  };
}

beforeAll(async () => {
  t = await testApp();
  admin = await signedInResident(t.app, t.database, email('admin'));
  await grantRole(t, admin.userId, 'administrator');
  dueOn = await workingDayAhead(t, 5);
});
afterAll(async () => {
  await t.close();
});

describe('drafting polls', () => {
  it('lets only administrators create, and validates the decision rule', async () => {
    const r = await resident();
    expect((await r.client.post('/api/admin/polls', body())).status).toBe(403);
    expect((await new TestClient(t.app).post('/api/admin/polls', body())).status).toBe(401);
    const bad = await admin.client.post('/api/admin/polls', body({ decision: { questionIndex: 1, optionIndex: 0, numerator: 1, denominator: 2 } }));
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('poll_decision_question');
    const badOption = await admin.client.post('/api/admin/polls', body({ decision: { questionIndex: 0, optionIndex: 2, numerator: 1, denominator: 2 } }));
    expect(badOption.body.error.code).toBe('poll_decision_option');
    const dates = await admin.client.post('/api/admin/polls', body({ closesAt: new Date(Date.now() - 2 * HOUR).toISOString() }));
    expect(dates.body.error.code).toBe('poll_dates_order');
    const district = await admin.client.post('/api/admin/polls', body({ districtIds: ['atlantis'] }));
    expect(district.body.error.code).toBe('poll_unknown_district');
  });

  it('edits a draft, hides it from the public, publishes (audited) and then refuses edits', async () => {
    const created = await admin.client.post('/api/admin/polls', body());
    const id = created.body.id as string;
    expect((await new TestClient(t.app).get(`/api/polls/${id}`)).status).toBe(404);
    expect((await admin.client.put(`/api/admin/polls/${id}`, body({ title: 'Renamed poll' }))).status).toBe(200);
    expect((await admin.client.get(`/api/polls/${id}`)).body.title).toBe('Renamed poll');
    expect((await admin.client.post(`/api/admin/polls/${id}/publish`)).status).toBe(200);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.subjectId, id));
    expect(audit.map((a) => a.action)).toEqual(['poll.published']);
    const edit = await admin.client.put(`/api/admin/polls/${id}`, body());
    expect(edit.status).toBe(409);
    expect(edit.body.error.code).toBe('poll_opened');
    expect((await admin.client.post(`/api/admin/polls/${id}/publish`)).status).toBe(409);
    const list = await new TestClient(t.app).get('/api/polls');
    expect(list.body.polls.some((p: { id: string; state: string }) => p.id === id && p.state === 'open')).toBe(true);
  });

  it('edits a published poll until it opens (audited), never after; it must still open in the future', async () => {
    const later = { opensAt: new Date(Date.now() + 2 * HOUR).toISOString(), closesAt: new Date(Date.now() + 24 * HOUR).toISOString() };
    const created = await admin.client.post('/api/admin/polls', body(later));
    const id = created.body.id as string;
    expect((await admin.client.post(`/api/admin/polls/${id}/publish`)).status).toBe(200);
    expect((await admin.client.put(`/api/admin/polls/${id}`, body({ ...later, title: 'Pedestrian street: corrected' }))).status).toBe(200);
    expect((await new TestClient(t.app).get(`/api/polls/${id}`)).body.title).toBe('Pedestrian street: corrected');
    const past = await admin.client.put(`/api/admin/polls/${id}`, body({ closesAt: later.closesAt }));
    expect(past.status).toBe(400);
    expect(past.body.error.code).toBe('poll_published_opens_in_past');
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.subjectId, id));
    expect(audit.map((a) => a.action)).toEqual(['poll.published', 'poll.updated']);
    // once open, fixed
    await t.database.db
      .update(polls)
      .set({ opensAt: new Date(Date.now() - 1000) })
      .where(eq(polls.id, id));
    expect((await admin.client.put(`/api/admin/polls/${id}`, body(later))).body.error.code).toBe('poll_opened');
  });

  it('attaches the administrator’s own images and serves them only through the poll; refuses a foreign file', async () => {
    const r = await resident();
    const foreign = await uploadTestPhoto(t.app, r.client);
    const refused = await admin.client.post(
      '/api/admin/polls',
      body({ questions: [{ kind: 'single', text: 'Close it to cars?', options: ['Yes', 'No'], imageFileId: foreign }] }),
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('poll_image_unknown');
    expect(Object.keys(refused.body.error.fields)).toEqual(['questions.0.imageFileId']);
    const pollRefused = await admin.client.post('/api/admin/polls', body({ imageFileId: foreign }));
    expect(pollRefused.body.error.code).toBe('poll_image_unknown');
    const unknown = await admin.client.post('/api/admin/polls', body({ imageFileId: crypto.randomUUID() }));
    expect(unknown.status).toBe(400);

    const cover = await uploadTestPhoto(t.app, admin.client);
    const photo = await uploadTestPhoto(t.app, admin.client);
    const questions = [{ kind: 'single', text: 'Close it to cars?', options: ['Yes', 'No'], imageFileId: photo, lat: 59.9311, lon: 30.3609 }];
    const created = await admin.client.post('/api/admin/polls', body({ imageFileId: cover, questions }));
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const draft = await admin.client.get(`/api/polls/${id}`);
    expect(draft.body.imageUrl).toBe(`/api/polls/${id}/images/${cover}`);
    expect(draft.body.questions[0]).toMatchObject({ imageFileId: photo, imageUrl: `/api/polls/${id}/images/${photo}`, lat: 59.9311, lon: 30.3609 });
    // a draft's images are the administrators' only
    expect((await new TestClient(t.app).get(`/api/polls/${id}/images/${photo}`)).status).toBe(404);
    // editing keeps the images already on the poll
    expect((await admin.client.put(`/api/admin/polls/${id}`, body({ imageFileId: cover, questions, title: 'Renamed' }))).status).toBe(200);
    expect((await admin.client.post(`/api/admin/polls/${id}/publish`)).status).toBe(200);
    const anyone = new TestClient(t.app);
    const full = await anyone.get(`/api/polls/${id}/images/${photo}`);
    expect(full.status).toBe(200);
    expect(full.headers['content-type']).toMatch(/^image\/webp/);
    expect((await anyone.get(`/api/polls/${id}/images/${cover}/thumb`)).status).toBe(200);
    // a file not on this poll is not served through it
    expect((await anyone.get(`/api/polls/${id}/images/${foreign}`)).status).toBe(404);
  });

  it('refuses a place outside the city or half a place', async () => {
    const outside = await admin.client.post(
      '/api/admin/polls',
      body({ questions: [{ kind: 'single', text: 'Close it to cars?', options: ['Yes', 'No'], lat: 55.7558, lon: 37.6173 }] }),
    );
    expect(outside.status).toBe(400);
    expect(outside.body.error.code).toBe('poll_place_outside_city');
    expect(Object.keys(outside.body.error.fields)).toEqual(['questions.0.lat']);
    const half = await admin.client.post(
      '/api/admin/polls',
      body({ questions: [{ kind: 'single', text: 'Close it to cars?', options: ['Yes', 'No'], lat: 59.9311 }] }),
    );
    expect(half.body.error.code).toBe('poll_place_incomplete');
  });

  it('builds a district priority poll: one ranking targeted at the district', async () => {
    const res = await admin.client.post('/api/admin/polls/priorities', {
      districtId: 'nevsky',
      title: 'Nevsky district priorities',
      question: 'Put the directions in order of importance',
      directions: ['Parks', 'Roads', 'Schools'],
      opensAt: new Date(Date.now() - HOUR).toISOString(),
      closesAt: new Date(Date.now() + HOUR).toISOString(),
      dueOn,
    });
    expect(res.status).toBe(201);
    const view = await admin.client.get(`/api/polls/${res.body.id}`);
    expect(view.body).toMatchObject({
      kind: 'priorities',
      districtIds: ['nevsky'],
      questions: [{ kind: 'ranking', options: [{ text: 'Parks' }, { text: 'Roads' }, { text: 'Schools' }] }],
    });
  });
});

describe('answering', () => {
  let poll: Awaited<ReturnType<typeof publishedPoll>>;
  beforeAll(async () => {
    poll = await publishedPoll();
  });
  const yes = () => ({ questionId: poll.questions[0]!.id, optionIds: [poll.questions[0]!.options[0]!.id] });

  it('tells an unverified resident why not, in their language, and refuses the response', async () => {
    const r = await resident({ verified: false, lang: 'ru' });
    const view = await r.client.get(`/api/polls/${poll.id}`);
    expect(view.body.eligibility).toMatchObject({ eligible: false, reason: 'poll_not_verified', message: expect.stringMatching(/подтверждённые жители/) });
    const res = await r.client.post(`/api/polls/${poll.id}/responses`, { answers: [yes()] });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('poll_not_verified');
    expect((await new TestClient(t.app).post(`/api/polls/${poll.id}/responses`, { answers: [yes()] })).status).toBe(401);
  });

  it('refuses answers the questions do not allow, each with its reason', async () => {
    const r = await resident();
    const q = poll.questions;
    const cases: [unknown[], string][] = [
      [[], 'poll_answer_required'],
      [[{ questionId: q[0]!.id, optionIds: [q[1]!.options[0]!.id] }], 'poll_answer_foreign_option'],
      [[{ questionId: q[0]!.id, optionIds: q[0]!.options.map((o) => o.id) }], 'poll_answer_single'],
      [[yes(), { questionId: q[1]!.id, optionIds: q[1]!.options.map((o) => o.id) }], 'poll_answer_too_many'],
      [[yes(), { questionId: q[2]!.id, value: 6 }], 'poll_answer_rating'],
      [[yes(), { questionId: q[3]!.id, ranking: [q[3]!.options[0]!.id] }], 'poll_answer_ranking'],
      [[yes(), { questionId: q[4]!.id, text: 'x'.repeat(2001) }], 'poll_answer_text_long'],
      [[yes(), { questionId: '00000000-0000-4000-8000-000000000000', optionIds: [] }], 'poll_answer_unknown_question'],
    ];
    for (const [answers, code] of cases) {
      const res = await r.client.post(`/api/polls/${poll.id}/responses`, { answers });
      expect(res.status, code).toBe(400);
      expect(res.body.error.code).toBe(code);
      expect(res.body.error.message).toBeTruthy();
    }
    expect((await r.client.post(`/api/polls/${poll.id}/responses`, { answers: 'yes' })).status).toBe(400);
    expect(await t.database.db.select().from(pollResponses).where(eq(pollResponses.respondentId, r.userId))).toHaveLength(0);
  });

  it('takes one response with its answers and a receipt, emits poll.responded, and refuses a second', async () => {
    const r = await resident();
    const q = poll.questions;
    const res = await r.client.post(`/api/polls/${poll.id}/responses`, {
      answers: [
        yes(),
        { questionId: q[1]!.id, optionIds: [q[1]!.options[1]!.id] },
        { questionId: q[2]!.id, value: 4 },
        { questionId: q[3]!.id, ranking: q[3]!.options.map((o) => o.id).reverse() },
        { questionId: q[4]!.id, text: 'More trees' },
      ],
    });
    expect(res.status).toBe(201);
    expect(res.body.receipt).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    const [row] = await t.database.db.select().from(pollResponses).where(eq(pollResponses.respondentId, r.userId));
    expect(row).toMatchObject({ districtId: 'nevsky', ageBand: expect.any(String), verified: true });
    expect(row!.receiptHash).not.toContain(res.body.receipt);
    expect(await t.database.db.select().from(pollAnswers).where(eq(pollAnswers.responseId, row!.id))).toHaveLength(7);
    const events = await t.database.db
      .select()
      .from(jobs)
      .where(sql`${jobs.payload}->>'type' = 'poll.responded' and ${jobs.payload}->'data'->>'respondentId' = ${r.userId}`);
    expect(events).toHaveLength(1);
    expect(events[0]!.payload).toMatchObject({ data: { pollId: poll.id, respondentId: r.userId } });
    const again = await r.client.post(`/api/polls/${poll.id}/responses`, { answers: [yes()] });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('poll_already_answered');
    expect((await r.client.get(`/api/polls/${poll.id}`)).body.eligibility.reason).toBe('poll_already_answered');
  });

  it('answers two racing first responses with one 201 and one clean 409', async () => {
    const r = await resident();
    const results = await Promise.all([1, 2, 3].map(() => r.client.post(`/api/polls/${poll.id}/responses`, { answers: [yes()] })));
    expect(results.map((x) => x.status).sort()).toEqual([201, 409, 409]);
    expect(results.filter((x) => x.status === 409).every((x) => x.body.error.code === 'poll_already_answered')).toBe(true);
    expect(await t.database.db.select().from(pollResponses).where(eq(pollResponses.respondentId, r.userId))).toHaveLength(1);
  });

  it('hides results until close, and refuses receipts before then', async () => {
    const r = await resident();
    const res = await r.client.get(`/api/polls/${poll.id}/results`);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('poll_results_hidden');
    expect((await admin.client.get(`/api/polls/${poll.id}/results`)).status).toBe(200);
    expect((await r.client.get(`/api/polls/${poll.id}/responses.json`)).status).toBe(409);
  });
});

describe('refusals state their kind', () => {
  it('answers each refusal of a response with its kind: 401 sign in, 403 not you, 409 not now, 404 a draft', async () => {
    const open = await publishedPoll({ decision: null });
    const answer = (p: { questions: { id: string; options: { id: string }[] }[] }) => ({
      answers: [{ questionId: p.questions[0]!.id, optionIds: [p.questions[0]!.options[0]!.id] }],
    });
    const anonymous = await new TestClient(t.app).post(`/api/polls/${open.id}/responses`, answer(open));
    expect([anonymous.status, anonymous.body.error.code]).toEqual([401, 'unauthenticated']);
    const unverified = await (await resident({ verified: false })).client.post(`/api/polls/${open.id}/responses`, answer(open));
    expect([unverified.status, unverified.body.error.code]).toEqual([403, 'poll_not_verified']);
    const r = await resident();
    expect((await r.client.post(`/api/polls/${open.id}/responses`, answer(open))).status).toBe(201);
    const again = await r.client.post(`/api/polls/${open.id}/responses`, answer(open));
    expect([again.status, again.body.error.code]).toEqual([409, 'poll_already_answered']);

    const created = await admin.client.post('/api/admin/polls', body({ decision: null }));
    const draft = (await admin.client.get(`/api/polls/${created.body.id}`)).body as Awaited<ReturnType<typeof publishedPoll>>;
    for (const client of [admin.client, r.client]) {
      const res = await client.post(`/api/polls/${draft.id}/responses`, answer(draft));
      expect([res.status, res.body.error.code]).toEqual([404, 'poll_not_found']);
    }
    // closed, it still asks an anonymous caller to sign in first: the route needs a session
    expect((await admin.client.post(`/api/admin/polls/${open.id}/close`)).status).toBe(200);
    expect((await new TestClient(t.app).post(`/api/polls/${open.id}/responses`, answer(open))).status).toBe(401);
  });

  it('refuses publishing and closing at the wrong moment with 409, and a resident with 403', async () => {
    const created = await admin.client.post('/api/admin/polls', body({ decision: null }));
    const id = created.body.id as string;
    const closeDraft = await admin.client.post(`/api/admin/polls/${id}/close`);
    expect([closeDraft.status, closeDraft.body.error.code]).toEqual([409, 'poll_not_published']);
    expect((await (await resident()).client.post(`/api/admin/polls/${id}/publish`)).status).toBe(403);
    await t.database.db
      .update(polls)
      .set({ opensAt: new Date(Date.now() - 3 * HOUR), closesAt: new Date(Date.now() - HOUR) })
      .where(eq(polls.id, id));
    const late = await admin.client.post(`/api/admin/polls/${id}/publish`);
    expect([late.status, late.body.error.code]).toEqual([409, 'poll_closes_in_past']);
    const missing = await admin.client.post(`/api/admin/polls/${crypto.randomUUID()}/close`);
    expect([missing.status, missing.body.error.code]).toEqual([404, 'poll_not_found']);
  });

  it('stores titles, descriptions, questions and options cleaned by the one text rule (no bidi overrides, zero-width or control characters)', async () => {
    const created = await admin.client.post(
      '/api/admin/polls',
      body({
        title: '  Pedestrian\u202e street\u200b  ',
        description: 'Line one\r\n\n\n\nLine two\u0007',
        questions: [{ kind: 'single', text: 'Close\u202d it?', options: ['Yes\u2066', ' No '] }],
        decision: null,
      }),
    );
    expect(created.status).toBe(201);
    const view = await admin.client.get(`/api/polls/${created.body.id}`);
    expect(view.body).toMatchObject({
      title: 'Pedestrian street',
      description: 'Line one\n\nLine two',
      questions: [{ text: 'Close it?', options: [{ text: 'Yes' }, { text: 'No' }] }],
    });
  });
});

describe('targets and times', () => {
  it('refuses the wrong district, age band, before opening and after closing', async () => {
    const district = await publishedPoll({ binding: false, districtIds: ['admiralteysky'], decision: null });
    const r = await resident({ districtId: 'nevsky' });
    const yes = { questionId: district.questions[0]!.id, optionIds: [district.questions[0]!.options[0]!.id] };
    expect((await r.client.post(`/api/polls/${district.id}/responses`, { answers: [yes] })).body.error.code).toBe('poll_not_in_district');
    // an advisory district poll takes the account's district from an unverified resident: none here
    const unverified = await resident({ verified: false });
    expect((await unverified.client.post(`/api/polls/${district.id}/responses`, { answers: [yes] })).body.error.code).toBe('poll_district_unknown');
    const aged = await publishedPoll({ ageBands: ['65+'], decision: null });
    const res = await r.client.post(`/api/polls/${aged.id}/responses`, {
      answers: [{ questionId: aged.questions[0]!.id, optionIds: [aged.questions[0]!.options[0]!.id] }],
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('poll_not_in_age_band');
    const later = await publishedPoll({ opensAt: new Date(Date.now() + HOUR).toISOString(), decision: null });
    const early = await r.client.post(`/api/polls/${later.id}/responses`, {
      answers: [{ questionId: later.questions[0]!.id, optionIds: [later.questions[0]!.options[0]!.id] }],
    });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('poll_not_open');
  });
});

describe('closing', () => {
  it('closes early (audited), freezes the results with the decision, publishes responses and finds a receipt', async () => {
    const poll = await publishedPoll({
      districtIds: ['nevsky', 'admiralteysky'],
      decision: { questionIndex: 0, optionIndex: 0, numerator: 7, denominator: 10, strict: true, minTurnoutCount: 2 },
    });
    const q = poll.questions;
    const receipts: string[] = [];
    for (const [i, d] of ['nevsky', 'nevsky', 'admiralteysky'].entries()) {
      const r = await resident({ districtId: d });
      const res = await r.client.post(`/api/polls/${poll.id}/responses`, {
        answers: [
          { questionId: q[0]!.id, optionIds: [q[0]!.options[i < 2 ? 0 : 1]!.id] },
          { questionId: q[2]!.id, value: i + 3 },
          { questionId: q[4]!.id, text: `secret ${i}` },
        ],
      });
      expect(res.status).toBe(201);
      receipts.push(res.body.receipt);
    }
    const stranger = await resident();
    expect((await stranger.client.post(`/api/admin/polls/${poll.id}/close`)).status).toBe(403);
    const adminList = await admin.client.get('/api/admin/polls');
    expect(adminList.body.polls.find((p: { id: string }) => p.id === poll.id).responses).toBe(3);
    expect((await admin.client.post(`/api/admin/polls/${poll.id}/close`)).status).toBe(200);
    expect((await admin.client.post(`/api/admin/polls/${poll.id}/close`)).body.error.code).toBe('poll_already_closed');
    expect((await t.database.db.select().from(auditLog).where(eq(auditLog.subjectId, poll.id))).map((a) => a.action)).toEqual([
      'poll.published',
      'poll.closed_early',
    ]);

    const late = await resident();
    const refused = await late.client.post(`/api/polls/${poll.id}/responses`, { answers: [{ questionId: q[0]!.id, optionIds: [q[0]!.options[0]!.id] }] });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('poll_closed');

    const res = await new TestClient(t.app, 'ru').get(`/api/polls/${poll.id}/results`);
    expect(res.status).toBe(200);
    expect(res.body.final).toBe(true);
    const r = res.body.results;
    expect(r.responses).toBe(3);
    // one and two respondents: groups under ten are never published exactly
    expect(r.districts).toEqual([
      { districtId: 'admiralteysky', responses: '< 10' },
      { districtId: 'nevsky', responses: '< 10' },
    ]);
    expect(r.questions[0].options.map((o: { count: number }) => o.count)).toEqual([2, 1]);
    expect(r.questions[2]).toMatchObject({ distribution: [0, 0, 1, 1, 1], mean: { fraction: '4', decimal: '4.00' } });
    expect(r.questions[4]).toMatchObject({ kind: 'text', answered: 3 });
    expect(r.decision).toMatchObject({ passed: false, reason: 'majority_not_reached', inFavourPercent: '66.6', required: '> 70 %' });
    expect(r.decision.sentence).toMatch(/большинство не набрано/);
    expect(r.eligible).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(res.body)).not.toContain('secret');

    const published = await new TestClient(t.app).get(`/api/polls/${poll.id}/responses.json`);
    expect(published.status).toBe(200);
    expect(published.body.responses).toHaveLength(3);
    const text = JSON.stringify(published.body);
    expect(text).not.toContain('secret');
    expect(text).not.toContain(stranger.userId);

    const found = await new TestClient(t.app).get(`/api/polls/receipts/${receipts[0]!.toLowerCase().replace(/-/g, ' ')}`);
    expect(found.status).toBe(200);
    expect(found.body.poll.id).toBe(poll.id);
    // Nevsky's two respondents are a group under ten: the lookup says no more than the published file
    expect(found.body.response.districtId).toBeNull();
    expect(found.body.response).toEqual(published.body.responses.find((x: { receiptHash: string }) => x.receiptHash === found.body.response.receiptHash));
    expect(found.body.response.answers[0]).toEqual({ questionId: q[0]!.id, optionId: q[0]!.options[0]!.id, value: null });
    expect((await new TestClient(t.app).get('/api/polls/receipts/AAAA-BBBB-CCCC-DDDD')).body.error.code).toBe('poll_receipt_not_found');

    const csv = await t.app.inject({ method: 'GET', url: `/api/admin/polls/${poll.id}/texts.csv`, headers: { cookie: admin.client.cookie! } });
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('"secret 1"');
    expect(csv.body.split('\r\n')[0]).toBe('question,question_text,answer');
    expect((await stranger.client.get(`/api/admin/polls/${poll.id}/texts.csv`)).status).toBe(403);
  });

  it('finds a receipt as the published file shows it: a district and age band of ten respondents kept, a district of one and an age band of one left out', async () => {
    const poll = await publishedPoll({ binding: false, decision: null });
    const q = poll.questions[0]!;
    const receipts = new Map<string, string>();
    const people = [
      ...Array.from({ length: 10 }, (_, i) => ({ label: `nevsky-1990-${i}`, districtId: 'nevsky', birthDate: '1990-05-17' })),
      { label: 'nevsky-1950', districtId: 'nevsky', birthDate: '1950-05-17' },
      { label: 'admiralteysky', districtId: 'admiralteysky', birthDate: '1990-05-17' },
    ];
    for (const p of people) {
      const r = await resident(p);
      const res = await r.client.post(`/api/polls/${poll.id}/responses`, { answers: [{ questionId: q.id, optionIds: [q.options[0]!.id] }] });
      expect(res.status).toBe(201);
      receipts.set(p.label, res.body.receipt);
    }
    expect((await admin.client.post(`/api/admin/polls/${poll.id}/close`)).status).toBe(200);
    const anyone = new TestClient(t.app);
    const published = (await anyone.get(`/api/polls/${poll.id}/responses.json`)).body.responses as { receiptHash: string }[];
    const lookup = async (label: string) => {
      const res = await anyone.get(`/api/polls/receipts/${receipts.get(label)}`);
      expect(res.status).toBe(200);
      expect(res.body.response).toEqual(published.find((x) => x.receiptHash === res.body.response.receiptHash));
      return res.body.response as { districtId: string | null; ageBand: string | null };
    };
    expect(await lookup('nevsky-1990-0')).toMatchObject({ districtId: 'nevsky', ageBand: expect.any(String) });
    // eleven in Nevsky, but the only one of their age band there: the district stays, the band goes
    expect(await lookup('nevsky-1950')).toMatchObject({ districtId: 'nevsky', ageBand: null });
    // the only respondent from Admiralteysky: neither district nor (now city-wide, alone) age band
    expect(await lookup('admiralteysky')).toMatchObject({ districtId: null, ageBand: null });
  });

  it('closes due polls in the recurring job, with turnout below the minimum stated', async () => {
    const poll = await publishedPoll({
      resultsVisibility: 'live',
      decision: { questionIndex: 0, optionIndex: 0, numerator: 1, denominator: 2, strict: true, minTurnoutCount: 5 },
    });
    const r = await resident();
    await r.client.post(`/api/polls/${poll.id}/responses`, {
      answers: [{ questionId: poll.questions[0]!.id, optionIds: [poll.questions[0]!.options[0]!.id] }],
    });
    const live = await r.client.get(`/api/polls/${poll.id}/results`);
    expect(live.body).toMatchObject({ final: false, results: { responses: 1 } });
    await t.database.db
      .update(polls)
      .set({ opensAt: new Date(Date.now() - 3 * HOUR), closesAt: new Date(Date.now() - HOUR) })
      .where(eq(polls.id, poll.id));
    expect(await closeDuePolls(t.ctx)).toBeGreaterThanOrEqual(1);
    const res = await r.client.get(`/api/polls/${poll.id}/results`);
    expect(res.body.final).toBe(true);
    expect(res.body.results.decision).toMatchObject({ passed: false, reason: 'turnout_below_count' });
    expect(res.body.results.decision.sentence).toContain('at least 5');
  });
});

describe('on the server backend', () => {
  it.runIf(backend() === 'postgres')(
    'edits, publishes, answers and closes a poll with one query at a time on each connection (pg 9 refuses overlaps)',
    async () => {
      const later = { opensAt: new Date(Date.now() + HOUR).toISOString(), closesAt: new Date(Date.now() + 24 * HOUR).toISOString(), decision: null };
      const watch = watchOverlappingQueries();
      try {
        const created = await admin.client.post('/api/admin/polls', body(later));
        const id = created.body.id as string;
        expect((await admin.client.put(`/api/admin/polls/${id}`, body({ ...later, title: 'Edited as a draft' }))).status).toBe(200);
        expect((await admin.client.post(`/api/admin/polls/${id}/publish`)).status).toBe(200);
        expect((await admin.client.put(`/api/admin/polls/${id}`, body({ ...later, title: 'Edited once published' }))).status).toBe(200);
        await t.database.db
          .update(polls)
          .set({ opensAt: new Date(Date.now() - 1000) })
          .where(eq(polls.id, id));
        const r = await resident();
        const q = ((await r.client.get(`/api/polls/${id}`)).body as { questions: { id: string; options: { id: string }[] }[] }).questions[0]!;
        expect((await r.client.post(`/api/polls/${id}/responses`, { answers: [{ questionId: q.id, optionIds: [q.options[0]!.id] }] })).status).toBe(201);
        expect((await admin.client.post(`/api/admin/polls/${id}/close`)).status).toBe(200);
      } finally {
        watch.stop();
      }
      expect(watch.overlapped).toEqual([]);
      expect(watch.warnings.filter((w) => w.includes('already executing a query'))).toEqual([]);
    },
  );
  it.runIf(backend() === 'postgres')('keeps one response under 8 concurrent requests from one person', async () => {
    const poll = await publishedPoll({ decision: null });
    const r = await resident();
    const answers = [{ questionId: poll.questions[0]!.id, optionIds: [poll.questions[0]!.options[1]!.id] }];
    const results = await Promise.all(Array.from({ length: 8 }, () => r.client.post(`/api/polls/${poll.id}/responses`, { answers })));
    expect(results.filter((x) => x.status === 201)).toHaveLength(1);
    expect(results.filter((x) => x.status === 409)).toHaveLength(7);
    const [count] = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(pollResponses)
      .where(eq(pollResponses.pollId, poll.id));
    expect(Number(count!.n)).toBe(1);
  });
  it.runIf(backend() === 'postgres')(
    'refuses a response that waited for a close holding the poll, once the close commits (the frozen count stays right)',
    async () => {
      const poll = await publishedPoll({ decision: null });
      const p = await resident();
      const held = gate();
      const release = gate();
      const closing = t.database.db.transaction(async (tx) => {
        // as closing does: the poll row locked for update, the results counted, then the poll rewritten closed
        await findPoll(tx, poll.id, true);
        held.open();
        await release.opened;
        await tx
          .update(polls)
          .set({ closedAt: new Date(), results: { responses: 0 }, updatedAt: new Date() })
          .where(eq(polls.id, poll.id));
      });
      await held.opened;
      const response = p.client.post(`/api/polls/${poll.id}/responses`, {
        answers: [{ questionId: poll.questions[0]!.id, optionIds: [poll.questions[0]!.options[0]!.id] }],
      });
      await untilWaitingForLock(t.database.db, 'poll_responses');
      release.open();
      await closing;
      const res = await response;
      expect([res.status, res.body.error?.code]).toEqual([409, 'poll_closed']);
      expect(await t.database.db.select().from(pollResponses).where(eq(pollResponses.pollId, poll.id))).toHaveLength(0);
    },
  );
  it.runIf(backend() === 'postgres')('responses racing the close are either in the frozen results or refused: the counts add up', async () => {
    const poll = await publishedPoll({ decision: null });
    const people = await Promise.all(Array.from({ length: 12 }, () => resident()));
    const answers = [{ questionId: poll.questions[0]!.id, optionIds: [poll.questions[0]!.options[0]!.id] }];
    const [closed, ...responses] = await Promise.all([
      new Promise((r) => setImmediate(r)).then(() => admin.client.post(`/api/admin/polls/${poll.id}/close`)),
      ...people.map((p) => p.client.post(`/api/polls/${poll.id}/responses`, { answers })),
    ]);
    expect(closed!.status).toBe(200);
    for (const r of responses) expect([201, 409]).toContain(r.status);
    const accepted = responses.filter((r) => r.status === 201).length;
    const [count] = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(pollResponses)
      .where(eq(pollResponses.pollId, poll.id));
    expect(Number(count!.n)).toBe(accepted);
    const [frozen] = await t.database.db.select({ results: polls.results }).from(polls).where(eq(polls.id, poll.id));
    expect((frozen!.results as { responses: number }).responses).toBe(accepted);
  });
});
