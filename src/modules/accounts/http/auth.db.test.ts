import fs from 'node:fs';
import path from 'node:path';
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../app.js';
import { mailOutbox } from '../../../core/mail/schema.js';
import { users } from '../db/schema.js';
import { modules } from '../../../modules.js';
import { testApp, type TestApp } from '../../../../test/db.js';
import { TestClient, lastMailTo, signedInResident, strongPassword, tokenFromMail } from '../../../../test/http-client.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => t?.close());

/** A sign-in attempt from a given network address (each test of the budgets uses addresses of its own). */
async function signInFrom(ip: string, email: string, password: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: ip,
    headers: { 'content-type': 'application/json', 'accept-language': 'en' },
    payload: JSON.stringify({ email, password }),
  });
  return { status: res.statusCode, body: res.json() as { error?: { code: string; message: string } } };
}

/** The mails queued to an address, oldest first. */
async function mailsTo(to: string) {
  return t.database.db.select().from(mailOutbox).where(eq(mailOutbox.to, to)).orderBy(mailOutbox.createdAt);
}

describe('registration, confirmation and sign-in', () => {
  it('register → confirmation mail → confirm → sign in → /api/me shows the account', async () => {
    const c = new TestClient(t.app, 'en');
    const reg = await c.post('/api/auth/register', { email: '  Anna@Example.org ', password: strongPassword, displayName: 'Anna  Petrova' });
    expect(reg.status).toBe(201);
    expect(reg.body.email).toBe('anna@example.org');

    const mail = await lastMailTo(t.database, 'anna@example.org');
    expect(mail?.subject).toContain('Confirm your e-mail');
    expect(mail?.text).toContain('http://gorod.test/confirm?token=');

    // before confirmation the password is right but sign-in is refused with a way forward
    const early = await c.post('/api/auth/login', { email: 'anna@example.org', password: strongPassword });
    expect(early.status).toBe(403);
    expect(early.body.error.code).toBe('email_not_confirmed');

    const token = await tokenFromMail(t.database, 'anna@example.org', 'confirm');
    const conf = await c.post('/api/auth/confirm', { token });
    expect(conf.status).toBe(200);
    expect(conf.body.user.verification).toBe('email');

    const again = await c.post('/api/auth/confirm', { token });
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe('token_used');

    const fresh = new TestClient(t.app, 'en');
    const login = await fresh.post('/api/auth/login', { email: 'ANNA@example.org', password: strongPassword });
    expect(login.status).toBe(200);
    expect(login.headers['set-cookie']).toMatch(/HttpOnly/i);
    expect(login.headers['set-cookie']).toMatch(/SameSite=Lax/i);
    const me = await fresh.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({ email: 'anna@example.org', displayName: 'Anna Petrova', emailConfirmed: true, roles: [] });
    expect(me.body.user).not.toHaveProperty('passwordHash');
  });

  it('writes the confirmation mail as an .eml file under DATA_DIR/mail when no SMTP is set', async () => {
    await new TestClient(t.app).post('/api/auth/register', { email: 'eml@example.org', password: strongPassword, displayName: 'Eml Test' });
    await t.ctx.mailer.flush();
    const mail = await lastMailTo(t.database, 'eml@example.org');
    expect(mail?.deliveredAs).toMatch(/\.eml$/);
    const text = fs.readFileSync(path.join(t.dataDir, 'mail', mail!.deliveredAs!), 'utf8');
    expect(text).toMatch(/^To: eml@example.org$/m);
    expect(text).toContain('/confirm?token=');
  });

  it('asking for a new confirmation link makes the older one invalid, saying a newer one was sent', async () => {
    const c = new TestClient(t.app, 'en');
    await c.post('/api/auth/register', { email: 'twice@example.org', password: strongPassword, displayName: 'Twice' });
    const first = await tokenFromMail(t.database, 'twice@example.org', 'confirm');
    expect((await c.post('/api/auth/resend-confirmation', { email: 'twice@example.org' })).status).toBe(202);
    const second = await tokenFromMail(t.database, 'twice@example.org', 'confirm');
    expect(second).not.toBe(first);
    const old = await c.post('/api/auth/confirm', { token: first });
    expect(old.body.error.code).toBe('token_invalid');
    expect(old.body.error.message).toMatch(/newer one was sent/);
    expect((await c.post('/api/auth/confirm', { token: second })).status).toBe(200);
  });

  it('signed out, /api/me answers 401 with a localized message', async () => {
    const ru = await new TestClient(t.app, 'ru').get('/api/me');
    expect(ru.status).toBe(401);
    expect(ru.body.error).toEqual({ code: 'unauthenticated', message: 'Войдите, чтобы сделать это.' });
    const en = await new TestClient(t.app, 'en').get('/api/me');
    expect(en.body.error.message).toBe('Sign in to do this.');
  });

  it('sign out needs the session CSRF token, so another site cannot sign a person out', async () => {
    const { client } = await signedInResident(t.app, t.database, 'logout-csrf@example.org');
    const forged = await client.post('/api/auth/logout', undefined, { csrf: false });
    expect(forged.status).toBe(403);
    expect(forged.body.error.code).toBe('csrf_failed');
    expect((await client.get('/api/me')).status).toBe(200);
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect((await client.get('/api/me')).status).toBe(401);
  });

  it('sign out ends the session on the server, not only in the browser', async () => {
    const { client } = await signedInResident(t.app, t.database, 'logout@example.org');
    const stolenCookie = client.cookie;
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    const thief = new TestClient(t.app);
    thief.cookie = stolenCookie;
    expect((await thief.get('/api/me')).status).toBe(401);
  });
});

describe('bad input is a 4xx naming the field, in the request language', () => {
  const cases = [
    {
      what: 'a bad e-mail',
      body: { email: 'not-an-email', password: strongPassword, displayName: 'Ivan' },
      field: 'email',
      en: /e-mail address in the form/,
      ru: /адрес электронной почты/,
    },
    {
      what: 'a short password',
      body: { email: 'short@example.org', password: 'abc12', displayName: 'Ivan' },
      field: 'password',
      en: /at least 10 characters/,
      ru: /не короче 10 символов/,
    },
    {
      what: 'a common password',
      body: { email: 'common@example.org', password: 'qwerty123456', displayName: 'Ivan' },
      field: 'password',
      en: /passwords people use most/,
      ru: /самых распространённых/,
    },
    {
      what: 'a missing name',
      body: { email: 'noname@example.org', password: strongPassword },
      field: 'displayName',
      en: /Fill in “Name”/,
      ru: /Заполните поле «Имя»/,
    },
    {
      what: 'an unknown field',
      body: { email: 'x@example.org', password: strongPassword, displayName: 'Ivan', admin: true },
      field: 'body',
      en: /Remove the fields.*admin/,
      ru: /Уберите поля.*admin/,
    },
  ];
  for (const c of cases) {
    it(`register with ${c.what} → 400 in English and Russian`, async () => {
      for (const lang of ['en', 'ru'] as const) {
        const res = await new TestClient(t.app, lang).post('/api/auth/register', c.body);
        expect(res.status).toBe(400);
        expect(res.body.error.code).toBe('validation_failed');
        expect(Object.keys(res.body.error.fields)).toContain(c.field);
        expect(res.body.error.fields[c.field]).toMatch(c[lang]);
        expect(res.body.error.message).toMatch(c[lang]);
      }
    });
  }

  it('a wrong password and an unknown e-mail get the same 401', async () => {
    await signedInResident(t.app, t.database, 'wrongpw@example.org');
    const wrong = await new TestClient(t.app, 'en').post('/api/auth/login', { email: 'wrongpw@example.org', password: 'not-the-password' });
    const unknown = await new TestClient(t.app, 'en').post('/api/auth/login', { email: 'nobody@example.org', password: 'not-the-password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error.message).toMatch(/e-mail or password is wrong/);
  });

  it('malformed JSON → 400 malformed_json, never a 500', async () => {
    for (const lang of ['en', 'ru'] as const) {
      const res = await new TestClient(t.app, lang).post('/api/auth/login', undefined, { rawBody: '{"email": "a@b.c", ' });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('malformed_json');
      expect(res.body.error.message).toMatch(lang === 'en' ? /not valid JSON/ : /не корректный JSON/);
    }
  });

  it('a body that is not JSON → 415 saying what to send', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'text/plain', 'accept-language': 'en' },
      payload: 'email=a',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.message).toMatch(/application\/json/);
  });

  it('an unknown API address → 404 JSON', async () => {
    const res = await new TestClient(t.app, 'en').get('/api/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });

  it('a forged or expired confirmation token → 400 saying to ask for a new link', async () => {
    const res = await new TestClient(t.app, 'en').post('/api/auth/confirm', { token: 'x'.repeat(43) });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('token_invalid');
    expect(res.body.error.message).toMatch(/ask for a new one/);
  });
});

describe('password reset', () => {
  it('mails a link, sets the new password, and signs out every session', async () => {
    const { client } = await signedInResident(t.app, t.database, 'reset@example.org');
    const anon = new TestClient(t.app, 'en');
    expect((await anon.post('/api/auth/password-reset/request', { email: 'reset@example.org' })).status).toBe(202);
    const token = await tokenFromMail(t.database, 'reset@example.org', 'reset-password');

    const weak = await anon.post('/api/auth/password-reset/confirm', { token, password: 'password123' });
    expect(weak.status).toBe(400);
    expect(weak.body.error.fields.password).toMatch(/passwords people use most/);

    const ok = await anon.post('/api/auth/password-reset/confirm', { token, password: 'Fontanka-river-embankment' });
    expect(ok.status).toBe(200);
    expect((await client.get('/api/me')).status).toBe(401);
    expect((await anon.post('/api/auth/login', { email: 'reset@example.org', password: strongPassword })).status).toBe(401);
    expect((await anon.post('/api/auth/login', { email: 'reset@example.org', password: 'Fontanka-river-embankment' })).status).toBe(200);
    expect((await anon.post('/api/auth/password-reset/confirm', { token, password: 'Another-long-password-1' })).body.error.code).toBe('token_used');
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    const res = await new TestClient(t.app).post('/api/auth/password-reset/request', { email: 'ghost@example.org' });
    expect(res.status).toBe(202);
    expect(await lastMailTo(t.database, 'ghost@example.org')).toBeUndefined();
  });
});

describe('profile', () => {
  it('changes name, district and language; the language then drives error messages', async () => {
    const { client } = await signedInResident(t.app, t.database, 'profile@example.org', 'en');
    const res = await client.patch('/api/me', { displayName: 'Pyotr', districtId: 'vasileostrovsky', language: 'ru' });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ displayName: 'Pyotr', districtId: 'vasileostrovsky', language: 'ru' });
    const bad = await client.patch('/api/me', { districtId: 'atlantis' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.districtId).toBe('Выберите район из списка.');
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const { client } = await signedInResident(t.app, t.database, 'csrf@example.org', 'en');
    const res = await client.request('PATCH', '/api/me', { displayName: 'Forged' }, { csrf: false });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('csrf_failed');
    expect((await client.get('/api/me')).body.user.displayName).toBe('Test Resident');
  });

  it('changes the password only with the current one', async () => {
    const { client } = await signedInResident(t.app, t.database, 'chpw@example.org', 'en');
    const wrong = await client.post('/api/me/password', { currentPassword: 'nope-nope-nope', newPassword: 'Griboedov-canal-2026' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe('wrong_password');
    expect((await client.post('/api/me/password', { currentPassword: strongPassword, newPassword: 'Griboedov-canal-2026' })).status).toBe(200);
    expect((await new TestClient(t.app).post('/api/auth/login', { email: 'chpw@example.org', password: 'Griboedov-canal-2026' })).status).toBe(200);
  });
});

describe('rate limits', () => {
  it('stops sign-in guessing after 10 attempts per address and e-mail, with the wait in the message', async () => {
    const c = new TestClient(t.app, 'en');
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await c.post('/api/auth/login', { email: 'target@example.org', password: `guess-number-${i}` })).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    const last = await c.post('/api/auth/login', { email: 'target@example.org', password: 'guess-final-1' });
    expect(last.status).toBe(429);
    expect(last.body.error.code).toBe('rate_limited');
    expect(last.body.error.message).toMatch(/Wait \d+ seconds/);
  });
});

describe('rate limits across processes', () => {
  it('two servers on one database share the budget: the 11th attempt fails on the second server', async () => {
    const { app: second } = await buildApp(t.ctx.config, t.database, modules, { logger: false });
    await second.ready();
    try {
      const one = new TestClient(t.app, 'en');
      const two = new TestClient(second, 'en');
      for (let i = 0; i < 10; i++) {
        const c = i % 2 ? one : two;
        expect((await c.post('/api/auth/login', { email: 'shared-budget@example.org', password: `guess-number-${i}` })).status).toBe(401);
      }
      const last = await two.post('/api/auth/login', { email: 'shared-budget@example.org', password: 'guess-final-1' });
      expect(last.status).toBe(429);
      // another e-mail from the same address still has its own budget
      expect((await two.post('/api/auth/login', { email: 'someone-else@example.org', password: 'guess-number-1' })).status).toBe(401);
    } finally {
      await second.close();
    }
  });
});

describe('registration does not reveal which addresses have accounts', () => {
  it('answers an address that has an account exactly as a new one, and mails its owner instead, in their language', async () => {
    const c = new TestClient(t.app, 'ru');
    const first = await c.post('/api/auth/register', { email: 'dup@example.org', password: strongPassword, displayName: 'Первый' });
    const fresh = await c.post('/api/auth/register', { email: 'fresh@example.org', password: strongPassword, displayName: 'Новый' });
    const dup = await c.post('/api/auth/register', { email: 'DUP@example.org', password: 'Another-long-password-2', displayName: 'Второй' });
    expect(first.status).toBe(201);
    expect(dup.status).toBe(fresh.status);
    expect(Object.keys(dup.body)).toEqual(Object.keys(fresh.body));
    expect(dup.body).toEqual({ email: 'dup@example.org' });
    expect(fresh.body).toEqual({ email: 'fresh@example.org' });

    // the owner (who registered in Russian) hears that someone tried, with the ways forward; the account is untouched
    const mails = await mailsTo('dup@example.org');
    expect(mails.map((m) => m.kind)).toEqual(['confirm', 'registration_attempt']);
    const notice = mails[1]!;
    expect(notice.subject).toContain('пытался зарегистрироваться');
    expect(notice.text).toContain('Здравствуйте, Первый!');
    expect(notice.text).toContain('http://gorod.test/login');
    expect(notice.text).toContain('http://gorod.test/reset-password');
    expect(notice.text).not.toContain('token=');
    const [owner] = await t.database.db.select().from(users).where(eq(users.email, 'dup@example.org'));
    expect(owner!.displayName).toBe('Первый');
  });

  it('writes the notice in English to an owner who chose English, and at most once an hour', async () => {
    await signedInResident(t.app, t.database, 'owner-en@example.org', 'en');
    const anon = new TestClient(t.app, 'ru');
    for (let i = 0; i < 3; i++) {
      const res = await anon.post('/api/auth/register', { email: 'owner-en@example.org', password: strongPassword, displayName: `Attempt ${i}` });
      expect(res).toMatchObject({ status: 201, body: { email: 'owner-en@example.org' } });
    }
    const notices = await t.database.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.to, 'owner-en@example.org'), like(mailOutbox.kind, 'registration_attempt')));
    expect(notices).toHaveLength(1);
    expect(notices[0]!.subject).toBe('Someone tried to register on Gorod — St Petersburg with your address');
    expect(notices[0]!.text).toMatch(/If it was you, sign in:[\s\S]*or, if you forgot your password, choose a new one/);
  });

  it('still refuses a weak password before anything else, whether or not the address has an account', async () => {
    const c = new TestClient(t.app, 'en');
    const taken = await c.post('/api/auth/register', { email: 'dup@example.org', password: 'abc12', displayName: 'Ivan' });
    const free = await c.post('/api/auth/register', { email: 'free-weak@example.org', password: 'abc12', displayName: 'Ivan' });
    expect(taken.status).toBe(400);
    expect(taken.body).toEqual(free.body);
  });
});

describe('display names cannot mislead', () => {
  // U+202E makes what follows display reversed; zero-width characters hide differences between two names
  const tricked = 'Анна\u202eанвеП\u200b \u2066Иванова\u2069\ufeff';
  it('registration stores a name without bidi overrides and zero-width characters', async () => {
    const c = new TestClient(t.app, 'en');
    expect((await c.post('/api/auth/register', { email: 'bidi@example.org', password: strongPassword, displayName: tricked })).status).toBe(201);
    const [row] = await t.database.db.select().from(users).where(eq(users.email, 'bidi@example.org'));
    expect(row!.displayName).toBe('АннаанвеП Иванова');
  });

  it('a profile edit stores the name cleaned, and a name that is nothing but invisible characters is refused', async () => {
    const { client } = await signedInResident(t.app, t.database, 'bidi-profile@example.org', 'en');
    const res = await client.patch('/api/me', { displayName: tricked });
    expect(res.status).toBe(200);
    expect(res.body.user.displayName).toBe('АннаанвеП Иванова');
    const empty = await client.patch('/api/me', { displayName: '\u202e\u200b\u200b\u2066' });
    expect(empty.status).toBe(400);
    expect(Object.keys(empty.body.error.fields)).toEqual(['displayName']);
  });
});

describe('a password change', () => {
  it('ends every other session of the account and keeps the one that changed it', async () => {
    const { client: here } = await signedInResident(t.app, t.database, 'sessions@example.org', 'en');
    const elsewhere = new TestClient(t.app, 'en');
    expect((await elsewhere.post('/api/auth/login', { email: 'sessions@example.org', password: strongPassword })).status).toBe(200);
    const phone = new TestClient(t.app, 'en');
    expect((await phone.post('/api/auth/login', { email: 'sessions@example.org', password: strongPassword })).status).toBe(200);
    const other = await signedInResident(t.app, t.database, 'bystander@example.org', 'en');

    expect((await here.post('/api/me/password', { currentPassword: strongPassword, newPassword: 'Moika-embankment-12' })).status).toBe(200);
    expect((await here.get('/api/me')).status).toBe(200);
    expect((await elsewhere.get('/api/me')).status).toBe(401);
    expect((await phone.get('/api/me')).status).toBe(401);
    // other people's sessions are not touched
    expect((await other.client.get('/api/me')).status).toBe(200);
  });

  it('with a wrong current password changes nothing and ends no session', async () => {
    const { client: here } = await signedInResident(t.app, t.database, 'sessions-wrong@example.org', 'en');
    const elsewhere = new TestClient(t.app, 'en');
    await elsewhere.post('/api/auth/login', { email: 'sessions-wrong@example.org', password: strongPassword });
    expect((await here.post('/api/me/password', { currentPassword: 'not-the-password', newPassword: 'Moika-embankment-12' })).status).toBe(400);
    expect((await elsewhere.get('/api/me')).status).toBe(200);
  });
});

describe('sign-in budgets beyond one address and e-mail', () => {
  it('one address trying a password against many e-mails is stopped after 30 failures, whatever the e-mails', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await signInFrom('198.51.100.7', `victim-${i}@example.org`, 'Summer-2026-guess')).status);
    expect(statuses.every((s) => s === 401)).toBe(true);
    const next = await signInFrom('198.51.100.7', 'victim-30@example.org', 'Summer-2026-guess');
    expect(next.status).toBe(429);
    expect(next.body.error!.code).toBe('rate_limited');
    expect(next.body.error!.message).toMatch(/Wait \d+ seconds/);
    // even a real account's right password waits: the address has used its budget
    await signedInResident(t.app, t.database, 'from-busy-address@example.org');
    expect((await signInFrom('198.51.100.7', 'from-busy-address@example.org', strongPassword)).status).toBe(429);
    // another address is not affected
    expect((await signInFrom('198.51.100.8', 'from-busy-address@example.org', strongPassword)).status).toBe(200);
  });

  it('one e-mail guessed from many addresses is stopped after 10 failures, whatever the addresses', async () => {
    await signedInResident(t.app, t.database, 'guessed@example.org');
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await signInFrom(`203.0.113.${i + 1}`, 'guessed@example.org', `guess-number-${i}`)).status);
    expect(statuses.every((s) => s === 401)).toBe(true);
    expect((await signInFrom('203.0.113.50', 'guessed@example.org', 'guess-number-10')).status).toBe(429);
    expect((await signInFrom('203.0.113.51', 'guessed@example.org', strongPassword)).status).toBe(429);
    // an e-mail without an account is budgeted alike, so the answers reveal nothing
    for (let i = 0; i < 10; i++) await signInFrom(`203.0.114.${i + 1}`, 'no-such-account@example.org', `guess-number-${i}`);
    expect((await signInFrom('203.0.114.50', 'no-such-account@example.org', 'guess-number-10')).status).toBe(429);
  });

  it('counts failures only: an office signing in successfully many times uses none of its budget', async () => {
    const people = await Promise.all(Array.from({ length: 8 }, (_, i) => signedInResident(t.app, t.database, `office-${i}@example.org`)));
    expect(people).toHaveLength(8);
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 8; i++) expect((await signInFrom('192.0.2.10', `office-${i}@example.org`, strongPassword)).status).toBe(200);
    }
    // 40 successful sign-ins from one address, and a mistyped password still gets its honest answer
    expect((await signInFrom('192.0.2.10', 'office-0@example.org', 'mistyped-password')).status).toBe(401);
  });
});

describe('pages and files', () => {
  it('a missing file is a 404, never the web page (old chunks after a deploy must fail loudly)', async () => {
    for (const url of ['/assets/nope-123.js', '/favicon-missing.png', '/api']) {
      expect((await t.app.inject({ method: 'GET', url })).statusCode, url).toBe(404);
    }
    for (const url of ['/', '/profile?tab=1']) {
      const res = await t.app.inject({ method: 'GET', url });
      // the built page, or (when the web app is not built) a 503 that says how to build it
      expect([200, 503], url).toContain(res.statusCode);
      expect(res.headers['content-type']).toMatch(res.statusCode === 200 ? /text\/html/ : /text\/plain/);
    }
  });
});

describe('security headers', () => {
  it('every response carries CSP with frame-ancestors, nosniff and a request id in logs', async () => {
    for (const url of ['/api/health', '/api/no-such', '/']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });
});
