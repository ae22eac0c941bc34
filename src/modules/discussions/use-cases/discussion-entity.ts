import type { EntityKind, EntitySummary } from '../../../core/module/entities.js';
import { countComments, discussionsBy, findDiscussion, findDiscussions, setModerationState, type DiscussionRow } from '../db/queries.js';
import { excerptOf } from '../domain/discussion-rules.js';
import { canCommentOnDiscussion, canReadDiscussion } from '../policy.js';
import { discussionPath, discussionType } from './common.js';

function summarize(row: DiscussionRow): EntitySummary {
  return {
    type: discussionType,
    id: row.id,
    title: row.title,
    excerpt: excerptOf(row.body, 300),
    path: discussionPath(row.id),
    authorId: row.authorId,
    visible: row.moderation === 'visible',
    districtId: row.districtId,
    createdAt: row.createdAt,
  };
}

/**
 * Discussions as an entity kind: they host comments (anyone signed in, while public; no stance),
 * count them for the "activity" sort, can be flagged and moderated, and have a shareable page.
 */
export const discussionEntity: EntityKind = {
  type: discussionType,
  pagePath: '/discussions/:id',

  async describe(db, ids) {
    return new Map((await findDiscussions(db, ids)).map((row) => [row.id, summarize(row)]));
  },

  async commentRules(db, id, actor) {
    const row = await findDiscussion(db, id);
    // a hidden or held discussion does not exist for those who may not see it, nor do its comments
    if (!row || !canReadDiscussion(actor, row).allowed) return null;
    return { decision: canCommentOnDiscussion(actor, row), stance: false, title: row.title, path: discussionPath(row.id), commentCount: row.commentCount };
  },

  async onCommentsChanged(tx, id, change) {
    await countComments(tx, id, change.delta, change.at);
  },

  async setModeration(tx, id, state, reason) {
    return setModerationState(tx, id, state, reason);
  },

  async authoredBy(db, userId, limit) {
    return (await discussionsBy(db, userId, limit)).map(summarize);
  },
};
