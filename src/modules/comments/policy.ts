import { allow, deny, notNow, signedIn, type Decision } from '../../core/auth/decision.js';
import { hasRole, type Actor } from '../../core/auth/actor.js';
import { isLive, isWithinEditWindow } from './domain/comment-rules.js';

/** The facts about a comment the rules below look at. */
export interface CommentFacts {
  authorId: string;
  createdAt: Date;
  moderation: string;
  deletedAt: Date | null;
}

/** Who may comment on a host: a signed-in person, when the host itself allows it (its own decision, with its kind, otherwise). */
export const canComment = signedIn(function canComment(_actor, hostDecision: Decision) {
  return hostDecision;
});

/** Who may edit a comment: its author, while it is not deleted (not now otherwise) and within the edit window (not now after it). */
export const canEdit = signedIn(function canEdit(actor, comment: CommentFacts, now: Date) {
  if (actor.userId !== comment.authorId) return deny('not_author');
  if (comment.deletedAt) return notNow('comment_unavailable');
  if (!isWithinEditWindow(comment.createdAt, now)) return notNow('edit_window_closed');
  return allow;
});

/** Who may delete a comment: its author (moderators hide instead, with a reason). */
export const canDelete = signedIn(function canDelete(actor, comment: Pick<CommentFacts, 'authorId'>) {
  return actor.userId === comment.authorId ? allow : deny('not_author');
});

/** Who may vote on a comment: a signed-in person, not on their own, and only on a comment the public sees (not now otherwise). */
export const canVote = signedIn(function canVote(actor, comment: Pick<CommentFacts, 'authorId' | 'moderation' | 'deletedAt'>) {
  if (!isLive(comment)) return notNow('comment_unavailable');
  if (actor.userId === comment.authorId) return deny('own_comment_vote');
  return allow;
});

/**
 * Who sees the text and the moderator's reason of a hidden or held comment: its author, and
 * moderators — city-wide ones everywhere, a district's moderators on hosts in their district.
 * `comment` null asks about a whole thread (moderators only).
 */
export const canSeeModerated = signedIn(function canSeeModerated(actor, comment: { authorId: string } | null, hostDistrictId: string | null) {
  if (comment && comment.authorId === actor.userId) return allow;
  const moderator = hostDistrictId
    ? hasRole(actor, 'moderator', { type: 'district', id: hostDistrictId })
    : hasRole(actor, 'moderator', { type: 'city', id: '' });
  return moderator ? allow : deny('not_moderator');
});

/**
 * Whether a thread's host district matters for what this actor sees: only for a moderator whose
 * grants are all district-scoped (city moderators see every thread, everyone else none). Saves a
 * look-up of the host on every page for everyone else.
 */
export function needsHostDistrict(actor: Actor): boolean {
  return hasRole(actor, 'moderator') && !hasRole(actor, 'moderator', { type: 'city', id: '' });
}

/** Who may answer in a department's role: an official of that department. */
export const canAnswerAsOfficial = signedIn(function canAnswerAsOfficial(actor, departmentId: string) {
  return hasRole(actor, 'official', { type: 'department', id: departmentId }) ? allow : deny('not_official_of_department');
});
