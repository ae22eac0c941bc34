import { allow, deny, notNow, signedIn, type Decision } from '../../core/auth/decision.js';
import type { Actor } from '../../core/auth/actor.js';
import type { ModerationState } from '../../core/module/entities.js';
import { actionProblem, type DecisionAction } from './domain/case-rules.js';

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
export const canFlag = signedIn(function canFlag(actor, content: { authorId: string | null }) {
  return content.authorId === actor.userId ? deny('own_content_flag') : allow;
});

/** Who may read the moderators' queue: moderators (of the city or of a district) and city administrators. */
export const canReadQueue = signedIn(function canReadQueue(actor) {
  return moderationScope(actor).kind === 'none' ? deny('not_moderator') : allow;
});

/** Who may decide on content: moderators whose scope covers its district (city-wide ones everything). */
export const canDecide = signedIn(function canDecide(actor, content: { districtId: string | null }) {
  const scope = moderationScope(actor);
  if (scope.kind === 'none') return deny('not_moderator');
  if (scope.kind === 'city') return allow;
  if (content.districtId && scope.ids.includes(content.districtId)) return allow;
  return deny('not_moderator_here');
});

/**
 * Whether a moderator's action fits the content's state now, whoever decides (not now otherwise): restoring
 * public content (`nothing_to_restore`), dismissing the case of content that is not public (`restore_or_hide`).
 */
export function canTakeAction(state: ModerationState, action: DecisionAction): Decision {
  const problem = actionProblem(state, action);
  return problem ? notNow(problem) : allow;
}

/** Who may read and change the forbidden-words list: city moderators and city administrators. */
export const canManageForbiddenWords = signedIn(function canManageForbiddenWords(actor) {
  return moderationScope(actor).kind === 'city' ? allow : deny('not_city_moderator');
});
