import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../core/db/client.js';
import { testApp, type TestApp } from '../../../../test/db.js';
import { TestClient, signedInResident, strongPassword } from '../../../../test/http-client.js';
import { createAdministrator } from '../../accounts/index.js';
import { verifiedResident } from '../index.js';

/**
 * A real OpenID Connect provider (oidc-provider, with its development login and consent pages) on
 * 127.0.0.1: accounts are whatever login the test types; each has a birth date and a district claim.
 */
const people: Record<string, { birthdate?: string; district?: string; email?: string; email_verified?: boolean; name?: string }> = {
  'esia-anna': { birthdate: '1984-03-17', district: 'nevsky' },
  'esia-young': { birthdate: '2015-06-01', district: 'atlantis' },
  'esia-nina': { birthdate: '1979-11-02', district: 'primorsky', email: 'Nina.New@Example.org', email_verified: true, name: 'Нина Новикова' },
  'esia-unvouched': { birthdate: '1990-01-01', district: 'nevsky', email: 'unvouched@example.org', email_verified: false },
  'esia-taken': { birthdate: '1970-05-05', district: 'nevsky', email: 'taken@example.org', email_verified: true },
};

let server: http.Server;
let issuer: string;
let t: TestApp;
let admin: TestClient;

beforeAll(async () => {
  server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'gorod',
        client_secret: 'gorod-secret-for-tests',
        redirect_uris: ['http://gorod.test/api/verification/oidc/callback'],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], profile: ['birthdate', 'district', 'name'], email: ['email', 'email_verified'] },
    pkce: { required: () => true },
    findAccount: (_ctx: unknown, id: string) => ({ accountId: id, claims: () => ({ sub: id, ...people[id] }) }),
  });
  server.on('request', provider.callback());
  t = await testApp({ OIDC_ISSUER: issuer, OIDC_CLIENT_ID: 'gorod', OIDC_CLIENT_SECRET: 'gorod-secret-for-tests', OIDC_NAME: 'Госуслуги' });
  await createAdministrator(t.ctx, { email: 'chief@example.org', password: strongPassword, displayName: 'Chief' });
  admin = new TestClient(t.app, 'en');
  expect((await admin.post('/api/auth/login', { email: 'chief@example.org', password: strongPassword })).status).toBe(200);
}, 60_000);
afterAll(async () => {
  await t?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Plays the person's browser at the provider: signs in as `login`, consents, and returns the callback address. */
async function atProvider(authorizationUrl: string, login: string): Promise<URL> {
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  let url = authorizationUrl;
  for (let step = 0; step < 12; step++) {
    if (url.startsWith('http://gorod.test/')) return new URL(url);
    const interaction = /\/interaction\/[^/?]+$/.test(new URL(url).pathname);
    let res: Response;
    if (interaction) {
      const page = await fetch(url, { headers: { cookie: cookieHeader() }, redirect: 'manual' });
      const html = await page.text();
      const body = html.includes('name="login"')
        ? new URLSearchParams({ prompt: 'login', login, password: 'any' })
        : new URLSearchParams({ prompt: 'consent' });
      res = await fetch(url, {
        method: 'POST',
        headers: { cookie: cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
        body,
        redirect: 'manual',
      });
    } else {
      res = await fetch(url, { headers: { cookie: cookieHeader() }, redirect: 'manual' });
    }
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      jar.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
    const next = res.headers.get('location');
    if (!next) throw new Error(`the provider stopped at ${url} with ${res.status}: ${(await res.text()).slice(0, 300)}`);
    url = new URL(next, url).href;
  }
  throw new Error('too many redirects at the provider');
}

async function startAs(client: TestClient, returnTo = '/budgeting') {
  const res = await client.get(`/api/verification/oidc/start?returnTo=${encodeURIComponent(returnTo)}`);
  return res;
}

/** The state cookie a start answer set in the browser. */
function stateCookieOf(res: { headers: Record<string, unknown> }): string {
  const all = ([] as string[]).concat((res.headers['set-cookie'] as string | string[] | undefined) ?? []);
  return /gorod_oidc_state=([^;]+)/.exec(all.join('\n'))?.[1] ?? '';
}

/** The browser comes back from the provider to the callback, with its cookies (session and state). */
async function back(client: TestClient | null, callback: URL, state: string) {
  const cookies = [client?.cookie, state ? `gorod_oidc_state=${state}` : ''].filter(Boolean).join('; ');
  const res = await t.app.inject({ method: 'GET', url: `${callback.pathname}${callback.search}`, headers: cookies ? { cookie: cookies } : {} });
  return { status: res.statusCode, location: String(res.headers.location), session: res.cookies.find((c) => c.name === 'gorod_session')?.value };
}

describe('verification through an OpenID Connect provider', () => {
  it('cannot be used until an administrator switches it on (it is configured)', async () => {
    const { client } = await signedInResident(t.app, t.database, 'early@example.org');
    expect((await startAs(client)).body.error.code).toBe('verification_method_disabled');
    const methods = await admin.put('/api/admin/verification/methods/oidc', { enabled: true });
    expect(methods.body.items.find((m: { method: string }) => m.method === 'oidc')).toMatchObject({ enabled: true, configured: true });
  });

  it('verifies the signed-in account with the birth date and district the provider vouches for (code + PKCE + state + nonce)', async () => {
    const { client, userId } = await signedInResident(t.app, t.database, 'anna@example.org');
    expect((await client.get('/api/verification/me')).body.methods).toEqual(['oidc']);
    const start = await startAs(client, '/budgeting/headings/1/ballot');
    expect(start.status).toBe(302);
    const auth = new URL(String(start.headers.location));
    expect(auth.origin).toBe(issuer);
    expect(auth.searchParams.get('code_challenge_method')).toBe('S256');
    expect(auth.searchParams.get('state')).toBeTruthy();
    expect(auth.searchParams.get('nonce')).toBeTruthy();

    const callback = await atProvider(auth.href, 'esia-anna');
    expect(callback.searchParams.get('code')).toBeTruthy();
    // another browser (or account) cannot finish this person's flow
    expect((await back(client, callback, '')).location).toBe('/profile/verification?verificationError=oidc_state');
    const done = await back(client, callback, stateCookieOf(start));
    expect(done.status).toBe(302);
    expect(done.location).toBe('/budgeting/headings/1/ballot?verification=oidc');
    expect(await verifiedResident(t.database.db, userId)).toMatchObject({ method: 'oidc', districtId: 'nevsky', birthDate: '1984-03-17' });
    expect((await client.get('/api/verification/me')).body).toMatchObject({ verified: true, method: 'oidc', districtId: 'nevsky' });

    const links = await queryRows<{ subject_hash: string; user_id: string }>(t.database.db, sql`select subject_hash, user_id from oidc_links`);
    expect(links).toEqual([{ subject_hash: expect.stringMatching(/^[0-9a-f]{64}$/), user_id: userId }]);
    expect(JSON.stringify(links)).not.toContain('esia-anna');

    // the state is single-use: replaying the callback does nothing
    expect((await back(client, callback, stateCookieOf(start))).location).toBe('/profile/verification?verificationError=oidc_state');
  });

  it('refuses the same provider identity for a second account', async () => {
    const { client, userId } = await signedInResident(t.app, t.database, 'anna2@example.org');
    const start = await startAs(client, '/profile/verification');
    const callback = await atProvider(String(start.headers.location), 'esia-anna');
    expect((await back(client, callback, stateCookieOf(start))).location).toBe('/profile/verification?verificationError=identity_already_used');
    expect(await verifiedResident(t.database.db, userId)).toBeNull();
  });

  it('keeps an unknown district out and never returns to another site', async () => {
    const { client, userId } = await signedInResident(t.app, t.database, 'young@example.org');
    const start = await startAs(client, '//evil.example/steal');
    const callback = await atProvider(String(start.headers.location), 'esia-young');
    expect((await back(client, callback, stateCookieOf(start))).location).toBe('/profile/verification?verification=oidc');
    expect(await verifiedResident(t.database.db, userId)).toMatchObject({ method: 'oidc', districtId: null, birthDate: '2015-06-01' });
  });

  it('refuses a forged state, anonymous callers and accounts already verified', async () => {
    const forged = await back(null, new URL('http://gorod.test/api/verification/oidc/callback?code=abc&state=forged'), 'forged');
    expect(forged.location).toBe('/profile/verification?verificationError=oidc_state');
    expect((await new TestClient(t.app).get('/api/verification/oidc/start')).status).toBe(401);
    const { client } = await signedInResident(t.app, t.database, 'twice@example.org');
    const start = await startAs(client);
    const callback = await atProvider(String(start.headers.location), 'esia-other');
    expect((await back(client, callback, stateCookieOf(start))).location).toBe('/budgeting?verification=oidc');
    expect((await startAs(client)).body.error.code).toBe('already_verified');
    // a browser following the page's link is sent back to the page, which says why
    const followed = await t.app.inject({
      method: 'GET',
      url: '/api/verification/oidc/start?returnTo=%2Fprofile%2Fverification',
      headers: { cookie: client.cookie!, accept: 'text/html,application/xhtml+xml' },
    });
    expect(followed.statusCode).toBe(302);
    expect(followed.headers.location).toBe('/profile/verification?verificationError=already_verified');
  });
});

describe('signing in with the OpenID Connect provider', () => {
  it("tells anyone which ways the city offers and the provider's name (for the sign-in page)", async () => {
    expect((await new TestClient(t.app).get('/api/verification/methods')).body).toEqual({ methods: ['oidc'], oidcName: 'Госуслуги' });
  });

  it('signs in the account the identity was linked to by verifying, and refuses a new identity without a vouched e-mail', async () => {
    const browser = new TestClient(t.app);
    const start = await browser.get('/api/verification/oidc/signin?returnTo=%2Fbudgeting');
    expect(start.status).toBe(302);
    const done = await back(null, await atProvider(String(start.headers.location), 'esia-anna'), stateCookieOf(start));
    expect(done.location).toBe('/budgeting');
    browser.cookie = `gorod_session=${done.session}`;
    const me = await browser.get('/api/me');
    expect(me.body.user).toMatchObject({ verification: 'verified' });
    expect((await browser.get('/api/verification/me')).body).toMatchObject({ verified: true, method: 'oidc', districtId: 'nevsky' });

    const stranger = await new TestClient(t.app).get('/api/verification/oidc/signin');
    const refused = await back(null, await atProvider(String(stranger.headers.location), 'esia-nobody'), stateCookieOf(stranger));
    expect(refused).toMatchObject({ location: '/login?verificationError=oidc_email_unverified', session: undefined });
    const unvouched = await new TestClient(t.app).get('/api/verification/oidc/signin');
    expect(await back(null, await atProvider(String(unvouched.headers.location), 'esia-unvouched'), stateCookieOf(unvouched))).toMatchObject({
      location: '/login?verificationError=oidc_email_unverified',
      session: undefined,
    });
    expect(await queryRows(t.database.db, sql`select id from users where email = 'unvouched@example.org'`)).toEqual([]);
  });

  it('makes a verified account for a new identity with the e-mail the provider vouches for, and signs it in (audited)', async () => {
    const start = await new TestClient(t.app, 'ru').get('/api/verification/oidc/signin?returnTo=%2Fbudgeting');
    const done = await back(null, await atProvider(String(start.headers.location), 'esia-nina'), stateCookieOf(start));
    expect(done.location).toBe('/budgeting?verification=oidc');
    expect(done.session).toBeTruthy();
    const browser = new TestClient(t.app);
    browser.cookie = `gorod_session=${done.session}`;
    expect((await browser.get('/api/me')).body.user).toMatchObject({ displayName: 'Нина Новикова', verification: 'verified' });
    expect((await browser.get('/api/verification/me')).body).toMatchObject({ verified: true, method: 'oidc', districtId: 'primorsky' });
    const [user] = await queryRows<{ id: string; email: string; language: string; confirmed: boolean }>(
      t.database.db,
      sql`select id, email, language, email_confirmed_at is not null as confirmed from users where email = 'nina.new@example.org'`,
    );
    expect(user).toMatchObject({ email: 'nina.new@example.org', language: 'ru', confirmed: true });
    expect(await verifiedResident(t.database.db, user!.id)).toMatchObject({ method: 'oidc', districtId: 'primorsky', birthDate: '1979-11-02' });
    const audit = await queryRows<{ action: string; data: Record<string, unknown> }>(
      t.database.db,
      sql`select action, data from audit_log where subject_id = ${user!.id} order by seq`,
    );
    expect(audit).toEqual([
      { action: 'user.created', data: { via: 'oidc' } },
      { action: 'verification.granted', data: expect.objectContaining({ method: 'oidc', districtId: 'primorsky' }) },
    ]);
    // nobody knows the password: signing in with one fails; the provider signs the same account in again
    expect((await new TestClient(t.app).post('/api/auth/login', { email: 'nina.new@example.org', password: strongPassword })).status).toBe(401);
    const again = await new TestClient(t.app).get('/api/verification/oidc/signin');
    const second = await back(null, await atProvider(String(again.headers.location), 'esia-nina'), stateCookieOf(again));
    expect(second.location).toBe('/');
    const me = new TestClient(t.app);
    me.cookie = `gorod_session=${second.session}`;
    expect((await me.get('/api/me')).body.user.id).toBe(user!.id);
    expect(await queryRows(t.database.db, sql`select id from users where email = 'nina.new@example.org'`)).toHaveLength(1);
  });

  it('never takes over an account that has the e-mail: the person signs in with their password and verifies from the profile', async () => {
    const { userId } = await signedInResident(t.app, t.database, 'taken@example.org');
    const start = await new TestClient(t.app).get('/api/verification/oidc/signin');
    const refused = await back(null, await atProvider(String(start.headers.location), 'esia-taken'), stateCookieOf(start));
    expect(refused).toMatchObject({ location: '/login?verificationError=oidc_email_taken', session: undefined });
    expect(await verifiedResident(t.database.db, userId)).toBeNull();
    expect(await queryRows(t.database.db, sql`select user_id from oidc_links where user_id = ${userId}`)).toEqual([]);
    expect(await queryRows(t.database.db, sql`select id from users where email = 'taken@example.org'`)).toHaveLength(1);
  });
});
