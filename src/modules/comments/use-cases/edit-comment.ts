import { eq } from 'drizzle-orm';
import { authorize } from '../../../core/auth/authorize.js';
import type { Actor } from '../../../core/auth/actor.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { openHeldCase, screenText } from '../../moderation/index.js';
import { comments } from '../db/schema.js';
import { lockComment, type CommentRow } from '../db/queries.js';
import { canEdit } from '../policy.js';
import { acceptBody, liveChanged } from './common.js';

/**
 * The author changes a comment's text within the edit window; it is marked edited. New text with a
 * forbidden word holds the comment for a moderator again. 403 `not_author`; 409 `edit_window_closed`
 * after 15 minutes and `comment_unavailable` when it was deleted.
 */
export async function editComment(ctx: ModuleContext, actor: Actor, id: string, rawBody: string): Promise<CommentRow> {
  const body = acceptBody(rawBody);
  const words = await screenText(ctx.database.db, body);
  const now = new Date();
  return ctx.database.db.transaction(async (tx) => {
    const row = await lockComment(tx, id);
    if (!row) throw new AppError(404, 'comment_not_found');
    authorize(actor, canEdit(actor, row, now));
    const holdNow = words.length > 0 && row.moderation === 'visible';
    const [updated] = await tx
      .update(comments)
      .set({ body, editedAt: now, ...(holdNow ? { moderation: 'held' as const } : {}) })
      .where(eq(comments.id, id))
      .returning();
    if (words.length) await openHeldCase(tx, { entityType: 'comment', entityId: id, authorId: row.authorId, words });
    if (holdNow) await liveChanged(tx, ctx.entities.get(row.hostType), row, -1, now);
    return updated!;
  });
}
