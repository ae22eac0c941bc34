import { and, asc, desc, eq, gt, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { alias, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { queryRows, type Executor } from '../../../core/db/client.js';
import type { ThreadCursor, ThreadSort } from '../domain/cursor.js';
import { commentVotes, comments } from './schema.js';

export type CommentRow = typeof comments.$inferSelect;

/** Who is reading a thread: it decides which hidden, held and deleted comments keep a place. */
export interface Viewer {
  userId: string | null;
  /** A moderator of this thread: sees every comment that is not deleted. */
  moderator: boolean;
}

interface ShownColumns {
  moderation: AnyPgColumn;
  deletedAt: AnyPgColumn;
  replyCount: AnyPgColumn;
  authorId: AnyPgColumn;
}

/**
 * The comments a viewer finds in a listing: live ones; any with live replies below (they keep the
 * thread's shape, without their text); the viewer's own hidden or held ones; for moderators every
 * comment not deleted. A hidden, held or deleted comment with no live replies is left out.
 */
export function shownTo(c: ShownColumns, viewer: Viewer): SQL {
  if (viewer.moderator) return or(isNull(c.deletedAt), gt(c.replyCount, 0))!;
  const conditions = [and(eq(c.moderation, 'visible'), isNull(c.deletedAt)), gt(c.replyCount, 0)];
  if (viewer.userId) conditions.push(and(eq(c.authorId, viewer.userId), isNull(c.deletedAt)));
  return or(...conditions)!;
}

export async function findComment(db: Executor, id: string): Promise<CommentRow | undefined> {
  const [row] = await db.select().from(comments).where(eq(comments.id, id)).limit(1);
  return row;
}

/** The comment, locked until the transaction ends (counters and state change under this lock). */
export async function lockComment(tx: Executor, id: string): Promise<CommentRow | undefined> {
  const [row] = await tx.select().from(comments).where(eq(comments.id, id)).for('update').limit(1);
  return row;
}

/** The next comment number, taken before the insert because the comment's path contains it. */
export async function nextCommentSeq(tx: Executor): Promise<number> {
  const [row] = await queryRows<{ seq: string | number }>(tx, sql`select nextval(pg_get_serial_sequence('comments', 'seq')) as seq`);
  return Number(row!.seq);
}

export async function insertComment(tx: Executor, values: typeof comments.$inferInsert): Promise<CommentRow> {
  const [row] = await tx.insert(comments).values(values).returning();
  return row!;
}

/** Adds `delta` to the reply counts of a comment's ancestors (they count live replies below them). */
export async function adjustReplyCounts(tx: Executor, ancestorIds: string[], delta: number): Promise<void> {
  if (!ancestorIds.length || delta === 0) return;
  await tx
    .update(comments)
    .set({ replyCount: sql`${comments.replyCount} + ${delta}` })
    .where(inArray(comments.id, ancestorIds));
}

/** A comment's ancestors, nearest first (its parent, then the root when it is deeper). */
export function ancestorsOf(c: Pick<CommentRow, 'parentId' | 'rootId' | 'depth'>): string[] {
  if (!c.parentId) return [];
  return c.depth >= 2 && c.rootId !== c.parentId ? [c.parentId, c.rootId] : [c.parentId];
}

function cursorCondition(cursor: ThreadCursor | null): SQL | undefined {
  if (!cursor) return undefined;
  if (cursor.sort === 'best') return sql`(${comments.score}, ${comments.seq}) < (${cursor.score}, ${cursor.seq})`;
  return cursor.sort === 'newest' ? lt(comments.seq, cursor.seq) : gt(comments.seq, cursor.seq);
}

// "nulls last" as in comments_host_best_idx: the planner matches the index's order only when it is
// written the same way (the columns are not null, but it does not use that)
const orderOf: Record<ThreadSort, SQL[]> = {
  best: [sql`${comments.score} desc nulls last`, sql`${comments.seq} desc nulls last`],
  newest: [desc(comments.seq)],
  oldest: [asc(comments.seq)],
};

/**
 * One page of a host's top-level comments after the cursor, in the sort's order (one index scan).
 * Returns the query itself (awaiting it runs it), so the benchmark can show its plan.
 */
export function listRoots(db: Executor, q: { hostType: string; hostId: string; sort: ThreadSort; cursor: ThreadCursor | null; limit: number; viewer: Viewer }) {
  return db
    .select()
    .from(comments)
    .where(
      and(eq(comments.hostType, q.hostType), eq(comments.hostId, q.hostId), isNull(comments.parentId), shownTo(comments, q.viewer), cursorCondition(q.cursor)),
    )
    .orderBy(...orderOf[q.sort])
    .limit(q.limit);
}

/**
 * The first `perRoot` replies (tree order) under each of several top-level comments, in one query:
 * a lateral index scan of (root_id, path) per root, each stopping after `perRoot` rows.
 */
export async function listFirstReplies(db: Executor, rootIds: string[], viewer: Viewer, perRoot: number): Promise<CommentRow[]> {
  if (!rootIds.length) return [];
  const c = alias(comments, 'c');
  const firstOfEach = db
    .select({ id: c.id })
    .from(c)
    .where(and(sql`${c.rootId} = roots.id`, gt(c.depth, 0), shownTo(c, viewer)))
    .orderBy(asc(c.path))
    .limit(perRoot);
  const ids = sql.join(
    rootIds.map((id) => sql`${id}`),
    sql`, `,
  );
  return db
    .select()
    .from(comments)
    .where(sql`${comments.id} in (select r.id from unnest(array[${ids}]::uuid[]) as roots(id) cross join lateral (${firstOfEach}) as r)`)
    .orderBy(asc(comments.rootId), asc(comments.path));
}

/**
 * Replies below one comment in tree order, after a path. With three levels a top-level comment's
 * replies are those of its root; a first-level reply's are its direct replies.
 */
export function listDescendants(
  db: Executor,
  of: Pick<CommentRow, 'id' | 'depth'>,
  viewer: Viewer,
  afterPath: string | null,
  limit: number,
): Promise<CommentRow[]> {
  const below = of.depth === 0 ? and(eq(comments.rootId, of.id), gt(comments.depth, 0)) : eq(comments.parentId, of.id);
  return db
    .select()
    .from(comments)
    .where(and(below, shownTo(comments, viewer), afterPath ? gt(comments.path, afterPath) : undefined))
    .orderBy(asc(comments.path))
    .limit(limit);
}

/** A person's votes on several comments, by comment id (one query). */
export async function votesOf(db: Executor, userId: string, commentIds: string[]): Promise<Map<string, number>> {
  if (!commentIds.length) return new Map();
  const rows = await db
    .select({ commentId: commentVotes.commentId, value: commentVotes.value })
    .from(commentVotes)
    .where(and(eq(commentVotes.userId, userId), inArray(commentVotes.commentId, commentIds)));
  return new Map(rows.map((r) => [r.commentId, r.value]));
}

/** Live comments of a host, replies included: each top-level comment counts itself (if live) and its live replies. */
export async function countLive(db: Executor, hostType: string, hostId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(sum(${comments.replyCount} + (${comments.moderation} = 'visible' and ${comments.deletedAt} is null)::int), 0)::int` })
    .from(comments)
    .where(and(eq(comments.hostType, hostType), eq(comments.hostId, hostId), isNull(comments.parentId)));
  return Number(row?.n ?? 0);
}

/** A person's live comments, newest first (their public profile). */
export function liveCommentsBy(db: Executor, authorId: string, limit: number): Promise<CommentRow[]> {
  return db
    .select()
    .from(comments)
    .where(and(eq(comments.authorId, authorId), eq(comments.moderation, 'visible'), isNull(comments.deletedAt)))
    .orderBy(desc(comments.createdAt))
    .limit(limit);
}

export async function findComments(db: Executor, ids: string[]): Promise<CommentRow[]> {
  if (!ids.length) return [];
  return db.select().from(comments).where(inArray(comments.id, ids));
}

/** A person's vote on a comment (0 when none). */
export async function voteOf(tx: Executor, commentId: string, userId: string): Promise<number> {
  const [row] = await tx
    .select({ value: commentVotes.value })
    .from(commentVotes)
    .where(and(eq(commentVotes.commentId, commentId), eq(commentVotes.userId, userId)))
    .limit(1);
  return row?.value ?? 0;
}

/** Sets or removes (0) a person's vote. */
export async function putVote(tx: Executor, commentId: string, userId: string, value: number): Promise<void> {
  if (value === 0) {
    await tx.delete(commentVotes).where(and(eq(commentVotes.commentId, commentId), eq(commentVotes.userId, userId)));
    return;
  }
  await tx
    .insert(commentVotes)
    .values({ commentId, userId, value })
    .onConflictDoUpdate({ target: [commentVotes.commentId, commentVotes.userId], set: { value, votedAt: new Date() } });
}

/** Adds to a comment's vote counters (call with the comment locked). */
export async function adjustVoteCounts(tx: Executor, commentId: string, up: number, down: number): Promise<Pick<CommentRow, 'up' | 'down' | 'score'>> {
  const [row] = await tx
    .update(comments)
    .set({ up: sql`${comments.up} + ${up}`, down: sql`${comments.down} + ${down}`, score: sql`${comments.score} + ${up - down}` })
    .where(eq(comments.id, commentId))
    .returning({ up: comments.up, down: comments.down, score: comments.score });
  return row!;
}
