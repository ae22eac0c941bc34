import crypto from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/db.js';
import { person } from '../../../test/fixtures.js';
import { TestClient } from '../../../test/http-client.js';
import { auditLog } from '../../core/audit/schema.js';
import { users } from '../accounts/db/schema.js';
import { localParts, zonedToUtc } from '../../core/time/time.js';
import { pollResponses, polls } from '../polls/db/schema.js';
import { districtPopulation } from './db/schema.js';
import { monthsUpTo, type ParticipationSnapshot } from './domain/participation.js';
import { forgetParticipation, refreshParticipation } from './use-cases/participation.js';

let t: TestApp;
let admin: TestClient;
let resident: TestClient;
let anonymous: TestClient;
const HOUR = 3_600_000;

// a small city: 3,000 residents in Адмиралтейский and 1,000 in Невский (population shares 75 % and 25 %)
const population = ['district,population,year,source,note', 'admiralteysky,3000,2023,Росстат,', 'Невский район,1000,2024,Петростат,"press, thousands"'].join(
  '\n',
);

/** `n` registered residents (verified) living in `districtId`: fixture rows, as registration would leave them. */
async function residents(districtId: string, n: number): Promise<string[]> {
  const rows = Array.from({ length: n }, () => ({
    email: `${crypto.randomUUID()}@statistics.test`,
    passwordHash: 'x',
    displayName: 'Resident',
    districtId,
    verification: 'verified' as const,
  }));
  return (await t.database.db.insert(users).values(rows).returning({ id: users.id })).map((r) => r.id);
}

beforeAll(async () => {
  t = await testApp();
  admin = (await person(t, { roles: ['administrator'] })).client;
  resident = (await person(t)).client;
  anonymous = new TestClient(t.app, 'en');
});

afterAll(async () => {
  await t.close();
});

describe('district population', () => {
  it('is set and imported by administrators only: 401 for a visitor, 403 for a resident', async () => {
    expect((await anonymous.post('/api/admin/population', { csv: population })).status).toBe(401);
    const refused = await resident.put('/api/admin/population/nevsky', { population: '1000', year: '2024', source: 'Петростат' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('not_administrator');
    expect((await resident.post('/api/admin/population', { csv: population })).status).toBe(403);
  });

  it('refuses a whole file whose figures are negative or not numbers or whose district is unknown, naming each line, and changes nothing', async () => {
    const bad = [
      'district,population,year,source,note',
      'admiralteysky,-5,2023,Росстат,',
      'nevsky,много,2024,Петростат,',
      'nevsky-2,12.5,2024,X,',
      'kolpinsky,190000,2021,Росстат,',
    ].join('\n');
    const res = await admin.post('/api/admin/population', { csv: bad });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('population_invalid');
    expect(res.body.error.fields).toEqual({
      'line 2': 'The population “-5” is negative: write the number of residents, e.g. 152179.',
      'line 3': 'The population “много” is not a whole number: write digits only, e.g. 152179.',
      'line 4': 'The population “12.5” is not a whole number: write digits only, e.g. 152179.',
    });
    const unknown = await admin.post('/api/admin/population', {
      csv: 'district,population,year,source,note\nkolpinsky,190000,2021,Росстат,\nАтлантида,5,2024,X,',
    });
    expect(unknown.body.error.fields).toEqual({ 'line 3': 'There is no district “Атлантида”: write its id or its name as on the districts page.' });
    expect(await t.database.db.select().from(districtPopulation)).toEqual([]);
    const negative = await admin.put('/api/admin/population/nevsky', { population: '-1000', year: '2024', source: 'Петростат' });
    expect(negative.status).toBe(400);
    expect(negative.body.error.fields.population).toMatch(/negative/);
  });

  it('imports districts named by id or Russian name, and an administrator’s change of one is audited with the figure it replaces', async () => {
    expect((await admin.post('/api/admin/population', { csv: population })).body).toEqual({ districts: 2 });
    const set = await admin.put('/api/admin/population/nevsky', { population: '1 000', year: '2024', source: 'Петростат', note: 'press' });
    expect(set.body).toEqual({ population: 1000, year: 2024, source: 'Петростат', note: 'press' });
    const [entry] = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'population.set')).orderBy(desc(auditLog.seq)).limit(1);
    expect(entry!.data).toMatchObject({ population: 1000, previous: { population: 1000, year: 2024, source: 'Петростат' } });
  });
});

describe('participation statistics and k-anonymity', () => {
  let pollId: string;
  it('counts residents and responses per district against the population, and shows every group under ten as "< 10"', async () => {
    const nevsky = await residents('nevsky', 11);
    const admiralteysky = await residents('admiralteysky', 3);
    const created = await admin.post('/api/admin/polls', {
      title: 'Benches on the embankment',
      description: 'Where should they go?',
      binding: false,
      opensAt: new Date(Date.now() - HOUR).toISOString(),
      closesAt: new Date(Date.now() + HOUR).toISOString(),
      questions: [{ kind: 'single', text: 'Benches?', options: ['Yes', 'No'] }],
    });
    pollId = created.body.id;
    expect((await admin.post(`/api/admin/polls/${pollId}/publish`)).status).toBe(200);
    // ten respondents from Невский and three from Адмиралтейский, as answering leaves them
    const answered = [...nevsky.slice(0, 10).map((id) => [id, 'nevsky']), ...admiralteysky.map((id) => [id, 'admiralteysky'])];
    await t.database.db.insert(pollResponses).values(
      answered.map(([respondentId, districtId], i) => ({
        pollId,
        respondentId: respondentId!,
        receiptHash: `hash-${i}`,
        districtId: districtId!,
        ageBand: '25-34',
        verified: true,
      })),
    );
    await refreshParticipation(t.ctx);
    forgetParticipation(t.ctx);

    const res = await anonymous.get('/api/statistics');
    expect(res.status).toBe(200);
    const district = (id: string) => res.body.districts.find((d: { districtId: string }) => d.districtId === id);
    expect(district('nevsky')).toMatchObject({
      population: { population: 1000, year: 2024, source: 'Петростат', note: 'press' },
      registeredShare: 1.1,
      verifiedShare: 1.1,
      figures: { registered: 11, verified: 11, poll_responses: 10 },
    });
    expect(district('admiralteysky')).toMatchObject({
      population: { population: 3000, year: 2023, source: 'Росстат' },
      registeredShare: null,
      figures: { registered: '< 10', verified: '< 10', poll_responses: '< 10' },
    });
    expect(district('admiralteysky').active.at(-1)).toBe('< 10');
    expect(district('nevsky').active.at(-1)).toBe(10);
    // the city's total is rounded to ten when a part is hidden, so subtracting the shown parts never gives it
    expect(res.body.city).toMatchObject({ population: 4000, populationYears: { from: 2023, to: 2024 }, figures: { poll_responses: 10 } });
    expect(res.body.city.active.at(-1)).toBe(10);
    expect(res.body.city.ratios.map((r: { capability: string }) => r.capability)).toEqual(['reports', 'budgeting', 'initiatives', 'ideas', 'commitments']);
    expect(JSON.stringify(res.body)).not.toMatch(/"(registered|verified|poll_responses)":[1-9],/);
  });

  it('states a closed poll’s representativeness per district against the population, small groups "< 10" without a share', async () => {
    expect((await anonymous.get(`/api/statistics/representativeness/poll/${pollId}`)).status).toBe(409);
    expect((await admin.post(`/api/admin/polls/${pollId}/close`)).status).toBe(200);
    const res = await anonymous.get(`/api/statistics/representativeness/poll/${pollId}`);
    expect(res.status).toBe(200);
    expect(res.body.participants).toBe(10);
    expect(res.body.districts.find((d: { districtId: string }) => d.districtId === 'nevsky')).toMatchObject({
      participants: 10,
      participantShare: 76.9,
      populationShare: 25,
      difference: 51.9,
      verdict: 'over',
    });
    expect(res.body.districts.find((d: { districtId: string }) => d.districtId === 'admiralteysky')).toMatchObject({
      participants: '< 10',
      participantShare: null,
      populationShare: 75,
      verdict: 'unknown',
    });
    expect(res.body.ageBands).toEqual([{ ageBand: '25-34', participants: 13, participantShare: 100 }]);
    expect((await anonymous.get(`/api/statistics/representativeness/nothing/${pollId}`)).status).toBe(404);
  });

  it('publishes a closed poll’s responses without the district of a district’s fewer than ten respondents', async () => {
    const res = await anonymous.get(`/api/polls/${pollId}/responses.json`);
    expect(res.status).toBe(200);
    const districts = res.body.responses.map((r: { districtId: string | null }) => r.districtId);
    expect(districts.filter((d: string | null) => d === 'nevsky')).toHaveLength(10);
    expect(districts).not.toContain('admiralteysky');
    expect(districts.filter((d: string | null) => d === null)).toHaveLength(3);
    // the three generalised respondents' age band is shared by fewer than ten in their (now city-wide) group
    expect(res.body.responses.filter((r: { districtId: string | null }) => r.districtId === null).map((r: { ageBand: string | null }) => r.ageBand)).toEqual([
      null,
      null,
      null,
    ]);
  });
});

describe('the statistics job', () => {
  const timeZone = () => t.ctx.config.cityTimezone;
  // noon today on the city's clock, and a minute later: two runs of the same day
  const today = () => {
    const p = localParts(new Date(), timeZone());
    return zonedToUtc(p.year, p.month, p.day, 12, timeZone());
  };
  const later = (at: Date, minutes: number) => new Date(at.getTime() + minutes * 60_000);
  /** The snapshot with each list in one order (a recount's rows come in any order). */
  const sorted = (s: ParticipationSnapshot) => ({
    ...s,
    measures: s.measures.map((m) => ({ ...m, byDistrict: [...m.byDistrict].sort() })),
    active: s.active.map((a) => ({ ...a, byDistrict: [...a.byDistrict].sort() })),
  });
  let pollId: string;
  /** `n` fresh residents of `districtId` answer the fixture poll at `at`. */
  async function answered(districtId: string, n: number, at: Date): Promise<void> {
    const ids = await residents(districtId, n);
    await t.database.db
      .insert(pollResponses)
      .values(
        ids.map((respondentId) => ({ pollId, respondentId, receiptHash: crypto.randomUUID(), districtId, ageBand: '25-34', verified: true, createdAt: at })),
      );
  }
  const activeIn = (s: ParticipationSnapshot, month: string) => (s.active.find((a) => a.month === month)?.byDistrict ?? []).reduce((sum, [, n]) => sum + n, 0);

  beforeAll(async () => {
    const [poll] = await t.database.db
      .insert(polls)
      .values({
        title: 'Fixture poll',
        opensAt: new Date(Date.now() - 400 * 24 * HOUR),
        closesAt: new Date(Date.now() + HOUR),
        publishedAt: new Date(Date.now() - 400 * 24 * HOUR),
      })
      .returning({ id: polls.id });
    pollId = poll!.id;
  });

  it('recounting this month and the one before gives what a full recount gives, after acts in both and after a population change', async () => {
    const now = today();
    const months = monthsUpTo(now, timeZone());
    const [previous, current] = [months.at(-2)!, months.at(-1)!];
    await refreshParticipation(t.ctx, now, { full: true });
    await answered('nevsky', 4, later(current.from, 60));
    await answered('admiralteysky', 3, later(previous.from, 60));
    const incremental = await refreshParticipation(t.ctx, later(now, 1));
    expect(sorted(incremental)).toEqual(sorted(await refreshParticipation(t.ctx, later(now, 1), { full: true })));
    expect(activeIn(incremental, previous.month)).toBeGreaterThanOrEqual(3);

    const before = activeIn(incremental, current.month);
    await answered('nevsky', 2, later(current.from, 90));
    expect((await admin.put('/api/admin/population/nevsky', { population: '1200', year: '2025', source: 'Петростат' })).status).toBe(200);
    const afterChange = await refreshParticipation(t.ctx, later(now, 2));
    expect(activeIn(afterChange, current.month)).toBe(before + 2);
    expect(sorted(afterChange)).toEqual(sorted(await refreshParticipation(t.ctx, later(now, 2), { full: true })));
  });

  it('keeps the months before last month as stored during the day, and the day’s first run recounts them', async () => {
    const now = today();
    const months = monthsUpTo(now, timeZone());
    const older = months.at(-4)!;
    await refreshParticipation(t.ctx, now, { full: true });
    const stored = activeIn(await refreshParticipation(t.ctx, later(now, 1)), older.month);
    // an act dated months ago (hours confirmed late for an old shift, say) waits for the next day's full recount
    await answered('nevsky', 5, later(older.from, 60));
    expect(activeIn(await refreshParticipation(t.ctx, later(now, 2)), older.month)).toBe(stored);
    const tomorrow = later(now, 24 * 60);
    expect(activeIn(await refreshParticipation(t.ctx, tomorrow), older.month)).toBe(stored + 5);
  });
});
