import type { ModuleContext } from '../../../core/module/module.js';
import { selectDiscussions, tagCounts, type DiscussionFilter, type DiscussionRow } from '../db/queries.js';
import type { DiscussionSort } from '../domain/discussion-rules.js';
import { authorsOf, type Person } from './authors.js';

export type DiscussionListQuery = Omit<DiscussionFilter, 'sort'> & { sort?: DiscussionSort | undefined };

/**
 * Public discussions: filtered by district, tag and kind, searched with `q`, sorted by activity
 * (default), newest or most commented; with a query and no sort, the best matches come first.
 */
export async function listDiscussions(
  ctx: ModuleContext,
  query: DiscussionListQuery,
): Promise<{ items: { row: DiscussionRow; author: Person }[]; total: number }> {
  const db = ctx.database.db;
  const q = query.q?.trim() || undefined;
  const sort = query.sort ?? (q ? 'relevance' : 'activity');
  const { rows, total } = await selectDiscussions(db, { ...query, q, tag: query.tag?.trim().toLowerCase() || undefined, sort });
  const authors = await authorsOf(db, rows);
  return { items: rows.map((row) => ({ row, author: authors.get(row.id)! })), total };
}

/** The most used tags of public discussions (at most 30), most used first. */
export async function listTags(ctx: ModuleContext): Promise<{ tag: string; count: number }[]> {
  return tagCounts(ctx.database.db, 30);
}
