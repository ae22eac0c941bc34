import { eq } from 'drizzle-orm';
import { authorize } from '../../../core/auth/authorize.js';
import type { Actor } from '../../../core/auth/actor.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { isLive } from '../domain/comment-rules.js';
import { comments } from '../db/schema.js';
import { lockComment } from '../db/queries.js';
import { canDelete } from '../policy.js';
import { liveChanged } from './common.js';

/**
 * The author deletes a comment: its text is cleared, its place and its replies stay (the thread
 * keeps its shape), and the host's counters drop. Deleting twice changes nothing. 403 `not_author`.
 */
export async function deleteComment(ctx: ModuleContext, actor: Actor, id: string): Promise<void> {
  const now = new Date();
  await ctx.database.db.transaction(async (tx) => {
    const row = await lockComment(tx, id);
    if (!row) throw new AppError(404, 'comment_not_found');
    authorize(actor, canDelete(actor, row));
    if (row.deletedAt) return;
    await tx.update(comments).set({ deletedAt: now, body: '' }).where(eq(comments.id, id));
    if (isLive(row)) await liveChanged(tx, ctx.entities.get(row.hostType), row, -1, now);
  });
}
