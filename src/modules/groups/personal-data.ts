import { eq } from 'drizzle-orm';
import { exportTables, type PersonalDataPart } from '../../core/module/personal-data.js';
import { countMembers } from './db/queries.js';
import { groupBans, groupMembers, groupPosts, groups } from './db/schema.js';

/**
 * A person's groups, memberships and posts. Erasure removes their memberships and bans; their posts go when content is
 * removed (else they stay under "deleted account"); groups they created stay for their other members.
 */
export const groupsPersonalData: PersonalDataPart = {
  export: (db, userId) =>
    exportTables(db, userId, {
      groups: [groups, groups.createdBy],
      group_members: [groupMembers, groupMembers.userId],
      group_posts: [groupPosts, groupPosts.authorId],
    }),
  async erase(tx, userId, { content }) {
    const left = await tx.delete(groupMembers).where(eq(groupMembers.userId, userId)).returning({ groupId: groupMembers.groupId, state: groupMembers.state });
    for (const m of left) if (m.state === 'member') await countMembers(tx, m.groupId, -1);
    await tx.delete(groupBans).where(eq(groupBans.userId, userId));
    if (content === 'remove') await tx.delete(groupPosts).where(eq(groupPosts.authorId, userId));
  },
};
