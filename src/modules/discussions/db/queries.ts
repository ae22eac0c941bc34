import { and, arrayContains, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { queryRows, type Executor } from '../../../core/db/client.js';
import { webSearchQuery } from '../../../core/db/search.js';
import type { ModerationState } from '../../../core/module/entities.js';
import { publicGroupIds } from '../../groups/index.js';
import type { DiscussionKind, DiscussionSort } from '../domain/discussion-rules.js';
import { discussions } from './schema.js';

// every column but the search vector, which only the database needs
const columns = {
  id: discussions.id,
  kind: discussions.kind,
  title: discussions.title,
  body: discussions.body,
  districtId: discussions.districtId,
  tags: discussions.tags,
  authorId: discussions.authorId,
  officialDepartmentId: discussions.officialDepartmentId,
  groupId: discussions.groupId,
  moderation: discussions.moderation,
  moderationReason: discussions.moderationReason,
  commentCount: discussions.commentCount,
  lastActivityAt: discussions.lastActivityAt,
  createdAt: discussions.createdAt,
  editedAt: discussions.editedAt,
};

export type DiscussionRow = Omit<typeof discussions.$inferSelect, 'search'>;

const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids that can be discussions' (others name nothing and would make PostgreSQL refuse the query). */
export const uuidsOnly = (ids: string[]) => [...new Set(ids)].filter((id) => uuidShape.test(id));

/** Outside a community, or in one whose discussions are public (active, shown, open to anyone). */
const outsideClosedGroups = () => sql`(${discussions.groupId} is null or ${discussions.groupId} in ${publicGroupIds()})`;

export async function findDiscussion(db: Executor, id: string, lock = false): Promise<DiscussionRow | undefined> {
  if (!uuidShape.test(id)) return undefined;
  const q = db.select(columns).from(discussions).where(eq(discussions.id, id)).limit(1);
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

export async function findDiscussions(db: Executor, ids: string[]): Promise<DiscussionRow[]> {
  const valid = uuidsOnly(ids);
  if (!valid.length) return [];
  return db.select(columns).from(discussions).where(inArray(discussions.id, valid));
}

/** Public discussions a person opened, newest first (not those of members-only communities). */
export async function discussionsBy(db: Executor, authorId: string, limit: number): Promise<DiscussionRow[]> {
  return db
    .select(columns)
    .from(discussions)
    .where(and(eq(discussions.authorId, authorId), eq(discussions.moderation, 'visible'), outsideClosedGroups()))
    .orderBy(desc(discussions.createdAt))
    .limit(limit);
}

export interface DiscussionFilter {
  q?: string | undefined;
  districtId?: string | undefined;
  tag?: string | undefined;
  kind?: DiscussionKind | undefined;
  /** One community's discussions (the caller checked they may read them); without it, the public ones only. */
  groupId?: string | undefined;
  sort: DiscussionSort;
  limit: number;
  offset: number;
}

/**
 * One page of public discussions and the total. `q` is a web-search style query (words, "phrases",
 * -exclusions, or) matched in Russian and English with stemming against title and text, or a tag.
 */
export async function selectDiscussions(db: Executor, f: DiscussionFilter): Promise<{ rows: DiscussionRow[]; total: number }> {
  // lower-cased for the exact tag match too
  const q = f.q?.toLowerCase();
  const query = q ? webSearchQuery(q) : null;
  const conds: (SQL | undefined)[] = [
    eq(discussions.moderation, 'visible'),
    f.groupId ? eq(discussions.groupId, f.groupId) : outsideClosedGroups(),
    f.districtId ? eq(discussions.districtId, f.districtId) : undefined,
    f.tag ? arrayContains(discussions.tags, [f.tag]) : undefined,
    f.kind ? eq(discussions.kind, f.kind) : undefined,
    // tags are not in the search vector (a generated column cannot take them); a query that is a tag finds it too
    query ? sql`(${discussions.search} @@ ${query} or ${discussions.tags} @> array[${q}]::text[])` : undefined,
  ];
  const where = and(...conds);
  const order: SQL[] =
    f.sort === 'relevance' && query
      ? [sql`ts_rank(${discussions.search}, ${query}) desc`, desc(discussions.lastActivityAt)]
      : f.sort === 'newest'
        ? [desc(discussions.createdAt)]
        : f.sort === 'comments'
          ? [desc(discussions.commentCount), desc(discussions.lastActivityAt)]
          : [desc(discussions.lastActivityAt)];
  const [rows, [total]] = await Promise.all([
    db
      .select(columns)
      .from(discussions)
      .where(where)
      .orderBy(...order, desc(discussions.id))
      .limit(f.limit)
      .offset(f.offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(discussions)
      .where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

/** The most used tags of public discussions (not those of members-only communities). */
export async function tagCounts(db: Executor, limit: number): Promise<{ tag: string; count: number }[]> {
  const rows = await queryRows<{ tag: string; count: number }>(
    db,
    sql`select tag, count(*)::int as count from ${discussions}, unnest(${discussions.tags}) as tag where ${discussions.moderation} = 'visible' and ${outsideClosedGroups()} group by tag order by count desc, tag limit ${limit}`,
  );
  return rows.map((r) => ({ tag: r.tag, count: Number(r.count) }));
}

export async function insertDiscussion(tx: Executor, values: typeof discussions.$inferInsert): Promise<DiscussionRow> {
  const [row] = await tx.insert(discussions).values(values).returning(columns);
  return row!;
}

export async function updateDiscussion(tx: Executor, id: string, set: PgUpdateSetSource<typeof discussions>): Promise<DiscussionRow> {
  const [row] = await tx.update(discussions).set(set).where(eq(discussions.id, id)).returning(columns);
  return row!;
}

/** Counts comments added (+1) or removed (-1); a new comment is new activity. */
export async function countComments(tx: Executor, id: string, delta: number, at: Date): Promise<void> {
  if (!uuidShape.test(id)) return;
  await tx
    .update(discussions)
    .set({
      commentCount: sql`greatest(0, ${discussions.commentCount} + ${delta})`,
      ...(delta > 0 ? { lastActivityAt: sql`greatest(${discussions.lastActivityAt}, ${at.toISOString()}::timestamptz)` } : {}),
    })
    .where(eq(discussions.id, id));
}

/** Sets the moderation state and the reason its author sees; false when there is no such discussion. */
export async function setModerationState(tx: Executor, id: string, state: ModerationState, reason: string | null): Promise<boolean> {
  if (!uuidShape.test(id)) return false;
  const rows = await tx
    .update(discussions)
    .set({ moderation: state, moderationReason: reason })
    .where(eq(discussions.id, id))
    .returning({ id: discussions.id });
  return rows.length > 0;
}

/**
 * Whether the database folds Cyrillic case (its LC_CTYPE is a UTF-8 locale). Under the plain `C`
 * locale PostgreSQL lower-cases ASCII only, so «Скамейки» and «скамейки» become different words and
 * Russian search misses capitalized words.
 */
export async function foldsCyrillicCase(db: Executor): Promise<boolean> {
  const [row] = await queryRows<{ ok: boolean }>(db, sql`select lower('Ж') = 'ж' as ok`);
  return row?.ok === true;
}
