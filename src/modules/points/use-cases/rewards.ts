import { and, desc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import { appendAudit } from '../../../core/audit/audit.js';
import { authorize } from '../../../core/auth/authorize.js';
import type { Actor } from '../../../core/auth/actor.js';
import { fileFacts } from '../../../core/files/files.js';
import { AppError, fieldError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { rewards } from '../db/schema.js';
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

/** Every reward, for administrators (newest first). */
export async function adminListRewards(ctx: ModuleContext, actor: Actor): Promise<RewardRow[]> {
  authorize(actor, canAdministerPoints(actor));
  return ctx.database.db.select().from(rewards).orderBy(desc(rewards.createdAt));
}

export interface RewardInput {
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

/** An administrator adds a reward to the catalogue (audited). The image is uploaded first through /api/uploads/photos. */
export async function createReward(ctx: ModuleContext, actor: Actor, input: RewardInput): Promise<RewardRow> {
  authorize(actor, canAdministerPoints(actor));
  const actorId = actor.userId;
  await checkImage(ctx, input.imageFileId);
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
      data: { title: input.title, cost: input.cost, stock: input.stock, validUntil: input.validUntil?.toISOString() ?? null, active: input.active },
    });
    return row!;
  });
}

/**
 * An administrator changes a reward (audited). Stock is set as a number; a redemption racing the change
 * takes from whichever value the database holds at its turn, and stock never goes below zero (CHECK).
 */
export async function updateReward(ctx: ModuleContext, actor: Actor, id: string, input: Partial<RewardInput>): Promise<RewardRow> {
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
