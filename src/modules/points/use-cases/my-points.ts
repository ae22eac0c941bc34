import { and, count, desc, eq, gt, inArray, notInArray, sql } from 'drizzle-orm';
import { authorize } from '../../../core/auth/authorize.js';
import type { Actor } from '../../../core/auth/actor.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { pointBalances, pointEntries, rewardRedemptions, rewards } from '../db/schema.js';
import { levelOf, monthlyBadges, type BadgeKind, type Level } from '../domain/points-rules.js';
import { canSeeOwnPoints } from '../policy.js';
import { currentLevels } from './ledger.js';

export type LedgerEntry = typeof pointEntries.$inferSelect;

export interface MyPoints {
  balance: number;
  earned: number;
  level: Level | null;
  next: (Level & { missing: number }) | null;
  badges: { month: string; kind: BadgeKind; count: number }[];
  history: { items: LedgerEntry[]; total: number; offset: number; limit: number };
}

/** A person's balance, level, monthly badges and a page of their ledger (newest first). */
export async function myPoints(ctx: ModuleContext, actor: Actor, page: { offset: number; limit: number }): Promise<MyPoints> {
  authorize(actor, canSeeOwnPoints(actor));
  const db = ctx.database.db;
  const [bal] = await db.select().from(pointBalances).where(eq(pointBalances.userId, actor.userId));
  const balance = bal?.balance ?? 0;
  const earned = bal?.earned ?? 0;
  const { level, next } = levelOf(await currentLevels(db), earned);
  const tz = ctx.config.cityTimezone;
  const month = sql<string>`to_char(${pointEntries.createdAt} at time zone ${tz}, 'YYYY-MM')`;
  const activity = await db
    .select({ month, action: pointEntries.action, count: sql<number>`count(*)::int` })
    .from(pointEntries)
    .where(and(eq(pointEntries.userId, actor.userId), gt(pointEntries.delta, 0), notInArray(pointEntries.action, ['adjustment'])))
    .groupBy(sql`1`, sql`2`);
  const items = await db
    .select()
    .from(pointEntries)
    .where(eq(pointEntries.userId, actor.userId))
    .orderBy(desc(pointEntries.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db.select({ n: count() }).from(pointEntries).where(eq(pointEntries.userId, actor.userId));
  return { balance, earned, level, next, badges: monthlyBadges(activity), history: { items, total: total?.n ?? 0, offset: page.offset, limit: page.limit } };
}

export type RedemptionRow = typeof rewardRedemptions.$inferSelect & { rewardTitle: string };

/** Redemptions with their rewards' titles. */
export async function withRewardTitles(ctx: ModuleContext, rows: (typeof rewardRedemptions.$inferSelect)[]): Promise<RedemptionRow[]> {
  if (!rows.length) return [];
  const titles = await ctx.database.db
    .select({ id: rewards.id, title: rewards.title })
    .from(rewards)
    .where(inArray(rewards.id, [...new Set(rows.map((r) => r.rewardId))]));
  const byId = new Map(titles.map((t) => [t.id, t.title]));
  return rows.map((r) => ({ ...r, rewardTitle: byId.get(r.rewardId) ?? '' }));
}

/** The codes a person has received, newest first. */
export async function myRedemptions(ctx: ModuleContext, actor: Actor): Promise<RedemptionRow[]> {
  authorize(actor, canSeeOwnPoints(actor));
  const rows = await ctx.database.db
    .select()
    .from(rewardRedemptions)
    .where(eq(rewardRedemptions.userId, actor.userId))
    .orderBy(desc(rewardRedemptions.createdAt))
    .limit(200);
  return withRewardTitles(ctx, rows);
}
