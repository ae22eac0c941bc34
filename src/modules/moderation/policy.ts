import { allow, deny, type Decision } from '../../core/auth/decision.js';
import type { Actor } from '../../core/auth/actor.js';

/** Which content a person moderates: the whole city, some districts, or none. */
export type ModerationScope = { kind: 'city' } | { kind: 'districts'; ids: string[] } | { kind: 'none' };

/**
 * The moderation scope of an actor: city moderators and city administrators moderate everything;
 * district moderators the content of their districts.
 */
export function moderationScope(actor: Actor): ModerationScope {
  if (actor.kind !== 'user') return { kind: 'none' };
  const city = actor.roles.some((g) => (g.role === 'moderator' || g.role === 'administrator') && g.scopeType === 'city');
  if (city) return { kind: 'city' };
  const ids = actor.roles.filter((g) => g.role === 'moderator' && g.scopeType === 'district' && g.scopeId).map((g) => g.scopeId!);
  return ids.length ? { kind: 'districts', ids } : { kind: 'none' };
}

/** Who may flag content: anyone signed in, never on their own content. */
export function canFlag(actor: Actor, content: { authorId: string | null }): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  if (content.authorId === actor.userId) return deny('own_content_flag');
  return allow;
}

/** Who may read the moderators' queue: moderators (of the city or of a district) and city administrators. */
export function canReadQueue(actor: Actor): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  return moderationScope(actor).kind === 'none' ? deny('not_moderator') : allow;
}

/** Who may decide on content: moderators whose scope covers its district (city-wide ones everything). */
export function canDecide(actor: Actor, content: { districtId: string | null }): Decision {
  const queue = canReadQueue(actor);
  if (!queue.allowed) return queue;
  const scope = moderationScope(actor);
  if (scope.kind === 'city') return allow;
  if (scope.kind === 'districts' && content.districtId && scope.ids.includes(content.districtId)) return allow;
  return deny('not_moderator_here');
}

/** Who may read and change the forbidden-words list: city moderators and city administrators. */
export function canManageForbiddenWords(actor: Actor): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  return moderationScope(actor).kind === 'city' ? allow : deny('not_city_moderator');
}
