import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../../test/db.js';
import { TestClient } from '../../../../test/http-client.js';
import { queryRows } from '../../../core/db/client.js';
import { accountsModule } from '../../accounts/index.js';
import { seedClassifier } from '../use-cases/classifier/seed-classifier.js';
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
    expect(messages.at(-1)).toMatch(/^Demo reports \(37\) in 18 districts, \d+ photos, 3 comments$/);
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
    const [overdue] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from reports where overdue_at is not null`);
    expect(overdue!.n).toBeGreaterThan(0);
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
    expect(follows!.n).toBeGreaterThanOrEqual(37);
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
    expect(all!.n).toBe(37);
  });
});
