import crypto from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { authorize } from '../../../core/auth/authorize.js';
import type { Actor } from '../../../core/auth/actor.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { pointBalances, pointEntries, rewardRedemptions, rewards } from '../db/schema.js';
import { redemptionCode } from '../domain/points-rules.js';
import { canRedeemReward, requestReplayable, rewardObtainable } from '../policy.js';
import { lockBalance } from './ledger.js';
import { pledgeTarget } from './rewards.js';
import { withRewardTitles, type RedemptionRow } from './my-points.js';

/**
 * Spends points on a reward in one transaction: the person's balance row is locked first, so one person's
 * redemptions run one after another; then the reward's row (the lock its stock update takes), so redemptions of one
 * reward take its stock one after another. The reward must be offered and in stock and the balance enough
 * (409 `reward_unavailable`, `reward_sold_out`, `points_not_enough` saying how many are missing: rewardObtainable);
 * then one unit of stock is taken, the − entry appended, the balance debited and the redemption stored with a code.
 * The same `requestId` again — retried or racing — finds the redemption made the first time (`created: false`),
 * never a second one. A donation reward (kind `donation`) also asks the entity it names whether it takes pledges now
 * (a charity cause: approved, not closed) and records the pledge there, in this same transaction (PledgeTarget).
 */
export async function redeemReward(
  ctx: ModuleContext,
  actor: Actor,
  rewardId: string,
  requestId: string,
  now = new Date(),
): Promise<{ redemption: RedemptionRow; created: boolean }> {
  authorize(actor, canRedeemReward(actor));
  const userId = actor.userId;
  const result = await ctx.database.db.transaction(async (tx) => {
    const { balance } = await lockBalance(tx, userId);
    // read after the lock: a racing request with the same id has committed by now if it went first
    const [existing] = await tx
      .select()
      .from(rewardRedemptions)
      .where(and(eq(rewardRedemptions.userId, userId), eq(rewardRedemptions.requestId, requestId)));
    if (existing) {
      authorize(requestReplayable(existing, rewardId));
      return { row: existing, created: false };
    }
    const [reward] = await tx.select().from(rewards).where(eq(rewards.id, rewardId)).for('no key update');
    if (!reward) throw new AppError(404, 'reward_not_found');
    authorize(rewardObtainable(reward, balance, now), { cost: reward.cost, balance, count: reward.cost - balance });
    // a donation: the entity it names must take pledges now (its row stays locked until the pledge is recorded)
    const target = reward.kind === 'donation' ? pledgeTarget(ctx, reward) : null;
    if (target) authorize(await target.kind.open(tx, target.id));
    await tx
      .update(rewards)
      .set({ stock: sql`${rewards.stock} - 1`, updatedAt: sql`now()` })
      .where(eq(rewards.id, rewardId));
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
    if (target) await target.kind.record(tx, target.id, { redemptionId: row!.id, points: reward.cost });
    return { row: row!, created: true };
  });
  const [redemption] = await withRewardTitles(ctx, [result.row]);
  return { redemption: redemption!, created: result.created };
}
