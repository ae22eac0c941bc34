import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/db.js';
import { person, type TestPerson } from '../../../test/fixtures.js';
import { TestClient } from '../../../test/http-client.js';
import { queryRows } from '../../core/db/client.js';
import type { ModuleContext } from '../../core/module/module.js';
import { surveyAnswers } from './db/schema.js';
import { monthBounds, monthOf, surveyPeriod } from './domain/monitor.js';
import { computeMonth, countMonth } from './use-cases/compute.js';

let t: TestApp;
let resident: TestPerson;
let ru: TestPerson;

beforeAll(async () => {
  t = await testApp();
  resident = await person(t);
  ru = await person(t, { lang: 'ru' });
});
afterAll(async () => {
  await t?.close();
});

/** A month long past, so nothing the other tests do falls in it. */
const month = '2025-03-01';
const inMonth = (day: number, hour = 12) => new Date(Date.UTC(2025, 2, day, hour - 3));

/** `n` invented survey answers in the month (the monitor's own table), each question from `pick(i)`. */
async function answers(n: number, pick: (i: number) => { usefulness?: number | null; recommend?: number | null; community?: number | null }) {
  await t.ctx.database.db.insert(surveyAnswers).values(
    Array.from({ length: n }, (_, i) => ({
      userId: crypto.randomUUID(),
      period: '2025-Q1',
      usefulness: null,
      recommend: null,
      community: null,
      ...pick(i),
      createdAt: inMonth(1 + (i % 28)),
    })),
  );
}

/**
 * A context whose only sources are the given rows, as modules' queries give them: acts (activity), acts of taking part
 * in a decision or a meeting (activity marked `participation`), and confirmed volunteering hours.
 */
function withActs(
  acts: { user: string; at: Date }[],
  taking: { user: string; at: Date }[] = [],
  hours: { user: string; at: Date; hours: number }[] = [],
): ModuleContext {
  const rows = (list: { user: string; at: Date; hours?: number }[], withHours = false) =>
    list.length
      ? sql`select * from (values ${sql.join(
          list.map((a) =>
            withHours
              ? sql`(${a.user}::uuid, ${a.at.toISOString()}::timestamptz, ${a.hours ?? 0}::numeric)`
              : sql`(${a.user}::uuid, ${a.at.toISOString()}::timestamptz)`,
          ),
          sql`, `,
        )}) v(${withHours ? sql`user_id, at, hours` : sql`user_id, at`})`
      : sql`select null::uuid as user_id, null::timestamptz as at${withHours ? sql`, 0::numeric as hours` : sql``} where false`;
  const registered = t.ctx.statistics.flatMap((s) => s.measures ?? []).filter((m) => m.id === 'registered');
  return {
    ...t.ctx,
    statistics: [{ measures: registered, activity: rows(acts) }, { activity: rows(taking), participation: true }, { hours: rows(hours, true) }],
  };
}

describe('the quarterly survey', () => {
  it('is offered until answered, once a quarter: a second answer is refused in words, and the answer is the person’s own', async () => {
    const before = await resident.client.get('/api/me/survey');
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ period: surveyPeriod(new Date(), 'Europe/Moscow'), ask: true, answer: null });

    const sent = await resident.client.post('/api/me/survey', { usefulness: 4, recommend: 9 });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ ask: false, answer: { usefulness: 4, recommend: 9, community: null, dismissed: false } });

    const again = await resident.client.post('/api/me/survey', { usefulness: 1 });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('already answered');
    // another person is still asked
    expect((await ru.client.get('/api/me/survey')).body.ask).toBe(true);
  });

  it('refuses an empty answer, scores out of range and visitors, in the caller’s language', async () => {
    const empty = await ru.client.post('/api/me/survey', {});
    expect(empty.status).toBe(400);
    expect(JSON.stringify(empty.body)).toContain('Ответьте хотя бы на один вопрос');
    for (const bad of [{ usefulness: 6 }, { recommend: 11 }, { community: 0 }, { recommend: 4.5 }, { usefulness: '5' }]) {
      expect((await ru.client.post('/api/me/survey', bad)).status, JSON.stringify(bad)).toBe(400);
    }
    const visitor = new TestClient(t.app);
    expect((await visitor.get('/api/me/survey')).status).toBe(401);
    expect((await visitor.post('/api/me/survey', { usefulness: 3 })).status).toBe(401);
  });

  it('“not now” stops asking this quarter and counts nowhere; two answers sent at once leave one', async () => {
    const declined = await ru.client.post('/api/me/survey', { dismissed: true });
    expect(declined.status).toBe(201);
    expect(declined.body).toMatchObject({ ask: false, answer: { dismissed: true, usefulness: null } });
    const racer = await person(t);
    const both = await Promise.all([racer.client.post('/api/me/survey', { community: 3 }), racer.client.post('/api/me/survey', { community: 4 })]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    const [row] = await queryRows<{ n: number }>(
      t.ctx.database.db,
      sql`select count(*)::int as n from monitor_survey_answers where user_id = ${racer.userId}::uuid`,
    );
    expect(row?.n).toBe(1);
  });
});

describe('the six measures of a month', () => {
  it('withholds every figure with fewer than ten people behind it, and shows it from ten', async () => {
    await answers(9, () => ({ usefulness: 5 }));
    const nine = await computeMonth(withActs([]), month);
    expect(nine.usefulness.mean).toEqual({ value: null, people: null, few: true });
    expect(nine.trust.activeResidents).toEqual({ value: null, people: null, few: true });
    await answers(1, () => ({ usefulness: 2 }));
    const ten = await computeMonth(withActs([]), month);
    expect(ten.usefulness.mean).toEqual({ value: 4.7, people: 10 });
  });

  it('counts trust, participation and contribution from the modules’ acts within the month only, each person once', async () => {
    const people = Array.from({ length: 12 }, () => crypto.randomUUID());
    // 12 people active: each on day 3, the first four also on day 4 (twice that day) — 16 distinct (person, day)
    const acts = [
      ...people.map((user) => ({ user, at: inMonth(3) })),
      ...people.slice(0, 4).flatMap((user) => [
        { user, at: inMonth(4, 9) },
        { user, at: inMonth(4, 18) },
      ]),
      // the month before and after: not counted
      { user: crypto.randomUUID(), at: new Date(Date.UTC(2025, 1, 28, 12)) },
      { user: crypto.randomUUID(), at: new Date(Date.UTC(2025, 3, 1, 12)) },
    ];
    // ten of them voted or came to a meeting, on a day they were already active
    const taking = people.slice(0, 10).map((user) => ({ user, at: inMonth(3, 15) }));
    const hours = people.map((user, i) => ({ user, at: inMonth(6), hours: i < 10 ? 2.5 : 1 }));
    const counts = await countMonth(withActs(acts, taking, hours), month);
    expect(counts).toMatchObject({ activeResidents: 12, activeDays: 16, participants: 10, volunteers: 12, volunteerHours: 27 });
    const m = await computeMonth(withActs(acts, taking, hours), month);
    expect(m.trust.activeResidents).toEqual({ value: 12, people: 12 });
    expect(m.trust.daysPerActive).toEqual({ value: 1.33, people: 12 });
    expect(m.participation.shareOfActive).toEqual({ value: 83.3, people: 10 });
    expect(m.contribution.hours).toEqual({ value: 27, people: 12 });
    // fewer than ten registered residents in this test city: the active share is withheld, not divided by a handful
    expect(m.trust.activeShare.value === null || counts.registered >= 10).toBe(true);
  });

  it('scores recommendation as promoters minus detractors over those who answered it', async () => {
    // a month of its own: 5 promoters (9–10), 3 passives (7–8), 4 detractors (0–6), 2 who skipped the question
    const may = '2025-05-01';
    const { from } = monthBounds(may, 'Europe/Moscow');
    const scores = [10, 9, 9, 10, 9, 7, 8, 7, 0, 3, 6, 5, null, null];
    await t.ctx.database.db.insert(surveyAnswers).values(
      scores.map((recommend, i) => ({
        userId: crypto.randomUUID(),
        period: '2025-Q2',
        recommend,
        usefulness: 3,
        createdAt: new Date(from.getTime() + (i + 1) * 3_600_000),
      })),
    );
    const m = await computeMonth(withActs([]), may);
    expect(m.recommendation.nps).toEqual({ value: Math.round((100 * (5 - 4)) / 12), people: 12 });
    expect(m.recommendation.promoters).toEqual({ value: 41.7, people: 12 });
    expect(m.survey).toEqual({ answers: 14, sampleAnswers: 0 });
  });

  it('publishes the computed months to anyone, oldest first, from the first in which anything happened, with nothing about a person', async () => {
    await computeMonth(t.ctx, monthOf(new Date(), 'Europe/Moscow'));
    // a month before anything happened here is stored but not shown
    expect((await computeMonth(withActs([]), '2025-01-01')).quiet).toBe(true);
    const res = await new TestClient(t.app).get('/api/monitor');
    expect(res.status).toBe(200);
    expect(res.body.measures).toEqual(['trust', 'usefulness', 'recommendation', 'participation', 'community', 'contribution']);
    const months = (res.body.months as { month: string }[]).map((m) => m.month);
    expect(months).toEqual([...months].sort());
    expect(months).toContain(month);
    expect(months[0]).toBe(month);
    expect(res.body.months[0]).not.toHaveProperty('quiet');
    expect(JSON.stringify(res.body)).not.toContain(resident.userId);
    expect(JSON.stringify(res.body)).not.toContain(resident.email);
  });
});
