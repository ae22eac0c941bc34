import { hasRole, hasVerification, type Actor } from '../../core/auth/actor.js';
import { allow, deny, notVisible, notNow, type Decision } from '../../core/auth/decision.js';
import type { IdeaStatus } from './domain/idea-rules.js';
import type { CrowdPhase } from './domain/phases.js';

/** The facts of an idea the policies need. */
export interface IdeaFacts {
  authorId: string;
  status: IdeaStatus;
  moderation: 'visible' | 'held' | 'hidden';
}

const isUser = (actor: Actor): actor is Extract<Actor, { kind: 'user' }> => actor.kind === 'user';
const isAdmin = (actor: Actor) => hasRole(actor, 'administrator');
const isAuthor = (actor: Actor, idea: IdeaFacts) => isUser(actor) && actor.userId === idea.authorId;
const isPublicIdea = (idea: IdeaFacts) => idea.moderation === 'visible' && idea.status !== 'withdrawn';

/** Refusals about the moment or the state of a thing (answered 409), as opposed to who is asking (403). */
export const stateRefusals: readonly string[] = [
  'crowd_ideas_closed',
  'idea_withdraw_closed',
  'idea_not_withdrawable',
  'idea_rating_closed',
  'idea_comments_closed',
  'crowd_review_closed',
];

/** Who creates, edits, publishes and advances projects, starts their vote and publishes their report: administrators. */
export function canManageProjects(actor: Actor): Decision {
  if (!isUser(actor)) return deny('unauthenticated');
  return isAdmin(actor) ? allow : deny('not_administrator');
}

/** Who sees a project: anyone once published; a draft only administrators (others are told it does not exist). */
export function canReadProject(actor: Actor, p: { published: boolean }): Decision {
  return p.published || isAdmin(actor) ? allow : notVisible('crowd_project_not_found');
}

/** Who sees an idea: anyone while public; a hidden or held one its author, moderators and administrators. */
export function canReadIdea(actor: Actor, idea: IdeaFacts): Decision {
  if (idea.moderation === 'visible' || isAuthor(actor, idea) || isAdmin(actor) || hasRole(actor, 'moderator')) return allow;
  return notVisible('idea_not_found');
}

/** Who submits an idea: signed-in residents with a confirmed e-mail, during the ideas phase (district projects too: their vote is targeted). */
export function canSubmitIdea(actor: Actor, phase: CrowdPhase): Decision {
  if (!isUser(actor)) return deny('unauthenticated');
  if (!hasVerification(actor, 'email')) return deny('email_not_confirmed');
  if (phase !== 'ideas') return notNow('crowd_ideas_closed');
  return allow;
}

/** Who withdraws an idea: its author, during the ideas phase, unless it was merged (or withdrawn already). */
export function canWithdrawIdea(actor: Actor, idea: IdeaFacts, phase: CrowdPhase): Decision {
  if (!isUser(actor)) return deny('unauthenticated');
  if (!isAuthor(actor, idea)) return deny('not_idea_author');
  if (idea.status === 'withdrawn' || idea.status === 'merged') return notNow('idea_not_withdrawable');
  if (phase !== 'ideas') return notNow('idea_withdraw_closed');
  return allow;
}

/** Who rates an idea: signed-in residents with a confirmed e-mail, not its author, while it is public and not merged, during ideas and selection. */
export function canRateIdea(actor: Actor, idea: IdeaFacts, phase: CrowdPhase): Decision {
  if (!isUser(actor)) return deny('unauthenticated');
  if (!hasVerification(actor, 'email')) return deny('email_not_confirmed');
  if (isAuthor(actor, idea)) return deny('idea_rate_own');
  if (!isPublicIdea(idea) || idea.status === 'merged' || (phase !== 'ideas' && phase !== 'selection')) return notNow('idea_rating_closed');
  return allow;
}

/** Who comments on an idea: signed-in people, while it is public, during ideas and selection (no stance). */
export function canCommentOnIdea(actor: Actor, idea: IdeaFacts, phase: CrowdPhase): Decision {
  if (!isUser(actor)) return deny('unauthenticated');
  if (!isPublicIdea(idea)) return deny('idea_not_public');
  if (phase !== 'ideas' && phase !== 'selection') return notNow('idea_comments_closed');
  return allow;
}

/**
 * Who reviews an idea (shortlist, reject, merge): the project's experts and administrators, during ideas, selection
 * and voting until the vote has started (the shortlist is then the poll's options and cannot change).
 */
export function canReviewIdea(actor: Actor, isProjectExpert: boolean, phase: CrowdPhase, voteStarted: boolean): Decision {
  if (!isUser(actor)) return deny('unauthenticated');
  if (!isProjectExpert && !isAdmin(actor)) return deny('not_crowd_expert');
  if (voteStarted || (phase !== 'ideas' && phase !== 'selection' && phase !== 'voting')) return notNow('crowd_review_closed');
  return allow;
}
