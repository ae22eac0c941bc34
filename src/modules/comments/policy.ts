import { allow, deny, type Decision } from '../../core/auth/decision.js';
import { hasRole, type Actor } from '../../core/auth/actor.js';
import { isLive, isWithinEditWindow } from './domain/comment-rules.js';

/** The facts about a comment the rules below look at. */
export interface CommentFacts {
  authorId: string;
  createdAt: Date;
  moderation: string;
  deletedAt: Date | null;
}

/** Who may comment on a host: a signed-in person, when the host itself allows it (its reason otherwise). */
export function canComment(actor: Actor, hostDecision: Decision): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  return hostDecision;
}

/** Who may edit a comment: its author, while it is not deleted and within the edit window. */
export function canEdit(actor: Actor, comment: CommentFacts, now: Date): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  if (actor.userId !== comment.authorId) return deny('not_author');
  if (comment.deletedAt) return deny('comment_unavailable');
  if (!isWithinEditWindow(comment.createdAt, now)) return deny('edit_window_closed');
  return allow;
}

/** Who may delete a comment: its author (moderators hide instead, with a reason). */
export function canDelete(actor: Actor, comment: Pick<CommentFacts, 'authorId'>): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  return actor.userId === comment.authorId ? allow : deny('not_author');
}

/** Who may vote on a comment: a signed-in person, not on their own, and only on a comment the public sees. */
export function canVote(actor: Actor, comment: Pick<CommentFacts, 'authorId' | 'moderation' | 'deletedAt'>): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  if (!isLive(comment)) return deny('comment_unavailable');
  if (actor.userId === comment.authorId) return deny('own_comment_vote');
  return allow;
}

/**
 * Who sees the text and the moderator's reason of a hidden or held comment: its author, and
 * moderators — city-wide ones everywhere, a district's moderators on hosts in their district.
 * `comment` null asks about a whole thread (moderators only).
 */
export function canSeeModerated(actor: Actor, comment: { authorId: string } | null, hostDistrictId: string | null): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  if (comment && comment.authorId === actor.userId) return allow;
  const moderator = hostDistrictId
    ? hasRole(actor, 'moderator', { type: 'district', id: hostDistrictId })
    : hasRole(actor, 'moderator', { type: 'city', id: '' });
  return moderator ? allow : deny('not_moderator');
}

/**
 * Whether a thread's host district matters for what this actor sees: only for a moderator whose
 * grants are all district-scoped (city moderators see every thread, everyone else none). Saves a
 * look-up of the host on every page for everyone else.
 */
export function needsHostDistrict(actor: Actor): boolean {
  return hasRole(actor, 'moderator') && !hasRole(actor, 'moderator', { type: 'city', id: '' });
}

/** Who may answer in a department's role: an official of that department. */
export function canAnswerAsOfficial(actor: Actor, departmentId: string): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  return hasRole(actor, 'official', { type: 'department', id: departmentId }) ? allow : deny('not_official_of_department');
}
