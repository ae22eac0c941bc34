import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../core/audit/audit.js';
import { queryRows } from '../../../core/db/client.js';
import { testApp, type TestApp } from '../../../../test/db.js';
import { TestClient, signedInResident, strongPassword } from '../../../../test/http-client.js';
import { createAdministrator } from '../use-cases/admin-users.js';

let t: TestApp;
let admin: TestClient;
let adminId: string;
let resident: TestClient;
let residentId: string;

beforeAll(async () => {
  t = await testApp();
  adminId = (await createAdministrator(t.ctx, { email: 'chief@example.org', password: strongPassword, displayName: 'Chief' })).userId;
  admin = new TestClient(t.app, 'en');
  expect((await admin.post('/api/auth/login', { email: 'chief@example.org', password: strongPassword })).status).toBe(200);
  ({ client: resident, userId: residentId } = await signedInResident(t.app, t.database, 'worker@example.org'));
});
afterAll(async () => t?.close());

describe('administrators manage users and roles', () => {
  it('lists and searches accounts with their roles', async () => {
    const all = await admin.get('/api/admin/users');
    expect(all.status).toBe(200);
    expect(all.body.total).toBeGreaterThanOrEqual(2);
    const found = await admin.get('/api/admin/users?q=WORKER');
    expect(found.body.items.map((u: { email: string }) => u.email)).toEqual(['worker@example.org']);
    const admins = await admin.get('/api/admin/users?role=administrator');
    expect(admins.body.items.map((u: { email: string }) => u.email)).toEqual(['chief@example.org']);
  });

  it('grants an official role scoped to a department; it takes effect on the next request and is audited', async () => {
    const res = await admin.post(`/api/admin/users/${residentId}/roles`, { role: 'official', scopeType: 'department', scopeId: 'admin-nevsky' });
    expect(res.status).toBe(201);
    expect(res.body.roles).toMatchObject([{ role: 'official', scopeType: 'department', scopeId: 'admin-nevsky' }]);
    expect((await resident.get('/api/me')).body.user.roles[0].role).toBe('official');

    const [entry] = await queryRows<{ action: string; actor_id: string; subject_id: string; data: Record<string, unknown> }>(
      t.database.db,
      sql`select action, actor_id, subject_id, data from audit_log order by seq desc limit 1`,
    );
    expect(entry).toMatchObject({ action: 'role.granted', actor_id: adminId, subject_id: residentId, data: { role: 'official', scopeId: 'admin-nevsky' } });
    expect(JSON.stringify(entry)).not.toContain('worker@example.org');

    const dup = await admin.post(`/api/admin/users/${residentId}/roles`, { role: 'official', scopeType: 'department', scopeId: 'admin-nevsky' });
    expect(dup.status).toBe(409);
  });

  it('refuses grants that make no sense, with the reason in words', async () => {
    const cases = [
      [{ role: 'official', scopeType: 'city', scopeId: null }, 'official_needs_department'],
      [{ role: 'administrator', scopeType: 'district', scopeId: 'nevsky' }, 'administrator_city_only'],
      [{ role: 'moderator', scopeType: 'district', scopeId: null }, 'scope_required'],
      [{ role: 'expert', scopeType: 'city', scopeId: 'nevsky' }, 'scope_not_expected'],
    ] as const;
    for (const [body, code] of cases) {
      const res = await admin.post(`/api/admin/users/${residentId}/roles`, body);
      expect(res.status, code).toBe(403);
      expect(res.body.error.code).toBe(code);
    }
    const unknown = await admin.post(`/api/admin/users/${residentId}/roles`, { role: 'moderator', scopeType: 'district', scopeId: 'atlantis' });
    expect(unknown.status).toBe(400);
    // the administrator's own language setting (Russian by default) decides the message
    expect(unknown.body.error.fields.scopeId).toBe('Нет такого исполнителя или района.');
    const badRole = await admin.post(`/api/admin/users/${residentId}/roles`, { role: 'mayor', scopeType: 'city' });
    expect(badRole.status).toBe(400);
    expect(Object.keys(badRole.body.error.fields)).toEqual(['role']);
  });

  it('refuses an official role in a retired department (409, in words), and grants none', async () => {
    await t.database.db.execute(
      sql`insert into departments (id, name_ru, name_en, kind, retired_at) values ('old-works', 'Старый трест', 'Old works trust', 'committee', now())`,
    );
    const res = await admin.post(`/api/admin/users/${residentId}/roles`, { role: 'official', scopeType: 'department', scopeId: 'old-works' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('role_department_retired');
    expect(res.body.error.message).toMatch(/^Этот исполнитель выведен из работы/);
    const held = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from role_grants where scope_id = 'old-works'`);
    expect(held[0]!.n).toBe(0);
  });

  it('never removes the last city administrator', async () => {
    const me = await admin.get(`/api/admin/users/${adminId}`);
    const grantId = me.body.roles.find((r: { role: string }) => r.role === 'administrator').id;
    const res = await admin.delete(`/api/admin/users/${adminId}/roles/${grantId}`);
    // not now, whoever asks: another administrator must be named first
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('last_administrator');
    const blockSelf = await admin.post(`/api/admin/users/${adminId}/block`, { blocked: true, reason: 'test' });
    expect(blockSelf.status).toBe(409);
    expect(blockSelf.body.error.code).toBe('last_administrator');
  });

  it('revokes a role (audited) and blocks an account, which signs it out', async () => {
    const user = await admin.get(`/api/admin/users/${residentId}`);
    const grantId = user.body.roles[0].id;
    const res = await admin.delete(`/api/admin/users/${residentId}/roles/${grantId}`);
    expect(res.status).toBe(200);
    expect(res.body.roles).toEqual([]);
    const blocked = await admin.post(`/api/admin/users/${residentId}/block`, { blocked: true, reason: 'Spam in comments' });
    expect(blocked.body.blocked).toBe(true);
    expect((await resident.get('/api/me')).status).toBe(401);
    const login = await new TestClient(t.app).post('/api/auth/login', { email: 'worker@example.org', password: strongPassword });
    expect(login.body.error.code).toBe('account_blocked');
    await admin.post(`/api/admin/users/${residentId}/block`, { blocked: false });
    const actions = await queryRows<{ action: string }>(t.database.db, sql`select action from audit_log order by seq`);
    expect(actions.map((a) => a.action)).toEqual(['role.granted', 'role.granted', 'role.revoked', 'user.blocked', 'user.unblocked']);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true, entries: 5 });
  });

  it('shows background work and puts a job that gave up back in the queue', async () => {
    await t.database.db.execute(sql`insert into jobs (kind, attempts, failed_at, last_error) values ('test.broken', 6, now(), 'smtp down')`);
    const res = await admin.get('/api/admin/jobs');
    expect(res.status).toBe(200);
    expect(res.body.failed).toBe(1);
    const [failed] = res.body.failedJobs;
    expect(failed).toMatchObject({ kind: 'test.broken', lastError: 'smtp down' });
    expect((await admin.post(`/api/admin/jobs/${failed.id}/retry`)).status).toBe(200);
    expect((await admin.get('/api/admin/jobs')).body.failed).toBe(0);
    expect((await admin.post(`/api/admin/jobs/${failed.id}/retry`)).status).toBe(404);
    const { client: someone } = await signedInResident(t.app, t.database, 'someone@example.org');
    expect((await someone.get('/api/admin/jobs')).status).toBe(403);
    expect((await new TestClient(t.app).get('/api/admin/jobs')).status).toBe(401);
    await t.database.db.execute(sql`delete from jobs where kind = 'test.broken'`);
  });

  it('residents and visitors get 403/401 from every admin route', async () => {
    const anon = new TestClient(t.app, 'ru');
    const { client: other } = await signedInResident(t.app, t.database, 'curious@example.org', 'ru');
    const routes: ['GET' | 'POST' | 'DELETE', string, unknown?][] = [
      ['GET', '/api/admin/users'],
      ['GET', `/api/admin/users/${adminId}`],
      ['GET', '/api/admin/outbox'],
      ['POST', `/api/admin/users/${adminId}/block`, { blocked: true }],
      ['POST', `/api/admin/users/${residentId}/roles`, { role: 'administrator', scopeType: 'city' }],
    ];
    for (const [method, url, body] of routes) {
      const a = await anon.request(method, url, body);
      expect(a.status, url).toBe(401);
      const o = await other.request(method, url, body);
      expect(o.status, url).toBe(403);
      expect(o.body.error.message).toBe('Это может сделать только администратор города.');
    }
  });

  it('shows administrators the outbox with the confirmation mails', async () => {
    const res = await admin.get('/api/admin/outbox');
    expect(res.status).toBe(200);
    expect(res.body.mode).toBe('files');
    expect(res.body.items.some((m: { to: string; kind: string }) => m.to === 'worker@example.org' && m.kind === 'confirm')).toBe(true);
  });
});

describe('the audit log in public', () => {
  it('lists entries and verifies the chain without personal data', async () => {
    const anon = new TestClient(t.app);
    const list = await anon.get('/api/audit?limit=2');
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(2);
    expect(list.body.items[0].seq).toBeGreaterThan(list.body.items[1].seq);
    expect(JSON.stringify(list.body)).not.toMatch(/@example\.org/);
    const verify = await anon.get('/api/audit/verify');
    expect(verify.body.ok).toBe(true);
  });
});

// last: the deletion writes to the audit log, which the tests above count
describe('deleted accounts in administration', () => {
  it('leaves deleted accounts out of the list and answers 404 for one by id or a block of it', async () => {
    const { client: gone, userId: goneId } = await signedInResident(t.app, t.database, 'leaving@example.org');
    expect((await admin.get('/api/admin/users?q=leaving')).body.total).toBe(1);
    expect((await gone.post('/api/me/account/delete', { password: strongPassword, content: 'anonymise' })).status).toBe(200);
    const { items, total } = (await admin.get('/api/admin/users?limit=100')).body;
    expect(items.map((u: { id: string }) => u.id)).not.toContain(goneId);
    expect(total).toBe(items.length);
    expect((await admin.get(`/api/admin/users/${goneId}`)).status).toBe(404);
    expect((await admin.post(`/api/admin/users/${goneId}/block`, { blocked: true, reason: 'Spam' })).status).toBe(404);
    expect((await admin.post(`/api/admin/users/${goneId}/roles`, { role: 'moderator', scopeType: 'city' })).status).toBe(404);
  });
});
