import type { Actor } from '../../../core/auth/actor.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { selectDiscussions, tagCounts, type DiscussionFilter } from '../db/queries.js';
import type { DiscussionSort } from '../domain/discussion-rules.js';
import { shown, type ShownDiscussion } from './authors.js';
import { readableHost } from './common.js';

export type DiscussionListQuery = Omit<DiscussionFilter, 'sort'> & { sort?: DiscussionSort | undefined };

/**
 * Public discussions (not those of members-only communities): filtered by district, tag and kind, searched with `q`,
 * sorted by activity (default), newest or most commented; with a query and no sort, the best matches come first.
 * With `groupId`, one community's discussions: a members-only community's only for its members and the city's
 * moderators (404 `group_not_found` to others).
 */
export async function listDiscussions(ctx: ModuleContext, actor: Actor, query: DiscussionListQuery): Promise<{ items: ShownDiscussion[]; total: number }> {
  const db = ctx.database.db;
  if (query.groupId) await readableHost(db, actor, { groupId: query.groupId }, 'group_not_found');
  const q = query.q?.trim() || undefined;
  const sort = query.sort ?? (q ? 'relevance' : 'activity');
  const { rows, total } = await selectDiscussions(db, { ...query, q, tag: query.tag?.trim().toLowerCase() || undefined, sort });
  return { items: await shown(db, rows), total };
}

/** The most used tags of public discussions (at most 30), most used first. */
export async function listTags(ctx: ModuleContext): Promise<{ tag: string; count: number }[]> {
  return tagCounts(ctx.database.db, 30);
}
