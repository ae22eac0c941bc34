import Fastify from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.js';
import { testDatabase } from '../../../test/db.js';
import { databaseRateLimitStore, forgive, hit } from './rate-limit-store.js';

let database: Database;
beforeEach(async () => {
  database = await testDatabase();
});
afterEach(async () => database.close());

async function appWithTwoLimitedRoutes() {
  const app = Fastify();
  await app.register(rateLimit, { global: false, store: databaseRateLimitStore(database.db) });
  app.get('/strict', { config: { rateLimit: { max: 2, timeWindow: 60_000 } } }, async () => ({ ok: true }));
  app.get('/loose', { config: { rateLimit: { max: 5, timeWindow: 15 * 60_000 } } }, async () => ({ ok: true }));
  await app.ready();
  return app;
}

describe('the database rate-limit store', () => {
  it('counts each route on its own: one address using up one route does not limit it on another', async () => {
    const app = await appWithTwoLimitedRoutes();
    const statuses = async (url: string, n: number) => {
      const out: number[] = [];
      for (let i = 0; i < n; i++) out.push((await app.inject({ method: 'GET', url, remoteAddress: '10.0.0.1' })).statusCode);
      return out;
    };
    expect(await statuses('/loose', 5)).toEqual([200, 200, 200, 200, 200]);
    expect(await statuses('/strict', 3)).toEqual([200, 200, 429]);
    expect(await statuses('/loose', 1)).toEqual([429]);
    await app.close();
  });

  it('shares one budget between processes: a second app on the same database continues the count', async () => {
    const a = await appWithTwoLimitedRoutes();
    const b = await appWithTwoLimitedRoutes();
    expect((await a.inject({ method: 'GET', url: '/strict', remoteAddress: '10.0.0.2' })).statusCode).toBe(200);
    expect((await b.inject({ method: 'GET', url: '/strict', remoteAddress: '10.0.0.2' })).statusCode).toBe(200);
    expect((await b.inject({ method: 'GET', url: '/strict', remoteAddress: '10.0.0.2' })).statusCode).toBe(429);
    await a.close();
    await b.close();
  });

  it('takes back a forgiven attempt, so a budget of failures does not count the attempts that succeeded', async () => {
    expect((await hit(database.db, 'failures|a', 60_000)).current).toBe(1);
    expect((await hit(database.db, 'failures|a', 60_000)).current).toBe(2);
    await forgive(database.db, 'failures|a');
    expect((await hit(database.db, 'failures|a', 60_000)).current).toBe(2);
    await forgive(database.db, 'failures|unknown');
    expect((await hit(database.db, 'failures|unknown', 60_000)).current).toBe(1);
  });
});
