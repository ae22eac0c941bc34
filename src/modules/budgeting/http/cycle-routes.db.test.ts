import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../core/db/client.js';
import { testApp, type TestApp } from '../../../../test/db.js';
import { grantRole, person } from '../../../../test/fixtures.js';
import { TestClient, signedInResident } from '../../../../test/http-client.js';

let t: TestApp;
let admin: TestClient;
let resident: TestClient;
let residentId: string;
let visitor: TestClient;

const day = 86_400_000;
/** Phase dates a week apart, the first `offsetDays` from now. */
function dates(offsetDays: number) {
  const names = ['informingFrom', 'intakeFrom', 'reviewFrom', 'votingFrom', 'tallyingFrom', 'resultsFrom', 'implementationFrom'];
  return Object.fromEntries(names.map((n, i) => [n, new Date(Date.now() + (offsetDays + i * 7) * day).toISOString()]));
}

beforeAll(async () => {
  t = await testApp();
  admin = (await person(t, { email: 'admin@example.org', roles: ['administrator'] })).client;
  ({ client: resident, userId: residentId } = await signedInResident(t.app, t.database, 'resident@example.org', 'ru'));
  visitor = new TestClient(t.app, 'en');
});
afterAll(async () => t?.close());

describe('administrators run cycles', () => {
  let cycleId: string;

  it('creates a draft cycle (audited) that the public cannot see yet', async () => {
    const res = await admin.post('/api/admin/budgeting/cycles', { year: 2030, title: 'Твой бюджет 2030', rule: 'greedy', ...dates(3) });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      year: 2030,
      rule: 'greedy',
      utility: 'cost',
      completion: 'add1',
      minAge: 18,
      excludeOfficials: true,
      phase: 'draft',
      headings: [],
      next: { phase: 'informing' },
    });
    expect(res.body.phases.map((p: { phase: string }) => p.phase)).toEqual([
      'informing',
      'intake',
      'review',
      'voting',
      'tallying',
      'results',
      'implementation',
    ]);
    cycleId = res.body.id;
    expect((await visitor.get(`/api/budgeting/cycles/${cycleId}`)).status).toBe(404);
    expect((await visitor.get('/api/budgeting/cycles')).body.items.map((c: { id: string }) => c.id)).not.toContain(cycleId);
    expect((await admin.get(`/api/budgeting/cycles/${cycleId}`)).status).toBe(200);
    const [audit] = await queryRows<{ action: string }>(t.database.db, sql`select action from audit_log where subject_id = ${cycleId} order by seq`);
    expect(audit?.action).toBe('pb_cycle.created');
  });

  it('refuses visitors (401) and residents (403 not_administrator)', async () => {
    expect((await visitor.post('/api/admin/budgeting/cycles', { year: 2030, title: 'X cycle', ...dates(3) })).status).toBe(401);
    const res = await resident.post('/api/admin/budgeting/cycles', { year: 2030, title: 'X cycle', ...dates(3) });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('not_administrator');
    expect((await resident.post(`/api/admin/budgeting/cycles/${cycleId}/advance`)).status).toBe(403);
    expect((await resident.get('/api/admin/budgeting/cycles')).status).toBe(403);
  });

  it('refuses phase dates that go backwards, naming the field', async () => {
    const d = dates(3);
    const res = await admin.post('/api/admin/budgeting/cycles', { year: 2030, title: 'Backwards', ...d, votingFrom: d.intakeFrom });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('cycle_phase_dates_order');
    expect(res.body.error.fields.votingFrom).toContain('voting');
    const patch = await admin.patch(`/api/admin/budgeting/cycles/${cycleId}`, { tallyingFrom: d.informingFrom });
    expect(patch.status).toBe(400);
    expect(Object.keys(patch.body.error.fields)).toEqual(['tallyingFrom']);
  });

  it('adds headings: one per district and one citywide, with limits fitting the ballot kind', async () => {
    const ok = await admin.post(`/api/admin/budgeting/cycles/${cycleId}/headings`, {
      districtId: 'admiralteysky',
      title: 'Бюджет Адмиралтейского района',
      amount: '15000000',
      maxWinners: 10,
    });
    expect(ok.status).toBe(201);
    expect(ok.body.headings[0]).toMatchObject({
      districtId: 'admiralteysky',
      amount: '15000000.00',
      ballotKind: 'approval-budget',
      residentsOnly: true,
      proposalCount: 0,
      feasibleCount: 0,
    });
    const city = await admin.post(`/api/admin/budgeting/cycles/${cycleId}/headings`, {
      districtId: null,
      title: 'Городской бюджет',
      amount: '50000000.50',
      ballotKind: 'points',
      pointsTotal: 10,
      pointsPerProject: 5,
      position: 1,
    });
    expect(city.status).toBe(201);
    expect(city.body.headings[1]).toMatchObject({ districtId: null, residentsOnly: false, amount: '50000000.50', pointsTotal: 10 });

    const again = await admin.post(`/api/admin/budgeting/cycles/${cycleId}/headings`, { districtId: 'admiralteysky', title: 'Ещё один', amount: '1000' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('cycle_heading_taken');

    const cases: [Record<string, unknown>, string, string][] = [
      [{ districtId: 'nevsky', title: 'Невский', amount: '1,5' }, 'amount', 'cycle_money_invalid'],
      [{ districtId: 'nevsky', title: 'Невский', amount: '0' }, 'amount', 'cycle_money_not_positive'],
      [{ districtId: 'atlantis', title: 'Атлантида', amount: '1000' }, 'districtId', 'cycle_district_unknown'],
      [{ districtId: 'nevsky', title: 'Невский', amount: '1000', ballotKind: 'approval-count' }, 'maxProjects', 'cycle_max_projects_required'],
      [
        { districtId: 'nevsky', title: 'Невский', amount: '1000', ballotKind: 'approval-count', minProjects: 4, maxProjects: 3 },
        'minProjects',
        'cycle_min_projects_invalid',
      ],
      [
        { districtId: 'nevsky', title: 'Невский', amount: '1000', ballotKind: 'points', pointsTotal: 5, pointsPerProject: 6 },
        'pointsPerProject',
        'cycle_points_per_project_invalid',
      ],
      [{ districtId: 'nevsky', title: 'Невский', amount: '1000', pointsTotal: 5 }, 'pointsTotal', 'cycle_limits_not_for_kind'],
      [{ districtId: 'nevsky', title: 'Невский', amount: '1000', maxWinners: 0 }, 'maxWinners', 'cycle_max_winners_invalid'],
    ];
    for (const [body, field, code] of cases) {
      const res = await admin.post(`/api/admin/budgeting/cycles/${cycleId}/headings`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe(code);
      expect(Object.keys(res.body.error.fields)).toEqual([field]);
    }
  });

  it('advances the phase (audited): the draft becomes public in informing', async () => {
    const res = await admin.post(`/api/admin/budgeting/cycles/${cycleId}/advance`);
    expect(res.status).toBe(200);
    expect(res.body.phase).toBe('informing');
    expect(res.body.next.phase).toBe('intake');
    const pub = await visitor.get(`/api/budgeting/cycles/${cycleId}`);
    expect(pub.status).toBe(200);
    expect(pub.body.headings).toHaveLength(2);
    const [audit] = await queryRows<{ data: { from: string; to: string } }>(
      t.database.db,
      sql`select data from audit_log where action = 'pb_cycle.advanced' and subject_id = ${cycleId}`,
    );
    expect(audit?.data).toMatchObject({ from: 'draft', to: 'informing' });
    expect((await admin.post(`/api/admin/budgeting/cycles/${cycleId}/advance`)).body.phase).toBe('intake');
  });

  it('shows a heading with its cycle, phase and proposals', async () => {
    const cycle = (await visitor.get(`/api/budgeting/cycles/${cycleId}`)).body;
    const res = await visitor.get(`/api/budgeting/headings/${cycle.headings[0].id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      heading: { id: cycle.headings[0].id, districtId: 'admiralteysky' },
      cycle: { id: cycleId, phase: 'intake' },
      phase: 'intake',
      proposals: [],
      otherCount: 0,
    });
    expect((await visitor.get('/api/budgeting/headings/00000000-0000-0000-0000-000000000000')).status).toBe(404);
    expect((await visitor.get('/api/budgeting/headings/not-a-uuid')).status).toBe(400);
  });

  it('assigns experts: only people with the expert role, each assignment once', async () => {
    const cycle = (await admin.get(`/api/budgeting/cycles/${cycleId}`)).body;
    const notExpert = await admin.post(`/api/admin/budgeting/cycles/${cycleId}/experts`, { userId: residentId });
    expect(notExpert.status).toBe(400);
    expect(notExpert.body.error.code).toBe('cycle_expert_not_expert');
    expect(notExpert.body.error.message).toContain('expert role');
    await grantRole(t, residentId, 'expert');
    const ok = await admin.post(`/api/admin/budgeting/cycles/${cycleId}/experts`, { userId: residentId, headingId: cycle.headings[0].id });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ userId: residentId, headingId: cycle.headings[0].id, topic: null, displayName: 'Test Resident' });
    expect((await admin.post(`/api/admin/budgeting/cycles/${cycleId}/experts`, { userId: residentId, headingId: cycle.headings[0].id })).status).toBe(409);
    expect((await admin.post(`/api/admin/budgeting/cycles/${cycleId}/experts`, { userId: residentId, topic: 'ecology' })).status).toBe(201);
    expect((await admin.get(`/api/admin/budgeting/cycles/${cycleId}/experts`)).body.items).toHaveLength(2);
    expect((await admin.delete(`/api/admin/budgeting/experts/${ok.body.id}`)).status).toBe(200);
    expect((await admin.delete(`/api/admin/budgeting/experts/${ok.body.id}`)).status).toBe(404);
  });

  it('cleans titles and descriptions by the one text rule', async () => {
    const res = await admin.post('/api/admin/budgeting/cycles', {
      year: 2032,
      title: '\u202eТвой бюджет\u200b 2032 ',
      description: 'Бюджет\u2066 для жителей.\r\n\r\n\r\nВторой абзац.',
      ...dates(3),
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ title: 'Твой бюджет 2032', description: 'Бюджет для жителей.\n\nВторой абзац.' });
    const h = await admin.post(`/api/admin/budgeting/cycles/${res.body.id}/headings`, { districtId: null, title: 'Город\u202e\ufeff', amount: '1000' });
    expect(h.status).toBe(201);
    expect(h.body.headings[0].title).toBe('Город');
    const blank = await admin.post(`/api/admin/budgeting/cycles/${res.body.id}/headings`, {
      districtId: 'nevsky',
      title: ' \u200b\u202e\u200b ',
      amount: '1000',
    });
    expect(blank.status).toBe(400);
    expect(Object.keys(blank.body.error.fields)).toEqual(['title']);
  });

  it('locks the rule once tallying starts and the headings once voting starts', async () => {
    for (let i = 0; i < 2; i++) await admin.post(`/api/admin/budgeting/cycles/${cycleId}/advance`);
    const cycle = (await admin.get(`/api/budgeting/cycles/${cycleId}`)).body;
    expect(cycle.phase).toBe('voting');
    const h = await admin.patch(`/api/admin/budgeting/headings/${cycle.headings[0].id}`, { amount: '1' });
    expect(h.status).toBe(409);
    expect(h.body.error.code).toBe('cycle_heading_locked');
    await admin.post(`/api/admin/budgeting/cycles/${cycleId}/advance`);
    const r = await admin.patch(`/api/admin/budgeting/cycles/${cycleId}`, { rule: 'equal-shares' });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('cycle_rule_locked');
    // not now (409): the last phase has no next one
    for (let i = 0; i < 2; i++) await admin.post(`/api/admin/budgeting/cycles/${cycleId}/advance`);
    expect((await admin.get(`/api/budgeting/cycles/${cycleId}`)).body.phase).toBe('implementation');
    const last = await admin.post(`/api/admin/budgeting/cycles/${cycleId}/advance`);
    expect(last.status).toBe(409);
    expect(last.body.error.code).toBe('cycle_last_phase');
  });
});
