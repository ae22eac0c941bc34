import { authorize } from '../../../core/auth/authorize.js';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { ratingOf } from '../db/queries.js';
import { crowdIdeaRatings, crowdIdeas } from '../db/schema.js';
import { ratingAverage, ratingChange, ratingProblem } from '../domain/idea-rules.js';
import { canRateIdea, canSubmitIdea, canWithdrawIdea } from '../policy.js';
import { emitIdeaEvent, ideaFacts, requireIdea, requireProject, ruleError } from './common.js';
import { ideaCreated, ideaRated } from '../events.js';

/**
 * A resident submits an idea to a project during its ideas phase (signed in, e-mail confirmed); its number. The
 * author follows it (`idea.created`).
 */
export async function submitIdea(
  ctx: ModuleContext,
  actor: Actor,
  projectNumber: number,
  input: { title: string; text: string },
  now = new Date(),
): Promise<number> {
  const number = await ctx.database.db.transaction(async (tx) => {
    const { project, phase } = await requireProject(tx, actor, projectNumber, { now });
    authorize(actor, canSubmitIdea(actor, phase));
    const [row] = await tx
      .insert(crowdIdeas)
      .values({ projectId: project.id, authorId: actor.userId, title: input.title, text: input.text, createdAt: now, updatedAt: now })
      .returning();
    await emitIdeaEvent(tx, ideaCreated, actor.userId, row!, { projectNumber: project.number });
    return row!.number;
  });
  ctx.jobs.kick();
  return number;
}

/** The author withdraws their idea during the ideas phase; it leaves the lists and the figures. */
export async function withdrawIdea(ctx: ModuleContext, actor: Actor, number: number, now = new Date()): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const { idea, phase } = await requireIdea(tx, actor, number, { forUpdate: true, now });
    authorize(actor, canWithdrawIdea(actor, ideaFacts(idea), phase));
    await tx.update(crowdIdeas).set({ status: 'withdrawn', updatedAt: now }).where(eq(crowdIdeas.id, idea.id));
  });
}

/**
 * Rates an idea 1–5, or changes one's rating (one row per person per idea). The idea row is locked for the whole
 * transaction, so two racing ratings by one person are serialized: the second finds the first's row and replaces it,
 * and the idea's count and sum always equal its rating rows. The first rating emits `idea.rated` (3 points).
 */
export async function rateIdea(
  ctx: ModuleContext,
  actor: Actor,
  number: number,
  value: number,
  now = new Date(),
): Promise<{ ratingCount: number; ratingAverage: number | null; myRating: number }> {
  const problem = ratingProblem(value);
  if (problem) throw ruleError(problem);
  const result = await ctx.database.db.transaction(async (tx) => {
    const { idea, phase } = await requireIdea(tx, actor, number, { forUpdate: true, now });
    authorize(actor, canRateIdea(actor, ideaFacts(idea), phase));
    const previous = await ratingOf(tx, idea.id, actor.userId);
    const change = ratingChange(previous, value);
    if (previous === null) await tx.insert(crowdIdeaRatings).values({ ideaId: idea.id, userId: actor.userId, value, createdAt: now, updatedAt: now });
    else
      await tx
        .update(crowdIdeaRatings)
        .set({ value, updatedAt: now })
        .where(and(eq(crowdIdeaRatings.ideaId, idea.id), eq(crowdIdeaRatings.userId, actor.userId)));
    const [updated] = await tx
      .update(crowdIdeas)
      .set({ ratingCount: sql`${crowdIdeas.ratingCount} + ${change.countDelta}`, ratingSum: sql`${crowdIdeas.ratingSum} + ${change.sumDelta}` })
      .where(eq(crowdIdeas.id, idea.id))
      .returning({ ratingCount: crowdIdeas.ratingCount, ratingSum: crowdIdeas.ratingSum });
    if (!updated) throw new AppError(404, 'idea_not_found', { number });
    if (change.first) await emitIdeaEvent(tx, ideaRated, actor.userId, idea, { value });
    return { ratingCount: updated.ratingCount, ratingAverage: ratingAverage(updated.ratingCount, updated.ratingSum), myRating: value, first: change.first };
  });
  if (result.first) ctx.jobs.kick();
  return { ratingCount: result.ratingCount, ratingAverage: result.ratingAverage, myRating: result.myRating };
}
