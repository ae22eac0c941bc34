import { hasRole, hasVerification } from '../../core/auth/actor.js';
import { allow, deny, notNow, signedIn, type Decision } from '../../core/auth/decision.js';

/** Who may see their own points, history and codes: anyone signed in. */
export const canSeeOwnPoints = signedIn(function canSeeOwnPoints() {
  return allow;
});

/** Who may spend points on a reward: a signed-in person with a confirmed e-mail (the code is theirs to use). */
export const canRedeemReward = signedIn(function canRedeemReward(actor) {
  return hasVerification(actor, 'email') ? allow : deny('email_not_confirmed');
});

/** What a redemption needs of the reward and the balance at `now`: offered (active, not past its date), in stock, and affordable. */
export function rewardObtainable(reward: { active: boolean; validUntil: Date | null; stock: number; cost: number }, balance: number, now: Date): Decision {
  if (!reward.active || (reward.validUntil && reward.validUntil <= now)) return notNow('reward_unavailable');
  if (reward.stock <= 0) return notNow('reward_sold_out');
  return balance < reward.cost ? notNow('points_not_enough') : allow;
}

/** Whether a request id used before may be answered with its redemption again: a retry for the same reward, never another reward. */
export function requestReplayable(earlier: { rewardId: string }, rewardId: string): Decision {
  return earlier.rewardId === rewardId ? allow : notNow('redemption_request_reused');
}

/** Who manages rules, levels, rewards, redemptions and adjustments: administrators. */
export const canAdministerPoints = signedIn(function canAdministerPoints(actor) {
  return hasRole(actor, 'administrator') ? allow : deny('not_administrator');
});

/** Whether an adjustment keeps the balance at zero or above (points are never owed). */
export function adjustmentFits(balance: number, delta: number): Decision {
  return balance + delta < 0 ? notNow('points_adjustment_negative') : allow;
}
