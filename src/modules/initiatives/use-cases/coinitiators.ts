import { authorize } from '../../../core/auth/authorize.js';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { initiativeCoinitiators } from '../db/schema.js';
import { canJoinInitiative, canLeaveInitiative } from '../policy.js';
import { emitInitiativeEvent, requireInitiative, verifiedFactOf } from './common.js';
import { initiativeCoinitiatorJoined, initiativeCoinitiatorLeft } from '../events.js';

/**
 * Joins a draft as a co-initiator (by its link): verified residents of its place, not its author, once (409 for a
 * second time, racing or not: the primary key decides). Under the initiative's row lock, so a join never slips past
 * a submission. Emits `initiative.coinitiator_joined` (the joiner follows; the author is told).
 */
export async function joinInitiative(ctx: ModuleContext, actor: Actor, number: number, now = new Date()): Promise<void> {
  const db = ctx.database.db;
  const verified = await verifiedFactOf(db, actor);
  await db.transaction(async (tx) => {
    const { row, facts } = await requireInitiative(tx, actor, number, { forUpdate: true });
    authorize(actor, canJoinInitiative(actor, facts, verified));
    const [added] = await tx
      .insert(initiativeCoinitiators)
      .values({ initiativeId: row.id, userId: actor.userId, joinedAt: now })
      .onConflictDoNothing()
      .returning({ userId: initiativeCoinitiators.userId });
    if (!added) throw new AppError(409, 'initiative_already_coinitiator');
    await emitInitiativeEvent(tx, initiativeCoinitiatorJoined, actor.userId, row, {
      coinitiatorId: actor.userId,
      coinitiators: facts.coinitiatorIds.length + 1,
    });
  });
  ctx.jobs.kick();
}

/** Leaves a draft one co-initiated (409 after submission: the names stand). Emits `initiative.coinitiator_left` (they stop following). */
export async function leaveInitiative(ctx: ModuleContext, actor: Actor, number: number): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const { row, facts } = await requireInitiative(tx, actor, number, { forUpdate: true });
    authorize(actor, canLeaveInitiative(actor, facts));
    await tx.delete(initiativeCoinitiators).where(and(eq(initiativeCoinitiators.initiativeId, row.id), eq(initiativeCoinitiators.userId, actor.userId)));
    await emitInitiativeEvent(tx, initiativeCoinitiatorLeft, actor.userId, row, { coinitiatorId: actor.userId });
  });
  ctx.jobs.kick();
}
