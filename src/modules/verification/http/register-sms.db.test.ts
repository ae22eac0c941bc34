import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../core/db/client.js';
import { testApp, type TestApp } from '../../../../test/db.js';
import { TestClient, signedInResident, strongPassword } from '../../../../test/http-client.js';
import { createAdministrator } from '../../accounts/index.js';
import { verifiedResident } from '../index.js';

let t: TestApp;
let admin: TestClient;

beforeAll(async () => {
  t = await testApp();
  await createAdministrator(t.ctx, { email: 'chief@example.org', password: strongPassword, displayName: 'Chief' });
  admin = new TestClient(t.app, 'en');
  expect((await admin.post('/api/auth/login', { email: 'chief@example.org', password: strongPassword })).status).toBe(200);
});
afterAll(async () => t?.close());

const registerCsv = [
  'document_number;district;birth_date',
  '4010 123456;nevsky;17.03.1984',
  '4010 654321;primorsky;2001-09-01',
  'bad;nevsky;1984-03-17',
  '4010 111111;atlantis;1984-03-17',
].join('\n');

describe('the residents register', () => {
  it('is imported by administrators from CSV: good rows kept as hashes, bad lines named (audited)', async () => {
    const { client: resident } = await signedInResident(t.app, t.database, 'nosy@example.org');
    expect((await resident.post('/api/admin/verification/register', { csv: registerCsv })).status).toBe(403);

    const res = await admin.post('/api/admin/verification/register', { csv: registerCsv });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ lines: 4, imported: 2, entries: 2 });
    expect(res.body.problems.map((p: { line: number }) => p.line)).toEqual([4, 5]);
    expect(res.body.problems[1].message).toMatch(/(Line|Строка) 5: (Unknown district|Неизвестный район) «atlantis»/);

    const stored = await queryRows<Record<string, unknown>>(t.database.db, sql`select * from resident_register`);
    expect(JSON.stringify(stored)).not.toMatch(/4010|123456|654321/);
    const [audit] = await queryRows<{ action: string; data: Record<string, unknown> }>(
      t.database.db,
      sql`select action, data from audit_log order by seq desc limit 1`,
    );
    expect(audit).toMatchObject({ action: 'verification.register_imported', data: { imported: 2, problems: 2, replace: false, via: 'web' } });

    const empty = await admin.post('/api/admin/verification/register', { csv: 'passport\n123' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/document_number/);
    expect((await admin.get('/api/admin/verification/stats')).body.register.entries).toBe(2);
  });

  it('matches a resident by document number and birth date, giving the register district', async () => {
    expect((await admin.put('/api/admin/verification/methods/register', { enabled: true })).status).toBe(200);
    const { client, userId } = await signedInResident(t.app, t.database, 'reg@example.org');
    const wrongBirth = await client.post('/api/verification/register', { documentNumber: '4010123456', birthDate: '1984-03-18' });
    expect(wrongBirth.status).toBe(422);
    expect(wrongBirth.body.error.code).toBe('verification_register_no_match');
    expect((await client.post('/api/verification/register', { documentNumber: '4010123450', birthDate: '1984-03-17' })).body.error.code).toBe(
      'verification_register_no_match',
    );

    expect((await client.post('/api/verification/register', { documentNumber: ' 4010-123456 ', birthDate: '1984-03-17' })).status).toBe(204);
    expect(await verifiedResident(t.database.db, userId)).toMatchObject({ method: 'register', districtId: 'nevsky', birthDate: '1984-03-17' });

    const { client: second } = await signedInResident(t.app, t.database, 'reg2@example.org');
    expect((await second.post('/api/verification/register', { documentNumber: '4010123456', birthDate: '1984-03-17' })).body.error.code).toBe(
      'identity_already_used',
    );
  });

  it('is replaced by a full snapshot when asked', async () => {
    const res = await admin.post('/api/admin/verification/register', {
      csv: 'document_number,district,birth_date\nAB123456,kalininsky,1970-01-01',
      replace: true,
    });
    expect(res.body).toMatchObject({ imported: 1, entries: 1 });
  });
});

function smsFiles(): string[] {
  const dir = path.join(t.dataDir, 'sms');
  return fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .sort()
        .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    : [];
}
const lastCode = () => /\n\n\D*(\d{6})/.exec(smsFiles().at(-1) ?? '')?.[1] ?? '';

describe('a code by SMS', () => {
  it('is refused while the method is off', async () => {
    const { client } = await signedInResident(t.app, t.database, 'early-sms@example.org');
    expect((await client.post('/api/verification/sms/code', { phone: '+7 999 000-00-01' })).body.error.code).toBe('verification_method_disabled');
  });

  it('is written to DATA_DIR/sms/ without a provider, and the right code verifies the declared district and birth date', async () => {
    expect((await admin.put('/api/admin/verification/methods/sms', { enabled: true })).status).toBe(200);
    const { client, userId } = await signedInResident(t.app, t.database, 'sms@example.org');
    expect((await client.post('/api/verification/sms/code', { phone: 'call me' })).body.error.fields.phone).toMatch(/\+7 999 123-45-67/);
    const sent = await client.post('/api/verification/sms/code', { phone: '8 (999) 123-45-67' });
    expect(sent.status).toBe(202);
    expect(sent.body.sentTo).toBe('+7 *** ***-**-67');
    expect(smsFiles().at(-1)).toMatch(/^To: \+79991234567\n\n.*\d{6}/);
    const code = lastCode();

    const stored = await queryRows<Record<string, unknown>>(t.database.db, sql`select * from sms_codes`);
    expect(JSON.stringify(stored)).not.toMatch(new RegExp(`9991234567|"${code}"`));

    const wrong = await client.post('/api/verification/sms/confirm', {
      smsCode: code === '000000' ? '000001' : '000000',
      districtId: 'nevsky',
      birthDate: '1990-01-01',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields.smsCode).toMatch(/Attempts left: 4/);
    const ok = await client.post('/api/verification/sms/confirm', { smsCode: code, districtId: 'nevsky', birthDate: '1990-01-01' });
    expect(ok.status).toBe(204);
    expect(await verifiedResident(t.database.db, userId)).toMatchObject({ method: 'sms', districtId: 'nevsky', birthDate: '1990-01-01' });
    expect((await client.post('/api/verification/sms/confirm', { smsCode: code, districtId: 'nevsky', birthDate: '1990-01-01' })).status).toBe(410);
  });

  it('refuses a phone that already verified another account, only after the code proves the phone', async () => {
    const { client } = await signedInResident(t.app, t.database, 'sms2@example.org');
    expect((await client.post('/api/verification/sms/code', { phone: '+79991234567' })).status).toBe(202);
    const res = await client.post('/api/verification/sms/confirm', { smsCode: lastCode(), districtId: 'nevsky', birthDate: '1990-01-01' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('identity_already_used');
  });

  it('kills a code after five wrong guesses and limits codes per phone', async () => {
    const { client } = await signedInResident(t.app, t.database, 'sms3@example.org');
    expect((await client.post('/api/verification/sms/code', { phone: '+79990000003' })).status).toBe(202);
    const code = lastCode();
    const wrongCode = code === '111111' ? '222222' : '111111';
    for (let i = 0; i < 4; i++)
      expect((await client.post('/api/verification/sms/confirm', { smsCode: wrongCode, districtId: 'nevsky', birthDate: '1990-01-01' })).status).toBe(400);
    const fifth = await client.post('/api/verification/sms/confirm', { smsCode: wrongCode, districtId: 'nevsky', birthDate: '1990-01-01' });
    expect(fifth.status).toBe(410);
    expect((await client.post('/api/verification/sms/confirm', { smsCode: code, districtId: 'nevsky', birthDate: '1990-01-01' })).body.error.code).toBe(
      'verification_sms_no_code',
    );

    expect((await client.post('/api/verification/sms/code', { phone: '+79990000003' })).status).toBe(202);
    expect((await client.post('/api/verification/sms/code', { phone: '+79990000003' })).status).toBe(202);
    const limited = await client.post('/api/verification/sms/code', { phone: '+79990000003' });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('verification_sms_too_many');
  });
});
