import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../../../test/db.js';
import { TestClient } from '../../../../../test/http-client.js';
import { accountsModule } from '../../../accounts/index.js';
import { demoCycleTitle, seedDemoCycle } from './seed-demo-cycle.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await accountsModule.seedDemo!(t.ctx, () => undefined);
  await seedDemoCycle(t.ctx, () => undefined);
  await seedDemoCycle(t.ctx, () => undefined);
});
afterAll(async () => t?.close());

describe('the demo cycle', () => {
  it('is in voting with three headings of the three ballot kinds, each with 5–8 feasible proposals in its district', async () => {
    const visitor = new TestClient(t.app, 'ru');
    const cycles = (await visitor.get('/api/budgeting/cycles')).body.items.filter((c: { title: string }) => c.title === demoCycleTitle);
    expect(cycles).toHaveLength(1);
    const cycle = cycles[0];
    expect(cycle.phase).toBe('voting');
    expect(cycle.headings.map((h: { ballotKind: string }) => h.ballotKind)).toEqual(['approval-budget', 'approval-count', 'points']);
    for (const h of cycle.headings) {
      const page = (await visitor.get(`/api/budgeting/headings/${h.id}`)).body;
      expect(page.proposals.length).toBeGreaterThanOrEqual(5);
      expect(page.proposals.length).toBeLessThanOrEqual(8);
      expect(page.otherCount).toBeGreaterThanOrEqual(1);
      for (const p of page.proposals) {
        expect(p.status).toBe('feasible');
        if (h.districtId) expect(p.districtId).toBe(h.districtId);
      }
      const card = (await visitor.get(`/api/budgeting/proposals/${page.proposals[0].number}`)).body;
      expect(card.review.reviewer.displayName).toBe('Эксперт «Твоего бюджета»');
    }
  });

  it('places district proposals inside their district', async () => {
    const { districtAt } = await import('../../../city/index.js');
    const rows = (await new TestClient(t.app).get('/api/budgeting/proposals?limit=100')).body.items as {
      lat: number | null;
      lon: number | null;
      districtId: string | null;
      title: string;
    }[];
    for (const r of rows) if (r.lat !== null && r.districtId) expect((await districtAt(t.database.db, r.lon!, r.lat))?.id, r.title).toBe(r.districtId);
  });
});
