import { and, eq, isNull } from 'drizzle-orm';
import { exportTables, type PersonalDataPart, unlinkRows } from '../../core/module/personal-data.js';
import { comments, commentVotes } from './db/schema.js';
import { isLive } from './domain/comment-rules.js';
import { liveChanged } from './use-cases/common.js';

/**
 * A person's comments and votes on comments. Votes stay counted, no longer theirs. Comments are kept under "deleted
 * account", or removed as their author deletes one: the text cleared, the place (and any replies) kept, the counters down.
 */
export const commentsPersonalData: PersonalDataPart = {
  export: (db, userId) =>
    exportTables(db, userId, {
      comments: [comments, comments.authorId],
      comment_votes: [commentVotes, commentVotes.userId],
    }),
  async erase(tx, userId, { content, entities, now }) {
    await unlinkRows(tx, commentVotes, commentVotes.userId, userId);
    if (content !== 'remove') return;
    const rows = await tx
      .update(comments)
      .set({ deletedAt: now, body: '' })
      .where(and(eq(comments.authorId, userId), isNull(comments.deletedAt)))
      .returning();
    for (const row of rows) if (isLive({ ...row, deletedAt: null })) await liveChanged(tx, entities.get(row.hostType), row, -1, now);
  },
};
