import type { Actor } from '../../../core/auth/actor.js';
import type { DiscussionRow } from '../db/queries.js';
import { excerptOf } from '../domain/discussion-rules.js';
import { canEditDiscussion, canSeeModeration } from '../policy.js';
import type { Person } from '../use-cases/authors.js';

/** A discussion in a list (anyone), with the community it was opened in. */
export function presentSummary(row: DiscussionRow, author: Person, group: { id: string; name: string } | null) {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    excerpt: excerptOf(row.body),
    districtId: row.districtId,
    tags: row.tags,
    author,
    group: group && { id: group.id, name: group.name },
    commentCount: row.commentCount,
    lastActivityAt: row.lastActivityAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
  };
}

/** A discussion's page: the moderation reason only for its author and moderators. */
export function presentDiscussion(row: DiscussionRow, author: Person, group: { id: string; name: string } | null, actor: Actor, now = new Date()) {
  return {
    ...presentSummary(row, author, group),
    body: row.body,
    editedAt: row.editedAt?.toISOString() ?? null,
    moderation: row.moderation,
    moderationReason: canSeeModeration(actor, row).allowed ? row.moderationReason : null,
    mine: actor.kind === 'user' && actor.userId === row.authorId,
    canEdit: canEditDiscussion(actor, row, now).allowed,
  };
}
