import type { Actor } from '../../../core/auth/actor.js';
import type { DiscussionRow } from '../db/queries.js';
import { excerptOf } from '../domain/discussion-rules.js';
import { canEditDiscussion, canSeeModeration } from '../policy.js';
import type { Person } from '../use-cases/authors.js';

/** A discussion in a list (anyone). */
export function presentSummary(row: DiscussionRow, author: Person) {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    excerpt: excerptOf(row.body),
    districtId: row.districtId,
    tags: row.tags,
    author,
    commentCount: row.commentCount,
    lastActivityAt: row.lastActivityAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
  };
}

/** A discussion's page: the moderation reason only for its author and moderators. */
export function presentDiscussion(row: DiscussionRow, author: Person, actor: Actor, now = new Date()) {
  return {
    ...presentSummary(row, author),
    body: row.body,
    editedAt: row.editedAt?.toISOString() ?? null,
    moderation: row.moderation,
    moderationReason: canSeeModeration(actor, row).allowed ? row.moderationReason : null,
    mine: actor.kind === 'user' && actor.userId === row.authorId,
    canEdit: canEditDiscussion(actor, row, now).allowed,
  };
}
