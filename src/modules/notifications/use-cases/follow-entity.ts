import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { deleteFollow, followFacts, followsOf, insertFollow, type FollowRow } from '../db/queries.js';
import { canFollow } from '../policy.js';
import { requireVisibleEntity } from './common.js';

export interface EntityRef {
  type: string;
  id: string;
}

/** Whether the caller follows an entity, and how many do. 404 for an unknown or hidden entity. */
export async function followState(ctx: ModuleContext, actor: Actor, ref: EntityRef): Promise<{ following: boolean; followers: number }> {
  await requireVisibleEntity(ctx, actor, ref);
  return followFacts(ctx.database.db, ref.type, ref.id, actor.kind === 'user' ? actor.userId : null);
}

/** Follows an entity the caller can see (again following is harmless). 401 for visitors, 404 for an unknown or hidden entity. */
export async function followEntity(ctx: ModuleContext, actor: Actor, ref: EntityRef): Promise<{ following: boolean; followers: number }> {
  authorize(actor, canFollow(actor));
  const userId = actor.userId;
  await requireVisibleEntity(ctx, actor, ref);
  await insertFollow(ctx.database.db, { userId, entityType: ref.type, entityId: ref.id, origin: 'manual' });
  return followFacts(ctx.database.db, ref.type, ref.id, userId);
}

/**
 * Stops following. Works on hidden or removed entities too (nobody should be stuck following
 * something they can no longer open); only the type must be known.
 */
export async function unfollowEntity(ctx: ModuleContext, actor: Actor, ref: EntityRef): Promise<{ following: boolean; followers: number }> {
  authorize(actor, canFollow(actor));
  const userId = actor.userId;
  ctx.entities.require(ref.type);
  await deleteFollow(ctx.database.db, { userId, entityType: ref.type, entityId: ref.id });
  return followFacts(ctx.database.db, ref.type, ref.id, userId);
}

export interface FollowedItem {
  follow: FollowRow;
  title: string;
  path: string;
}

/**
 * What the caller follows, newest first, with titles and paths. Entities that are gone or hidden
 * are left out of the page (the total counts every follow, so the caller can still page through).
 */
export async function listMyFollows(
  ctx: ModuleContext,
  actor: Actor,
  page: { limit: number; offset: number },
): Promise<{ items: FollowedItem[]; total: number }> {
  authorize(actor, canFollow(actor));
  const userId = actor.userId;
  const { rows, total } = await followsOf(ctx.database.db, userId, page);
  const summaries = await ctx.entities.describeMany(
    ctx.database.db,
    rows.map((r) => ({ type: r.entityType, id: r.entityId })),
  );
  const items: FollowedItem[] = [];
  for (const follow of rows) {
    const s = summaries.get(`${follow.entityType}:${follow.entityId}`);
    if (s && (s.visible || s.authorId === userId)) items.push({ follow, title: s.title, path: s.path });
  }
  return { items, total };
}
