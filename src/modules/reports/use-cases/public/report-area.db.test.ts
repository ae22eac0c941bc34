import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../../../test/db.js';
import { fileableReasons, person } from '../../../../../test/fixtures.js';
import type { TestClient } from '../../../../../test/http-client.js';
import { queryRows } from '../../../../core/db/client.js';
import { inEarthCircle } from '../../../../core/db/earth.js';
import type { DomainEvent } from '../../../../core/jobs/events.js';
import type { AreaQuery } from '../../../../core/module/area.js';
import { districtAt } from '../../../city/index.js';
import { reports } from '../../db/schema.js';
import { seedClassifier } from '../classifier/seed-classifier.js';
import { isPublicReport } from './public-reports.js';
import { reportArea, reportsInArea } from './report-area.js';

/** Gostiny Dvor on Nevsky prospect; a metre of latitude is 1/111,195 of a degree. */
const centre = { lat: 59.9343, lon: 30.3351 };
const north = (metres: number) => ({ lat: centre.lat + metres / 111_195, lon: centre.lon });

let t: TestApp;
let resident: TestClient;
let moderator: TestClient;
let official: TestClient;
let reasonId: number;
let districtId: string;

async function file(point: { lat: number; lon: number }): Promise<number> {
  const res = await resident.post('/api/reports', { reasonId, ...point, address: 'Невский проспект, 35', description: 'Глубокая яма на тротуаре у входа.' });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.number as number;
}
async function step(client: TestClient, n: number, action: string, body: Record<string, unknown> = {}) {
  const res = await client.post(`/api/reports/${n}/${action}`, body);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}
const published = async (point: { lat: number; lon: number }) => {
  const n = await file(point);
  await step(moderator, n, 'approve');
  return n;
};
/** The report's domain events of a type, as emitted (the area alerts' listeners receive exactly these). */
const eventsOf = (type: string, n: number) =>
  queryRows<{ payload: DomainEvent }>(
    t.database.db,
    sql`select payload from jobs where kind = 'event' and payload->>'type' = ${type} and payload->>'entityId' = ${String(n)} order by id`,
  ).then((rows) => rows.map((r) => r.payload));
const circle = (radiusMeters = 500, lang: 'ru' | 'en' = 'en'): AreaQuery => ({ type: 'circle', ...centre, radiusMeters, districtId, lang, now: new Date() });
const numbers = async (q: AreaQuery) => (await reportsInArea(t.database.db, q, 20)).items.map((i) => Number(i.id));
const [createdAlert, publishedAlert, answerAlert] = reportArea.alerts!;

let here: number; // public, at the centre
let near: number; // public, 200 m away
let far: number; // public, 5 km away
let held: number; // still on pre-moderation
let hidden: number; // public, then hidden by community moderation
let heldByFlags: number; // public, then held by community moderation
let closed: number; // not the city's competence: public but resolved

beforeAll(async () => {
  t = await testApp();
  await seedClassifier(t.ctx, () => undefined);
  reasonId = (await fileableReasons(t.database.db)).find((r) => !r.photoRequired)!.id;
  districtId = (await districtAt(t.database.db, centre.lon, centre.lat))!.id;
  resident = (await person(t, { lang: 'ru' })).client;
  moderator = (await person(t, { roles: ['moderator'] })).client;
  here = await published(centre);
  near = await published(north(200));
  far = await published(north(5000));
  held = await file(north(50));
  hidden = await published(north(60));
  heldByFlags = await published(north(70));
  closed = await file(north(80));
  await step(moderator, closed, 'not-competent', { note: 'Частная территория.' });
  await t.database.db.update(reports).set({ moderation: 'hidden' }).where(eq(reports.number, hidden));
  await t.database.db.update(reports).set({ moderation: 'held' }).where(eq(reports.number, heldByFlags));
  const [row] = await t.database.db.select({ departmentId: reports.departmentId }).from(reports).where(eq(reports.number, here));
  official = (await person(t, { roles: [{ role: 'official', department: row!.departmentId! }] })).client;
});
afterAll(async () => t?.close());

describe('reports on the area page', () => {
  it('lists the public reports in the circle, open ones first and then the newest, with their distance; not what lies 5 km away', async () => {
    const section = await reportsInArea(t.database.db, circle(), 20);
    expect(section.items.map((i) => Number(i.id))).toEqual([near, here, closed]);
    expect(section.total).toBe(3);
    const [first] = section.items;
    expect(first).toMatchObject({
      kind: 'report',
      path: `/reports/${near}`,
      status: 'sent',
      statusText: 'Sent to the department',
      districtId,
      address: 'Невский проспект, 35',
    });
    expect(first!.title).toMatch(new RegExp(`^No\\. ${near} · `));
    expect(first!.distanceMeters).toBeGreaterThan(195);
    expect(first!.distanceMeters).toBeLessThan(205);
    expect(section.items[2]).toMatchObject({ status: 'not_competent' });
    expect(await numbers(circle(150))).toEqual([here, closed]);
    expect(await numbers(circle(3000))).not.toContain(far);
  });

  it('never lists a report on pre-moderation, held or hidden', async () => {
    for (const q of [circle(), { type: 'district', districtId, lang: 'en', now: new Date() } as const]) {
      const listed = await numbers(q);
      for (const n of [held, hidden, heldByFlags]) expect(listed).not.toContain(n);
    }
  });

  it('lists a district’s public reports without distances, status words in the query’s language, and stops at the limit with the total', async () => {
    const farDistrict = (await districtAt(t.database.db, north(5000).lon, north(5000).lat))!.id;
    const q: AreaQuery = { type: 'district', districtId, lang: 'ru', now: new Date() };
    const section = await reportsInArea(t.database.db, q, 2);
    const inDistrict = [near, here, closed, ...(farDistrict === districtId ? [far] : [])];
    expect(section.total).toBe(inDistrict.length);
    expect(section.items.map((i) => Number(i.id))).toEqual(farDistrict === districtId ? [far, near] : [near, here]);
    expect(section.items[0]).toMatchObject({ distanceMeters: null, statusText: 'Направлено исполнителю' });
    expect(section.items[0]!.title).toMatch(/^№ \d+ · /);
  });

  it('finds the circle’s reports through the GiST index over public reports’ points', async () => {
    const where = sql`${isPublicReport} and ${inEarthCircle(reports.lat, reports.lon, { ...centre, radiusMeters: 500 })}`;
    const plan = await t.database.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      return queryRows<Record<string, string>>(tx, sql`explain select count(*) from ${reports} where ${where}`);
    });
    expect(plan.map((r) => Object.values(r)[0]).join('\n')).toContain('reports_public_earth_idx');
  });
});

describe('reports in area alerts', () => {
  it('a report filed into pre-moderation alerts nobody; the moderator’s approval is the news, once, with its point and titles', async () => {
    const n = await file(north(100));
    const [created] = await eventsOf('report.created', n);
    expect(await createdAlert!.locate(t.database.db, created!)).toMatchObject({ visible: false });
    await step(moderator, n, 'approve');
    // a late run of the filing's listener still alerts nobody: the report was filed held
    expect(await createdAlert!.locate(t.database.db, created!)).toMatchObject({ visible: false });
    const [approved] = await eventsOf('report.status_changed', n);
    const spot = await publishedAlert!.locate(t.database.db, approved!);
    expect(spot).toMatchObject({
      entityType: 'report',
      entityId: String(n),
      path: `/reports/${n}`,
      districtId,
      visible: true,
      lat: north(100).lat,
      lon: centre.lon,
    });
    expect(spot!.title).toMatch(new RegExp(`^№ ${n} · `));
    expect(spot!.titleEn).toMatch(new RegExp(`^No\\. ${n} · `));
    expect(await answerAlert!.locate(t.database.db, approved!)).toBeNull();
  });

  it('a published answer of the department is an answer alert; taking it and answering before the check are no news', async () => {
    const n = await published(north(120));
    await step(official, n, 'take');
    await step(official, n, 'answer', { text: 'Яма заделана асфальтом, фото приложено.' });
    await step(moderator, n, 'publish-answer');
    const steps = await eventsOf('report.status_changed', n);
    expect(steps.map((e) => (e.data as { action: string }).action)).toEqual(['approve', 'take', 'answer', 'publish_answer']);
    const answers = await Promise.all(steps.map((e) => answerAlert!.locate(t.database.db, e)));
    expect(answers.map((s) => s?.visible ?? null)).toEqual([null, null, null, true]);
    const news = await Promise.all(steps.map((e) => publishedAlert!.locate(t.database.db, e)));
    expect(news.map((s) => s?.visible ?? null)).toEqual([true, null, null, null]);
  });

  it('a report hidden by community moderation is located as not visible', async () => {
    const [approved] = await eventsOf('report.status_changed', hidden);
    expect(await publishedAlert!.locate(t.database.db, approved!)).toMatchObject({ visible: false });
    const [flagged] = await eventsOf('report.status_changed', heldByFlags);
    expect(await publishedAlert!.locate(t.database.db, flagged!)).toMatchObject({ visible: false });
  });
});
