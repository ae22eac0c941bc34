import crypto from 'node:crypto';
import { and, eq, gt, isNull, or, sql } from 'drizzle-orm';
import { authorize } from '../../../core/auth/authorize.js';
import type { Actor } from '../../../core/auth/actor.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { pointBalances, pointEntries, rewardRedemptions, rewards } from '../db/schema.js';
import { redemptionCode } from '../domain/points-rules.js';
import { canRedeemReward } from '../policy.js';
import { lockBalance } from './ledger.js';
import { withRewardTitles, type RedemptionRow } from './my-points.js';

/**
 * Spends points on a reward in one transaction: the person's balance row is locked first, so one person's
 * redemptions run one after another; then the balance is checked (409 `points_not_enough` saying how many are
 * missing), one unit of stock is taken by a conditional update (409 `reward_sold_out` / `reward_unavailable`),
 * the − entry is appended, the balance debited and the redemption stored with a code. The same `requestId` again
 * — retried or racing — finds the redemption made the first time (`created: false`), never a second one.
 */
export async function redeemReward(
  ctx: ModuleContext,
  actor: Actor,
  rewardId: string,
  requestId: string,
): Promise<{ redemption: RedemptionRow; created: boolean }> {
  authorize(actor, canRedeemReward(actor));
  if (actor.kind !== 'user') throw new Error('unreachable');
  const userId = actor.userId;
  const result = await ctx.database.db.transaction(async (tx) => {
    const { balance } = await lockBalance(tx, userId);
    // read after the lock: a racing request with the same id has committed by now if it went first
    const [existing] = await tx
      .select()
      .from(rewardRedemptions)
      .where(and(eq(rewardRedemptions.userId, userId), eq(rewardRedemptions.requestId, requestId)));
    if (existing) {
      if (existing.rewardId !== rewardId) throw new AppError(409, 'redemption_request_reused');
      return { row: existing, created: false };
    }
    const [reward] = await tx.select().from(rewards).where(eq(rewards.id, rewardId));
    if (!reward) throw new AppError(404, 'reward_not_found');
    if (balance < reward.cost) throw new AppError(409, 'points_not_enough', { cost: reward.cost, balance, count: reward.cost - balance });
    const [taken] = await tx
      .update(rewards)
      .set({ stock: sql`${rewards.stock} - 1`, updatedAt: sql`now()` })
      .where(and(eq(rewards.id, rewardId), gt(rewards.stock, 0), eq(rewards.active, true), or(isNull(rewards.validUntil), gt(rewards.validUntil, sql`now()`))))
      .returning({ stock: rewards.stock });
    if (!taken) {
      const [now] = await tx
        .select({ stock: rewards.stock, active: rewards.active, validUntil: rewards.validUntil })
        .from(rewards)
        .where(eq(rewards.id, rewardId));
      throw new AppError(
        409,
        now && now.active && (!now.validUntil || now.validUntil > new Date()) && now.stock <= 0 ? 'reward_sold_out' : 'reward_unavailable',
      );
    }
    const [entry] = await tx
      .insert(pointEntries)
      .values({ userId, delta: -reward.cost, action: 'reward.redeemed', sourceType: 'redemption', sourceId: requestId, note: reward.title })
      .returning({ id: pointEntries.id });
    await tx
      .update(pointBalances)
      .set({ balance: sql`${pointBalances.balance} - ${reward.cost}`, updatedAt: sql`now()` })
      .where(eq(pointBalances.userId, userId));
    const [row] = await tx
      .insert(rewardRedemptions)
      .values({ rewardId, userId, requestId, points: reward.cost, code: redemptionCode(crypto.randomBytes(8)), entryId: entry!.id })
      .returning();
    return { row: row!, created: true };
  });
  const [redemption] = await withRewardTitles(ctx, [result.row]);
  return { redemption: redemption!, created: result.created };
}
