import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client.js';
import type { ReactionKind } from '../domain/groups.js';
import { uuidsOnly } from './queries.js';
import { groupPollVotes, groupPolls, groupPostReactions } from './schema.js';

export type PollRow = typeof groupPolls.$inferSelect;

/** What a page of posts shows beyond the post itself: its poll with the votes per option, and its reactions. */
export interface PostExtras {
  poll: (PollRow & { votes: Map<number, number>; myVote: number | null }) | null;
  reactions: Map<ReactionKind, number>;
  mine: Set<ReactionKind>;
}

/** A post's poll (`lock` takes its row lock: closing waits for votes being cast and the reverse). */
export async function findPoll(db: Executor, postId: string, lock = false): Promise<PollRow | undefined> {
  const q = db.select().from(groupPolls).where(eq(groupPolls.postId, postId)).limit(1);
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

/**
 * The polls, vote counts and reactions of a page of posts, and the viewer's own vote and reactions: four queries
 * whatever the page's size, each by the tables' primary keys (`post_id` first).
 */
export async function extrasOf(db: Executor, postIds: readonly string[], viewerId: string | null): Promise<Map<string, PostExtras>> {
  const ids = uuidsOnly(postIds);
  const out = new Map<string, PostExtras>(ids.map((id) => [id, { poll: null, reactions: new Map(), mine: new Set() }]));
  if (!ids.length) return out;
  const [polls, votes, reactions, mine] = await Promise.all([
    db.select().from(groupPolls).where(inArray(groupPolls.postId, ids)),
    db
      .select({ postId: groupPollVotes.postId, option: groupPollVotes.option, n: sql<number>`count(*)::int` })
      .from(groupPollVotes)
      .where(inArray(groupPollVotes.postId, ids))
      .groupBy(groupPollVotes.postId, groupPollVotes.option),
    db
      .select({ postId: groupPostReactions.postId, kind: groupPostReactions.kind, n: sql<number>`count(*)::int` })
      .from(groupPostReactions)
      .where(inArray(groupPostReactions.postId, ids))
      .groupBy(groupPostReactions.postId, groupPostReactions.kind),
    viewerId
      ? Promise.all([
          db
            .select({ postId: groupPollVotes.postId, option: groupPollVotes.option })
            .from(groupPollVotes)
            .where(and(inArray(groupPollVotes.postId, ids), eq(groupPollVotes.userId, viewerId))),
          db
            .select({ postId: groupPostReactions.postId, kind: groupPostReactions.kind })
            .from(groupPostReactions)
            .where(and(inArray(groupPostReactions.postId, ids), eq(groupPostReactions.userId, viewerId))),
        ])
      : Promise.resolve([[], []] as const),
  ]);
  for (const p of polls) out.get(p.postId)!.poll = { ...p, votes: new Map(), myVote: null };
  for (const v of votes) out.get(v.postId)?.poll?.votes.set(v.option, Number(v.n));
  for (const v of mine[0]) {
    const poll = out.get(v.postId)?.poll;
    if (poll) poll.myVote = v.option;
  }
  for (const r of reactions) out.get(r.postId)!.reactions.set(r.kind, Number(r.n));
  for (const r of mine[1]) out.get(r.postId)!.mine.add(r.kind);
  return out;
}

/** Records a vote unless the person has one already: false then (the primary key decides between racing votes). */
export async function insertVote(tx: Executor, postId: string, userId: string, option: number): Promise<boolean> {
  const rows = await tx.insert(groupPollVotes).values({ postId, userId, option }).onConflictDoNothing().returning({ postId: groupPollVotes.postId });
  return rows.length > 0;
}

/** Closes a poll now, by this person (the caller holds its row lock). */
export async function markPollClosed(tx: Executor, postId: string, by: string): Promise<void> {
  await tx.update(groupPolls).set({ closedAt: new Date(), closedBy: by }).where(eq(groupPolls.postId, postId));
}

/** Adds a person's reaction of a kind to a post, or takes it back; adding twice or taking back what is not there changes nothing. */
export async function setReaction(db: Executor, postId: string, userId: string, kind: ReactionKind, on: boolean): Promise<void> {
  if (on) await db.insert(groupPostReactions).values({ postId, userId, kind }).onConflictDoNothing();
  else
    await db
      .delete(groupPostReactions)
      .where(and(eq(groupPostReactions.postId, postId), eq(groupPostReactions.userId, userId), eq(groupPostReactions.kind, kind)));
}
