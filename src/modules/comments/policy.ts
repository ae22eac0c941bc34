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
 * Who sees the text and the moderator's reason of a hidden or held comment: its author; the
 * moderators — city-wide ones everywhere, a district's moderators on hosts in their district; and the
 * host's own moderators (`hostModerator`: a community's admins) what they hid themselves.
 * `comment` null asks about a whole thread (the city's moderators only).
 */
export const canSeeModerated = signedIn(function canSeeModerated(
  actor,
  comment: { authorId: string; hiddenBy?: string | null } | null,
  hostDistrictId: string | null,
  hostModerator = false,
) {
  if (comment && comment.authorId === actor.userId) return allow;
  if (comment && hostModerator && comment.hiddenBy === 'host') return allow;
  return isThreadModerator(actor, hostDistrictId) ? allow : deny('not_moderator');
});

function isThreadModerator(actor: Actor, hostDistrictId: string | null): boolean {
  return hostDistrictId ? hasRole(actor, 'moderator', { type: 'district', id: hostDistrictId }) : hasRole(actor, 'moderator', { type: 'city', id: '' });
}

/** The facts about a comment its host's moderators look at: its state and who hid it. */
export type HiddenFacts = Pick<CommentFacts, 'moderation' | 'deletedAt'> & { hiddenBy: 'host' | 'city' | null };

/**
 * Who may hide a comment as the host's own moderator (a community's owners and admins, `hostModerator`): a shown one
 * only (not now otherwise — one the city's moderators hid or hold stays theirs). The city's moderators hide through
 * the moderation module.
 */
export const canHideAsHost = signedIn(function canHideAsHost(_actor, comment: HiddenFacts, hostModerator: boolean) {
  if (!hostModerator) return deny('not_host_moderator');
  if (!isLive(comment)) return notNow('comment_unavailable');
  return allow;
});

/**
 * Who may show a hidden comment again as the host's own moderator: one the host's moderators hid (any of them, not
 * only who hid it); one the city's moderators hid or hold is theirs (`comment_hidden_by_city`), and a shown one is
 * not now. The city's moderators restore anything through the moderation module.
 */
export const canRestoreAsHost = signedIn(function canRestoreAsHost(_actor, comment: HiddenFacts, hostModerator: boolean) {
  if (!hostModerator) return deny('not_host_moderator');
  if (comment.deletedAt || comment.moderation === 'visible') return notNow('comment_not_hidden');
  if (comment.moderation !== 'hidden' || comment.hiddenBy !== 'host') return deny('comment_hidden_by_city');
  return allow;
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
