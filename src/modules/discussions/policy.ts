import { allow, deny, notNow, notVisible, signedIn, type Decision } from '../../core/auth/decision.js';
import { hasRole, hasVerification, type Actor } from '../../core/auth/actor.js';
import type { ModerationState } from '../../core/module/entities.js';
import { isEditable } from './domain/discussion-rules.js';

/** What the rules need to know about a discussion. */
export interface DiscussionFacts {
  authorId: string;
  districtId: string | null;
  moderation: ModerationState;
  createdAt: Date;
}

/**
 * Who may open a discussion: signed-in people with a confirmed e-mail; in a department's role only
 * its officials.
 */
export const canCreateDiscussion = signedIn(function canCreateDiscussion(actor, input: { asOfficial?: string | null | undefined }) {
  if (!hasVerification(actor, 'email')) return deny('email_not_confirmed');
  if (input.asOfficial && !hasRole(actor, 'official', { type: 'department', id: input.asOfficial })) return deny('not_official_of_department');
  return allow;
});

/** True for moderators whose scope covers the district (city-wide moderators and administrators: all). */
export function isModeratorOf(actor: Actor, districtId: string | null): boolean {
  if (actor.kind !== 'user') return false;
  return actor.roles.some(
    (g) =>
      ((g.role === 'moderator' || g.role === 'administrator') && g.scopeType === 'city') ||
      (g.role === 'moderator' && g.scopeType === 'district' && districtId !== null && g.scopeId === districtId),
  );
}

const isAuthor = (actor: Actor, d: DiscussionFacts) => actor.kind === 'user' && actor.userId === d.authorId;

/** Who may read a discussion: everyone while it is public; its author and its moderators while hidden or held. */
export function canReadDiscussion(actor: Actor, d: DiscussionFacts): Decision {
  if (d.moderation === 'visible' || isAuthor(actor, d) || isModeratorOf(actor, d.districtId)) return allow;
  return notVisible('discussion_not_found');
}

/** Who sees the moderation reason: the author and the discussion's moderators. */
export const canSeeModeration = signedIn(function canSeeModeration(actor, d: DiscussionFacts) {
  return isAuthor(actor, d) || isModeratorOf(actor, d.districtId) ? allow : deny('not_moderator');
});

/** Who may edit a discussion: its author (not you otherwise), within 24 hours of opening it (not now after). */
export const canEditDiscussion = signedIn(function canEditDiscussion(actor, d: DiscussionFacts, now: Date) {
  if (!isAuthor(actor, d)) return deny('not_discussion_author');
  if (!isEditable(d.createdAt, now)) return notNow('discussion_edit_closed');
  return allow;
});

/** Who may comment on a discussion: anyone signed in, while the discussion is public (not now while moderators hold it). */
export const canCommentOnDiscussion = signedIn(function canCommentOnDiscussion(_actor, d: DiscussionFacts) {
  return d.moderation === 'visible' ? allow : notNow('discussion_not_public');
});
