import { appendAudit } from '../../../core/audit/audit.js';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { fieldError } from '../../../core/http/errors.js';
import { emitEvent } from '../../../core/jobs/events.js';
import type { ModerationState } from '../../../core/module/entities.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { decide, needsReason, type DecisionAction } from '../domain/case-rules.js';
import { contentHidden, contentRestored } from '../events.js';
import { ensureCase, findCase, updateCase } from '../db/queries.js';
import { canDecide, canReadQueue, canTakeAction } from '../policy.js';
import { caseViews, type CaseView } from './case-views.js';
import { requireModeratable } from './common.js';

/**
 * A moderator hides, restores or dismisses content (a case is opened if nobody flagged it). The
 * content's module sets its state; the decision is audited in the same transaction and the author
 * told (events `content.hidden` / `content.restored` with the reason). 404 for unknown content,
 * 403 outside the moderator's districts, 400 naming `reason` without one (hiding, restoring), 409 when
 * the action does not fit the content's state (canTakeAction).
 */
export async function decideCase(
  ctx: ModuleContext,
  actor: Actor,
  input: { entityType: string; entityId: string; action: DecisionAction; reason?: string | undefined },
): Promise<CaseView> {
  // visitors and non-moderators are answered before anything is looked up
  authorize(actor, canReadQueue(actor));
  const { kind, summary } = await requireModeratable(ctx, input.entityType, input.entityId);
  authorize(actor, canDecide(actor, summary));
  // cleaned by the route's schema (core/text); the author reads it
  const reason = input.reason || null;
  if (needsReason(input.action) && !reason) throw fieldError('reason', 'field.required');
  const key = { entityType: input.entityType, entityId: input.entityId };
  const actorId = actor.userId;

  const { row, emitted } = await ctx.database.db.transaction(async (tx) => {
    await ensureCase(tx, { ...key, authorId: summary.authorId, state: summary.visible ? 'visible' : 'hidden' });
    const current = (await findCase(tx, key, true))!;
    // the owning module knows whether it is public; the case knows whether hidden or held
    const state: ModerationState = summary.visible ? 'visible' : current.state === 'visible' ? 'hidden' : current.state;
    authorize(canTakeAction(state, input.action));
    const outcome = decide(input.action);
    await kind.setModeration(tx, input.entityId, outcome.state, outcome.state === 'visible' ? null : reason, actorId);
    const updated = await updateCase(tx, key, {
      status: 'closed',
      state: outcome.state,
      decision: outcome.decision,
      decisionReason: reason,
      decidedBy: actorId,
      decidedAt: new Date(),
    });
    await appendAudit(tx, {
      actorId,
      action: `moderation.${outcome.decision}`,
      subjectType: input.entityType,
      subjectId: input.entityId,
      data: { reason, from: state, to: outcome.state, cause: updated.cause, flagCount: updated.flagCount },
    });
    if (outcome.event) {
      await emitEvent(tx, outcome.event === 'content.hidden' ? contentHidden : contentRestored, {
        actorId,
        ...key,
        data: { reason, authorId: summary.authorId, title: summary.title, titleEn: summary.titleEn, path: summary.path },
      });
    }
    return { row: updated, emitted: outcome.event !== null };
  });
  if (emitted) ctx.jobs.kick();
  const [view] = await caseViews(ctx, ctx.database.db, [row]);
  return view!;
}
