import { and, asc, eq, sql } from 'drizzle-orm';
import { exportTables, type PersonalDataPart } from '../../core/module/personal-data.js';
import type { Executor } from '../../core/db/client.js';
import { countMembers, ownerCount } from './db/queries.js';
import { groupBans, groupMembers, groupPollVotes, groupPostReactions, groupPosts, groups } from './db/schema.js';
import { emitAccessChanged } from './use-cases/edit-group.js';

/**
 * A person's groups, memberships, posts, poll votes and reactions. Erasure removes their memberships, bans, votes and
 * reactions (a poll counts one vote less); their posts go when content is removed (else they stay under "deleted
 * account"). Groups they created stay for their other members, `created_by` kept under the tombstone as every
 * module keeps authorship; where they were the last owner the group is handed over (see `handOver`).
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
    const left = await tx
      .delete(groupMembers)
      .where(eq(groupMembers.userId, userId))
      .returning({ groupId: groupMembers.groupId, state: groupMembers.state, role: groupMembers.role });
    for (const m of left) {
      if (m.state !== 'member') continue;
      await countMembers(tx, m.groupId, -1);
      if (m.role === 'owner' && (await ownerCount(tx, m.groupId)) === 0) await handOver(tx, m.groupId);
    }
    await tx.delete(groupBans).where(eq(groupBans.userId, userId));
    await tx.delete(groupPollVotes).where(eq(groupPollVotes.userId, userId));
    await tx.delete(groupPostReactions).where(eq(groupPostReactions.userId, userId));
    if (content === 'remove') await tx.delete(groupPosts).where(eq(groupPosts.authorId, userId));
  },
};

/**
 * A group whose last owner deleted their account: the longest-standing admin becomes its owner, else the
 * longest-standing member (earliest `joined_at`). With no member left it is hidden (`moderation = 'hidden'`, the
 * state that takes a group out of every list and its page from the public, as a city moderator hides one).
 */
async function handOver(tx: Executor, groupId: string): Promise<void> {
  const [heir] = await tx
    .select({ userId: groupMembers.userId })
    .from(groupMembers)
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.state, 'member')))
    .orderBy(sql`${groupMembers.role} = 'admin' desc`, asc(groupMembers.joinedAt), asc(groupMembers.createdAt))
    .limit(1);
  if (heir) {
    await tx
      .update(groupMembers)
      .set({ role: 'owner' })
      .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, heir.userId)));
  } else {
    const [hidden] = await tx
      .update(groups)
      .set({ moderation: 'hidden', moderationReason: 'owner_account_deleted', updatedAt: new Date() })
      .where(eq(groups.id, groupId))
      .returning({ id: groups.id, name: groups.name });
    // its discussions leave the search with it
    if (hidden) await emitAccessChanged(tx, null, hidden);
  }
}
