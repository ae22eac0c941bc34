import crypto from 'node:crypto';
import { count, desc, eq, sql } from 'drizzle-orm';
import { appendAudit } from '../../../core/audit/audit.js';
import { authorize } from '../../../core/auth/authorize.js';
import type { Actor } from '../../../core/auth/actor.js';
import { AppError, fieldError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { publicPeople } from '../../accounts/index.js';
import { pointBalances, pointEntries, pointLevels, pointRules, rewardRedemptions } from '../db/schema.js';
import { comingActions, defaultPoints, levelsProblem, pointActions, type Level, type PointAction } from '../domain/points-rules.js';
import { adjustmentFits, canAdministerPoints } from '../policy.js';
import { creditBalance, currentLevels, currentRules, lockBalance } from './ledger.js';
import { withRewardTitles, type RedemptionRow } from './my-points.js';

export interface RuleView {
  action: PointAction;
  points: number;
  defaultPoints: number;
  /** False for actions no enabled module earns yet (polls, crowd projects). */
  available: boolean;
}

/** Points per action with the defaults beside them (public: it is "how to earn"). */
export async function listRules(ctx: ModuleContext): Promise<RuleView[]> {
  const rules = await currentRules(ctx.database.db);
  return pointActions.map((action) => ({ action, points: rules[action], defaultPoints: defaultPoints[action], available: !comingActions.has(action) }));
}

/** An administrator sets what an action earns from now on (audited); entries already earned stay as they are. */
export async function setRule(ctx: ModuleContext, actor: Actor, action: PointAction, points: number): Promise<RuleView[]> {
  authorize(actor, canAdministerPoints(actor));
  const actorId = actor.userId;
  await ctx.database.db.transaction(async (tx) => {
    const before = (await currentRules(tx))[action];
    await tx
      .insert(pointRules)
      .values({ action, points, updatedBy: actorId })
      .onConflictDoUpdate({ target: pointRules.action, set: { points, updatedBy: actorId, updatedAt: sql`now()` } });
    await appendAudit(tx, { actorId, action: 'points.rule_changed', subjectType: 'point_rule', subjectId: action, data: { from: before, to: points } });
  });
  return listRules(ctx);
}

/** The levels in force (administrators' or the defaults). */
export async function listLevels(ctx: ModuleContext): Promise<Level[]> {
  return currentLevels(ctx.database.db);
}

/** An administrator replaces the levels (audited): one must start at 0, thresholds distinct. */
export async function setLevels(ctx: ModuleContext, actor: Actor, levels: Level[]): Promise<Level[]> {
  authorize(actor, canAdministerPoints(actor));
  const problem = levelsProblem(levels);
  if (problem) throw fieldError('items', `error.${problem}`, {}, problem);
  const actorId = actor.userId;
  await ctx.database.db.transaction(async (tx) => {
    await tx.delete(pointLevels);
    await tx.insert(pointLevels).values(levels);
    await appendAudit(tx, {
      actorId,
      action: 'points.levels_changed',
      subjectType: 'point_levels',
      subjectId: 'all',
      data: { levels: levels.map((l) => ({ ...l })) },
    });
  });
  return listLevels(ctx);
}

/**
 * An administrator adds or takes points from a person with a reason (audited, and a ledger entry the person sees).
 * The balance row is locked, and a deduction below zero is refused with 409 `points_adjustment_negative`.
 * Points added count towards the person's level; points taken do not lower it.
 */
export async function adjustPoints(ctx: ModuleContext, actor: Actor, input: { userId: string; delta: number; reason: string }): Promise<{ balance: number }> {
  authorize(actor, canAdministerPoints(actor));
  const actorId = actor.userId;
  const [person] = (await publicPeople(ctx.database.db, [input.userId])).values();
  if (!person) throw new AppError(404, 'points_person_not_found');
  return ctx.database.db.transaction(async (tx) => {
    const { balance } = await lockBalance(tx, input.userId);
    authorize(adjustmentFits(balance, input.delta), { balance });
    const id = crypto.randomUUID();
    await tx
      .insert(pointEntries)
      .values({ userId: input.userId, delta: input.delta, action: 'adjustment', sourceType: 'adjustment', sourceId: id, note: input.reason });
    await creditBalance(tx, input.userId, input.delta, Math.max(0, input.delta));
    await appendAudit(tx, {
      actorId,
      action: 'points.adjusted',
      subjectType: 'user',
      subjectId: input.userId,
      data: { delta: input.delta, reason: input.reason, adjustment: id },
    });
    return { balance: balance + input.delta };
  });
}

/** Redemptions for administrators (who got what, with the code), newest first. */
export async function listRedemptions(
  ctx: ModuleContext,
  actor: Actor,
  page: { offset: number; limit: number },
): Promise<{ items: (RedemptionRow & { displayName: string })[]; total: number }> {
  authorize(actor, canAdministerPoints(actor));
  const db = ctx.database.db;
  const rows = await db.select().from(rewardRedemptions).orderBy(desc(rewardRedemptions.createdAt)).limit(page.limit).offset(page.offset);
  const [total] = await db.select({ n: count() }).from(rewardRedemptions);
  const people = await publicPeople(
    db,
    rows.map((r) => r.userId),
  );
  const items = (await withRewardTitles(ctx, rows)).map((r) => ({ ...r, displayName: people.get(r.userId)?.displayName ?? '' }));
  return { items, total: total?.n ?? 0 };
}

/** A person's balance for the adjustment form. */
export async function balanceOf(
  ctx: ModuleContext,
  actor: Actor,
  userId: string,
): Promise<{ userId: string; displayName: string; balance: number; earned: number }> {
  authorize(actor, canAdministerPoints(actor));
  const [person] = (await publicPeople(ctx.database.db, [userId])).values();
  if (!person) throw new AppError(404, 'points_person_not_found');
  const [row] = await ctx.database.db.select().from(pointBalances).where(eq(pointBalances.userId, userId));
  return { userId, displayName: person.displayName, balance: row?.balance ?? 0, earned: row?.earned ?? 0 };
}
