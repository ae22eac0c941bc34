import { t, type Language } from '../../../core/i18n/i18n.js';
import { editableUntil, isWithinEditWindow, type Stance } from '../domain/comment-rules.js';
import type { CommentRow } from '../db/queries.js';
import { canRestoreAsHost, canSeeModerated } from '../policy.js';
import type { ThreadFacts } from '../use-cases/common.js';
import type { ThreadPage } from '../use-cases/list-thread.js';

type MyVote = -1 | 0 | 1;

function presentAuthor(row: CommentRow, facts: ThreadFacts) {
  const person = facts.authors.get(row.authorId);
  if (!person) return null;
  const department = row.officialDepartmentId ? facts.departments.get(row.officialDepartmentId) : undefined;
  return {
    id: person.id,
    displayName: person.displayName,
    districtId: person.districtId,
    official: department && row.officialDepartmentId ? { departmentId: row.officialDepartmentId, ...department } : null,
  };
}

/**
 * A comment as this reader sees it: no text once deleted, nor while hidden or held unless theirs or they moderate it
 * (the host's own moderators: what they hid), and whether they may show it again as the host's moderator.
 */
export function presentComment(row: CommentRow, facts: ThreadFacts) {
  const deleted = row.deletedAt !== null;
  const mine = facts.actor.kind === 'user' && facts.actor.userId === row.authorId;
  const { hostDistrictId, hostModerator } = facts.reader;
  const privileged = !deleted && canSeeModerated(facts.actor, row, hostDistrictId, hostModerator).allowed;
  return {
    id: row.id,
    parentId: row.parentId,
    rootId: row.rootId,
    depth: row.depth,
    author: deleted ? null : presentAuthor(row, facts),
    body: deleted ? null : row.moderation === 'visible' || privileged ? row.body : null,
    stance: deleted ? null : (row.stance as Stance | null),
    up: row.up,
    down: row.down,
    score: row.score,
    myVote: (facts.myVotes.get(row.id) ?? 0) as MyVote,
    replyCount: row.replyCount,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    deleted,
    moderation: row.moderation,
    moderationReason: privileged ? row.moderationReason : null,
    mine,
    canRestore: hostModerator && canRestoreAsHost(facts.actor, row, hostModerator).allowed,
    editableUntil: mine && !deleted && isWithinEditWindow(row.createdAt, facts.now) ? editableUntil(row.createdAt).toISOString() : null,
    replies: [] as never[],
    moreReplies: false,
  };
}

/** A top-level comment with its first replies. */
export function presentNode(row: CommentRow, replies: CommentRow[], moreReplies: boolean, facts: ThreadFacts) {
  return { ...presentComment(row, facts), replies: replies.map((r) => presentComment(r, facts)), moreReplies };
}

/** A page of a thread; the reason the reader cannot comment is in their language. */
export function presentThreadPage(page: ThreadPage, lang: Language) {
  const decision = page.host.canComment;
  return {
    host: {
      type: page.host.type,
      id: page.host.id,
      title: page.host.title,
      path: page.host.path,
      stance: page.host.stance,
      canComment: decision.allowed,
      cannotCommentReason: decision.allowed ? null : t(lang, `error.${decision.reason}`),
    },
    total: page.total,
    items: page.items.map((i) => presentNode(i.row, i.replies, i.moreReplies, page.facts)),
    nextCursor: page.nextCursor,
  };
}
