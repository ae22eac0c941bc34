import { authorize } from '../../../core/auth/authorize.js';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { appendAudit } from '../../../core/audit/audit.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { findIdeaByNumber, isProjectExpert } from '../db/queries.js';
import { crowdIdeas } from '../db/schema.js';
import { reviewProblem, type ReviewDecision } from '../domain/idea-rules.js';
import { canReviewIdea } from '../policy.js';
import { emitIdeaEvent, ideaTitle, requireIdea, ruleError } from './common.js';
import { ideaReviewed } from '../events.js';

export interface ReviewInput {
  decision: ReviewDecision;
  reason: string;
  intoNumber?: number | null | undefined;
}

/**
 * The project's experts (or administrators) shortlist, reject or merge an idea with a public reason, until the vote
 * starts; it may be decided again until then. A merged idea points to the idea it went into (of the same project,
 * not merged itself), and ideas merged into it earlier now point there too: their authors are credited with that
 * idea. Audited; the author and followers are notified (`idea.reviewed`).
 */
export async function reviewIdea(ctx: ModuleContext, actor: Actor, number: number, input: ReviewInput, now = new Date()): Promise<void> {
  const intoNumber = input.decision === 'merged' ? (input.intoNumber ?? null) : null;
  await ctx.database.db.transaction(async (tx) => {
    // lock both ideas in number order, so two merges of the same pair cannot deadlock
    for (const n of [number, intoNumber].filter((x): x is number => x !== null).sort((a, b) => a - b)) await findIdeaByNumber(tx, n, { forUpdate: true });
    const { idea, project, phase } = await requireIdea(tx, actor, number, { now });
    const isExpert = actor.kind === 'user' && (await isProjectExpert(tx, project.id, actor.userId));
    authorize(actor, canReviewIdea(actor, idea, { isProjectExpert: isExpert, phase, voteStarted: !!project.pollId }));
    const target = intoNumber !== null && intoNumber !== number ? ((await findIdeaByNumber(tx, intoNumber)) ?? null) : intoNumber === number ? idea : null;
    const problem = reviewProblem(idea, input.decision, target, intoNumber);
    if (problem) throw ruleError(problem);
    const into = input.decision === 'merged' ? target! : null;
    if (into)
      await tx
        .update(crowdIdeas)
        .set({ mergedIntoId: into.id, updatedAt: now })
        .where(and(eq(crowdIdeas.mergedIntoId, idea.id), eq(crowdIdeas.status, 'merged')));
    const [updated] = await tx
      .update(crowdIdeas)
      .set({ status: input.decision, reviewReason: input.reason, reviewedBy: actor.userId, reviewedAt: now, mergedIntoId: into?.id ?? null, updatedAt: now })
      .where(eq(crowdIdeas.id, idea.id))
      .returning();
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'idea.reviewed',
      subjectType: 'idea',
      subjectId: String(number),
      data: { decision: input.decision, previous: idea.status, into: into?.number ?? null },
    });
    await emitIdeaEvent(tx, ideaReviewed, actor.userId, updated!, {
      decision: input.decision,
      intoNumber: into?.number ?? null,
      intoTitle: into ? ideaTitle(into) : null,
    });
  });
  ctx.jobs.kick();
}
