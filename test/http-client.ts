import { desc, eq } from 'drizzle-orm';
import type { App } from '../src/core/module/module.js';
import type { Database } from '../src/core/db/client.js';
import { mailOutbox } from '../src/core/mail/schema.js';

/** A browser-like client for `app.inject()`: keeps the session cookie and sends the CSRF token. */
export class TestClient {
  cookie: string | undefined;
  csrfToken: string | undefined;
  constructor(
    private readonly app: App,
    public lang: 'ru' | 'en' = 'en',
  ) {}

  async request(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown, opts: { csrf?: boolean; rawBody?: string } = {}) {
    const headers: Record<string, string> = { 'accept-language': this.lang };
    if (this.cookie) headers.cookie = this.cookie;
    if (method !== 'GET' && opts.csrf !== false && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    let payload: string | undefined;
    if (opts.rawBody !== undefined) {
      payload = opts.rawBody;
      headers['content-type'] = 'application/json';
    } else if (body !== undefined) {
      payload = JSON.stringify(body);
      headers['content-type'] = 'application/json';
    }
    const res = await this.app.inject({ method, url, headers, ...(payload !== undefined ? { payload } : {}) });
    const setCookie = res.cookies.find((c) => c.name === 'gorod_session');
    if (setCookie) this.cookie = setCookie.value ? `gorod_session=${setCookie.value}` : undefined;
    const json = res.body && res.headers['content-type']?.toString().includes('json') ? (res.json() as Record<string, unknown>) : undefined;
    if (json && typeof json.csrfToken === 'string') this.csrfToken = json.csrfToken;
    return { status: res.statusCode, body: json as any, headers: res.headers };
  }

  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, body?: unknown, opts?: { csrf?: boolean; rawBody?: string }) {
    return this.request('POST', url, body, opts);
  }
  put(url: string, body?: unknown) {
    return this.request('PUT', url, body);
  }
  patch(url: string, body?: unknown) {
    return this.request('PATCH', url, body);
  }
  delete(url: string) {
    return this.request('DELETE', url);
  }
}

/** The newest queued mail to an address (the real text the mail carries). */
export async function lastMailTo(database: Database, to: string) {
  const [row] = await database.db.select().from(mailOutbox).where(eq(mailOutbox.to, to)).orderBy(desc(mailOutbox.createdAt)).limit(1);
  return row;
}

/** The token in the newest mail's link to `/confirm` or `/reset-password`. */
export async function tokenFromMail(database: Database, to: string, page: 'confirm' | 'reset-password'): Promise<string> {
  const mail = await lastMailTo(database, to);
  const m = mail?.text.match(new RegExp(`/${page}\\?token=([A-Za-z0-9_%-]+)`));
  if (!m) throw new Error(`no ${page} link in mail to ${to}`);
  return decodeURIComponent(m[1]!);
}

export const strongPassword = 'Nevsky-prospect-28';

/** Registers and confirms an account; returns a signed-in client. */
export async function signedInResident(app: App, database: Database, email: string, lang: 'ru' | 'en' = 'en') {
  const client = new TestClient(app, lang);
  const reg = await client.post('/api/auth/register', { email, password: strongPassword, displayName: 'Test Resident' });
  if (reg.status !== 201) throw new Error(`register failed: ${JSON.stringify(reg.body)}`);
  const token = await tokenFromMail(database, email, 'confirm');
  const conf = await client.post('/api/auth/confirm', { token });
  if (conf.status !== 200) throw new Error(`confirm failed: ${JSON.stringify(conf.body)}`);
  return { client, userId: conf.body.user.id as string };
}
