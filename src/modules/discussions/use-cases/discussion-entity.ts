import type { Executor } from '../../../core/db/client.js';
import type { EntityKind, EntitySummary } from '../../../core/module/entities.js';
import { hostGroupFor, type HostGroup } from '../../groups/index.js';
import { countComments, discussionsBy, findDiscussion, findDiscussions, setModerationState, type DiscussionRow } from '../db/queries.js';
import { excerptOf } from '../domain/discussion-rules.js';
import { canCommentOnDiscussion, canReadDiscussion } from '../policy.js';
import { discussionPath, discussionType, hostsOf, isPublicDiscussion } from './common.js';

function summarize(row: DiscussionRow, hosts: Map<string, HostGroup>): EntitySummary {
  const group = row.groupId ? hosts.get(row.groupId) : undefined;
  return {
    type: discussionType,
    id: row.id,
    title: group ? `${group.name}: ${row.title}` : row.title,
    excerpt: excerptOf(row.body, 300),
    path: discussionPath(row.id),
    authorId: row.authorId,
    // a members-only community's discussions are never public (share previews, profiles, search)
    visible: isPublicDiscussion(row, hosts),
    districtId: row.districtId,
    createdAt: row.createdAt,
  };
}

/** Rows summarized with their communities (one more query whatever the number). */
async function summarizeAll(db: Executor, rows: DiscussionRow[]): Promise<EntitySummary[]> {
  const hosts = await hostsOf(db, rows);
  return rows.map((row) => summarize(row, hosts));
}

/**
 * Discussions as an entity kind: they host comments (anyone signed in, while public; in a community, its members
 * only, and a members-only community's discussion and comments exist only for them and the city's moderators; no stance),
 * count them for the "activity" sort, can be flagged and moderated, and have a shareable page.
 */
export const discussionEntity: EntityKind = {
  type: discussionType,
  pagePath: '/discussions/:id',

  async describe(db, ids) {
    return new Map((await summarizeAll(db, await findDiscussions(db, ids))).map((summary) => [summary.id, summary]));
  },

  async commentRules(db, id, actor) {
    const row = await findDiscussion(db, id);
    // a hidden or held discussion does not exist for those who may not see it, nor do its comments
    if (!row || !canReadDiscussion(actor, row).allowed) return null;
    const host = row.groupId ? await hostGroupFor(db, row.groupId, actor) : null;
    if (row.groupId && !host?.read.allowed) return null;
    const decision = canCommentOnDiscussion(actor, row);
    return {
      decision: host && decision.allowed ? host.post : decision,
      stance: false,
      title: host ? `${host.group.name}: ${row.title}` : row.title,
      path: discussionPath(row.id),
      commentCount: row.commentCount,
    };
  },

  async onCommentsChanged(tx, id, change) {
    await countComments(tx, id, change.delta, change.at);
  },

  async setModeration(tx, id, state, reason) {
    return setModerationState(tx, id, state, reason);
  },

  async authoredBy(db, userId, limit) {
    return summarizeAll(db, await discussionsBy(db, userId, limit));
  },
};
