import crypto from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../../test/db.js';
import { fileableReasons, person } from '../../../../test/fixtures.js';
import { signedInResident, TestClient } from '../../../../test/http-client.js';
import { queryRows } from '../../../core/db/client.js';
import { reportRatings, reports } from '../db/schema.js';
import { seedClassifier } from '../use-cases/classifier/seed-classifier.js';
import { loadWorkCalendar } from '../../../core/time/calendar-store.js';
import { addWorkingDays, isoDay, isWorkingDay, localDay } from '../../../core/time/calendar.js';

// Answer ratings (issue 17, item 2): who may rate, once, after the answer; a reporter's "not fixed" is the dispute;
// the department's statistics show shares only from 10 ratings.

let t: TestApp;
let anna: TestClient; // files the reports
let boris: TestClient; // says "me too"
let vera: TestClient; // neither files nor supports
let moderator: TestClient;
let official: TestClient;
let officialId: string;
let visitor: TestClient;
let reasonId: number;

const centre = { lat: 59.9343, lon: 30.3351 };

/** A public report by Anna, supported by Boris, answered by the department; `publish: false` leaves the answer on moderation. */
async function answeredReport(opts: { publish?: boolean } = {}): Promise<number> {
  const filed = await anna.post('/api/reports', {
    reasonId,
    ...centre,
    address: 'Невский проспект, 35',
    description: 'Яма на тротуаре у входа в Гостиный двор.',
  });
  expect(filed.status, JSON.stringify(filed.body)).toBe(201);
  const n = filed.body.number as number;
  expect((await moderator.post(`/api/reports/${n}/approve`, {})).status).toBe(200);
  expect((await boris.post(`/api/reports/${n}/support`)).status).toBe(200);
  expect((await official.post(`/api/reports/${n}/answer`, { text: 'Яма заделана асфальтом, фото приложено.' })).status).toBe(200);
  if (opts.publish !== false) expect((await moderator.post(`/api/reports/${n}/publish-answer`, {})).body.status).toBe('answered');
  return n;
}

const ratingsOf = (n: number) =>
  queryRows<{ outcome: string; quality: number; role: string; note: string | null }>(
    t.database.db,
    sql`select r.outcome, r.quality, r.role, r.note from report_ratings r join reports on reports.id = r.report_id where reports.number = ${n} order by r.created_at`,
  );
const noticesOf = (userId: string, n: number) =>
  queryRows<{ kind: string }>(
    t.database.db,
    sql`select kind from notifications where user_id = ${userId} and entity_type = 'report' and entity_id = ${String(n)} order by created_at`,
  ).then((rows) => rows.map((r) => r.kind));

beforeAll(async () => {
  t = await testApp();
  await seedClassifier(t.ctx, () => undefined);
  const reason = (await fileableReasons(t.database.db)).find((r) => !r.photoRequired)!;
  reasonId = reason.id;
  anna = (await signedInResident(t.app, t.database, 'anna@example.org')).client;
  boris = (await signedInResident(t.app, t.database, 'boris@example.org')).client;
  vera = (await signedInResident(t.app, t.database, 'vera@example.org')).client;
  moderator = (await person(t, { email: 'mod@example.org', roles: ['moderator'] })).client;
  // the official of whichever department the report is routed to: found from the first report's card
  const probe = await anna.post('/api/reports', { reasonId, ...centre, description: 'Пробное сообщение, чтобы узнать исполнителя.' });
  const departmentId = (await moderator.post(`/api/reports/${probe.body.number}/approve`, {})).body.department.id as string;
  ({ client: official, userId: officialId } = await person(t, { email: 'clerk@example.org', roles: [{ role: 'official', department: departmentId }] }));
  visitor = new TestClient(t.app, 'en');
});
afterAll(async () => t?.close());
beforeEach(async () => {
  await t.database.db.execute(sql`delete from rate_limits`);
});

describe('answer ratings', () => {
  it('the reporter and a supporter rate once each after the answer is published; others are refused; officials read the notes without names', async () => {
    const onModeration = await answeredReport({ publish: false });
    const early = await anna.post(`/api/reports/${onModeration}/ratings`, { outcome: 'fixed', quality: 5 });
    expect([early.status, early.body.error.code]).toEqual([409, 'report_rating_no_answer']);
    expect(early.body.error.message).toContain('no published answer yet');

    const n = await answeredReport();
    expect((await visitor.post(`/api/reports/${n}/ratings`, { outcome: 'fixed', quality: 5 })).status).toBe(401);
    const outsider = await vera.post(`/api/reports/${n}/ratings`, { outcome: 'fixed', quality: 5 });
    expect([outsider.status, outsider.body.error.code]).toEqual([403, 'report_rating_not_participant']);
    expect((await official.post(`/api/reports/${n}/ratings`, { outcome: 'fixed', quality: 5 })).status).toBe(403);
    expect((await anna.post(`/api/reports/${n}/ratings`, { outcome: 'mended', quality: 5 })).status).toBe(400);
    expect((await anna.post(`/api/reports/${n}/ratings`, { outcome: 'fixed', quality: 6 })).status).toBe(400);
    expect((await anna.get(`/api/reports/${n}/ratings`)).body).toEqual({ mine: null, canRate: true, notFixedReopens: true, fixedConfirms: true, all: null });
    expect((await boris.get(`/api/reports/${n}/ratings`)).body).toMatchObject({ canRate: true, notFixedReopens: false, fixedConfirms: false });
    expect((await vera.get(`/api/reports/${n}/ratings`)).body).toMatchObject({ canRate: false });

    const rated = await anna.post(`/api/reports/${n}/ratings`, { outcome: 'partly_fixed', quality: 3, note: 'Яму заделали,\u200b но бордюр разбит.' });
    expect(rated.status, JSON.stringify(rated.body)).toBe(201);
    expect(rated.body).toMatchObject({
      status: 'answered',
      rating: { outcome: 'partly_fixed', quality: 3, role: 'reporter', note: 'Яму заделали, но бордюр разбит.' },
    });
    const second = await anna.post(`/api/reports/${n}/ratings`, { outcome: 'fixed', quality: 5 });
    expect([second.status, second.body.error.code]).toEqual([409, 'report_rating_exists']);
    expect(second.body.error.message).toContain('already rated');
    expect((await boris.post(`/api/reports/${n}/ratings`, { outcome: 'fixed', quality: 4 })).status).toBe(201);
    expect(await ratingsOf(n)).toEqual([
      { outcome: 'partly_fixed', quality: 3, role: 'reporter', note: 'Яму заделали, но бордюр разбит.' },
      { outcome: 'fixed', quality: 4, role: 'supporter', note: null },
    ]);

    expect((await anna.get(`/api/reports/${n}/ratings`)).body).toMatchObject({ mine: { outcome: 'partly_fixed' }, canRate: false, all: null });
    const staff = await official.get(`/api/reports/${n}/ratings`);
    expect(staff.body.all).toEqual([
      expect.objectContaining({ outcome: 'partly_fixed', note: 'Яму заделали, но бордюр разбит.', role: 'reporter' }),
      expect.objectContaining({ outcome: 'fixed', role: 'supporter' }),
    ]);
    // the public card says nothing of a rating, nor whose it is
    expect(JSON.stringify((await visitor.get(`/api/reports/${n}`)).body)).not.toContain('бордюр');
    expect(JSON.stringify(staff.body)).not.toMatch(/userId|anna|Test Resident/);
  });

  it('the reporter’s “not fixed” reopens the report as a dispute; a supporter’s is recorded and told to the department', async () => {
    const n = await answeredReport();
    const short = await anna.post(`/api/reports/${n}/ratings`, { outcome: 'not_fixed', quality: 1, note: 'Нет.' });
    expect([short.status, short.body.error.code]).toEqual([400, 'report_rating_note_required']);
    expect(await ratingsOf(n)).toEqual([]);

    const supporter = await boris.post(`/api/reports/${n}/ratings`, { outcome: 'not_fixed', quality: 2 });
    expect(supporter.body.status).toBe('answered');
    const reporter = await anna.post(`/api/reports/${n}/ratings`, { outcome: 'not_fixed', quality: 1, note: 'Яма на месте, ничего не сделано.' });
    expect(reporter.status, JSON.stringify(reporter.body)).toBe(201);
    expect(reporter.body.status).toBe('reopened');
    const card = await visitor.get(`/api/reports/${n}`);
    expect(card.body).toMatchObject({ status: 'reopened', reopenCount: 1 });
    expect(card.body.history.at(-1)).toMatchObject({ action: 'dispute', actorRole: 'resident', note: 'Яма на месте, ничего не сделано.' });
    await t.ctx.jobs.runDue();
    // the supporter's "not fixed" as its own notice; the reporter's as the dispute's
    expect((await noticesOf(officialId, n)).filter((k) => k !== 'report.department.new')).toEqual([
      'report.department.not_fixed',
      'report.department.reopened',
    ]);

    // after the 15-day window the reporter's "not fixed" is recorded, not a dispute
    const late = await answeredReport();
    await t.database.db
      .update(reports)
      .set({ answerPublishedAt: new Date(Date.now() - 16 * 86_400_000) })
      .where(eq(reports.number, late));
    expect((await anna.get(`/api/reports/${late}/ratings`)).body).toMatchObject({ canRate: true, notFixedReopens: false });
    const recorded = await anna.post(`/api/reports/${late}/ratings`, { outcome: 'not_fixed', quality: 2 });
    expect([recorded.status, recorded.body.status]).toEqual([201, 'answered']);
  });

  it('the reporter’s “fixed” closes the report as their confirmation, so they are not asked twice; a supporter’s changes nothing', async () => {
    const n = await answeredReport();
    const supporter = await boris.post(`/api/reports/${n}/ratings`, { outcome: 'fixed', quality: 5 });
    expect([supporter.status, supporter.body.status]).toEqual([201, 'answered']);
    const reporter = await anna.post(`/api/reports/${n}/ratings`, { outcome: 'fixed', quality: 4, note: 'Спасибо, всё сделали.' });
    expect(reporter.status, JSON.stringify(reporter.body)).toBe(201);
    expect(reporter.body.status).toBe('closed');
    const card = await anna.get(`/api/reports/${n}`);
    expect(card.body.history.at(-1)).toMatchObject({ action: 'confirm', actorRole: 'resident', note: null });
    expect(JSON.stringify(card.body)).not.toContain('Спасибо');
    expect(card.body).toMatchObject({ canConfirm: false, canDispute: false });
    expect(await ratingsOf(n)).toEqual([
      { outcome: 'fixed', quality: 5, role: 'supporter', note: null },
      { outcome: 'fixed', quality: 4, role: 'reporter', note: 'Спасибо, всё сделали.' },
    ]);
  });

  it('two ratings by one person at once leave one row: one is taken, the other refused', async () => {
    const n = await answeredReport();
    const both = await Promise.all([
      boris.post(`/api/reports/${n}/ratings`, { outcome: 'fixed', quality: 5 }),
      boris.post(`/api/reports/${n}/ratings`, { outcome: 'partly_fixed', quality: 2 }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await ratingsOf(n)).toHaveLength(1);
  });

  it('statistics: fewer than 10 ratings show only “< 10”; from 10, the shares and the mean quality', async () => {
    const n = await answeredReport();
    // alone in its month, so the figures are this report's
    await t.database.db
      .update(reports)
      .set({ createdAt: new Date('2024-01-15T09:00:00Z') })
      .where(eq(reports.number, n));
    const [report] = await t.database.db.select({ id: reports.id }).from(reports).where(eq(reports.number, n));
    // nine other supporters' ratings: 3 fixed, 4 partly, 2 not fixed; qualities 5,4,4 · 3,3,3,2 · 1,1
    const rows = (
      [
        ['fixed', 5],
        ['fixed', 4],
        ['fixed', 4],
        ['partly_fixed', 3],
        ['partly_fixed', 3],
        ['partly_fixed', 3],
        ['partly_fixed', 2],
        ['not_fixed', 1],
        ['not_fixed', 1],
      ] as const
    ).map(([outcome, quality]) => ({ reportId: report!.id, userId: crypto.randomUUID(), role: 'supporter' as const, outcome, quality }));
    await t.database.db.insert(reportRatings).values(rows);
    const stats = async () => (await visitor.get('/api/reports/stats?from=2024-01-01&to=2024-01-31')).body;
    const few = await stats();
    expect(few.totals.ratings).toEqual({ count: '< 10', fixedShare: null, partlyFixedShare: null, notFixedShare: null, meanQuality: null });
    expect(few.departments[0].ratings.count).toBe('< 10');

    // the tenth: the reporter's "partly fixed", quality 4 → 3 / 5 / 2 of 10, quality (5+4+4+3+3+3+2+1+1+4) / 10 = 3
    expect((await anna.post(`/api/reports/${n}/ratings`, { outcome: 'partly_fixed', quality: 4 })).status).toBe(201);
    const ten = await stats();
    const figures = { count: 10, fixedShare: 0.3, partlyFixedShare: 0.5, notFixedShare: 0.2, meanQuality: 3 };
    expect(ten.totals.ratings).toEqual(figures);
    expect(ten.departments).toEqual([expect.objectContaining({ count: 1, ratings: figures })]);
    expect(ten.months).toEqual([expect.objectContaining({ month: '2024-01', ratings: figures })]);
    // a period without ratings says 0, not "< 10"
    expect((await visitor.get('/api/reports/stats?from=2023-01-01&to=2023-01-31')).body.totals.ratings).toMatchObject({ count: 0, fixedShare: null });
  });
});

// An answer promising later work («включено в план», issue 17 item 1): published, it is the city's commitment.
describe('an answer that promises later work', () => {
  it('names a working day ahead, becomes a commitment of the department when published, and is disputed by the reporter and supporters only', async () => {
    const tz = t.ctx.config.cityTimezone;
    const calendar = await loadWorkCalendar(t.database.db);
    const end = addWorkingDays(new Date(), 20, calendar, tz);
    const dueOn = localDay(new Date(end.getTime() - 1), tz);
    const [y, m, d] = localDay(new Date(), tz).split('-').map(Number) as [number, number, number];
    let dayOff = '';
    for (let k = 1; !dayOff; k++) if (!isWorkingDay(isoDay(y, m, d + k), calendar)) dayOff = isoDay(y, m, d + k);

    const filed = await anna.post('/api/reports', { reasonId, ...centre, address: 'Невский проспект, 40', description: 'Разбит асфальт во дворе дома.' });
    const n = filed.body.number as number;
    const card = await moderator.post(`/api/reports/${n}/approve`, {});
    expect((await boris.post(`/api/reports/${n}/support`)).status).toBe(200);
    const text = 'Ремонт двора включён в план благоустройства на следующий год.';
    // a day in the past, a day off: refused at the field, nothing answered
    for (const bad of ['2020-01-09', dayOff]) {
      const res = await official.post(`/api/reports/${n}/answer`, { text, dueOn: bad });
      expect(res.status, bad).toBe(400);
      expect(Object.keys(res.body.error.fields)).toEqual(['dueOn']);
    }
    expect((await visitor.get(`/api/reports/${n}`)).body.status).toBe('sent');
    const answered = await official.post(`/api/reports/${n}/answer`, { text, dueOn });
    expect(answered.status, JSON.stringify(answered.body)).toBe(200);
    expect(answered.body.answer).toMatchObject({ dueOn, publishedAt: null });
    // not public yet: no commitment until a moderator publishes the answer
    expect((await visitor.get(`/api/commitments/by-source/report/${n}`)).status).toBe(404);
    expect((await moderator.post(`/api/reports/${n}/publish-answer`, {})).body.status).toBe('answered');
    const c = await visitor.get(`/api/commitments/by-source/report/${n}`);
    expect(c.body).toMatchObject({
      sourceType: 'report',
      sourceId: String(n),
      promise: text,
      dueOn,
      status: 'open',
      department: { id: card.body.department.id },
    });
    const number = c.body.number as number;
    expect((await official.post(`/api/commitments/${number}/delivery`, { note: 'Двор заасфальтирован.' })).status).toBe(200);
    expect((await vera.post(`/api/commitments/${number}/disputes`, { reason: 'Асфальт положили только у одного подъезда.' })).status).toBe(403);
    expect((await boris.post(`/api/commitments/${number}/disputes`, { reason: 'Асфальт положили только у одного подъезда.' })).status).toBe(200);
  });
});
