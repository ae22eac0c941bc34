import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departments } from '../../../core/city/schema.js';
import { queryRows } from '../../../core/db/client.js';
import { testApp, type TestApp } from '../../../../test/db.js';
import { person, type TestPerson } from '../../../../test/fixtures.js';
import type { TestClient } from '../../../../test/http-client.js';
import { answerTemplates, reportEvents, reports, routingRules } from '../db/schema.js';
import { routeReport } from '../use-cases/classifier/route-report.js';

let t: TestApp;
let admin: TestClient;
let resident: TestPerson;
const anonymous = () => new (resident.client.constructor as new (app: TestApp['app'], lang: string) => TestClient)(t.app, 'en');

beforeAll(async () => {
  t = await testApp();
  admin = (await person(t, { roles: ['administrator'] })).client;
  resident = await person(t);
});
afterAll(async () => t?.close());

const lastAudit = async () =>
  (
    await queryRows<{ action: string; subject_id: string | null; data: Record<string, unknown> }>(
      t.database.db,
      sql`select * from audit_log order by seq desc limit 1`,
    )
  )[0]!;

let made = 0;
/** A department of the test's own, through the route. */
async function department(extra: Record<string, unknown> = {}): Promise<string> {
  const res = await admin.post('/api/admin/departments', { nameRu: `Исполнитель ${++made}`, nameEn: `Test department ${made}`, kind: 'utility', ...extra });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

/** Reports with a department, straight into the table (their lifecycle is tested elsewhere). */
async function reportsFor(departmentId: string, statuses: ('sent' | 'in_progress' | 'closed' | 'rejected')[]): Promise<string[]> {
  const rows = await t.database.db
    .insert(reports)
    .values(statuses.map((status) => ({ reasonId: 189, districtId: 'nevsky', departmentId, lat: 59.93, lon: 30.36, description: 'Fixture report', status })))
    .returning({ id: reports.id });
  return rows.map((r) => r.id);
}

async function ruleFor(departmentId: string, reasonId: number, districtId: string | null): Promise<number> {
  const res = await admin.post('/api/admin/routing-rules', { reasonId, districtId, departmentId });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as number;
}

describe('creating and editing departments', () => {
  it('an administrator creates one with a made-up id, edits it, and it is on the public list; audited', async () => {
    const created = await admin.post('/api/admin/departments', {
      nameRu: 'Водоканал',
      nameEn: 'Water Utility',
      kind: 'utility',
      phone: '+7 812 305-09-09',
      email: '',
      website: 'https://www.vodokanal.spb.ru',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id: 'water-utility',
      kind: 'utility',
      districtId: null,
      phone: '+7 812 305-09-09',
      email: null,
      retiredAt: null,
      mergedInto: null,
    });
    expect(await lastAudit()).toMatchObject({ action: 'department.created', subject_id: 'water-utility' });
    const again = await admin.post('/api/admin/departments', { nameRu: 'Водоканал', nameEn: 'Water Utility', kind: 'utility' });
    expect(again.body.id).toBe('water-utility-2');

    const edited = await admin.patch('/api/admin/departments/water-utility', { phone: '+7 812 305-00-00', districtId: 'nevsky', kind: 'city_committee' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ phone: '+7 812 305-00-00', districtId: 'nevsky', kind: 'city_committee' });
    expect(await lastAudit()).toMatchObject({ action: 'department.updated', data: { fields: ['kind', 'districtId', 'phone'] } });
    const list = await anonymous().get('/api/departments');
    expect(list.body.items.map((d: { id: string }) => d.id)).toContain('water-utility');
  });

  it('bad input is a 400 naming the field; a given id already taken too', async () => {
    const bad = await admin.post('/api/admin/departments', { nameRu: 'Х', nameEn: 'Ministry', kind: 'ministry', id: 'Bad Id', districtId: 'atlantis' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['id', 'kind', 'nameRu']);
    const district = await admin.post('/api/admin/departments', { nameRu: 'Район', nameEn: 'District', kind: 'other', districtId: 'atlantis' });
    expect(district.status).toBe(400);
    expect(district.body.error.fields).toHaveProperty('districtId');
    const taken = await admin.post('/api/admin/departments', { id: 'admin-nevsky', nameRu: 'Дубль', nameEn: 'Double', kind: 'other' });
    expect(taken.status).toBe(400);
    expect(taken.body.error.fields.id).toMatch(/exists already/);
    expect((await admin.patch('/api/admin/departments/no-such', { phone: null })).status).toBe(404);
  });

  it('a head chosen at creation becomes an official of the new department and its head in one go; audited both; an unknown person is a 400', async () => {
    const head = await person(t);
    const id = await department({ headUserId: head.userId });
    const [row] = await t.database.db.select({ headUserId: departments.headUserId }).from(departments).where(eq(departments.id, id));
    expect(row?.headUserId).toBe(head.userId);
    const grants = await queryRows<{ role: string; scope_id: string }>(
      t.database.db,
      sql`select role, scope_id from role_grants where user_id = ${head.userId} and scope_type = 'department'`,
    );
    expect(grants).toEqual([{ role: 'official', scope_id: id }]);
    const audit = await queryRows<{ action: string; subject_id: string }>(
      t.database.db,
      sql`select action, subject_id from audit_log order by seq desc limit 2`,
    );
    expect(audit).toEqual([
      { action: 'role.granted', subject_id: head.userId },
      { action: 'department.created', subject_id: id },
    ]);

    const unknown = await admin.post('/api/admin/departments', {
      nameRu: 'Без главы',
      nameEn: 'Headless',
      kind: 'other',
      headUserId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields.headUserId).toMatch(/^Head: there is no such account/);
    const [none] = await t.database.db.select({ id: departments.id }).from(departments).where(eq(departments.nameEn, 'Headless'));
    expect(none).toBeUndefined();
  });

  it('anonymous callers are asked to sign in (401) and residents refused (403), on every route', async () => {
    const id = await department();
    const calls: [string, string, unknown?][] = [
      ['post', '/api/admin/departments', { nameRu: 'Тест', nameEn: 'Test', kind: 'other' }],
      ['patch', `/api/admin/departments/${id}`, { phone: null }],
      ['get', `/api/admin/departments/${id}/usage`],
      ['post', `/api/admin/departments/${id}/retire`, {}],
      ['post', `/api/admin/departments/${id}/restore`, {}],
      ['post', `/api/admin/departments/${id}/merge`, { intoId: 'admin-nevsky' }],
      ['delete', `/api/admin/departments/${id}`],
      ['post', '/api/admin/departments/import', { csv: 'id,name_ru,name_en,kind\n' }],
    ];
    for (const [method, url, body] of calls) {
      const call = (c: TestClient) => (c as unknown as Record<string, (u: string, b?: unknown) => Promise<{ status: number }>>)[method]!.call(c, url, body);
      expect((await call(anonymous())).status, `${method} ${url}`).toBe(401);
      expect((await call(resident.client)).status, `${method} ${url}`).toBe(403);
    }
  });
});

describe('retiring', () => {
  it('is refused while routing rules or open reports point at it, naming the counts', async () => {
    const id = await department();
    const rule = await ruleFor(id, 189, 'kurortny');
    await reportsFor(id, ['sent', 'in_progress', 'closed']);
    const refused = await admin.post(`/api/admin/departments/${id}/retire`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'department_retire_in_use' });
    expect(refused.body.error.message).toMatch(/routing rules \(1\) or open reports \(2\)/);
    expect((await admin.delete(`/api/admin/routing-rules/${rule}`)).status).toBe(204);
    await t.database.db.update(reports).set({ status: 'closed' }).where(eq(reports.departmentId, id));
    expect((await admin.post(`/api/admin/departments/${id}/retire`, {})).status).toBe(200);
  });

  it('a retired department leaves the public list, says so on its page, takes no new rules, and comes back', async () => {
    const id = await department();
    const retired = await admin.post(`/api/admin/departments/${id}/retire`, {});
    expect(retired.body.retiredAt).toEqual(expect.any(String));
    expect(await lastAudit()).toMatchObject({ action: 'department.retired', subject_id: id });
    expect((await anonymous().get('/api/departments')).body.items.map((d: { id: string }) => d.id)).not.toContain(id);
    expect((await admin.get('/api/departments?retired=include')).body.items.map((d: { id: string }) => d.id)).toContain(id);
    expect((await anonymous().get(`/api/departments/${id}`)).body).toMatchObject({ id, retiredAt: expect.any(String), mergedInto: null });
    const rule = await admin.post('/api/admin/routing-rules', { reasonId: 189, districtId: 'kurortny', departmentId: id });
    expect(rule.status).toBe(400);
    expect(rule.body.error.fields.departmentId).toMatch(/retired/);
    expect((await admin.post(`/api/admin/departments/${id}/retire`, {})).status).toBe(409);
    expect((await admin.post(`/api/admin/departments/${id}/restore`, {})).body.retiredAt).toBeNull();
    expect((await admin.post(`/api/admin/departments/${id}/restore`, {})).status).toBe(409);
  });

  it('a moderator cannot send a report to a retired department', async () => {
    const retired = await department();
    expect((await admin.post(`/api/admin/departments/${retired}/retire`, {})).status).toBe(200);
    const moderator = await person(t, { roles: ['moderator'] });
    const [row] = await t.database.db
      .insert(reports)
      .values({ reasonId: 189, districtId: 'nevsky', lat: 59.93, lon: 30.36, description: 'Fixture report on moderation', status: 'moderation' })
      .returning({ number: reports.number });
    const refused = await moderator.client.post(`/api/reports/${row!.number}/approve`, { departmentId: retired });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('report_department_retired');
  });

  it('routing never chooses a retired department, even with a rule left pointing at it', async () => {
    const id = await department();
    await ruleFor(id, 189, 'kurortny');
    expect(await routeReport(t.database.db, { reasonId: 189, categoryId: 0, districtId: 'kurortny' })).toBe(id);
    await t.database.db.update(departments).set({ retiredAt: new Date() }).where(eq(departments.id, id));
    const chosen = await routeReport(t.database.db, { reasonId: 189, categoryId: 0, districtId: 'kurortny' });
    expect(chosen).not.toBe(id);
    expect(chosen).toEqual(expect.any(String));
    await t.database.db.delete(routingRules).where(eq(routingRules.departmentId, id));
  });
});

describe('merging A into B', () => {
  it('moves all reports (with a history entry), rules, roles and templates, gives B the head, retires A with a pointer', async () => {
    const a = await department();
    const b = await department();
    const official = await person(t, { roles: [{ role: 'official', department: a }] });
    const both = await person(t, {
      roles: [
        { role: 'official', department: a },
        { role: 'official', department: b },
      ],
    });
    expect((await admin.patch(`/api/admin/departments/${a}`, { headUserId: official.userId })).status).toBe(200);
    const reportIds = await reportsFor(a, ['sent', 'closed', 'rejected']);
    await ruleFor(a, 189, 'kurortny');
    await ruleFor(a, 190, null);
    await ruleFor(b, 191, 'kurortny');
    await t.database.db.insert(answerTemplates).values({ departmentId: a, title: 'Thanks', text: 'We will fix it.' });

    const usage = await admin.get(`/api/admin/departments/${a}/usage`);
    expect(usage.body).toEqual({ reports: 3, openReports: 1, routingRules: 2, roles: 2, other: 1 });

    const merged = await admin.post(`/api/admin/departments/${a}/merge`, { intoId: b });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    expect(merged.body.moved).toEqual({ reports: 3, routingRules: 2, roles: 2, other: 1 });
    expect(merged.body.department).toMatchObject({ id: a, retiredAt: expect.any(String), mergedInto: { id: b } });

    const moved = await t.database.db
      .select({ departmentId: reports.departmentId })
      .from(reports)
      .where(sql`${reports.id} in ${reportIds}`);
    expect(moved.map((r) => r.departmentId)).toEqual([b, b, b]);
    const history = await t.database.db.select().from(reportEvents).where(eq(reportEvents.reportId, reportIds[0]!));
    expect(history.at(-1)).toMatchObject({ action: 'department_merged', departmentId: b, actorRole: 'administrator', data: { from: a } });
    const rules = await t.database.db.select().from(routingRules).where(eq(routingRules.departmentId, b));
    expect(rules).toHaveLength(3);
    const grants = await queryRows<{ user_id: string; scope_id: string }>(
      t.database.db,
      sql`select user_id, scope_id from role_grants where scope_type = 'department' and scope_id in (${a}, ${b})`,
    );
    expect(grants.map((g) => [g.user_id, g.scope_id]).sort()).toEqual(
      [
        [both.userId, b],
        [official.userId, b],
      ].sort(),
    );
    const [template] = await t.database.db.select().from(answerTemplates).where(eq(answerTemplates.title, 'Thanks'));
    expect(template!.departmentId).toBe(b);

    const page = await anonymous().get(`/api/departments/${b}`);
    expect(page.body.head).toMatchObject({ id: official.userId });
    expect((await anonymous().get(`/api/departments/${a}`)).body.mergedInto).toMatchObject({ id: b, nameEn: expect.any(String) });
    expect(await lastAudit()).toMatchObject({ action: 'department.merged', subject_id: a, data: { intoId: b, reports: 3, routingRules: 2, roles: 2 } });

    // what is done is done: a merged department neither merges again nor comes back
    expect((await admin.post(`/api/admin/departments/${a}/merge`, { intoId: 'admin-nevsky' })).body.error.code).toBe('department_already_merged');
    expect((await admin.post(`/api/admin/departments/${a}/restore`, {})).body.error.code).toBe('department_merged_cannot_restore');
    expect((await admin.post(`/api/admin/departments/${b}/merge`, { intoId: a })).body.error.code).toBe('department_merge_into_retired');
  });

  it('refuses itself and an unknown target', async () => {
    const a = await department();
    expect((await admin.post(`/api/admin/departments/${a}/merge`, { intoId: a })).body.error.code).toBe('department_merge_into_itself');
    const unknown = await admin.post(`/api/admin/departments/${a}/merge`, { intoId: 'no-such' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields).toHaveProperty('intoId');
    expect((await admin.post(`/api/admin/departments/no-such/merge`, { intoId: a })).status).toBe(404);
  });
});

describe('deleting', () => {
  it('only when nothing refers to it; with open reports 409 with the count, saying to merge', async () => {
    const unused = await department();
    expect((await admin.delete(`/api/admin/departments/${unused}`)).status).toBe(204);
    expect(await lastAudit()).toMatchObject({ action: 'department.deleted', subject_id: unused });
    expect((await anonymous().get(`/api/departments/${unused}`)).status).toBe(404);

    const busy = await department();
    await reportsFor(busy, ['sent', 'in_progress', 'closed']);
    const refused = await admin.delete(`/api/admin/departments/${busy}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'department_has_open_reports' });
    expect(refused.body.error.message).toMatch(/2 open reports.*Merge it into another department/);

    const history = await department();
    await reportsFor(history, ['closed']);
    const inUse = await admin.delete(`/api/admin/departments/${history}`);
    expect(inUse.status).toBe(409);
    expect(inUse.body.error.code).toBe('department_in_use');
    expect((await admin.delete('/api/admin/departments/no-such')).status).toBe(404);
  });
});

describe('importing a CSV', () => {
  const header = 'id,name_ru,name_en,kind,district,phone,email,address,website';

  it('a dry run previews; the import creates and updates by id; a second import changes nothing', async () => {
    const csv = `${header}\ncsv-roads,Дорожное хозяйство,Roads,city_committee,,+7 812 000-00-01,,,\n"csv-housing","ЖКС, №2","Housing No. 2",management_company,nevsky,,info@example.org,"Невский пр., 1",https://example.org\n`;
    const preview = await admin.post('/api/admin/departments/import', { csv, dryRun: true });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ dryRun: true, created: 2, updated: 0, problems: [] });
    expect((await anonymous().get('/api/departments/csv-roads')).status).toBe(404);

    const done = await admin.post('/api/admin/departments/import', { csv });
    expect(done.body).toMatchObject({ dryRun: false, created: 2, updated: 0, unchanged: 0 });
    expect(await lastAudit()).toMatchObject({ action: 'department.imported', data: { created: 2 } });
    expect((await anonymous().get('/api/departments/csv-housing')).body).toMatchObject({ nameRu: 'ЖКС, №2', districtId: 'nevsky', address: 'Невский пр., 1' });

    const changed = csv.replace('+7 812 000-00-01', '+7 812 000-00-02');
    expect((await admin.post('/api/admin/departments/import', { csv: changed })).body).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect((await anonymous().get('/api/departments/csv-roads')).body.phone).toBe('+7 812 000-00-02');
  });

  it('bad lines are reported by line number and nothing is written', async () => {
    const csv = [
      header,
      'csv-good,Хорошая,Good,other,,,,,',
      'csv-bad,Плохая,Bad,ministry,,,,,',
      'csv-x,Икс,Xenon,other,atlantis,,,,',
      'short,line',
      'Bad Id,Имя,Name,other,,,not-an-email,,',
    ].join('\n');
    const refused = await admin.post('/api/admin/departments/import', { csv });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('departments_csv_invalid');
    expect(refused.body.error.message).toMatch(/line 3: Kind: choose one of/);
    expect(refused.body.error.message).toMatch(/line 4: there is no district “atlantis”/);
    expect(refused.body.error.message).toMatch(/line 5: 2 cells instead of 9/);
    expect(refused.body.error.message).toMatch(/line 6: A department’s id: lower-case/);
    expect((await anonymous().get('/api/departments/csv-good')).status).toBe(404);

    const preview = await admin.post('/api/admin/departments/import', { csv, dryRun: true });
    expect(preview.body.problems.map((p: { line: number }) => p.line)).toEqual([3, 4, 5, 6, 6]);
    expect(preview.body.items.map((i: { id: string }) => i.id)).toEqual(['csv-good']);

    const header2 = await admin.post('/api/admin/departments/import', { csv: 'id,name\nx,y' });
    expect(header2.status).toBe(400);
    expect(header2.body.error.code).toBe('departments_csv_unknown_column');
    const quote = await admin.post('/api/admin/departments/import', { csv: `${header}\n"open,Имя,Name,other,,,,,` });
    expect(quote.body.error.message).toMatch(/line 2/);
  });
});
