import type { Actor } from '../../../core/auth/actor.js';
import type { EntityKind, EntitySummary } from '../../../core/module/entities.js';
import {
  countPostComments,
  findGroup,
  findGroups,
  findPost,
  findPosts,
  memberIds,
  publicPostsBy,
  standingIn,
  updateGroup,
  updatePost,
  type GroupRow,
  type PostRow,
} from '../db/queries.js';
import { excerptOf } from '../domain/groups.js';
import { canManageGroup, canPostInGroup, canReadFeed } from '../policy.js';
import { groupImagePath, groupPath, groupType, postPath, postPhotoPaths, postType } from './common.js';
import { emitAccessChanged } from './edit-group.js';

const isPublic = (g: GroupRow) => g.status === 'active' && g.moderation === 'visible';

function summarizeGroup(g: GroupRow): EntitySummary {
  return {
    type: groupType,
    id: g.id,
    title: g.name,
    excerpt: excerptOf(g.description, 300),
    path: groupPath(g.id),
    authorId: g.createdBy,
    visible: isPublic(g),
    districtId: g.districtId,
    createdAt: g.createdAt,
    imagePath: groupImagePath(g.id, g.imageFileId),
  };
}

function summarizePost(p: PostRow, g: GroupRow | undefined): EntitySummary {
  const first = p.photoFileIds[0];
  return {
    type: postType,
    id: p.id,
    title: g ? `${g.name}: ${excerptOf(p.body, 80)}` : excerptOf(p.body, 80),
    excerpt: excerptOf(p.body, 300),
    path: postPath(p.id),
    authorId: p.authorId,
    // a members-only group's posts are never public (share previews, profiles, search)
    visible: p.moderation === 'visible' && !!g && isPublic(g) && g.membership === 'open',
    districtId: g?.districtId ?? null,
    createdAt: p.createdAt,
    imagePath: first ? postPhotoPaths(p.id, first).url : null,
  };
}

/** Groups as an entity kind: flagged and moderated by the city's moderators, with a shareable page. */
export const groupEntity: EntityKind = {
  type: groupType,
  pagePath: '/groups/:id',
  async describe(db, ids) {
    return new Map((await findGroups(db, ids)).map((g) => [g.id, summarizeGroup(g)]));
  },
  async setModeration(tx, id, state, reason) {
    const group = await findGroup(tx, id);
    if (!group) return false;
    await updateGroup(tx, id, { moderation: state, moderationReason: reason });
    if (group.moderation !== state) await emitAccessChanged(tx, null, group);
    return true;
  },
  // its members: those told of what is organised on the group's behalf (an event, see the events module)
  async participants(db, id) {
    return memberIds(db, id);
  },
};

/**
 * Group posts as an entity kind: they host comments (members only, while shown), count them, can be flagged and
 * moderated by the city's moderators (above the group's admins), and an open group's posts have a shareable page.
 */
export const groupPostEntity: EntityKind = {
  type: postType,
  pagePath: '/groups/posts/:id',

  async describe(db, ids) {
    const posts = await findPosts(db, ids);
    const groups = new Map(
      (
        await findGroups(
          db,
          posts.map((p) => p.groupId),
        )
      ).map((g) => [g.id, g]),
    );
    return new Map(posts.map((p) => [p.id, summarizePost(p, groups.get(p.groupId))]));
  },

  async commentRules(db, id, actor: Actor) {
    const post = await findPost(db, id);
    const group = post ? await findGroup(db, post.groupId) : undefined;
    if (!post || !group) return null;
    const me = await standingIn(db, group.id, actor.kind === 'user' ? actor.userId : null);
    // a members-only group's posts and their comments do not exist for others
    if (!canReadFeed(actor, group, me).allowed || post.moderation !== 'visible') return null;
    return {
      decision: canPostInGroup(actor, group, me),
      stance: false,
      title: summarizePost(post, group).title,
      path: postPath(post.id),
      commentCount: post.commentCount,
      // the group's owners and admins moderate its comments (hide, and show again what they hid)
      moderates: canManageGroup(actor, me).allowed,
    };
  },

  async onCommentsChanged(tx, id, change) {
    await countPostComments(tx, id, change.delta);
  },

  async setModeration(tx, id, state, reason) {
    if (!(await findPost(tx, id))) return false;
    const row = await updatePost(tx, id, { moderation: state, moderationReason: reason, hiddenBy: state === 'visible' ? null : 'city' });
    return !!row;
  },

  async authoredBy(db, userId, limit) {
    const posts = await publicPostsBy(db, userId, limit);
    const groups = new Map(
      (
        await findGroups(
          db,
          posts.map((p) => p.groupId),
        )
      ).map((g) => [g.id, g]),
    );
    return posts.map((p) => summarizePost(p, groups.get(p.groupId)));
  },
};
