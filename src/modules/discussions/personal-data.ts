import { and, eq } from 'drizzle-orm';
import { exportTables, type PersonalDataPart } from '../../core/module/personal-data.js';
import { removeFromSearch } from '../../core/search/refresh.js';
import { discussions } from './db/schema.js';
import { discussionType } from './use-cases/common.js';

/**
 * A person's discussions: kept under "deleted account", or removed — those nobody has answered go; one others are
 * talking in stays under "deleted account" (their comments need their thread).
 */
export const discussionsPersonalData: PersonalDataPart = {
  export: (db, userId) =>
    exportTables(db, userId, {
      discussions: [discussions, discussions.authorId, ['search']],
    }),
  async erase(tx, userId, { content }) {
    if (content !== 'remove') return;
    const gone = await tx
      .delete(discussions)
      .where(and(eq(discussions.authorId, userId), eq(discussions.commentCount, 0)))
      .returning({ id: discussions.id });
    await removeFromSearch(
      tx,
      discussionType,
      gone.map((d) => d.id),
    );
  },
};
