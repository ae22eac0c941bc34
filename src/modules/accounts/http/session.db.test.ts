import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../../test/db.js';
import { TestClient, signedInResident } from '../../../../test/http-client.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => t.close());

describe('who this browser is (GET /api/session)', () => {
  it('a visitor who is not signed in is nobody — a 200, not an error; /api/me still says sign in first', async () => {
    const visitor = new TestClient(t.app);
    const res = await visitor.get('/api/session');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ user: null, csrfToken: null });
    expect((await visitor.get('/api/me')).status).toBe(401);
  });

  it('a signed-in resident gets the account and the CSRF token, as from /api/me', async () => {
    const { client, userId } = await signedInResident(t.app, t.database, 'session-reader@example.org');
    const session = await client.get('/api/session');
    const me = await client.get('/api/me');
    expect(session.status).toBe(200);
    expect(session.body.user.id).toBe(userId);
    expect(session.body).toEqual(me.body);
    expect(session.body.csrfToken).toEqual(expect.any(String));
  });

  it('after signing out, the browser is nobody again', async () => {
    const { client } = await signedInResident(t.app, t.database, 'session-leaver@example.org');
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect((await client.get('/api/session')).body).toEqual({ user: null, csrfToken: null });
  });
});
