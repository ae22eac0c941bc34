import { allow, deny, notVisible, type Decision } from '../../core/auth/decision.js';
import type { Actor } from '../../core/auth/actor.js';

/** Who may follow and unfollow things: anyone signed in. */
export function canFollow(actor: Actor): Decision {
  return actor.kind === 'user' ? allow : deny('unauthenticated');
}

/** Who may read their notification centre and change how they are notified: anyone signed in, for themselves only. */
export function canManageOwnNotifications(actor: Actor): Decision {
  return actor.kind === 'user' ? allow : deny('unauthenticated');
}

/** Who may send the daily digests ahead of time: city administrators. */
export function canSendDigests(actor: Actor): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  return actor.roles.some((g) => g.role === 'administrator' && g.scopeType === 'city') ? allow : deny('not_administrator');
}

/**
 * Who may see and follow an entity: the public while it is visible; its author also while it is
 * hidden or held (so a person keeps following what they wrote while a moderator looks at it).
 */
export function canSeeEntity(actor: Actor, entity: { visible: boolean; authorId: string | null }): Decision {
  if (entity.visible) return allow;
  return actor.kind === 'user' && entity.authorId === actor.userId ? allow : notVisible('follow_target_not_found');
}
