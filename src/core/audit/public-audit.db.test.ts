import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/db.js';
import { person, type TestPerson } from '../../../test/fixtures.js';
import { identityHash, recordVerification } from '../../modules/verification/index.js';
import { createApiKey } from '../../modules/reports/use-cases/open311/api-keys.js';
import { appendAudit, verifyAuditChain } from './audit.js';

type Entry = { action: string; sentence: string; parts: { text: string; href?: string }[]; data: Record<string, unknown>; subjectId: string | null };

/**
 * The public audit log in words: what staff did, by role, linked — and never how or by whom a resident was verified,
 * an API key's prefix or id, an e-mail, a phone or an IP address, in either language. The chain still verifies.
 */
describe('the public audit log', () => {
  let t: TestApp;
  let moderator: TestPerson;
  let verifier: TestPerson;
  let official: TestPerson;
  let resident: TestPerson;
  let key: { id: string; prefix: string; secret: string };
  const secrets: string[] = [];
  const read = async (lang: 'ru' | 'en', query = 'limit=50') => {
    const res = await t.app.inject({ method: 'GET', url: `/api/audit?${query}`, headers: { 'accept-language': lang } });
    expect(res.statusCode).toBe(200);
    return { text: res.body, items: (res.json() as { items: Entry[] }).items };
  };

  beforeAll(async () => {
    t = await testApp();
    moderator = await person(t, { roles: ['moderator'] });
    verifier = await person(t, { roles: ['verifier'] });
    official = await person(t, { roles: [{ role: 'official', department: 'committee-roads' }] });
    resident = await person(t);
    // a verifier checks a resident's passport at a desk: the method, the document and the verifier are on record, not in public
    await t.database.db.transaction(async (tx) =>
      recordVerification(tx, {
        userId: resident.userId,
        method: 'in_person',
        identityHash: await identityHash(tx, 'document', '4010 123456'),
        districtId: 'nevsky',
        birthDate: '1984-02-03',
        verifiedBy: verifier.userId,
        actorId: verifier.userId,
      }),
    );
    const created = await createApiKey(t.ctx, 'operator', 'Integration for ivanov@example.org');
    key = { id: created.row.id, prefix: created.row.prefix, secret: created.key };
    await t.database.db.transaction(async (tx) => {
      await appendAudit(tx, {
        actorId: moderator.userId,
        action: 'report.approve',
        subjectType: 'report',
        subjectId: '38',
        data: { from: 'moderation', to: 'sent', departmentId: 'committee-roads' },
      });
      await appendAudit(tx, {
        actorId: official.userId,
        action: 'report.answer',
        subjectType: 'report',
        subjectId: '38',
        data: { from: 'in_progress', to: 'answer_moderation', departmentId: 'committee-roads', photoIds: [] },
      });
      // a free-text reason an administrator typed, with contacts in it: the kind does not show it
      await appendAudit(tx, {
        actorId: null,
        action: 'user.blocked',
        subjectType: 'user',
        subjectId: resident.userId,
        data: { until: null, reason: 'spam from +7 921 555-12-34, ivanov@example.org, IP 203.0.113.7' },
      });
    });
    secrets.push(verifier.userId, resident.userId, moderator.userId, official.userId, key.id, key.prefix, key.secret, 'in_person', 'verifiedBy');
    secrets.push(verifier.email, resident.email, moderator.email, 'ivanov@example.org', '555-12-34', '203.0.113.7', 'identityHash', 'birthDate', '1984');
  });
  afterAll(async () => t?.close());

  it('reads as sentences with the actor by role and the report linked, in English and in Russian', async () => {
    const en = (await read('en')).items;
    const approve = en.find((e) => e.action === 'report.approve')!;
    expect(approve.sentence).toBe('Moderator approved report No. 38 and sent it to Committee for Transport Infrastructure');
    expect(approve.parts).toContainEqual({ text: 'report No. 38', href: '/reports/38' });
    expect(approve.parts).toContainEqual({ text: 'Committee for Transport Infrastructure', href: '/departments/committee-roads' });
    expect(en.find((e) => e.action === 'report.answer')!.sentence).toBe('Official of Committee for Transport Infrastructure answered report No. 38');
    expect(en.find((e) => e.action === 'verification.granted')!.sentence).toMatch(/^A resident living in Nevsky .* was verified$/);

    const ru = (await read('ru')).items;
    expect(ru.find((e) => e.action === 'report.approve')!.sentence).toBe(
      'Модератор одобрил обращение № 38 и направил его исполнителю «Комитет по развитию транспортной инфраструктуры»',
    );
    expect(ru.find((e) => e.action === 'api_key.created')!.sentence).toBe('Администратор (командная строка) выдал новый ключ доступа к Open311 API');
    expect(ru.every((e) => e.sentence.length > 10 && !/\{\w+\}/.test(e.sentence))).toBe(true);
  });

  it('never shows how or by whom a resident was verified, an API key, e-mails, phones or IP addresses, in either language', async () => {
    for (const lang of ['ru', 'en'] as const) {
      const { text, items } = await read(lang);
      for (const secret of secrets) expect(text, `${lang}: ${secret}`).not.toContain(secret);
      expect(text).not.toMatch(/@example\.org|actorId/);
      expect(items.find((e) => e.action === 'verification.granted')).toMatchObject({ data: {}, subjectId: null });
      expect(items.find((e) => e.action === 'api_key.created')).toMatchObject({ data: {}, subjectId: null });
      // the subject filter still works, and shows no more
      const one = await read(lang, `subjectType=user&subjectId=${resident.userId}`);
      expect(one.items.map((e) => e.action)).toEqual(expect.arrayContaining(['verification.granted', 'user.blocked']));
      for (const secret of secrets.filter((s) => s !== resident.userId)) expect(one.text).not.toContain(secret);
    }
  });

  it('filters by area and keeps the hash chain whole (what is hashed is unchanged)', async () => {
    const { items } = await read('en', 'area=reports&limit=50');
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((e) => e.action.startsWith('report.') || e.action.startsWith('api_key.') || e.action.startsWith('department'))).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: '/api/audit?area=nowhere' })).statusCode).toBe(400);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true });
  });
});
