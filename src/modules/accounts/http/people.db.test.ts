import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../core/db/client.js';
import { testApp, type TestApp } from '../../../../test/db.js';
import { TestClient, signedInResident, strongPassword } from '../../../../test/http-client.js';
import { createAdministrator } from '../use-cases/admin-users.js';

let t: TestApp;
let admin: TestClient;
let moderator: TestClient;
let moderatorId: string;
let resident: TestClient;
let residentId: string;
let officialId: string;

beforeAll(async () => {
  t = await testApp();
  await createAdministrator(t.ctx, { email: 'chief@example.org', password: strongPassword, displayName: 'Chief' });
  admin = new TestClient(t.app, 'en');
  await admin.post('/api/auth/login', { email: 'chief@example.org', password: strongPassword });
  ({ client: moderator, userId: moderatorId } = await signedInResident(t.app, t.database, 'mod@example.org'));
  ({ client: resident, userId: residentId } = await signedInResident(t.app, t.database, 'troll@example.org', 'ru'));
  ({ userId: officialId } = await signedInResident(t.app, t.database, 'clerk@example.org'));
  expect((await admin.post(`/api/admin/users/${moderatorId}/roles`, { role: 'moderator', scopeType: 'city', scopeId: null })).status).toBe(201);
  expect((await admin.post(`/api/admin/users/${officialId}/roles`, { role: 'official', scopeType: 'department', scopeId: 'admin-nevsky' })).status).toBe(201);
});
afterAll(async () => t?.close());

describe('public profiles', () => {
  it('show name, district and roles with the department they cover, never the e-mail', async () => {
    const res = await new TestClient(t.app, 'en').get(`/api/people/${officialId}`);
    expect(res.status).toBe(200);
    expect(res.body.roles).toEqual([
      { role: 'official', scopeType: 'department', scopeId: 'admin-nevsky', scopeNameRu: expect.stringContaining('Невского'), scopeNameEn: expect.any(String) },
    ]);
    expect(JSON.stringify(res.body)).not.toContain('@example.org');
  });

  it('list staff by role and department, never ordinary residents', async () => {
    const anyone = new TestClient(t.app, 'en');
    const officials = await anyone.get('/api/people?role=official&scopeId=admin-nevsky');
    expect(officials.body.items.map((p: { id: string }) => p.id)).toEqual([officialId]);
    const everyone = await anyone.get('/api/people');
    const ids = everyone.body.items.map((p: { id: string }) => p.id);
    expect(ids).toEqual(expect.arrayContaining([officialId, moderatorId]));
    expect(ids).not.toContain(residentId);
    expect(JSON.stringify(everyone.body)).not.toContain('@example.org');
  });

  it('answer 404 with a message for an unknown person', async () => {
    const res = await new TestClient(t.app, 'ru').get('/api/people/00000000-0000-4000-8000-000000000000');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toMatch(/участника нет/);
  });
});

describe('blocking a person until a date, with a reason', () => {
  it('a city moderator blocks a resident: signed out, and sign-in names the end and the reason in their language', async () => {
    const until = new Date(Date.now() + 3 * 24 * 3600_000);
    const res = await moderator.post(`/api/people/${residentId}/block`, { blocked: true, until: until.toISOString(), reason: 'Оскорбления в комментариях' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ blocked: true, blockReason: 'Оскорбления в комментариях', blockedUntil: until.toISOString() });
    expect((await resident.get('/api/me')).status).toBe(401);
    const login = await new TestClient(t.app, 'ru').post('/api/auth/login', { email: 'troll@example.org', password: strongPassword });
    expect(login.status).toBe(403);
    expect(login.body.error.code).toBe('account_blocked_until');
    expect(login.body.error.message).toContain('Оскорбления в комментариях');
    const [entry] = await queryRows<{ action: string; data: Record<string, unknown> }>(
      t.database.db,
      sql`select action, data from audit_log order by seq desc limit 1`,
    );
    expect(entry).toMatchObject({ action: 'user.blocked', data: { reason: 'Оскорбления в комментариях', until: until.toISOString() } });
  });

  it('a block whose end has passed no longer stops sign-in', async () => {
    await t.database.db.execute(sql`update users set blocked_until = now() - interval '1 minute' where id = ${residentId}`);
    const login = await new TestClient(t.app).post('/api/auth/login', { email: 'troll@example.org', password: strongPassword });
    expect(login.status).toBe(200);
    expect((await admin.get(`/api/admin/users/${residentId}`)).body).toMatchObject({ blocked: false, blockedUntil: null });
  });

  it('refuses a block without a reason or with an end in the past, field by field', async () => {
    const noReason = await moderator.post(`/api/people/${residentId}/block`, { blocked: true });
    expect(noReason.status).toBe(400);
    expect(Object.keys(noReason.body.error.fields)).toEqual(['reason']);
    const past = await moderator.post(`/api/people/${residentId}/block`, { blocked: true, reason: 'spam', until: '2020-01-01T00:00:00Z' });
    expect(past.status).toBe(400);
    expect(Object.keys(past.body.error.fields)).toEqual(['until']);
  });

  it('moderators cannot block staff; residents cannot block anyone', async () => {
    const staff = await moderator.post(`/api/people/${officialId}/block`, { blocked: true, reason: 'x' });
    expect(staff.status).toBe(403);
    expect(staff.body.error.code).toBe('cannot_block_staff');
    const { client: other } = await signedInResident(t.app, t.database, 'other@example.org');
    const byResident = await other.post(`/api/people/${residentId}/block`, { blocked: true, reason: 'x' });
    expect(byResident.status).toBe(403);
    expect((await new TestClient(t.app).post(`/api/people/${residentId}/block`, { blocked: true, reason: 'x' })).status).toBe(401);
  });
});
