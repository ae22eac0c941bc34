import type { MyPoints, RedemptionRow } from '../use-cases/my-points.js';
import type { RewardRow, RewardTarget } from '../use-cases/rewards.js';

/** The person's own points: balance, level, badges, a page of history. */
export function presentMyPoints(p: MyPoints) {
  return {
    balance: p.balance,
    earned: p.earned,
    level: p.level,
    next: p.next,
    badges: p.badges,
    history: {
      ...p.history,
      items: p.history.items.map((e) => ({
        id: e.id,
        delta: e.delta,
        action: e.action,
        sourceType: e.sourceType,
        sourceId: e.sourceId,
        note: e.note,
        createdAt: e.createdAt.toISOString(),
      })),
    },
  };
}

/** A reward as the catalogue shows it. */
export function presentReward(r: RewardRow) {
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    imageFileId: r.imageFileId,
    imageUrl: r.imageFileId ? `/api/files/${r.imageFileId}` : null,
    kind: r.kind,
    targetType: r.targetType,
    targetId: r.targetId,
    cost: r.cost,
    stock: r.stock,
    validUntil: r.validUntil?.toISOString() ?? null,
    active: r.active,
  };
}

/** A reward as administrators see it: a donation names what it gives to. */
export function presentAdminReward({ row, target }: { row: RewardRow; target: RewardTarget | null }) {
  return { ...presentReward(row), target };
}

/** A redemption: the code is shown to its owner and to administrators only. */
export function presentRedemption(r: RedemptionRow) {
  return {
    id: r.id,
    rewardId: r.rewardId,
    rewardTitle: r.rewardTitle,
    points: r.points,
    code: r.code,
    requestId: r.requestId,
    createdAt: r.createdAt.toISOString(),
  };
}
