import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserActor } from '../../../core/auth/actor.js';
import { testApp, type TestApp } from '../../../../test/db.js';
import { person, type TestPerson } from '../../../../test/fixtures.js';
import { TestClient } from '../../../../test/http-client.js';
import { users } from '../db/schema.js';
import { parsePersonCode, personCodeAlphabet, personCodeFromRandom, personCodeLink } from '../domain/person-code.js';
import { ensurePersonCode, findPeopleAtDesk, qrSvg, randomPersonCode } from '../use-cases/person-code.js';

let t: TestApp;
let resident: TestPerson;
let verifier: TestPerson;
let admin: TestPerson;
let residentCode: string;

const deskActor = (userId: string): UserActor => ({
  kind: 'user',
  userId,
  displayName: 'Desk',
  verification: 'email',
  roles: [{ role: 'verifier', scopeType: 'district', scopeId: 'nevsky' }],
  language: 'en',
  districtId: null,
});
const search = (client: TestClient, q: string) => client.get(`/api/desk/people?q=${encodeURIComponent(q)}`);

beforeAll(async () => {
  t = await testApp();
  resident = await person(t, { email: 'zinaida.petrova@example.org', verified: { districtId: 'nevsky', birthDate: '1961-02-03' } });
  await resident.client.patch('/api/me', { displayName: 'Зинаида Петрова', districtId: 'nevsky' });
  verifier = await person(t, { roles: [{ role: 'verifier', district: 'nevsky' }] });
  admin = await person(t, { roles: ['administrator'] });
  residentCode = (await resident.client.get('/api/me/person-code')).body.code;
});
afterAll(async () => t?.close());

describe('a person code', () => {
  it('is given on first need, valid, shown as XXX-XXXX, and stays the same', async () => {
    expect(residentCode).toMatch(/^[0-9A-Z]{3}-[0-9A-Z]{4}$/);
    expect(parsePersonCode(residentCode).ok).toBe(true);
    expect((await resident.client.get('/api/me/person-code')).body).toEqual({ code: residentCode });
    const [row] = await t.database.db.select({ code: users.personCode }).from(users).where(eq(users.id, resident.userId));
    expect(row?.code).toBe(residentCode.replace('-', ''));
  });

  it('is one code however many first needs race for it', async () => {
    const other = await person(t);
    const codes = await Promise.all(Array.from({ length: 5 }, () => ensurePersonCode(t.database.db, other.userId)));
    expect(new Set(codes).size).toBe(1);
  });

  it('is drawn again when the random one is taken, and refused with 503 after too many collisions', async () => {
    const taken = residentCode.replace('-', '');
    const fresh = randomPersonCode();
    const draws = [taken, taken, fresh];
    const other = await person(t);
    expect(await ensurePersonCode(t.database.db, other.userId, () => draws.shift()!)).toBe(fresh);
    const unlucky = await person(t);
    await expect(ensurePersonCode(t.database.db, unlucky.userId, () => taken)).rejects.toMatchObject({ status: 503, code: 'person_code_unavailable' });
    const [row] = await t.database.db.select({ code: users.personCode }).from(users).where(eq(users.id, unlucky.userId));
    expect(row?.code).toBeNull();
  });

  it('is drawn as a QR code (SVG) of the desk link with the code and nothing personal, for its owner only', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/me/person-code/qr', headers: { cookie: resident.client.cookie! } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('image/svg+xml');
    expect(res.headers['cache-control']).toContain('no-store');
    expect(res.body).toContain('<svg');
    expect(res.body).toBe(await qrSvg(personCodeLink(t.ctx.config.publicUrl, residentCode)));
    expect(personCodeLink(t.ctx.config.publicUrl, residentCode)).toMatch(new RegExp(`/verify\\?code=${residentCode}$`));
    expect(res.body).not.toMatch(/script|zinaida|Зинаида|example\.org/i);
    expect(res.body).not.toContain(resident.userId);
    expect((await new TestClient(t.app).get('/api/me/person-code/qr')).status).toBe(401);
    expect((await new TestClient(t.app).get('/api/me/person-code')).status).toBe(401);
  });
});

describe('finding a person at the desk', () => {
  it('is for verifiers and city administrators: a visitor 401, a resident 403, staff 200', async () => {
    expect((await search(new TestClient(t.app), residentCode)).status).toBe(401);
    const byResident = await search(resident.client, residentCode);
    expect(byResident.status).toBe(403);
    expect(byResident.body.error.code).toBe('not_desk_staff');
    const official = await person(t, { roles: [{ role: 'official', department: 'admin-nevsky' }] });
    expect((await search(official.client, residentCode)).status).toBe(403);
    expect((await search(verifier.client, residentCode)).status).toBe(200);
    expect((await search(admin.client, residentCode)).status).toBe(200);
  });

  it('finds the person by their code however it is typed, with only what the desk may see', async () => {
    for (const typed of [residentCode, residentCode.toLowerCase(), residentCode.replace('-', ' '), ` ${residentCode.replace('-', '')} `]) {
      const res = await search(verifier.client, typed);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        kind: 'code',
        problem: null,
        items: [
          {
            id: resident.userId,
            displayName: 'Зинаида Петрова',
            maskedEmail: 'z***@e***.org',
            districtId: 'nevsky',
            verified: true,
            blocked: false,
            code: residentCode,
          },
        ],
        suggestions: [],
      });
    }
  });

  it('never finds anyone by a code with one wrong character, and suggests the person meant (exhaustive over positions and symbols)', async () => {
    const canonical = residentCode.replace('-', '');
    // another person whose code is one character from a typo of the resident's: both are only suggestions
    const typo = `${canonical.slice(0, 6)}${personCodeAlphabet[(personCodeAlphabet.indexOf(canonical[6]!) + 1) % 32]}`;
    const parsedTypo = parsePersonCode(typo);
    const neighbourCode = parsedTypo.ok ? null : parsedTypo.suggestions.find((s) => s !== canonical)!;
    const neighbour = await person(t);
    await t.database.db.update(users).set({ personCode: neighbourCode }).where(eq(users.id, neighbour.userId));

    let checked = 0;
    for (let i = 0; i < canonical.length; i++)
      for (const c of personCodeAlphabet) {
        if (c === canonical[i]) continue;
        const wrong = canonical.slice(0, i) + c + canonical.slice(i + 1);
        const found = await findPeopleAtDesk(t.ctx, deskActor(verifier.userId), wrong);
        expect(found.items, wrong).toEqual([]);
        expect(found.problem).toBe('person_code_check_failed');
        expect(found.suggestions.map((p) => p.id)).toContain(resident.userId);
        checked++;
      }
    expect(checked).toBe(7 * 31);

    const res = await search(verifier.client, typo);
    expect(res.body.items).toEqual([]);
    expect(res.body.suggestions.map((p: { id: string }) => p.id).sort()).toEqual([resident.userId, neighbour.userId].sort());
  });

  it('reads seven letters without a digit or dash as a mistyped code when no name has them', async () => {
    // a code of letters only (K M N P Q R and its check symbol), typed without the dash with one letter wrong
    const lettersOnly = personCodeFromRandom([19, 20, 21, 22, 23, 24]);
    const owner = await person(t);
    await t.database.db.update(users).set({ personCode: lettersOnly }).where(eq(users.id, owner.userId));
    const wrong = `${lettersOnly.slice(0, 2)}${lettersOnly[2] === 'Z' ? 'Y' : 'Z'}${lettersOnly.slice(3)}`;
    const res = await search(verifier.client, wrong.toLowerCase());
    expect(res.body).toMatchObject({ kind: 'code', problem: 'person_code_check_failed', items: [] });
    expect(res.body.suggestions.map((p: { id: string }) => p.id)).toContain(owner.userId);
  });

  it('says why a code of the wrong length or with a stray symbol finds no one', async () => {
    const short = await search(verifier.client, residentCode.slice(0, 7));
    expect(short.body).toEqual({ kind: 'code', problem: 'person_code_wrong_length', items: [], suggestions: [] });
    const stray = await search(verifier.client, `${residentCode.slice(0, 7)}U`);
    expect(stray.body).toMatchObject({ kind: 'code', problem: 'person_code_bad_character', items: [] });
  });

  it('finds the person by the desk link their QR code carries, typed into the field by a scanner', async () => {
    const link = personCodeLink(t.ctx.config.publicUrl, residentCode);
    const res = await search(verifier.client, link);
    expect(res.body).toMatchObject({ kind: 'code', problem: null, items: [{ id: resident.userId, code: residentCode }] });
    // one character changed: the check symbol made anything but what it is (a code ending in 0 gets a 1)
    const mistyped = await search(verifier.client, link.replace(/.$/, residentCode.endsWith('0') ? '1' : '0'));
    expect(mistyped.body).toMatchObject({ kind: 'code', problem: 'person_code_check_failed', items: [] });
  });

  it('gives a code, at once and for good, to a person found by e-mail or name who never opened their verification page', async () => {
    const codeOf = async (userId: string) => (await t.database.db.select({ code: users.personCode }).from(users).where(eq(users.id, userId)))[0]?.code ?? null;
    const newcomer = await person(t, { email: 'arkady.bezkodov@example.org' });
    await newcomer.client.patch('/api/me', { displayName: 'Аркадий Безкодов' });
    expect(await codeOf(newcomer.userId)).toBeNull();
    const byEmail = await search(verifier.client, 'arkady.bezkodov@example.org');
    const code = byEmail.body.items[0].code as string;
    expect(parsePersonCode(code).ok).toBe(true);
    expect(await codeOf(newcomer.userId)).toBe(code.replace('-', ''));
    // the same code on the person's own page, by name, and by the code read back
    expect((await newcomer.client.get('/api/me/person-code')).body.code).toBe(code);
    expect((await search(admin.client, 'Безкодов')).body.items).toMatchObject([{ id: newcomer.userId, code }]);
    expect((await search(verifier.client, code)).body.items).toMatchObject([{ id: newcomer.userId }]);
    // found by name before anything else: given then too
    const other = await person(t);
    await other.client.patch('/api/me', { displayName: 'Ефросинья Безкодова' });
    const byName = await search(admin.client, 'Ефросинья Безкодова');
    expect(byName.body.items[0].code).toMatch(/^[0-9A-Z]{3}-[0-9A-Z]{4}$/);
    expect(await codeOf(other.userId)).toBe(byName.body.items[0].code.replace('-', ''));
  });

  it('finds by the whole e-mail address only, never by a part of it', async () => {
    const whole = await search(verifier.client, 'Zinaida.Petrova@example.org');
    expect(whole.body).toMatchObject({ kind: 'email', items: [{ id: resident.userId, maskedEmail: 'z***@e***.org' }] });
    expect((await search(verifier.client, '@example.org')).body.items).toEqual([]);
    expect((await search(verifier.client, 'zinaida.petrova@')).body.items).toEqual([]);
  });

  it('finds by a part of the name; a % or _ is a character, not a wildcard', async () => {
    const byName = await search(admin.client, 'петров');
    expect(byName.body.kind).toBe('name');
    expect(byName.body.items.map((p: { id: string }) => p.id)).toContain(resident.userId);
    expect((await search(admin.client, '%%')).body.items).toEqual([]);
    expect((await search(admin.client, '__')).body.items).toEqual([]);
  });

  it('never shows the whole e-mail, the birth date, the document or how a person was verified', async () => {
    for (const q of [residentCode, 'zinaida.petrova@example.org', 'Зинаида']) {
      const text = JSON.stringify((await search(verifier.client, q)).body);
      expect(text).not.toContain('zinaida.petrova@example.org');
      expect(text).not.toContain('1961');
      expect(text).not.toMatch(/in_person|password|identity|birth/i);
    }
  });

  it('refuses a query of one character with a message', async () => {
    const res = await search(verifier.client, 'a');
    expect(res.status).toBe(400);
    expect(res.body.error.fields.q).toBeTruthy();
  });
});
