import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { queryRows, type Db } from '../db/client.js';

/**
 * A store for @fastify/rate-limit that counts in the database: one atomic upsert per attempt, so
 * several processes behind a load balancer share one budget and a restart does not reset it.
 * Keys are hashed (they contain e-mail addresses). Expired rows are swept now and then.
 */
export function databaseRateLimitStore(db: Db): FastifyRateLimitStoreCtor {
  class DatabaseStore implements FastifyRateLimitStore {
    /** Each route counts on its own ("GET /api/audit/verify|"), so limits of different routes never share a budget. */
    private readonly prefix: string;
    constructor(_options?: unknown, prefix = '') {
      this.prefix = prefix;
    }
    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
      void hit(db, `${this.prefix}${key}`, timeWindow).then(
        (result) => callback(null, result),
        (err: Error) => callback(err),
      );
    }
    child(routeOptions: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
      // what the plugin really passes: the route's merged limit settings with `routeInfo` (method, url)
      const route = (routeOptions as unknown as { routeInfo?: { method?: string | string[]; url?: string } }).routeInfo;
      return new DatabaseStore(undefined, route?.url ? `${String(route.method)} ${route.url}|` : this.prefix);
    }
  }
  return DatabaseStore;
}

const hashOf = (key: string) => crypto.createHash('sha256').update(key).digest('hex');

/** Counts one attempt for a key; returns the attempts in the current window and the ms left in it. */
export async function hit(db: Db, key: string, windowMs: number): Promise<{ current: number; ttl: number }> {
  const hashed = hashOf(key);
  const [row] = await queryRows<{ hits: number; ttl_ms: number }>(
    db,
    sql`insert into rate_limits (key, hits, reset_at)
        values (${hashed}, 1, now() + make_interval(secs => ${windowMs / 1000}))
        on conflict (key) do update set
          hits = case when rate_limits.reset_at <= now() then 1 else rate_limits.hits + 1 end,
          reset_at = case when rate_limits.reset_at <= now() then excluded.reset_at else rate_limits.reset_at end
        returning hits, (extract(epoch from reset_at - now()) * 1000)::float8 as ttl_ms`,
  );
  if (Math.random() < 0.01) await db.execute(sql`delete from rate_limits where reset_at < now() - interval '1 hour'`);
  return { current: Number(row!.hits), ttl: Math.max(0, Math.round(Number(row!.ttl_ms))) };
}

/**
 * Takes back one attempt counted by `hit` (never below zero), for budgets that count failures only: the attempt is
 * counted before it is tried, so that concurrent attempts cannot overrun the budget, and forgiven once it succeeded.
 */
export async function forgive(db: Db, key: string): Promise<void> {
  await db.execute(sql`update rate_limits set hits = greatest(hits - 1, 0) where key = ${hashOf(key)} and reset_at > now()`);
}
