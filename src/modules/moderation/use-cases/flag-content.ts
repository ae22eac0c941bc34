import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { AppError } from '../../../core/http/errors.js';
import { emitEvent } from '../../../core/jobs/events.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { hidesOnFlag, type FlagReason } from '../domain/case-rules.js';
import { countFlagOnCase, insertFlag, updateCase } from '../db/queries.js';
import { contentHidden } from '../events.js';
import { canFlag } from '../policy.js';
import { requireModeratable } from './common.js';

export interface FlagInput {
  entityType: string;
  entityId: string;
  reason: FlagReason;
  note?: string | undefined;
}

/**
 * One person flags content. At the configured number of flags the content is hidden from the
 * public pending review, and its author is told (event `content.hidden` with `pending: true`).
 * Fails with 404 for content that does not exist or is not public, 403 on one's own content and
 * 409 when this person already flagged it.
 */
export async function flagContent(ctx: ModuleContext, actor: Actor, input: FlagInput): Promise<{ flagCount: number; hidden: boolean }> {
  // visitors are told to sign in before anything is looked up
  authorize(actor, canFlag(actor, { authorId: null }));
  const { kind, summary } = await requireModeratable(ctx, input.entityType, input.entityId);
  // hidden or held content is not public: there is nothing to flag; a private thing exists only for who may read it
  if (!summary.visible) throw new AppError(404, 'entity_not_found');
  if (kind.readableBy && !(await kind.readableBy(ctx.database.db, input.entityId, actor.userId))) throw new AppError(404, 'entity_not_found');
  authorize(actor, canFlag(actor, summary));
  const userId = actor.userId;
  const key = { entityType: input.entityType, entityId: input.entityId };

  const result = await ctx.database.db.transaction(async (tx) => {
    // the note was cleaned by the route's schema (core/text)
    if (!(await insertFlag(tx, { ...key, userId, reason: input.reason, note: input.note || null }))) throw new AppError(409, 'already_flagged');
    const row = await countFlagOnCase(tx, { ...key, authorId: summary.authorId, state: 'visible' });
    const reviewed = row.decision === 'restored' || row.decision === 'dismissed';
    // the content is public (checked above), whatever the case last recorded
    if (!hidesOnFlag({ flagCount: row.flagCount, threshold: ctx.config.flagHideThreshold, state: 'visible', reviewed })) {
      if (row.state !== 'visible') await updateCase(tx, key, { state: 'visible' });
      return { flagCount: row.flagCount, hidden: false, emitted: false };
    }
    await kind.setModeration(tx, input.entityId, 'hidden', null);
    await updateCase(tx, key, { state: 'hidden' });
    await emitEvent(tx, contentHidden, {
      actorId: null,
      ...key,
      data: { pending: true, authorId: summary.authorId, title: summary.title, titleEn: summary.titleEn, path: summary.path, reason: null },
    });
    return { flagCount: row.flagCount, hidden: true, emitted: true };
  });
  if (result.emitted) ctx.jobs.kick();
  return { flagCount: result.flagCount, hidden: result.hidden };
}
