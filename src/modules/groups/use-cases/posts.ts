import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { readFileBytes, unattachableImage } from '../../../core/files/files.js';
import { AppError, fieldError } from '../../../core/http/errors.js';
import { emitEvent } from '../../../core/jobs/events.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { eq, sql } from 'drizzle-orm';
import { queryRows } from '../../../core/db/client.js';
import { hideComment as hideThreadComment } from '../../comments/index.js';
import { openHeldCase, screenText } from '../../moderation/index.js';
import { feedOf, updatePost, type GroupRow, type PostRow } from '../db/queries.js';
import { groupPolls, groupPosts, groups } from '../db/schema.js';
import { decodeFeedCursor, encodeFeedCursor } from '../domain/cursors.js';
import { excerptOf } from '../domain/groups.js';
import { groupPostCreated } from '../events.js';
import { canModerateGroup, canPostInGroup, canReadFeed, canManageGroup, type Standing } from '../policy.js';
import { postPath, postType, requireGroup, requirePost } from './common.js';

/** A poll a post carries: a question, 2–10 options (the route's schema checks the numbers), an optional closing time. */
export interface PollInput {
  question: string;
  options: string[];
  closesAt?: Date | undefined;
}

/**
 * A member posts in a group's feed: text, up to four photos (each their own recent upload through the shared photo
 * route; 400 `group_photo_unknown` naming the field otherwise) and perhaps a poll (a closing time already past: 400
 * `group_poll_closes_past` naming `poll.closesAt`). Text (the poll's too) with a forbidden word is held for a moderator;
 * a post shown at once tells the group's followers (`group.post_created`).
 * 403 `group_banned` for a banned person, `not_group_member` for anyone else not in the group.
 */
export async function createPost(
  ctx: ModuleContext,
  actor: Actor,
  groupId: string,
  input: { body: string; photoFileIds?: string[] | undefined; poll?: PollInput | undefined },
): Promise<PostRow> {
  const db = ctx.database.db;
  const { group, me } = await requireGroup(db, actor, groupId);
  authorize(actor, canPostInGroup(actor, group, me));
  const photos = [...new Set(input.photoFileIds ?? [])];
  const bad = await unattachableImage(
    db,
    actor.userId,
    photos.map((fileId, i) => ({ field: `photoFileIds.${i}`, fileId })),
    new Set(),
  );
  if (bad) throw fieldError(bad, 'error.group_photo_unknown');
  if (input.poll?.closesAt && input.poll.closesAt.getTime() <= Date.now()) throw fieldError('poll.closesAt', 'error.group_poll_closes_past');
  const words = await screenText(db, input.poll ? `${input.body}\n${input.poll.question}\n${input.poll.options.join('\n')}` : input.body);
  const post = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(groupPosts)
      .values({ groupId: group.id, authorId: actor.userId, body: input.body, photoFileIds: photos, moderation: words.length ? 'held' : 'visible' })
      .returning();
    if (input.poll)
      await tx
        .insert(groupPolls)
        .values({ postId: row!.id, question: input.poll.question, options: input.poll.options, closesAt: input.poll.closesAt ?? null });
    if (words.length) await openHeldCase(tx, { entityType: postType, entityId: row!.id, authorId: actor.userId, words });
    await tx
      .update(groups)
      .set({ postCount: sql`${groups.postCount} + 1` })
      .where(eq(groups.id, group.id));
    if (!words.length)
      await emitEvent(tx, groupPostCreated, {
        actorId: actor.userId,
        entityType: postType,
        entityId: row!.id,
        data: { groupId: group.id, title: group.name, path: postPath(row!.id), excerpt: excerptOf(input.body) },
      });
    return row!;
  });
  ctx.jobs.kick();
  return post;
}

/**
 * A page of a group's feed for someone who may read it, after `cursor` (the previous page's `next`): 404
 * `group_feed_not_found` for a non-member of a group that is not open, 400 `group_cursor_invalid` for a damaged cursor.
 */
export async function readFeed(
  ctx: ModuleContext,
  actor: Actor,
  groupId: string,
  page: { limit: number; cursor?: string | undefined },
): Promise<{ group: GroupRow; me: Standing; rows: PostRow[]; total: number; next: string | null }> {
  const db = ctx.database.db;
  const { group, me } = await requireGroup(db, actor, groupId);
  authorize(actor, canReadFeed(actor, group, me));
  const after = page.cursor ? decodeFeedCursor(page.cursor) : null;
  if (page.cursor && !after) throw fieldError('cursor', 'error.group_cursor_invalid');
  const viewer = actor.kind === 'user' ? actor.userId : null;
  const { rows, total, next } = await feedOf(db, group.id, viewer, { limit: page.limit, after }, canManageGroup(actor, me).allowed);
  return { group, me, rows, total, next: next && encodeFeedCursor(next) };
}

/** A group's admin pins a post at the top of the feed, or unpins it. */
export async function pinPost(ctx: ModuleContext, actor: Actor, postId: string, pinned: boolean): Promise<PostRow> {
  const db = ctx.database.db;
  const { post, me } = await requirePost(db, actor, postId);
  authorize(actor, canManageGroup(actor, me));
  return (await updatePost(db, post.id, { pinnedAt: pinned ? new Date() : null }))!;
}

/**
 * A group's admin (or a city moderator) hides a post in the group with a reason its author sees; a post the city's
 * moderators hid stays theirs to restore (the moderation module).
 */
export async function hidePost(ctx: ModuleContext, actor: Actor, postId: string, reason: string): Promise<{ post: PostRow; group: GroupRow; me: Standing }> {
  const db = ctx.database.db;
  const { post, group, me } = await requirePost(db, actor, postId);
  authorize(actor, canModerateGroup(actor, group, me));
  if (post.hiddenBy === 'city') throw new AppError(409, 'group_post_hidden_by_city');
  return { post: (await updatePost(db, post.id, { moderation: 'hidden', moderationReason: reason, hiddenBy: 'group', pinnedAt: null }))!, group, me };
}

/**
 * A group's admin shows again a post the group hid. 409 `group_post_hidden_by_city` for one the city's moderators hid
 * (theirs to restore, through moderation), 409 `group_post_not_hidden` for one that is shown.
 */
export async function restorePost(ctx: ModuleContext, actor: Actor, postId: string): Promise<{ post: PostRow; group: GroupRow; me: Standing }> {
  const db = ctx.database.db;
  const { post, group, me } = await requirePost(db, actor, postId);
  authorize(actor, canManageGroup(actor, me));
  if (post.hiddenBy === 'city') throw new AppError(409, 'group_post_hidden_by_city');
  if (post.moderation !== 'hidden') throw new AppError(409, 'group_post_not_hidden');
  return { post: (await updatePost(db, post.id, { moderation: 'visible', moderationReason: null, hiddenBy: null }))!, group, me };
}

/**
 * A group's admin (or a city moderator) hides a comment under one of the group's posts with a reason, through the
 * comments module's own moderation (counts follow; it records in which capacity, and the group's admins show again
 * through it only what the group hid). 404 `group_comment_not_found` for a comment that is not in this group.
 */
export async function hideComment(ctx: ModuleContext, actor: Actor, groupId: string, commentId: string, reason: string): Promise<void> {
  const db = ctx.database.db;
  const { group, me } = await requireGroup(db, actor, groupId);
  authorize(actor, canModerateGroup(actor, group, me));
  // the comment's host, read directly: the comments module's summaries give its page, not its host's id
  const [host] = await queryRows<{ group_id: string }>(
    db,
    sql`select p.group_id from comments c join group_posts p on p.id::text = c.host_id where c.id = ${commentId}::uuid and c.host_type = ${postType}`,
  );
  if (host?.group_id !== group.id) throw new AppError(404, 'group_comment_not_found');
  // the comment records whether the group's admins or the city's moderators hid it: the group shows again only its own
  await hideThreadComment(ctx, actor, commentId, reason);
}

/** A photo of a post (or its preview) for anyone who may read the post; 404 otherwise. Shared caches keep those of open groups. */
export async function readPostPhoto(ctx: ModuleContext, actor: Actor, postId: string, fileId: string, variant: 'full' | 'thumb') {
  const db = ctx.database.db;
  const { post, group } = await requirePost(db, actor, postId);
  const file = post.photoFileIds.includes(fileId) ? await readFileBytes(db, fileId, variant) : undefined;
  if (!file) throw new AppError(404, 'group_photo_not_found');
  return { data: file.data, contentType: file.facts.contentType, shared: group.membership === 'open' && post.moderation === 'visible' };
}

/** A group's image (or its preview) for anyone who may see the group. */
export async function readGroupImage(ctx: ModuleContext, actor: Actor, groupId: string, variant: 'full' | 'thumb') {
  const db = ctx.database.db;
  const { group } = await requireGroup(db, actor, groupId);
  const file = group.imageFileId ? await readFileBytes(db, group.imageFileId, variant) : undefined;
  if (!file) throw new AppError(404, 'group_photo_not_found');
  return { data: file.data, contentType: file.facts.contentType, shared: group.status === 'active' && group.moderation === 'visible' };
}
