import { and, asc, desc, eq, getTableColumns, gt, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { queryRows, type Executor } from '../../../core/db/client.js';
import { preparedSql } from '../../../core/db/prepared.js';
import { publicNamesFromJson, publicNamesJson, type PublicName } from '../../accounts/index.js';
import type { ThreadCursor, ThreadSort } from '../domain/cursor.js';
import { commentVotes, comments } from './schema.js';

export type CommentRow = typeof comments.$inferSelect;

/** Who is reading a thread: it decides which hidden, held and deleted comments keep a place. */
export interface Viewer {
  userId: string | null;
  /** A moderator of this thread: sees every comment that is not deleted. */
  moderator: boolean;
  /** The host's own moderator (a community's admins): sees also the comments the host's moderators hid. */
  hostModerator?: boolean;
}

interface ShownColumns {
  moderation: AnyPgColumn;
  hiddenBy: AnyPgColumn;
  deletedAt: AnyPgColumn;
  replyCount: AnyPgColumn;
  authorId: AnyPgColumn;
}

/**
 * The comments a viewer finds in a listing: live ones; any with live replies below (they keep the
 * thread's shape, without their text); the viewer's own hidden or held ones; for the host's own moderators those
 * the host's moderators hid; for moderators every comment not deleted. A hidden, held or deleted comment with no live
 * replies is left out.
 */
export function shownTo(c: ShownColumns, viewer: Viewer): SQL {
  if (viewer.moderator) return or(isNull(c.deletedAt), gt(c.replyCount, 0))!;
  const conditions = [and(eq(c.moderation, 'visible'), isNull(c.deletedAt)), gt(c.replyCount, 0)];
  if (viewer.userId) conditions.push(and(eq(c.authorId, viewer.userId), isNull(c.deletedAt)));
  if (viewer.hostModerator) conditions.push(and(eq(c.moderation, 'hidden'), eq(c.hiddenBy, 'host'), isNull(c.deletedAt)));
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

/** A row of a thread page: a top-level comment (`kind` 0) or one of its first replies (1), with the reader's vote. */
export interface PageRow {
  row: CommentRow;
  kind: 0 | 1;
  myVote: number;
}

// Each sort's keyset condition and order. Without a cursor the bound is past every comment (score ≤ 2^31−1,
// seq < 2^63−1), so one statement serves the first and the later pages and the index range stays a range.
// "nulls last" as in comments_host_best_idx: the planner matches the index's order only when it is written the
// same way (the columns are not null, but it does not use that).
const pageSorts: Record<ThreadSort, { after: string; order: string; first: { score: number; seq: string } }> = {
  best: {
    after: '(c.score, c.seq) < ($score::int, $seq::bigint)',
    order: 'score desc nulls last, seq desc nulls last',
    first: { score: 2147483647, seq: '9223372036854775807' },
  },
  newest: { after: 'c.seq < $seq::bigint', order: 'seq desc', first: { score: 0, seq: '9223372036854775807' } },
  oldest: { after: 'c.seq > $seq::bigint', order: 'seq asc', first: { score: 0, seq: '0' } },
};

/**
 * Who reads, as far as a page's text is concerned: a guest (no votes, only live comments and those with live replies),
 * a signed-in resident (their own held or hidden comments too, and their votes), the host's own moderator (a
 * resident who also sees what the host's moderators hid) or a moderator of the thread.
 */
type ReaderShape = 'guest' | 'resident' | 'host' | 'moderator';

function readerShape(viewer: Viewer): ReaderShape {
  if (viewer.moderator) return 'moderator';
  if (!viewer.userId) return 'guest';
  return viewer.hostModerator ? 'host' : 'resident';
}

/** shownTo as SQL for each reader shape (`$userId` a parameter): the same rule, written without parameters where it can be. */
const shownSql: Record<ReaderShape, string> = {
  guest: "((c.deleted_at is null and c.moderation = 'visible') or c.reply_count > 0)",
  resident: "((c.deleted_at is null and (c.moderation = 'visible' or c.author_id = $userId::uuid)) or c.reply_count > 0)",
  host: "((c.deleted_at is null and (c.moderation = 'visible' or c.author_id = $userId::uuid or (c.moderation = 'hidden' and c.hidden_by = 'host'))) or c.reply_count > 0)",
  moderator: '(c.deleted_at is null or c.reply_count > 0)',
};

/** The comments table's columns by name, not `*`: a prepared statement's result must keep its shape when a column is added. */
const commentColumns = Object.entries(getTableColumns(comments)).map(([key, column]) => ({ key, column, name: column.name }));
/** The columns a page sends back for each comment: not the host (the caller knows it). */
const pageColumns = commentColumns.filter((c) => c.name !== 'host_type' && c.name !== 'host_id');

/** How many rows a page takes, written into its text (so PostgreSQL's plan of it, kept once per connection, knows them). */
interface PageSizes {
  fetch: number;
  page: number;
  perRoot: number;
}

/**
 * The text of a thread page statement; `$name` are placeholders. It answers one row: `rows`, a JSON array of
 * `[kind, myVote, …pageColumns]` in page order (one value for the driver to parse instead of some 25 per comment),
 * `total` and `authors` (accounts' `publicNamesJson`). The sizes are written in: PostgreSQL keeps a statement's
 * generic plan (planned once per connection) only when it costs no more than planning each call, and an unknown
 * LIMIT is costed as a tenth of the thread, so with the sizes as parameters it planned every call.
 */
function threadPageText(sort: ThreadSort, reader: ReaderShape, withTotal: boolean, sizes: PageSizes): SQL {
  const { after, order } = pageSorts[sort];
  const shown = shownSql[reader];
  const all = commentColumns.map((c) => c.name);
  const on = (alias: string, list: string[]) => list.map((c) => `${alias}.${c}`).join(', ');
  const orderOn = (alias: string) => order.replace(/(^|, )/g, `$1${alias}.`);
  const n = (x: number) => {
    if (!Number.isInteger(x) || x < 0) throw new Error(`a page size must be a whole number, not ${x}`);
    return String(x);
  };
  const total = withTotal
    ? `(select coalesce(sum(c.reply_count + (c.moderation = 'visible' and c.deleted_at is null)::int), 0)::int
        from comments c where c.host_type = $hostType::text and c.host_id = $hostId::text and c.parent_id is null)`
    : 'null::int';
  // the reader's votes: a guest has none
  const votes =
    reader === 'guest'
      ? { value: 'null', join: '' }
      : { value: 'v.value', join: 'left join comment_votes v on v.comment_id = s.id and v.user_id = $userId::uuid' };
  const text = `with roots as (
      select ${on('r', all)}, row_number() over (order by ${orderOn('r')}) as ord
      from (select ${on('c', all)} from comments c
            where c.host_type = $hostType::text and c.host_id = $hostId::text and c.parent_id is null and ${shown} and ${after}
            order by ${orderOn('c')} limit ${n(sizes.fetch)}) r
    ),
    shown as (
      select 0 as kind, roots.ord, ${on('roots', all)} from roots
      union all
      select 1, roots.ord, ${on('x', all)} from roots cross join lateral (
        select ${on('c', all)} from comments c where c.root_id = roots.id and c.depth > 0 and ${shown} order by c.path limit ${n(sizes.perRoot)}
      ) x where roots.ord <= ${n(sizes.page)}
    )
    select (select json_agg(json_build_array(s.kind, ${votes.value}, ${on(
      's',
      pageColumns.map((c) => c.name),
    )}) order by s.kind, s.ord, s.path) from shown s ${votes.join}) as rows,
      ${total} as total,
      `;
  // $name → a drizzle placeholder, so the driver sends the values apart from the text
  const parts = text.split(/\$([a-zA-Z]+)/);
  const head = sql.join(parts.map((part, i) => (i % 2 ? sql.placeholder(part) : sql.raw(part))));
  // the authors of the comments not deleted, with their public names, in the accounts module's words
  return sql.join([head, publicNamesJson(sql.raw('(select s.author_id from shown s where s.deleted_at is null)')), sql.raw(' as authors')]);
}

export interface ThreadPageQuery {
  hostType: string;
  hostId: string;
  sort: ThreadSort;
  cursor: ThreadCursor | null;
  fetch: number;
  page: number;
  perRoot: number;
  viewer: Viewer;
  withTotal: boolean;
}

/**
 * The statement of a thread page: its name (one per sort, reader shape, sizes, with or without the total), text and
 * values.
 */
export function threadPageStatement(q: ThreadPageQuery): { kind: string; text: () => SQL; values: Record<string, unknown> } {
  const bound = q.cursor ? { score: q.cursor.sort === 'best' ? q.cursor.score : 0, seq: String(q.cursor.seq) } : pageSorts[q.sort].first;
  const reader = readerShape(q.viewer);
  const sizes = { fetch: q.fetch, page: q.page, perRoot: q.perRoot };
  return {
    kind: `comments_page_${q.sort}_${reader}_${q.fetch}_${q.page}_${q.perRoot}${q.withTotal ? '_total' : ''}`,
    text: () => threadPageText(q.sort, reader, q.withTotal, sizes),
    values: {
      hostType: q.hostType,
      hostId: q.hostId,
      score: bound.score,
      seq: bound.seq,
      ...(reader === 'guest' ? {} : { userId: q.viewer.userId }),
    },
  };
}

/**
 * One page of a host's thread in one prepared statement: the top-level comments after the cursor in the sort's
 * order (one index scan, `fetch` of them), the first `perRoot` replies (tree order) of the first `page` of them
 * (a lateral index scan of (root_id, path) each), the reader's vote on each (signed in), the authors' public names
 * (accounts' `publicNamesJson`) and — when `withTotal` — the host's live comments (countLive). Rows come top-level
 * first in order, then replies by top-level comment and path.
 */
export async function threadPage(db: Executor, q: ThreadPageQuery): Promise<{ rows: PageRow[]; total: number | null; authors: Map<string, PublicName> }> {
  const { kind, text, values } = threadPageStatement(q);
  const [answer] = await preparedSql<{ rows: unknown; total: number | null; authors: unknown }>(db, kind, text).execute(values);
  const list = (typeof answer?.rows === 'string' ? JSON.parse(answer.rows) : (answer?.rows ?? [])) as unknown[][];
  const rows = list.map((values): PageRow => {
    // each column as drizzle maps it (timestamps to Dates); the host is the one asked for
    const row: Record<string, unknown> = { hostType: q.hostType, hostId: q.hostId };
    pageColumns.forEach(({ key, column }, i) => {
      const value = values[i + 2];
      row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
    });
    return { row: row as CommentRow, kind: values[0] as 0 | 1, myVote: Number(values[1] ?? 0) };
  });
  const total = answer?.total;
  return { rows, total: total === null || total === undefined ? null : Number(total), authors: publicNamesFromJson(answer?.authors) };
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
