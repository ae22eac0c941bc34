import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import type { Executor } from '../../../core/db/client.js';
import { AppError } from '../../../core/http/errors.js';
import { findGroup, findPost, standingIn, type GroupRow, type PostRow } from '../db/queries.js';
import { canManageGroup, canReadFeed, canReadGroup, type GroupFacts, type Standing } from '../policy.js';

/** The entity types of groups and of their posts, in URLs, events and the moderation queue. */
export const groupType = 'group';
export const postType = 'group_post';

/** Site paths of a group's page and of a post's page. */
export const groupPath = (id: string) => `/groups/${id}`;
export const postPath = (id: string) => `/groups/posts/${id}`;

/** Site paths of a group's image and of a post's photo (with their previews). */
export const groupImagePath = (groupId: string, fileId: string | null) => (fileId ? `/api/groups/${groupId}/image` : null);
export const postPhotoPaths = (postId: string, fileId: string) => ({
  url: `/api/groups/posts/${postId}/photos/${fileId}`,
  thumbUrl: `/api/groups/posts/${postId}/photos/${fileId}/thumb`,
});

export const factsOf = (row: GroupRow): GroupFacts => row;

const userIdOf = (actor: Actor) => (actor.kind === 'user' ? actor.userId : null);

/** A group the caller may see, with their standing in it; 404 `group_not_found` otherwise. */
export async function requireGroup(db: Executor, actor: Actor, id: string, lock = false): Promise<{ group: GroupRow; me: Standing }> {
  const group = await findGroup(db, id, lock);
  if (!group) throw new AppError(404, 'group_not_found');
  const me = await standingIn(db, group.id, userIdOf(actor));
  authorize(actor, canReadGroup(actor, group, me));
  return { group, me };
}

/**
 * A post the caller may read (its group's feed is open to them, and it is shown or theirs), with its group and the
 * caller's standing (a post the group's admins hid stays theirs to see); 404 `group_post_not_found` otherwise — a members-only group's posts do not exist for others.
 */
export async function requirePost(db: Executor, actor: Actor, id: string): Promise<{ post: PostRow; group: GroupRow; me: Standing }> {
  const post = await findPost(db, id);
  const group = post ? await findGroup(db, post.groupId) : undefined;
  if (!post || !group) throw new AppError(404, 'group_post_not_found');
  const me = await standingIn(db, group.id, userIdOf(actor));
  const mine = actor.kind === 'user' && actor.userId === post.authorId;
  // the group's admins still see what they hid themselves, to show it again
  const oursToRestore = post.hiddenBy === 'group' && canManageGroup(actor, me).allowed;
  if (!canReadFeed(actor, group, me).allowed || (post.moderation !== 'visible' && !mine && !oursToRestore)) throw new AppError(404, 'group_post_not_found');
  return { post, group, me };
}
