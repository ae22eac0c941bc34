import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/db.js';
import { signedInResident } from '../../../test/http-client.js';
import { identityHash, recordVerification, verifiedResident } from './index.js';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

const verify = (userId: string, document: string) =>
  t.database.db.transaction(async (tx) =>
    recordVerification(tx, {
      userId,
      method: 'register',
      identityHash: await identityHash(tx, 'document', document),
      districtId: 'nevsky',
      birthDate: '1980-02-03',
      verifiedBy: null,
      actorId: userId,
    }),
  );

describe('recording a verification', () => {
  it('makes the account a verified resident with the district and birth date', async () => {
    const { client, userId } = await signedInResident(t.app, t.database, 'anna@example.org');
    expect(await verifiedResident(t.database.db, userId)).toBeNull();
    await verify(userId, '4010123456');
    expect(await verifiedResident(t.database.db, userId)).toMatchObject({ method: 'register', districtId: 'nevsky', birthDate: '1980-02-03' });
    expect((await client.get('/api/me')).body.user.verification).toBe('verified');
  });

  it('refuses a document already used by another account, and a second verification of the same account', async () => {
    const a = await signedInResident(t.app, t.database, 'a@example.org');
    const b = await signedInResident(t.app, t.database, 'b@example.org');
    await verify(a.userId, '4010123456');
    await expect(verify(b.userId, '4010123456')).rejects.toMatchObject({ status: 409, code: 'identity_already_used' });
    await expect(verify(a.userId, '4010999999')).rejects.toMatchObject({ status: 409, code: 'already_verified' });
    expect(await verifiedResident(t.database.db, b.userId)).toBeNull();
  });

  it('keys the identity hash with the installation pepper: the same document gives the same hash, never the number', async () => {
    const h1 = await t.database.db.transaction((tx) => identityHash(tx, 'document', '4010123456'));
    const h2 = await t.database.db.transaction((tx) => identityHash(tx, 'document', '4010123456'));
    expect(h1).toBe(h2);
    expect(h1).toMatch(/^[0-9a-f]{64}$/);
    expect(h1).not.toContain('4010123456');
  });
});
