import type { Actor } from '../../../core/auth/actor.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { isLive } from '../domain/comment-rules.js';
import { findComment, type CommentRow } from '../db/queries.js';
import { canSeeModerated } from '../policy.js';
import { gatherFacts, readerOf, requireHostOf, type ThreadFacts } from './common.js';

/**
 * One comment as this reader would find it in its thread (a link to `#comment-<id>`). A hidden,
 * held or deleted comment without live replies is not found, except by those who may see it.
 */
export async function getComment(ctx: ModuleContext, actor: Actor, id: string): Promise<{ row: CommentRow; facts: ThreadFacts }> {
  const db = ctx.database.db;
  const row = await findComment(db, id);
  if (!row) throw new AppError(404, 'comment_not_found');
  const { kind, rules } = await requireHostOf(ctx, actor, row);
  const reader = await readerOf(actor, kind, rules, db, row.hostId);
  const shown =
    isLive(row) || row.replyCount > 0 || (row.deletedAt === null && canSeeModerated(actor, row, reader.hostDistrictId, reader.hostModerator).allowed);
  if (!shown) throw new AppError(404, 'comment_not_found');
  return { row, facts: await gatherFacts(ctx, actor, reader, [row]) };
}

/** The facts to present a comment the caller just wrote or changed. */
export async function factsFor(ctx: ModuleContext, actor: Actor, row: CommentRow): Promise<ThreadFacts> {
  const reader = await readerOf(actor, ctx.entities.get(row.hostType), null, ctx.database.db, row.hostId);
  return gatherFacts(ctx, actor, reader, [row]);
}
