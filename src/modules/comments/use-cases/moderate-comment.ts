import { appendAudit } from '../../../core/audit/audit.js';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { findComment, lockComment, type CommentRow } from '../db/queries.js';
import { canHideAsHost, canRestoreAsHost, canSeeModerated } from '../policy.js';
import { setCommentModeration } from './comment-entity.js';
import { gatherFacts, readerOf, requireHostOf, type ThreadFacts } from './common.js';

/** The comment and how this actor stands towards its thread's moderation; 404 `comment_not_found` when they cannot see its host. */
async function moderatedThread(ctx: ModuleContext, actor: Actor, id: string) {
  const db = ctx.database.db;
  const row = await findComment(db, id);
  if (!row) throw new AppError(404, 'comment_not_found');
  const { kind, rules } = await requireHostOf(ctx, actor, row);
  return { row, reader: await readerOf(actor, kind, rules, db, row.hostId) };
}

/**
 * A moderator hides a comment with a reason its author sees, and the comment records in which capacity: the host's
 * own moderators (a community's owners and admins: `host`, theirs to show again) or, for anyone else, the city's
 * moderators of the thread (`city`). Audited in the same transaction. 404 `comment_not_found`; 403 `not_host_moderator`
 * for anyone who moderates neither; 409 `comment_unavailable` when the host's moderator finds it deleted, hidden or held.
 */
export async function hideComment(ctx: ModuleContext, actor: Actor, id: string, reason: string): Promise<void> {
  const { row, reader } = await moderatedThread(ctx, actor, id);
  const city = !reader.hostModerator && canSeeModerated(actor, null, reader.hostDistrictId).allowed;
  if (!city) authorize(actor, canHideAsHost(actor, row, reader.hostModerator));
  const actorId = actor.kind === 'user' ? actor.userId : null;
  await ctx.database.db.transaction(async (tx) => {
    const locked = (await lockComment(tx, id))!;
    // checked again under the lock: a city moderator's hide in between stays theirs
    if (!city) authorize(actor, canHideAsHost(actor, locked, reader.hostModerator));
    await setCommentModeration(ctx.entities, tx, id, 'hidden', reason, { capacity: city ? 'city' : 'host', userId: actorId });
    await appendAudit(tx, {
      actorId,
      action: city ? 'moderation.hidden' : 'comment.hidden_by_host',
      subjectType: 'comment',
      subjectId: id,
      data: { reason, from: locked.moderation, to: 'hidden' },
    });
  });
}

/**
 * The host's own moderators (a community's owners and admins) show again a comment any of them hid, audited like the
 * hide. 404 `comment_not_found`; 403 `comment_hidden_by_city` for one the city's moderators hid or hold (they restore
 * it through moderation), `not_host_moderator` for anyone else; 409 `comment_not_hidden` for one that is shown.
 */
export async function restoreComment(ctx: ModuleContext, actor: Actor, id: string): Promise<{ row: CommentRow; facts: ThreadFacts }> {
  const { row, reader } = await moderatedThread(ctx, actor, id);
  authorize(actor, canRestoreAsHost(actor, row, reader.hostModerator));
  const actorId = actor.kind === 'user' ? actor.userId : null;
  await ctx.database.db.transaction(async (tx) => {
    authorize(actor, canRestoreAsHost(actor, (await lockComment(tx, id))!, reader.hostModerator));
    await setCommentModeration(ctx.entities, tx, id, 'visible', null, { capacity: 'host', userId: actorId });
    await appendAudit(tx, {
      actorId,
      action: 'comment.restored_by_host',
      subjectType: 'comment',
      subjectId: id,
      data: { reason: row.moderationReason, from: 'hidden', to: 'visible' },
    });
  });
  const restored = (await findComment(ctx.database.db, id))!;
  return { row: restored, facts: await gatherFacts(ctx, actor, reader, [restored]) };
}
