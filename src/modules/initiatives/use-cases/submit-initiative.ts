import { authorize } from '../../../core/auth/authorize.js';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { ruleFor } from '../db/queries.js';
import { initiatives } from '../db/schema.js';
import { coinitiatorsMissing } from '../domain/lifecycle.js';
import { canSubmitInitiative, canWithdrawInitiative } from '../policy.js';
import { addHistory, emitInitiativeEvent, publicNote, requireInitiative } from './common.js';
import { initiativeSubmitted, initiativeWithdrawn } from '../events.js';

/**
 * Submits a draft for screening: its author, with at least the rule's number of co-initiators (409 saying how many
 * are missing). Copies that number onto the initiative. Emits `initiative.submitted` (followers are told).
 */
export async function submitInitiative(ctx: ModuleContext, actor: Actor, number: number, now = new Date()): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const { row, facts } = await requireInitiative(tx, actor, number, { forUpdate: true });
    const rule = await ruleFor(tx, row.type, row.scope);
    if (!rule) throw new AppError(500, 'internal');
    const missing = coinitiatorsMissing(facts.coinitiatorIds.length, rule.minCoinitiators);
    authorize(actor, canSubmitInitiative(actor, facts, rule.minCoinitiators), { count: missing, min: rule.minCoinitiators });
    const [updated] = await tx
      .update(initiatives)
      .set({ status: 'screening', submittedAt: now, minCoinitiators: rule.minCoinitiators, updatedAt: now })
      .where(eq(initiatives.id, row.id))
      .returning();
    await addHistory(tx, row.id, 'screening', publicNote('initiative.history.submitted', { count: facts.coinitiatorIds.length }), now);
    await emitInitiativeEvent(tx, initiativeSubmitted, actor.kind === 'user' ? actor.userId : null, updated!);
  });
  ctx.jobs.kick();
}

/** Withdraws an initiative: its author, while a draft or under screening (409 later). Emits `initiative.withdrawn`. */
export async function withdrawInitiative(ctx: ModuleContext, actor: Actor, number: number, now = new Date()): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const { row, facts } = await requireInitiative(tx, actor, number, { forUpdate: true });
    authorize(actor, canWithdrawInitiative(actor, facts));
    const [updated] = await tx.update(initiatives).set({ status: 'withdrawn', withdrawnAt: now, updatedAt: now }).where(eq(initiatives.id, row.id)).returning();
    await addHistory(tx, row.id, 'withdrawn', publicNote('initiative.history.withdrawn'), now);
    await emitInitiativeEvent(tx, initiativeWithdrawn, actor.kind === 'user' ? actor.userId : null, updated!, { previousStatus: row.status });
  });
  ctx.jobs.kick();
}
