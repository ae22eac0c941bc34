import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../src/core/audit/schema.js';
import { testApp, type TestApp } from './db.js';
import { grantRole, person } from './fixtures.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});

const rolesOf = async (p: Awaited<ReturnType<typeof person>>) =>
  ((await p.client.get('/api/me')).body.user.roles as { role: string; scopeType: string; scopeId: string | null }[])
    .map((g) => [g.role, g.scopeType, g.scopeId])
    .sort();

describe('test people', () => {
  it('are signed in with a confirmed account of their own, in the language asked', async () => {
    const [a, b] = [await person(t), await person(t, { lang: 'ru', email: 'named@gorod.test' })];
    expect(a.userId).not.toBe(b.userId);
    const me = await b.client.get('/api/me');
    expect(me.body.user).toMatchObject({ id: b.userId, email: 'named@gorod.test', emailConfirmed: true, verification: 'email', roles: [] });
    expect(b.client.lang).toBe('ru');
  });

  it('hold the roles asked for, in the city, a district or a department, granted by the accounts module and audited', async () => {
    const p = await person(t, { roles: ['administrator', { role: 'moderator', district: 'nevsky' }, { role: 'official', department: 'committee-roads' }] });
    expect(await rolesOf(p)).toEqual([
      ['administrator', 'city', null],
      ['moderator', 'district', 'nevsky'],
      ['official', 'department', 'committee-roads'],
    ]);
    const audited = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'role.granted'), eq(auditLog.subjectId, p.userId)));
    expect(audited).toHaveLength(3);
  });

  it('a role granted again is left as it is; a scope that does not exist is refused', async () => {
    const p = await person(t);
    await grantRole(t, p.userId, 'expert');
    await grantRole(t, p.userId, 'expert');
    expect(await rolesOf(p)).toEqual([['expert', 'city', null]]);
    await expect(grantRole(t, p.userId, 'official', { department: 'no-such-department' })).rejects.toThrow('validation_failed');
  });

  it('are verified residents of the district asked', async () => {
    const p = await person(t, { verified: { districtId: 'nevsky' } });
    expect((await p.client.get('/api/me')).body.user.verification).toBe('verified');
    expect((await p.client.get('/api/verification/me')).body).toMatchObject({ verified: true, method: 'in_person', districtId: 'nevsky' });
    const q = await person(t, { verified: true });
    expect((await q.client.get('/api/verification/me')).body).toMatchObject({ verified: true, districtId: 'admiralteysky' });
  });
});
