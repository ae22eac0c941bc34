import { allow, deny, notVisible, signedIn, type Decision } from '../../core/auth/decision.js';
import type { Actor } from '../../core/auth/actor.js';

/** Who may follow and unfollow things and list what they follow: anyone signed in. */
export const canFollow = signedIn(function canFollow() {
  return allow;
});

/** Who may read their notification centre and change how they are notified: anyone signed in, for themselves only. */
export const canManageOwnNotifications = signedIn(function canManageOwnNotifications() {
  return allow;
});

/** Who may send the daily digests ahead of time: city administrators. */
export const canSendDigests = signedIn(function canSendDigests(actor) {
  return actor.roles.some((g) => g.role === 'administrator' && g.scopeType === 'city') ? allow : deny('not_administrator');
});

/**
 * Who may see and follow an entity: the public while it is visible; its author also while it is
 * hidden or held (so a person keeps following what they wrote while a moderator looks at it).
 */
export function canSeeEntity(actor: Actor, entity: { visible: boolean; authorId: string | null }): Decision {
  if (entity.visible) return allow;
  return actor.kind === 'user' && entity.authorId === actor.userId ? allow : notVisible('follow_target_not_found');
}
