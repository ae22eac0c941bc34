import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../../test/db.js';
import { TestClient } from '../../../../test/http-client.js';
import { queryRows } from '../../../core/db/client.js';
import { accountsModule } from '../../accounts/index.js';
import { districtAt } from '../../city/index.js';
import { seedClassifier } from '../use-cases/classifier/seed-classifier.js';
import { answersGivenBy } from '../index.js';
import { seedDemoReports } from '../use-cases/reports/seed-demo-reports.js';

let t: TestApp;
const messages: string[] = [];

beforeAll(async () => {
  t = await testApp();
  await accountsModule.seedDemo!(t.ctx, () => undefined);
  await seedClassifier(t.ctx, () => undefined);
  await seedDemoReports(t.ctx, (m) => messages.push(m));
  await t.ctx.jobs.runDue();
});
afterAll(async () => t?.close());

describe('demo reports', () => {
  it('fill every district with reports in every status, with history, photos and the map grid', async () => {
    expect(messages.at(-1)).toMatch(/^Demo reports \(55\) in 18 districts, 6 overdue, \d+ photos, 3 comments$/);
    const statuses = await queryRows<{ status: string; n: number }>(t.database.db, sql`select status, count(*)::int as n from reports group by status`);
    expect(statuses.map((s) => s.status).sort()).toEqual([
      'answer_moderation',
      'answered',
      'closed',
      'duplicate',
      'in_progress',
      'moderation',
      'not_competent',
      'rejected',
      'reopened',
      'sent',
    ]);
    const [districts] = await queryRows<{ n: number }>(t.database.db, sql`select count(distinct district_id)::int as n from reports`);
    expect(districts!.n).toBe(18);
    // six are open past their resolution deadline, marked as the deadline job marks them (which finds nothing more)
    const [overdue] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from reports where overdue_at is not null and status in ('sent', 'in_progress', 'reopened') and resolution_due_at < now()`,
    );
    expect(overdue!.n).toBe(6);
    const [marks] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from report_events where action = 'overdue'`);
    expect(marks!.n).toBe(6);
    const [withoutHistory] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from reports r where not exists (select 1 from report_events e where e.report_id = r.id)`,
    );
    expect(withoutHistory!.n).toBe(0);
    const [photos] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from report_photos`);
    expect(photos!.n).toBeGreaterThan(5);
    const grid = await queryRows<{ status: string; n: number }>(
      t.database.db,
      sql`select status, sum(count)::int as n from report_cells where zoom = 8 and category_id <> 0 group by status order by status`,
    );
    expect(grid).toEqual(statuses.sort((a, b) => a.status.localeCompare(b.status)));
    // reporters follow their reports once the events ran
    const [follows] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from follows where entity_type = 'report'`);
    expect(follows!.n).toBeGreaterThanOrEqual(55);
  });

  it('use the problems residents file most, at addresses inside their districts, filed over the last six months', async () => {
    const reasons = await queryRows<{ reason_id: number }>(t.database.db, sql`select distinct reason_id from reports order by reason_id`);
    // potholes (9, 67, 8), rubbish (250, 12, 75, 11, 6, 64), street lights (271), entrances (189, 35), yards; snow and ice in winter
    expect(reasons.map((r) => r.reason_id)).toEqual(expect.arrayContaining([9, 189, 250, 271]));
    const incomplete = await queryRows<{ number: number }>(t.database.db, sql`select r.number from reports r where r.address is null or r.description = ''`);
    expect(incomplete).toEqual([]);
    for (const r of await queryRows<{ lat: number; lon: number; district_id: string }>(t.database.db, sql`select lat, lon, district_id from reports`)) {
      expect((await districtAt(t.database.db, r.lon, r.lat))?.id).toBe(r.district_id);
    }
    const [span] = await queryRows<{ oldest: number; newest: number; future: number }>(
      t.database.db,
      sql`select extract(epoch from now() - min(created_at)) / 86400 as oldest, extract(epoch from now() - max(created_at)) / 86400 as newest,
            (select count(*)::int from report_events where at > now()) as future from reports`,
    );
    expect(Number(span!.oldest)).toBeGreaterThan(60);
    expect(Number(span!.oldest)).toBeLessThanOrEqual(181);
    expect(Number(span!.newest)).toBeLessThan(1);
    expect(span!.future).toBe(0);
    // the history runs in order, ending in the report's status; numbers follow the filing dates
    const broken = await queryRows<{ number: number }>(
      t.database.db,
      sql`select r.number from reports r where r.status <> (select e.to_status from report_events e where e.report_id = r.id and e.to_status is not null order by e.at desc, e.id desc limit 1)`,
    );
    expect(broken).toEqual([]);
    const [unordered] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from reports a join reports b on a.number < b.number and a.created_at > b.created_at`,
    );
    expect(unordered!.n).toBe(0);
  });

  it('answer in the name of a department’s demo official where it has one, so the official’s public figure page has answers', async () => {
    const acts = await queryRows<{ department_id: string; email: string | null; n: number }>(
      t.database.db,
      sql`select e.department_id, u.email, count(*)::int as n from report_events e left join users u on u.id = e.actor_id
          where e.action in ('take', 'answer') group by 1, 2`,
    );
    for (const a of acts)
      expect(a.email).toBe(
        a.department_id === 'admin-nevsky'
          ? 'official.nevsky@gorod.demo'
          : a.department_id === 'admin-admiralteysky'
            ? 'official.admiralteysky@gorod.demo'
            : null,
      );
    const [official] = await queryRows<{ id: string }>(t.database.db, sql`select id from users where email = 'official.nevsky@gorod.demo'`);
    const given = await answersGivenBy(t.database.db, official!.id, { limit: 20 });
    expect(given.total).toBeGreaterThan(0);
    expect(given.items.every((a) => a.districtId === 'nevsky')).toBe(true);
  });

  it('show on public cards with photos, and run only once', async () => {
    const [r] = await queryRows<{ number: number }>(
      t.database.db,
      sql`select r.number from reports r join report_photos p on p.report_id = r.id where r.status = 'answered' limit 1`,
    );
    const visitor = new TestClient(t.app, 'ru');
    if (r) {
      const card = await visitor.get(`/api/reports/${r.number}`);
      expect(card.status).toBe(200);
      expect(card.body.answer.text.length).toBeGreaterThan(10);
      const photo = await t.app.inject({ method: 'GET', url: card.body.photos[0].url });
      expect(photo.statusCode).toBe(200);
      expect(photo.headers['cache-control']).toContain('immutable');
    }
    await seedDemoReports(t.ctx, (m) => messages.push(m));
    const [all] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from reports`);
    expect(all!.n).toBe(55);
  });
});
