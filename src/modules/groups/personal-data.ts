import { eq } from 'drizzle-orm';
import { exportTables, type PersonalDataPart } from '../../core/module/personal-data.js';
import { countMembers } from './db/queries.js';
import { groupBans, groupMembers, groupPollVotes, groupPostReactions, groupPosts, groups } from './db/schema.js';

/**
 * A person's groups, memberships, posts, poll votes and reactions. Erasure removes their memberships, bans, votes and
 * reactions (a poll counts one vote less); their posts go when content is removed (else they stay under "deleted
 * account"); groups they created stay for their other members.
 */
export const groupsPersonalData: PersonalDataPart = {
  export: (db, userId) =>
    exportTables(db, userId, {
      groups: [groups, groups.createdBy],
      group_members: [groupMembers, groupMembers.userId],
      group_posts: [groupPosts, groupPosts.authorId],
      group_poll_votes: [groupPollVotes, groupPollVotes.userId],
      group_post_reactions: [groupPostReactions, groupPostReactions.userId],
    }),
  async erase(tx, userId, { content }) {
    const left = await tx.delete(groupMembers).where(eq(groupMembers.userId, userId)).returning({ groupId: groupMembers.groupId, state: groupMembers.state });
    for (const m of left) if (m.state === 'member') await countMembers(tx, m.groupId, -1);
    await tx.delete(groupBans).where(eq(groupBans.userId, userId));
    await tx.delete(groupPollVotes).where(eq(groupPollVotes.userId, userId));
    await tx.delete(groupPostReactions).where(eq(groupPostReactions.userId, userId));
    if (content === 'remove') await tx.delete(groupPosts).where(eq(groupPosts.authorId, userId));
  },
};
