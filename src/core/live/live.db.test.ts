import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../app.js';
import { modules } from '../../modules.js';
import { backend, testApp, type TestApp } from '../../../test/db.js';
import { person, type TestPerson } from '../../../test/fixtures.js';
import { TestClient } from '../../../test/http-client.js';
import { LiveStream } from '../../../test/live-stream.js';
import { liveChannel } from './bus.js';
import { streamsPerPerson } from './routes.js';

describe('live delivery to open pages (GET /api/live)', () => {
  let t: TestApp;
  let url: string;
  let anna: TestPerson;
  let boris: TestPerson;
  const streams: LiveStream[] = [];
  const stream = (who: TestPerson | null, base = url) => {
    const s = new LiveStream(base, who?.client.cookie);
    streams.push(s);
    return s;
  };

  beforeAll(async () => {
    t = await testApp();
    url = await t.app.listen({ host: '127.0.0.1', port: 0 });
    [anna, boris] = [await person(t), await person(t)];
  });
  afterAll(async () => {
    // closing the app with streams still open ends them rather than waiting for the browsers
    await t?.close();
    for (const s of streams) s.close();
  });

  it('refuses a caller who is not signed in (401, in words)', async () => {
    const res = await new TestClient(t.app).get('/api/live');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthenticated');
  });

  it("brings a published event to the person's open pages and to no one else's", async () => {
    const [annaTab1, annaTab2, borisTab] = [stream(anna), stream(anna), stream(boris)];
    for (const s of [annaTab1, annaTab2, borisTab]) await s.opened();
    expect(await annaTab1.status).toBe(200);
    await t.ctx.live.publish([anna.userId], { type: 'message.new', data: { conversationId: 'c1' } });
    await t.ctx.live.publish([boris.userId], { type: 'message.new', data: { conversationId: 'c2' } });
    for (const tab of [annaTab1, annaTab2]) expect(await tab.next()).toEqual({ type: 'message.new', data: { conversationId: 'c1' } });
    // Boris's first event is his own: Anna's went nowhere near his stream
    expect(await borisTab.next()).toEqual({ type: 'message.new', data: { conversationId: 'c2' } });
    for (const s of [annaTab1, annaTab2, borisTab]) s.close();
    // a closed page leaves the bus
    await vi.waitFor(() => expect(t.ctx.live.streams()).toBe(0));
  });

  it(`refuses a person's ${streamsPerPerson + 1}th open page with 429 in words`, async () => {
    const tabs = Array.from({ length: streamsPerPerson }, () => stream(anna));
    for (const s of tabs) await s.opened();
    const res = await fetch(`${url}/api/live`, { headers: { cookie: anna.client.cookie!, 'accept-language': 'ru' } });
    expect(res.status).toBe(429);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain(`${streamsPerPerson}`);
    for (const s of tabs) s.close();
    await vi.waitFor(() => expect(t.ctx.live.streams()).toBe(0));
  });

  it.runIf(backend() === 'postgres')('reaches a page open on another app process of the same database (LISTEN/NOTIFY)', async () => {
    // a second app on the same database: its own bus listening on its own connection, as a second process has
    const other = await buildApp(t.ctx.config, t.database, modules, { logger: false });
    try {
      const otherUrl = await other.app.listen({ host: '127.0.0.1', port: 0 });
      const borisThere = stream(boris, otherUrl);
      await borisThere.opened();
      await t.ctx.live.publish([boris.userId], { type: 'message.new', data: { conversationId: 'c3' } });
      expect(await borisThere.next()).toEqual({ type: 'message.new', data: { conversationId: 'c3' } });
    } finally {
      await other.app.close();
    }
  });

  it.runIf(backend() === 'postgres')('tells open pages to refetch when its database connection was lost, and delivers again', async () => {
    const tab = stream(anna);
    await tab.opened();
    // the server ends the listening session (a restart or a failover does)
    await t.database.db.execute(
      sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query = ${`listen ${liveChannel}`}`,
    );
    expect(await tab.next()).toEqual({ type: 'live.resync', data: null });
    await t.ctx.live.publish([anna.userId], { type: 'message.new', data: { conversationId: 'c4' } });
    expect(await tab.next()).toEqual({ type: 'message.new', data: { conversationId: 'c4' } });
    tab.close();
  });
});
