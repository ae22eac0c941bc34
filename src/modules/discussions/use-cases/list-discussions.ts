import type { Actor } from '../../../core/auth/actor.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { selectDiscussions, tagCounts, type DiscussionFilter } from '../db/queries.js';
import type { DiscussionSort } from '../domain/discussion-rules.js';
import { shown, type ShownDiscussion } from './authors.js';
import { AppError } from '../../../core/http/errors.js';
import { hostGroupFor } from '../../groups/index.js';

export type DiscussionListQuery = Omit<DiscussionFilter, 'sort'> & { sort?: DiscussionSort | undefined };

/**
 * Public discussions (not those of members-only communities): filtered by district, tag and kind, searched with `q`,
 * sorted by activity (default), newest or most commented; with a query and no sort, the best matches come first.
 * With `groupId`, one community's discussions: a members-only community's only for its members and the city's
 * moderators (404 `group_discussions_members_only` to others; `group_not_found` when there is no such community).
 */
export async function listDiscussions(ctx: ModuleContext, actor: Actor, query: DiscussionListQuery): Promise<{ items: ShownDiscussion[]; total: number }> {
  const db = ctx.database.db;
  if (query.groupId) {
    const host = await hostGroupFor(db, query.groupId, actor);
    if (!host || (!host.read.allowed && host.read.reason === 'group_not_found')) throw new AppError(404, 'group_not_found');
    if (!host.read.allowed) throw new AppError(404, 'group_discussions_members_only');
  }
  const q = query.q?.trim() || undefined;
  const sort = query.sort ?? (q ? 'relevance' : 'activity');
  const { rows, total } = await selectDiscussions(db, { ...query, q, tag: query.tag?.trim().toLowerCase() || undefined, sort });
  return { items: await shown(db, rows), total };
}

/** The most used tags of public discussions (at most 30), most used first. */
export async function listTags(ctx: ModuleContext): Promise<{ tag: string; count: number }[]> {
  return tagCounts(ctx.database.db, 30);
}
