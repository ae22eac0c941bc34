import { and, desc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import { appendAudit } from '../../../core/audit/audit.js';
import { authorize } from '../../../core/auth/authorize.js';
import type { Actor } from '../../../core/auth/actor.js';
import { fileFacts } from '../../../core/files/files.js';
import { AppError, fieldError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { rewards } from '../db/schema.js';
import type { RewardKind } from '../domain/points-rules.js';
import type { PledgeTarget } from '../pledges.js';
import { canAdministerPoints } from '../policy.js';

export type RewardRow = typeof rewards.$inferSelect;

/** The public catalogue: active rewards not past their date, cheapest first (sold-out ones too, marked by stock 0). */
export async function listRewards(ctx: ModuleContext, now = new Date()): Promise<RewardRow[]> {
  return ctx.database.db
    .select()
    .from(rewards)
    .where(and(eq(rewards.active, true), or(isNull(rewards.validUntil), gt(rewards.validUntil, now))))
    .orderBy(rewards.cost, rewards.title);
}

/** What a donation reward gives to, as administrators see it: the entity's title and page, and whether it is public now. */
export interface RewardTarget {
  title: string;
  path: string;
  visible: boolean;
}

/** Every reward, for administrators (newest first), a donation with the entity it gives to (null when that is gone). */
export async function adminListRewards(ctx: ModuleContext, actor: Actor): Promise<{ row: RewardRow; target: RewardTarget | null }[]> {
  authorize(actor, canAdministerPoints(actor));
  const db = ctx.database.db;
  const rows = await db.select().from(rewards).orderBy(desc(rewards.createdAt));
  const refs = rows.flatMap((r) => (r.kind === 'donation' && r.targetType && r.targetId ? [{ type: r.targetType, id: r.targetId }] : []));
  const described = await ctx.entities.describeMany(db, refs);
  return rows.map((row) => {
    const e = row.kind === 'donation' ? described.get(`${row.targetType}:${row.targetId}`) : undefined;
    return { row, target: e ? { title: e.title, path: e.path, visible: e.visible } : null };
  });
}

export interface RewardInput {
  kind: RewardKind;
  /** For a donation: the entity it donates to (an entity kind that takes pledges, e.g. `cause`). */
  targetType: string | null;
  targetId: string | null;
  title: string;
  description: string;
  imageFileId: string | null;
  cost: number;
  stock: number;
  validUntil: Date | null;
  active: boolean;
}

async function checkImage(ctx: ModuleContext, id: string | null | undefined): Promise<void> {
  if (!id) return;
  const [facts] = await fileFacts(ctx.database.db, [id]);
  if (!facts) throw fieldError('imageFileId', 'points.field.image_unknown');
}

/** The entity a donation reward names, with its kind's pledge hook; a 404 when its kind no longer takes pledges. */
export function pledgeTarget(ctx: ModuleContext, reward: { targetType: string | null; targetId: string | null }): { kind: PledgeTarget; id: string } {
  const kind = reward.targetType ? ctx.entities.get(reward.targetType)?.pledges : undefined;
  if (!kind || !reward.targetId) throw new AppError(404, 'reward_not_found');
  return { kind, id: reward.targetId };
}

/** A donation names an entity that takes pledges now (a charity cause that is approved and open); an item names none. */
async function checkTarget(ctx: ModuleContext, input: RewardInput): Promise<void> {
  if (input.kind === 'item') {
    if (input.targetType || input.targetId) throw fieldError('targetId', 'points.field.target_for_donation_only');
    return;
  }
  const kind = input.targetType ? ctx.entities.get(input.targetType)?.pledges : undefined;
  if (!kind || !input.targetId) throw fieldError('targetId', 'points.field.target_unavailable');
  const decision = await ctx.database.db.transaction((tx) => kind.open(tx, input.targetId!));
  if (!decision.allowed) throw fieldError('targetId', 'points.field.target_unavailable');
}

/** An administrator adds a reward to the catalogue (audited). The image is uploaded first through /api/uploads/photos. */
export async function createReward(ctx: ModuleContext, actor: Actor, input: RewardInput): Promise<RewardRow> {
  authorize(actor, canAdministerPoints(actor));
  const actorId = actor.userId;
  await checkImage(ctx, input.imageFileId);
  await checkTarget(ctx, input);
  return ctx.database.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(rewards)
      .values({ ...input, createdBy: actorId })
      .returning();
    await appendAudit(tx, {
      actorId,
      action: 'points.reward_created',
      subjectType: 'reward',
      subjectId: row!.id,
      data: {
        title: input.title,
        kind: input.kind,
        targetType: input.targetType,
        targetId: input.targetId,
        cost: input.cost,
        stock: input.stock,
        validUntil: input.validUntil?.toISOString() ?? null,
        active: input.active,
      },
    });
    return row!;
  });
}

/**
 * An administrator changes a reward (audited). Stock is set as a number; a redemption racing the change
 * takes from whichever value the database holds at its turn, and stock never goes below zero (CHECK).
 */
export async function updateReward(
  ctx: ModuleContext,
  actor: Actor,
  id: string,
  input: Partial<Omit<RewardInput, 'kind' | 'targetType' | 'targetId'>>,
): Promise<RewardRow> {
  authorize(actor, canAdministerPoints(actor));
  const actorId = actor.userId;
  await checkImage(ctx, input.imageFileId);
  return ctx.database.db.transaction(async (tx) => {
    const [row] = await tx
      .update(rewards)
      .set({ ...input, updatedAt: sql`now()` })
      .where(eq(rewards.id, id))
      .returning();
    if (!row) throw new AppError(404, 'reward_not_found');
    await appendAudit(tx, {
      actorId,
      action: 'points.reward_changed',
      subjectType: 'reward',
      subjectId: id,
      data: { ...input, validUntil: input.validUntil === undefined ? undefined : (input.validUntil?.toISOString() ?? null) },
    });
    return row;
  });
}

/**
 * For another module's demo seed: a "donation" reward naming an entity that takes pledges (a demo charity cause), added
 * once — nothing happens when a reward already names it. Not audited (seeding is not an administrator's act).
 */
export async function offerDonationReward(
  ctx: ModuleContext,
  reward: { targetType: string; targetId: string; title: string; description: string; cost: number; stock: number },
): Promise<void> {
  const [existing] = await ctx.database.db
    .select({ id: rewards.id })
    .from(rewards)
    .where(and(eq(rewards.targetType, reward.targetType), eq(rewards.targetId, reward.targetId)));
  if (!existing) await ctx.database.db.insert(rewards).values({ ...reward, kind: 'donation' });
}
