import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../../../test/db.js';
import { person } from '../../../../../test/fixtures.js';
import type { TestClient } from '../../../../../test/http-client.js';
import { talliedHeading, type TalliedHeading } from '../../../../../test/works-fixtures.js';
import { queryRows } from '../../../../core/db/client.js';
import type { DomainEvent } from '../../../../core/jobs/events.js';
import type { AreaQuery } from '../../../../core/module/area.js';
import { pbProposals, pbWorks } from '../../db/schema.js';
import { workArea, worksInArea } from './work-area.js';

let t: TestApp;
let official: TestClient;
let heading: TalliedHeading;
/** The works of the heading's two winners: the square (with a point) and the playground (its point removed below). */
let square: string;
let playground: string;

/** The first winner's point (the square, Admiralteysky district); a metre of latitude is 1/111,195 of a degree. */
const squareAt = { lat: 59.9262, lon: 30.3051 };
const aroundSquare = (metresNorth: number, radiusMeters: number, lang: 'ru' | 'en' = 'en'): AreaQuery => ({
  type: 'circle',
  lat: squareAt.lat + metresNorth / 111_195,
  lon: squareAt.lon,
  radiusMeters,
  districtId: 'admiralteysky',
  lang,
  now: new Date(),
});
const district = (districtId: string, lang: 'ru' | 'en' = 'en'): AreaQuery => ({ type: 'district', districtId, lang, now: new Date() });
const ids = async (q: AreaQuery) => (await worksInArea(t.database.db, q, 10)).items.map((i) => i.id);
const update = async (id: string, body: Record<string, unknown>) => {
  const res = await official.post(`/api/budgeting/works/${id}/updates`, body);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
};
const updates = (id: string) =>
  queryRows<{ payload: DomainEvent }>(
    t.database.db,
    sql`select payload from jobs where kind = 'event' and payload->>'type' = 'pb_work.updated' and payload->>'entityId' = ${id} order by id`,
  ).then((rows) => rows.map((r) => r.payload));

beforeAll(async () => {
  t = await testApp();
  const admin = (await person(t, { roles: ['administrator'] })).client;
  official = (await person(t, { roles: [{ role: 'official', department: 'committee-improvement' }] })).client;
  heading = await talliedHeading(t.database);
  expect((await admin.post(`/api/admin/budgeting/headings/${heading.headingId}/works`, { departmentId: 'committee-improvement' })).status).toBe(200);
  const works = await t.database.db.select({ id: pbWorks.id, proposalId: pbWorks.proposalId }).from(pbWorks);
  square = works.find((w) => w.proposalId === heading.winners[0]!.id)!.id;
  playground = works.find((w) => w.proposalId === heading.winners[1]!.id)!.id;
});
afterAll(async () => t?.close());

describe('works on the area page', () => {
  it('lists a work whose proposal lies in the circle, with its stage in the query’s language and the distance; not one 5 km away', async () => {
    const section = await worksInArea(t.database.db, aroundSquare(200, 500, 'ru'), 10);
    expect(section.total).toBe(1);
    expect(section.items).toEqual([
      expect.objectContaining({
        kind: 'work',
        id: square,
        title: 'Сквер у дома 5',
        path: `/budgeting/works/${square}`,
        status: 'planned',
        statusText: 'Запланирован',
        districtId: 'admiralteysky',
        ...squareAt,
      }),
    ]);
    expect(section.items[0]!.distanceMeters).toBeGreaterThan(195);
    expect(section.items[0]!.distanceMeters).toBeLessThan(205);
    expect(await ids(aroundSquare(5000, 500))).toEqual([]);
  });

  it('lists a district’s works, those without a point by their heading’s district, the newest progress first', async () => {
    await t.database.db.update(pbProposals).set({ lat: null, lon: null, districtId: null }).where(eq(pbProposals.id, heading.winners[1]!.id));
    await update(playground, { status: 'design', note: 'Начато проектирование' });
    const section = await worksInArea(t.database.db, district('admiralteysky'), 10);
    expect(section.items.map((i) => i.id)).toEqual([playground, square]);
    expect(section.items[0]).toMatchObject({ lat: null, lon: null, distanceMeters: null, status: 'design', statusText: 'Design', districtId: 'admiralteysky' });
    expect(section.total).toBe(2);
    expect(await ids(district('nevsky'))).toEqual([]);
    expect(await ids(aroundSquare(0, 3000))).toEqual([square]);
  });
});

describe('works in area alerts', () => {
  it('a new stage is a works alert at the proposal’s point; progress and money alone are no news', async () => {
    await update(square, { status: 'in_progress', progress: 10, note: 'Работы начались' });
    await update(square, { progress: 40, spent: '1000000.00' });
    const [staged, progressed] = await updates(square);
    const locate = workArea.alerts![0]!;
    expect(locate.topic).toBe('works');
    expect(await locate.locate(t.database.db, staged!)).toEqual({
      entityType: 'pb_work',
      entityId: square,
      title: 'Сквер у дома 5',
      path: `/budgeting/works/${square}`,
      ...squareAt,
      districtId: 'admiralteysky',
      visible: true,
    });
    expect(await locate.locate(t.database.db, progressed!)).toBeNull();
  });
});
