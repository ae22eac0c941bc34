import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../core/db/client.js';
import { testApp, type TestApp } from '../../../../test/db.js';
import { TestClient, signedInResident, strongPassword } from '../../../../test/http-client.js';
import { createAdministrator } from '../../accounts/index.js';
import { verifiedResident } from '../index.js';

let t: TestApp;
let admin: TestClient;
let adminId: string;
let verifier: TestClient;
let verifierId: string;

async function lastAudit() {
  const [row] = await queryRows<{ action: string; actor_id: string | null; subject_id: string | null; data: Record<string, unknown> }>(
    t.database.db,
    sql`select action, actor_id, subject_id, data from audit_log order by seq desc limit 1`,
  );
  return row!;
}

beforeAll(async () => {
  t = await testApp();
  adminId = (await createAdministrator(t.ctx, { email: 'chief@example.org', password: strongPassword, displayName: 'Chief' })).userId;
  admin = new TestClient(t.app, 'en');
  expect((await admin.post('/api/auth/login', { email: 'chief@example.org', password: strongPassword })).status).toBe(200);
  ({ client: verifier, userId: verifierId } = await signedInResident(t.app, t.database, 'desk@example.org'));
  expect((await admin.post(`/api/admin/users/${verifierId}/roles`, { role: 'verifier', scopeType: 'district', scopeId: 'nevsky' })).status).toBe(201);
});
afterAll(async () => t?.close());

const inPerson = (userId: string, extra: Record<string, unknown> = {}) => ({
  userId,
  documentNumber: '4010 123456',
  districtId: 'nevsky',
  birthDate: '1984-03-17',
  ...extra,
});

describe('methods an administrator switches on', () => {
  it('starts with every method off, and refuses in-person verification while it is off', async () => {
    const methods = await admin.get('/api/admin/verification/methods');
    expect(methods.status).toBe(200);
    expect(methods.body.items.map((m: { method: string; enabled: boolean }) => [m.method, m.enabled])).toEqual([
      ['sms', false],
      ['register', false],
      ['in_person', false],
      ['oidc', false],
    ]);
    const { userId } = await signedInResident(t.app, t.database, 'early@example.org');
    const res = await verifier.post('/api/verification/in-person', inPerson(userId));
    // not now, whoever asks: the city does not offer the method (it is not about the verifier)
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('verification_method_disabled');
  });

  it('switches a method on (audited); only administrators may, and OpenID Connect needs configuring first', async () => {
    const res = await admin.put('/api/admin/verification/methods/in_person', { enabled: true });
    expect(res.status).toBe(200);
    expect(res.body.items.find((m: { method: string }) => m.method === 'in_person').enabled).toBe(true);
    expect(await lastAudit()).toMatchObject({ action: 'verification.method_changed', actor_id: adminId, subject_id: 'in_person', data: { enabled: true } });

    expect((await verifier.put('/api/admin/verification/methods/sms', { enabled: true })).body.error.code).toBe('not_administrator');
    const oidc = await admin.put('/api/admin/verification/methods/oidc', { enabled: true });
    expect(oidc.status).toBe(409);
    expect(oidc.body.error.code).toBe('verification_oidc_not_configured');
    expect((await admin.put('/api/admin/verification/methods/telepathy', { enabled: true })).status).toBe(400);
  });
});

describe('verification in person', () => {
  it('makes the account a verified resident of the district; the resident sees method, district and age band, never the document', async () => {
    const { client, userId } = await signedInResident(t.app, t.database, 'anna@example.org');
    const before = await client.get('/api/verification/me');
    expect(before.body).toMatchObject({ accountId: userId, verified: false, method: null, methods: ['in_person'] });

    const desk = await verifier.get(`/api/verification/accounts/${userId}`);
    expect(desk.body).toEqual({ id: userId, displayName: 'Test Resident', verified: false });

    const res = await verifier.post('/api/verification/in-person', inPerson(userId));
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: userId, displayName: 'Test Resident', verified: true });

    const me = await client.get('/api/verification/me');
    expect(me.body).toMatchObject({ verified: true, method: 'in_person', districtId: 'nevsky', ageBand: expect.stringMatching(/^\d\d-\d\d$|65\+/) });
    expect(JSON.stringify(me.body)).not.toMatch(/4010|123456|1984/);
    expect((await client.get('/api/me')).body.user.verification).toBe('verified');
    expect(await verifiedResident(t.database.db, userId)).toMatchObject({ method: 'in_person', districtId: 'nevsky', birthDate: '1984-03-17' });

    const audit = await lastAudit();
    expect(audit).toMatchObject({
      action: 'verification.granted',
      actor_id: verifierId,
      subject_id: userId,
      data: { method: 'in_person', verifiedBy: verifierId },
    });
    expect(JSON.stringify(audit)).not.toMatch(/4010|123456|1984/);
  });

  it('refuses the same document for a second account (spaces and dashes do not make it another), and a second verification', async () => {
    const { userId } = await signedInResident(t.app, t.database, 'boris@example.org');
    const dup = await verifier.post('/api/verification/in-person', inPerson(userId, { documentNumber: '4010-123-456' }));
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('identity_already_used');

    expect((await verifier.post('/api/verification/in-person', inPerson(userId, { documentNumber: '4010 654321' }))).status).toBe(201);
    const again = await verifier.post('/api/verification/in-person', inPerson(userId, { documentNumber: '4010 777777' }));
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_verified');
  });

  it('refuses staff of another district, residents, anonymous callers and verifying oneself', async () => {
    const { client: resident, userId } = await signedInResident(t.app, t.database, 'vera@example.org');
    const other = await verifier.post('/api/verification/in-person', inPerson(userId, { districtId: 'primorsky', documentNumber: '4010 000001' }));
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('verification_not_verifier_of_district');
    expect(other.body.error.message).toMatch(/another district/);

    expect((await resident.post('/api/verification/in-person', inPerson(userId, { documentNumber: '4010 000002' }))).body.error.code).toBe(
      'verification_not_verifier',
    );
    expect((await resident.get(`/api/verification/accounts/${userId}`)).status).toBe(403);
    expect((await new TestClient(t.app).post('/api/verification/in-person', inPerson(userId))).status).toBe(401);
    expect((await admin.post('/api/verification/in-person', inPerson(adminId, { documentNumber: '4010 000003' }))).body.error.code).toBe(
      'verification_not_self',
    );
  });

  it('explains bad input field by field', async () => {
    const { userId } = await signedInResident(t.app, t.database, 'gleb@example.org');
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ documentNumber: '12' }, 'documentNumber', /6 to 20 letters and digits/],
      [{ documentNumber: '4010 12345$' }, 'documentNumber', /only letters and digits/],
      [{ birthDate: '2999-01-01' }, 'birthDate', /cannot be in the future/],
      [{ birthDate: '1984-02-30' }, 'birthDate', /e\.g\. 1984-03-17/],
      // the schema's own message for the format, not a generic «invalid format»
      [{ birthDate: '17.03.1984' }, 'birthDate', /^Write the birth date as a date, e\.g\. 1984-03-17\.$/],
    ];
    for (const [change, field, message] of cases) {
      const res = await verifier.post('/api/verification/in-person', inPerson(userId, { documentNumber: '4010 999999', ...change }));
      expect(res.status, JSON.stringify(change)).toBe(400);
      expect(res.body.error.fields[field]).toMatch(message);
    }
    const unknownDistrict = await admin.post('/api/verification/in-person', inPerson(userId, { documentNumber: '4010 999999', districtId: 'atlantis' }));
    expect(unknownDistrict.body.error.fields.districtId).toMatch(/Choose a district|Выберите район/);
    const ghost = await verifier.post('/api/verification/in-person', inPerson('00000000-0000-4000-8000-000000000000', { documentNumber: '4010 999998' }));
    expect(ghost.status).toBe(404);
    expect(ghost.body.error.code).toBe('verification_account_not_found');
    expect(await verifiedResident(t.database.db, userId)).toBeNull();
  });
});

describe('administrators list, count and revoke', () => {
  it('lists verifications with names and age bands, and finds one by document number without storing it', async () => {
    const list = await admin.get('/api/admin/verification?districtId=nevsky');
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(2);
    expect(list.body.items[0]).toMatchObject({ method: 'in_person', districtId: 'nevsky', verifiedBy: { id: verifierId }, revokedAt: null });
    expect(JSON.stringify(list.body)).not.toMatch(/1984-03-17|@example\.org/);

    const found = await admin.get(`/api/admin/verification?q=${encodeURIComponent('4010123456')}`);
    expect(found.body.items.map((i: { user: { displayName: string } }) => i.user.displayName)).toEqual(['Test Resident']);
    expect((await admin.get('/api/admin/verification?q=4010999000')).body.total).toBe(0);
    expect((await verifier.get('/api/admin/verification')).status).toBe(403);

    const stats = await admin.get('/api/admin/verification/stats');
    expect(stats.body).toMatchObject({
      active: 2,
      revoked: 0,
      byMethod: [{ method: 'in_person', count: 2 }],
      byDistrict: [{ districtId: 'nevsky', count: 2 }],
    });
  });

  it('revokes with a reason (audited): the account is no longer verified, sees why, and the document may verify again', async () => {
    const { client, userId } = await signedInResident(t.app, t.database, 'dina@example.org');
    expect((await verifier.post('/api/verification/in-person', inPerson(userId, { documentNumber: 'AB 555555' }))).status).toBe(201);

    expect((await verifier.post(`/api/admin/verification/${userId}/revoke`, { reason: 'Document was lost' })).status).toBe(403);
    expect((await admin.post(`/api/admin/verification/${userId}/revoke`, { reason: '' })).status).toBe(400);
    // the reason goes through the one text rule (the person reads it): no bidi override or zero-width character is kept
    const res = await admin.post(`/api/admin/verification/${userId}/revoke`, { reason: ' Document\u200b was lost\u202e ' });
    expect(res.status).toBe(204);
    expect(await lastAudit()).toMatchObject({
      action: 'verification.revoked',
      actor_id: adminId,
      subject_id: userId,
      data: { method: 'in_person', reason: 'Document was lost' },
    });

    expect((await client.get('/api/me')).body.user.verification).toBe('email');
    expect((await client.get('/api/verification/me')).body).toMatchObject({ verified: false, revoked: { reason: 'Document was lost' } });
    expect((await admin.post(`/api/admin/verification/${userId}/revoke`, { reason: 'again' })).body.error.code).toBe('verification_not_verified');

    const { userId: other } = await signedInResident(t.app, t.database, 'dina2@example.org');
    expect((await verifier.post('/api/verification/in-person', inPerson(other, { documentNumber: 'AB555555' }))).status).toBe(201);
    const stats = await admin.get('/api/admin/verification/stats');
    expect(stats.body).toMatchObject({ active: 3, revoked: 1 });
    expect((await admin.get('/api/admin/verification?status=revoked')).body.items[0]).toMatchObject({
      user: { id: userId },
      revokeReason: 'Document was lost',
    });
  });
});
